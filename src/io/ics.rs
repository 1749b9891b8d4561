//! A day's plan as an iCalendar file (RFC 5545), for the technician's phone calendar.
//!
//! One `VEVENT` per stop, from start to end of service, in UTC so that no calendar app has to
//! know Paris's clock changes. Lunch breaks are kept as their own events (category `PAUSE`,
//! busy time): a calendar showing the hour free would invite a customer call into it.
//!
//! A calendar may cover several days ([`write_ics_days`]): each stop is an event on its own
//! date, at that date's Paris time (a week may cross a clock change).

use super::export_error::ExportError;
use super::export_words::{ExportWord, ExportWords};
use super::ics_text::{escape_text, fold_line};
use super::paris_time::{paris_to_utc, UtcTime};
use super::planned_days::{date_range, PlannedDay, PlannedDays};
use crate::model::{Day, DayPlan, Intervention, IsoDate, PlannedStop, TechnicianPlan};

/// Product identifier written in every calendar (RFC 5545 §3.7.3).
const PRODID: &str = "-//Tournée//Plan du jour//FR";

/// The plan of `date` as an iCalendar file: every technician's stops, or only those of the
/// technician whose id is `technician`, its titles and labels in the language of `words`.
///
/// `stamp` is the `DTSTAMP` of every event, the moment the file is made (the caller's clock:
/// the browser has no `SystemTime`). Phone, notes and appointment windows come from the
/// interventions of `day`, matched by id; a stop missing from `day` is written without them.
/// Event ids are `<stop id>-<date>@tournee`, so re-importing an updated plan replaces the
/// events instead of duplicating them.
///
/// Returns the text with CRLF line ends, lines folded at 75 octets; errors for an unknown
/// technician.
///
/// Complexity: O(stops × interventions).
pub fn write_ics(
    date: IsoDate,
    plan: &DayPlan,
    day: &Day,
    technician: Option<&str>,
    stamp: UtcTime,
    words: &dyn ExportWords,
) -> Result<String, ExportError> {
    write_ics_days(&PlannedDays::from([(date, PlannedDay { day, plan })]), technician, stamp, words)
}

/// The plans of several dates as one iCalendar file, as [`write_ics`] writes one: every stop
/// an event on its own date, dates in order, each technician's stops in visiting order.
///
/// The calendar is named after the first and last dates (« Tournée du 2026-12-08 – 2026-12-10 »,
/// or the one date as [`write_ics`] names it). With `technician`, only that technician's
/// stops, on the days they work; errors when no day's plan has them. No day gives an empty
/// calendar.
///
/// Complexity: O(stops × interventions of their day).
pub fn write_ics_days(
    days: &PlannedDays,
    technician: Option<&str>,
    stamp: UtcTime,
    words: &dyn ExportWords,
) -> Result<String, ExportError> {
    let named =
        days.values().find_map(|planned| chosen(planned.plan, technician).first().map(|tech| tech.name.clone()));
    if let (Some(id), None) = (technician, &named) {
        return Err(ExportError::UnknownTechnician(id.to_string()));
    }
    let route_of = words.word(ExportWord::RouteOf);
    let mut calendar_name = match date_range(days) {
        Some((first, last)) if first == last => format!("{route_of} {first}"),
        Some((first, last)) => format!("{route_of} {first} – {last}"),
        None => route_of.to_string(),
    };
    if let (Some(_), Some(name)) = (technician, named) {
        calendar_name = format!("{calendar_name} — {name}");
    }
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        format!("PRODID:{}", escape_text(PRODID)),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
        format!("X-WR-CALNAME:{}", escape_text(&calendar_name)),
    ];
    for (&date, planned) in days {
        for tech in chosen(planned.plan, technician) {
            for stop in &tech.stops {
                let event = Event { date, stamp, tech, stop, with_name: technician.is_none(), words };
                event.write(planned.day, &mut lines);
            }
        }
    }
    lines.push("END:VCALENDAR".to_string());
    Ok(lines.iter().map(|line| fold_line(line)).collect())
}

/// The technicians of `plan` a calendar is for: every one, or the one whose id is `technician`.
fn chosen<'a>(plan: &'a DayPlan, technician: Option<&str>) -> Vec<&'a TechnicianPlan> {
    plan.technicians.iter().filter(|tech| technician.is_none_or(|id| tech.technician == id)).collect()
}

/// One stop about to become a `VEVENT`.
struct Event<'a> {
    /// The plan's date.
    date: IsoDate,
    /// When the file is made.
    stamp: UtcTime,
    /// Whose stop it is.
    tech: &'a TechnicianPlan,
    /// The stop.
    stop: &'a PlannedStop,
    /// Whether the summary names the technician (a calendar of the whole crew).
    with_name: bool,
    /// The titles and labels, in the user's language.
    words: &'a dyn ExportWords,
}

impl Event<'_> {
    /// Appends the event's unfolded content lines to `lines`.
    fn write(&self, day: &Day, lines: &mut Vec<String>) {
        let stop = self.stop;
        let (start, end) = (paris_to_utc(self.date, stop.start), paris_to_utc(self.date, stop.end));
        let job = day.interventions.iter().find(|job| job.id == stop.id);
        let mut summary = if stop.is_break {
            self.words.word(ExportWord::LunchBreak).to_string()
        } else {
            format!("{} ({})", stop.customer, stop.id)
        };
        if self.with_name {
            summary = format!("{summary} — {}", self.tech.name);
        }
        let (lat, lon) = (stop.at.lat(), stop.at.lon());
        lines.extend([
            "BEGIN:VEVENT".to_string(),
            format!("UID:{}", escape_text(&format!("{}-{}@tournee", stop.id, self.date))),
            format!("DTSTAMP:{}", self.stamp.to_ics()),
            format!("DTSTART:{}", start.to_ics()),
            format!("DTEND:{}", end.to_ics()),
            format!("SUMMARY:{}", escape_text(&summary)),
            format!("LOCATION:{}", escape_text(&format!("{lat:.6},{lon:.6}"))),
            format!("GEO:{lat:.6};{lon:.6}"),
            format!("DESCRIPTION:{}", escape_text(&self.description(job))),
            format!("CATEGORIES:{}", if stop.is_break { "PAUSE" } else { "INTERVENTION" }),
            "TRANSP:OPAQUE".to_string(),
            "END:VEVENT".to_string(),
        ]);
    }

    /// What the technician reads when opening the event, one fact per line.
    fn description(&self, job: Option<&Intervention>) -> String {
        let (stop, word) = (self.stop, |word| self.words.word(word));
        let mut facts = vec![format!("{}{}", word(ExportWord::TechnicianLabel), self.tech.name)];
        if stop.is_break {
            if let Some(window) = &stop.window {
                let (between, and) = (word(ExportWord::BreakBetween), word(ExportWord::And));
                facts.push(format!("{between} {} {and} {}", window.start(), window.end()));
            }
            return facts.join("\n");
        }
        if let Some(window) = &stop.window {
            facts.push(format!("{}{window}", word(ExportWord::WindowLabel)));
        }
        let wait = if stop.wait_min > 0 {
            format!(" ({} {} min)", word(ExportWord::Waiting), stop.wait_min)
        } else {
            String::new()
        };
        facts.push(format!("{}{}{wait}", word(ExportWord::ArrivalLabel), stop.arrival));
        let estimated =
            if stop.travel_estimated { format!(", {}", word(ExportWord::StraightLineEstimate)) } else { String::new() };
        facts.push(format!("{}{} min{estimated}", word(ExportWord::DriveLabel), stop.travel_min));
        if stop.late_min > 0 {
            facts.push(format!("{}{} min", word(ExportWord::LateLabel), stop.late_min));
        }
        if let Some(address) = job.and_then(|job| job.address.as_deref()) {
            facts.push(format!("{}{address}", word(ExportWord::AddressLabel)));
        }
        if let Some(phone) = job.and_then(|job| job.phone.as_deref()) {
            facts.push(format!("{}{phone}", word(ExportWord::PhoneLabel)));
        }
        if let Some(notes) = job.map(|job| job.notes.trim()).filter(|notes| !notes.is_empty()) {
            facts.push(format!("{}{notes}", word(ExportWord::NotesLabel)));
        }
        facts.join("\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::export_fixture::{self, FrenchWords};
    use crate::io::ics_text::{unescape_text, unfold};

    /// 2026-11-26T09:00:00Z.
    const STAMP: i64 = 1_795_683_600;

    fn ics(date: &str, technician: Option<&str>) -> String {
        let (day, plan) = (export_fixture::day(), export_fixture::plan());
        write_ics(date.parse().unwrap(), &plan, &day, technician, UtcTime::from_unix_seconds(STAMP), &FrenchWords)
            .unwrap()
    }

    /// The events of a calendar, each as its (name, raw value) properties.
    fn events(text: &str) -> Vec<Vec<(String, String)>> {
        let mut events = Vec::new();
        for line in unfold(text) {
            let (name, value) = line.split_once(':').expect("every content line has a colon");
            match (name, value) {
                ("BEGIN", "VEVENT") => events.push(Vec::new()),
                ("END", _) | ("BEGIN", _) => {}
                _ => {
                    if let Some(event) = events.last_mut() {
                        event.push((name.to_string(), value.to_string()));
                    }
                }
            }
        }
        events
    }

    fn property<'a>(event: &'a [(String, String)], name: &str) -> &'a str {
        event.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str()).unwrap_or_default()
    }

    #[test]
    fn a_winter_day_is_one_hour_ahead_of_utc() {
        let text = ics("2026-11-26", Some("T1"));
        assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tournée//Plan du jour//FR\r\n"));
        assert!(text.contains("\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n"));
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        assert!(!text.replace("\r\n", "").contains('\n'), "no bare line feed");
        let events = events(&text);
        assert_eq!(events.len(), 3, "two customers and the lunch break");
        let first = &events[0];
        assert_eq!(property(first, "UID"), "F-1-2026-11-26@tournee");
        assert_eq!(property(first, "DTSTAMP"), "20261126T090000Z");
        assert_eq!(property(first, "DTSTART"), "20261126T071500Z");
        assert_eq!(property(first, "DTEND"), "20261126T074500Z");
        assert_eq!(property(first, "SUMMARY"), "Mairie de Thorame (F-1)");
        assert_eq!(unescape_text(property(first, "LOCATION")), "44.100000,6.550000");
        assert_eq!(property(first, "GEO"), "44.100000;6.550000");
        assert_eq!(
            unescape_text(property(first, "DESCRIPTION")),
            "Technicien : Léa Martin\nCréneau : 08:00–10:00\nArrivée prévue : 08:10 (attente 5 min)\n\
             Trajet : 25 min\nTéléphone : 04 92 83 90 12\nNotes : Clé à l'accueil"
        );
        let lunch = &events[1];
        assert_eq!(property(lunch, "UID"), "pause-T1-2026-11-26@tournee");
        assert_eq!(property(lunch, "SUMMARY"), "Pause déjeuner");
        assert_eq!(property(lunch, "CATEGORIES"), "PAUSE");
        assert_eq!(property(lunch, "DTSTART"), "20261126T110000Z");
    }

    #[test]
    fn a_summer_day_is_two_hours_ahead_of_utc() {
        let events = events(&ics("2026-07-14", Some("T1")));
        assert_eq!(property(&events[0], "UID"), "F-1-2026-07-14@tournee");
        assert_eq!(property(&events[0], "DTSTART"), "20260714T061500Z");
        assert_eq!(property(&events[0], "DTEND"), "20260714T064500Z");
        assert_eq!(property(&events[2], "DTSTART"), "20260714T111000Z");
    }

    #[test]
    fn notes_with_separators_and_line_breaks_are_escaped() {
        let text = ics("2026-11-26", Some("T1"));
        let events = events(&text);
        let raw = property(&events[2], "DESCRIPTION");
        assert!(raw.contains("Code portail 12\\;34\\nChien \"Rex\" dans la cour"), "{raw}");
        assert!(raw.contains("Trajet : 25 min\\, estimé"), "{raw}");
        assert_eq!(property(&events[2], "SUMMARY"), "Dupont & Fils <SARL> (F-2)");
        let description = unescape_text(raw);
        assert!(description.ends_with("Notes : Code portail 12;34\nChien \"Rex\" dans la cour"), "{description}");
    }

    #[test]
    fn a_long_accented_description_folds_and_unfolds_exactly() {
        let (mut day, plan) = (export_fixture::day(), export_fixture::plan());
        let notes = "Prévenir Mᵐᵉ Gérard ; clé chez le voisin, côté église — ⚠ chien 🐕. ".repeat(8);
        day.interventions[0].notes = notes.clone();
        let stamp = UtcTime::from_unix_seconds(STAMP);
        let text = write_ics(export_fixture::date(), &plan, &day, Some("T1"), stamp, &FrenchWords).unwrap();
        for line in text.split_terminator("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        let description = unescape_text(property(&events(&text)[0], "DESCRIPTION"));
        assert!(description.ends_with(&format!("Notes : {}", notes.trim())), "{description}");
    }

    #[test]
    fn the_crew_calendar_names_each_technician_and_unknown_ones_are_refused() {
        let events = events(&ics("2026-11-26", None));
        assert_eq!(events.len(), 4);
        assert_eq!(property(&events[3], "SUMMARY"), "Boulangerie Ève (F-3) — Karim Benali");
        let (day, plan) = (export_fixture::day(), export_fixture::plan());
        let stamp = UtcTime::from_unix_seconds(STAMP);
        assert_eq!(
            write_ics(export_fixture::date(), &plan, &day, Some("T9"), stamp, &FrenchWords),
            Err(ExportError::UnknownTechnician("T9".into()))
        );
    }

    #[test]
    fn every_label_comes_from_the_words_given() {
        let (mut day, plan) = (export_fixture::day(), export_fixture::plan());
        day.interventions[0].address = Some("Place de la Mairie".into());
        let stamp = UtcTime::from_unix_seconds(STAMP);
        let text =
            write_ics(export_fixture::date(), &plan, &day, Some("T1"), stamp, &export_fixture::MarkedWords).unwrap();
        let events = events(&text);
        assert!(text.contains("X-WR-CALNAME:[RouteOf] 2026-11-26 — Léa Martin"), "{text}");
        assert_eq!(property(&events[1], "SUMMARY"), "[LunchBreak]");
        assert_eq!(
            unescape_text(property(&events[1], "DESCRIPTION")),
            "[TechnicianLabel]Léa Martin\n[BreakBetween] 11:45 [And] 14:00"
        );
        let first = unescape_text(property(&events[0], "DESCRIPTION"));
        for label in [
            "[WindowLabel]08:00",
            "[ArrivalLabel]08:10 ([Waiting] 5 min)",
            "[DriveLabel]25 min",
            "[AddressLabel]Place de la Mairie\n[PhoneLabel]04",
        ] {
            assert!(first.contains(label), "{label} in {first}");
        }
        assert!(!first.contains("Créneau") && !first.contains("Trajet"), "no word of its own: {first}");
    }
}
