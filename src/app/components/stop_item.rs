//! One stop of a technician's day: when, who, the window, the drive, and the risk; opened,
//! its hand-offs (call, SMS, navigation) and what happened there (arrived, done, failed,
//! postponed), recorded in the day's log.

use super::{Icon, IconKind};
use crate::app::i18n::Language;
use crate::app::links;
use crate::app::planning::{now, record};
use crate::app::state::use_app;
use crate::app::texts::{CommonText, StopText};
use crate::model::PlannedStop;
use crate::model::{EventKind, ProgressEvent, StopPin, StopStatus};
use yew::prelude::*;

/// Reasons offered in one tap when a job cannot be done. The log keeps them in French, the
/// operator's language, whatever the phone's; each is shown in the user's.
const FAILURE_REASONS: [StopText; 3] =
    [StopText::FailureCustomerAbsent, StopText::FailureNoAccess, StopText::FailureMissingEquipment];

/// A failure's reason as the log keeps it, in the user's language when it is one of the usual ones.
fn reason_shown(reason: &str, language: Language) -> String {
    match FAILURE_REASONS.iter().find(|preset| Language::Fr.tr(**preset) == reason) {
        Some(preset) => language.tr(*preset).to_string(),
        None => reason.to_string(),
    }
}

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
    /// The technician's id, to pin the job in their day.
    #[prop_or_default]
    pub technician_id: AttrValue,
    /// The customer's phone, if known.
    #[prop_or_default]
    pub phone: Option<AttrValue>,
    /// The street address, if known: what the technician looks for at the door.
    #[prop_or_default]
    pub address: Option<AttrValue>,
    /// The notes for the technician (gate code, dog, key at the neighbour's).
    #[prop_or_default]
    pub notes: Option<AttrValue>,
    /// What the log says of this stop.
    #[prop_or(StopStatus::Planned)]
    pub status: StopStatus,
    /// The other technicians of the crew (id, name), to give the job to one of them.
    #[prop_or_default]
    pub others: Vec<(AttrValue, AttrValue)>,
    /// Whether the crew lead gave this job to its technician (then it can be freed).
    #[prop_or_default]
    pub assigned: bool,
    /// Shown opened (tapped on the map).
    #[prop_or_default]
    pub open: bool,
}

/// The hand-offs shown when a stop is opened: call, SMS with the arrival time, navigation.
/// Calling and preparing the SMS are logged (the customer was told).
fn actions(props: &StopItemProps, log: &Callback<EventKind>) -> Html {
    let stop = &props.stop;
    let tr = |text| props.language.tr(text);
    let logged = |kind: EventKind| {
        let log = log.clone();
        Callback::from(move |_: MouseEvent| log.emit(kind.clone()))
    };
    let contact = props.phone.as_ref().map(|phone| {
        let message = links::arrival_message(&props.technician, stop.arrival, stop.window);
        html! {
            <>
                <a class="button" href={links::call(phone)} onclick={logged(EventKind::CustomerCalled)}>{ props.language.tr(CommonText::Call) }</a>
                <a class="button" href={links::sms(phone, &message)} onclick={logged(EventKind::SmsPrepared)}>{ tr(StopText::Sms) }</a>
            </>
        }
    });
    let language = props.language;
    let address = props.address.as_ref().map(|address| {
        html! { <p class="stop-address">{ format!("{}{}{address}", tr(StopText::AddressLabel), language.colon()) }</p> }
    });
    let notes = props.notes.as_ref().map(|notes| {
        html! { <p class="stop-notes">{ format!("{}{}{notes}", tr(StopText::NotesLabel), language.colon()) }</p> }
    });
    html! {
        <div class="stop-actions">
            { for address }
            { for notes }
            { for contact }
            { for links::navigation(stop.at, &stop.customer).into_iter().map(|(app, href)| {
                let app = if app == links::PHONE_GPS { tr(StopText::PhoneGps) } else { app };
                html! { <a class="button" href={href} rel="noopener">{ format!("{} {app}", tr(StopText::NavigateWith)) }</a> }
            }) }
        </div>
    }
}

/// Giving the job to another technician of the crew, pinning it first or last in this
/// technician's day, or freeing it for the optimiser.
fn hand_over(props: &StopItemProps, app: &crate::app::state::AppContext) -> Html {
    let tr = |text| props.language.tr(text);
    let give = |technician: Option<String>, pin: Option<StopPin>| {
        let (app, id) = (app.clone(), props.stop.id.clone());
        Callback::from(move |_| crate::app::planning::assign(&app, &id, technician.clone(), pin))
    };
    let mine = props.technician_id.to_string();
    html! {
        <div class="hand-over">
            <p class="stop-details">{ tr(StopText::PinHere) }</p>
            <div class="status-buttons">
                <button class="button pin-first" type="button" onclick={give(Some(mine.clone()), Some(StopPin::First))}>{ tr(StopText::PinFirst) }</button>
                <button class="button pin-last" type="button" onclick={give(Some(mine), Some(StopPin::Last))}>{ tr(StopText::PinLast) }</button>
            </div>
            if !props.others.is_empty() {
                <p class="stop-details">{ tr(StopText::GiveTo) }</p>
                <div class="status-buttons">
                    { for props.others.iter().map(|(id, name)| html! {
                        <button class="button give-to" type="button" onclick={give(Some(id.to_string()), None)}>{ name.clone() }</button>
                    }) }
                </div>
            }
            if props.assigned {
                <button class="button" type="button" onclick={give(None, None)}>{ tr(StopText::FreeJob) }</button>
            }
        </div>
    }
}

/// The status in words, with its time.
fn status_badge(status: &StopStatus, language: Language) -> Option<String> {
    let tr = |text| language.tr(text);
    match status {
        StopStatus::Planned => None,
        StopStatus::OnSite(since) => Some(format!("● {} {since}", tr(StopText::OnSiteSince))),
        StopStatus::Done(at) => Some(format!("✓ {} {at}", tr(StopText::DoneAt))),
        StopStatus::Failed(at, reason) => {
            Some(format!("✗ {} {at}{}{}", tr(StopText::FailedAt), language.colon(), reason_shown(reason, language)))
        }
        StopStatus::Postponed(at) => Some(format!("↷ {} {at}", tr(StopText::PostponedAt))),
    }
}

/// Buttons that record what happened: the next steps of the stop's state, and an undo.
fn status_buttons(
    status: &StopStatus,
    language: Language,
    log: &Callback<EventKind>,
    failing: &UseStateHandle<bool>,
) -> Html {
    let tr = |text| language.tr(text);
    let button = |text: StopText, kind: EventKind, class: &'static str| {
        let log = log.clone();
        html! { <button class={classes!("button", "status-button", class)} type="button" onclick={Callback::from(move |_| log.emit(kind.clone()))}>{ tr(text) }</button> }
    };
    let fail = {
        let failing = failing.clone();
        html! { <button class="button status-button" type="button" onclick={Callback::from(move |_| failing.set(true))}>{ tr(StopText::Failed) }</button> }
    };
    match status {
        StopStatus::Planned => html! {
            <div class="status-buttons">
                { button(StopText::Arrived, EventKind::Arrived, "button-primary") }
                { button(StopText::Finished, EventKind::Done, "") }
                { fail }
                { button(StopText::Postpone, EventKind::Postponed, "") }
            </div>
        },
        StopStatus::OnSite(_) => html! {
            <div class="status-buttons">
                { button(StopText::Finished, EventKind::Done, "button-primary") }
                { fail }
                { button(StopText::Reopen, EventKind::Reopened, "") }
            </div>
        },
        _ => html! { <div class="status-buttons">{ button(StopText::Reopen, EventKind::Reopened, "") }</div> },
    }
}

/// The failure's reason: one tap for the usual ones, or typed.
fn failure_form(
    language: Language,
    log: &Callback<EventKind>,
    failing: &UseStateHandle<bool>,
    typed: &NodeRef,
) -> Html {
    let tr = |text| language.tr(text);
    let reason_button = |preset: StopText| {
        let log = log.clone();
        let kept = Language::Fr.tr(preset);
        html! { <button class="button" type="button" onclick={Callback::from(move |_| log.emit(EventKind::Failed { reason: kept.into() }))}>{ tr(preset) }</button> }
    };
    let on_typed = {
        let (log, typed) = (log.clone(), typed.clone());
        Callback::from(move |_| {
            let reason = typed.cast::<web_sys::HtmlInputElement>().map(|input| input.value()).unwrap_or_default();
            log.emit(EventKind::Failed { reason });
        })
    };
    let cancel = {
        let failing = failing.clone();
        Callback::from(move |_| failing.set(false))
    };
    html! {
        <div class="failure-form">
            <p class="stop-customer">{ tr(StopText::FailureReason) }</p>
            <div class="status-buttons">{ for FAILURE_REASONS.iter().map(|preset| reason_button(*preset)) }</div>
            <label class="field">
                <span>{ tr(StopText::FailureReason) }</span>
                <input ref={typed.clone()} type="text" class="failure-reason" />
            </label>
            <div class="status-buttons">
                <button class="button button-primary" type="button" onclick={on_typed}>{ tr(StopText::ConfirmFailure) }</button>
                <button class="button" type="button" onclick={cancel}>{ language.tr(CommonText::Cancel) }</button>
            </div>
        </div>
    }
}

/// A stop as a list item; late stops in red and stops at risk in amber, never by colour alone.
#[function_component]
pub fn StopItem(props: &StopItemProps) -> Html {
    let app = use_app();
    let failing = use_state(|| false);
    let refused = use_state(|| None::<String>);
    let typed = use_node_ref();
    let (stop, language) = (&props.stop, props.language);
    let log = {
        let (app, id, failing, refused) = (app.clone(), stop.id.clone(), failing.clone(), refused.clone());
        let language = props.language;
        Callback::from(move |kind: EventKind| {
            let event = ProgressEvent { intervention: id.clone(), at: now(), kind };
            match record(&app, event) {
                Ok(()) => {
                    failing.set(false);
                    refused.set(None);
                }
                Err(error) => refused.set(Some(language.progress_error(&error))),
            }
        })
    };
    let tr = |text| language.tr(text);
    let (class, badge) = if stop.is_break {
        ("stop-break", None)
    } else if props.status.is_closed() {
        ("stop-closed", None)
    } else if stop.late_min > 0 {
        ("stop-late", Some(format!("{} {} min", tr(StopText::LateBy), stop.late_min)))
    } else if stop.window.is_some() && stop.slack_min < AT_RISK_MIN {
        ("stop-at-risk", Some(format!("⚠ {} {} min", tr(StopText::MarginOf), stop.slack_min)))
    } else {
        ("", None)
    };
    let mut details = Vec::new();
    if let Some(window) = &stop.window {
        details.push(format!("{} {window}", tr(StopText::Window)));
    }
    let estimated = if stop.travel_estimated { format!(" ({})", tr(StopText::Estimated)) } else { String::new() };
    if !stop.is_break {
        details.push(format!("{} {} min{estimated}", tr(StopText::Drive), stop.travel_min));
    }
    details.push(format!("{} {}", tr(StopText::Until), stop.end));
    if stop.window.is_some() && stop.late_min == 0 && !stop.is_break {
        details.push(format!("{} {} min", tr(StopText::MarginOf), stop.slack_min));
    }
    if stop.wait_min > 0 {
        details.push(format!("{} {} min", tr(StopText::Wait), stop.wait_min));
    }
    let status = status_badge(&props.status, language);
    let summary = html! {
        <>
            <span class="stop-time">{ stop.start.to_string() }</span>
            <div class="stop-body">
                <p class="stop-customer">{ if stop.is_break { tr(StopText::LunchBreak).to_string() } else { stop.customer.clone() } }</p>
                <p class="stop-details">{ details.join(" · ") }</p>
                if let Some(badge) = badge {
                    <p class="stop-badge">if stop.late_min > 0 { <Icon kind={IconKind::Late} /> }{ badge }</p>
                }
                if let Some(status) = status { <p class="stop-status">{ status }</p> }
            </div>
        </>
    };
    if stop.is_break {
        return html! { <li class={classes!("stop", class)}><div class="stop-row">{ summary }</div></li> };
    }
    let on_site = matches!(props.status, StopStatus::OnSite(_));
    html! {
        <li class={classes!("stop", class, on_site.then_some("stop-on-site"))} data-id={stop.id.clone()}>
            <details open={props.open}>
                <summary class="stop-row">{ summary }</summary>
                if *failing {
                    { failure_form(language, &log, &failing, &typed) }
                } else {
                    { status_buttons(&props.status, language, &log, &failing) }
                }
                if let Some(message) = &*refused { <p class="field-error" role="alert">{ "⚠ " }{ message }</p> }
                { actions(props, &log) }
                if !props.status.is_closed() { { hand_over(props, &app) } }
            </details>
        </li>
    }
}
