//! What an OSM way's tags say about driving a service van on it.
//!
//! Pure functions over `(key, value)` pairs, tested on hand-made tag sets.
//! Rules follow the OSM wiki (highway, oneway, access, maxspeed) and what
//! common car profiles do (OSRM `car.lua`, GraphHopper `car`).

use serde::{Deserialize, Serialize};

/// Road category from `highway=*`, the first clue to speed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RoadClass {
    /// `motorway` (autoroute).
    Motorway,
    /// `trunk` (voie express, large national road).
    Trunk,
    /// `primary` (route nationale or major departmental road).
    Primary,
    /// `secondary` (departmental road).
    Secondary,
    /// `tertiary` (minor departmental road).
    Tertiary,
    /// `unclassified` (communal road between hamlets).
    Unclassified,
    /// `residential` (village street).
    Residential,
    /// `living_street` (pedestrian priority).
    LivingStreet,
    /// `service` (access road, car park, drive).
    Service,
    /// `road` (type unknown yet).
    Unknown,
    /// Any `*_link` slip road, with the class of the road it joins.
    Link(LinkOf),
}

/// Which road a `*_link` belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum LinkOf {
    /// `motorway_link`.
    Motorway,
    /// `trunk_link`.
    Trunk,
    /// `primary_link`.
    Primary,
    /// `secondary_link`.
    Secondary,
    /// `tertiary_link`.
    Tertiary,
}

impl RoadClass {
    /// The class of a `highway=*` value a car may use, or `None` (track, path, footway, construction…).
    pub fn from_highway(value: &str) -> Option<RoadClass> {
        Some(match value {
            "motorway" => RoadClass::Motorway,
            "trunk" => RoadClass::Trunk,
            "primary" => RoadClass::Primary,
            "secondary" => RoadClass::Secondary,
            "tertiary" => RoadClass::Tertiary,
            "unclassified" => RoadClass::Unclassified,
            "residential" => RoadClass::Residential,
            "living_street" => RoadClass::LivingStreet,
            "service" => RoadClass::Service,
            "road" => RoadClass::Unknown,
            "motorway_link" => RoadClass::Link(LinkOf::Motorway),
            "trunk_link" => RoadClass::Link(LinkOf::Trunk),
            "primary_link" => RoadClass::Link(LinkOf::Primary),
            "secondary_link" => RoadClass::Link(LinkOf::Secondary),
            "tertiary_link" => RoadClass::Link(LinkOf::Tertiary),
            _ => return None,
        })
    }

    /// Typical free-flow speed in km/h without a `maxspeed` tag, before mountain factors.
    ///
    /// Rationale: French default limits (130/110/80/50 km/h) lowered to what a loaded
    /// van averages in the rural south-east; links run at about 60 % of their road.
    pub fn default_speed_kmh(self) -> f64 {
        match self {
            RoadClass::Motorway => 115.0,
            RoadClass::Trunk => 90.0,
            RoadClass::Primary => 70.0,
            RoadClass::Secondary => 60.0,
            RoadClass::Tertiary => 50.0,
            RoadClass::Unclassified => 40.0,
            RoadClass::Residential => 30.0,
            RoadClass::LivingStreet => 10.0,
            RoadClass::Service => 15.0,
            RoadClass::Unknown => 30.0,
            RoadClass::Link(LinkOf::Motorway) => 60.0,
            RoadClass::Link(LinkOf::Trunk) => 50.0,
            RoadClass::Link(LinkOf::Primary) => 40.0,
            RoadClass::Link(LinkOf::Secondary) => 35.0,
            RoadClass::Link(LinkOf::Tertiary) => 30.0,
        }
    }
}

/// Directions in which a way may be driven, relative to its node order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Travel {
    /// Both ways.
    Both,
    /// Only in the order of the way's nodes.
    Forward,
    /// Only against it (`oneway=-1`).
    Backward,
}

/// Looks up `key` in a tag list.
pub fn tag<'a>(tags: &[(&'a str, &'a str)], key: &str) -> Option<&'a str> {
    tags.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
}

/// Allowed directions: `oneway` first, then what the way implies
/// (roundabouts and motorways are one-way unless tagged `oneway=no`).
///
/// Returns `None` for `oneway=reversible` and `alternating`: their direction changes
/// during the day, so planning over them would be a guess.
pub fn travel(tags: &[(&str, &str)], class: RoadClass) -> Option<Travel> {
    match tag(tags, "oneway") {
        Some("yes" | "true" | "1") => return Some(Travel::Forward),
        Some("-1" | "reverse") => return Some(Travel::Backward),
        Some("no" | "false" | "0") => return Some(Travel::Both),
        Some("reversible" | "alternating") => return None,
        _ => {}
    }
    let roundabout = matches!(tag(tags, "junction"), Some("roundabout" | "circular"));
    let motorway = matches!(class, RoadClass::Motorway | RoadClass::Link(LinkOf::Motorway));
    Some(if roundabout || motorway { Travel::Forward } else { Travel::Both })
}

/// Access values that forbid a technician's van.
const FORBIDDING: [&str; 6] = ["no", "private", "agricultural", "forestry", "emergency", "military"];

/// Whether a van may use the way at all: the most specific of `motorcar`,
/// `motor_vehicle`, `vehicle`, `access` decides; `area=yes` (a square) is not a road.
pub fn van_allowed(tags: &[(&str, &str)]) -> bool {
    if tag(tags, "area") == Some("yes") {
        return false;
    }
    let decisive = ["motorcar", "motor_vehicle", "vehicle", "access"].iter().find_map(|key| tag(tags, key));
    !decisive.is_some_and(|value| FORBIDDING.contains(&value))
}

/// Speed limit in km/h from a `maxspeed` value: numbers, `mph`, and the French and
/// Andorran implicit zones. `None` when absent or unreadable (then the class default applies).
pub fn maxspeed_kmh(value: &str) -> Option<f64> {
    let first = value.split(';').next()?.trim();
    let implicit = match first {
        "FR:urban" | "AD:urban" | "ES:urban" | "IT:urban" => Some(50.0),
        "FR:rural" | "AD:rural" => Some(80.0),
        "ES:rural" | "IT:rural" => Some(90.0),
        "FR:zone30" | "FR:zone:30" => Some(30.0),
        "FR:motorway" | "IT:motorway" => Some(130.0),
        "ES:motorway" => Some(120.0),
        "walk" | "FR:walk" => Some(6.0),
        _ => None,
    };
    if implicit.is_some() {
        return implicit;
    }
    let (number, factor) = match first.strip_suffix("mph") {
        Some(number) => (number, 1.609_344),
        None => (first.trim_end_matches("km/h"), 1.0),
    };
    let kmh = number.trim().parse::<f64>().ok()? * factor;
    (kmh > 0.0 && kmh <= 150.0).then_some(kmh)
}

/// Speed factor for the road surface: 1 on asphalt, down to 0.5 on earth.
///
/// Rationale: on gravel and earth drivers keep to 30–40 km/h whatever the class
/// (GraphHopper's car profile caps unpaved surfaces similarly).
pub fn surface_factor(value: Option<&str>) -> f64 {
    match value {
        None | Some("asphalt" | "paved" | "concrete" | "concrete:plates" | "chipseal") => 1.0,
        Some("paving_stones" | "sett" | "cobblestone" | "unhewn_cobblestone" | "concrete:lanes") => 0.75,
        Some("compacted" | "fine_gravel") => 0.7,
        Some("gravel" | "unpaved" | "pebblestone" | "grass_paver") => 0.6,
        Some(_) => 0.5,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_car_roads_and_drops_tracks_and_paths() {
        assert_eq!(RoadClass::from_highway("secondary"), Some(RoadClass::Secondary));
        assert_eq!(RoadClass::from_highway("primary_link"), Some(RoadClass::Link(LinkOf::Primary)));
        for not_for_cars in ["track", "path", "footway", "cycleway", "steps", "construction", "proposed"] {
            assert_eq!(RoadClass::from_highway(not_for_cars), None, "{not_for_cars}");
        }
    }

    #[test]
    fn oneway_tags_and_implied_oneways() {
        let road = RoadClass::Residential;
        assert_eq!(travel(&[("oneway", "yes")], road), Some(Travel::Forward));
        assert_eq!(travel(&[("oneway", "-1")], road), Some(Travel::Backward));
        assert_eq!(travel(&[], road), Some(Travel::Both));
        assert_eq!(travel(&[("junction", "roundabout")], road), Some(Travel::Forward));
        assert_eq!(travel(&[("junction", "roundabout"), ("oneway", "no")], road), Some(Travel::Both));
        assert_eq!(travel(&[], RoadClass::Motorway), Some(Travel::Forward));
        assert_eq!(travel(&[], RoadClass::Link(LinkOf::Motorway)), Some(Travel::Forward));
        assert_eq!(travel(&[("oneway", "no")], RoadClass::Motorway), Some(Travel::Both));
        assert_eq!(travel(&[("oneway", "reversible")], road), None);
    }

    #[test]
    fn private_roads_are_excluded_unless_cars_are_explicitly_allowed() {
        assert!(van_allowed(&[("highway", "service")]));
        assert!(!van_allowed(&[("access", "private")]));
        assert!(!van_allowed(&[("access", "no")]));
        assert!(van_allowed(&[("access", "no"), ("motor_vehicle", "yes")]));
        assert!(!van_allowed(&[("motor_vehicle", "agricultural")]));
        assert!(van_allowed(&[("access", "destination")]));
        assert!(!van_allowed(&[("area", "yes")]));
    }

    #[test]
    fn reads_numeric_imperial_and_zone_speed_limits() {
        assert_eq!(maxspeed_kmh("50"), Some(50.0));
        assert_eq!(maxspeed_kmh("70 km/h"), Some(70.0));
        assert!((maxspeed_kmh("30 mph").unwrap() - 48.28).abs() < 0.01);
        assert_eq!(maxspeed_kmh("FR:rural"), Some(80.0));
        assert_eq!(maxspeed_kmh("50;30"), Some(50.0));
        assert_eq!(maxspeed_kmh("none"), None);
        assert_eq!(maxspeed_kmh("signals"), None);
        assert_eq!(maxspeed_kmh("0"), None);
    }

    #[test]
    fn rough_surfaces_are_slower() {
        assert_eq!(surface_factor(None), 1.0);
        assert_eq!(surface_factor(Some("asphalt")), 1.0);
        assert!(surface_factor(Some("gravel")) < surface_factor(Some("compacted")));
        assert!(surface_factor(Some("dirt")) < surface_factor(Some("gravel")));
    }
}
