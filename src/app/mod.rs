//! The browser app: Yew components, the state reducer, storage and the service worker bridge.
//!
//! The only module that touches web-sys, gloo and yew. State lives in one
//! reducer ([`state::AppState`]) shared through a context; components are small
//! and take what they show from it.

pub mod closure_texts;
pub mod commune_texts;
pub mod components;
pub mod date_texts;
pub mod day_file_texts;
pub mod day_import;
pub mod day_log;
pub mod day_store;
pub mod days_store;
pub mod deployed_regions;
pub mod download;
pub mod export_texts;
pub mod failure_texts;
pub mod fetch;
pub mod first_start;
pub mod form_draft;
pub mod geolocation;
pub mod i18n;
pub mod idb;
pub mod import_texts;
pub mod links;
pub mod map_drawing;
pub mod map_labels;
pub mod map_layers;
pub mod map_markers;
pub mod map_view;
pub mod number_texts;
pub mod pages;
pub mod photo_jpeg;
pub mod photo_texts;
pub mod plan_store;
pub mod plan_texts;
pub mod planning;
pub mod proof_store;
pub mod readiness;
pub mod readiness_probe;
pub mod region;
pub mod region_texts;
pub mod replan_texts;
pub mod revision;
pub mod service_worker;
pub mod set_aside;
pub mod settings;
pub mod slot_texts;
pub mod state;
pub mod tab;
pub mod tab_sync;
pub mod technician_colour;
pub mod texts;
pub mod timer;
pub mod town_hall_texts;
pub mod value_texts;
pub mod wasm_memory;
pub mod worker;
pub mod worker_texts;

mod root;

pub use root::App;
