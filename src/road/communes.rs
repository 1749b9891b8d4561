//! The 198 communes of Alpes-de-Haute-Provence (04), offline: an address can be a
//! commune name, a postal code or an INSEE code, typed the way a technician types it.
//!
//! Data: `static/data/communes_04.csv` (COG 2026, Licence Ouverte 2.0; see
//! `static/data/README.md`), embedded in the binary and parsed once.

use crate::road::LatLon;
use std::fmt;
use std::sync::OnceLock;
use thiserror::Error;

/// The embedded commune table, byte-identical to the shared data file.
const COMMUNES_04_CSV: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/static/data/communes_04.csv"));

/// How many candidates an error message names before saying "et N autres".
const LISTED_IN_MESSAGE: usize = 12;

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
    #[error("aucune commune indiquée")]
    Empty,
    /// No commune of the department has this postal or INSEE code.
    #[error("aucune commune des Alpes-de-Haute-Provence n'a le code « {0} »")]
    UnknownCode(String),
    /// No commune matches the name; `suggestions` holds up to 3 close names.
    #[error("commune inconnue : « {query} »{}", did_you_mean(suggestions))]
    Unknown { query: String, suggestions: Vec<CommuneRef> },
    /// Several communes match (shared postal code, or a prefix of several names).
    #[error("« {query} » désigne {} communes, précisez : {}", candidates.len(), listing(candidates))]
    Ambiguous { query: String, candidates: Vec<CommuneRef> },
}

/// Why a commune table could not be read (only a malformed replacement file can fail).
#[derive(Debug, Clone, PartialEq, Error)]
pub enum CommuneDataError {
    /// A required column is missing from the header line.
    #[error("fichier des communes : colonne « {0} » absente de l'en-tête")]
    MissingColumn(&'static str),
    /// A data line is malformed (1-based line number in the file).
    #[error("fichier des communes, ligne {line} : {reason}")]
    Line { line: usize, reason: String },
    /// The file holds no commune.
    #[error("fichier des communes vide")]
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

    /// Reads a table in the `communes_04.csv` layout (comma-separated, no quoting,
    /// postal codes separated by `;`, empty altitude min/max allowed, LF or CRLF).
    pub fn parse(csv: &str) -> Result<Communes, CommuneDataError> {
        let mut lines = csv.trim_start_matches('\u{feff}').lines();
        let header: Vec<&str> = lines.next().unwrap_or("").split(',').map(str::trim).collect();
        let col =
            |name: &'static str| header.iter().position(|h| *h == name).ok_or(CommuneDataError::MissingColumn(name));
        let idx = [
            col("code_insee")?,
            col("nom")?,
            col("codes_postaux")?,
            col("lat_mairie")?,
            col("lon_mairie")?,
            col("altitude_moyenne_m")?,
            col("altitude_min_m")?,
            col("altitude_max_m")?,
        ];
        let mut communes = Vec::new();
        for (i, line) in lines.enumerate().filter(|(_, l)| !l.trim().is_empty()) {
            let line_no = i + 2;
            let bad = |reason: String| CommuneDataError::Line { line: line_no, reason };
            let fields: Vec<&str> = line.split(',').map(str::trim).collect();
            if fields.len() != header.len() {
                return Err(bad(format!("{} champs au lieu de {}", fields.len(), header.len())));
            }
            let number = |k: usize| -> Result<Option<f64>, CommuneDataError> {
                let text = fields[idx[k]];
                if text.is_empty() {
                    return Ok(None);
                }
                text.parse::<f64>()
                    .ok()
                    .filter(|v| v.is_finite())
                    .map(Some)
                    .ok_or_else(|| bad(format!("nombre invalide « {text} » (colonne {})", header[idx[k]])))
            };
            let required = |k: usize| number(k)?.ok_or_else(|| bad(format!("colonne {} vide", header[idx[k]])));
            let town_hall = LatLon::new(required(3)?, required(4)?).map_err(|e| bad(e.to_string()))?;
            let (insee, name) = (fields[idx[0]], fields[idx[1]]);
            if insee.is_empty() || name.is_empty() {
                return Err(bad("code INSEE ou nom vide".to_owned()));
            }
            communes.push(Commune {
                insee: insee.to_owned(),
                name: name.to_owned(),
                postal_codes: fields[idx[2]]
                    .split(';')
                    .map(str::trim)
                    .filter(|c| !c.is_empty())
                    .map(str::to_owned)
                    .collect(),
                town_hall,
                altitude_m: required(5)?,
                altitude_min_m: number(6)?,
                altitude_max_m: number(7)?,
            });
        }
        if communes.is_empty() {
            return Err(CommuneDataError::Empty);
        }
        let keys = communes.iter().map(|c| name_keys(&c.name)).collect();
        Ok(Communes { communes, keys })
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

    /// The commune whose town hall is closest to `at` (great-circle). Complexity: O(n).
    pub fn nearest(&self, at: LatLon) -> &Commune {
        let d = |c: &&Commune| c.town_hall.distance_m(at);
        // `parse` refuses an empty table, so there is always a minimum.
        self.communes.iter().min_by(|a, b| d(a).total_cmp(&d(b))).expect("a Communes is never empty")
    }

    /// Resolves what a technician typed to exactly one commune.
    ///
    /// Arguments: a name (`saint andre les alpes`, `ST-ANDRE-LES-ALPES`, `Saint-André`),
    /// a postal or INSEE code (`04260`, also `4260` as spreadsheets strip the zero), or
    /// both as on an envelope (`04170 Saint-André-les-Alpes`). Case, accents, hyphens,
    /// apostrophes and spaces do not matter, `St`/`Ste` stand for Saint/Sainte and a
    /// leading article may be left out (`Mées`).
    ///
    /// Returns the commune, or [`CommuneError::Ambiguous`] with every candidate (a
    /// code that is both a postal code and another commune's INSEE code lists both),
    /// or [`CommuneError::Unknown`] with up to 3 names within a few typos.
    ///
    /// Complexity: O(n · L²) for n communes and names of length L, only when suggesting.
    ///
    /// Example: `Communes::embedded().find("st andre les alpes")?.insee == "04173"`.
    pub fn find(&self, query: &str) -> Result<&Commune, CommuneError> {
        let query = query.trim();
        let words: Vec<&str> = query.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).collect();
        let code = |w: &&str| (4..=5).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
        let (code, name) = match (words.first(), words.last()) {
            (None, _) | (_, None) => return Err(CommuneError::Empty),
            (Some(first), _) if code(first) => (Some(*first), words[1..].join(" ")),
            (_, Some(last)) if code(last) => (Some(*last), words[..words.len() - 1].join(" ")),
            _ => (None, query.to_owned()),
        };
        let pool: Vec<usize> = match code {
            None => (0..self.communes.len()).collect(),
            Some(code) => {
                let code = format!("{code:0>5}");
                let pool: Vec<usize> = (0..self.communes.len())
                    .filter(|&i| self.communes[i].insee == code || self.communes[i].postal_codes.contains(&code))
                    .collect();
                if pool.is_empty() {
                    return Err(CommuneError::UnknownCode(code));
                }
                pool
            }
        };
        if name.is_empty() {
            return self.one_of(query, &pool);
        }
        let (full, core) = name_keys(&name);
        if full.is_empty() {
            return Err(CommuneError::Empty);
        }
        let exact: Vec<usize> =
            pool.iter().copied().filter(|&i| self.keys[i].0 == full || self.keys[i].1 == core).collect();
        if !exact.is_empty() {
            return self.one_of(query, &exact);
        }
        let prefix: Vec<usize> = pool
            .iter()
            .copied()
            .filter(|&i| self.keys[i].0.starts_with(&full) || self.keys[i].1.starts_with(&core))
            .collect();
        if !prefix.is_empty() {
            return self.one_of(query, &prefix);
        }
        let limit = 1 + core.chars().count() / 3;
        let mut close: Vec<(usize, usize)> = pool
            .iter()
            .map(|&i| (levenshtein(&full, &self.keys[i].0).min(levenshtein(&core, &self.keys[i].1)), i))
            .filter(|&(d, _)| d <= limit)
            .collect();
        close.sort_by_key(|&(d, i)| (d, self.communes[i].name.clone()));
        let suggestions = close.iter().take(3).map(|&(_, i)| self.reference(i)).collect();
        Err(CommuneError::Unknown { query: query.to_owned(), suggestions })
    }

    /// The single commune among `indices`, or an ambiguity naming them all.
    fn one_of(&self, query: &str, indices: &[usize]) -> Result<&Commune, CommuneError> {
        match indices {
            [i] => Ok(&self.communes[*i]),
            _ => Err(CommuneError::Ambiguous {
                query: query.to_owned(),
                candidates: indices.iter().map(|&i| self.reference(i)).collect(),
            }),
        }
    }

    fn reference(&self, i: usize) -> CommuneRef {
        CommuneRef { insee: self.communes[i].insee.clone(), name: self.communes[i].name.clone() }
    }
}

/// A name reduced to lowercase unaccented words joined by single spaces, `st`/`ste`
/// spelled out; returned with and without a leading article (`les mees`, `mees`).
fn name_keys(name: &str) -> (String, String) {
    let mut folded = String::with_capacity(name.len());
    for c in name.chars().flat_map(char::to_lowercase) {
        match c {
            'à' | 'â' | 'ä' | 'á' => folded.push('a'),
            'é' | 'è' | 'ê' | 'ë' => folded.push('e'),
            'î' | 'ï' | 'í' => folded.push('i'),
            'ô' | 'ö' | 'ó' => folded.push('o'),
            'ù' | 'û' | 'ü' | 'ú' => folded.push('u'),
            'ç' => folded.push('c'),
            'ÿ' => folded.push('y'),
            'œ' => folded.push_str("oe"),
            'æ' => folded.push_str("ae"),
            c if c.is_alphanumeric() => folded.push(c),
            _ => folded.push(' '), // hyphens, apostrophes (’ too), dots, spaces
        }
    }
    let words: Vec<&str> = folded
        .split_whitespace()
        .map(|w| match w {
            "st" => "saint",
            "ste" => "sainte",
            w => w,
        })
        .collect();
    let core = match words.as_slice() {
        [article, rest @ ..] if !rest.is_empty() && matches!(*article, "le" | "la" | "les" | "l") => rest.join(" "),
        _ => words.join(" "),
    };
    (words.join(" "), core)
}

/// Edit distance (insertions, deletions, substitutions) between two strings, by chars.
fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = diagonal + usize::from(ca != *cb);
            diagonal = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(row[j + 1] + 1);
        }
    }
    row[b.len()]
}

/// ` ; vouliez-vous dire : A (code), B (code) ?`, or nothing without suggestions.
fn did_you_mean(suggestions: &[CommuneRef]) -> String {
    if suggestions.is_empty() {
        String::new()
    } else {
        format!(" ; vouliez-vous dire : {} ?", listing(suggestions))
    }
}

/// Names and codes separated by commas, cut after [`LISTED_IN_MESSAGE`] entries.
fn listing(communes: &[CommuneRef]) -> String {
    let shown: Vec<String> = communes.iter().take(LISTED_IN_MESSAGE).map(CommuneRef::to_string).collect();
    match communes.len().saturating_sub(LISTED_IN_MESSAGE) {
        0 => shown.join(", "),
        more => format!("{} et {more} autres", shown.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(query: &str) -> Result<&'static Commune, CommuneError> {
        Communes::embedded().find(query)
    }

    fn names(candidates: &[CommuneRef]) -> Vec<&str> {
        candidates.iter().map(|c| c.name.as_str()).collect()
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
    fn names_match_whatever_the_case_accents_separators_and_saint_abbreviation() {
        for typed in [
            "st andre les alpes",
            "ST-ANDRE-LES-ALPES",
            "Saint-André-les-Alpes",
            "Saint-André",
            "saint  andré les-alpes",
        ] {
            assert_eq!(find(typed).unwrap().insee, "04173", "{typed}");
        }
        assert_eq!(find("ste tulle").unwrap().name, "Sainte-Tulle");
        assert_eq!(find("Mees").unwrap().name, "Les Mées");
        assert_eq!(find("l’escale").unwrap().name, "L'Escale");
        assert_eq!(find("st michel l observatoire").unwrap().name, "Saint-Michel-l'Observatoire");
    }

    #[test]
    fn codes_resolve_postal_then_insee_and_envelope_form() {
        assert_eq!(find("04260").unwrap().name, "Allos");
        assert_eq!(find("4260").unwrap().name, "Allos");
        assert_eq!(find("04039").unwrap().name, "Castellane");
        assert_eq!(find("04170 Saint-André-les-Alpes").unwrap().insee, "04173");
        assert_eq!(find("Thorame-Haute, 04170").unwrap().insee, "04219");
        assert_eq!(find("04999"), Err(CommuneError::UnknownCode("04999".into())));
    }

    #[test]
    fn shared_postal_code_is_ambiguous_and_lists_every_candidate() {
        let Err(CommuneError::Ambiguous { candidates, .. }) = find("04170") else { panic!("04170 must be ambiguous") };
        let listed = names(&candidates);
        for expected in ["Saint-André-les-Alpes", "Thorame-Basse", "Thorame-Haute", "Allons", "Moriez", "Vergons"] {
            assert!(listed.contains(&expected), "{expected} missing from {listed:?}");
        }
        // 10 communes have postal code 04170, and La Rochette has INSEE code 04170.
        assert_eq!(listed.len(), 11);
        assert!(listed.contains(&"La Rochette"));
        let message = find("04170").unwrap_err().to_string();
        assert!(message.contains("désigne 11 communes") && message.contains("Thorame-Basse (04218)"), "{message}");
    }

    #[test]
    fn a_prefix_of_several_names_is_ambiguous() {
        let Err(CommuneError::Ambiguous { candidates, .. }) = find("saint martin") else { panic!() };
        assert_eq!(names(&candidates), ["Saint-Martin-de-Brômes", "Saint-Martin-les-Eaux", "Saint-Martin-lès-Seyne"]);
    }

    #[test]
    fn unknown_name_suggests_the_closest_ones() {
        let Err(CommuneError::Unknown { suggestions, .. }) = find("Castelane") else { panic!() };
        assert_eq!(suggestions[0].name, "Castellane");
        assert!(suggestions.len() <= 3);
        let message = find("Castelane").unwrap_err().to_string();
        assert!(
            message.starts_with("commune inconnue : « Castelane » ; vouliez-vous dire : Castellane (04039)"),
            "{message}"
        );
        assert_eq!(find("Paris"), Err(CommuneError::Unknown { query: "Paris".into(), suggestions: vec![] }));
        assert_eq!(find("  "), Err(CommuneError::Empty));
        assert_eq!(find("--"), Err(CommuneError::Empty));
    }

    #[test]
    fn nearest_finds_the_commune_of_a_point() {
        let near_allos = LatLon::new(44.245, 6.631).unwrap();
        assert_eq!(Communes::embedded().nearest(near_allos).name, "Allos");
        let castellane = LatLon::new(43.846, 6.514).unwrap();
        assert_eq!(Communes::embedded().nearest(castellane).insee, "04039");
    }

    #[test]
    fn malformed_tables_are_refused_with_a_line_number() {
        let header =
            "code_insee,nom,codes_postaux,lat_mairie,lon_mairie,altitude_moyenne_m,altitude_min_m,altitude_max_m";
        assert!(Communes::parse(&format!("{header}\r\n04001,Aiglun,04510,44.051,6.145,631,,900\r\n")).is_ok());
        assert_eq!(Communes::parse("code_insee,nom\n").unwrap_err(), CommuneDataError::MissingColumn("codes_postaux"));
        assert_eq!(Communes::parse(&format!("{header}\n")).unwrap_err(), CommuneDataError::Empty);
        let swapped = Communes::parse(&format!("{header}\n04001,Aiglun,04510,144.0,6.1,631,507,900\n")).unwrap_err();
        assert!(matches!(swapped, CommuneDataError::Line { line: 2, .. }), "{swapped:?}");
        assert!(swapped.to_string().contains("latitude invalide"));
        let short = Communes::parse(&format!("{header}\n04001,Aiglun\n")).unwrap_err();
        assert_eq!(short.to_string(), "fichier des communes, ligne 2 : 2 champs au lieu de 8");
    }

    #[test]
    fn edit_distance_counts_typos() {
        assert_eq!(levenshtein("castelane", "castellane"), 1);
        assert_eq!(levenshtein("", "abc"), 3);
        assert_eq!(levenshtein("allos", "allons"), 1);
        assert_eq!(levenshtein("barreme", "barreme"), 0);
    }
}
