//! One intervention typed into a form, checked exactly as an imported row would be: the
//! same parsers, the same messages, the same commune lookup.

use super::{import_interventions_csv, CsvError, Located};
use crate::model::Intervention;

/// Reads an intervention from `(column, value)` pairs, the columns named as in a CSV header
/// (`id`, `client`, `commune`, `durée`, `créneaux`…, see README.md, "Importing the morning's interventions").
///
/// Returns the intervention, or every problem found, each with its column name as given
/// (a form shows it next to its field).
///
/// Example: `intervention_from_fields(&[("id", "F1"), ("commune", "Allos"), ("durée", "45")])`.
pub fn intervention_from_fields(fields: &[(&str, &str)]) -> Result<Intervention, Vec<Located<CsvError>>> {
    let quote = |text: &str| format!("\"{}\"", text.replace('"', "\"\""));
    let header: Vec<String> = fields.iter().map(|(column, _)| quote(column)).collect();
    let row: Vec<String> = fields.iter().map(|(_, value)| quote(value)).collect();
    let mut import = import_interventions_csv(&format!("{}\n{}\n", header.join(";"), row.join(";")));
    match import.interventions.pop() {
        Some(intervention) if import.errors.is_empty() => Ok(intervention),
        _ => Err(import.errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_complete_form_gives_the_intervention() {
        let job = intervention_from_fields(&[
            ("id", "FO-1"),
            ("client", "Mme \"Mimi\" Roux; Allos"),
            ("commune", "Allos"),
            ("durée", "1h30"),
            ("créneaux", "08:00-10:00 | 14h-16h"),
            ("compétences", "fibre"),
            ("priorité", "vital"),
            ("notes", "Chien\nméchant"),
        ])
        .unwrap();
        assert_eq!(job.customer, "Mme \"Mimi\" Roux; Allos");
        assert_eq!(job.service_s, 5400);
        assert_eq!(job.windows.len(), 2);
        assert_eq!(job.notes, "Chien\nméchant");
    }

    #[test]
    fn a_misspelt_commune_is_kept_under_its_own_name() {
        let job =
            intervention_from_fields(&[("id", "FO-3"), ("commune", "st andre les alpe"), ("durée", "30")]).unwrap();
        assert_eq!(job.commune.as_deref(), Some("Saint-André-les-Alpes"));
        let at_a_point =
            intervention_from_fields(&[("id", "FO-4"), ("lat", "44.1"), ("lon", "6.5"), ("durée", "30")]).unwrap();
        assert_eq!(at_a_point.commune, None);
    }

    #[test]
    fn every_wrong_field_is_named() {
        let errors = intervention_from_fields(&[
            ("id", "FO-2"),
            ("commune", "Nulle-Part-Sur-Verdon"),
            ("durée", "0"),
            ("créneaux", "10:00-08:00"),
        ])
        .unwrap_err();
        let columns: Vec<_> = errors.iter().filter_map(|e| e.location.column.as_deref()).collect();
        assert_eq!(columns, ["commune", "durée", "créneaux"], "{errors:?}");
    }
}
