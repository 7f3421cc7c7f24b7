//! A buffer for digits the user types on an on-screen keypad (application form ID, birth date).
//! What the user types is personal data: it never shows in `Debug` and is zeroized when dropped.

use std::fmt;
use zeroize::Zeroize;

/// Digits typed so far, at most `max` of them.
#[derive(Clone, PartialEq, Eq)]
pub struct DigitBuffer {
    digits: String,
    max: usize,
}

impl DigitBuffer {
    /// An empty buffer that accepts at most `max` digits.
    pub fn new(max: usize) -> Self {
        Self {
            digits: String::with_capacity(max),
            max,
        }
    }

    /// Adds one digit (0–9); ignored when full or not a digit. Returns whether it was added.
    pub fn push(&mut self, digit: u8) -> bool {
        if digit > 9 || self.digits.len() >= self.max {
            return false;
        }
        self.digits.push(char::from(b'0' + digit));
        true
    }

    /// Removes the last digit.
    pub fn pop(&mut self) {
        self.digits.pop();
    }

    /// Removes every digit.
    pub fn clear(&mut self) {
        self.digits.zeroize();
    }

    pub fn as_str(&self) -> &str {
        &self.digits
    }

    pub fn len(&self) -> usize {
        self.digits.len()
    }

    pub fn is_empty(&self) -> bool {
        self.digits.is_empty()
    }

    pub fn is_full(&self) -> bool {
        self.digits.len() == self.max
    }

    pub fn max(&self) -> usize {
        self.max
    }

    /// How many more digits fit.
    pub fn remaining(&self) -> usize {
        self.max - self.digits.len()
    }
}

impl Drop for DigitBuffer {
    fn drop(&mut self) {
        self.digits.zeroize();
    }
}

impl fmt::Debug for DigitBuffer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DigitBuffer({}/{} digits)", self.digits.len(), self.max)
    }
}
