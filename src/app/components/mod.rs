//! Small, pure pieces of the interface, each reading what it needs from the app state.

mod about_panel;
mod bottom_nav;
mod crew_card;
mod editing;
mod empty_state;
mod export_buttons;
mod icon;
mod import_panel;
mod intervention_form;
mod language_picker;
mod map_picker;
mod notice_banner;
mod ready_check;
mod region_card;
mod stop_item;
mod technician_form;
mod top_bar;
mod update_banner;

pub use about_panel::AboutPanel;
pub use bottom_nav::BottomNav;
pub use crew_card::CrewCard;
pub use editing::Editing;
pub use empty_state::EmptyState;
pub use export_buttons::ExportButtons;
pub use icon::{Icon, IconKind};
pub use import_panel::ImportPanel;
pub use intervention_form::InterventionForm;
pub use language_picker::LanguagePicker;
pub use map_picker::MapPicker;
pub use notice_banner::NoticeBanner;
pub use ready_check::ReadyCheck;
pub use region_card::RegionCard;
pub use stop_item::{StopItem, AT_RISK_MIN};
pub use technician_form::TechnicianForm;
pub use top_bar::TopBar;
pub use update_banner::UpdateBanner;
