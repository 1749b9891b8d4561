//! `--help` for the command line and each of its subcommands, in French or in English as the
//! terminal's locale says (`LC_ALL`, `LC_MESSAGES`, `LANG`: French when it starts with `fr`).

use crate::app::i18n::Language;

/// The language of the command line: its help and its messages ([`super::messages`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HelpLanguage {
    /// French, the crews' language.
    Fr,
    /// English, for every other locale.
    En,
}

impl HelpLanguage {
    /// The app's language of the same name, whose texts word the core's errors and the exports.
    pub fn words(self) -> Language {
        match self {
            HelpLanguage::Fr => Language::Fr,
            HelpLanguage::En => Language::En,
        }
    }

    /// The language of a locale such as `fr_FR.UTF-8` or `en_GB.UTF-8` (none set: English).
    pub fn of_locale(locale: Option<&str>) -> HelpLanguage {
        match locale {
            Some(locale) if locale.to_ascii_lowercase().starts_with("fr") => HelpLanguage::Fr,
            _ => HelpLanguage::En,
        }
    }

    /// The language of this process's locale: the first of `LC_ALL`, `LC_MESSAGES`, `LANG` set.
    pub fn from_environment() -> HelpLanguage {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|name| std::env::var(name).ok().filter(|value| !value.is_empty()));
        HelpLanguage::of_locale(locale.as_deref())
    }
}

/// One subcommand: its words, its arguments, and what it does in each language.
struct Command {
    words: &'static str,
    arguments_fr: &'static str,
    arguments_en: &'static str,
    does_fr: &'static str,
    does_en: &'static str,
}

const COMMANDS: [Command; 12] = [
    Command {
        words: "pack build",
        arguments_fr: "<extrait.osm.pbf> -o <paquet.bin> [--elevation <dalle.hgt.zip | dossier>]… [--name NOM] [--bbox SUD,OUEST,NORD,EST | --within <contour.geojson | 04 | 04039,04173>] [--margin-km 5]",
        arguments_en: "<extract.osm.pbf> -o <pack.bin> [--elevation <tile.hgt.zip | folder>]… [--name NAME] [--bbox SOUTH,WEST,NORTH,EAST | --within <outline.geojson | 04 | 04039,04173>] [--margin-km 5]",
        does_fr: "Construit le paquet de région d'un extrait OpenStreetMap (routes, temps de parcours, fermetures saisonnières), éventuellement découpé et avec les pentes SRTM.",
        does_en: "Builds a region pack from an OpenStreetMap extract (roads, travel times, seasonal closures), optionally clipped and with SRTM slopes.",
    },
    Command {
        words: "pack index",
        arguments_fr: "<dossier des paquets>",
        arguments_en: "<folder of packs>",
        does_fr: "Écrit index.json : la liste des régions déployées avec l'application.",
        does_en: "Writes index.json: the list of the regions deployed with the app.",
    },
    Command {
        words: "route",
        arguments_fr: "<paquet.bin> --from LAT,LON --to LAT,LON [--metric time|distance] [--date AAAA-MM-JJ]",
        arguments_en: "<pack.bin> --from LAT,LON --to LAT,LON [--metric time|distance] [--date YYYY-MM-DD]",
        does_fr: "Un itinéraire : distance, durée et distance à la route de chaque point (JSON).",
        does_en: "One route: distance, duration and each point's distance to the road (JSON).",
    },
    Command {
        words: "matrix",
        arguments_fr: "<paquet.bin> --points <points.csv> [--metric time|distance] [--date AAAA-MM-JJ]",
        arguments_en: "<pack.bin> --points <points.csv> [--metric time|distance] [--date YYYY-MM-DD]",
        does_fr: "La matrice des trajets entre les points d'un CSV (lat,lon par ligne).",
        does_en: "The matrix of travel between the points of a CSV file (lat,lon per line).",
    },
    Command {
        words: "solve",
        arguments_fr: "<journée.json> [--pack <paquet.bin>] [--seconds S | --iterations N] [--seed N] [--workers N] [--plan-anyway] [--fewest-technicians]",
        arguments_en: "<day.json> [--pack <pack.bin>] [--seconds S | --iterations N] [--seed N] [--workers N] [--plan-anyway] [--fewest-technicians]",
        does_fr: "Planifie une journée sur un paquet de région (sans --pack, chaque trajet est une estimation signalée).",
        does_en: "Plans a day over a region pack (without --pack, every leg is a marked estimate).",
    },
    Command {
        words: "import",
        arguments_fr: "<interventions.csv> --day <journée modèle.json> -o <dossier>",
        arguments_en: "<interventions.csv> --day <model day.json> -o <folder>",
        does_fr: "Écrit une journée (journee-AAAA-MM-JJ.json) par date du fichier, avec l'équipe de la journée modèle ; sans colonne « date » (ou « jour »), une seule journée, à la date du modèle. Chaque problème du fichier est listé avec sa ligne et sa colonne, et rien n'est écrit tant qu'il en reste un. Dates : 2026-12-08 ou 08/12/2026.",
        does_en: "Writes one day file (journee-YYYY-MM-DD.json) per date of the file, with the crew of the model day; without a \"date\" (or \"day\") column, a single day at the model's date. Every problem of the file is listed with its line and column, and nothing is written while one remains. Dates: 2026-12-08 or 08/12/2026.",
    },
    Command {
        words: "export",
        arguments_fr: "<journée.json>… --format ics|csv|json -o <dossier> [--technician ID] [--pack <paquet.bin>] [--seconds S | --iterations N] [--seed N] [--plan-anyway] [--fewest-technicians]",
        arguments_en: "<day.json>… --format ics|csv|json -o <folder> [--technician ID] [--pack <pack.bin>] [--seconds S | --iterations N] [--seed N] [--plan-anyway] [--fewest-technicians]",
        does_fr: "Planifie chaque journée (comme solve) et les exporte ensemble, dans un fichier nommé d'après la première et la dernière date : un calendrier (ics ; --technician garde les arrêts d'un technicien), un tableur avec une colonne date (csv) ou les fichiers de plan des journées (json).",
        does_en: "Plans each day (as solve does) and exports them together, into one file named after the first and last dates: a calendar (ics; --technician keeps one technician's stops), a spreadsheet with a date column (csv) or the days' plan files (json).",
    },
    Command {
        words: "synth department",
        arguments_fr: "<source.osm.pbf> -o <sortie.osm.pbf> [--grid 4x4] [--roads-only] [--elevation <dalle.hgt.zip> --elevation-out <dossier>]",
        arguments_en: "<source.osm.pbf> -o <output.osm.pbf> [--grid 4x4] [--roads-only] [--elevation <tile.hgt.zip> --elevation-out <folder>]",
        does_fr: "Des données d'essai à l'échelle du département : des copies de l'extrait sur les Alpes-de-Haute-Provence, reliées par des routes.",
        does_en: "Test data at the département's scale: copies of the extract over Alpes-de-Haute-Provence, joined by roads.",
    },
    Command {
        words: "synth vrptw",
        arguments_fr: "[--class C1|C2|R1|R2|RC1|RC2] [--customers 400] [--seed N] [-o <instance.txt>]",
        arguments_en: "[--class C1|C2|R1|R2|RC1|RC2] [--customers 400] [--seed N] [-o <instance.txt>]",
        does_fr: "Une grande instance VRPTW au format de Solomon (clients groupés, aléatoires ou mêlés ; horizon court ou long), la même pour une graine.",
        does_en: "A large VRPTW instance in Solomon's format (clustered, random or mixed customers; short or long horizon), the same for a seed.",
    },
    Command {
        words: "bench road",
        arguments_fr: "<extrait.osm.pbf>…",
        arguments_en: "<extract.osm.pbf>…",
        does_fr: "Mesure l'import et le routage sur chaque extrait.",
        does_en: "Measures import and routing on each extract.",
    },
    Command {
        words: "bench pack",
        arguments_fr: "<paquet.bin>…",
        arguments_en: "<pack.bin>…",
        does_fr: "Mesure la lecture et les requêtes de chaque paquet.",
        does_en: "Measures reading and queries of each pack.",
    },
    Command {
        words: "bench solomon",
        arguments_fr: "<instance.txt>… [--seconds S | --iterations N] [--seed N] [--workers N] [--objective distance|vehicles] [--json]",
        arguments_en: "<instance.txt>… [--seconds S | --iterations N] [--seed N] [--workers N] [--objective distance|vehicles] [--json]",
        does_fr: "L'optimiseur sur des instances de Solomon, comparé aux meilleures solutions connues.",
        does_en: "The optimiser on Solomon instances, against the best known solutions.",
    },
];

/// `tournee WORDS ARGUMENTS` for `command`.
fn usage_line(command: &Command, language: HelpLanguage) -> String {
    let arguments = match language {
        HelpLanguage::Fr => command.arguments_fr,
        HelpLanguage::En => command.arguments_en,
    };
    format!("tournee {} {arguments}", command.words)
}

/// Every subcommand, one usage line each, and how to get more.
pub fn overview(language: HelpLanguage) -> String {
    let lines: Vec<String> = COMMANDS.iter().map(|command| format!("  {}", usage_line(command, language))).collect();
    let (usage, more) = match language {
        HelpLanguage::Fr => ("usage :", "tournee <commande> --help en dit plus sur une commande."),
        HelpLanguage::En => ("usage:", "tournee <command> --help says more about a command."),
    };
    format!("{usage}\n{}\n{more}", lines.join("\n"))
}

/// The help of the subcommand `words` (such as `["pack", "build"]`), if there is one.
pub fn of_command(words: &[&str], language: HelpLanguage) -> Option<String> {
    let command = COMMANDS.iter().find(|command| command.words.split(' ').eq(words.iter().copied()))?;
    let does = match language {
        HelpLanguage::Fr => command.does_fr,
        HelpLanguage::En => command.does_en,
    };
    Some(format!("{}\n\n{does}", usage_line(command, language)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_locale_chooses_the_language_and_every_command_has_its_help() {
        assert_eq!(HelpLanguage::of_locale(Some("fr_FR.UTF-8")), HelpLanguage::Fr);
        assert_eq!(HelpLanguage::of_locale(Some("en_GB.UTF-8")), HelpLanguage::En);
        assert_eq!(HelpLanguage::of_locale(Some("C.UTF-8")), HelpLanguage::En);
        assert_eq!(HelpLanguage::of_locale(None), HelpLanguage::En);
        for command in &COMMANDS {
            let words: Vec<&str> = command.words.split(' ').collect();
            let english = of_command(&words, HelpLanguage::En).unwrap();
            let french = of_command(&words, HelpLanguage::Fr).unwrap();
            assert!(english.starts_with(&format!("tournee {}", command.words)), "{english}");
            assert_ne!(english, french, "{} has its two languages", command.words);
            assert!(overview(HelpLanguage::En).contains(&usage_line(command, HelpLanguage::En)));
        }
        assert_eq!(of_command(&["pack"], HelpLanguage::En), None);
        assert!(overview(HelpLanguage::Fr).starts_with("usage :"));
    }
}
