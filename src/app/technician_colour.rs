//! Which of the stylesheet's technician colours (`.drive-N`, `.marker-N` in static/style.css)
//! each technician of the plan wears, on the map's drives and markers and in its legend.

/// Colours the stylesheet defines: a crew of eight tells every technician apart.
pub const TECHNICIAN_COLOURS: usize = 8;

/// The CSS class of technician `t`'s colour for `kind` (`"drive"`, `"marker"`): a ninth
/// technician and beyond repeat the colours, their drives dashed (`drive-again`).
pub fn colour_class(kind: &str, t: usize) -> String {
    let again = if t >= TECHNICIAN_COLOURS { " drive-again" } else { "" };
    format!("{kind}-{}{again}", t % TECHNICIAN_COLOURS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eight_technicians_wear_eight_colours_and_the_ninth_repeats_the_first_dashed() {
        let crew: Vec<String> = (0..8).map(|t| colour_class("drive", t)).collect();
        assert_eq!((crew[0].as_str(), crew[7].as_str()), ("drive-0", "drive-7"));
        assert_eq!(crew.iter().collect::<std::collections::HashSet<_>>().len(), 8);
        assert_eq!(colour_class("drive", 8), "drive-0 drive-again");
        assert_eq!(colour_class("marker", 11), "marker-3 drive-again");
    }
}
