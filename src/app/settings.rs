//! The user's preferences, stored in localStorage under a schema version.
//!
//! Decoding is pure and tested natively; `load` and `save` touch the browser.
//! A stored value that cannot be read is moved aside (never silently dropped)
//! and reported, and the defaults are used.

use super::i18n::Language;
use crate::plan::customer_notice::DEFAULT_SMS_THRESHOLD_MIN;
use crate::plan::slot_finder::{DEFAULT_WINDOW_S, DEFAULT_WORKING_DAYS};
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// localStorage key of the settings.
pub const SETTINGS_KEY: &str = "tournee.settings";
/// Start of the localStorage keys where unreadable settings are set aside (see [`super::set_aside`]).
pub const SET_ASIDE_KEY: &str = "tournee.settings.unreadable";
/// Current schema version of the stored settings.
pub const SCHEMA_VERSION: u32 = 1;

/// Preferences that outlive the tab.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// Interface language.
    pub language: Language,
    /// Whether « Mon équipe, ma région » was gone through or put off: it then no longer opens by itself.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub crew_setup_done: bool,
    /// The technician whose phone this is (an id of the crew): the phone's location, when
    /// re-planning, is theirs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_of: Option<String>,
    /// What Journée lists, once chosen: « Ma journée » or « Équipe » (see [`Settings::day_view`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day_view: Option<DayView>,
    /// Minutes a re-plan may move a visit inside its window before the customer is worth an
    /// SMS (see [`crate::plan::customer_notice`]); settings stored before it read the default.
    #[serde(default = "default_sms_threshold", skip_serializing_if = "is_default_sms_threshold")]
    pub sms_threshold_min: u32,
    /// Working days the slot finder searches, today included (see
    /// [`crate::plan::slot_finder`]); settings stored before it read the default, 5.
    #[serde(default = "default_slot_days", skip_serializing_if = "is_default_slot_days")]
    pub slot_days: u32,
    /// Width of a slot offered to a customer, in minutes (2 h by default).
    #[serde(default = "default_slot_window", skip_serializing_if = "is_default_slot_window")]
    pub slot_window_min: u32,
    /// Points of « Prêt pour la journée » the technician put aside: not said again while they
    /// stay missing (see [`super::readiness::still_dismissed`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ready_dismissed: Vec<super::readiness::ReadyCause>,
}

/// Which technicians' days Journée lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DayView {
    /// « Ma journée »: the phone's owner's day only.
    Mine,
    /// « Équipe »: every technician's day.
    Crew,
}

impl Settings {
    /// The view Journée shows: the one chosen, else the phone's owner's day once they are known,
    /// else the crew's (a crew lead setting up has not said who they are).
    pub fn day_view(&self) -> DayView {
        self.day_view.unwrap_or(if self.phone_of.is_some() { DayView::Mine } else { DayView::Crew })
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            language: Language::default(),
            crew_setup_done: false,
            phone_of: None,
            day_view: None,
            sms_threshold_min: DEFAULT_SMS_THRESHOLD_MIN,
            slot_days: default_slot_days(),
            slot_window_min: default_slot_window(),
            ready_dismissed: Vec::new(),
        }
    }
}

/// The SMS threshold of settings that do not name one.
fn default_sms_threshold() -> u32 {
    DEFAULT_SMS_THRESHOLD_MIN
}

/// Whether `minutes` is the default threshold (then left out of the stored text).
fn is_default_sms_threshold(minutes: &u32) -> bool {
    *minutes == DEFAULT_SMS_THRESHOLD_MIN
}

/// The slot finder's working days of settings that do not name them.
fn default_slot_days() -> u32 {
    DEFAULT_WORKING_DAYS as u32
}

/// Whether `days` is the default (then left out of the stored text).
fn is_default_slot_days(days: &u32) -> bool {
    *days == default_slot_days()
}

/// The slot width of settings that do not name one, minutes.
fn default_slot_window() -> u32 {
    DEFAULT_WINDOW_S / 60
}

/// Whether `minutes` is the default width (then left out of the stored text).
fn is_default_slot_window(minutes: &u32) -> bool {
    *minutes == default_slot_window()
}

/// The most working days the slot finder searches (four weeks).
pub const MAX_SLOT_DAYS: u32 = 20;
/// The narrowest and widest slots offered, in minutes.
pub const SLOT_WINDOW_RANGE_MIN: (u32, u32) = (30, 480);

/// The largest SMS threshold the settings page accepts, in minutes (a whole morning).
pub const MAX_SMS_THRESHOLD_MIN: u32 = 240;

/// Why stored settings could not be used.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum SettingsError {
    /// Not JSON, or not the expected shape.
    #[error("réglages illisibles : {0}")]
    Unreadable(String),
    /// Written by a newer version of the app than this one.
    #[error("réglages d'une version plus récente (schéma {0})")]
    NewerSchema(u32),
    /// The browser refuses the site any storage (blocked in its settings, or a locked-down profile).
    #[error("stockage du site bloqué par le navigateur")]
    Blocked,
}

/// The stored envelope: the schema version beside the settings.
#[derive(Serialize, Deserialize)]
struct Stored {
    schema: u32,
    #[serde(flatten)]
    settings: Settings,
}

/// Just the schema version, read first to pick the migration.
#[derive(Deserialize)]
struct SchemaOnly {
    schema: u32,
}

/// Reads stored settings, migrating older schemas to the current one.
pub fn decode(text: &str) -> Result<Settings, SettingsError> {
    let unreadable = |e: serde_json::Error| SettingsError::Unreadable(e.to_string());
    let SchemaOnly { schema } = serde_json::from_str(text).map_err(unreadable)?;
    match schema {
        SCHEMA_VERSION => Ok(serde_json::from_str::<Stored>(text).map_err(unreadable)?.settings),
        newer if newer > SCHEMA_VERSION => Err(SettingsError::NewerSchema(newer)),
        older => Err(SettingsError::Unreadable(format!("schéma {older} inconnu"))),
    }
}

/// The text stored for `settings`, tagged with the current schema.
pub fn encode(settings: &Settings) -> String {
    serde_json::to_string(&Stored { schema: SCHEMA_VERSION, settings: settings.clone() })
        .expect("settings are plain data and always serialise")
}

/// The site's localStorage, or `None` when the browser blocks it (reading `localStorage` then
/// throws: never let that stop the app from starting).
#[cfg(target_arch = "wasm32")]
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The stored settings, or the defaults and the reason the stored ones were set aside (or
/// could not be read at all).
#[cfg(target_arch = "wasm32")]
pub fn load() -> (Settings, Option<SettingsError>) {
    let Some(storage) = storage() else {
        return (Settings::default(), Some(SettingsError::Blocked));
    };
    let Ok(Some(text)) = storage.get_item(SETTINGS_KEY) else {
        return (Settings::default(), None);
    };
    match decode(&text) {
        Ok(settings) => (settings, None),
        Err(error) => {
            // Keep the unreadable text: a newer app version may still read it.
            if super::set_aside::keep_settings(&storage, &text) {
                let _ = storage.remove_item(SETTINGS_KEY);
            }
            (Settings::default(), Some(error))
        }
    }
}

/// Stores `settings`; a full or blocked storage is ignored (the choice still holds for this visit,
/// and the user was told at start-up when storage is blocked).
#[cfg(target_arch = "wasm32")]
pub fn save(settings: &Settings) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(SETTINGS_KEY, &encode(settings));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_with_the_schema_version() {
        let settings = Settings { language: Language::En, ..Settings::default() };
        let text = encode(&settings);
        assert_eq!(text, r#"{"schema":1,"language":"en"}"#);
        assert_eq!(decode(&text), Ok(settings));
        let done = Settings { crew_setup_done: true, ..Settings::default() };
        assert_eq!(encode(&done), r#"{"schema":1,"language":"fr","crew_setup_done":true}"#);
        assert_eq!(decode(&encode(&done)), Ok(done));
        let mine = Settings { phone_of: Some("T2".into()), day_view: Some(DayView::Crew), ..Settings::default() };
        assert_eq!(encode(&mine), r#"{"schema":1,"language":"fr","phone_of":"T2","day_view":"crew"}"#);
        assert_eq!(decode(&encode(&mine)), Ok(mine));
        let strict = Settings { sms_threshold_min: 5, ..Settings::default() };
        assert_eq!(encode(&strict), r#"{"schema":1,"language":"fr","sms_threshold_min":5}"#);
        assert_eq!(decode(&encode(&strict)), Ok(strict));
        let aside = Settings {
            ready_dismissed: vec![super::super::readiness::ReadyCause::StorageNotProtected],
            ..Settings::default()
        };
        assert_eq!(encode(&aside), r#"{"schema":1,"language":"fr","ready_dismissed":["storage_not_protected"]}"#);
        assert_eq!(decode(&encode(&aside)), Ok(aside));
    }

    #[test]
    fn journee_shows_the_owners_day_once_they_are_known_unless_the_crew_was_chosen() {
        let mut settings = Settings::default();
        assert_eq!(settings.day_view(), DayView::Crew, "nobody said whose phone this is");
        settings.phone_of = Some("T2".into());
        assert_eq!(settings.day_view(), DayView::Mine);
        settings.day_view = Some(DayView::Crew);
        assert_eq!(settings.day_view(), DayView::Crew);
    }

    #[test]
    fn the_slot_finder_settings_default_to_five_days_of_two_hour_slots_and_are_kept() {
        let settings = decode(r#"{"schema":1,"language":"fr"}"#).unwrap();
        assert_eq!((settings.slot_days, settings.slot_window_min), (5, 120));
        let wide = Settings { slot_days: 10, slot_window_min: 180, ..Settings::default() };
        assert_eq!(encode(&wide), r#"{"schema":1,"language":"fr","slot_days":10,"slot_window_min":180}"#);
        assert_eq!(decode(&encode(&wide)).unwrap(), wide);
    }

    #[test]
    fn settings_stored_before_the_sms_threshold_read_fifteen_minutes() {
        let settings = decode(r#"{"schema":1,"language":"en"}"#).unwrap();
        assert_eq!(settings.sms_threshold_min, 15);
    }

    #[test]
    fn corrupt_or_newer_settings_are_refused_with_a_reason() {
        assert!(matches!(decode("{not json"), Err(SettingsError::Unreadable(_))));
        assert!(matches!(decode(r#"{"schema":1,"language":"klingon"}"#), Err(SettingsError::Unreadable(_))));
        assert_eq!(decode(r#"{"schema":7,"language":"fr"}"#), Err(SettingsError::NewerSchema(7)));
        assert!(matches!(decode(r#"{"schema":0}"#), Err(SettingsError::Unreadable(_))));
    }
}
