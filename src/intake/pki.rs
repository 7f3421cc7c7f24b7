//! A throw-away PKI for tests and demo mode: a CA, a server certificate for `127.0.0.1` and
//! `localhost`, and booth client certificates whose common name is the booth id. Made with rcgen
//! in milliseconds; never used for a real deployment, whose certificates come from the operator.

use std::fs;
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use rcgen::{
    BasicConstraints, CertificateParams, DistinguishedName, DnType, ExtendedKeyUsagePurpose, IsCa,
    Issuer, KeyPair, KeyUsagePurpose,
};

use super::client::ClientTls;
use super::server::ServerTls;

#[derive(Debug, thiserror::Error)]
pub enum PkiError {
    #[error("could not make a certificate: {0}")]
    Rcgen(#[from] rcgen::Error),
    #[error("could not write {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// A booth's client certificate and key (PEM).
#[derive(Clone)]
pub struct BoothCredentials {
    pub booth_id: String,
    pub cert_pem: String,
    pub key_pem: String,
}

impl std::fmt::Debug for BoothCredentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BoothCredentials")
            .field("booth_id", &self.booth_id)
            .finish_non_exhaustive()
    }
}

/// A demo CA with its server certificate.
pub struct DemoPki {
    ca_params: CertificateParams,
    ca_key: KeyPair,
    pub ca_cert_pem: String,
    pub server_cert_pem: String,
    pub server_key_pem: String,
}

/// Where [`DemoPki::write_to`] put the files.
#[derive(Debug, Clone)]
pub struct PkiFiles {
    pub ca_cert: PathBuf,
    pub server_cert: PathBuf,
    pub server_key: PathBuf,
    pub booth_cert: PathBuf,
    pub booth_key: PathBuf,
}

impl DemoPki {
    /// A new CA (common name `common_name`) and a server certificate for loopback.
    pub fn generate(common_name: &str) -> Result<Self, PkiError> {
        let ca_key = KeyPair::generate()?;
        let mut ca_params = CertificateParams::new(Vec::<String>::new())?;
        ca_params.distinguished_name = dn(common_name);
        ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        ca_params.key_usages = vec![
            KeyUsagePurpose::KeyCertSign,
            KeyUsagePurpose::CrlSign,
            KeyUsagePurpose::DigitalSignature,
        ];
        let ca_cert = ca_params.self_signed(&ca_key)?;

        let server_key = KeyPair::generate()?;
        let mut sp = CertificateParams::new(vec!["127.0.0.1".to_owned(), "localhost".to_owned()])?;
        sp.distinguished_name = dn("myna-booth demo intake");
        sp.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
        sp.key_usages = vec![KeyUsagePurpose::DigitalSignature];
        let issuer = Issuer::from_params(&ca_params, &ca_key);
        let server_cert = sp.signed_by(&server_key, &issuer)?;

        Ok(Self {
            ca_cert_pem: ca_cert.pem(),
            server_cert_pem: server_cert.pem(),
            server_key_pem: server_key.serialize_pem(),
            ca_params,
            ca_key,
        })
    }

    /// A client certificate for a booth: the booth id is the common name and a DNS name.
    pub fn booth(&self, booth_id: &str) -> Result<BoothCredentials, PkiError> {
        let key = KeyPair::generate()?;
        let mut p = CertificateParams::new(Vec::<String>::new())?;
        p.distinguished_name = dn(booth_id);
        p.extended_key_usages = vec![ExtendedKeyUsagePurpose::ClientAuth];
        p.key_usages = vec![KeyUsagePurpose::DigitalSignature];
        let issuer = Issuer::from_params(&self.ca_params, &self.ca_key);
        let cert = p.signed_by(&key, &issuer)?;
        Ok(BoothCredentials {
            booth_id: booth_id.to_owned(),
            cert_pem: cert.pem(),
            key_pem: key.serialize_pem(),
        })
    }

    /// What the reference server needs.
    pub fn server_tls(&self) -> ServerTls {
        ServerTls {
            ca_cert_pem: self.ca_cert_pem.clone().into_bytes(),
            cert_pem: self.server_cert_pem.clone().into_bytes(),
            key_pem: self.server_key_pem.clone().into_bytes(),
        }
    }

    /// What a booth's client needs; `None` makes a client without a certificate (tests).
    pub fn client_tls(&self, booth: Option<&BoothCredentials>) -> ClientTls {
        ClientTls {
            ca_cert_pem: self.ca_cert_pem.clone().into_bytes(),
            identity_pem: booth.map(|b| format!("{}{}", b.cert_pem, b.key_pem).into_bytes()),
        }
    }

    /// Writes `ca.pem`, `server.pem`, `server-key.pem`, `booth.pem`, `booth-key.pem` (keys 0600)
    /// into `dir`, with a booth certificate for `booth_id`.
    pub fn write_to(&self, dir: &Path, booth_id: &str) -> Result<PkiFiles, PkiError> {
        fs::create_dir_all(dir).map_err(|source| PkiError::Io {
            path: dir.to_owned(),
            source,
        })?;
        let booth = self.booth(booth_id)?;
        let files = PkiFiles {
            ca_cert: dir.join("ca.pem"),
            server_cert: dir.join("server.pem"),
            server_key: dir.join("server-key.pem"),
            booth_cert: dir.join("booth.pem"),
            booth_key: dir.join("booth-key.pem"),
        };
        write(&files.ca_cert, &self.ca_cert_pem, 0o644)?;
        write(&files.server_cert, &self.server_cert_pem, 0o644)?;
        write(&files.server_key, &self.server_key_pem, 0o600)?;
        write(&files.booth_cert, &booth.cert_pem, 0o644)?;
        write(&files.booth_key, &booth.key_pem, 0o600)?;
        Ok(files)
    }
}

fn dn(common_name: &str) -> DistinguishedName {
    let mut dn = DistinguishedName::new();
    dn.push(DnType::CommonName, common_name);
    dn
}

fn write(path: &Path, text: &str, mode: u32) -> Result<(), PkiError> {
    let io = |source| PkiError::Io {
        path: path.to_owned(),
        source,
    };
    let mut f = fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(mode)
        .open(path)
        .map_err(io)?;
    f.write_all(text.as_bytes()).map_err(io)?;
    f.sync_all().map_err(io)
}
