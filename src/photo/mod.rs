//! The ID photo: turning a captured frame into the JPEG that is submitted with the application.
//!
//! - [`capture`]: crop 35:45, scale, encode, and check against the online limits.

pub mod capture;

pub use capture::{IdPhoto, PhotoError, id_photo_from_frame};
