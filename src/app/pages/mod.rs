//! One component per tab of the bottom navigation.

mod day;
mod day_crew;
mod interventions;
mod map;
mod map_closures;
mod map_drives;
mod map_gestures;
mod map_marks;
mod settings;

pub use day::DayPage;
pub use interventions::{skill_name, InterventionsPage};
pub use map::MapPage;
pub use settings::SettingsPage;
