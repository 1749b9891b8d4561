//! Reading a commune table from its CSV text.

use super::matching::name_keys;
use super::{Commune, CommuneDataError, Communes};
use crate::road::LatLon;

impl Communes {
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
        let population = header.iter().position(|h| *h == "population_cog2026");
        let mut communes = Vec::new();
        for (i, line) in lines.enumerate().filter(|(_, l)| !l.trim().is_empty()) {
            let line_no = i + 2;
            let bad = |reason: String| CommuneDataError::Line { line: line_no, reason };
            let fields: Vec<&str> = line.split(',').map(str::trim).collect();
            if fields.len() != header.len() {
                return Err(bad(format!("{} fields instead of {}", fields.len(), header.len())));
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
                    .ok_or_else(|| bad(format!("invalid number \"{text}\" (column {})", header[idx[k]])))
            };
            let required = |k: usize| number(k)?.ok_or_else(|| bad(format!("column {} empty", header[idx[k]])));
            let town_hall = LatLon::new(required(3)?, required(4)?).map_err(|e| bad(e.to_string()))?;
            let (insee, name) = (fields[idx[0]], fields[idx[1]]);
            if insee.is_empty() || name.is_empty() {
                return Err(bad("INSEE code or name empty".to_owned()));
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
                population: match population.map(|k| fields[k]).filter(|text| !text.is_empty()) {
                    Some(text) => Some(text.parse().map_err(|_| bad(format!("invalid population \"{text}\"")))?),
                    None => None,
                },
            });
        }
        if communes.is_empty() {
            return Err(CommuneDataError::Empty);
        }
        let keys = communes.iter().map(|c| name_keys(&c.name)).collect();
        Ok(Communes { communes, keys })
    }
}

#[cfg(test)]
mod tests {
    use super::super::{CommuneDataError, Communes};

    #[test]
    fn malformed_tables_are_refused_with_a_line_number() {
        let header =
            "code_insee,nom,codes_postaux,lat_mairie,lon_mairie,altitude_moyenne_m,altitude_min_m,altitude_max_m";
        assert!(Communes::parse(&format!("{header}\r\n04001,Aiglun,04510,44.051,6.145,631,,900\r\n")).is_ok());
        assert_eq!(Communes::parse("code_insee,nom\n").unwrap_err(), CommuneDataError::MissingColumn("codes_postaux"));
        assert_eq!(Communes::parse(&format!("{header}\n")).unwrap_err(), CommuneDataError::Empty);
        let swapped = Communes::parse(&format!("{header}\n04001,Aiglun,04510,144.0,6.1,631,507,900\n")).unwrap_err();
        assert!(matches!(swapped, CommuneDataError::Line { line: 2, .. }), "{swapped:?}");
        assert!(swapped.to_string().contains("invalid latitude"));
        let short = Communes::parse(&format!("{header}\n04001,Aiglun\n")).unwrap_err();
        assert_eq!(short.to_string(), "communes file, line 2: 2 fields instead of 8");
    }
}
