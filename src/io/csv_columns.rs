//! The columns of the interventions CSV: which header names mean what, and the
//! checks on the header line (required columns present, unknown ones named).

use super::csv_fields::header_key;
use super::csv_reader::Record;
use super::{CsvError, CsvWarning};

/// A piece of data the importer understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Column {
    Id,
    Customer,
    Phone,
    Address,
    Commune,
    PostalCode,
    Lat,
    Lon,
    Duration,
    Windows,
    Skills,
    Priority,
    Inclusion,
    Notes,
    Date,
}

impl Column {
    /// Every column, in the order of the documentation.
    pub const ALL: [Column; 15] = [
        Column::Id,
        Column::Customer,
        Column::Phone,
        Column::Address,
        Column::Commune,
        Column::PostalCode,
        Column::Lat,
        Column::Lon,
        Column::Duration,
        Column::Windows,
        Column::Skills,
        Column::Priority,
        Column::Inclusion,
        Column::Notes,
        Column::Date,
    ];

    /// Header keys (see [`header_key`]) accepted for this column, French and English; the first names it.
    pub fn aliases(self) -> &'static [&'static str] {
        match self {
            Column::Id => &["id", "identifiant", "reference", "ref", "ticket"],
            Column::Customer => &["client", "customer", "nom"],
            Column::Phone => &["telephone", "phone", "tel"],
            Column::Address => &["adresse", "address"],
            Column::Commune => &["commune", "ville", "city", "town"],
            Column::PostalCode => &["code_postal", "postal_code", "cp", "zip"],
            Column::Lat => &["latitude", "lat"],
            Column::Lon => &["longitude", "lon", "lng", "long"],
            Column::Duration => &["duree", "duration", "duree_min", "duration_min"],
            Column::Windows => &["creneaux", "creneau", "windows", "window", "time_windows"],
            Column::Skills => &["competences", "competence", "skills", "skill"],
            Column::Priority => &["priorite", "priority"],
            Column::Inclusion => &["obligatoire", "inclusion", "mandatory"],
            Column::Notes => &["notes", "note", "remarques", "commentaire", "comments"],
            Column::Date => &["date", "jour", "day", "date_d_intervention", "date_intervention", "intervention_date"],
        }
    }

    /// The column a header names, whatever its case, accents or separators.
    pub fn from_header(header: &str) -> Option<Column> {
        let key = header_key(header);
        Column::ALL.into_iter().find(|column| column.aliases().contains(&key.as_str()))
    }
}

/// The header line: where each known column is, and the names as the user wrote them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Header {
    /// 1-based file line of the header.
    pub line: usize,
    /// Field index of each known column, indexed by `Column as usize`.
    positions: [Option<usize>; Column::ALL.len()],
    /// Every header cell as written, trimmed.
    names: Vec<String>,
}

impl Header {
    /// Reads the header record: maps names to columns, warns about unknown and repeated
    /// ones, and returns an error per required column missing (then no row can be read).
    pub fn read(record: &Record) -> (Header, Vec<CsvWarning>, Vec<CsvError>) {
        let names: Vec<String> = record.fields.iter().map(|f| f.text.trim().to_string()).collect();
        let mut positions = [None; Column::ALL.len()];
        let (mut warnings, mut unknown) = (Vec::new(), Vec::new());
        for (index, name) in names.iter().enumerate().filter(|(_, name)| !name.is_empty()) {
            match Column::from_header(name) {
                None => unknown.push(name.clone()),
                Some(column) => match positions[column as usize] {
                    None => positions[column as usize] = Some(index),
                    Some(kept) => {
                        warnings.push(CsvWarning::DuplicateColumn { ignored: name.clone(), kept: names[kept].clone() })
                    }
                },
            }
        }
        if !unknown.is_empty() {
            warnings.insert(0, CsvWarning::UnknownColumns(unknown));
        }
        let header = Header { line: record.line, positions, names };
        let has = |column| header.position(column).is_some();
        let mut errors = Vec::new();
        if !has(Column::Id) {
            errors.push(CsvError::MissingColumn("id".into()));
        }
        if !has(Column::Commune) && !has(Column::PostalCode) {
            match (has(Column::Lat), has(Column::Lon)) {
                (true, true) => {}
                (true, false) => errors.push(CsvError::MissingColumn("longitude".into())),
                (false, true) => errors.push(CsvError::MissingColumn("latitude".into())),
                (false, false) => errors.push(CsvError::MissingPlaceColumns),
            }
        }
        if !has(Column::Duration) {
            errors.push(CsvError::MissingColumn("durée".into()));
        }
        (header, warnings, errors)
    }

    /// Field index of `column`, if the file has it.
    pub fn position(&self, column: Column) -> Option<usize> {
        self.positions[column as usize]
    }

    /// The column's name as the user wrote it, or its French name when the file lacks it.
    pub fn label(&self, column: Column) -> String {
        match self.position(column) {
            Some(index) => self.names[index].clone(),
            None => column.aliases()[0].to_string(),
        }
    }

    /// How many fields the header has, hence every row should have.
    pub fn width(&self) -> usize {
        self.names.len()
    }
}

#[cfg(test)]
mod tests {
    use super::super::csv_reader::read_records;
    use super::*;

    fn header(line: &str) -> (Header, Vec<CsvWarning>, Vec<CsvError>) {
        Header::read(&read_records(line, ';').records[0])
    }

    #[test]
    fn french_and_english_names_in_any_case_or_accent() {
        for (typed, column) in [
            ("Téléphone", Column::Phone),
            ("PHONE", Column::Phone),
            ("Code postal", Column::PostalCode),
            ("postal_code", Column::PostalCode),
            ("lng", Column::Lon),
            ("Durée (min)", Column::Duration),
            ("Créneaux", Column::Windows),
            ("Compétences", Column::Skills),
            ("Priorité", Column::Priority),
            ("obligatoire", Column::Inclusion),
            ("Customer", Column::Customer),
            ("Date", Column::Date),
            ("Jour", Column::Date),
            ("day", Column::Date),
            ("Date d'intervention", Column::Date),
        ] {
            assert_eq!(Column::from_header(typed), Some(column), "{typed}");
        }
        assert_eq!(Column::from_header("couleur"), None);
        for column in Column::ALL {
            for alias in column.aliases() {
                assert_eq!(Column::from_header(alias), Some(column), "aliases are unique: {alias}");
            }
        }
    }

    #[test]
    fn unknown_and_repeated_columns_are_warnings_and_labels_are_as_written() {
        let (header, warnings, errors) = header("ID;Commune;Durée;Couleur;Lat;latitude;;Étage");
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(
            warnings,
            [
                CsvWarning::UnknownColumns(vec!["Couleur".into(), "Étage".into()]),
                CsvWarning::DuplicateColumn { ignored: "latitude".into(), kept: "Lat".into() },
            ]
        );
        assert_eq!(header.position(Column::Duration), Some(2));
        assert_eq!(header.label(Column::Duration), "Durée");
        assert_eq!(header.label(Column::Skills), "competences", "absent columns get their French name");
        assert_eq!(header.width(), 8);
    }

    #[test]
    fn each_missing_required_column_is_named() {
        let (_, _, errors) = header("client;adresse;notes");
        assert_eq!(
            errors,
            [
                CsvError::MissingColumn("id".into()),
                CsvError::MissingPlaceColumns,
                CsvError::MissingColumn("durée".into()),
            ]
        );
        let (_, _, errors) = header("id;lat;duree");
        assert_eq!(errors, [CsvError::MissingColumn("longitude".into())]);
        let (_, _, errors) = header("id;code postal;duree");
        assert!(errors.is_empty(), "a postal code is a location");
    }
}
