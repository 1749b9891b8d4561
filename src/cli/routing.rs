//! `tournee route` and `tournee matrix`: queries on a region pack.

use super::args::parse_lat_lon;
use super::Args;
use crate::cli::core_errors::CoreError;
use crate::cli::messages::{Message, Needed};
use crate::road::pack::read_pack;
use crate::road::snap::DEFAULT_MAX_SNAP_M;
use crate::road::Router;
use serde_json::json;

/// Loads the pack named by the first positional argument.
fn load(args: &Args) -> Result<Router, String> {
    let path = args.positional(0, Needed::Pack)?;
    let bytes = std::fs::read(path).map_err(|e| Message::at(path, e))?;
    read_pack(&bytes).map(|(_, router)| router).map_err(|e| Message::at(path, CoreError::from(e)).into())
}

/// One route as `{"distance_m", "duration_s", "snap_m": [from, to]}`.
pub fn route(args: &Args) -> Result<String, String> {
    let router = load(args)?;
    let (from, to, metric, day) = (args.lat_lon("from")?, args.lat_lon("to")?, args.metric()?, args.date()?);
    let route = router.route(from, to, metric, day, DEFAULT_MAX_SNAP_M).map_err(|e| e.to_string())?;
    let mut out = json!({
        "distance_m": round1(route.distance_m),
        "duration_s": round1(route.duration_s),
        "snap_m": [round1(route.snap_m[0]), round1(route.snap_m[1])],
    });
    if let Some(day) = day {
        out["closed_on_date"] = json!(router.closed_roads(day));
    }
    Ok(out.to_string())
}

/// A matrix between the points of a CSV file (`lat,lon` per line; a header line is skipped).
pub fn matrix(args: &Args) -> Result<String, String> {
    let router = load(args)?;
    let path = args.option("points").ok_or(Message::MissingOption(Needed::Points))?;
    let text = std::fs::read_to_string(path).map_err(|e| Message::at(path, e))?;
    let mut points = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || (number == 0 && line.chars().next().is_some_and(char::is_alphabetic)) {
            continue;
        }
        points.push(parse_lat_lon(line).map_err(|e| Message::AtLine {
            file: path.to_string(),
            line: number + 1,
            error: e,
        })?);
    }
    let matrix = router.matrix(&points, args.metric()?, args.date()?, DEFAULT_MAX_SNAP_M).map_err(|e| e.to_string())?;
    let rows = |values: &[Option<f64>]| -> Vec<Vec<Option<f64>>> {
        values.chunks(matrix.size.max(1)).map(|row| row.iter().map(|v| v.map(round1)).collect()).collect()
    };
    Ok(json!({
        "duration_s": rows(&matrix.duration_s),
        "distance_m": rows(&matrix.distance_m),
        "snap_m": matrix.snap_m.iter().map(|&m| round1(m)).collect::<Vec<_>>(),
    })
    .to_string())
}

/// Rounds to one decimal for output.
fn round1(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}
