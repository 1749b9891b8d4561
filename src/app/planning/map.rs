//! The region's map (its roads drawn, and its router for the shape of each drive), built from
//! the region's pack the first time a screen needs it and kept in the state until the pack
//! changes.

use crate::app::map_drawing::{MapDrawing, RegionMap, SharedMap};
use crate::app::state::{Action, AppContext};
use std::rc::Rc;

/// Builds the region's map just after this frame is painted (so that the screen asking for it
/// first shows that it is coming).
pub fn build_map_soon(app: &AppContext) {
    let app = app.clone();
    crate::app::timer::after_ms(0, move || drop(region_map(&app)));
}

/// The region's map, built from the region's pack the first time a screen needs it (the Carte
/// tab, the map picker, a GPS track); `None` while there is no region yet (it is then built as
/// soon as the region is there, see [`super::region_ready`]).
pub fn region_map(app: &AppContext) -> Option<SharedMap> {
    let latest = app.latest();
    if let Some(map) = &latest.map {
        return Some(map.clone());
    }
    let Some(pack) = &latest.pack else {
        app.dispatch(Action::WantMap);
        return None;
    };
    let (_, router) = crate::road::pack::read_pack(&pack.bytes).ok()?;
    let drawing = MapDrawing::of(router.graph());
    let map = SharedMap(Rc::new(RegionMap { drawing, router }));
    app.dispatch(Action::SetMap(map.clone()));
    Some(map)
}
