//! One data row of the interventions CSV turned into an [`Intervention`], with every
//! problem of the row pinned to its line and column.
//!
//! Location precedence: latitude and longitude when both are given, else the town
//! hall of the commune named by name, postal code, or both as on an envelope.

use super::csv_columns::{Column, Header};
use super::csv_date::parse_date;
use super::csv_fields::{parse_duration_s, parse_inclusion, parse_number, parse_priority, parse_skills, parse_windows};
use super::csv_reader::Record;
use super::{CsvError, CsvWarning, Located, Location};
use crate::model::{Intervention, IsoDate};
use crate::road::{Communes, CoordinateError, LatLon};

/// A point this far (metres) from every commune of the 04 is checked for swapped lat/lon.
const FAR_FROM_DEPARTMENT_M: f64 = 100_000.0;
/// A swapped point this close (metres) to a town hall is taken as a swap.
const NEAR_A_TOWN_HALL_M: f64 = 30_000.0;

/// What one row gave: its intervention when it has no error, and every problem found.
#[derive(Debug)]
pub(super) struct RowOutcome {
    /// The intervention, only when `errors` is empty.
    pub intervention: Option<Intervention>,
    /// The row's date, when the file has a date column and the cell reads.
    pub date: Option<IsoDate>,
    /// Every problem that rejects the row.
    pub errors: Vec<Located<CsvError>>,
    /// Problems that do not.
    pub warnings: Vec<Located<CsvWarning>>,
}

/// Reads `record` (with as many fields as the header) against `header`.
///
/// `separator` decides whether a decimal comma is accepted in coordinates.
pub(super) fn read_row(record: &Record, header: &Header, separator: char) -> RowOutcome {
    let mut row = Row { record, header, separator, errors: Vec::new(), warnings: Vec::new() };
    let date = read_date(&mut row);
    let intervention = read_intervention(&mut row);
    RowOutcome { intervention, date, errors: row.errors, warnings: row.warnings }
}

/// The row's date when the file has a date column, where an empty or bad cell is an error
/// that rejects the row; `None` for a file of one day.
fn read_date(row: &mut Row) -> Option<IsoDate> {
    row.header.position(Column::Date)?;
    match row.value(Column::Date) {
        "" => row.check(Column::Date, Err(CsvError::MissingValue)),
        date => row.check(Column::Date, parse_date(date)),
    }
}

/// Where the cell of `column` is: its own line (a cell may follow a multi-line one) and
/// its header name as written.
pub(super) fn cell_location(record: &Record, header: &Header, column: Column) -> Location {
    let field = header.position(column).and_then(|i| record.fields.get(i));
    Location { line: field.map_or(record.line, |f| f.line), column: Some(header.label(column)) }
}

/// One data record read against the header, collecting every problem it has.
struct Row<'a> {
    record: &'a Record,
    header: &'a Header,
    separator: char,
    errors: Vec<Located<CsvError>>,
    warnings: Vec<Located<CsvWarning>>,
}

impl<'a> Row<'a> {
    /// The trimmed cell of `column`, empty when the file has no such column.
    fn value(&self, column: Column) -> &'a str {
        self.header.position(column).and_then(|i| self.record.fields.get(i)).map_or("", |f| f.text.trim())
    }

    fn at(&self, column: Column) -> Location {
        cell_location(self.record, self.header, column)
    }

    fn fail(&mut self, column: Column, error: CsvError) {
        self.errors.push(Located { location: self.at(column), error });
    }

    fn warn(&mut self, column: Column, warning: CsvWarning) {
        self.warnings.push(Located { location: self.at(column), error: warning });
    }

    fn check<T>(&mut self, column: Column, result: Result<T, CsvError>) -> Option<T> {
        result.map_err(|error| self.fail(column, error)).ok()
    }

    fn check_all<T>(&mut self, column: Column, result: Result<T, Vec<CsvError>>) -> Option<T> {
        result.map_err(|errors| errors.into_iter().for_each(|error| self.fail(column, error))).ok()
    }

    /// The first of `columns` the file has, to pin an error about several of them.
    fn first_present(&self, columns: &[Column]) -> Column {
        columns.iter().copied().find(|&c| self.header.position(c).is_some()).unwrap_or(columns[0])
    }
}

/// The intervention of a row, or `None` after recording every problem of the row.
fn read_intervention(row: &mut Row) -> Option<Intervention> {
    let id = row.value(Column::Id);
    if id.is_empty() {
        row.fail(Column::Id, CsvError::MissingValue);
    }
    let place = read_location(row);
    let service_s = match row.value(Column::Duration) {
        "" => row.check(Column::Duration, Err(CsvError::MissingValue)),
        duration => row.check(Column::Duration, parse_duration_s(duration)),
    };
    let windows = row.check_all(Column::Windows, parse_windows(row.value(Column::Windows)));
    let skills = row.check_all(Column::Skills, parse_skills(row.value(Column::Skills)));
    let priority = row.check(Column::Priority, parse_priority(row.value(Column::Priority)));
    let inclusion = row.check(Column::Inclusion, parse_inclusion(row.value(Column::Inclusion)));
    if !row.errors.is_empty() {
        return None;
    }
    let phone = Some(row.value(Column::Phone)).filter(|p| !p.is_empty()).map(str::to_string);
    let address = Some(row.value(Column::Address)).filter(|a| !a.is_empty()).map(str::to_string);
    let notes = row.value(Column::Notes).to_string();
    Some(Intervention {
        id: id.to_string(),
        customer: row.value(Column::Customer).to_string(),
        phone,
        location: place.as_ref()?.point,
        commune: place?.commune,
        service_s: service_s?,
        windows: windows?,
        skills: skills?,
        priority: priority?,
        inclusion: inclusion?,
        address,
        notes,
        assigned_to: None,
        pin: None,
        postponed_from: Vec::new(),
    })
}

/// Where a row's job is: a point, and the commune it was given by when it is that commune's
/// town hall.
struct Place {
    point: LatLon,
    commune: Option<String>,
}

/// The place of a row: latitude and longitude when both are given, else the town hall of
/// the commune (name, postal code, or both as on an envelope). Only one of latitude and
/// longitude falls back to the commune with a warning, or is an error without a commune.
fn read_location(row: &mut Row) -> Option<Place> {
    let (lat, lon) = (row.value(Column::Lat), row.value(Column::Lon));
    let (commune, postal_code) = (row.value(Column::Commune), row.value(Column::PostalCode));
    let place = match (commune, postal_code) {
        (commune, "") => commune.to_string(),
        ("", code) => code.to_string(),
        (commune, code) if commune.contains(code) => commune.to_string(),
        (commune, code) => format!("{code} {commune}"),
    };
    match (lat.is_empty(), lon.is_empty()) {
        (false, false) => return read_coordinates(row, lat, lon).map(|point| Place { point, commune: None }),
        (true, true) => {}
        (lat_missing, _) => {
            let (given, missing) = if lat_missing { (Column::Lon, Column::Lat) } else { (Column::Lat, Column::Lon) };
            if place.is_empty() {
                row.fail(missing, CsvError::MissingValue);
                return None;
            }
            let (given_label, missing_label) = (row.header.label(given), row.header.label(missing));
            row.warn(given, CsvWarning::HalfCoordinate { given: given_label, missing: missing_label });
        }
    }
    if place.is_empty() {
        let column = row.first_present(&[Column::Commune, Column::PostalCode, Column::Lat]);
        row.fail(column, CsvError::NoLocation);
        return None;
    }
    let column = if commune.is_empty() { Column::PostalCode } else { Column::Commune };
    let found = Communes::embedded()
        .find(&place)
        .map(|commune| Place { point: commune.town_hall, commune: Some(commune.name.clone()) });
    row.check(column, found.map_err(CsvError::from))
}

/// A point from two cells, each checked on its own so both can be reported.
fn read_coordinates(row: &mut Row, lat: &str, lon: &str) -> Option<LatLon> {
    let lat = read_degrees(row, Column::Lat, lat, |lat| LatLon::new(lat, 0.0));
    let lon = read_degrees(row, Column::Lon, lon, |lon| LatLon::new(0.0, lon));
    let point = LatLon::new(lat?, lon?).ok()?;
    if let Some(commune) = swapped_near(point) {
        row.warn(Column::Lat, CsvWarning::SwappedCoordinates { commune });
    }
    Some(point)
}

/// One coordinate: a number, then in range (`in_range` builds a point with it alone).
fn read_degrees(
    row: &mut Row,
    column: Column,
    text: &str,
    in_range: fn(f64) -> Result<LatLon, CoordinateError>,
) -> Option<f64> {
    let degrees = row.check(column, parse_number(text, row.separator))?;
    row.check(column, in_range(degrees).map(|_| degrees).map_err(CsvError::from))
}

/// The commune near which `point` would be with latitude and longitude swapped, when it is
/// itself far from the department: the usual slip when copying coordinates by hand.
fn swapped_near(point: LatLon) -> Option<String> {
    let communes = Communes::embedded();
    if communes.nearest(point).town_hall.distance_m(point) < FAR_FROM_DEPARTMENT_M {
        return None;
    }
    let swapped = LatLon::new(point.lon(), point.lat()).ok()?;
    let near = communes.nearest(swapped);
    (near.town_hall.distance_m(swapped) < NEAR_A_TOWN_HALL_M).then(|| near.name.clone())
}

#[cfg(test)]
mod tests {
    use super::super::{import_interventions_csv, CsvImport};
    use super::*;
    use crate::model::{Inclusion, Priority, TimeError, TimeOfDay};
    use crate::road::CommuneError;

    const HEADER: &str =
        "id;client;tel;adresse;commune;cp;lat;lon;durée;créneaux;compétences;priorité;obligatoire;notes\n";

    fn import_row(row: &str) -> CsvImport {
        import_interventions_csv(&format!("{HEADER}{row}\n"))
    }

    /// Each error as (column, error), all expected on line 2.
    fn errors(import: &CsvImport) -> Vec<(&str, &CsvError)> {
        assert!(import.errors.iter().all(|e| e.location.line == 2), "{:?}", import.errors);
        import.errors.iter().map(|e| (e.location.column.as_deref().unwrap_or("-"), &e.error)).collect()
    }

    fn t(h: u32, m: u32) -> TimeOfDay {
        TimeOfDay::from_hm(h, m).unwrap()
    }

    #[test]
    fn every_problem_of_a_row_is_reported_not_just_the_first() {
        let import = import_row("X1;;;;;;91;181;-20;10:00-08:00|9h-10h;fibre+plomberie;haute;bof;");
        assert_eq!(import.interventions, []);
        assert_eq!(
            errors(&import),
            [
                ("lat", &CsvError::Coordinate(CoordinateError::Latitude(91.0))),
                ("lon", &CsvError::Coordinate(CoordinateError::Longitude(181.0))),
                ("durée", &CsvError::DurationNotPositive("-20".into())),
                ("créneaux", &CsvError::Window(TimeError::EndBeforeStart { start: t(10, 0), end: t(8, 0) })),
                ("compétences", &CsvError::UnknownSkill("plomberie".into())),
                ("priorité", &CsvError::UnknownPriority("haute".into())),
                ("obligatoire", &CsvError::UnknownInclusion("bof".into())),
            ]
        );
        assert_eq!(
            import.errors[3].to_string(),
            "line 2, column créneaux: impossible window: end 08:00 before start 10:00"
        );
    }

    #[test]
    fn unreadable_nan_and_missing_values_are_located() {
        let import = import_row(";;;;;;NaN;abc;;;;;;");
        let found = errors(&import);
        assert_eq!(found[0], ("id", &CsvError::MissingValue));
        assert_eq!(found[1].0, "lat");
        assert!(matches!(found[1].1, CsvError::Coordinate(CoordinateError::Latitude(l)) if l.is_nan()));
        assert_eq!(found[2], ("lon", &CsvError::Number("abc".into())));
        assert_eq!(found[3], ("durée", &CsvError::MissingValue));
        assert_eq!(found.len(), 4);
        assert_eq!(import.errors[2].to_string(), "line 2, column lon: unreadable number \"abc\"");
        let import = import_row("X;;;;;;;;30;;;;;");
        assert_eq!(errors(&import), [("commune", &CsvError::NoLocation)]);
    }

    #[test]
    fn coordinates_win_over_the_commune_and_a_half_coordinate_falls_back_with_a_warning() {
        let import = import_row("A;;;;Allos;;43,95;6,52;30;;;;;");
        assert_eq!(import.interventions[0].location, LatLon::new(43.95, 6.52).unwrap());
        let import = import_row("A;;;;Allos;;43,95;;30;;;;;");
        assert_eq!(import.interventions[0].location, Communes::embedded().find("Allos").unwrap().town_hall);
        assert_eq!(
            import.warnings[0].to_string(),
            "line 2, column lat: \"lat\" without \"lon\": place taken from the commune"
        );
        let import = import_row("A;;;;;;;6,52;30;;;;;");
        assert_eq!(errors(&import), [("lat", &CsvError::MissingValue)]);
    }

    #[test]
    fn swapped_latitude_and_longitude_are_kept_but_flagged() {
        let import = import_row("A;;;;;;6.629;44.241;30;;;;;");
        assert_eq!(import.errors, []);
        assert_eq!(import.warnings[0].error, CsvWarning::SwappedCoordinates { commune: "Allos".into() });
        assert_eq!(import_row("B;;;;;;48.85;2.35;30;;;;;").warnings, [], "a point in Paris is simply elsewhere");
    }

    #[test]
    fn commune_name_and_postal_code_are_read_together_and_errors_name_candidates() {
        let import = import_row("A;;;;Thorame-Haute;04170;;;30;;;;;");
        assert_eq!(import.interventions[0].location, Communes::embedded().find("04219").unwrap().town_hall);
        let import = import_row("A;;;;Castellane;04170;;;30;;;;;");
        assert!(matches!(errors(&import)[..], [("commune", CsvError::Commune(CommuneError::Unknown { .. }))]));
        let import = import_row("A;;;;;04370;;;30;;;;;");
        let message = import.errors[0].to_string();
        assert!(message.starts_with("line 2, column cp: \"04370\" names"), "{message}");
        for commune in ["Beauvezer", "Colmars", "Villars-Colmars"] {
            assert!(message.contains(commune), "{message}");
        }
    }

    #[test]
    fn optional_cells_have_sensible_defaults_and_the_address_goes_to_the_notes() {
        let import = import_row("A;;;3 place de l'Église;Colmars;;;;45 min;;;;;");
        let job = &import.interventions[0];
        assert_eq!((job.customer.as_str(), job.phone.as_deref()), ("", None));
        assert_eq!((job.priority, job.inclusion), (Priority::Normal, Inclusion::Mandatory));
        assert!(job.windows.is_empty() && job.skills.is_empty());
        assert_eq!((job.address.as_deref(), job.notes.as_str()), (Some("3 place de l'Église"), ""));
        let import = import_row("B;Mme Y;04 65 71 00 01;;Colmars;;;;45;;;;;Sonner deux fois");
        assert_eq!(import.interventions[0].notes, "Sonner deux fois");
        assert_eq!(import.interventions[0].phone.as_deref(), Some("04 65 71 00 01"));
    }

    #[test]
    fn a_decimal_comma_is_refused_when_commas_separate_fields() {
        let text = "id,lat,lon,duree\nA,\"44,1\",\"6,5\",30\n";
        let import = import_interventions_csv(text);
        let columns: Vec<_> = import.errors.iter().map(|e| (e.location.column.as_deref(), &e.error)).collect();
        assert_eq!(
            columns,
            [(Some("lat"), &CsvError::Number("44,1".into())), (Some("lon"), &CsvError::Number("6,5".into()))]
        );
    }
}
