//! A technician's day report as a JSON file: the stops, their planned and recorded times, the
//! outcome, the time on site, the signature and the photos, for the operator's records (see [`crate::model::DayReport`]).

use crate::model::DayReport;
use serde::Serialize;

/// Names the file's kind, so that it is not mistaken for a plan or a day file.
const FORMAT: &str = "tournee-day-report";
/// The version of this file's shape.
const VERSION: u64 = 1;

/// The file: its kind and version, then the report.
#[derive(Serialize)]
struct Envelope<'a> {
    format: &'a str,
    version: u64,
    #[serde(flatten)]
    report: &'a DayReport,
}

/// The report as pretty JSON.
pub fn write_day_report_json(report: &DayReport) -> String {
    // Plain structs with string keys and whole numbers: serialising cannot fail.
    serde_json::to_string_pretty(&Envelope { format: FORMAT, version: VERSION, report })
        .expect("a report always serialises to JSON")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{day_report, DayProgress, EventKind, ProgressEvent};

    #[test]
    fn the_file_names_its_kind_and_holds_each_stop_with_what_happened() {
        let (day, plan) = (super::super::export_fixture::day(), super::super::export_fixture::plan());
        let route = &plan.technicians[0];
        let first = route.stops.iter().find(|stop| !stop.is_break).unwrap();
        let mut log = DayProgress::new(&day.date.to_string());
        let at = |time: &str| time.parse().unwrap();
        log.record(ProgressEvent { intervention: first.id.clone(), at: at("09:00"), kind: EventKind::Arrived })
            .unwrap();
        log.record(ProgressEvent { intervention: first.id.clone(), at: at("09:40"), kind: EventKind::Done }).unwrap();
        let file = EventKind::Signed { file: "proof.signature".into() };
        log.record(ProgressEvent { intervention: first.id.clone(), at: at("09:41"), kind: file }).unwrap();
        let photo = EventKind::Photo { file: "proof.photo.jpg".into(), bytes: 210_000 };
        log.record(ProgressEvent { intervention: first.id.clone(), at: at("09:42"), kind: photo }).unwrap();
        let text = write_day_report_json(&day_report(&day, route, &log));
        let json: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(json["format"], "tournee-day-report");
        assert_eq!(json["version"], 1);
        assert_eq!(json["technician"], route.technician.as_str());
        assert_eq!(json["date"], day.date.to_string());
        let stop = &json["stops"][0];
        assert_eq!(stop["id"], first.id.as_str());
        assert_eq!(stop["outcome"], serde_json::json!({ "status": "done", "at": "09:40" }));
        assert_eq!((stop["arrived"].as_str(), stop["on_site_min"].as_u64()), (Some("09:00"), Some(40)));
        assert_eq!(
            (stop["signed_at"].as_str(), stop["signature_file"].as_str()),
            (Some("09:41"), Some("proof.signature"))
        );
        assert!(json["stops"][1]["signed_at"].is_null(), "not signed");
        assert_eq!(stop["photos"], serde_json::json!([{ "at": "09:42", "file": "proof.photo.jpg", "bytes": 210_000 }]));
        let visits = route.stops.iter().filter(|stop| !stop.is_break).count();
        assert_eq!(json["stops"].as_array().unwrap().len(), visits);
        assert!(json["stops"][1]["outcome"]["status"] == "not_visited");
    }
}
