//! `tournee pack build`: from an OSM extract to a region pack file, streamed from disk,
//! optionally clipped to an area, with as many elevation tiles as the area needs.

use super::core_errors::CoreError;
use super::messages::{BboxProblem, Message, Needed};
use super::Args;
use crate::road::clip::{polygons_from_geojson, ClipArea, DEFAULT_MARGIN_M};
use crate::road::osm::ExtractFile;
use crate::road::pack_builder::{build_pack, PackSource};
use crate::road::{BoundingBox, ElevationSet, ElevationTile, LatLon};
use std::path::Path;
use std::time::Instant;

/// Commune boundaries of Alpes-de-Haute-Provence (IGN Admin Express 2018, Licence Ouverte),
/// for `--within 04` and `--within 04039,04173`.
const COMMUNES_04: &str = include_str!("../../static/data/communes-04-alpes-de-haute-provence_2018.geojson");

/// The last component of `path`, for the pack's metadata.
fn file_name(path: &str) -> String {
    Path::new(path).file_name().map_or(path.to_string(), |n| n.to_string_lossy().into_owned())
}

/// Builds the pack and writes it; returns a JSON summary (size, counts, time).
pub fn run(args: &Args) -> Result<String, String> {
    let input = args.positional(0, Needed::Extract)?;
    let output = args.option("o").or(args.option("output")).ok_or(Message::MissingOption(Needed::PackOutput))?;
    let started = Instant::now();
    let extract = ExtractFile::new(input).map_err(|e| Message::at(input, e))?;
    let elevation = elevation(&args.all("elevation"))?;
    let (area, area_label) = match area(args)? {
        Some((area, label)) => (Some(area), Some(label)),
        None => (None, None),
    };
    let region_name = args
        .option("name")
        .map_or_else(|| file_name(input).split('.').next().unwrap_or("région").to_string(), str::to_string);
    let extract_name = match &area_label {
        Some(label) => format!("{} ({label})", file_name(input)),
        None => file_name(input),
    };
    let source =
        PackSource { extract: &extract, extract_name, region_name, elevation: &elevation, area: area.as_ref() };
    let built = build_pack(source, &mut |_, _| {}).map_err(|e| Message::at(input, CoreError::from(e)))?;
    std::fs::write(output, &built.bytes).map_err(|e| Message::at(output, e))?;
    let summary = serde_json::json!({
        "pack": output,
        "bytes": built.bytes.len(),
        "profiles": built.router.profiles().0.len(),
        "seconds": started.elapsed().as_secs_f64(),
        "area": area_label,
        "bounds": built.meta.bounds,
        "elevation": built.meta.elevation,
        "import": built.meta.import,
    });
    Ok(serde_json::to_string_pretty(&summary).expect("plain JSON"))
}

/// The tiles of every `--elevation` given: a `.hgt.zip` file, or a folder of them.
fn elevation(paths: &[&str]) -> Result<ElevationSet, String> {
    let mut set = ElevationSet::new();
    for path in paths {
        let files: Vec<String> = if Path::new(path).is_dir() {
            let mut files: Vec<String> = std::fs::read_dir(path)
                .map_err(|e| Message::at(path, e))?
                .filter_map(|entry| entry.ok().map(|e| e.path().to_string_lossy().into_owned()))
                .filter(|name| name.to_ascii_lowercase().ends_with(".hgt.zip"))
                .collect();
            files.sort();
            if files.is_empty() {
                return Err(Message::NoTilesInFolder(path.to_string()).into());
            }
            files
        } else {
            vec![path.to_string()]
        };
        for file in files {
            let data = std::fs::read(&file).map_err(|e| Message::at(&file, e))?;
            set.add(ElevationTile::from_zip(&data).map_err(|e| Message::at(&file, e))?, file_name(&file));
        }
    }
    Ok(set)
}

/// The area of `--bbox` or `--within`, grown by `--margin-km`, and a label for the pack's source.
fn area(args: &Args) -> Result<Option<(ClipArea, String)>, String> {
    let margin_m = match args.option("margin-km") {
        Some(text) => {
            let km: f64 = text.parse().map_err(|_| Message::MarginNotNumber(text.to_string()))?;
            if !(0.0..=100.0).contains(&km) {
                return Err(Message::MarginOutOfRange(text.to_string()).into());
            }
            km * 1000.0
        }
        None => DEFAULT_MARGIN_M,
    };
    let margin_label = Message::MarginLabel(margin_m / 1000.0).to_string();
    match (args.option("bbox"), args.option("within")) {
        (Some(_), Some(_)) => Err(Message::BboxAndWithin.into()),
        (Some(text), None) => {
            let bbox = parse_bbox(text)?;
            Ok(Some((ClipArea::from_bbox(bbox, margin_m), format!("--bbox {text}, {margin_label}"))))
        }
        (None, Some(within)) => {
            let polygons = if Path::new(within).is_file() {
                let text = std::fs::read_to_string(within).map_err(|e| Message::at(within, e))?;
                polygons_from_geojson(&text, None).map_err(|e| Message::at(within, e))?
            } else if within.split(',').all(|code| is_code(code.trim())) {
                let codes: Vec<String> = within.split(',').map(|c| c.trim().to_string()).collect();
                if let Some(other) = codes.iter().find(|c| !c.starts_with("04")) {
                    return Err(Message::WithinOutside04(other.clone()).into());
                }
                polygons_from_geojson(COMMUNES_04, Some(&codes))
                    .map_err(|e| Message::at(format!("--within {within}"), e))?
            } else {
                return Err(Message::WithinUnknown(within.to_string()).into());
            };
            Ok(Some((ClipArea::from_polygons(&polygons, margin_m), format!("--within {within}, {margin_label}"))))
        }
        (None, None) => Ok(None),
    }
}

/// A département code (`04`) or a commune's INSEE code (`04039`).
fn is_code(text: &str) -> bool {
    (text.len() == 2 || text.len() == 5) && text.chars().all(|c| c.is_ascii_alphanumeric())
}

/// `SUD,OUEST,NORD,EST` in decimal degrees (latitude before longitude, as everywhere in tournee).
fn parse_bbox(text: &str) -> Result<BoundingBox, String> {
    let bad = |why: BboxProblem| Message::BadBbox(text.to_string(), why);
    let numbers: Vec<f64> = text
        .split(',')
        .map(|n| n.trim().parse::<f64>())
        .collect::<Result<_, _>>()
        .map_err(|_| bad(BboxProblem::Unreadable))?;
    let [south, west, north, east] = numbers[..] else { return Err(bad(BboxProblem::NotFour).into()) };
    let min = LatLon::new(south, west).map_err(|e| bad(BboxProblem::Coordinate(CoreError::from(e).to_string())))?;
    let max = LatLon::new(north, east).map_err(|e| bad(BboxProblem::Coordinate(CoreError::from(e).to_string())))?;
    if south >= north || west >= east {
        return Err(bad(BboxProblem::Reversed).into());
    }
    Ok(BoundingBox { min, max })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn areas_are_read_from_a_box_or_codes_and_bad_ones_say_why() {
        let args = |words: &[&str]| Args::parse(words).unwrap();
        let (bbox, label) = area(&args(&["--bbox", "43.9,6.4,44.0,6.6", "--margin-km", "2"])).unwrap().unwrap();
        assert!(bbox.contains(43.95, 6.5) && !bbox.contains(44.2, 6.5));
        assert!(label.ends_with(&Message::MarginLabel(2.0).to_string()), "{label}");
        let (castellane, _) = area(&args(&["--within", "04039"])).unwrap().unwrap();
        assert!(castellane.contains(43.846, 6.514), "Castellane's town hall");
        assert!(!castellane.contains(44.094, 6.235), "not Digne");
        let (dep, _) = area(&args(&["--within", "04"])).unwrap().unwrap();
        assert!(dep.contains(44.094, 6.235) && dep.contains(44.241, 6.629), "Digne and Allos");
        assert!(!dep.contains(43.70, 7.27), "not Nice");
        let error = |words: &[&str]| area(&args(words)).unwrap_err();
        let bbox_error = |text: &str, why| String::from(Message::BadBbox(text.into(), why));
        assert_eq!(error(&["--bbox", "44.0,6.6,43.9,6.4"]), bbox_error("44.0,6.6,43.9,6.4", BboxProblem::Reversed));
        assert_eq!(error(&["--bbox", "43.9,6.4,44.0"]), bbox_error("43.9,6.4,44.0", BboxProblem::NotFour));
        assert_eq!(error(&["--within", "06"]), String::from(Message::WithinOutside04("06".into())));
        assert!(error(&["--within", "04999"]).contains("04999"));
        assert_eq!(
            error(&["--within", "nowhere.geojson"]),
            String::from(Message::WithinUnknown("nowhere.geojson".into()))
        );
        assert_eq!(
            error(&["--within", "04", "--margin-km", "-3"]),
            String::from(Message::MarginOutOfRange("-3".into()))
        );
        assert!(area(&args(&[])).unwrap().is_none());
    }
}
