//! One technician's plan as a GPX 1.1 file, for navigation apps (OsmAnd, Organic Maps, Garmin).
//!
//! The stops are waypoints and a route in visiting order; the track is the drive itself, from the
//! road geometry the app already has, or straight lines through the stops when it has none.
//! Lunch breaks are left out: they are not a place to go to.

use super::export_words::{ExportWord, ExportWords};
use super::paris_time::paris_to_utc;
use crate::model::{Day, IsoDate, LatLon, PlannedStop, TechnicianPlan};
use crate::road::OSM_ATTRIBUTION;
use std::fmt::Write;

/// Where the ODbL licence of OpenStreetMap data is stated.
const ODBL_URL: &str = "https://opendatacommons.org/licenses/odbl/";
/// The page OpenStreetMap asks attributions to link to.
const OSM_COPYRIGHT_URL: &str = "https://www.openstreetmap.org/copyright";

/// The plan of one technician on `date` as GPX 1.1, its titles and labels in the language of
/// `words`.
///
/// - a `<wpt>` per customer stop, in order, named `N. customer` (numbered as on the app's map),
///   with the arrival time in UTC and a description (window, service, phone, notes from `day`);
/// - a `<rte>` through the same stops;
/// - a `<trk>` of one `<trkseg>`: `road` when given (the routed drive, credited to
///   OpenStreetMap in the metadata), else straight from the shift's start place through the
///   stops to its end place (the places are left out if the technician is not in `day`).
///
/// Complexity: O(stops × interventions + road).
pub fn write_gpx(date: IsoDate, plan: &TechnicianPlan, day: &Day, road: &[LatLon], words: &dyn ExportWords) -> String {
    let title = xml_escape(&format!("{} {date} — {}", words.word(ExportWord::RouteOf), plan.name));
    let stops: Vec<&PlannedStop> = plan.stops.iter().filter(|stop| !stop.is_break).collect();
    let points: Vec<(String, String)> = stops
        .iter()
        .enumerate()
        .map(|(n, stop)| {
            let arrival = paris_to_utc(date, stop.arrival);
            let name = xml_escape(&format!("{}. {}", n + 1, stop.customer));
            (lat_lon(stop.at), format!("<time>{arrival}</time><name>{name}</name>"))
        })
        .collect();
    let mut gpx = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    gpx.push_str(concat!(
        "<gpx version=\"1.1\" creator=\"Tournée\" xmlns=\"http://www.topografix.com/GPX/1/1\"",
        " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"",
        " xsi:schemaLocation=\"http://www.topografix.com/GPX/1/1 http://www.topografix.com/GPX/1/1/gpx.xsd\">\n",
    ));
    // `write!` into a String cannot fail.
    let _ = writeln!(gpx, "  <metadata>\n    <name>{title}</name>");
    if !road.is_empty() {
        let author = OSM_ATTRIBUTION.trim_start_matches('©').trim();
        let _ =
            writeln!(gpx, "    <copyright author=\"{}\"><license>{ODBL_URL}</license></copyright>", xml_escape(author));
        let _ =
            writeln!(gpx, "    <link href=\"{OSM_COPYRIGHT_URL}\"><text>{}</text></link>", xml_escape(OSM_ATTRIBUTION));
    }
    gpx.push_str("  </metadata>\n");
    for (stop, (position, children)) in stops.iter().zip(&points) {
        let desc = xml_escape(&description(stop, day, words));
        let _ = writeln!(gpx, "  <wpt {position}>{children}<desc>{desc}</desc></wpt>");
    }
    let _ = writeln!(gpx, "  <rte>\n    <name>{title}</name>");
    for (position, children) in &points {
        let _ = writeln!(gpx, "    <rtept {position}>{children}</rtept>");
    }
    let _ = writeln!(gpx, "  </rte>\n  <trk>\n    <name>{title}</name>\n    <trkseg>");
    let track: Vec<LatLon> = if road.is_empty() { straight_track(plan, &stops, day) } else { road.to_vec() };
    for point in track {
        let _ = writeln!(gpx, "      <trkpt {}/>", lat_lon(point));
    }
    gpx.push_str("    </trkseg>\n  </trk>\n</gpx>\n");
    gpx
}

/// The position attributes of a point element, `lat="…" lon="…"`, to the 6 decimals (10 cm) GPX uses.
fn lat_lon(at: LatLon) -> String {
    format!("lat=\"{:.6}\" lon=\"{:.6}\"", at.lat(), at.lon())
}

/// Start place, stops, end place: the drive as straight lines when no road geometry is known.
fn straight_track(plan: &TechnicianPlan, stops: &[&PlannedStop], day: &Day) -> Vec<LatLon> {
    let shift = day.technicians.iter().find(|tech| tech.id == plan.technician).map(|tech| &tech.shift);
    shift
        .map(|shift| shift.start_place)
        .into_iter()
        .chain(stops.iter().map(|stop| stop.at))
        .chain(shift.map(|shift| shift.end_place))
        .collect()
}

/// The facts a driver needs at the waypoint: window, planned service, phone, notes.
fn description(stop: &PlannedStop, day: &Day, words: &dyn ExportWords) -> String {
    let job = day.interventions.iter().find(|job| job.id == stop.id);
    let intervention = words.word(ExportWord::Intervention);
    let mut facts = vec![format!("{} — {intervention} {}–{}", stop.id, stop.start, stop.end)];
    if let Some(window) = &stop.window {
        facts.push(format!("{} {window}", words.word(ExportWord::WindowShort)));
    }
    if let Some(address) = job.and_then(|job| job.address.as_deref()) {
        facts.push(address.to_string());
    }
    if let Some(phone) = job.and_then(|job| job.phone.as_deref()) {
        facts.push(format!("{} {phone}", words.word(ExportWord::PhoneShort)));
    }
    if let Some(notes) = job.map(|job| job.notes.trim()).filter(|notes| !notes.is_empty()) {
        facts.push(notes.to_string());
    }
    facts.join(" · ")
}

/// `text` safe in XML content and attribute values: the five markup characters as entities,
/// and the control characters XML 1.0 forbids removed (tab and line breaks are kept).
fn xml_escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&apos;"),
            '\t' | '\n' | '\r' => escaped.push(c),
            c if c.is_control() => {}
            c => escaped.push(c),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::export_fixture::{self, at, FrenchWords, MarkedWords};

    fn gpx(date: &str, road: &[LatLon]) -> String {
        let (day, plan) = (export_fixture::day(), export_fixture::plan());
        write_gpx(date.parse().unwrap(), &plan.technicians[0], &day, road, &FrenchWords)
    }

    #[test]
    fn stops_become_waypoints_and_a_route_in_order_with_utc_arrivals() {
        let text = gpx("2026-11-26", &[]);
        assert!(
            text.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gpx version=\"1.1\" creator=\"Tournée\"")
        );
        assert!(text.trim_end().ends_with("</gpx>"));
        assert_eq!(text.matches("<wpt ").count(), 2, "the lunch break is not a waypoint");
        assert_eq!(text.matches("<rtept ").count(), 2);
        let first = text.find("<name>1. Mairie de Thorame</name>").expect("first stop");
        let second = text.find("<name>2. Dupont &amp; Fils &lt;SARL&gt;</name>").expect("second stop");
        assert!(first < second);
        assert!(text.contains(concat!(
            "<wpt lat=\"44.100000\" lon=\"6.550000\">",
            "<time>2026-11-26T07:10:00Z</time><name>1. Mairie de Thorame</name>"
        )));
        assert!(text.contains("<time>2026-11-26T12:10:00Z</time><name>2. Dupont"));
        assert!(text.contains("<name>Tournée du 2026-11-26 — Léa Martin</name>"));
        let summer = gpx("2026-07-14", &[]);
        assert!(summer.contains("<time>2026-07-14T06:10:00Z</time><name>1. Mairie de Thorame</name>"));
    }

    #[test]
    fn every_text_is_escaped() {
        let text = gpx("2026-11-26", &[]);
        assert!(!text.contains("Dupont & Fils"), "a raw ampersand breaks the XML");
        assert!(!text.contains("<SARL>"));
        assert!(text.contains(concat!(
            "<desc>F-1 — intervention 08:15–08:45 · créneau 08:00–10:00 · ",
            "tél. 04 92 83 90 12 · Clé à l&apos;accueil</desc>"
        )));
        assert!(text.contains("Code portail 12;34\nChien &quot;Rex&quot; dans la cour</desc>"));
        assert_eq!(xml_escape("a\u{1}b\tc"), "ab\tc");
    }

    #[test]
    fn without_road_geometry_the_track_joins_start_stops_and_end_and_credits_nobody() {
        let text = gpx("2026-11-26", &[]);
        let track: Vec<&str> = text.lines().filter(|line| line.contains("<trkpt ")).collect();
        assert_eq!(
            track,
            [
                "      <trkpt lat=\"43.850000\" lon=\"6.510000\"/>",
                "      <trkpt lat=\"44.100000\" lon=\"6.550000\"/>",
                "      <trkpt lat=\"44.123456\" lon=\"6.654321\"/>",
                "      <trkpt lat=\"43.900000\" lon=\"6.600000\"/>",
            ]
        );
        assert!(!text.contains("OpenStreetMap"));
    }

    #[test]
    fn a_road_geometry_becomes_the_track_and_is_credited_to_openstreetmap() {
        let road = [at(43.85, 6.51), at(43.9, 6.52), at(44.0, 6.53), at(44.1, 6.55)];
        let text = gpx("2026-11-26", &road);
        assert_eq!(text.matches("<trkpt ").count(), 4);
        assert!(text.contains("<trkpt lat=\"43.900000\" lon=\"6.520000\"/>"));
        assert_eq!(text.matches("<trkseg>").count(), 1);
        assert!(text.contains(concat!(
            "<copyright author=\"OpenStreetMap contributors\">",
            "<license>https://opendatacommons.org/licenses/odbl/</license></copyright>"
        )));
        assert!(text.contains(concat!(
            "<link href=\"https://www.openstreetmap.org/copyright\">",
            "<text>© OpenStreetMap contributors</text></link>"
        )));
        let metadata_end = text.find("</metadata>").unwrap_or(0);
        assert!(text.find("<copyright").is_some_and(|at| at < metadata_end));
    }

    #[test]
    fn every_label_comes_from_the_words_given() {
        let (day, plan) = (export_fixture::day(), export_fixture::plan());
        let text = write_gpx(export_fixture::date(), &plan.technicians[0], &day, &[], &MarkedWords);
        assert!(text.contains("<name>[RouteOf] 2026-11-26 — Léa Martin</name>"), "{text}");
        assert!(text.contains("<desc>F-1 — [Intervention] 08:15–08:45 · [WindowShort] 08:00–10:00 · [PhoneShort] 04"));
        assert!(!text.contains("créneau") && !text.contains("Tournée du"), "no word of its own");
    }
}
