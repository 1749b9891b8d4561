//! Level of detail for the map's roads: a département holds about a million road points,
//! far too many to redraw at every pan step on a phone.
//!
//! Zoomed out, the map draws the overview: major roads only, simplified to what a screen can
//! show of the whole region (a tolerance of 1/400 of its width: a pixel of a phone showing it
//! all). Zoomed in (the view narrower than [`DETAIL_SHARE`] of the region), it draws the tiles
//! of an 8 × 8 grid that meet the view, at full shape: major and local roads, and every road
//! once the view is narrower than [`ALL_ROADS_SHARE`]. Paths are shared strings, so a redraw
//! that keeps the same tiles costs the browser no new path text.

use super::map_drawing::{Projection, RoadRank};
use super::map_view::MapView;
use crate::road::RoadGraph;
use geo::{LineString, SimplifyIdx};
use std::fmt::Write;
use yew::AttrValue;

/// Below this share of the region's width, the view shows the major and local roads of its tiles.
pub const DETAIL_SHARE: f64 = 0.35;
/// Below this share, the view shows every road of its tiles, lanes and streets included.
pub const ALL_ROADS_SHARE: f64 = 0.12;
/// Tiles per side of the detailed grid.
const GRID: usize = 8;
/// Overview tolerance: this fraction of the region's width (a pixel of a phone showing it all).
const OVERVIEW_TOLERANCE_SHARE: f64 = 1.0 / 400.0;

/// One road path of a rank, as SVG `d` text.
pub type RoadPath = (RoadRank, AttrValue);

/// A square of the detailed grid: its roads and the frame they span.
#[derive(Debug, Clone, PartialEq)]
pub struct RoadTile {
    /// Top-left corner of what the tile's roads cover, map metres.
    min: (f64, f64),
    /// Bottom-right corner.
    max: (f64, f64),
    /// One path per rank.
    paths: Vec<RoadPath>,
}

/// The roads at both levels of detail.
#[derive(Debug, Clone, PartialEq)]
pub struct RoadLayers {
    /// Major roads, simplified, for the zoomed-out map.
    pub overview: Vec<RoadPath>,
    tiles: Vec<RoadTile>,
}

/// A tile being drawn: path text per rank, and the corners of what it holds so far.
type TileDraft = (Vec<String>, (f64, f64), (f64, f64));

/// Appends `points` (map metres) to `path` as one line.
fn draw(path: &mut String, points: impl Iterator<Item = (f64, f64)>) {
    for (i, (x, y)) in points.enumerate() {
        let _ = write!(path, "{}{x:.0} {y:.0}", if i == 0 { "M" } else { "L" });
    }
}

impl RoadLayers {
    /// Both layers of `graph` drawn with `projection` over the frame `min`–`max` (map metres).
    ///
    /// Complexity: O(points), plus the overview's simplification.
    pub fn of(graph: &RoadGraph, projection: &Projection, min: (f64, f64), max: (f64, f64)) -> RoadLayers {
        let tolerance = (max.0 - min.0).max(max.1 - min.1) * OVERVIEW_TOLERANCE_SHARE;
        let ranks = [RoadRank::Minor, RoadRank::Local, RoadRank::Major];
        let mut overview: Vec<String> = vec![String::new(); ranks.len()];
        let mut tiles: Vec<TileDraft> = (0..GRID * GRID)
            .map(|_| (vec![String::new(); ranks.len()], (f64::MAX, f64::MAX), (f64::MIN, f64::MIN)))
            .collect();
        let cell = ((max.0 - min.0) / GRID as f64, (max.1 - min.1) / GRID as f64);
        for stretch in &graph.stretches {
            let rank = RoadRank::of(stretch.class);
            let points: Vec<(f64, f64)> = stretch.geometry.iter().map(|&(lat, lon)| projection.xy(lat, lon)).collect();
            let (x0, y0) = points[0];
            let col = (((x0 - min.0) / cell.0.max(1.0)) as usize).min(GRID - 1);
            let row = (((y0 - min.1) / cell.1.max(1.0)) as usize).min(GRID - 1);
            let tile = &mut tiles[row * GRID + col];
            draw(&mut tile.0[rank as usize], points.iter().copied());
            for &(x, y) in &points {
                tile.1 = (tile.1 .0.min(x), tile.1 .1.min(y));
                tile.2 = (tile.2 .0.max(x), tile.2 .1.max(y));
            }
            if rank == RoadRank::Major {
                let line: LineString<f64> = points.iter().copied().collect();
                draw(&mut overview[rank as usize], line.simplify_idx(tolerance).into_iter().map(|i| points[i]));
            }
        }
        let shared = |paths: Vec<String>| -> Vec<RoadPath> {
            ranks
                .iter()
                .zip(paths)
                .filter(|(_, d)| !d.is_empty())
                .map(|(&rank, d)| (rank, AttrValue::from(d)))
                .collect()
        };
        RoadLayers {
            overview: shared(overview),
            tiles: tiles
                .into_iter()
                .filter(|(_, min, _)| min.0 != f64::MAX)
                .map(|(paths, min, max)| RoadTile { min, max, paths: shared(paths) })
                .collect(),
        }
    }

    /// The paths to draw for `view` of a region `whole_width` wide: the overview zoomed out,
    /// else the roads of the tiles meeting the view (lanes only when close).
    pub fn paths_for(&self, view: &MapView, whole_width: f64) -> Vec<RoadPath> {
        if view.width > whole_width * DETAIL_SHARE {
            return self.overview.clone();
        }
        let meets = |tile: &&RoadTile| {
            tile.min.0 <= view.x + view.width
                && tile.max.0 >= view.x
                && tile.min.1 <= view.y + view.height
                && tile.max.1 >= view.y
        };
        let all_roads = view.width <= whole_width * ALL_ROADS_SHARE;
        self.tiles
            .iter()
            .filter(meets)
            .flat_map(|tile| tile.paths.iter().filter(|(rank, _)| all_roads || *rank != RoadRank::Minor).cloned())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::map_drawing::MapDrawing;
    use crate::road::pack::read_pack;

    #[test]
    fn zoomed_out_shows_simplified_main_roads_zoomed_in_every_road_near_the_view() {
        let (_, router) = read_pack(include_bytes!("../../static/demo/andorra.bin")).unwrap();
        let drawing = MapDrawing::of(router.graph());
        let whole = MapView::parse(&drawing.view_box).unwrap();
        let count = |paths: &[RoadPath]| paths.iter().map(|(_, d)| d.matches(['M', 'L']).count()).sum::<usize>();
        let overview = drawing.layers.paths_for(&whole, whole.width);
        assert!(overview.iter().all(|(rank, _)| *rank == RoadRank::Major), "main roads only on the whole region");
        let middle = drawing.layers.paths_for(&whole.zoom(4.0, 0.5, 0.5, &whole), whole.width);
        assert!(middle.iter().any(|(rank, _)| *rank == RoadRank::Local));
        assert!(middle.iter().all(|(rank, _)| *rank != RoadRank::Minor), "no lanes at a quarter of the region");
        let close = whole.zoom(10.0, 0.5, 0.5, &whole);
        let detail = drawing.layers.paths_for(&close, whole.width);
        assert!(detail.iter().any(|(rank, _)| *rank == RoadRank::Minor), "every road zoomed in");
        let everything = drawing.layers.tiles.iter().flat_map(|t| t.paths.clone()).collect::<Vec<_>>();
        let points_total = count(&everything);
        println!(
            "overview {} points, zoomed {} points, all roads {points_total} points",
            count(&overview),
            count(&detail)
        );
        assert!(count(&overview) * 3 < points_total, "the overview is light");
        assert!(count(&detail) < points_total, "zoomed in, only the tiles around the view");
        // Every stretch is in exactly one tile: the tiles hold all the roads.
        let strokes: usize = everything.iter().map(|(_, d)| d.matches('M').count()).sum();
        assert_eq!(strokes, router.graph().stretches.len());
    }
}
