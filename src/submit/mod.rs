//! Handing a finished application over for delivery.
//!
//! Walking-skeleton version: in demo mode the application (JSON + JPEG) is written to a local
//! "demo intake" folder that stands in for the intake server. The real HTTPS intake and the
//! encrypted outbox replace this (issue 5); the screens say plainly that this is a demo.

mod demo_folder;

pub use demo_folder::{DemoIntake, SubmitError};

use serde::Serialize;

use crate::flow::Application;

/// The application as the intake protocol carries it (the photo travels separately as JPEG).
#[derive(Serialize)]
pub struct ApplicationJson<'a> {
    pub record_id: &'a str,
    pub booth_id: &'a str,
    pub application_id: &'a str,
    pub birth_date: String,
    pub signing_certificate: bool,
    pub user_authentication_certificate: bool,
    pub braille: bool,
    pub photo: bool,
    pub language: &'a str,
}

impl<'a> ApplicationJson<'a> {
    pub fn new(app: &'a Application, record_id: &'a str, booth_id: &'a str) -> Self {
        Self {
            record_id,
            booth_id,
            application_id: app.id.digits(),
            birth_date: app.birth_date.date().to_string(),
            signing_certificate: app.signing_certificate,
            user_authentication_certificate: app.auth_certificate,
            braille: app.braille,
            photo: app.photo.is_some(),
            language: app.language.code(),
        }
    }
}

/// A receipt number shown and printed for the user: derived from the record id, not personal.
pub fn receipt_for(record_id: &uuid::Uuid) -> String {
    let hex = record_id.simple().to_string().to_uppercase();
    format!("MB-{}-{}", &hex[..4], &hex[4..8])
}
