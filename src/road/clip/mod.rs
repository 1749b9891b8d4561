//! The area a region pack keeps out of a larger extract: a box or polygons, with a margin.
//!
//! The area is rasterised once into a grid of cells a quarter of the margin wide:
//! a cell is kept when a polygon covers its centre or a polygon's edge crosses it,
//! then the kept cells grow by the margin. Testing a node is then two divisions and
//! a bit read, whatever the polygons' size, for the millions of nodes of an extract.
//! The margin keeps the roads that leave the area and come back (a valley road
//! through the next département) and the approaches of border villages; the pack
//! keeps a bit more than asked, never less.

mod geojson;

use super::{BoundingBox, LatLon, METRES_PER_DEGREE};
pub use geojson::{polygons_from_geojson, GeoJsonError, Polygon};

/// Margin used when none is given: a mountain road rarely strays further out and back.
pub const DEFAULT_MARGIN_M: f64 = 5_000.0;
/// Smallest cell, m (a tiny margin would otherwise make a huge grid).
const MIN_CELL_M: f64 = 200.0;
/// Largest grid, cells: a département at a 5 km margin needs about 20,000.
const MAX_CELLS: usize = 4_000_000;

/// Kept cells over a latitude/longitude rectangle.
#[derive(Debug, Clone)]
pub struct ClipArea {
    south: f64,
    west: f64,
    cell_lat: f64,
    cell_lon: f64,
    rows: usize,
    cols: usize,
    kept: Vec<bool>,
}

impl ClipArea {
    /// The box, grown by `margin_m` on every side.
    pub fn from_bbox(bbox: BoundingBox, margin_m: f64) -> ClipArea {
        let corners = [
            (bbox.min.lat(), bbox.min.lon()),
            (bbox.min.lat(), bbox.max.lon()),
            (bbox.max.lat(), bbox.max.lon()),
            (bbox.max.lat(), bbox.min.lon()),
            (bbox.min.lat(), bbox.min.lon()),
        ];
        ClipArea::from_polygons(&[Polygon { rings: vec![corners.to_vec()] }], margin_m)
    }

    /// The union of `polygons`, grown by `margin_m`.
    ///
    /// Complexity: O(cells + polygon edges × rows they span).
    pub fn from_polygons(polygons: &[Polygon], margin_m: f64) -> ClipArea {
        let margin_m = margin_m.max(0.0);
        let points = polygons.iter().flat_map(|p| p.rings.iter().flatten());
        let (mut south, mut west, mut north, mut east) = (90.0f64, 180.0f64, -90.0f64, -180.0f64);
        for &(lat, lon) in points {
            (south, north, west, east) = (south.min(lat), north.max(lat), west.min(lon), east.max(lon));
        }
        let mid_cos = ((south + north) / 2.0).to_radians().cos().max(0.01);
        let mut cell_m = (margin_m / 4.0).max(MIN_CELL_M);
        let span_m = ((north - south) * METRES_PER_DEGREE + 2.0 * margin_m)
            * ((east - west) * METRES_PER_DEGREE * mid_cos + 2.0 * margin_m);
        while span_m / (cell_m * cell_m) > MAX_CELLS as f64 {
            cell_m *= 2.0;
        }
        let (cell_lat, cell_lon) = (cell_m / METRES_PER_DEGREE, cell_m / (METRES_PER_DEGREE * mid_cos));
        let grow = (margin_m / cell_m).ceil() as usize + 1;
        let (south, west) = (south - grow as f64 * cell_lat, west - grow as f64 * cell_lon);
        let rows = ((north - south) / cell_lat).ceil() as usize + grow + 1;
        let cols = ((east - west) / cell_lon).ceil() as usize + grow + 1;
        let mut area = ClipArea { south, west, cell_lat, cell_lon, rows, cols, kept: vec![false; rows * cols] };
        for polygon in polygons {
            area.fill(polygon);
            area.trace_edges(polygon);
        }
        area.grow(margin_m, cell_m);
        area
    }

    /// Whether a node at `lat`, `lon` is kept.
    pub fn contains(&self, lat: f64, lon: f64) -> bool {
        let (row, col) = ((lat - self.south) / self.cell_lat, (lon - self.west) / self.cell_lon);
        if !(row >= 0.0 && col >= 0.0) {
            return false;
        }
        let (row, col) = (row as usize, col as usize);
        row < self.rows && col < self.cols && self.kept[row * self.cols + col]
    }

    /// The rectangle of the kept cells.
    pub fn bounds(&self) -> Option<BoundingBox> {
        let kept = (0..self.rows * self.cols).filter(|&i| self.kept[i]);
        let corners = kept.flat_map(|i| {
            let (row, col) = ((i / self.cols) as f64, (i % self.cols) as f64);
            let at = |r: f64, c: f64| LatLon::new(self.south + r * self.cell_lat, self.west + c * self.cell_lon).ok();
            [at(row, col), at(row + 1.0, col + 1.0)]
        });
        BoundingBox::around(corners.flatten())
    }

    /// Share of the grid kept (for the build report).
    pub fn kept_share(&self) -> f64 {
        self.kept.iter().filter(|&&k| k).count() as f64 / self.kept.len().max(1) as f64
    }

    /// Keeps the cells whose centre the polygon covers (even-odd rule over its rings).
    fn fill(&mut self, polygon: &Polygon) {
        for row in 0..self.rows {
            let lat = self.south + (row as f64 + 0.5) * self.cell_lat;
            let mut crossings: Vec<f64> = Vec::new();
            for ring in &polygon.rings {
                for pair in ring.windows(2) {
                    let ((lat_a, lon_a), (lat_b, lon_b)) = (pair[0], pair[1]);
                    if (lat_a <= lat) != (lat_b <= lat) {
                        crossings.push(lon_a + (lat - lat_a) / (lat_b - lat_a) * (lon_b - lon_a));
                    }
                }
            }
            crossings.sort_by(f64::total_cmp);
            for span in crossings.chunks_exact(2) {
                let first = ((span[0] - self.west) / self.cell_lon - 0.5).ceil().max(0.0) as usize;
                let last = ((span[1] - self.west) / self.cell_lon - 0.5).floor();
                if last < 0.0 {
                    continue;
                }
                for col in first..=(last as usize).min(self.cols - 1) {
                    self.kept[row * self.cols + col] = true;
                }
            }
        }
    }

    /// Keeps every cell an edge of the polygon passes through (thin parts have no covered centre).
    fn trace_edges(&mut self, polygon: &Polygon) {
        for pair in polygon.rings.iter().flat_map(|ring| ring.windows(2)) {
            let ((lat_a, lon_a), (lat_b, lon_b)) = (pair[0], pair[1]);
            let steps = (((lat_b - lat_a) / self.cell_lat).abs().max(((lon_b - lon_a) / self.cell_lon).abs()) * 2.0)
                .ceil()
                .max(1.0) as usize;
            for i in 0..=steps {
                let t = i as f64 / steps as f64;
                let (row, col) = (
                    ((lat_a + t * (lat_b - lat_a) - self.south) / self.cell_lat) as usize,
                    ((lon_a + t * (lon_b - lon_a) - self.west) / self.cell_lon) as usize,
                );
                if row < self.rows && col < self.cols {
                    self.kept[row * self.cols + col] = true;
                }
            }
        }
    }

    /// Keeps every cell within `margin_m` of a kept one (a disc of cells, one row pass per offset).
    fn grow(&mut self, margin_m: f64, cell_m: f64) {
        let reach = (margin_m / cell_m).ceil() as isize;
        if reach == 0 {
            return;
        }
        let before = self.kept.clone();
        let (rows, cols) = (self.rows as isize, self.cols as isize);
        for row in 0..rows {
            for col in 0..cols {
                if !before[(row * cols + col) as usize] {
                    continue;
                }
                for dr in -reach..=reach {
                    let r = row + dr;
                    if r < 0 || r >= rows {
                        continue;
                    }
                    // Half-width of the disc at this row offset, in cells (+1: cells, not points).
                    let half = (((reach * reach - dr * dr) as f64).sqrt()).ceil() as isize + 1;
                    for c in (col - half).max(0)..=(col + half).min(cols - 1) {
                        self.kept[(r * cols + c) as usize] = true;
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square(south: f64, west: f64, side: f64) -> Polygon {
        let ring =
            vec![(south, west), (south, west + side), (south + side, west + side), (south + side, west), (south, west)];
        Polygon { rings: vec![ring] }
    }

    #[test]
    fn a_square_keeps_its_inside_and_its_margin_and_nothing_far() {
        let area = ClipArea::from_polygons(&[square(44.0, 6.0, 0.1)], 2_000.0);
        assert!(area.contains(44.05, 6.05));
        // 1.5 km outside every side: within the margin.
        let lat_step = 1_500.0 / METRES_PER_DEGREE;
        let lon_step = 1_500.0 / (METRES_PER_DEGREE * 44.05f64.to_radians().cos());
        for (lat, lon) in
            [(44.0 - lat_step, 6.05), (44.1 + lat_step, 6.05), (44.05, 6.0 - lon_step), (44.05, 6.1 + lon_step)]
        {
            assert!(area.contains(lat, lon), "{lat}, {lon}");
        }
        // 5 km out: beyond the margin and the rounding to cells.
        assert!(!area.contains(44.0 - 5.0 * lat_step / 1.5, 6.05));
        assert!(!area.contains(44.05, 6.1 + 5.0 * lon_step / 1.5));
        assert!(!area.contains(f64::NAN, 6.05));
    }

    #[test]
    fn a_hole_is_left_out_and_two_polygons_are_both_kept() {
        let mut with_hole = square(44.0, 6.0, 0.4);
        with_hole.rings.extend(square(44.1, 6.1, 0.2).rings);
        let area = ClipArea::from_polygons(&[with_hole, square(45.0, 7.0, 0.1)], 1_000.0);
        assert!(area.contains(44.05, 6.05), "between the outer ring and the hole");
        assert!(!area.contains(44.2, 6.2), "the middle of the hole");
        assert!(area.contains(45.05, 7.05), "the second polygon");
        assert!(!area.contains(44.7, 6.7), "between the two");
    }

    #[test]
    fn a_thin_strip_narrower_than_a_cell_is_kept() {
        let strip =
            Polygon { rings: vec![vec![(44.0, 6.0), (44.0, 6.5), (44.0001, 6.5), (44.0001, 6.0), (44.0, 6.0)]] };
        let area = ClipArea::from_polygons(&[strip], 0.0);
        assert!(area.contains(44.00005, 6.25));
        assert!(!area.contains(44.05, 6.25));
    }
}
