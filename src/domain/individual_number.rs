//! Recognition of the Individual Number (個人番号, "My Number") by its check digit.
//!
//! The booth never asks for this number and never stores it; it only needs to tell a user who
//! typed or scanned it by mistake that it is the wrong number (design §2).

/// Weights of the first eleven digits, left to right: Qn = n+1 for n = 1..6 and n−5 for
/// n = 7..11, where n counts from the right.
const WEIGHTS: [u32; 11] = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/// Whether `digits` is exactly twelve ASCII digits whose last digit is the Individual Number
/// check digit of the first eleven: 11 − (Σ Pn·Qn mod 11), or 0 when the remainder is 0 or 1.
pub fn is_valid_individual_number(digits: &str) -> bool {
    let bytes = digits.as_bytes();
    if bytes.len() != 12 || !bytes.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let value = |b: &u8| u32::from(b - b'0');
    let sum: u32 = bytes[..11]
        .iter()
        .map(value)
        .zip(WEIGHTS)
        .map(|(p, q)| p * q)
        .sum();
    let remainder = sum % 11;
    let check = if remainder <= 1 { 0 } else { 11 - remainder };
    value(&bytes[11]) == check
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Worked by hand from the definition, e.g. for 12345678901: 1·6 + 2·5 + 3·4 + 4·3 + 5·2
    /// + 6·7 + 7·6 + 8·5 + 9·4 + 0·3 + 1·2 = 212; 212 mod 11 = 3; check = 11 − 3 = 8.
    const KNOWN_VALID: [&str; 7] = [
        "123456789018", // remainder 3 → 8
        "111111111118", // 47 mod 11 = 3 → 8
        "999999999996", // 423 mod 11 = 5 → 6
        "100000000005", // 6 mod 11 = 6 → 5
        "000000000051", // 10 mod 11 = 10 → 1
        "000000000060", // 12 mod 11 = 1 → 0
        "000001000020", // 7 + 4 = 11, remainder 0 → 0
    ];

    /// The check digit written straight from the design's wording: Pn is the n-th digit from
    /// the right among the first eleven, Qn = n+1 (n ≤ 6) or n−5 (n ≥ 7).
    fn check_digit_by_definition(first_eleven: &[u8]) -> u8 {
        let mut sum = 0u32;
        for n in 1..=11u32 {
            let p = u32::from(first_eleven[11 - n as usize] - b'0');
            let q = if n <= 6 { n + 1 } else { n - 5 };
            sum += p * q;
        }
        let r = sum % 11;
        let check = if r <= 1 { 0 } else { 11 - r };
        b'0' + u8::try_from(check).expect("a check digit is below 10")
    }

    #[test]
    fn hand_computed_numbers_are_recognised() {
        for number in KNOWN_VALID {
            assert!(is_valid_individual_number(number), "{number}");
            let bytes = number.as_bytes();
            assert_eq!(
                check_digit_by_definition(&bytes[..11]),
                bytes[11],
                "{number}"
            );
        }
    }

    /// For a number whose remainder is 2 or more the check digit is 1–9, and changing any one
    /// digit moves the weighted sum by a non-multiple of 11: every such typo must be refused.
    #[test]
    fn any_single_digit_corruption_is_refused() {
        for number in &KNOWN_VALID[..5] {
            for position in 0..12 {
                for replacement in b'0'..=b'9' {
                    let mut bytes = number.as_bytes().to_vec();
                    if bytes[position] == replacement {
                        continue;
                    }
                    bytes[position] = replacement;
                    let corrupted = String::from_utf8(bytes).expect("ASCII");
                    assert!(!is_valid_individual_number(&corrupted), "{corrupted}");
                }
            }
        }
    }

    /// Remainders 0 and 1 share the check digit 0, so a typo moving one to the other goes
    /// unnoticed; this is a property of the official algorithm, not of our code.
    #[test]
    fn remainders_zero_and_one_share_check_digit_zero() {
        assert!(is_valid_individual_number("000000000060")); // remainder 1
        assert!(is_valid_individual_number("000000000000")); // remainder 0
        assert!(!is_valid_individual_number("000000000061"));
    }

    #[test]
    fn check_digit_of_the_last_position_is_the_only_accepted_one() {
        let first_eleven = "12345678901";
        let accepted: Vec<char> = ('0'..='9')
            .filter(|c| is_valid_individual_number(&format!("{first_eleven}{c}")))
            .collect();
        assert_eq!(accepted, vec!['8']);
    }

    #[test]
    fn matches_the_definition_for_many_numbers() {
        for seed in 0u64..5000 {
            let first_eleven =
                format!("{:011}", seed.wrapping_mul(2_654_435_761) % 100_000_000_000);
            let check = check_digit_by_definition(first_eleven.as_bytes());
            let number = format!("{first_eleven}{}", char::from(check));
            assert!(is_valid_individual_number(&number), "{number}");
        }
    }

    #[test]
    fn wrong_shapes_are_refused() {
        for input in [
            "",
            "12345678901",
            "1234567890180",
            "12345678901８",
            "1234 5678 9018",
            "12345678901a",
        ] {
            assert!(!is_valid_individual_number(input), "{input}");
        }
    }
}
