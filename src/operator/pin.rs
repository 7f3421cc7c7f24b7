//! The operator PIN: Argon2 verification, and a guard that locks the PIN pad after repeated
//! failures so a passer-by cannot guess it.

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};

use crate::flow::Millis;

/// Failures in a row before the PIN pad locks.
const MAX_FAILURES: u32 = 5;
/// How long the PIN pad stays locked; it doubles with each further lockout.
const LOCKOUT_MS: u64 = 5 * 60 * 1000;

#[derive(Debug, thiserror::Error)]
pub enum PinError {
    #[error("operator.pin_hash is not a valid Argon2 PHC string")]
    BadHash,
    #[error("the PIN could not be hashed")]
    Hash,
    #[error("a PIN has 4 to 12 digits")]
    BadPin,
}

/// Whether `pin` matches the Argon2 `hash` from kiosk-config. Slow on purpose (tens of
/// milliseconds): call it from a worker, never inside a frame.
pub fn verify_pin(hash: &str, pin: &str) -> Result<bool, PinError> {
    let parsed = PasswordHash::new(hash).map_err(|_| PinError::BadHash)?;
    Ok(Argon2::default()
        .verify_password(pin.as_bytes(), &parsed)
        .is_ok())
}

/// An Argon2 hash of `pin` for kiosk-config (`myna-booth hash-pin`).
pub fn hash_pin(pin: &str) -> Result<String, PinError> {
    let ok = (4..=12).contains(&pin.len()) && pin.bytes().all(|b| b.is_ascii_digit());
    if !ok {
        return Err(PinError::BadPin);
    }
    let mut bytes = [0u8; 16];
    rand::RngCore::fill_bytes(&mut rand::rng(), &mut bytes);
    let salt = SaltString::encode_b64(&bytes).map_err(|_| PinError::Hash)?;
    Argon2::default()
        .hash_password(pin.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|_| PinError::Hash)
}

/// The result of one PIN attempt, as the PIN pad shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attempt {
    Granted,
    Wrong { attempts_left: u32 },
    LockedOut { until: Millis },
}

/// Counts failures and locks the PIN pad.
#[derive(Debug, Clone, Default)]
pub struct PinGuard {
    failures: u32,
    lockouts: u32,
    locked_until: Option<Millis>,
}

impl PinGuard {
    /// `Some(until)` while the PIN pad is locked.
    pub fn locked(&self, now: Millis) -> Option<Millis> {
        self.locked_until.filter(|until| now < *until)
    }

    /// Records the result of a verification made at `now`.
    pub fn record(&mut self, now: Millis, matched: bool) -> Attempt {
        if let Some(until) = self.locked(now) {
            return Attempt::LockedOut { until };
        }
        if matched {
            self.failures = 0;
            self.lockouts = 0;
            self.locked_until = None;
            return Attempt::Granted;
        }
        self.failures += 1;
        if self.failures >= MAX_FAILURES {
            self.failures = 0;
            let factor = 1u64 << self.lockouts.min(6);
            self.lockouts += 1;
            let until = now + LOCKOUT_MS * factor;
            self.locked_until = Some(until);
            tracing::warn!(
                minutes = LOCKOUT_MS * factor / 60_000,
                "operator PIN locked after repeated failures"
            );
            return Attempt::LockedOut { until };
        }
        Attempt::Wrong {
            attempts_left: MAX_FAILURES - self.failures,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_right_pin_opens_and_a_wrong_one_does_not() {
        let hash = hash_pin("482916").expect("hash");
        assert!(hash.starts_with("$argon2"));
        assert!(verify_pin(&hash, "482916").expect("verify"));
        assert!(!verify_pin(&hash, "482917").expect("verify"));
        assert!(matches!(
            verify_pin("not a hash", "1234"),
            Err(PinError::BadHash)
        ));
        assert!(matches!(hash_pin("12"), Err(PinError::BadPin)));
        assert!(matches!(hash_pin("12ab"), Err(PinError::BadPin)));
    }

    #[test]
    fn five_failures_lock_the_pad_and_locks_grow() {
        let mut g = PinGuard::default();
        for left in (1..5).rev() {
            assert_eq!(
                g.record(0, false),
                Attempt::Wrong {
                    attempts_left: left
                }
            );
        }
        let Attempt::LockedOut { until } = g.record(0, false) else {
            panic!("locked after five failures");
        };
        assert_eq!(until, LOCKOUT_MS);
        // Even the right PIN is refused while locked.
        assert_eq!(g.record(1000, true), Attempt::LockedOut { until });
        assert_eq!(g.locked(until), None, "the lock ends");
        for _ in 0..4 {
            g.record(until, false);
        }
        let Attempt::LockedOut { until: second } = g.record(until, false) else {
            panic!("locked again");
        };
        assert_eq!(
            second - until,
            2 * LOCKOUT_MS,
            "the second lockout is longer"
        );
        assert_eq!(g.record(second, true), Attempt::Granted);
    }
}
