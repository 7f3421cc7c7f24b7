//! The formats of single values in a booth file (booth ids, UTC offsets, URLs, `host:port`,
//! Argon2 PHC strings): pure functions, each accepting exactly what `kiosk-config/README.md`
//! documents.

use std::path::PathBuf;

pub(super) fn is_booth_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
}

pub(super) fn is_one_line(text: &str, max_chars: usize) -> bool {
    text.chars().count() <= max_chars && !text.chars().any(char::is_control)
}

pub(super) fn non_empty_path(text: &str) -> Option<PathBuf> {
    (!text.trim().is_empty()).then(|| PathBuf::from(text))
}

/// `"+09:00"` → 540 minutes. Accepts -12:00 to +14:00, the offsets in use on Earth.
pub(super) fn parse_utc_offset(text: &str) -> Option<i32> {
    let (sign, rest) = match text.as_bytes().first()? {
        b'+' => (1, &text[1..]),
        b'-' => (-1, &text[1..]),
        _ => return None,
    };
    let (hours, minutes) = rest.split_once(':')?;
    let two_digits = |s: &str| {
        (s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<i32>().ok())
            .flatten()
    };
    let (hours, minutes) = (two_digits(hours)?, two_digits(minutes)?);
    let total = sign * (hours * 60 + minutes);
    (minutes < 60 && (-12 * 60..=14 * 60).contains(&total)).then_some(total)
}

fn has_no_space(text: &str) -> bool {
    !text.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// The host part of `scheme://host[:port]/...`, if `text` uses one of `schemes`.
fn url_host<'a>(text: &'a str, schemes: &[&str]) -> Option<&'a str> {
    let (scheme, rest) = text.split_once("://")?;
    if !schemes.iter().any(|s| s.eq_ignore_ascii_case(scheme)) || !has_no_space(text) {
        return None;
    }
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    (!host.is_empty() && !host.starts_with(':')).then_some(host)
}

pub(super) fn is_https_url(text: &str) -> bool {
    url_host(text, &["https"]).is_some()
}

pub(super) fn is_printer_uri(text: &str) -> bool {
    url_host(text, &["ipp", "ipps", "http", "https"]).is_some()
}

/// `host:port`, e.g. `127.0.0.1:9100`, `printer.local:9100` or `[::1]:9100`.
pub(super) fn is_host_port(text: &str) -> bool {
    let Some((host, port)) = text.rsplit_once(':') else {
        return false;
    };
    !host.is_empty() && has_no_space(host) && port.parse::<u16>().is_ok_and(|p| p > 0)
}

/// `$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>` (the version part may be absent).
pub(super) fn is_argon2_phc(text: &str) -> bool {
    let parts: Vec<&str> = text.split('$').collect();
    let (algorithm, params, salt, hash) = match parts.as_slice() {
        ["", algorithm, version, params, salt, hash] if version.starts_with("v=") => {
            (*algorithm, *params, *salt, *hash)
        }
        ["", algorithm, params, salt, hash] => (*algorithm, *params, *salt, *hash),
        _ => return false,
    };
    let is_b64 = |s: &str| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '/'))
    };
    let has_param = |name: &str| {
        params.split(',').any(|p| {
            p.split_once('=').is_some_and(|(k, v)| {
                k == name && !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit())
            })
        })
    };
    matches!(algorithm, "argon2id" | "argon2i" | "argon2d")
        && ["m", "t", "p"].into_iter().all(has_param)
        && is_b64(salt)
        && is_b64(hash)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utc_offsets_parse_to_minutes() {
        assert_eq!(parse_utc_offset("+09:00"), Some(540));
        assert_eq!(parse_utc_offset("-03:30"), Some(-210));
        assert_eq!(parse_utc_offset("+00:00"), Some(0));
        assert_eq!(parse_utc_offset("+14:00"), Some(840));
        for bad in [
            "9", "+9:00", "09:00", "+15:00", "-13:00", "+09:60", "+09:0a", "+", "",
        ] {
            assert_eq!(parse_utc_offset(bad), None, "{bad}");
        }
    }

    #[test]
    fn booth_ids() {
        assert!(is_booth_id("demo-booth-001") && is_booth_id("Shibuya_2.b"));
        assert!(is_booth_id(&"a".repeat(64)) && !is_booth_id(&"a".repeat(65)));
        for bad in ["", "booth 7", "ブース", "a/b"] {
            assert!(!is_booth_id(bad), "{bad}");
        }
    }

    #[test]
    fn addresses() {
        assert!(is_https_url("https://intake.example.jp/v1"));
        assert!(is_https_url("HTTPS://127.0.0.1:8443"));
        for bad in [
            "http://x.jp",
            "https://",
            "https:///v1",
            "https://a b",
            "intake.jp",
        ] {
            assert!(!is_https_url(bad), "{bad}");
        }
        assert!(is_printer_uri("ipp://127.0.0.1:631/printers/slip"));
        assert!(is_printer_uri("ipps://printer.local/ipp/print"));
        assert!(!is_printer_uri("socket://127.0.0.1:9100"));
        for good in ["127.0.0.1:9100", "printer.local:9100", "[::1]:9100"] {
            assert!(is_host_port(good), "{good}");
        }
        for bad in ["127.0.0.1", ":9100", "host:0", "host:65536", "my host:9100"] {
            assert!(!is_host_port(bad), "{bad}");
        }
    }

    #[test]
    fn argon2_phc_strings() {
        let salt_hash = "c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG";
        assert!(is_argon2_phc(&format!(
            "$argon2id$v=19$m=19456,t=2,p=1${salt_hash}"
        )));
        assert!(is_argon2_phc(&format!(
            "$argon2i$m=4096,t=3,p=1${salt_hash}"
        )));
        for bad in [
            "1234".to_owned(),
            format!("$bcrypt$v=19$m=19456,t=2,p=1${salt_hash}"),
            format!("$argon2id$v=19$m=19456,t=2${salt_hash}"),
            format!("$argon2id$v=19$m=x,t=2,p=1${salt_hash}"),
            "$argon2id$v=19$m=19456,t=2,p=1$c29tZQ$".to_owned(),
        ] {
            assert!(!is_argon2_phc(&bad), "{bad}");
        }
    }
}
