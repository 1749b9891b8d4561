//! The words of exported files (calendar, GPS track, spreadsheet) in the user's language, and
//! why an export could not be handed over.

use super::download::OfferError;
use super::i18n::Language;
use super::texts::StopText;
use crate::io::{ExportError, ExportWord, ExportWords, PLAN_CSV_COLUMNS};
use crate::model::UnplannedJob;

/// The spreadsheet's column titles in French, as the office's other files have them.
const FRENCH_HEADER: [&str; PLAN_CSV_COLUMNS] = [
    "technicien",
    "ordre",
    "id",
    "client",
    "téléphone",
    "arrivée",
    "début",
    "fin",
    "créneau",
    "attente_min",
    "marge_min",
    "retard_min",
    "trajet_min",
    "estimé",
    "lat",
    "lon",
    "notes",
    "non_planifiée_motif",
];

/// The spreadsheet's column titles in English.
const ENGLISH_HEADER: [&str; PLAN_CSV_COLUMNS] = [
    "technician",
    "order",
    "id",
    "customer",
    "phone",
    "arrival",
    "start",
    "end",
    "window",
    "wait_min",
    "margin_min",
    "late_min",
    "drive_min",
    "estimated",
    "lat",
    "lon",
    "notes",
    "unplanned_reason",
];

impl ExportWords for Language {
    fn word(&self, word: ExportWord) -> &'static str {
        let (fr, en) = match word {
            ExportWord::RouteOf => ("Tournée du", "Route of"),
            ExportWord::LunchBreak => return self.tr(StopText::LunchBreak),
            ExportWord::TechnicianLabel => ("Technicien : ", "Technician: "),
            ExportWord::WindowLabel => ("Créneau : ", "Window: "),
            ExportWord::ArrivalLabel => ("Arrivée prévue : ", "Planned arrival: "),
            ExportWord::Waiting => ("attente", "wait"),
            ExportWord::DriveLabel => ("Trajet : ", "Drive: "),
            ExportWord::StraightLineEstimate => ("estimé à vol d'oiseau", "straight-line estimate"),
            ExportWord::LateLabel => ("Retard sur le créneau : ", "Late on the window: "),
            ExportWord::PhoneLabel => ("Téléphone : ", "Phone: "),
            ExportWord::NotesLabel => ("Notes : ", "Notes: "),
            ExportWord::AddressLabel => ("Adresse : ", "Address: "),
            ExportWord::BreakBetween => ("Pause à prendre entre", "Break to take between"),
            ExportWord::And => ("et", "and"),
            ExportWord::Intervention => ("intervention", "job"),
            ExportWord::WindowShort => ("créneau", "window"),
            ExportWord::PhoneShort => ("tél.", "tel."),
            ExportWord::Yes => ("oui", "yes"),
            ExportWord::No => ("non", "no"),
            ExportWord::DateColumn => ("date", "date"),
        };
        match self {
            Language::Fr => fr,
            Language::En => en,
        }
    }

    fn plan_csv_header(&self) -> [&'static str; PLAN_CSV_COLUMNS] {
        match self {
            Language::Fr => FRENCH_HEADER,
            Language::En => ENGLISH_HEADER,
        }
    }

    fn unplanned(&self, job: &UnplannedJob) -> String {
        Language::unplanned(*self, job)
    }
}

impl Language {
    /// Why a calendar could not be made.
    pub fn export_error(self, error: &ExportError) -> String {
        match (self, error) {
            (Language::Fr, ExportError::UnknownTechnician(id)) => format!("aucun technicien « {id} » dans le plan"),
            (Language::En, ExportError::UnknownTechnician(id)) => format!("no technician \"{id}\" in the plan"),
        }
    }

    /// Why the phone did not receive a file, with the browser's own words for support.
    pub fn offer_error(self, error: &OfferError) -> String {
        match self {
            Language::Fr => format!("téléchargement impossible : {}", error.0),
            Language::En => format!("download failed: {}", error.0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::export_fixture;
    use crate::io::{write_gpx, write_ics, write_plan_csv, UtcTime};

    /// Whether `text` holds a French word or French spacing of the exports.
    fn has_french(text: &str) -> bool {
        [
            "Tournée du",
            "Pause",
            "Créneau",
            "Trajet",
            "Arrivée",
            "Technicien",
            " : ",
            "attente",
            "créneau",
            "tél.",
            ";oui;",
            ";non;",
            "technicien;",
        ]
        .iter()
        .any(|word| text.contains(word))
    }

    #[test]
    fn english_exports_hold_no_french_and_french_ones_do() {
        let (day, mut plan) = (export_fixture::day(), export_fixture::plan());
        plan.technicians[0].stops[2].late_min = 5;
        let date = export_fixture::date();
        let stamp = UtcTime::from_unix_seconds(1_795_683_600);
        for language in Language::ALL {
            // Unfolded: a folded line goes on after a line break and one space.
            let ics = write_ics(date, &plan, &day, None, stamp, &language).unwrap().replace("\r\n ", "");
            let gpx = write_gpx(date, &plan.technicians[0], &day, &[], &language);
            let csv = write_plan_csv(&plan, &day, &language);
            for text in [&ics, &gpx, &csv] {
                assert_eq!(has_french(text), language == Language::Fr, "{language:?}: {text}");
            }
        }
    }

    #[test]
    fn every_word_and_header_differs_where_the_languages_do() {
        let (fr, en) = (Language::Fr.plan_csv_header(), Language::En.plan_csv_header());
        assert_eq!(fr.iter().zip(&en).filter(|(f, e)| f == e).count(), 4, "id, lat, lon and notes read the same");
        assert_eq!(Language::En.word(ExportWord::LunchBreak), "Lunch break");
        assert_eq!(Language::Fr.word(ExportWord::TechnicianLabel), "Technicien : ");
        assert_eq!(Language::En.word(ExportWord::TechnicianLabel), "Technician: ");
        let refused = OfferError("NotAllowedError".into());
        assert_eq!(Language::En.offer_error(&refused), "download failed: NotAllowedError");
        assert_eq!(Language::Fr.offer_error(&refused), "téléchargement impossible : NotAllowedError");
        let unknown = ExportError::UnknownTechnician("T9".into());
        assert_eq!(Language::En.export_error(&unknown), "no technician \"T9\" in the plan");
    }
}
