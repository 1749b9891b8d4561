//! Commune names on the map, from the communes the app knows (Alpes-de-Haute-Provence):
//! the communes of the day's stops first, at any zoom; then, zoomed out, the towns of at least
//! [`TOWN_POPULATION`] people, zoomed in every commune in view, larger ones first. None whose
//! box (its letters, with a margin) meets another's or a stop's marker, so names never pile up
//! nor hide a number (a commune of the day moves its name around its town hall to find room),
//! nor whose box leaves the view, so no name is cut at the edge. Only communes inside the drawn
//! region are named.

use super::map_drawing::MapDrawing;
use super::map_layers::DETAIL_SHARE;
use super::map_view::MapView;
use crate::road::{Commune, Communes, LatLon};

/// Population from which a commune is named on the zoomed-out map.
pub const TOWN_POPULATION: u32 = 1000;
/// Size of a name as a share of the view's width: 13 px of a 320 px wide map.
pub const LABEL_SIZE_SHARE: f64 = 13.0 / 320.0;
/// Width of a letter as a share of the size (a bold sans-serif, generously).
const LETTER_WIDTH: f64 = 0.62;
/// A stop farther than this from every town hall of the table is in no commune it knows
/// (the demo's Andorra), m: the widest communes of the 04 reach some 10 km from their mairie.
const STOP_COMMUNE_MAX_M: f64 = 12_000.0;

/// A name to draw at a town hall, in map metres.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    /// Where the name is drawn (its baseline's middle).
    pub x: f64,
    /// Where the name is drawn (its baseline's middle).
    pub y: f64,
    /// The commune's name.
    pub name: String,
}

/// What else is on the map: the day's stops (their communes are named first) and the markers
/// drawn over the names (circles: x, y, radius, map metres).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OnTheMap {
    /// The day's stops.
    pub stops: Vec<LatLon>,
    /// The markers, which no name may run under.
    pub markers: Vec<(f64, f64, f64)>,
}

/// The communes of `stops`, each once, in the order met.
fn communes_of(stops: &[LatLon]) -> Vec<&'static Commune> {
    let communes = Communes::embedded();
    let mut found: Vec<&'static Commune> = Vec::new();
    for &stop in stops {
        let commune = communes.nearest(stop);
        if commune.town_hall.distance_m(stop) <= STOP_COMMUNE_MAX_M && !found.iter().any(|c| c.insee == commune.insee) {
            found.push(commune);
        }
    }
    found
}

/// The names to draw for `view` of the drawing whose whole frame is `whole`, around what is
/// `on_the_map`.
pub fn labels(drawing: &MapDrawing, view: &MapView, whole: &MapView, on_the_map: &OnTheMap) -> Vec<Label> {
    let zoomed_out = view.width > whole.width * DETAIL_SHARE;
    let inside = |frame: &MapView, (x, y): (f64, f64)| {
        x >= frame.x && x <= frame.x + frame.width && y >= frame.y && y <= frame.y + frame.height
    };
    let of_the_day = communes_of(&on_the_map.stops);
    let mut others: Vec<&Commune> = Communes::embedded()
        .all()
        .iter()
        .filter(|c| !zoomed_out || c.population.unwrap_or(0) >= TOWN_POPULATION)
        .filter(|c| !of_the_day.iter().any(|d| d.insee == c.insee))
        .collect();
    others.sort_by_key(|c| std::cmp::Reverse(c.population.unwrap_or(0)));
    let candidates = of_the_day
        .into_iter()
        .map(|c| (c, true))
        .chain(others.into_iter().map(|c| (c, false)))
        .map(|(c, of_the_day)| (c, of_the_day, drawing.at(c.town_hall)))
        .filter(|(_, _, at)| inside(whole, *at) && inside(view, *at));
    let size = view.width * LABEL_SIZE_SHARE;
    let half_width = |name: &str| name.chars().count() as f64 * LETTER_WIDTH * size / 2.0 + size * 0.3;
    // The whole name on screen, or none of it: a name cut at the map's edge reads as another one.
    let fits = |name: &str, x: f64, y: f64| {
        x - half_width(name) >= view.x
            && x + half_width(name) <= view.x + view.width
            && y - size >= view.y
            && y + size * 0.3 <= view.y + view.height
    };
    // The name's box (baseline at y) clear of every marker.
    let clear_of_markers = |name: &str, x: f64, y: f64| {
        let (left, right, top, bottom) = (x - half_width(name), x + half_width(name), y - size, y + size * 0.3);
        on_the_map.markers.iter().all(|&(mx, my, r)| {
            let (nearest_x, nearest_y) = (mx.clamp(left, right), my.clamp(top, bottom));
            (mx - nearest_x).hypot(my - nearest_y) >= r
        })
    };
    let marker_radius = on_the_map.markers.iter().map(|&(_, _, r)| r).fold(0.0, f64::max);
    let mut placed: Vec<Label> = Vec::new();
    for (commune, of_the_day, (x, y)) in candidates {
        let name = commune.name.as_str();
        let free = |placed: &[Label], lx: f64, ly: f64| {
            placed
                .iter()
                .all(|l| (l.x - lx).abs() >= half_width(&l.name) + half_width(name) || (l.y - ly).abs() >= size * 1.4)
        };
        // At the town hall, else below or above the markers sitting there, else beside them.
        let (below, above) = (marker_radius + size * 1.05, -marker_radius - size * 0.35);
        let rows = [0.0, below, above, below + 2.0 * marker_radius, above - 2.0 * marker_radius];
        let sides = [0.0, -half_width(name), half_width(name)];
        // Only a commune of the day looks for room around its town hall: others would crowd the map.
        let tries = if of_the_day { rows.len() * sides.len() } else { 1 };
        let spot = rows
            .iter()
            .flat_map(|dy| sides.iter().map(move |dx| (x + dx, y + dy)))
            .take(tries)
            .find(|&(lx, ly)| fits(name, lx, ly) && clear_of_markers(name, lx, ly) && free(&placed, lx, ly));
        if let Some((lx, ly)) = spot {
            placed.push(Label { x: lx, y: ly, name: commune.name.clone() });
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
        let out = labels(&drawing, &whole, &whole, &OnTheMap::default());
        assert!(names(&out).contains(&"Digne-les-Bains") && names(&out).contains(&"Manosque"), "{:?}", names(&out));
        assert!(!names(&out).contains(&"Allos"), "a village of 812 waits for the zoom");
        let (x, y) = drawing.at(crate::road::LatLon::new(44.241, 6.629).unwrap());
        let close = whole.zoom(10.0, 0.5, 0.5, &whole).centred_on(x, y, &whole);
        let near = labels(&drawing, &close, &whole, &OnTheMap::default());
        assert!(names(&near).contains(&"Allos"), "{:?}", names(&near));
        // A town a few hundred metres inside the view's left edge: its name would be cut, so it
        // waits; a commune of the day's stops moves its name beside its town hall instead.
        let digne = drawing.at(Communes::embedded().find("Digne-les-Bains").unwrap().town_hall);
        let edge = MapView { x: digne.0 - 300.0, y: digne.1 - 10_000.0, ..whole.zoom(3.0, 0.5, 0.5, &whole) };
        assert!(!names(&labels(&drawing, &edge, &whole, &OnTheMap::default())).contains(&"Digne-les-Bains"));
        let digne_of_the_day = OnTheMap {
            stops: vec![Communes::embedded().find("Digne-les-Bains").unwrap().town_hall],
            markers: Vec::new(),
        };
        let at_edge = labels(&drawing, &edge, &whole, &digne_of_the_day);
        let shifted = at_edge.iter().find(|l| l.name == "Digne-les-Bains").expect("Digne named at the edge");
        let size = edge.width * LABEL_SIZE_SHARE;
        let half = shifted.name.chars().count() as f64 * LETTER_WIDTH * size / 2.0;
        assert!(shifted.x - half >= edge.x && shifted.x > digne.0 && shifted.x - half <= digne.0 + size, "{shifted:?}");
        let centred = edge.centred_on(digne.0, digne.1, &whole);
        assert!(names(&labels(&drawing, &centred, &whole, &OnTheMap::default())).contains(&"Digne-les-Bains"));
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
    fn the_communes_of_the_days_stops_are_named_first_and_never_under_a_marker() {
        let drawing = departement();
        let whole = MapView::parse(&drawing.view_box).unwrap();
        let allos = Communes::embedded().find("Allos").unwrap().town_hall;
        let stop = LatLon::new(allos.lat() + 0.01, allos.lon()).unwrap();
        let (x, y) = drawing.at(stop);
        let radius = whole.width * 16.0 / 320.0;
        let day = OnTheMap { stops: vec![stop], markers: vec![(x, y, radius)] };
        let out = labels(&drawing, &whole, &whole, &day);
        assert_eq!(
            out.first().map(|l| l.name.as_str()),
            Some("Allos"),
            "a village of the day, zoomed out: {:?}",
            names(&out)
        );
        // On the town hall itself a marker: the name moves off it, still beside its commune.
        let (hx, hy) = drawing.at(allos);
        let on_it = OnTheMap { stops: vec![allos], markers: vec![(hx, hy, radius)] };
        let moved = labels(&drawing, &whole, &whole, &on_it);
        let label = moved.iter().find(|l| l.name == "Allos").expect("Allos named");
        let size = whole.width * LABEL_SIZE_SHARE;
        let half = label.name.chars().count() as f64 * LETTER_WIDTH * size / 2.0;
        let nearest = (hx.clamp(label.x - half, label.x + half), hy.clamp(label.y - size, label.y + size * 0.3));
        assert!((hx - nearest.0).hypot(hy - nearest.1) >= radius, "{label:?} runs under the marker");
        assert!((label.y - hy).abs() <= 3.0 * radius + size * 1.05 + 1e-9, "{label:?} left its town hall");
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
        assert!(labels(
            &andorra,
            &whole,
            &whole,
            &OnTheMap { stops: vec![LatLon::new(42.5, 1.5).unwrap()], markers: Vec::new() }
        )
        .is_empty());
    }
}
