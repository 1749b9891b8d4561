//! Every sentence the command line writes itself (errors, usage, summaries), in French or in
//! English as the locale says ([`HelpLanguage::from_environment`]), as `--help` does.
//!
//! The core's errors a user meets (a pack, an extract, a day file) are worded by
//! [`super::core_errors`]; the system's errors and those only a developer meets (elevation
//! tiles, GeoJSON, Solomon files, routing) pass through in their own English; the command
//! line's words around them, and the spacing before a colon, follow the locale.

use super::help::{self, HelpLanguage};
use std::fmt;

/// A positional argument or an option a command needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Needed {
    /// The OpenStreetMap extract of `pack build`.
    Extract,
    /// The extract `synth department` copies.
    SourceExtract,
    /// The folder of `pack index`.
    PackFolder,
    /// The region pack of `route` and `matrix`.
    Pack,
    /// The day file of `solve`.
    DayFile,
    /// `-o`, the pack `pack build` writes.
    PackOutput,
    /// `-o`, the extract `synth department` writes.
    ExtractOutput,
    /// `--elevation-out`, where `synth department` writes its tiles.
    ElevationOut,
    /// `--points`, the places of `matrix`.
    Points,
    /// The interventions CSV of `import`.
    InterventionsFile,
    /// `--day`, the crew's model day of `import`.
    ModelDay,
    /// `-o`, the folder `import` and `export` write into.
    OutputFolder,
    /// `--format`, what `export` writes.
    ExportFormat,
}

impl Needed {
    fn text(self, language: HelpLanguage) -> &'static str {
        let (fr, en) = match self {
            Needed::Extract => ("extrait .osm.pbf", ".osm.pbf extract"),
            Needed::SourceExtract => ("extrait source .osm.pbf", "source .osm.pbf extract"),
            Needed::PackFolder => ("dossier des paquets", "folder of packs"),
            Needed::Pack => ("paquet de région", "region pack"),
            Needed::DayFile => ("fichier de journée (.json)", "day file (.json)"),
            Needed::PackOutput => ("-o <paquet.bin>", "-o <pack.bin>"),
            Needed::ExtractOutput => ("-o <sortie.osm.pbf>", "-o <output.osm.pbf>"),
            Needed::ElevationOut => ("--elevation-out <dossier>", "--elevation-out <folder>"),
            Needed::Points => ("--points <fichier.csv>", "--points <file.csv>"),
            Needed::InterventionsFile => ("fichier d'interventions (.csv)", "interventions file (.csv)"),
            Needed::ModelDay => ("--day <journée modèle.json>", "--day <model day.json>"),
            Needed::OutputFolder => ("-o <dossier>", "-o <folder>"),
            Needed::ExportFormat => ("--format ics|csv|json", "--format ics|csv|json"),
        };
        pick(language, fr, en)
    }
}

/// What is wrong with a `--bbox`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BboxProblem {
    /// A corner off the Earth, worded in the locale's language.
    Coordinate(String),
    /// A value is not a number.
    Unreadable,
    /// Not four values.
    NotFour,
    /// South above north, or west right of east.
    Reversed,
}

/// A sentence of the command line, with its data.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// `what` (a file, a folder, an option) and what went wrong with it.
    At {
        /// The file or option concerned.
        place: String,
        /// What went wrong, as the core or the system says it.
        error: String,
    },
    /// Line `line` of `file` and what is wrong with it.
    AtLine {
        /// The file.
        file: String,
        /// Its line, from 1.
        line: usize,
        /// What is wrong.
        error: String,
    },
    /// An option given last, without its value.
    OptionNeedsValue(String),
    /// A positional argument left out; the usage follows.
    MissingArgument(Needed),
    /// An option the command needs, left out.
    MissingOption(Needed),
    /// `--NAME LAT,LON` left out.
    MissingLatLon(String),
    /// `--metric` neither `time` nor `distance`.
    UnknownMetric(String),
    /// `--objective` neither `distance` nor `vehicles`.
    UnknownObjective(String),
    /// `--class` not one of Solomon's six.
    UnknownClass(String),
    /// `--date` not a calendar date.
    UnreadableDate(String),
    /// A place that is not `LAT,LON`.
    NotLatLon(String),
    /// A coordinate that is not a number.
    NotANumber(String),
    /// An option (`--seconds`) whose value is not a number.
    ExpectedNumber(&'static str),
    /// An option (`--seed`, `--iterations`) whose value is not a whole number.
    ExpectedWholeNumber(&'static str),
    /// `--workers` not a whole number of at least 1.
    ExpectedWorkers,
    /// `--margin-km` not a number.
    MarginNotNumber(String),
    /// `--margin-km` out of 0–100.
    MarginOutOfRange(String),
    /// The margin around a clipped area, in the build's summary.
    MarginLabel(f64),
    /// `--bbox` and `--within` both given.
    BboxAndWithin,
    /// A bad `--bbox`.
    BadBbox(String, BboxProblem),
    /// `--within` with a code outside the Alpes-de-Haute-Provence.
    WithinOutside04(String),
    /// `--within` neither a file nor codes.
    WithinUnknown(String),
    /// `--elevation` names a folder without tiles.
    NoTilesInFolder(String),
    /// `--grid` not `ROWSxCOLS` of 1–10.
    BadGrid(String),
    /// A benchmark table lacking a column.
    MissingColumn {
        /// The table's file.
        file: String,
        /// The column.
        column: String,
    },
    /// A road network with no junction.
    EmptyNetwork,
    /// An extract with no node.
    ExtractWithoutNodes,
    /// An extract whose main roads have no junction.
    NoMainJunction,
    /// A command given nothing to work on: its usage.
    Usage(&'static [&'static str]),
    /// One pack of the deployed list written by `pack index`.
    IndexedPack {
        /// Its file name.
        file: String,
        /// Its region's name.
        name: String,
        /// Its junctions.
        junctions: usize,
        /// Its size.
        bytes: u64,
    },
    /// `--format` of `export` neither `ics`, `csv` nor `json`.
    UnknownExportFormat(String),
    /// An interventions file with problems: nothing was imported; each problem follows.
    ImportRefused {
        /// The file.
        file: String,
        /// How many problems it has.
        problems: usize,
    },
    /// A day file written by `import`.
    DayWritten {
        /// The file written.
        path: String,
        /// Its interventions.
        interventions: usize,
    },
    /// Two day files given to `export` for the same date.
    SameDateTwice {
        /// The date.
        date: String,
        /// The first file of that date.
        first: String,
        /// The second.
        second: String,
    },
    /// The file written by `export`, covering `days` dates.
    ExportWritten {
        /// The file.
        path: String,
        /// Its dates.
        days: usize,
    },
    /// The deployed list was written, with `count` packs.
    IndexWritten {
        /// The index file.
        path: String,
        /// Packs listed.
        count: usize,
    },
}

/// `fr` or `en`.
fn pick(language: HelpLanguage, fr: &'static str, en: &'static str) -> &'static str {
    match language {
        HelpLanguage::Fr => fr,
        HelpLanguage::En => en,
    }
}

/// `count` and the word for it, singular or plural by the language's rule: French keeps 0 and 1
/// singular, English 1 only (« 1 problème », "0 problems").
fn counted(language: HelpLanguage, count: usize, french: (&str, &str), english: (&str, &str)) -> String {
    let ((one, many), singular) = match language {
        HelpLanguage::Fr => (french, count <= 1),
        HelpLanguage::En => (english, count == 1),
    };
    format!("{count} {}", if singular { one } else { many })
}

impl Message {
    /// `place`, then what went wrong with it: « paquet.bin : … », "pack.bin: …".
    pub fn at(place: impl fmt::Display, error: impl fmt::Display) -> Message {
        Message::At { place: place.to_string(), error: error.to_string() }
    }

    /// The sentence in `language`.
    pub fn text(&self, language: HelpLanguage) -> String {
        let fr = language == HelpLanguage::Fr;
        let colon = pick(language, " : ", ": ");
        let quoted = |text: &str| if fr { format!("« {text} »") } else { format!("\"{text}\"") };
        match self {
            Message::At { place, error } => format!("{place}{colon}{error}"),
            Message::AtLine { file, line, error } => {
                format!("{file}, {} {line}{colon}{error}", pick(language, "ligne", "line"))
            }
            Message::OptionNeedsValue(option) if fr => format!("l'option {option} attend une valeur"),
            Message::OptionNeedsValue(option) => format!("option {option} needs a value"),
            Message::MissingArgument(what) if fr => format!("{} manquant\n{}", what.text(language), help::overview(language)),
            Message::MissingArgument(what) => format!("missing {}\n{}", what.text(language), help::overview(language)),
            Message::MissingOption(what) if fr => format!("{} manquant", what.text(language)),
            Message::MissingOption(what) => format!("missing {}", what.text(language)),
            Message::MissingLatLon(option) if fr => format!("--{option} LAT,LON manquant"),
            Message::MissingLatLon(option) => format!("missing --{option} LAT,LON"),
            Message::UnknownMetric(value) if fr => format!("--metric {} inconnu (time ou distance)", quoted(value)),
            Message::UnknownMetric(value) => format!("--metric {} unknown (time or distance)", quoted(value)),
            Message::UnknownObjective(value) if fr => {
                format!("--objective {} inconnu (distance ou vehicles)", quoted(value))
            }
            Message::UnknownObjective(value) => format!("--objective {} unknown (distance or vehicles)", quoted(value)),
            Message::UnknownClass(value) if fr => {
                format!("--class {} inconnue (C1, C2, R1, R2, RC1 ou RC2)", quoted(value))
            }
            Message::UnknownClass(value) => format!("--class {} unknown (C1, C2, R1, R2, RC1 or RC2)", quoted(value)),
            Message::UnreadableDate(text) if fr => format!("date {} illisible (attendu AAAA-MM-JJ)", quoted(text)),
            Message::UnreadableDate(text) => format!("date {} unreadable (expected YYYY-MM-DD)", quoted(text)),
            Message::NotLatLon(text) => format!("{}{colon}{}", quoted(text), pick(language, "attendu LAT,LON", "expected LAT,LON")),
            Message::NotANumber(text) if fr => format!("{} n'est pas un nombre", quoted(text)),
            Message::NotANumber(text) => format!("{} is not a number", quoted(text)),
            Message::ExpectedNumber(option) => {
                format!("{option}{colon}{}", pick(language, "nombre attendu", "expected a number"))
            }
            Message::ExpectedWholeNumber(option) => {
                format!("{option}{colon}{}", pick(language, "entier attendu", "expected a whole number"))
            }
            Message::ExpectedWorkers => {
                format!("--workers{colon}{}", pick(language, "1 ou plus attendu", "expected 1 or more"))
            }
            Message::MarginNotNumber(text) => format!(
                "--margin-km {}{colon}{}",
                quoted(text),
                pick(language, "attendu un nombre de km", "expected a number of km")
            ),
            Message::MarginOutOfRange(text) => {
                format!("--margin-km {text}{colon}{}", pick(language, "attendu entre 0 et 100", "expected between 0 and 100"))
            }
            Message::MarginLabel(km) => format!("{} {km} km", pick(language, "marge", "margin")),
            Message::BboxAndWithin => pick(
                language,
                "--bbox et --within ensemble : choisissez l'un des deux",
                "--bbox and --within together: choose one of them",
            )
            .to_string(),
            Message::BadBbox(text, problem) => {
                let why = match problem {
                    BboxProblem::Coordinate(error) => error.as_str(),
                    BboxProblem::Unreadable => pick(language, "nombres illisibles", "unreadable numbers"),
                    BboxProblem::NotFour => pick(language, "quatre nombres", "four numbers"),
                    BboxProblem::Reversed => pick(
                        language,
                        "le sud doit être sous le nord et l'ouest à gauche de l'est",
                        "south must be below north and west left of east",
                    ),
                };
                let expected = pick(
                    language,
                    "attendu SUD,OUEST,NORD,EST, par exemple 43.65,5.49,44.66,6.97",
                    "expected SOUTH,WEST,NORTH,EAST, for example 43.65,5.49,44.66,6.97",
                );
                format!("--bbox {}{colon}{why} ({expected})", quoted(text))
            }
            Message::WithinOutside04(code) => format!(
                "--within {code}{colon}{}",
                pick(
                    language,
                    "seules les communes des Alpes-de-Haute-Provence (04) sont fournies ; pour un autre département, donnez un fichier GeoJSON de son contour",
                    "only the communes of Alpes-de-Haute-Provence (04) are provided; for another département, give a GeoJSON file of its outline",
                )
            ),
            Message::WithinUnknown(within) => format!(
                "--within {}{colon}{}",
                quoted(within),
                pick(
                    language,
                    "ni un fichier GeoJSON, ni des codes (04, ou des codes INSEE 04039,04173)",
                    "neither a GeoJSON file nor codes (04, or INSEE codes 04039,04173)",
                )
            ),
            Message::NoTilesInFolder(folder) => format!(
                "{folder}{colon}{}",
                pick(language, "aucune dalle .hgt.zip dans ce dossier", "no .hgt.zip tile in this folder")
            ),
            Message::BadGrid(text) => format!(
                "--grid {}{colon}{}",
                quoted(text),
                pick(language, "attendu LIGNESxCOLONNES, par exemple 4x4", "expected ROWSxCOLS, for example 4x4")
            ),
            Message::MissingColumn { file, column } if fr => format!("{file}{colon}colonne {column} absente"),
            Message::MissingColumn { file, column } => format!("{file}{colon}no column {column}"),
            Message::EmptyNetwork => pick(language, "réseau vide", "empty network").to_string(),
            Message::ExtractWithoutNodes => {
                pick(language, "l'extrait ne contient aucun nœud", "the extract holds no node").to_string()
            }
            Message::NoMainJunction => {
                pick(language, "aucun carrefour du réseau principal", "no junction on the main roads").to_string()
            }
            Message::Usage(words) => help::of_command(words, language).unwrap_or_else(|| help::overview(language)),
            Message::IndexedPack { file, name, junctions, bytes } => {
                let megabytes = *bytes as f64 / 1e6;
                match language {
                    HelpLanguage::Fr => {
                        let size = format!("{megabytes:.1}").replace('.', ",");
                        format!("  {file} — {name} ({junctions} carrefours, {size} Mo)")
                    }
                    HelpLanguage::En => format!("  {file} — {name} ({junctions} junctions, {megabytes:.1} MB)"),
                }
            }
            Message::UnknownExportFormat(value) if fr => format!("--format {} inconnu (ics, csv ou json)", quoted(value)),
            Message::UnknownExportFormat(value) => format!("--format {} unknown (ics, csv or json)", quoted(value)),
            Message::ImportRefused { file, problems } => {
                let problems = counted(language, *problems, ("problème", "problèmes"), ("problem", "problems"));
                let nothing = pick(language, "rien n'a été importé :", "nothing was imported:");
                format!("{file}{colon}{problems}, {nothing}")
            }
            Message::DayWritten { path, interventions } => {
                let jobs = counted(language, *interventions, ("intervention", "interventions"), ("job", "jobs"));
                format!("{path}{colon}{jobs}")
            }
            Message::SameDateTwice { date, first, second } if fr => {
                format!("deux journées du {date} : {first} et {second}")
            }
            Message::SameDateTwice { date, first, second } => format!("two days of {date}: {first} and {second}"),
            Message::ExportWritten { path, days } => {
                format!("{path}{colon}{}", counted(language, *days, ("journée", "journées"), ("day", "days")))
            }
            Message::IndexWritten { path, count } => {
                format!("{path}{colon}{}", counted(language, *count, ("paquet", "paquets"), ("pack", "packs")))
            }
        }
    }
}

/// The sentence in the locale's language.
impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(HelpLanguage::from_environment()))
    }
}

/// The commands' errors are text: a message becomes its sentence in the locale's language.
impl From<Message> for String {
    fn from(message: Message) -> String {
        message.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Words that only French uses, never left in an English message.
    const FRENCH_WORDS: [&str; 12] = [
        "manquant",
        "attendu",
        "inconnu",
        "illisible",
        "ligne",
        "marge",
        "dossier",
        "paquet",
        "aucun",
        "réseau",
        " : ",
        "«",
    ];

    fn every_message() -> Vec<Message> {
        let needed = [
            Needed::Extract,
            Needed::SourceExtract,
            Needed::PackFolder,
            Needed::Pack,
            Needed::DayFile,
            Needed::PackOutput,
            Needed::ExtractOutput,
            Needed::ElevationOut,
            Needed::Points,
            Needed::InterventionsFile,
            Needed::ModelDay,
            Needed::OutputFolder,
        ];
        let text = || "x".to_string();
        let mut messages = vec![
            Message::at("pack.bin", "broken"),
            Message::AtLine { file: "points.csv".into(), line: 3, error: "bad".into() },
            Message::OptionNeedsValue("--to".into()),
            Message::MissingLatLon("from".into()),
            Message::UnknownMetric(text()),
            Message::UnknownObjective(text()),
            Message::UnknownClass(text()),
            Message::UnreadableDate(text()),
            Message::NotLatLon(text()),
            Message::NotANumber(text()),
            Message::MarginNotNumber(text()),
            Message::MarginOutOfRange(text()),
            Message::MarginLabel(2.5),
            Message::ExpectedNumber("--seconds"),
            Message::ExpectedWholeNumber("--seed"),
            Message::ExpectedWorkers,
            Message::BboxAndWithin,
            Message::WithinOutside04("06".into()),
            Message::WithinUnknown(text()),
            Message::NoTilesInFolder(text()),
            Message::BadGrid(text()),
            Message::MissingColumn { file: "bks.csv".into(), column: "hier_distance".into() },
            Message::EmptyNetwork,
            Message::ExtractWithoutNodes,
            Message::NoMainJunction,
            Message::Usage(&["bench", "road"]),
            Message::IndexedPack { file: "a.bin".into(), name: "Andorre".into(), junctions: 10, bytes: 1_240_000 },
            Message::IndexWritten { path: "index.json".into(), count: 2 },
            Message::UnknownExportFormat(text()),
            Message::ImportRefused { file: "a.csv".into(), problems: 2 },
            Message::DayWritten { path: "a.json".into(), interventions: 3 },
            Message::SameDateTwice { date: "2026-12-08".into(), first: "a.json".into(), second: "b.json".into() },
            Message::ExportWritten { path: "a.ics".into(), days: 3 },
        ];
        for problem in [BboxProblem::Unreadable, BboxProblem::NotFour, BboxProblem::Reversed] {
            messages.push(Message::BadBbox(text(), problem));
        }
        messages.extend(needed.iter().flat_map(|&what| [Message::MissingArgument(what), Message::MissingOption(what)]));
        messages
    }

    #[test]
    fn every_message_is_worded_in_both_languages_and_english_has_no_french_left() {
        for message in every_message() {
            let (fr, en) = (message.text(HelpLanguage::Fr), message.text(HelpLanguage::En));
            assert_ne!(fr, en, "{message:?} reads the same in both languages");
            for word in FRENCH_WORDS {
                assert!(!en.contains(word), "{message:?} in English still says {word:?}: {en}");
            }
        }
    }

    #[test]
    fn french_puts_a_space_before_a_colon_and_quotes_with_guillemets() {
        assert_eq!(Message::at("pack.bin", "illisible").text(HelpLanguage::Fr), "pack.bin : illisible");
        assert_eq!(Message::at("pack.bin", "unreadable").text(HelpLanguage::En), "pack.bin: unreadable");
        assert_eq!(
            Message::UnknownMetric("speed".into()).text(HelpLanguage::Fr),
            "--metric « speed » inconnu (time ou distance)"
        );
        assert_eq!(
            Message::UnknownMetric("speed".into()).text(HelpLanguage::En),
            "--metric \"speed\" unknown (time or distance)"
        );
        let pack =
            Message::IndexedPack { file: "a.bin".into(), name: "Andorre".into(), junctions: 10, bytes: 1_240_000 };
        assert_eq!(pack.text(HelpLanguage::Fr), "  a.bin — Andorre (10 carrefours, 1,2 Mo)");
        assert_eq!(pack.text(HelpLanguage::En), "  a.bin — Andorre (10 junctions, 1.2 MB)");
    }

    #[test]
    fn a_missing_argument_is_followed_by_the_usage_and_a_bare_benchmark_by_its_own() {
        let en = Message::MissingArgument(Needed::Pack).text(HelpLanguage::En);
        assert!(en.starts_with("missing region pack\n") && en.contains("tournee route"), "{en}");
        let usage = Message::Usage(&["bench", "road"]).text(HelpLanguage::Fr);
        assert!(usage.starts_with("tournee bench road "), "{usage}");
    }
}
