//! The 198 communes of Alpes-de-Haute-Provence (04), offline: an address can be a
//! commune name, a postal code or an INSEE code, typed the way a technician types it.
//!
//! Data: `static/data/communes_04.csv` (COG 2026, Licence Ouverte 2.0; see
//! `static/data/README.md`), embedded in the binary and parsed once.
//!
//! Here: the types, errors and lookups by code or place; `parse` reads the CSV,
//! `matching` resolves typed names and codes ([`Communes::find`]).

mod matching;

pub use matching::fold_accents;
mod parse;

use crate::road::LatLon;
use std::fmt;
use std::sync::OnceLock;
use thiserror::Error;

/// The embedded commune table, byte-identical to the shared data file.
const COMMUNES_04_CSV: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/static/data/communes_04.csv"));

/// How many candidates an error message names before saying "and N more" (the app words it too).
pub const LISTED_IN_MESSAGE: usize = 12;

/// Two points closer than this (metres) are one place: coordinates copied from a town hall
/// and written back with six decimals (10 cm) are still that town hall.
const SAME_POINT_M: f64 = 1.0;

/// One commune: its codes, its town hall and the altitudes of its territory.
#[derive(Debug, Clone, PartialEq)]
pub struct Commune {
    /// INSEE code (`04039`), the stable identifier.
    pub insee: String,
    /// Official name with accents (`Saint-André-les-Alpes`).
    pub name: String,
    /// Postal codes; several communes may share one, and one commune may have several.
    pub postal_codes: Vec<String>,
    /// The town hall (mairie): the point a stop "at the commune" goes to.
    pub town_hall: LatLon,
    /// Mean altitude of the whole territory, in metres (often far above the village).
    pub altitude_m: f64,
    /// Lowest altitude of the territory, in metres, when the source has it.
    pub altitude_min_m: Option<f64>,
    /// Highest altitude of the territory, in metres, when the source has it.
    pub altitude_max_m: Option<f64>,
    /// Legal population (INSEE, COG 2026), when the table has it: the map names the larger
    /// towns first.
    pub population: Option<u32>,
}

impl Commune {
    /// Best available altitude of the village itself, in metres.
    ///
    /// Villages sit in valleys: the territory's lowest point is much closer to the
    /// village than its mean (Allos: min 1339, mean 2087, village ≈ 1425 m), so it is
    /// used, falling back to the mean where the source left the minimum blank.
    pub fn village_altitude_m(&self) -> f64 {
        self.altitude_min_m.unwrap_or(self.altitude_m)
    }
}

/// A commune named in an error, enough for a UI to offer a choice (then [`Communes::by_insee`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommuneRef {
    /// INSEE code.
    pub insee: String,
    /// Official name.
    pub name: String,
}

impl fmt::Display for CommuneRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.name, self.insee)
    }
}

/// Why a typed commune could not be resolved to exactly one commune.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum CommuneError {
    /// Nothing was typed.
    #[error("no commune given")]
    Empty,
    /// No commune of the department has this postal or INSEE code.
    #[error("no commune has the code \"{0}\"")]
    UnknownCode(String),
    /// No commune matches the name; `suggestions` holds up to 3 close names.
    #[error("unknown commune \"{query}\"{}", did_you_mean(suggestions))]
    Unknown {
        /// The text as typed.
        query: String,
        /// Close names, best first.
        suggestions: Vec<CommuneRef>,
    },
    /// Several communes match (shared postal code, or a prefix of several names).
    #[error("\"{query}\" names {} communes: {}", candidates.len(), listing(candidates))]
    Ambiguous {
        /// The text as typed.
        query: String,
        /// Every commune it designates.
        candidates: Vec<CommuneRef>,
    },
}

/// Why a commune table could not be read (only a malformed replacement file can fail).
#[derive(Debug, Clone, PartialEq, Error)]
pub enum CommuneDataError {
    /// A required column is missing from the header line.
    #[error("communes file: column \"{0}\" missing from the header")]
    MissingColumn(&'static str),
    /// A data line is malformed (1-based line number in the file).
    #[error("communes file, line {line}: {reason}")]
    Line {
        /// 1-based line number in the file.
        line: usize,
        /// What is wrong with it.
        reason: String,
    },
    /// The file holds no commune.
    #[error("communes file is empty")]
    Empty,
}

/// All communes of the table, with their names pre-normalised for [`Communes::find`].
#[derive(Debug, Clone)]
pub struct Communes {
    communes: Vec<Commune>,
    /// Per commune: normalised full name, and the same without a leading article.
    keys: Vec<(String, String)>,
}

impl Communes {
    /// The embedded table of Alpes-de-Haute-Provence, parsed on first use.
    ///
    /// Complexity: O(n) once, then O(1). The embedded file is checked by the tests
    /// below (`embedded_table_has_the_198_communes`), hence the `expect`.
    pub fn embedded() -> &'static Communes {
        static EMBEDDED: OnceLock<Communes> = OnceLock::new();
        EMBEDDED.get_or_init(|| Communes::parse(COMMUNES_04_CSV).expect("embedded communes_04.csv is tested"))
    }

    /// All communes, in file order (by INSEE code).
    pub fn all(&self) -> &[Commune] {
        &self.communes
    }

    /// The commune with this INSEE code (`04039`), if any. Complexity: O(n).
    pub fn by_insee(&self, insee: &str) -> Option<&Commune> {
        let insee = insee.trim();
        self.communes.iter().find(|c| c.insee == insee)
    }

    /// Every commune served by this postal code (`04170` serves ten). Complexity: O(n).
    pub fn by_postal_code(&self, postal_code: &str) -> Vec<&Commune> {
        let code = postal_code.trim();
        self.communes.iter().filter(|c| c.postal_codes.iter().any(|p| p == code)).collect()
    }

    /// The commune whose town hall is `at` itself (within a metre): a stop placed
    /// from a commune's name or postal code is there, and the technician is told that the
    /// point is the town hall, not the customer's door. Complexity: O(n).
    pub fn town_hall_at(&self, at: LatLon) -> Option<&Commune> {
        self.communes.iter().find(|c| c.town_hall.distance_m(at) < SAME_POINT_M)
    }

    /// The commune whose town hall is closest to `at` (great-circle). Complexity: O(n).
    pub fn nearest(&self, at: LatLon) -> &Commune {
        let d = |c: &&Commune| c.town_hall.distance_m(at);
        // `parse` refuses an empty table, so there is always a minimum.
        self.communes.iter().min_by(|a, b| d(a).total_cmp(&d(b))).expect("a Communes is never empty")
    }
}

/// `; did you mean A (code), B (code)?`, or nothing without suggestions.
fn did_you_mean(suggestions: &[CommuneRef]) -> String {
    if suggestions.is_empty() {
        String::new()
    } else {
        format!("; did you mean {}?", listing(suggestions))
    }
}

/// Names and codes separated by commas, cut after [`LISTED_IN_MESSAGE`] entries.
fn listing(communes: &[CommuneRef]) -> String {
    let shown: Vec<String> = communes.iter().take(LISTED_IN_MESSAGE).map(CommuneRef::to_string).collect();
    match communes.len().saturating_sub(LISTED_IN_MESSAGE) {
        0 => shown.join(", "),
        more => format!("{} and {more} more", shown.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::matching::name_keys;
    use super::*;

    fn find(query: &str) -> Result<&'static Commune, CommuneError> {
        Communes::embedded().find(query)
    }

    #[test]
    fn a_pasted_paragraph_is_unknown_without_suggestions_and_typos_still_get_theirs() {
        let communes = Communes::embedded();
        let paragraph = "Intervention sur la chambre L2T, accès par le chemin communal ".repeat(200);
        match communes.find(&paragraph) {
            Err(CommuneError::Unknown { suggestions, .. }) => assert!(suggestions.is_empty()),
            other => panic!("{other:?}"),
        }
        match communes.find("Castelane") {
            Err(CommuneError::Unknown { suggestions, .. }) => assert_eq!(suggestions[0].name, "Castellane"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_town_hall_is_recognised_from_its_point_and_nowhere_else() {
        let communes = Communes::embedded();
        let colmars = find("Colmars").unwrap();
        assert_eq!(communes.town_hall_at(colmars.town_hall).map(|c| c.name.as_str()), Some("Colmars"));
        let written_back =
            LatLon::new((colmars.town_hall.lat() * 1e6).round() / 1e6, (colmars.town_hall.lon() * 1e6).round() / 1e6)
                .unwrap();
        assert_eq!(communes.town_hall_at(written_back).map(|c| c.insee.as_str()), Some("04061"));
        let next_door = LatLon::new(colmars.town_hall.lat() + 0.0002, colmars.town_hall.lon()).unwrap();
        assert_eq!(communes.town_hall_at(next_door), None, "22 m away is a customer's own door");
        for commune in communes.all() {
            assert_eq!(communes.town_hall_at(commune.town_hall), Some(commune), "no two town halls share a point");
        }
    }

    #[test]
    fn embedded_table_has_the_198_communes() {
        let all = Communes::embedded().all();
        assert_eq!(all.len(), 198);
        let mut codes: Vec<&str> = all.iter().map(|c| c.insee.as_str()).collect();
        codes.dedup();
        assert_eq!(codes.len(), 198, "INSEE codes are unique and sorted");
        let mut keys: Vec<String> = all.iter().map(|c| name_keys(&c.name).0).collect();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), 198, "normalised names stay distinct");
        assert!(all.iter().all(|c| !c.postal_codes.is_empty()));
    }

    #[test]
    fn castellane_town_hall_and_allos_altitudes() {
        let castellane = Communes::embedded().by_insee("04039").unwrap();
        assert_eq!(castellane.name, "Castellane");
        assert_eq!((castellane.town_hall.lat(), castellane.town_hall.lon()), (43.846, 6.514));
        let allos = find("Allos").unwrap();
        assert_eq!(
            (allos.altitude_m, allos.altitude_min_m, allos.altitude_max_m),
            (2087.0, Some(1339.0), Some(3040.0))
        );
        assert_eq!(allos.village_altitude_m(), 1339.0);
    }

    #[test]
    fn blank_source_altitudes_are_none_and_several_postal_codes_are_split() {
        let melve = find("Melve").unwrap();
        assert_eq!((melve.altitude_min_m, melve.village_altitude_m()), (None, 935.0));
        let chateau_arnoux = find("chateau arnoux").unwrap();
        assert_eq!(chateau_arnoux.postal_codes, ["04160", "04600"]);
        assert_eq!(Communes::embedded().by_postal_code(" 04170 ").len(), 10);
    }

    #[test]
    fn nearest_finds_the_commune_of_a_point() {
        let near_allos = LatLon::new(44.245, 6.631).unwrap();
        assert_eq!(Communes::embedded().nearest(near_allos).name, "Allos");
        let castellane = LatLon::new(43.846, 6.514).unwrap();
        assert_eq!(Communes::embedded().nearest(castellane).insee, "04039");
    }
}
