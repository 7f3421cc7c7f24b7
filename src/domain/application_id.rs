//! The application form ID (申請書ID): 23 half-width digits printed on the form the city sends,
//! and carried by the form's QR code. There is no public check digit, so only the shape is
//! checked (design §2).
//!
//! The ID is personal data: [`ApplicationId`] has no `Display`, its `Debug` shows only the masked
//! form, and its digits are wiped when it is dropped. Errors never repeat the input's digits.

use std::fmt;

use thiserror::Error;
use zeroize::{Zeroize, ZeroizeOnDrop};

use super::digit_value;
use super::individual_number::is_valid_individual_number;

/// Length of a resident record code (住民票コード), which users sometimes type instead.
const RESIDENT_RECORD_CODE_LEN: usize = 11;
/// Length of the Individual Number (個人番号).
const INDIVIDUAL_NUMBER_LEN: usize = 12;
/// Digits per group when the ID is shown: 4-4-4-4-4-3.
const GROUP: usize = 4;

/// A well-formed application form ID: exactly 23 ASCII digits.
#[derive(Clone, PartialEq, Eq)]
pub struct ApplicationId {
    digits: [u8; ApplicationId::LEN],
}

/// Why typed or scanned input is not an application ID. Messages name no digit of the input;
/// the UI shows the translated text for [`IdInputError::message_id`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum IdInputError {
    #[error("no application ID was entered")]
    Empty,
    #[error("the application ID is too short ({got} of 23 digits)")]
    TooShort { got: usize },
    #[error("the application ID is too long ({got} digits instead of 23)")]
    TooLong { got: usize },
    #[error("an application ID holds only digits, spaces and hyphens")]
    InvalidCharacter,
    #[error("this is an Individual Number (My Number), not the application ID: do not use it here")]
    IndividualNumber,
    #[error("this looks like a resident record code, not the application ID")]
    ResidentRecordCode,
    #[error("the QR code holds a web address without an application ID")]
    UrlWithoutId,
    #[error("the QR code holds several numbers that could be the application ID")]
    SeveralIds,
    #[error("the QR code does not hold an application ID")]
    NotAnApplicationId,
}

impl IdInputError {
    /// The stable Fluent message id the UI translates for this error.
    pub fn message_id(&self) -> &'static str {
        match self {
            Self::Empty => "id-error-empty",
            Self::TooShort { .. } => "id-error-too-short",
            Self::TooLong { .. } => "id-error-too-long",
            Self::InvalidCharacter => "id-error-invalid-character",
            Self::IndividualNumber => "id-error-individual-number",
            Self::ResidentRecordCode => "id-error-resident-record-code",
            Self::UrlWithoutId => "id-error-url-without-id",
            Self::SeveralIds => "id-error-several-ids",
            Self::NotAnApplicationId => "id-error-not-an-id",
        }
    }
}

impl ApplicationId {
    /// Number of digits in an application ID.
    pub const LEN: usize = 23;

    /// Parses an ID typed on the keypad or a keyboard. Half- and full-width digits are accepted,
    /// with ASCII or full-width spaces anywhere and hyphens (`-` `‐` `−` `－` `ー`) between
    /// digits; surrounding white space is ignored. Anything else is
    /// [`IdInputError::InvalidCharacter`].
    pub fn parse_typed(input: &str) -> Result<Self, IdInputError> {
        let input = input.trim();
        let mut digits = DigitBuffer::default();
        let mut after_hyphen = false;
        for c in input.chars() {
            if let Some(value) = digit_value(c) {
                digits.push(value);
                after_hyphen = false;
            } else if is_hyphen(c) && digits.count > 0 {
                after_hyphen = true;
            } else if !matches!(c, ' ' | '\u{3000}') {
                return Err(IdInputError::InvalidCharacter);
            }
        }
        if after_hyphen {
            return Err(IdInputError::InvalidCharacter);
        }
        match digits.count {
            0 => Err(IdInputError::Empty),
            Self::LEN => Ok(digits.into_id()),
            RESIDENT_RECORD_CODE_LEN => Err(IdInputError::ResidentRecordCode),
            INDIVIDUAL_NUMBER_LEN if digits.is_individual_number() => {
                Err(IdInputError::IndividualNumber)
            }
            got if got < Self::LEN => Err(IdInputError::TooShort { got }),
            got => Err(IdInputError::TooLong { got }),
        }
    }

    /// Reads the ID from the text of the form's QR code: either the 23 digits alone (half- or
    /// full-width, surrounding white space ignored) or an `http`/`https` address holding
    /// exactly one run of exactly 23 digits. The official site's address format is not public,
    /// so no host is required.
    pub fn from_qr_payload(payload: &str) -> Result<Self, IdInputError> {
        let payload = payload.trim();
        if payload.is_empty() {
            return Err(IdInputError::Empty);
        }
        if is_http_url(payload) {
            return Self::from_url(payload);
        }
        let mut digits = DigitBuffer::default();
        for c in payload.chars() {
            digits.push(digit_value(c).ok_or(IdInputError::NotAnApplicationId)?);
        }
        match digits.count {
            Self::LEN => Ok(digits.into_id()),
            RESIDENT_RECORD_CODE_LEN => Err(IdInputError::ResidentRecordCode),
            INDIVIDUAL_NUMBER_LEN if digits.is_individual_number() => {
                Err(IdInputError::IndividualNumber)
            }
            _ => Err(IdInputError::NotAnApplicationId),
        }
    }

    fn from_url(url: &str) -> Result<Self, IdInputError> {
        let mut runs = url
            .split(|c: char| !c.is_ascii_digit())
            .filter(|run| run.len() == Self::LEN);
        let run = match (runs.next(), runs.next()) {
            (Some(run), None) => run,
            (Some(_), Some(_)) => return Err(IdInputError::SeveralIds),
            (None, _) => return Err(IdInputError::UrlWithoutId),
        };
        let mut digits = DigitBuffer::default();
        run.bytes().for_each(|b| digits.push(b - b'0'));
        Ok(digits.into_id())
    }

    /// The 23 ASCII digits, to be sent to the intake server and nowhere else.
    pub fn digits(&self) -> &str {
        std::str::from_utf8(&self.digits).expect("an ApplicationId holds ASCII digits only")
    }

    /// The ID with only the first 4 and last 3 digits visible, grouped 4-4-4-4-4-3:
    /// `1234 **** **** **** **** 567`. Safe for slips and staff screens.
    pub fn masked(&self) -> String {
        let hidden = GROUP..Self::LEN - 3;
        self.render(|i| !hidden.contains(&i))
    }

    /// Every digit, grouped 4-4-4-4-4-3 (`1234 5678 9012 3456 7890 123`), for the user's own
    /// screen.
    pub fn grouped(&self) -> String {
        self.render(|_| true)
    }

    fn render(&self, visible: impl Fn(usize) -> bool) -> String {
        let mut out = String::with_capacity(Self::LEN + Self::LEN / GROUP);
        for (i, &digit) in self.digits.iter().enumerate() {
            if i > 0 && i % GROUP == 0 {
                out.push(' ');
            }
            out.push(if visible(i) { char::from(digit) } else { '*' });
        }
        out
    }
}

impl fmt::Debug for ApplicationId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("ApplicationId")
            .field(&format_args!("{}", self.masked()))
            .finish()
    }
}

impl Drop for ApplicationId {
    fn drop(&mut self) {
        self.digits.zeroize();
    }
}

impl ZeroizeOnDrop for ApplicationId {}

/// The hyphens and long-vowel marks people type between digit groups.
fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2212}' | '\u{FF0D}' | '\u{30FC}')
}

fn is_http_url(text: &str) -> bool {
    let starts_with = |scheme: &str| {
        text.get(..scheme.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(scheme))
    };
    starts_with("http://") || starts_with("https://")
}

/// Collects the digits of candidate input without touching the heap: keeps the first 23 as
/// ASCII, counts all of them, and wipes itself when dropped.
#[derive(Default)]
struct DigitBuffer {
    ascii: [u8; ApplicationId::LEN],
    count: usize,
}

impl DigitBuffer {
    fn push(&mut self, value: u8) {
        if let Some(slot) = self.ascii.get_mut(self.count) {
            *slot = b'0' + value;
        }
        self.count += 1;
    }

    /// Whether the buffer holds exactly an Individual Number with a valid check digit.
    fn is_individual_number(&self) -> bool {
        self.count == INDIVIDUAL_NUMBER_LEN
            && std::str::from_utf8(&self.ascii[..INDIVIDUAL_NUMBER_LEN])
                .is_ok_and(is_valid_individual_number)
    }

    /// Only called when exactly 23 digits were pushed.
    fn into_id(self) -> ApplicationId {
        debug_assert_eq!(self.count, ApplicationId::LEN);
        ApplicationId { digits: self.ascii }
    }
}

impl Drop for DigitBuffer {
    fn drop(&mut self) {
        self.ascii.zeroize();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const ID: &str = "12345678901234567890123";

    fn id() -> ApplicationId {
        ApplicationId::parse_typed(ID).expect("23 digits")
    }

    #[test]
    fn plain_digits_are_accepted() {
        assert_eq!(id().digits(), ID);
    }

    #[test]
    fn full_width_digits_and_hyphens_are_accepted() {
        let typed = "１２３４－５６７８ー9012‐3456−7890-123";
        assert_eq!(
            ApplicationId::parse_typed(typed).map(|id| id.digits().to_owned()),
            Ok(ID.to_owned())
        );
    }

    #[test]
    fn spaces_of_both_widths_are_accepted() {
        let typed = " 1234　5678 9012  3456\u{3000}7890 123\n";
        assert_eq!(ApplicationId::parse_typed(typed), Ok(id()));
    }

    #[test]
    fn hyphens_only_between_digits() {
        let spaced = "1234 - 5678 - 9012 - 3456 - 7890 - 123";
        assert_eq!(ApplicationId::parse_typed(spaced), Ok(id()));
        for typed in [
            "-12345678901234567890123",
            "12345678901234567890123-",
            "ー1234",
        ] {
            assert_eq!(
                ApplicationId::parse_typed(typed),
                Err(IdInputError::InvalidCharacter),
                "{typed}"
            );
        }
    }

    #[test]
    fn letters_and_other_symbols_are_refused() {
        for typed in [
            "1234567890123456789012a",
            "1234/5678",
            "１２３４.５６７８",
            "12345678901234567890123\u{0}",
        ] {
            assert_eq!(
                ApplicationId::parse_typed(typed),
                Err(IdInputError::InvalidCharacter),
                "{typed}"
            );
        }
    }

    #[test]
    fn empty_input_is_reported_as_empty() {
        assert_eq!(ApplicationId::parse_typed(""), Err(IdInputError::Empty));
        assert_eq!(
            ApplicationId::parse_typed(" \u{3000} "),
            Err(IdInputError::Empty)
        );
    }

    #[test]
    fn wrong_lengths_report_how_many_digits_were_typed() {
        assert_eq!(
            ApplicationId::parse_typed("1234 5678"),
            Err(IdInputError::TooShort { got: 8 })
        );
        assert_eq!(
            ApplicationId::parse_typed("123456789012345678901234"),
            Err(IdInputError::TooLong { got: 24 })
        );
    }

    #[test]
    fn a_valid_my_number_is_recognised_and_refused() {
        assert_eq!(
            ApplicationId::parse_typed("1234-5678-9018"),
            Err(IdInputError::IndividualNumber)
        );
        assert_eq!(
            ApplicationId::parse_typed("１２３４５６７８９０１８"),
            Err(IdInputError::IndividualNumber)
        );
        assert_eq!(
            ApplicationId::from_qr_payload("123456789018"),
            Err(IdInputError::IndividualNumber)
        );
    }

    #[test]
    fn twelve_digits_failing_the_check_digit_are_just_too_short() {
        assert_eq!(
            ApplicationId::parse_typed("123456789017"),
            Err(IdInputError::TooShort { got: 12 })
        );
        assert_eq!(
            ApplicationId::from_qr_payload("123456789017"),
            Err(IdInputError::NotAnApplicationId)
        );
    }

    #[test]
    fn eleven_digits_are_called_a_resident_record_code() {
        assert_eq!(
            ApplicationId::parse_typed("1234 5678 901"),
            Err(IdInputError::ResidentRecordCode)
        );
        assert_eq!(
            ApplicationId::from_qr_payload("12345678901"),
            Err(IdInputError::ResidentRecordCode)
        );
    }

    #[test]
    fn qr_with_bare_digits_is_accepted() {
        assert_eq!(ApplicationId::from_qr_payload(ID), Ok(id()));
        assert_eq!(
            ApplicationId::from_qr_payload(" １２３４５６７８９０１２３４５６７８９０１２３\r\n"),
            Ok(id())
        );
    }

    #[test]
    fn qr_with_a_url_holding_one_id_is_accepted() {
        for url in [
            "https://example.jp/apply?id=12345678901234567890123",
            "http://example.jp/v2/12345678901234567890123/start",
            "HTTPS://EXAMPLE.JP/A/12345678901234567890123",
            "https://192.168.0.1:8443/12345678901234567890123?lang=ja&t=1700000000",
        ] {
            assert_eq!(ApplicationId::from_qr_payload(url), Ok(id()), "{url}");
        }
    }

    #[test]
    fn qr_with_a_url_holding_two_ids_is_refused() {
        let url = "https://example.jp/12345678901234567890123?next=98765432109876543210987";
        assert_eq!(
            ApplicationId::from_qr_payload(url),
            Err(IdInputError::SeveralIds)
        );
    }

    #[test]
    fn qr_with_a_url_without_an_id_is_refused() {
        for url in [
            "https://example.jp/",
            "https://example.jp/?id=1234567890123456789012", // 22 digits
            "https://example.jp/?id=123456789012345678901234", // 24 digits
            "http://",
        ] {
            assert_eq!(
                ApplicationId::from_qr_payload(url),
                Err(IdInputError::UrlWithoutId),
                "{url}"
            );
        }
    }

    #[test]
    fn qr_with_other_text_is_not_an_id() {
        for payload in [
            "hello",
            "ftp://example.jp/12345678901234567890123",
            "id:12345678901234567890123",
            "1234-5678-9012-3456-7890-123",
            "1234567890123456789012",
        ] {
            assert_eq!(
                ApplicationId::from_qr_payload(payload),
                Err(IdInputError::NotAnApplicationId),
                "{payload}"
            );
        }
        assert_eq!(
            ApplicationId::from_qr_payload("  "),
            Err(IdInputError::Empty)
        );
    }

    #[test]
    fn masking_hides_the_middle() {
        assert_eq!(id().masked(), "1234 **** **** **** **** 123");
        let other = ApplicationId::parse_typed("98765432109876543210567").expect("23 digits");
        assert_eq!(other.masked(), "9876 **** **** **** **** 567");
    }

    #[test]
    fn grouped_shows_every_digit_in_4_4_4_4_4_3() {
        assert_eq!(id().grouped(), "1234 5678 9012 3456 7890 123");
    }

    #[test]
    fn debug_never_shows_the_hidden_digits() {
        let debug = format!("{:?} {:#?}", id(), id());
        assert!(debug.contains("1234 **** **** **** **** 123"), "{debug}");
        assert!(!debug.contains("5678"), "{debug}");
        assert!(!debug.contains(ID), "{debug}");
    }

    #[test]
    fn error_messages_hold_no_digit_of_the_input() {
        let inputs = [
            "987654",
            "123456789018",
            "98765432109",
            "9876543219876543219876543",
            "https://x.jp/",
        ];
        for input in inputs {
            for error in [
                ApplicationId::parse_typed(input),
                ApplicationId::from_qr_payload(input),
            ]
            .into_iter()
            .filter_map(Result::err)
            {
                let text = format!("{error} {error:?}");
                assert!(!text.contains("98") && !text.contains("1234"), "{text}");
            }
        }
    }

    #[test]
    fn every_error_has_its_message_id() {
        let all = [
            (IdInputError::Empty, "id-error-empty"),
            (IdInputError::TooShort { got: 3 }, "id-error-too-short"),
            (IdInputError::TooLong { got: 30 }, "id-error-too-long"),
            (IdInputError::InvalidCharacter, "id-error-invalid-character"),
            (IdInputError::IndividualNumber, "id-error-individual-number"),
            (
                IdInputError::ResidentRecordCode,
                "id-error-resident-record-code",
            ),
            (IdInputError::UrlWithoutId, "id-error-url-without-id"),
            (IdInputError::SeveralIds, "id-error-several-ids"),
            (IdInputError::NotAnApplicationId, "id-error-not-an-id"),
        ];
        for (error, message_id) in all {
            assert_eq!(error.message_id(), message_id);
        }
    }

    /// The input as the parsers see it: full-width digits made half-width, everything that is
    /// not a digit removed. Any accepted ID must be a contiguous part of it.
    fn normalised_digits(input: &str) -> String {
        input
            .chars()
            .filter_map(|c| digit_value(c).map(|v| char::from(b'0' + v)))
            .collect()
    }

    fn assert_plausible(input: &str, result: Result<ApplicationId, IdInputError>) {
        if let Ok(id) = result {
            let digits = id.digits();
            assert_eq!(digits.len(), ApplicationId::LEN);
            assert!(digits.bytes().all(|b| b.is_ascii_digit()));
            assert!(normalised_digits(input).contains(digits), "{input:?}");
        }
    }

    proptest! {
        #[test]
        fn parsers_never_panic_on_any_text(input in any::<String>()) {
            assert_plausible(&input, ApplicationId::parse_typed(&input));
            assert_plausible(&input, ApplicationId::from_qr_payload(&input));
        }

        #[test]
        fn parsers_never_panic_on_id_like_text(
            input in "(https?://|HTTPS://)?[0-9０-９ 　\\-‐−－ー/?=.a-z]{0,70}"
        ) {
            assert_plausible(&input, ApplicationId::parse_typed(&input));
            assert_plausible(&input, ApplicationId::from_qr_payload(&input));
        }

        #[test]
        fn grouped_form_round_trips(digits in "[0-9]{23}") {
            let id = ApplicationId::parse_typed(&digits).expect("23 digits");
            let again = ApplicationId::parse_typed(&id.grouped()).expect("grouped form");
            prop_assert_eq!(again.digits(), digits.as_str());
            prop_assert_eq!(ApplicationId::from_qr_payload(&digits), Ok(id));
        }

        #[test]
        fn url_with_one_id_yields_that_id(
            prefix in "[a-z./?=&]{0,20}",
            digits in "[0-9]{23}",
            suffix in "([/?&=a-z][0-9a-z]{0,5}){0,3}",
        ) {
            let url = format!("https://example.jp/{prefix}{digits}{suffix}");
            let id = ApplicationId::from_qr_payload(&url);
            prop_assert_eq!(id.map(|id| id.digits().to_owned()), Ok(digits));
        }
    }
}
