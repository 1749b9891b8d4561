//! The part of the map on screen: panned by a finger, zoomed by two (or the buttons, or the
//! mouse wheel), never lost (zoom limited, the frame kept near the region).

/// The SVG `viewBox` shown: top-left corner and size, in map metres.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MapView {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width.
    pub width: f64,
    /// Height.
    pub height: f64,
}

/// A view shown by transforming the drawing of another: `translate(dx, dy) scale(scale)` from
/// the top-left corner.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Preview {
    /// Scale factor (> 1 closer).
    pub scale: f64,
    /// Shift right, px.
    pub dx: f64,
    /// Shift down, px.
    pub dy: f64,
}

impl Preview {
    /// The element's `style` attribute.
    pub fn css(&self) -> String {
        format!(
            "transform-origin: 0 0; transform: translate({:.1}px, {:.1}px) scale({:.5})",
            self.dx, self.dy, self.scale
        )
    }
}

/// Narrowest frame opened around the day's stops, m: a village and its approaches.
pub const MIN_FRAME_M: f64 = 3_000.0;

/// Deepest zoom: the whole region is this many times wider than the screen's view.
pub const MAX_ZOOM: f64 = 60.0;

impl MapView {
    /// The view of a drawing's `viewBox` text ("min-x min-y width height").
    pub fn parse(view_box: &str) -> Option<MapView> {
        let numbers: Vec<f64> = view_box.split_whitespace().filter_map(|n| n.parse().ok()).collect();
        match numbers[..] {
            [x, y, width, height] if width > 0.0 && height > 0.0 => Some(MapView { x, y, width, height }),
            _ => None,
        }
    }

    /// The `viewBox` attribute.
    pub fn view_box(&self) -> String {
        format!("{:.0} {:.0} {:.0} {:.0}", self.x, self.y, self.width, self.height)
    }

    /// Moves the view with a finger dragged by (`dx`, `dy`) screen pixels on a map `screen_width` pixels wide.
    pub fn pan(self, dx: f64, dy: f64, screen_width: f64, whole: &MapView) -> MapView {
        let scale = self.width / screen_width.max(1.0);
        MapView { x: self.x - dx * scale, y: self.y - dy * scale, ..self }.kept_near(whole)
    }

    /// Zooms by `factor` (> 1 closer) keeping the point at (`fx`, `fy`) — fractions of the
    /// view's width and height — where it is under the fingers.
    pub fn zoom(self, factor: f64, fx: f64, fy: f64, whole: &MapView) -> MapView {
        let width = (self.width / factor).clamp(whole.width / MAX_ZOOM, whole.width);
        let height = width * self.height / self.width;
        let (px, py) = (self.x + fx * self.width, self.y + fy * self.height);
        MapView { x: px - fx * width, y: py - fy * height, width, height }.kept_near(whole)
    }

    /// The view framing `points` (map metres) with a margin, at the region's proportions,
    /// at least [`MIN_FRAME_M`] wide and never wider than the region; `None` for no points.
    pub fn around(points: &[(f64, f64)], whole: &MapView) -> Option<MapView> {
        let first = *points.first()?;
        let (min, max) = points
            .iter()
            .fold((first, first), |(min, max), &(x, y)| ((min.0.min(x), min.1.min(y)), (max.0.max(x), max.1.max(y))));
        let aspect = whole.height / whole.width;
        let width = ((max.0 - min.0) * 1.3).max((max.1 - min.1) * 1.3 / aspect).max(MIN_FRAME_M).min(whole.width);
        let (cx, cy) = ((min.0 + max.0) / 2.0, (min.1 + max.1) / 2.0);
        let height = width * aspect;
        Some(MapView { x: cx - width / 2.0, y: cy - height / 2.0, width, height }.kept_near(whole))
    }

    /// The view centred on (`x`, `y`) at the same zoom.
    pub fn centred_on(self, x: f64, y: f64, whole: &MapView) -> MapView {
        MapView { x: x - self.width / 2.0, y: y - self.height / 2.0, ..self }.kept_near(whole)
    }

    /// How to show `target` with the drawing of this view already on screen, in an element
    /// `width` × `height` px whose `viewBox` is met and centred (SVG's default): a scale, then a
    /// shift in px, from the element's top-left corner. The browser composites it without drawing
    /// the roads again, so a zoom step costs a frame, not a redraw.
    pub fn preview_of(&self, target: &MapView, width: f64, height: f64) -> Preview {
        let met = |view: &MapView| (width / view.width).min(height / view.height);
        let (shown, wanted) = (met(self), met(target));
        let scale = wanted / shown;
        let offset = |view: &MapView, s: f64| ((width - view.width * s) / 2.0, (height - view.height * s) / 2.0);
        let (from, to) = (offset(self, shown), offset(target, wanted));
        Preview {
            scale,
            dx: to.0 - scale * from.0 + wanted * (self.x - target.x),
            dy: to.1 - scale * from.1 + wanted * (self.y - target.y),
        }
    }

    /// Keeps the view's centre inside the region's frame, so the map cannot be lost off-screen.
    fn kept_near(self, whole: &MapView) -> MapView {
        let cx = (self.x + self.width / 2.0).clamp(whole.x, whole.x + whole.width);
        let cy = (self.y + self.height / 2.0).clamp(whole.y, whole.y + whole.height);
        MapView { x: cx - self.width / 2.0, y: cy - self.height / 2.0, ..self }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_preview_puts_every_point_where_the_new_view_will_draw_it() {
        let whole = MapView { x: 0.0, y: 0.0, width: 40_000.0, height: 30_000.0 };
        let shown = MapView { x: 5_000.0, y: 2_000.0, width: 20_000.0, height: 15_000.0 };
        let (width, height) = (320.0, 400.0); // taller than the view: letterboxed top and bottom
        for target in [
            shown.zoom(2.0, 0.25, 0.75, &whole),
            shown.zoom(0.5, 0.5, 0.5, &whole),
            shown.pan(40.0, -10.0, width, &whole),
        ] {
            let preview = shown.preview_of(&target, width, height);
            let screen = |view: &MapView, (x, y): (f64, f64)| {
                let s = (width / view.width).min(height / view.height);
                let (ox, oy) = ((width - view.width * s) / 2.0, (height - view.height * s) / 2.0);
                (ox + (x - view.x) * s, oy + (y - view.y) * s)
            };
            for point in [(9_000.0, 4_000.0), (21_000.0, 16_000.0)] {
                let (sx, sy) = screen(&shown, point);
                let moved = (preview.dx + preview.scale * sx, preview.dy + preview.scale * sy);
                let wanted = screen(&target, point);
                assert!(
                    (moved.0 - wanted.0).abs() < 1e-6 && (moved.1 - wanted.1).abs() < 1e-6,
                    "{moved:?} vs {wanted:?}"
                );
            }
        }
        assert!(shown.preview_of(&shown, width, height).css().ends_with("translate(0.0px, 0.0px) scale(1.00000)"));
    }

    fn whole() -> MapView {
        MapView::parse("0 0 1000 800").unwrap()
    }

    #[test]
    fn zooming_keeps_the_point_under_the_fingers_and_stays_within_limits() {
        let view = whole().zoom(2.0, 0.25, 0.5, &whole());
        assert_eq!(view, MapView { x: 125.0, y: 200.0, width: 500.0, height: 400.0 });
        let deepest = (0..20).fold(whole(), |v, _| v.zoom(2.0, 0.5, 0.5, &whole()));
        assert!((deepest.width - 1000.0 / MAX_ZOOM).abs() < 1e-9);
        assert_eq!(whole().zoom(0.5, 0.5, 0.5, &whole()).width, 1000.0, "no further out than the region");
    }

    #[test]
    fn panning_follows_the_finger_and_never_loses_the_region() {
        let view = whole().zoom(4.0, 0.5, 0.5, &whole());
        let moved = view.pan(100.0, -50.0, 250.0, &whole());
        assert_eq!((moved.x, moved.y), (view.x - 100.0, view.y + 50.0), "250 px show 250 m: 1 px is 1 m");
        let far = view.pan(1e6, 1e6, 250.0, &whole());
        assert_eq!((far.x + far.width / 2.0, far.y + far.height / 2.0), (0.0, 0.0), "the centre stays on the region");
        assert_eq!(MapView::parse("a b"), None);
        assert_eq!(view.centred_on(500.0, 400.0, &whole()).view_box(), "375 300 250 200");
    }

    #[test]
    fn the_map_opens_on_the_stops_with_a_margin_at_the_regions_proportions() {
        let region = MapView::parse("0 0 100000 80000").unwrap();
        let view = MapView::around(&[(20_000.0, 30_000.0), (30_000.0, 34_000.0)], &region).unwrap();
        assert_eq!((view.width, view.height), (13_000.0, 10_400.0), "10 km of stops and 30 % around");
        assert_eq!((view.x + view.width / 2.0, view.y + view.height / 2.0), (25_000.0, 32_000.0));
        let one = MapView::around(&[(50_000.0, 40_000.0)], &region).unwrap();
        assert_eq!(one.width, MIN_FRAME_M, "a single stop: its village");
        let spread = MapView::around(&[(0.0, 0.0), (100_000.0, 80_000.0)], &region).unwrap();
        assert_eq!(spread.width, region.width, "never wider than the region");
        assert_eq!(MapView::around(&[], &region), None);
    }
}
