//! Several SRTM tiles used as one terrain model: a département spans four or more.

use super::ElevationTile;

/// Tiles and their file names; a point's height comes from the first tile covering it.
#[derive(Debug, Clone, Default)]
pub struct ElevationSet {
    tiles: Vec<(ElevationTile, String)>,
}

impl ElevationSet {
    /// An empty set (no slopes).
    pub fn new() -> ElevationSet {
        ElevationSet::default()
    }

    /// Adds a tile read from the file `name`.
    pub fn add(&mut self, tile: ElevationTile, name: String) {
        self.tiles.push((tile, name));
    }

    /// Whether no tile was added.
    pub fn is_empty(&self) -> bool {
        self.tiles.is_empty()
    }

    /// File names of the tiles, as recorded in a pack ("N43E005.hgt.zip, N43E006.hgt.zip").
    pub fn names(&self) -> Option<String> {
        (!self.is_empty()).then(|| self.tiles.iter().map(|(_, name)| name.as_str()).collect::<Vec<_>>().join(", "))
    }

    /// Ground height at a point, m, from the first tile that has one there; `None` where no tile does.
    pub fn height_m(&self, lat: f64, lon: f64) -> Option<f64> {
        self.tiles.iter().find_map(|(tile, _)| tile.height_m(lat, lon))
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::hgt;
    use super::*;

    #[test]
    fn each_point_takes_its_height_from_the_tile_under_it() {
        let mut set = ElevationSet::new();
        assert_eq!((set.height_m(43.5, 5.5), set.names()), (None, None));
        set.add(ElevationTile::from_hgt(&hgt(|_, _| 500), 43, 5).unwrap(), "N43E005.hgt.zip".into());
        set.add(ElevationTile::from_hgt(&hgt(|_, _| 1500), 44, 6).unwrap(), "N44E006.hgt.zip".into());
        assert_eq!(set.height_m(43.5, 5.5), Some(500.0));
        assert_eq!(set.height_m(44.5, 6.5), Some(1500.0));
        assert_eq!(set.height_m(43.5, 6.5), None, "no tile N43E006");
        assert_eq!(set.names().as_deref(), Some("N43E005.hgt.zip, N44E006.hgt.zip"));
    }
}
