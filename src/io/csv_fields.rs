//! Reading one cell of the interventions CSV: durations, windows, skills, priority,
//! inclusion and numbers, written the many ways dispatchers write them.
//!
//! Each parser takes the trimmed cell text and returns the model value or the
//! [`CsvError`]s found; the caller pins them to the line and column.

use super::CsvError;
use crate::model::{Inclusion, Priority, Skill, TimeWindow};

/// The longest job accepted, in minutes: a job longer than a day is a typo.
const MAX_DURATION_MIN: u64 = 24 * 60;

/// Lowercase without accents, for comparing headers and keywords (`Durée` → `duree`).
pub(super) fn fold(text: &str) -> String {
    crate::road::fold_accents(text)
}

/// A header reduced to a key: folded, a unit in parentheses dropped, words joined by `_`.
///
/// `Code postal`, `code-postal` and `CODE_POSTAL` all give `code_postal`; `Durée (min)` gives `duree`.
pub(super) fn header_key(header: &str) -> String {
    let folded = fold(header);
    let without_unit = folded.split('(').next().unwrap_or_default();
    without_unit.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join("_")
}

/// A decimal number; a decimal comma (`44,12`) is read when the file's separator is not `,`.
///
/// `NaN` and `inf` parse here and are refused by [`crate::road::LatLon::new`] after.
pub(super) fn parse_number(text: &str, separator: char) -> Result<f64, CsvError> {
    let owned;
    let number = if separator != ',' && text.contains(',') {
        owned = text.replacen(',', ".", 1);
        &owned
    } else {
        text
    };
    number.trim().parse().map_err(|_| CsvError::Number(text.to_string()))
}

/// A duration in seconds from minutes (`90`, `45 min`, `45mn`) or hours (`1h30`, `2 h`, `1:30`).
pub(super) fn parse_duration_s(text: &str) -> Result<u32, CsvError> {
    let compact: String = fold(text).chars().filter(|c| !c.is_whitespace()).collect();
    let minutes = match compact.strip_prefix('-') {
        Some(negated) => match minutes_of(negated) {
            Some(_) => return Err(CsvError::DurationNotPositive(text.to_string())),
            None => None,
        },
        None => minutes_of(&compact),
    };
    match minutes {
        None => Err(CsvError::Duration(text.to_string())),
        Some(0) => Err(CsvError::DurationNotPositive(text.to_string())),
        Some(m) if m > MAX_DURATION_MIN => Err(CsvError::DurationTooLong(text.to_string())),
        // At most 1440 minutes, so the product fits in u32.
        Some(m) => Ok(m as u32 * 60),
    }
}

/// Minutes in a folded, space-free duration, or `None` when unreadable.
fn minutes_of(compact: &str) -> Option<u64> {
    match compact.split_once(['h', ':']) {
        Some((hours, minutes)) => {
            let hours = whole_number(hours)?;
            let minutes = match without_unit(minutes) {
                "" => 0,
                m if m.len() <= 2 => whole_number(m)?,
                _ => return None,
            };
            (minutes < 60).then_some(hours * 60 + minutes)
        }
        None => whole_number(without_unit(compact)),
    }
}

/// A plain run of at most 9 digits (no sign, no decimals), or `None`.
fn whole_number(text: &str) -> Option<u64> {
    let digits = !text.is_empty() && text.len() <= 9 && text.bytes().all(|b| b.is_ascii_digit());
    digits.then(|| text.parse().ok()).flatten()
}

/// The text without a trailing minutes unit (`min`, `mn`, `minutes`…).
fn without_unit(text: &str) -> &str {
    ["minutes", "minute", "mins", "min", "mn", "m"].iter().find_map(|unit| text.strip_suffix(unit)).unwrap_or(text)
}

/// Appointment windows: one or more of `08:00-10:00`, `8h-10h`, `13h30–15h00`, `9h à 11h`,
/// separated by `|`, `/`, `,`, `;`, ` et ` or ` and `. Empty means any time.
///
/// Every unreadable or impossible window is reported, with [`crate::model::TimeError`]'s message.
pub(super) fn parse_windows(text: &str) -> Result<Vec<TimeWindow>, Vec<CsvError>> {
    let lowered = text.to_lowercase().replace('—', "-").replace(" et ", "|").replace(" and ", "|");
    let (mut windows, mut errors) = (Vec::new(), Vec::new());
    for part in lowered.split(['|', '/', ',', ';']).map(str::trim).filter(|p| !p.is_empty()) {
        match part.parse::<TimeWindow>() {
            Ok(window) => windows.push(window),
            Err(error) => errors.push(CsvError::Window(error)),
        }
    }
    if errors.is_empty() {
        Ok(windows)
    } else {
        Err(errors)
    }
}

/// Skills from `fibre`, `cuivre`/`copper`, `génie civil`/`genie_civil`/`civil_works`,
/// `poteau`/`pole`, separated by `|`, `,`, `+`, `;`, `/` or spaces; duplicates kept once.
///
/// Every unknown word is reported.
pub fn parse_skills(text: &str) -> Result<Vec<Skill>, Vec<CsvError>> {
    let mut folded = fold(text);
    for (spaced, joined) in
        [("genie civil", "genie_civil"), ("genie-civil", "genie_civil"), ("civil works", "civil_works")]
    {
        folded = folded.replace(spaced, joined);
    }
    let (mut skills, mut errors) = (Vec::new(), Vec::new());
    for word in folded.split(|c: char| "|,+;/".contains(c) || c.is_whitespace()).filter(|w| !w.is_empty()) {
        let skill = match word {
            "fibre" | "fiber" | "fo" | "optique" => Skill::Fibre,
            "cuivre" | "copper" | "cu" => Skill::Copper,
            "genie_civil" | "civil_works" | "civil-works" | "gc" => Skill::CivilWorks,
            "poteau" | "poteaux" | "pole" | "poles" => Skill::Pole,
            unknown => {
                errors.push(CsvError::UnknownSkill(unknown.to_string()));
                continue;
            }
        };
        if !skills.contains(&skill) {
            skills.push(skill);
        }
    }
    if errors.is_empty() {
        Ok(skills)
    } else {
        Err(errors)
    }
}

/// Urgency rank from `vital`, `urgence`/`emergency`, `normale`/`normal`, `basse`/`low`; empty is normal.
pub(super) fn parse_priority(text: &str) -> Result<Priority, CsvError> {
    match fold(text).trim() {
        "vital" | "vitale" => Ok(Priority::Vital),
        "urgence" | "urgent" | "urgente" | "emergency" => Ok(Priority::Emergency),
        "" | "normale" | "normal" => Ok(Priority::Normal),
        "basse" | "bas" | "faible" | "low" => Ok(Priority::Low),
        _ => Err(CsvError::UnknownPriority(text.to_string())),
    }
}

/// Must-do or optional from `oui`/`non`, `mandatory`/`optional` and the like; empty is must-do.
pub(super) fn parse_inclusion(text: &str) -> Result<Inclusion, CsvError> {
    match fold(text).trim() {
        "" | "oui" | "o" | "yes" | "y" | "x" | "vrai" | "true" | "1" | "obligatoire" | "mandatory" => {
            Ok(Inclusion::Mandatory)
        }
        "non" | "n" | "no" | "faux" | "false" | "0" | "optionnel" | "optionnelle" | "facultatif" | "facultative"
        | "optional" => Ok(Inclusion::Optional),
        _ => Err(CsvError::UnknownInclusion(text.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{TimeError, TimeOfDay};

    fn t(h: u32, m: u32) -> TimeOfDay {
        TimeOfDay::from_hm(h, m).unwrap()
    }

    #[test]
    fn headers_fold_case_accents_separators_and_units() {
        assert_eq!(header_key("  Code postal "), "code_postal");
        assert_eq!(header_key("CODE-POSTAL"), "code_postal");
        assert_eq!(header_key("Durée (min)"), "duree");
        assert_eq!(header_key("Téléphone"), "telephone");
        assert_eq!(header_key("Créneaux"), "creneaux");
        assert_eq!(fold("PRIORITÉ Élevée"), "priorite elevee");
    }

    #[test]
    fn numbers_accept_a_decimal_comma_unless_comma_separates_fields() {
        assert_eq!(parse_number("44,12", ';'), Ok(44.12));
        assert_eq!(parse_number(" 6.5 ", ';'), Ok(6.5));
        assert_eq!(parse_number("44,12", '\t'), Ok(44.12));
        assert_eq!(parse_number("44,12", ','), Err(CsvError::Number("44,12".into())));
        assert_eq!(parse_number("44°N", ';'), Err(CsvError::Number("44°N".into())));
        assert!(parse_number("NaN", ';').unwrap().is_nan(), "left for LatLon::new to refuse");
    }

    #[test]
    fn durations_read_minutes_and_hours() {
        for (typed, minutes) in
            [("90", 90), ("45 min", 45), ("45mn", 45), ("30 minutes", 30), ("1h30", 90), ("1 h 30", 90), ("2h", 120)]
        {
            assert_eq!(parse_duration_s(typed), Ok(minutes * 60), "{typed}");
        }
        assert_eq!(parse_duration_s("1:05"), Ok(65 * 60));
        assert_eq!(parse_duration_s("1H30MIN"), Ok(90 * 60));
        assert_eq!(parse_duration_s("24h"), Ok(24 * 3600));
    }

    #[test]
    fn durations_that_are_zero_negative_unreadable_or_too_long_are_refused() {
        assert_eq!(parse_duration_s("0"), Err(CsvError::DurationNotPositive("0".into())));
        assert_eq!(parse_duration_s("0h00"), Err(CsvError::DurationNotPositive("0h00".into())));
        assert_eq!(parse_duration_s("-30"), Err(CsvError::DurationNotPositive("-30".into())));
        assert_eq!(parse_duration_s("- 1h"), Err(CsvError::DurationNotPositive("- 1h".into())));
        for unreadable in ["", "une heure", "1,5", "1h75", "h30", "1h30h", "-x", "99999999999"] {
            assert_eq!(parse_duration_s(unreadable), Err(CsvError::Duration(unreadable.into())), "{unreadable}");
        }
        assert_eq!(parse_duration_s("1441"), Err(CsvError::DurationTooLong("1441".into())));
        let message = parse_duration_s("une heure").unwrap_err().to_string();
        assert_eq!(message, "unreadable duration \"une heure\"");
    }

    #[test]
    fn windows_accept_several_separators_and_french_hours() {
        let windows = parse_windows("08:00-10:00 | 13h30–15h00 et 16h-17h / 9h à 11h").unwrap();
        let bounds: Vec<_> = windows.iter().map(|w| (w.start(), w.end())).collect();
        assert_eq!(bounds, [(t(8, 0), t(10, 0)), (t(13, 30), t(15, 0)), (t(16, 0), t(17, 0)), (t(9, 0), t(11, 0))]);
        assert_eq!(parse_windows("8H-10H ET 14H-16H").unwrap().len(), 2);
        assert_eq!(parse_windows("  "), Ok(vec![]), "empty means any time");
        assert_eq!(parse_windows("08:00-10:00,").unwrap().len(), 1);
    }

    #[test]
    fn every_bad_window_is_reported_with_the_time_message() {
        let errors = parse_windows("10:00-08:00 | 8h-9h | midi").unwrap_err();
        assert_eq!(
            errors,
            [
                CsvError::Window(TimeError::EndBeforeStart { start: t(10, 0), end: t(8, 0) }),
                CsvError::Window(TimeError::Unreadable("midi".into())),
            ]
        );
        assert_eq!(errors[0].to_string(), "impossible window: end 08:00 before start 10:00");
        assert!(matches!(parse_windows("25h-26h").unwrap_err()[..], [CsvError::Window(TimeError::OutOfDay(_))]));
    }

    #[test]
    fn skills_in_french_or_english_with_any_separator() {
        use Skill::*;
        assert_eq!(parse_skills("fibre|cuivre"), Ok(vec![Fibre, Copper]));
        assert_eq!(parse_skills("Génie civil + Poteau"), Ok(vec![CivilWorks, Pole]));
        assert_eq!(parse_skills("copper, civil_works pole"), Ok(vec![Copper, CivilWorks, Pole]));
        assert_eq!(parse_skills("FIBRE fibre"), Ok(vec![Fibre]));
        assert_eq!(parse_skills(""), Ok(vec![]));
        assert_eq!(
            parse_skills("fibre|plomberie|soudure"),
            Err(vec![CsvError::UnknownSkill("plomberie".into()), CsvError::UnknownSkill("soudure".into())])
        );
    }

    #[test]
    fn priority_and_inclusion_words() {
        assert_eq!(parse_priority("Vital"), Ok(Priority::Vital));
        assert_eq!(parse_priority("URGENCE"), Ok(Priority::Emergency));
        assert_eq!(parse_priority("emergency"), Ok(Priority::Emergency));
        assert_eq!(parse_priority(""), Ok(Priority::Normal));
        assert_eq!(parse_priority("basse"), Ok(Priority::Low));
        assert_eq!(parse_priority("haute"), Err(CsvError::UnknownPriority("haute".into())));
        assert_eq!(parse_inclusion(""), Ok(Inclusion::Mandatory));
        assert_eq!(parse_inclusion("Oui"), Ok(Inclusion::Mandatory));
        assert_eq!(parse_inclusion("optional"), Ok(Inclusion::Optional));
        assert_eq!(parse_inclusion("NON"), Ok(Inclusion::Optional));
        assert_eq!(parse_inclusion("peut-être"), Err(CsvError::UnknownInclusion("peut-être".into())));
    }
}
