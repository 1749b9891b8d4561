//! Commune names on the map, from the communes the app knows (Alpes-de-Haute-Provence):
//! zoomed out the towns of at least [`TOWN_POPULATION`] people, zoomed in every commune in
//! view; larger ones first, and none whose box (its letters, with a margin) meets another's,
//! so the names never pile up, nor whose box leaves the view, so no name is cut at the edge.
//! Only communes inside the drawn region are named.

use super::map_drawing::MapDrawing;
use super::map_layers::DETAIL_SHARE;
use super::map_view::MapView;
use crate::road::Communes;

/// Population from which a commune is named on the zoomed-out map.
pub const TOWN_POPULATION: u32 = 1000;
/// Size of a name as a share of the view's width: 13 px of a 320 px wide map.
pub const LABEL_SIZE_SHARE: f64 = 13.0 / 320.0;
/// Width of a letter as a share of the size (a bold sans-serif, generously).
const LETTER_WIDTH: f64 = 0.62;

/// A name to draw at a town hall, in map metres.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    /// Where the town hall is drawn.
    pub x: f64,
    /// Where the town hall is drawn.
    pub y: f64,
    /// The commune's name.
    pub name: String,
}

/// The names to draw for `view` of the drawing whose whole frame is `whole`.
pub fn labels(drawing: &MapDrawing, view: &MapView, whole: &MapView) -> Vec<Label> {
    let zoomed_out = view.width > whole.width * DETAIL_SHARE;
    let inside = |frame: &MapView, (x, y): (f64, f64)| {
        x >= frame.x && x <= frame.x + frame.width && y >= frame.y && y <= frame.y + frame.height
    };
    let mut candidates: Vec<_> = Communes::embedded()
        .all()
        .iter()
        .filter(|c| !zoomed_out || c.population.unwrap_or(0) >= TOWN_POPULATION)
        .map(|c| (c, drawing.at(c.town_hall)))
        .filter(|(_, at)| inside(whole, *at) && inside(view, *at))
        .collect();
    candidates.sort_by_key(|(c, _)| std::cmp::Reverse(c.population.unwrap_or(0)));
    let size = view.width * LABEL_SIZE_SHARE;
    let half_width = |name: &str| name.chars().count() as f64 * LETTER_WIDTH * size / 2.0 + size * 0.3;
    let mut placed: Vec<Label> = Vec::new();
    // The whole name on screen, or none of it: a name cut at the map's edge reads as another one.
    let fits = |name: &str, x: f64, y: f64| {
        x - half_width(name) >= view.x
            && x + half_width(name) <= view.x + view.width
            && y - size >= view.y
            && y + size * 0.3 <= view.y + view.height
    };
    for (commune, (x, y)) in candidates.into_iter().filter(|(c, (x, y))| fits(&c.name, *x, *y)) {
        let free = placed.iter().all(|l| {
            (l.x - x).abs() >= half_width(&l.name) + half_width(&commune.name) || (l.y - y).abs() >= size * 1.4
        });
        if free {
            placed.push(Label { x, y, name: commune.name.clone() });
        }
    }
    placed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::road::graph::Stretch;
    use crate::road::osm::tags::RoadClass;
    use crate::road::RoadGraph;

    /// A drawing whose frame spans the département (one road from corner to corner).
    fn departement() -> MapDrawing {
        let (south_west, north_east) = ((43.6, 5.4), (44.7, 7.1));
        MapDrawing::of(&RoadGraph {
            nodes: vec![south_west, north_east],
            stretches: vec![Stretch {
                geometry: vec![south_west, north_east],
                class: RoadClass::Primary,
                name: None,
                ends: (0, 1),
            }],
            ..RoadGraph::default()
        })
    }

    fn names(labels: &[Label]) -> Vec<&str> {
        labels.iter().map(|l| l.name.as_str()).collect()
    }

    #[test]
    fn towns_zoomed_out_villages_zoomed_in_never_piled_up() {
        let drawing = departement();
        let whole = MapView::parse(&drawing.view_box).unwrap();
        let out = labels(&drawing, &whole, &whole);
        assert!(names(&out).contains(&"Digne-les-Bains") && names(&out).contains(&"Manosque"), "{:?}", names(&out));
        assert!(!names(&out).contains(&"Allos"), "a village of 812 waits for the zoom");
        let (x, y) = drawing.at(crate::road::LatLon::new(44.241, 6.629).unwrap());
        let close = whole.zoom(10.0, 0.5, 0.5, &whole).centred_on(x, y, &whole);
        let near = labels(&drawing, &close, &whole);
        assert!(names(&near).contains(&"Allos"), "{:?}", names(&near));
        // A town a few hundred metres inside the view's left edge: its name would be cut, so it waits.
        let digne = drawing.at(Communes::embedded().find("Digne-les-Bains").unwrap().town_hall);
        let edge = MapView { x: digne.0 - 300.0, y: digne.1 - 10_000.0, ..whole.zoom(3.0, 0.5, 0.5, &whole) };
        assert!(!names(&labels(&drawing, &edge, &whole)).contains(&"Digne-les-Bains"));
        let centred = edge.centred_on(digne.0, digne.1, &whole);
        assert!(names(&labels(&drawing, &centred, &whole)).contains(&"Digne-les-Bains"));
        for (labels, view) in [(&out, &whole), (&near, &close)] {
            let size = view.width * LABEL_SIZE_SHARE;
            for label in labels.iter() {
                let half = label.name.chars().count() as f64 * LETTER_WIDTH * size / 2.0;
                assert!(label.x - half >= view.x && label.x + half <= view.x + view.width, "{} cut", label.name);
                assert!(label.y - size >= view.y && label.y <= view.y + view.height, "{} cut", label.name);
            }
            for (i, a) in labels.iter().enumerate() {
                for b in &labels[i + 1..] {
                    let widths = (a.name.chars().count() + b.name.chars().count()) as f64 * LETTER_WIDTH * size / 2.0;
                    assert!(
                        (a.x - b.x).abs() >= widths || (a.y - b.y).abs() >= size * 1.4,
                        "{} over {}",
                        a.name,
                        b.name
                    );
                }
            }
        }
    }

    #[test]
    fn a_region_elsewhere_names_no_commune() {
        let andorra = MapDrawing::of(&RoadGraph {
            nodes: vec![(42.43, 1.41), (42.66, 1.79)],
            stretches: vec![Stretch {
                geometry: vec![(42.43, 1.41), (42.66, 1.79)],
                class: RoadClass::Primary,
                name: None,
                ends: (0, 1),
            }],
            ..RoadGraph::default()
        });
        let whole = MapView::parse(&andorra.view_box).unwrap();
        assert!(labels(&andorra, &whole, &whole).is_empty());
    }
}
