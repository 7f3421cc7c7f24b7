//! Calendar dates without time or zone: the Gregorian [`CivilDate`], the applicant's
//! [`BirthDate`] with the age rules of design §2 (no photo under 1, no signing certificate under
//! 15), and the Japanese era (和暦) shown next to the Western date.
//!
//! "Today" is always a parameter: this module never reads the clock.

use std::fmt;

use thiserror::Error;
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

use super::digit_value;

/// Oldest accepted birth date, whatever today is.
const EARLIEST_BIRTH: CivilDate = CivilDate {
    year: 1900,
    month: 1,
    day: 1,
};
/// Nobody born longer ago than this is accepted.
const MAX_AGE_YEARS: i32 = 130;

/// A day of the Gregorian calendar, years 1 to 9999. Orders chronologically.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CivilDate {
    year: i32,
    month: u8,
    day: u8,
}

/// Why a date was refused. Messages name no digit of the input; the UI shows the translated
/// text for [`DateError::message_id`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum DateError {
    #[error("the date is incomplete: it needs the year, month and day")]
    Incomplete,
    #[error("a date holds only digits")]
    InvalidCharacter,
    #[error("there is no such date")]
    NoSuchDate,
    #[error("the date is in the future")]
    InFuture,
    #[error("the date is too long ago")]
    TooOld,
}

impl DateError {
    /// The stable Fluent message id the UI translates for this error.
    pub fn message_id(&self) -> &'static str {
        match self {
            Self::Incomplete => "date-error-incomplete",
            Self::InvalidCharacter => "date-error-invalid-character",
            Self::NoSuchDate => "date-error-no-such-date",
            Self::InFuture => "date-error-in-future",
            Self::TooOld => "date-error-too-old",
        }
    }
}

impl CivilDate {
    /// The date `year`-`month`-`day` if it exists in the Gregorian calendar (leap years
    /// included) and the year is between 1 and 9999; otherwise [`DateError::NoSuchDate`].
    pub fn new(year: i32, month: u8, day: u8) -> Result<Self, DateError> {
        let exists = (1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && (1..=days_in_month(year, month)).contains(&day);
        if exists {
            Ok(Self { year, month, day })
        } else {
            Err(DateError::NoSuchDate)
        }
    }

    pub fn year(self) -> i32 {
        self.year
    }

    /// 1 = January.
    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }
}

/// ISO 8601, `YYYY-MM-DD`.
impl fmt::Display for CivilDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// The number of days of `month` (1–12) in `year`, leap years included.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Parses eight digits `YYYYMMDD` as typed on the keypad; full-width digits are accepted and
/// surrounding white space ignored. Fewer digits are [`DateError::Incomplete`], more are
/// [`DateError::NoSuchDate`], anything but digits is [`DateError::InvalidCharacter`].
pub fn parse_yyyymmdd(digits: &str) -> Result<CivilDate, DateError> {
    let mut values = Zeroizing::new([0u8; 8]);
    let mut count = 0;
    for c in digits.trim().chars() {
        let value = digit_value(c).ok_or(DateError::InvalidCharacter)?;
        if let Some(slot) = values.get_mut(count) {
            *slot = value;
        }
        count += 1;
    }
    if count < values.len() {
        return Err(DateError::Incomplete);
    }
    if count > values.len() {
        return Err(DateError::NoSuchDate);
    }
    let number = |range: std::ops::Range<usize>| {
        values[range]
            .iter()
            .fold(0u16, |acc, &v| acc * 10 + u16::from(v))
    };
    let two_digits = |range| u8::try_from(number(range)).map_err(|_| DateError::NoSuchDate);
    CivilDate::new(
        i32::from(number(0..4)),
        two_digits(4..6)?,
        two_digits(6..8)?,
    )
}

/// An applicant's date of birth: never after today and not implausibly long ago.
///
/// Personal data: `Debug` prints `BirthDate(<redacted>)`, there is no `Display`, and the
/// value is wiped when dropped (copies taken with [`BirthDate::date`] are not).
#[derive(Clone, PartialEq, Eq)]
pub struct BirthDate(CivilDate);

impl BirthDate {
    /// Accepts `date` as a birth date seen from `today`: [`DateError::InFuture`] after today,
    /// [`DateError::TooOld`] before 1900-01-01 or more than 130 years before today.
    pub fn new(date: CivilDate, today: CivilDate) -> Result<Self, DateError> {
        if date > today {
            Err(DateError::InFuture)
        } else if date < EARLIEST_BIRTH || date < years_before(today, MAX_AGE_YEARS) {
            Err(DateError::TooOld)
        } else {
            Ok(Self(date))
        }
    }

    /// Parses `YYYYMMDD` typed on the keypad (see [`parse_yyyymmdd`]) and checks it as
    /// [`BirthDate::new`] does.
    pub fn parse_typed(digits: &str, today: CivilDate) -> Result<Self, DateError> {
        Self::new(parse_yyyymmdd(digits)?, today)
    }

    /// The date itself, for the application sent to the server and the user's own screen.
    pub fn date(&self) -> CivilDate {
        self.0
    }

    /// Age in completed years on `today` (0 if `today` is before the birth).
    ///
    /// Choice: the age goes up on the birthday itself, and someone born on 29 February gets
    /// a year older on 1 March in years without that day. (Japanese law counts the age as
    /// reached at the end of the day before the birthday; the booth's under-1 and under-15
    /// rules follow the plain civil reading instead.)
    pub fn age_on(&self, today: CivilDate) -> u32 {
        let birth = self.0;
        let mut years = today.year - birth.year;
        if (today.month, today.day) < (birth.month, birth.day) {
            years -= 1;
        }
        u32::try_from(years).unwrap_or(0)
    }
}

/// The same month and day `years` earlier, with 29 February becoming 1 March when that year
/// has no such day, so that "born more than N years ago" agrees with [`BirthDate::age_on`].
/// The result is only compared, never shown, so it may fall outside years 1–9999.
fn years_before(date: CivilDate, years: i32) -> CivilDate {
    let year = date.year - years;
    let (month, day) = if date.month == 2 && date.day == 29 && !is_leap_year(year) {
        (3, 1)
    } else {
        (date.month, date.day)
    };
    CivilDate { year, month, day }
}

impl fmt::Debug for BirthDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("BirthDate(<redacted>)")
    }
}

impl Drop for BirthDate {
    fn drop(&mut self) {
        self.0.year.zeroize();
        self.0.month.zeroize();
        self.0.day.zeroize();
    }
}

impl ZeroizeOnDrop for BirthDate {}

/// The Japanese eras since the calendar reform of the Meiji period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Era {
    Meiji,
    Taisho,
    Showa,
    Heisei,
    Reiwa,
}

impl Era {
    /// Every era, oldest first.
    pub const ALL: [Era; 5] = [Era::Meiji, Era::Taisho, Era::Showa, Era::Heisei, Era::Reiwa];

    /// The era's name in kanji: 明治, 大正, 昭和, 平成, 令和.
    pub fn kanji(&self) -> &'static str {
        match self {
            Era::Meiji => "明治",
            Era::Taisho => "大正",
            Era::Showa => "昭和",
            Era::Heisei => "平成",
            Era::Reiwa => "令和",
        }
    }

    /// The era's name in Latin letters: Meiji, Taisho, Showa, Heisei, Reiwa.
    pub fn romaji(&self) -> &'static str {
        match self {
            Era::Meiji => "Meiji",
            Era::Taisho => "Taisho",
            Era::Showa => "Showa",
            Era::Heisei => "Heisei",
            Era::Reiwa => "Reiwa",
        }
    }

    /// The first day of the era (year 1, 元年). Meiji counts from the proclamation,
    /// 1868-10-23 in the Gregorian calendar.
    pub fn start(&self) -> CivilDate {
        let (year, month, day) = match self {
            Era::Meiji => (1868, 10, 23),
            Era::Taisho => (1912, 7, 30),
            Era::Showa => (1926, 12, 25),
            Era::Heisei => (1989, 1, 8),
            Era::Reiwa => (2019, 5, 1),
        };
        CivilDate { year, month, day }
    }
}

/// The era and year within it (1 for the first, partial year) of `date`, or `None` before
/// Meiji.
pub fn japanese_era(date: CivilDate) -> Option<(Era, u32)> {
    let era = Era::ALL.into_iter().rev().find(|era| date >= era.start())?;
    Some((era, (date.year - era.start().year).unsigned_abs() + 1))
}

/// The date written the Japanese way, e.g. `昭和60年4月12日`, with `元年` for year 1
/// (`令和元年5月1日`); `None` before Meiji.
pub fn format_japanese(date: CivilDate) -> Option<String> {
    let (era, year) = japanese_era(date)?;
    let year = if year == 1 {
        "元".to_owned()
    } else {
        year.to_string()
    };
    Some(format!(
        "{}{year}年{}月{}日",
        era.kanji(),
        date.month,
        date.day
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(year: i32, month: u8, day: u8) -> CivilDate {
        CivilDate::new(year, month, day).expect("a real date")
    }

    fn born(year: i32, month: u8, day: u8) -> BirthDate {
        BirthDate(date(year, month, day))
    }

    #[test]
    fn leap_days_exist_only_in_leap_years() {
        assert!(CivilDate::new(2024, 2, 29).is_ok());
        assert!(CivilDate::new(2000, 2, 29).is_ok());
        assert_eq!(CivilDate::new(2023, 2, 29), Err(DateError::NoSuchDate));
        assert_eq!(CivilDate::new(1900, 2, 29), Err(DateError::NoSuchDate));
    }

    #[test]
    fn impossible_dates_are_refused() {
        for (y, m, d) in [
            (2025, 4, 31),
            (2025, 13, 1),
            (2025, 0, 10),
            (2025, 1, 0),
            (2025, 1, 32),
            (0, 1, 1),
        ] {
            assert_eq!(
                CivilDate::new(y, m, d),
                Err(DateError::NoSuchDate),
                "{y}-{m}-{d}"
            );
        }
        assert!(CivilDate::new(2025, 12, 31).is_ok());
    }

    #[test]
    fn dates_order_chronologically_and_print_as_iso() {
        assert!(date(1999, 12, 31) < date(2000, 1, 1));
        assert!(date(2000, 2, 1) > date(2000, 1, 31));
        assert_eq!(date(985, 4, 2).to_string(), "0985-04-02");
        assert_eq!(date(2026, 11, 21).to_string(), "2026-11-21");
    }

    #[test]
    fn typed_dates_accept_full_width_digits() {
        assert_eq!(parse_yyyymmdd("19850412"), Ok(date(1985, 4, 12)));
        assert_eq!(parse_yyyymmdd("１９８５０４１２"), Ok(date(1985, 4, 12)));
        assert_eq!(parse_yyyymmdd(" 20240229 "), Ok(date(2024, 2, 29)));
    }

    #[test]
    fn typed_dates_report_what_is_wrong() {
        assert_eq!(parse_yyyymmdd(""), Err(DateError::Incomplete));
        assert_eq!(parse_yyyymmdd("198504"), Err(DateError::Incomplete));
        assert_eq!(
            parse_yyyymmdd("1985-04-12"),
            Err(DateError::InvalidCharacter)
        );
        assert_eq!(parse_yyyymmdd("1985041a"), Err(DateError::InvalidCharacter));
        assert_eq!(parse_yyyymmdd("19850431"), Err(DateError::NoSuchDate));
        assert_eq!(parse_yyyymmdd("20230229"), Err(DateError::NoSuchDate));
        assert_eq!(parse_yyyymmdd("198504120"), Err(DateError::NoSuchDate));
        assert_eq!(parse_yyyymmdd("00000101"), Err(DateError::NoSuchDate));
    }

    #[test]
    fn birth_dates_after_today_are_refused() {
        let today = date(2026, 4, 1);
        assert_eq!(
            BirthDate::parse_typed("20260402", today),
            Err(DateError::InFuture)
        );
        assert_eq!(
            BirthDate::parse_typed("20260401", today).map(|b| b.date()),
            Ok(today)
        );
    }

    #[test]
    fn birth_dates_before_1900_are_refused() {
        let today = date(2026, 4, 1);
        assert_eq!(
            BirthDate::parse_typed("18991231", today),
            Err(DateError::TooOld)
        );
        assert!(BirthDate::parse_typed("19000101", today).is_ok());
    }

    #[test]
    fn birth_dates_more_than_130_years_ago_are_refused() {
        let today = date(2040, 6, 15);
        assert_eq!(
            BirthDate::parse_typed("19100614", today),
            Err(DateError::TooOld)
        );
        assert!(BirthDate::parse_typed("19100615", today).is_ok());
        // On a leap day, born 130 years and one day earlier is too old.
        let leap_today = date(2040, 2, 29);
        assert_eq!(
            BirthDate::parse_typed("19100228", leap_today),
            Err(DateError::TooOld)
        );
        assert!(BirthDate::parse_typed("19100301", leap_today).is_ok());
    }

    #[test]
    fn errors_surface_from_the_typed_digits_first() {
        let today = date(2026, 4, 1);
        assert_eq!(
            BirthDate::parse_typed("2026", today),
            Err(DateError::Incomplete)
        );
        assert_eq!(
            BirthDate::parse_typed("20260230", today),
            Err(DateError::NoSuchDate)
        );
    }

    #[test]
    fn age_goes_up_on_the_birthday() {
        let person = born(2011, 4, 2);
        assert_eq!(person.age_on(date(2026, 4, 1)), 14);
        assert_eq!(person.age_on(date(2026, 4, 2)), 15);
        assert_eq!(person.age_on(date(2026, 4, 3)), 15);
    }

    #[test]
    fn under_one_until_the_first_birthday() {
        let baby = born(2025, 11, 21);
        assert_eq!(baby.age_on(date(2025, 11, 21)), 0);
        assert_eq!(baby.age_on(date(2026, 11, 20)), 0);
        assert_eq!(baby.age_on(date(2026, 11, 21)), 1);
    }

    #[test]
    fn under_fifteen_until_the_fifteenth_birthday() {
        let child = born(2011, 12, 31);
        assert!(child.age_on(date(2026, 12, 30)) < 15);
        assert_eq!(child.age_on(date(2026, 12, 31)), 15);
        assert_eq!(child.age_on(date(2027, 1, 1)), 15);
    }

    #[test]
    fn leap_day_birthdays_count_on_first_of_march_in_common_years() {
        let person = born(2008, 2, 29);
        assert_eq!(person.age_on(date(2023, 2, 28)), 14);
        assert_eq!(person.age_on(date(2023, 3, 1)), 15);
        assert_eq!(person.age_on(date(2024, 2, 28)), 15);
        assert_eq!(person.age_on(date(2024, 2, 29)), 16);
    }

    #[test]
    fn age_before_birth_is_zero() {
        assert_eq!(born(2020, 5, 5).age_on(date(2019, 1, 1)), 0);
    }

    #[test]
    fn debug_of_a_birth_date_is_redacted() {
        let debug = format!("{:?} {:#?}", born(1985, 4, 12), born(1985, 4, 12));
        assert_eq!(debug, "BirthDate(<redacted>) BirthDate(<redacted>)");
    }

    #[test]
    fn eras_start_on_their_exact_first_day() {
        let boundaries = [
            (date(1868, 10, 22), None, date(1868, 10, 23), Era::Meiji),
            (
                date(1912, 7, 29),
                Some((Era::Meiji, 45)),
                date(1912, 7, 30),
                Era::Taisho,
            ),
            (
                date(1926, 12, 24),
                Some((Era::Taisho, 15)),
                date(1926, 12, 25),
                Era::Showa,
            ),
            (
                date(1989, 1, 7),
                Some((Era::Showa, 64)),
                date(1989, 1, 8),
                Era::Heisei,
            ),
            (
                date(2019, 4, 30),
                Some((Era::Heisei, 31)),
                date(2019, 5, 1),
                Era::Reiwa,
            ),
        ];
        for (eve, eve_era, first, era) in boundaries {
            assert_eq!(japanese_era(eve), eve_era, "{eve}");
            assert_eq!(japanese_era(first), Some((era, 1)), "{first}");
            assert_eq!(era.start(), first);
        }
    }

    #[test]
    fn era_years_count_from_one_in_the_first_partial_year() {
        assert_eq!(japanese_era(date(1926, 12, 31)), Some((Era::Showa, 1)));
        assert_eq!(japanese_era(date(1927, 1, 1)), Some((Era::Showa, 2)));
        assert_eq!(japanese_era(date(1873, 1, 1)), Some((Era::Meiji, 6)));
        assert_eq!(japanese_era(date(2026, 11, 21)), Some((Era::Reiwa, 8)));
    }

    #[test]
    fn japanese_format_uses_gannen_for_year_one() {
        assert_eq!(
            format_japanese(date(1985, 4, 12)).as_deref(),
            Some("昭和60年4月12日")
        );
        assert_eq!(
            format_japanese(date(2019, 5, 1)).as_deref(),
            Some("令和元年5月1日")
        );
        assert_eq!(
            format_japanese(date(1989, 1, 8)).as_deref(),
            Some("平成元年1月8日")
        );
        assert_eq!(
            format_japanese(date(1990, 12, 31)).as_deref(),
            Some("平成2年12月31日")
        );
        assert_eq!(format_japanese(date(1868, 1, 1)), None);
    }

    #[test]
    fn era_names() {
        let kanji: Vec<_> = Era::ALL.iter().map(Era::kanji).collect();
        let romaji: Vec<_> = Era::ALL.iter().map(Era::romaji).collect();
        assert_eq!(kanji, ["明治", "大正", "昭和", "平成", "令和"]);
        assert_eq!(romaji, ["Meiji", "Taisho", "Showa", "Heisei", "Reiwa"]);
    }

    #[test]
    fn every_error_has_its_message_id_and_no_digits() {
        let all = [
            (DateError::Incomplete, "date-error-incomplete"),
            (DateError::InvalidCharacter, "date-error-invalid-character"),
            (DateError::NoSuchDate, "date-error-no-such-date"),
            (DateError::InFuture, "date-error-in-future"),
            (DateError::TooOld, "date-error-too-old"),
        ];
        for (error, message_id) in all {
            assert_eq!(error.message_id(), message_id);
            assert!(!error.to_string().chars().any(|c| c.is_ascii_digit()));
        }
    }
}
