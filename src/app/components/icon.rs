//! Line icons drawn inline as SVG: no icon font, nothing to download.

use yew::prelude::*;

/// Which icon to draw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IconKind {
    /// A clock: the day's timeline.
    Day,
    /// A folded map.
    Map,
    /// A list of jobs.
    List,
    /// Sliders: settings.
    Settings,
    /// A circled "i": about.
    Info,
    /// A circle barred across, "no entry": a stop late on its window, an appointment missed
    /// (drawn by the app, where the ⛔ emoji shows as an empty box on phones without its font).
    Late,
    /// A cross over a road: a road closed by the technician.
    RoadClosed,
}

impl IconKind {
    /// SVG path data on a 24×24 grid, stroked with the current text colour.
    fn path(self) -> &'static str {
        match self {
            IconKind::Day => "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M12 7v5l3.5 3.5",
            IconKind::Map => "M3 6l6-3l6 3l6-3v15l-6 3l-6-3l-6 3zM9 3v15M15 6v15",
            IconKind::List => "M9 6h12M9 12h12M9 18h12M3.5 6h1M3.5 12h1M3.5 18h1",
            IconKind::Settings => "M3 6h11M18 6h3M3 12h3M10 12h11M3 18h13M20 18h1M16 4v4M8 10v4M18 16v4",
            IconKind::Info => "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M12 11v6M12 7.5v.5",
            IconKind::Late => "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M7 12h10",
            IconKind::RoadClosed => "M5 3v18M19 3v18M12 4v3M12 17v3M7 8l10 8M17 8l-10 8",
        }
    }
}

/// Properties of [`Icon`].
#[derive(Properties, PartialEq)]
pub struct IconProps {
    /// The icon to draw.
    pub kind: IconKind,
}

/// A decorative icon; the text beside it carries the meaning (hidden from screen readers).
#[function_component]
pub fn Icon(props: &IconProps) -> Html {
    html! {
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d={props.kind.path()} />
        </svg>
    }
}
