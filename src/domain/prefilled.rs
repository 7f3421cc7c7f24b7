//! The prefilled details of an application form as the intake service returns them for the
//! booth to show: the name with its middle masked and the address down to the town. Even
//! masked they are personal data: never in `Debug`, wiped from memory when dropped.

use std::fmt;

use zeroize::Zeroize;

/// What the details screen shows so the user can recognise their own form.
#[derive(Clone, PartialEq, Eq)]
pub struct PrefilledForm {
    name: String,
    address: String,
}

impl PrefilledForm {
    pub fn new(name: String, address: String) -> Self {
        Self { name, address }
    }
    /// The name, masked by the service (e.g. `山＊＊郎`).
    pub fn name(&self) -> &str {
        &self.name
    }
    /// The address down to the town (e.g. `東京都千代田区永田町`).
    pub fn address(&self) -> &str {
        &self.address
    }
}

impl fmt::Debug for PrefilledForm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PrefilledForm").finish_non_exhaustive()
    }
}

impl Drop for PrefilledForm {
    fn drop(&mut self) {
        self.name.zeroize();
        self.address.zeroize();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_output_shows_neither_name_nor_address() {
        let f = PrefilledForm::new("山＊＊郎".into(), "東京都千代田区永田町".into());
        let shown = format!("{f:?}");
        assert!(!shown.contains('山') && !shown.contains("東京"), "{shown}");
        assert_eq!(f.name(), "山＊＊郎");
    }
}
