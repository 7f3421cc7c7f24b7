//! The demo intake: writes each application to `<data_dir>/demo-intake/<record id>/` as
//! `application.json` and `photo.jpg`, the way the intake server would receive them.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::flow::{Application, SubmitOutcome};

use super::{ApplicationJson, receipt_for};

#[derive(Debug, thiserror::Error)]
pub enum SubmitError {
    #[error("could not write to the demo intake folder {dir}: {source}")]
    Io {
        dir: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("could not encode the application: {0}")]
    Encode(#[from] serde_json::Error),
}

/// A folder that plays the intake server in demo mode.
#[derive(Debug, Clone)]
pub struct DemoIntake {
    dir: PathBuf,
    booth_id: String,
}

impl DemoIntake {
    pub fn new(data_dir: &Path, booth_id: &str) -> Self {
        Self {
            dir: data_dir.join("demo-intake"),
            booth_id: booth_id.to_owned(),
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Stores the application; the record id (a random UUID) names the folder.
    pub fn submit(&self, app: &Application) -> Result<SubmitOutcome, SubmitError> {
        let record_id = uuid::Uuid::new_v4();
        let rid = record_id.to_string();
        let folder = self.dir.join(&rid);
        let io = |source| SubmitError::Io {
            dir: self.dir.clone(),
            source,
        };
        fs::create_dir_all(&folder).map_err(io)?;
        let json = serde_json::to_vec_pretty(&ApplicationJson::new(app, &rid, &self.booth_id))?;
        write_synced(&folder.join("application.json"), &json).map_err(io)?;
        if let Some(photo) = &app.photo {
            write_synced(&folder.join("photo.jpg"), &photo.jpeg).map_err(io)?;
        }
        tracing::info!(record = %rid, "application stored in the demo intake folder");
        Ok(SubmitOutcome::DemoSaved {
            receipt: receipt_for(&record_id),
        })
    }
}

fn write_synced(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut f = fs::File::create(path)?;
    f.write_all(bytes)?;
    f.sync_all()
}
