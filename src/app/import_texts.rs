//! What went wrong with an import, in the user's language: the core says which problem it is,
//! with its data and where in the file; this words it, in French or in English.

use super::day_import::ImportIssue;
use super::i18n::Language;
use crate::io::{CsvError, CsvWarning, Location, TechnicianProblem};

/// « "a", "b" », as the English texts quote a list of names.
fn quoted(names: &[String]) -> String {
    names.iter().map(|name| format!("\"{name}\"")).collect::<Vec<_>>().join(", ")
}

impl Language {
    /// « ligne 4, colonne créneaux », "line 4, column créneaux" (the column as the header names it).
    pub fn location(self, location: &Location) -> String {
        match (self, &location.column) {
            (Language::Fr, Some(column)) => format!("ligne {}, colonne {column}", location.line),
            (Language::Fr, None) => format!("ligne {}", location.line),
            (Language::En, Some(column)) => format!("line {}, column {column}", location.line),
            (Language::En, None) => format!("line {}", location.line),
        }
    }

    /// One problem of an import, with where it is.
    pub fn import_issue(self, issue: &ImportIssue) -> String {
        let mebibytes = |max: usize| max / (1024 * 1024);
        match (self, issue) {
            (Language::Fr, ImportIssue::TooBig { file, bytes, max }) => format!(
                "{}trop gros : {}, au plus {} Mo ; rien n'a été importé",
                file.as_ref().map_or("texte ".to_string(), |name| format!("{name} : ")),
                self.size(*bytes as u64),
                mebibytes(*max)
            ),
            (Language::En, ImportIssue::TooBig { file, bytes, max }) => format!(
                "{}too large: {}, at most {} MB; nothing was imported",
                file.as_ref().map_or("text ".to_string(), |name| format!("{name}: ")),
                self.size(*bytes as u64),
                mebibytes(*max)
            ),
            (Language::Fr, ImportIssue::FileUnreadable { file }) => {
                format!("{file} : lecture du fichier impossible ; rien n'a été importé")
            }
            (Language::En, ImportIssue::FileUnreadable { file }) => {
                format!("{file}: the file could not be read; nothing was imported")
            }
            (Language::Fr, ImportIssue::DayNotLoaded) => "la journée n'est pas encore chargée ; rien n'a été importé".into(),
            (Language::En, ImportIssue::DayNotLoaded) => "the day is not loaded yet; nothing was imported".into(),
            (Language::Fr, ImportIssue::OverPlannerLimit { interventions, max }) => format!(
                "la journée compterait {interventions} interventions : l'optimiseur en planifie au plus {max} ; rien n'a été importé"
            ),
            (Language::En, ImportIssue::OverPlannerLimit { interventions, max }) => format!(
                "the day would hold {interventions} jobs: the planner plans at most {max}; nothing was imported"
            ),
            (_, ImportIssue::Row(row)) => self.located(&row.location, &self.csv_error(&row.error)),
            (_, ImportIssue::DayFile(file)) => self.located(&file.location, &self.day_file_error(&file.error)),
        }
    }

    /// An id typed in a form that another record already has.
    pub fn id_taken(self, id: &str) -> String {
        match self {
            Language::Fr => format!("« {id} » est déjà utilisé"),
            Language::En => format!("\"{id}\" is already used"),
        }
    }

    /// The colon between a name and what is said of it: « : » in French, ": " in English.
    pub fn colon(self) -> &'static str {
        match self {
            Language::Fr => " : ",
            Language::En => ": ",
        }
    }

    /// « ligne 4 : … », "line 4: …".
    fn located(self, location: &Location, what: &str) -> String {
        format!("{}{}{what}", self.location(location), self.colon())
    }

    /// A remark of an import, with where it is.
    pub fn import_warning(self, location: &Location, warning: &CsvWarning) -> String {
        self.located(location, &self.csv_warning(warning))
    }

    /// Why a CSV file or row was refused.
    pub fn csv_error(self, error: &CsvError) -> String {
        let fr = self == Language::Fr;
        match error {
            CsvError::TooLarge { bytes, max } if fr => {
                format!("texte trop long : {bytes} octets, au plus {max} (découpez le fichier)")
            }
            CsvError::TooLarge { bytes, max } => {
                format!("text too long: {bytes} bytes, at most {max} (split the file)")
            }
            CsvError::TooManyRows { rows, max } if fr => {
                format!("trop de lignes : {rows} interventions, au plus {max} (découpez le fichier)")
            }
            CsvError::TooManyRows { rows, max } => {
                format!("too many rows: {rows} jobs, at most {max} (split the file)")
            }
            CsvError::Empty if fr => "fichier vide : aucune ligne d'en-tête".into(),
            CsvError::Empty => "empty file: no header line".into(),
            CsvError::UnclosedQuote if fr => "guillemet ouvert jamais refermé : la suite du fichier est ignorée".into(),
            CsvError::UnclosedQuote => "a quote is opened and never closed: the rest of the file is ignored".into(),
            CsvError::MissingColumn(column) if fr => format!("colonne obligatoire absente de l'en-tête : « {column} »"),
            CsvError::MissingColumn(column) => format!("required column missing from the header: \"{column}\""),
            CsvError::MissingPlaceColumns if fr => {
                "colonne obligatoire absente de l'en-tête : « commune (ou latitude et longitude) »".into()
            }
            CsvError::MissingPlaceColumns => {
                "required column missing from the header: \"commune\" (or \"latitude\" and \"longitude\")".into()
            }
            CsvError::FieldCount { expected, found } if fr => format!(
                "{found} champs au lieu de {expected} (séparateur ou retour à la ligne dans un texte sans guillemets ?)"
            ),
            CsvError::FieldCount { expected, found } => {
                format!("{found} fields instead of {expected} (a separator or a line break in a text without quotes?)")
            }
            CsvError::MissingValue if fr => "valeur obligatoire manquante".into(),
            CsvError::MissingValue => "required value missing".into(),
            CsvError::DuplicateId { id, first_line } if fr => {
                format!("identifiant « {id} » déjà utilisé ligne {first_line}")
            }
            CsvError::DuplicateId { id, first_line } => format!("id \"{id}\" already used on line {first_line}"),
            CsvError::NoLocation if fr => {
                "aucun lieu : indiquez une commune, un code postal, ou latitude et longitude".into()
            }
            CsvError::NoLocation => "no place: give a commune, a postal code, or latitude and longitude".into(),
            CsvError::Number(text) if fr => format!("nombre illisible « {text} »"),
            CsvError::Number(text) => format!("unreadable number \"{text}\""),
            CsvError::Coordinate(error) => self.coordinate_error(error),
            CsvError::Commune(error) => self.commune_error(error),
            CsvError::Window(error) => self.time_error(error),
            CsvError::Duration(text) if fr => {
                format!("durée illisible « {text} » (attendu en minutes : 90, 45 min, 1h30)")
            }
            CsvError::Duration(text) => {
                format!("unreadable duration \"{text}\" (expected in minutes: 90, 45 min, 1h30)")
            }
            CsvError::DurationNotPositive(text) if fr => format!("durée nulle ou négative « {text} »"),
            CsvError::DurationNotPositive(text) => format!("zero or negative duration \"{text}\""),
            CsvError::DurationTooLong(text) if fr => format!("durée de plus de 24 h « {text} »"),
            CsvError::DurationTooLong(text) => format!("duration over 24 h \"{text}\""),
            CsvError::UnknownSkill(text) if fr => {
                format!("compétence inconnue « {text} » (attendu : fibre, cuivre, génie civil, poteau)")
            }
            CsvError::UnknownSkill(text) => {
                format!("unknown skill \"{text}\" (expected: fibre, cuivre, génie civil, poteau)")
            }
            CsvError::UnknownPriority(text) if fr => {
                format!("priorité inconnue « {text} » (attendu : vital, urgence, normale, basse)")
            }
            CsvError::UnknownPriority(text) => {
                format!("unknown priority \"{text}\" (expected: vital, urgence, normale, basse)")
            }
            CsvError::UnknownInclusion(text) if fr => format!("valeur inconnue « {text} » (attendu : oui ou non)"),
            CsvError::UnknownInclusion(text) => format!("unknown value \"{text}\" (expected: oui or non)"),
            CsvError::UnreadableDate(text) if fr => {
                format!("date illisible « {text} » (attendu : 2026-12-08 ou 08/12/2026)")
            }
            CsvError::UnreadableDate(text) => {
                format!("unreadable date \"{text}\" (expected: 2026-12-08 or 08/12/2026)")
            }
            CsvError::ImpossibleDate(text) if fr => format!("date impossible « {text} » : ce jour n'existe pas"),
            CsvError::ImpossibleDate(text) => format!("impossible date \"{text}\": no such day"),
        }
    }

    /// A remark that refused nothing.
    pub fn csv_warning(self, warning: &CsvWarning) -> String {
        let fr = self == Language::Fr;
        match warning {
            CsvWarning::UnknownColumns(columns) if fr => {
                format!("colonnes inconnues ignorées : « {} »", columns.join(" », « "))
            }
            CsvWarning::UnknownColumns(columns) => format!("unknown columns ignored: {}", quoted(columns)),
            CsvWarning::DuplicateColumn { ignored, kept } if fr => {
                format!("colonne « {ignored} » ignorée : « {kept} » donne déjà cette donnée")
            }
            CsvWarning::DuplicateColumn { ignored, kept } => {
                format!("column \"{ignored}\" ignored: \"{kept}\" already gives this data")
            }
            CsvWarning::HalfCoordinate { given, missing } if fr => {
                format!("« {given} » sans « {missing} » : le lieu est pris à la commune")
            }
            CsvWarning::HalfCoordinate { given, missing } => {
                format!("\"{given}\" without \"{missing}\": the place is taken from the commune")
            }
            CsvWarning::SwappedCoordinates { commune } if fr => format!(
                "point loin des Alpes-de-Haute-Provence, mais près de {commune} si on inverse latitude et longitude"
            ),
            CsvWarning::SwappedCoordinates { commune } => format!(
                "point far from Alpes-de-Haute-Provence, but near {commune} with latitude and longitude swapped"
            ),
            CsvWarning::Windows1252 if fr => {
                "fichier lu en Windows-1252 (il n'est pas en UTF-8) : vérifiez les accents".into()
            }
            CsvWarning::Windows1252 => "file read as Windows-1252 (it is not UTF-8): check the accents".into(),
        }
    }

    /// What is wrong with a field of a technician's profile.
    pub fn technician_problem(self, problem: &TechnicianProblem) -> String {
        match (self, problem) {
            (Language::Fr, TechnicianProblem::Required) => "à remplir".into(),
            (Language::En, TechnicianProblem::Required) => "required".into(),
            (_, TechnicianProblem::Time(error)) => self.time_error(error),
            (Language::Fr, TechnicianProblem::EndBeforeStart { start, end }) => {
                format!("fin {end} avant début {start}")
            }
            (Language::En, TechnicianProblem::EndBeforeStart { start, end }) => {
                format!("ends {end} before it starts {start}")
            }
            (_, TechnicianProblem::Place(error)) => self.place_error(error),
            (_, TechnicianProblem::Duration(error)) => self.csv_error(error),
            (_, TechnicianProblem::Skills(errors)) => {
                let separator = if self == Language::Fr { " ; " } else { "; " };
                errors.iter().map(|e| self.csv_error(e)).collect::<Vec<_>>().join(separator)
            }
            (Language::Fr, TechnicianProblem::WholeNumber(text)) => format!("nombre entier attendu : « {text} »"),
            (Language::En, TechnicianProblem::WholeNumber(text)) => format!("a whole number is expected: \"{text}\""),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::{
        import_interventions_csv, read_day_json, technician_from_fields, DateChar, DateError, DayFileError,
        TechnicianFields,
    };
    use crate::model::{DayError, TimeError};
    use crate::road::CoordinateError;

    const WITH_ERRORS: &str = include_str!("../../static/demo/interventions-erreurs.csv");

    #[test]
    fn every_problem_of_the_demo_file_with_errors_is_worded_in_both_languages() {
        let import = import_interventions_csv(WITH_ERRORS);
        let french = [
            "ligne 3, colonne durée : durée nulle ou négative « 0 »",
            "ligne 3, colonne créneaux : créneau impossible : fin 08:00 avant début 10:00",
            "ligne 4, colonne commune : « Saint-Julien » désigne 2 communes, précisez : Saint-Julien-d'Asse (04182), \
             Saint-Julien-du-Verdon (04183)",
            "ligne 4, colonne compétences : compétence inconnue « plomberie »",
            "ligne 7, colonne id : identifiant « OK-1 » déjà utilisé ligne 2",
            "ligne 9, colonne lat : latitude invalide : 144.2",
            "ligne 9, colonne priorité : priorité inconnue « haute »",
            "ligne 10 : 7 champs au lieu de 13",
            "ligne 11, colonne id : valeur obligatoire manquante",
            "ligne 11, colonne commune : commune inconnue : « Castelane » ; vouliez-vous dire : Castellane (04039)",
            "ligne 13, colonne code postal : « 04170 » désigne 11 communes",
            "ligne 14, colonne durée : durée illisible « une heure »",
            "ligne 14, colonne obligatoire : valeur inconnue « peut-être »",
        ];
        assert_eq!(import.errors.len(), french.len(), "{:?}", import.errors);
        for (row, start) in import.errors.iter().zip(french) {
            let issue = ImportIssue::Row(row.clone());
            let (fr, en) = (Language::Fr.import_issue(&issue), Language::En.import_issue(&issue));
            assert!(fr.starts_with(start), "{fr}\n  should start with\n{start}");
            assert!(en.starts_with(&format!("line {}", row.location.line)), "{en}");
            assert!(!en.contains("ligne") && !en.contains(" : ") && !en.contains('«'), "French left in: {en}");
        }
        let warning = &import.warnings[0];
        assert_eq!(
            Language::Fr.import_warning(&warning.location, &warning.error),
            "ligne 1 : colonnes inconnues ignorées : « couleur »"
        );
        assert_eq!(
            Language::En.import_warning(&warning.location, &warning.error),
            "line 1: unknown columns ignored: \"couleur\""
        );
    }

    #[test]
    fn a_window_a_date_and_a_size_read_as_each_language_writes_them() {
        let row = import_interventions_csv("id;client;commune;durée;créneaux\nA;B;Colmars;30;16:00-14:00");
        let issue = ImportIssue::Row(row.errors[0].clone());
        assert_eq!(
            Language::En.import_issue(&issue),
            "line 2, column créneaux: impossible window: ends 14:00 before it starts 16:00"
        );
        assert_eq!(
            Language::Fr.import_issue(&issue),
            "ligne 2, colonne créneaux : créneau impossible : fin 14:00 avant début 16:00"
        );
        let day = read_day_json(r#"{"date":"2026-02-30","technicians":[],"interventions":[]}"#).unwrap_err();
        assert_eq!(
            Language::En.import_issue(&ImportIssue::DayFile(day)),
            "line 1, column 20: date: impossible date \"2026-02-30\": that month has only 28 days"
        );
        let big = ImportIssue::TooBig { file: None, bytes: 5_200_000, max: 5 * 1024 * 1024 };
        assert_eq!(Language::Fr.import_issue(&big), "texte trop gros : 5,2 Mo, au plus 5 Mo ; rien n'a été importé");
        assert_eq!(Language::En.import_issue(&big), "text too large: 5.2 MB, at most 5 MB; nothing was imported");
        let file = ImportIssue::TooBig { file: Some("tempête.csv".into()), bytes: 7_340_000, max: 5 * 1024 * 1024 };
        assert_eq!(
            Language::En.import_issue(&file),
            "tempête.csv: too large: 7.3 MB, at most 5 MB; nothing was imported"
        );
    }

    #[test]
    fn every_wrong_field_of_a_technician_is_said_in_english_too() {
        let fields = TechnicianFields {
            id: "T1".into(),
            name: " ".into(),
            start: "7h30".into(),
            end: "07:00".into(),
            home: "04370".into(),
            end_place: "144.1, 6.5".into(),
            lunch_window: "11h45-14h".into(),
            skills: "plomberie".into(),
            max_jobs: "beaucoup".into(),
            overtime: "-1h".into(),
            ..TechnicianFields::default()
        };
        let problems = technician_from_fields(&fields).unwrap_err();
        assert!(problems.len() >= 7, "{problems:?}");
        let english: Vec<String> = problems.iter().map(|(_, p)| Language::En.technician_problem(p)).collect();
        for (text, (_, problem)) in english.iter().zip(&problems) {
            assert_ne!(*text, Language::Fr.technician_problem(problem), "{problem:?} is said in French only");
            assert!(!text.contains('«') && !text.contains(" : "), "French left in: {text}");
        }
        assert!(english.contains(&"required".to_string()), "{english:?}");
        assert!(english.contains(&"ends 07:00 before it starts 07:30".to_string()), "{english:?}");
        assert!(english.iter().any(|t| t.starts_with("\"04370\" names 3 communes, say which")), "{english:?}");
        assert!(english.iter().any(|t| t.starts_with("invalid latitude: 144.1")), "{english:?}");
        assert!(english.contains(&"a whole number is expected: \"beaucoup\"".to_string()), "{english:?}");
    }

    #[test]
    fn every_import_error_reads_in_both_languages_and_the_english_has_no_french() {
        use crate::model::TimeOfDay;
        let (start, end) = (TimeOfDay::from_hm(10, 0).unwrap(), TimeOfDay::from_hm(8, 0).unwrap());
        let text = || "x".to_string();
        let csv = [
            CsvError::TooLarge { bytes: 9, max: 5 },
            CsvError::TooManyRows { rows: 9, max: 5 },
            CsvError::Empty,
            CsvError::UnclosedQuote,
            CsvError::MissingColumn("id".into()),
            CsvError::MissingPlaceColumns,
            CsvError::FieldCount { expected: 5, found: 2 },
            CsvError::MissingValue,
            CsvError::DuplicateId { id: text(), first_line: 2 },
            CsvError::NoLocation,
            CsvError::Number(text()),
            CsvError::Coordinate(CoordinateError::Latitude(91.0)),
            CsvError::Coordinate(CoordinateError::Longitude(181.0)),
            CsvError::Commune(crate::road::CommuneError::Empty),
            CsvError::Window(TimeError::Unreadable(text())),
            CsvError::Window(TimeError::OutOfDay(text())),
            CsvError::Window(TimeError::EndBeforeStart { start, end }),
            CsvError::Duration(text()),
            CsvError::DurationNotPositive(text()),
            CsvError::DurationTooLong(text()),
            CsvError::UnknownSkill(text()),
            CsvError::UnknownPriority(text()),
            CsvError::UnknownInclusion(text()),
            CsvError::UnreadableDate(text()),
            CsvError::ImpossibleDate(text()),
        ];
        let mut texts: Vec<(String, String)> =
            csv.iter().map(|e| (Language::Fr.csv_error(e), Language::En.csv_error(e))).collect();
        let warnings = [
            CsvWarning::UnknownColumns(vec![text()]),
            CsvWarning::DuplicateColumn { ignored: text(), kept: text() },
            CsvWarning::HalfCoordinate { given: "lat".into(), missing: "lon".into() },
            CsvWarning::SwappedCoordinates { commune: "Allos".into() },
            CsvWarning::Windows1252,
        ];
        texts.extend(warnings.iter().map(|w| (Language::Fr.csv_warning(w), Language::En.csv_warning(w))));
        let dates = [
            DateError::Shape { text: text(), column: 5, expected: DateChar::Hyphen },
            DateError::Month { text: text(), month: 13 },
            DateError::Day { text: text(), days_in_month: 28 },
        ];
        texts.extend(dates.iter().map(|d| {
            let file = DayFileError::Date(d.clone());
            (Language::Fr.day_file_error(&file), Language::En.day_file_error(&file))
        }));
        for day in [DayError::DuplicateIntervention(text()), DayError::ShiftEndsBeforeStart(text())] {
            texts.push((Language::Fr.day_error(&day), Language::En.day_error(&day)));
        }
        let problems = [
            TechnicianProblem::Required,
            TechnicianProblem::EndBeforeStart { start, end },
            TechnicianProblem::Skills(vec![CsvError::UnknownSkill(text()), CsvError::UnknownSkill(text())]),
            TechnicianProblem::WholeNumber(text()),
        ];
        texts.extend(problems.iter().map(|p| (Language::Fr.technician_problem(p), Language::En.technician_problem(p))));
        for (fr, en) in texts {
            assert_ne!(fr, en);
            assert!(!fr.is_empty() && !en.is_empty());
            assert!(super::super::i18n::french_signs(&en).is_empty(), "French left in: {en}");
        }
        let located = Location { line: 4, column: Some("créneaux".into()) };
        assert_eq!(Language::Fr.location(&located), "ligne 4, colonne créneaux");
        assert_eq!(Language::En.location(&Location { line: 4, column: None }), "line 4");
    }
}
