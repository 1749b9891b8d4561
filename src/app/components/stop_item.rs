//! One stop of a technician's day: when, who, the window, the drive, and the risk.

use crate::app::i18n::{Language, Text};
use crate::plan::day_problem::PlannedStop;
use yew::prelude::*;

/// Margin under which a stop is at risk (minutes): an amber warning, in words too.
pub const AT_RISK_MIN: u32 = 15;

/// Properties of [`StopItem`].
#[derive(Properties, PartialEq)]
pub struct StopItemProps {
    /// The stop.
    pub stop: PlannedStop,
    /// Interface language.
    pub language: Language,
}

/// A stop as a list item; late stops in red and stops at risk in amber, never by colour alone.
#[function_component]
pub fn StopItem(props: &StopItemProps) -> Html {
    let (stop, language) = (&props.stop, props.language);
    let tr = |text| language.tr(text);
    let (class, badge) = if stop.is_break {
        ("stop-break", None)
    } else if stop.late_min > 0 {
        ("stop-late", Some(format!("⛔ {} {} min", tr(Text::LateBy), stop.late_min)))
    } else if stop.window.is_some() && stop.slack_min < AT_RISK_MIN {
        ("stop-at-risk", Some(format!("⚠ {} {} min", tr(Text::MarginOf), stop.slack_min)))
    } else {
        ("", None)
    };
    let mut details = Vec::new();
    if let Some(window) = &stop.window {
        details.push(format!("{} {window}", tr(Text::Window)));
    }
    let estimated = if stop.travel_estimated { format!(" ({})", tr(Text::Estimated)) } else { String::new() };
    if !stop.is_break {
        details.push(format!("{} {} min{estimated}", tr(Text::Drive), stop.travel_min));
    }
    if stop.wait_min > 0 {
        details.push(format!("{} {} min", tr(Text::Wait), stop.wait_min));
    }
    html! {
        <li class={classes!("stop", class)}>
            <span class="stop-time">{ &stop.start }</span>
            <div class="stop-body">
                <p class="stop-customer">{ &stop.customer }</p>
                <p class="stop-details">{ details.join(" · ") }</p>
                if let Some(badge) = badge { <p class="stop-badge">{ badge }</p> }
            </div>
        </li>
    }
}
