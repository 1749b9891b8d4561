//! Resolving what a technician typed (name, code or both) to one commune: name
//! normalisation, exact and prefix matching, and suggestions within a few typos.

use super::{Commune, CommuneError, CommuneRef, Communes};

impl Communes {
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
        // Two names whose lengths differ by more than `limit` are further apart than `limit`:
        // skipping them first bounds the work by the names' lengths, not by what was typed (a
        // pasted paragraph in a commune cell costs a length check per commune, not 10^4 steps).
        let (full_len, core_len) = (full.chars().count(), core.chars().count());
        let near = |key: &str, len: usize| key.chars().count().abs_diff(len) <= limit;
        let mut close: Vec<(usize, usize)> = pool
            .iter()
            .filter(|&&i| near(&self.keys[i].0, full_len) || near(&self.keys[i].1, core_len))
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

/// `text` in lowercase without French accents or ligatures (`Œuvre Élan` → `oeuvre elan`):
/// how names, headers and keywords typed by people are compared.
pub fn fold_accents(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
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
            c => folded.push(c),
        }
    }
    folded
}

/// A name reduced to lowercase unaccented words joined by single spaces, `st`/`ste`
/// spelled out; returned with and without a leading article (`les mees`, `mees`).
pub(super) fn name_keys(name: &str) -> (String, String) {
    // Hyphens, apostrophes (’ too), dots and spaces all separate words.
    let folded: String = fold_accents(name).chars().map(|c| if c.is_alphanumeric() { c } else { ' ' }).collect();
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
        assert!(message.contains("names 11 communes") && message.contains("Thorame-Basse (04218)"), "{message}");
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
        assert!(message.starts_with("unknown commune \"Castelane\"; did you mean Castellane (04039)"), "{message}");
        assert_eq!(find("Paris"), Err(CommuneError::Unknown { query: "Paris".into(), suggestions: vec![] }));
        assert_eq!(find("  "), Err(CommuneError::Empty));
        assert_eq!(find("--"), Err(CommuneError::Empty));
    }

    #[test]
    fn edit_distance_counts_typos() {
        assert_eq!(levenshtein("castelane", "castellane"), 1);
        assert_eq!(levenshtein("", "abc"), 3);
        assert_eq!(levenshtein("allos", "allons"), 1);
        assert_eq!(levenshtein("barreme", "barreme"), 0);
    }
}
