//! Polygons out of a GeoJSON file (a geometry, a feature or a collection of them),
//! optionally only the features whose `code` is one of the given commune codes
//! (`04039`) or starts with a département's (`04`).

use serde_json::Value;
use thiserror::Error;

/// One polygon: its outer ring then its holes, each ring a closed list of (lat, lon).
#[derive(Debug, Clone, PartialEq)]
pub struct Polygon {
    /// Rings, first point repeated last.
    pub rings: Vec<Vec<(f64, f64)>>,
}

/// Why a GeoJSON text gave no area.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum GeoJsonError {
    /// Not JSON at all.
    #[error("unreadable GeoJSON at line {line}, column {column}: {message}")]
    Syntax {
        /// Line of the error (1-based).
        line: usize,
        /// Column of the error (1-based).
        column: usize,
        /// What the JSON reader says.
        message: String,
    },
    /// A coordinate that is not a `[longitude, latitude]` pair on Earth.
    #[error("GeoJSON: invalid coordinate in feature {feature} ({detail})")]
    Coordinate {
        /// Index of the feature (0-based) in the collection.
        feature: usize,
        /// The offending value.
        detail: String,
    },
    /// Codes that match no feature.
    #[error("GeoJSON: no commune for the code {}", .0.join(", "))]
    UnknownCodes(Vec<String>),
    /// Nothing of type Polygon or MultiPolygon.
    #[error("GeoJSON: no Polygon or MultiPolygon")]
    NoPolygon,
}

/// The polygons of `text`; with `codes`, only those of the features they name.
///
/// Complexity: linear in the text.
pub fn polygons_from_geojson(text: &str, codes: Option<&[String]>) -> Result<Vec<Polygon>, GeoJsonError> {
    let root: Value = serde_json::from_str(text).map_err(|e| GeoJsonError::Syntax {
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    })?;
    let features: Vec<&Value> = match root.get("type").and_then(Value::as_str) {
        Some("FeatureCollection") => {
            root.get("features").and_then(Value::as_array).map(|f| f.iter().collect()).unwrap_or_default()
        }
        _ => vec![&root],
    };
    let mut matched = vec![false; codes.map_or(0, <[String]>::len)];
    let mut polygons = Vec::new();
    for (index, feature) in features.iter().enumerate() {
        if let Some(codes) = codes {
            let code = feature.pointer("/properties/code").and_then(Value::as_str).unwrap_or("");
            let hits: Vec<usize> = (0..codes.len()).filter(|&i| code_matches(&codes[i], code)).collect();
            if hits.is_empty() {
                continue;
            }
            hits.into_iter().for_each(|i| matched[i] = true);
        }
        let geometry = feature.get("geometry").unwrap_or(feature);
        let coordinates = geometry.get("coordinates");
        match (geometry.get("type").and_then(Value::as_str), coordinates) {
            (Some("Polygon"), Some(rings)) => polygons.push(polygon(rings, index)?),
            (Some("MultiPolygon"), Some(Value::Array(parts))) => {
                for part in parts {
                    polygons.push(polygon(part, index)?);
                }
            }
            _ => {}
        }
    }
    if let Some(codes) = codes {
        let unknown: Vec<String> = codes.iter().zip(&matched).filter(|(_, &m)| !m).map(|(c, _)| c.clone()).collect();
        if !unknown.is_empty() {
            return Err(GeoJsonError::UnknownCodes(unknown));
        }
    }
    if polygons.is_empty() {
        return Err(GeoJsonError::NoPolygon);
    }
    Ok(polygons)
}

/// Whether `wanted` (a commune code, or a département code of 2 or 3 characters) names `code`.
fn code_matches(wanted: &str, code: &str) -> bool {
    if wanted.len() < 5 {
        code.len() == 5 && code.starts_with(wanted)
    } else {
        code == wanted
    }
}

fn polygon(rings: &Value, feature: usize) -> Result<Polygon, GeoJsonError> {
    let bad =
        |detail: &Value| GeoJsonError::Coordinate { feature, detail: detail.to_string().chars().take(60).collect() };
    let rings = rings.as_array().ok_or_else(|| bad(rings))?;
    let rings = rings
        .iter()
        .map(|ring| {
            ring.as_array()
                .ok_or_else(|| bad(ring))?
                .iter()
                .map(|point| {
                    let pair = point.as_array().filter(|p| p.len() >= 2).ok_or_else(|| bad(point))?;
                    let (lon, lat) =
                        (pair[0].as_f64().ok_or_else(|| bad(point))?, pair[1].as_f64().ok_or_else(|| bad(point))?);
                    if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
                        return Err(bad(point));
                    }
                    Ok((lat, lon))
                })
                .collect::<Result<Vec<_>, _>>()
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Polygon { rings })
}

#[cfg(test)]
mod tests {
    use super::*;

    const COMMUNES: &str = include_str!("../../../static/data/communes-04-alpes-de-haute-provence_2018.geojson");

    #[test]
    fn the_departement_has_its_198_communes_and_a_commune_its_own_polygon() {
        let all = polygons_from_geojson(COMMUNES, Some(&["04".to_string()])).unwrap();
        assert!(all.len() >= 198, "{} polygons", all.len());
        let castellane = polygons_from_geojson(COMMUNES, Some(&["04039".to_string()])).unwrap();
        let ring = &castellane[0].rings[0];
        assert!(
            ring.iter().all(|&(lat, lon)| (43.7..44.0).contains(&lat) && (6.3..6.7).contains(&lon)),
            "lat, lon order"
        );
    }

    #[test]
    fn unknown_codes_and_broken_files_say_what_is_wrong() {
        let error = polygons_from_geojson(COMMUNES, Some(&["04039".into(), "06088".into()])).unwrap_err();
        assert_eq!(error, GeoJsonError::UnknownCodes(vec!["06088".into()]));
        let error =
            polygons_from_geojson("{\"type\": \"Polygon\",\n \"coordinates\": [[[6.5, 44.0], ", None).unwrap_err();
        assert!(matches!(error, GeoJsonError::Syntax { line: 2, .. }), "{error:?}");
        let swapped = r#"{"type": "Polygon", "coordinates": [[[6.5, 44.0], [6.6, 144.0], [6.5, 44.1], [6.5, 44.0]]]}"#;
        assert!(matches!(polygons_from_geojson(swapped, None), Err(GeoJsonError::Coordinate { feature: 0, .. })));
        let point = r#"{"type": "Point", "coordinates": [6.5, 44.0]}"#;
        assert_eq!(polygons_from_geojson(point, None), Err(GeoJsonError::NoPolygon));
    }
}
