//! One stop of a technician's day: when, who, the window, the drive, and the risk.

use crate::app::i18n::{Language, Text};
use crate::app::links;
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
    /// The technician's name, for the message to the customer.
    pub technician: AttrValue,
    /// The customer's phone, if known.
    #[prop_or_default]
    pub phone: Option<AttrValue>,
}

/// The hand-offs shown when a stop is opened: call, SMS with the arrival time, navigation.
fn actions(props: &StopItemProps) -> Html {
    let stop = &props.stop;
    let tr = |text| props.language.tr(text);
    let contact = props.phone.as_ref().map(|phone| {
        let message = links::arrival_message(&props.technician, &stop.arrival, stop.window.as_deref());
        html! {
            <>
                <a class="button" href={links::call(phone)}>{ tr(Text::Call) }</a>
                <a class="button" href={links::sms(phone, &message)}>{ tr(Text::Sms) }</a>
            </>
        }
    });
    html! {
        <div class="stop-actions">
            { for contact }
            { for links::navigation(stop.at, &stop.customer).into_iter().map(|(app, href)| html! {
                <a class="button" href={href} rel="noopener">{ format!("{} {app}", tr(Text::NavigateWith)) }</a>
            }) }
        </div>
    }
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
    let summary = html! {
        <>
            <span class="stop-time">{ &stop.start }</span>
            <div class="stop-body">
                <p class="stop-customer">{ &stop.customer }</p>
                <p class="stop-details">{ details.join(" · ") }</p>
                if let Some(badge) = badge { <p class="stop-badge">{ badge }</p> }
            </div>
        </>
    };
    if stop.is_break {
        return html! { <li class={classes!("stop", class)}><div class="stop-row">{ summary }</div></li> };
    }
    html! {
        <li class={classes!("stop", class)}>
            <details>
                <summary class="stop-row">{ summary }</summary>
                { actions(props) }
            </details>
        </li>
    }
}
