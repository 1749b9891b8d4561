//! Names for exported files: plain ASCII that every phone, mail client and file system keeps.
//!
//! `Léa Martin`'s calendar for 26 November 2026 is `tournee-2026-11-26-lea-martin.ics`: lower
//! case, accents stripped, anything else turned into single hyphens, so a name never carries a
//! path separator or a character a messaging app would mangle. A file of several days names
//! its first and last dates: `tournee-2026-12-08-2026-12-10.csv`.

use crate::model::IsoDate;

/// The file name of an export of `date` for `technician_name` (or for the whole crew when
/// `None`), with `extension` (`"ics"`, `".gpx"`…).
///
/// Every part is reduced to `a-z`, `0-9` and single hyphens (the extension to `a-z0-9`); an
/// empty technician part is left out.
pub fn export_file_name(date: &str, technician_name: Option<&str>, extension: &str) -> String {
    let mut name = String::from("tournee");
    for part in [Some(date), technician_name].into_iter().flatten().map(slug).filter(|part| !part.is_empty()) {
        name.push('-');
        name.push_str(&part);
    }
    let extension: String =
        extension.chars().flat_map(char::to_lowercase).filter(|c| c.is_ascii_alphanumeric()).collect();
    if !extension.is_empty() {
        name.push('.');
        name.push_str(&extension);
    }
    name
}

/// The file name of an export of the dates `first` to `last` (see [`export_file_name`]):
/// `tournee-2026-12-08-2026-12-10-lea-martin.ics`, or for one date exactly the name
/// [`export_file_name`] gives.
pub fn export_days_file_name(first: IsoDate, last: IsoDate, technician_name: Option<&str>, extension: &str) -> String {
    let dates = if first == last { first.to_string() } else { format!("{first} {last}") };
    export_file_name(&dates, technician_name, extension)
}

/// `text` in lower-case ASCII letters and digits, runs of anything else as one hyphen, trimmed.
fn slug(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        let plain = ascii_of(c);
        if plain.is_empty() {
            if !slug.is_empty() && !slug.ends_with('-') {
                slug.push('-');
            }
        } else {
            slug.push_str(plain);
        }
    }
    slug.trim_end_matches('-').to_string()
}

/// The plain ASCII spelling of a lower-case letter or digit (accents of French and its
/// neighbours stripped, ligatures spelt out), or "" for anything else.
fn ascii_of(c: char) -> &'static str {
    const LETTERS: &str = "abcdefghijklmnopqrstuvwxyz0123456789";
    if let Some(index) = LETTERS.find(c) {
        return &LETTERS[index..index + 1];
    }
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'č' => "c",
        'ď' | 'đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'ğ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => "i",
        'ł' | 'ľ' => "l",
        'ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'œ' => "oe",
        'ř' => "r",
        'ß' => "ss",
        'ś' | 'š' | 'ş' => "s",
        'ť' | 'ţ' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_lower_case_ascii_without_accents() {
        assert_eq!(export_file_name("2026-11-26", Some("Léa Martin"), "ics"), "tournee-2026-11-26-lea-martin.ics");
        assert_eq!(
            export_file_name("2026-11-26", Some("Œdipe Çağlar-Müller"), ".GPX"),
            "tournee-2026-11-26-oedipe-caglar-muller.gpx"
        );
        assert_eq!(
            export_file_name("2026-11-26", Some("ÉLODIE  d'Aubigné"), "csv"),
            "tournee-2026-11-26-elodie-d-aubigne.csv"
        );
    }

    #[test]
    fn the_crew_file_and_odd_names_stay_safe() {
        assert_eq!(export_file_name("2026-11-26", None, "json"), "tournee-2026-11-26.json");
        assert_eq!(
            export_file_name("2026-11-26", Some("../../etc/passwd"), "ics"),
            "tournee-2026-11-26-etc-passwd.ics"
        );
        assert_eq!(export_file_name("2026-11-26", Some("李 🚐"), "i/c\\s"), "tournee-2026-11-26.ics");
        assert_eq!(export_file_name(" 2026/11/26 ", Some(" -Jean- "), ""), "tournee-2026-11-26-jean");
    }

    #[test]
    fn a_range_names_its_first_and_last_dates_and_one_date_is_named_as_alone() {
        let date = |text: &str| text.parse::<IsoDate>().unwrap();
        assert_eq!(
            export_days_file_name(date("2026-12-08"), date("2026-12-10"), Some("Léa Martin"), "ics"),
            "tournee-2026-12-08-2026-12-10-lea-martin.ics"
        );
        assert_eq!(
            export_days_file_name(date("2026-12-08"), date("2026-12-10"), None, "csv"),
            "tournee-2026-12-08-2026-12-10.csv"
        );
        for name in [None, Some("Léa Martin")] {
            assert_eq!(
                export_days_file_name(date("2026-11-26"), date("2026-11-26"), name, "json"),
                export_file_name("2026-11-26", name, "json")
            );
        }
    }
}
