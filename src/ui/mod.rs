//! The kiosk's screens, drawn with egui. Nothing here needs eframe or a window, so the whole UI
//! runs under egui_kittest in tests exactly as it runs on the booth.

mod app;
mod birth_picker;
pub mod fonts;
pub mod form_pictures;
mod guide_overlay;
mod help_panel;
mod operator;
mod overlays;
pub mod screens;
pub mod theme;
mod topbar;
pub mod widgets;

pub use app::{BoothApp, Clock, OperatorSetup, SystemClock};
pub use fonts::{FontError, FontLibrary};
pub use screens::{BoothDisplay, check_name, guidance_message, guide_message, scan_hint_message};
pub use theme::{Look, Theme, ThemeSpec};
