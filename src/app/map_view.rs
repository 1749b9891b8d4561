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

/// Deepest zoom: the whole region is this many times wider than the screen's view.
const MAX_ZOOM: f64 = 60.0;

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

    /// The view centred on (`x`, `y`) at the same zoom.
    pub fn centred_on(self, x: f64, y: f64, whole: &MapView) -> MapView {
        MapView { x: x - self.width / 2.0, y: y - self.height / 2.0, ..self }.kept_near(whole)
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
}
