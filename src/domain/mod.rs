//! Pure domain types of the booth: the application form ID (申請書ID), recognition of the
//! Individual Number (My Number) typed by mistake, and calendar dates — birth dates, age and
//! the Japanese era — as described in design §2.
//!
//! Nothing here does I/O, reads the clock or logs: "today" is always passed in. Types that hold
//! personal data ([`ApplicationId`], [`BirthDate`]) never print their value through `Debug`,
//! have no `Display`, and wipe their memory when dropped.

mod application_id;
mod civil_date;
mod individual_number;
mod prefilled;

pub use application_id::{ApplicationId, IdInputError};
pub use civil_date::{
    BirthDate, CivilDate, DateError, Era, days_in_month, format_japanese, japanese_era,
    parse_yyyymmdd,
};
pub use individual_number::is_valid_individual_number;
pub use prefilled::PrefilledForm;

/// The value of a decimal digit typed either half-width (`0`–`9`) or full-width (`０`–`９`),
/// as Japanese input methods often produce the latter.
fn digit_value(c: char) -> Option<u8> {
    let offset = match c {
        '0'..='9' => u32::from(c) - u32::from('0'),
        '０'..='９' => u32::from(c) - u32::from('０'),
        _ => return None,
    };
    u8::try_from(offset).ok()
}
