//! The licence notice owed wherever OpenStreetMap-derived data is shown.

/// Attribution required by the ODbL for every view of OSM-derived data (map, pack details, about).
pub const OSM_ATTRIBUTION: &str = "© OpenStreetMap contributors";
