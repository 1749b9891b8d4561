//! One stop of a technician's day: its number, when, who, the window, the drive, and the risk;
//! opened, what is needed at the door, its hand-offs (SMS, navigation) and what happened there
//! (arrived, done, failed, postponed) and its proofs (signature, photos), recorded in the day's log. A status recorded closes the
//! card; a finished stop is one line (number, customer, status and its time), opened again by
//! a tap, where its undo is.

use super::stop_door::StopDoor;
use super::stop_photos::StopPhotos;
use super::stop_postponed::StopPostponed;
use super::stop_signature::StopSignature;
use super::stop_status::{closes_the_card, failure_form, finished_line, status_badge, status_buttons};
use super::{Icon, IconKind};
use crate::app::i18n::Language;
use crate::app::links;
use crate::app::planning::{now, record};
use crate::app::state::use_app;
use crate::app::texts::StopText;
use crate::model::{EventKind, PlannedStop, ProgressEvent, Skill, StopPin, StopStatus, TimeOfDay, VisitPhoto};
use crate::road::Communes;
use yew::prelude::*;

/// Margin under which a stop is at risk (minutes): an amber warning, in words too.
pub const AT_RISK_MIN: u32 = 15;

/// Each stop of a technician's day with its number among the visits, as on the map's markers
/// (none for a break).
pub fn numbered_stops(stops: &[PlannedStop]) -> impl Iterator<Item = (Option<usize>, &PlannedStop)> {
    stops.iter().scan(0, |visits, stop| {
        if stop.is_break {
            return Some((None, stop));
        }
        *visits += 1;
        Some((Some(*visits), stop))
    })
}

/// Properties of [`StopItem`].
#[derive(Properties, PartialEq)]
pub struct StopItemProps {
    /// The stop.
    pub stop: PlannedStop,
    /// Its number among the technician's visits, as on the map's marker (none for a break).
    #[prop_or_default]
    pub number: Option<usize>,
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
    /// The skills the job asks for.
    #[prop_or_default]
    pub skills: Vec<Skill>,
    /// What the log says of this stop.
    #[prop_or(StopStatus::Planned)]
    pub status: StopStatus,
    /// Minutes on site, from « Arrivé » to the end, once the stop is finished that way.
    #[prop_or_default]
    pub on_site_min: Option<u32>,
    /// When the customer signed for the done job and the key of the image, once signed.
    #[prop_or_default]
    pub signed: Option<(TimeOfDay, AttrValue)>,
    /// The photos of the visit that count, oldest first.
    #[prop_or_default]
    pub photos: Vec<VisitPhoto>,
    /// The photo of this stop taken back last, which can be given back.
    #[prop_or_default]
    pub removed_photo: Option<VisitPhoto>,
    /// Bytes the day's photos take on the phone (for the budget shown).
    #[prop_or_default]
    pub photo_bytes: u64,
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

/// A tap that records `kind` in the log.
fn logged(log: &Callback<EventKind>, kind: EventKind) -> Callback<MouseEvent> {
    let log = log.clone();
    Callback::from(move |_: MouseEvent| log.emit(kind.clone()))
}

/// The hand-offs shown when a stop is opened: SMS with the arrival time (logged: the customer
/// was told), and navigation to the stop's own point, said to be the town hall when the stop
/// was placed from its commune's name.
fn actions(props: &StopItemProps, log: &Callback<EventKind>) -> Html {
    let stop = &props.stop;
    let tr = |text| props.language.tr(text);
    let sms = props.phone.as_ref().map(|phone| {
        let message = links::arrival_message(&props.technician, stop.arrival, stop.window);
        html! { <a class="button stop-sms" href={links::sms(phone, &message)} onclick={logged(log, EventKind::SmsPrepared)}>{ tr(StopText::Sms) }</a> }
    });
    let town_hall = Communes::embedded().town_hall_at(stop.at).map(|commune| {
        html! { <p class="stop-point">{ props.language.town_hall_point(&commune.name) }</p> }
    });
    html! {
        <div class="stop-actions">
            { for sms }
            { for town_hall }
            <p class="stop-navigate">{ format!("{}{}", tr(StopText::NavigateWith), props.language.colon().trim_end()) }</p>
            { for links::navigation(stop.at, &stop.customer).into_iter().map(|(app, href)| {
                let app = if app == links::PHONE_GPS { tr(StopText::PhoneGps) } else { app };
                let label = format!("{} {app}", tr(StopText::NavigateWith));
                html! { <a class="button stop-navigate-app" href={href} rel="noopener" aria-label={label}>{ app }</a> }
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

/// The stop's number in its technician's day, as on the map's marker.
fn number_badge(number: Option<usize>, language: Language) -> Html {
    match number {
        Some(number) => html! {
            <span class="stop-number" aria-label={format!("{} {number}", language.tr(StopText::StopNumber))}>{ number }</span>
        },
        None => html! {},
    }
}

/// A stop still to do or under way: number and time, customer, window, drive, end and margin,
/// a warning when late or at risk, and its status.
fn summary_row(props: &StopItemProps, badge: Option<String>) -> Html {
    let (stop, language) = (&props.stop, props.language);
    let tr = |text| language.tr(text);
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
    html! {
        <>
            <span class="stop-when">
                { number_badge(props.number, language) }
                <span class="stop-time">{ stop.start.to_string() }</span>
            </span>
            <div class="stop-body">
                <p class="stop-customer">{ if stop.is_break { tr(StopText::LunchBreak).to_string() } else { stop.customer.clone() } }</p>
                <p class="stop-details">{ details.join(" · ") }</p>
                if let Some(badge) = badge {
                    <p class="stop-badge">if stop.late_min > 0 { <Icon kind={IconKind::Late} /> }{ badge }</p>
                }
                if let Some(status) = status { <p class="stop-status">{ status }</p> }
            </div>
        </>
    }
}

/// A finished stop in one line: its number, its customer, and the status with its time (the
/// whole status, a failure's reason included, is said again inside, once opened).
fn finished_row(props: &StopItemProps) -> Html {
    html! {
        <>
            { number_badge(props.number, props.language) }
            <span class="stop-customer">{ props.stop.customer.clone() }</span>
            <span class="stop-status">{ finished_line(&props.status, props.language).unwrap_or_default() }</span>
        </>
    }
}

/// A stop as a list item; late stops in red and stops at risk in amber, never by colour alone.
/// Opened by a tap (or from the map), closed again by a status recorded.
#[function_component]
pub fn StopItem(props: &StopItemProps) -> Html {
    let app = use_app();
    let failing = use_state(|| false);
    let refused = use_state(|| None::<String>);
    let opened = use_state_eq(|| props.open);
    {
        let opened = opened.clone();
        use_effect_with(props.open, move |open| {
            if *open {
                opened.set(true);
            }
        });
    }
    let typed = use_node_ref();
    let (stop, language) = (&props.stop, props.language);
    let log = {
        let (app, id, failing, refused, opened) =
            (app.clone(), stop.id.clone(), failing.clone(), refused.clone(), opened.clone());
        Callback::from(move |kind: EventKind| {
            let closes = closes_the_card(&kind);
            let event = ProgressEvent { intervention: id.clone(), at: now(), kind };
            match record(&app, event) {
                Ok(()) => {
                    failing.set(false);
                    refused.set(None);
                    if closes {
                        opened.set(false);
                    }
                }
                Err(error) => refused.set(Some(language.progress_error(&error))),
            }
        })
    };
    // The card follows the technician's taps, so that a status recorded can close it.
    let on_toggle = {
        let opened = opened.clone();
        Callback::from(move |event: Event| {
            if let Some(details) = event.target_dyn_into::<web_sys::Element>() {
                opened.set(details.has_attribute("open"));
            }
        })
    };
    let tr = |text| language.tr(text);
    let finished = props.status.is_closed();
    let (class, badge) = if stop.is_break {
        ("stop-break", None)
    } else if finished {
        ("stop-closed", None)
    } else if stop.late_min > 0 {
        ("stop-late", Some(format!("{} {} min", tr(StopText::LateBy), stop.late_min)))
    } else if stop.window.is_some() && stop.slack_min < AT_RISK_MIN {
        ("stop-at-risk", Some(format!("⚠ {} {} min", tr(StopText::MarginOf), stop.slack_min)))
    } else {
        ("", None)
    };
    if stop.is_break {
        return html! { <li class={classes!("stop", class)}><div class="stop-row">{ summary_row(props, badge) }</div></li> };
    }
    let on_site = matches!(props.status, StopStatus::OnSite(_));
    let row = if finished {
        html! { <summary class="stop-row stop-row-finished">{ finished_row(props) }</summary> }
    } else {
        html! { <summary class="stop-row">{ summary_row(props, badge) }</summary> }
    };
    let on_call = logged(&log, EventKind::CustomerCalled);
    html! {
        <li class={classes!("stop", class, on_site.then_some("stop-on-site"))} data-id={stop.id.clone()}>
            <details open={*opened} ontoggle={on_toggle}>
                { row }
                if finished {
                    <p class="stop-said">
                        { status_badge(&props.status, language).unwrap_or_default() }
                        if let Some(minutes) = props.on_site_min {
                            { format!(" · {minutes} {}", language.tr(StopText::MinutesOnSite)) }
                        }
                    </p>
                }
                // The card's inside is drawn once it is opened: a day's 25 closed cards would
                // otherwise be two thirds of the page's elements, drawn at every plan.
                if *opened {
                    if matches!(props.status, StopStatus::Done(_) | StopStatus::Failed(..)) {
                        <StopSignature {language} intervention={stop.id.clone()} signed={props.signed.clone()} />
                        <StopPhotos {language} intervention={stop.id.clone()} photos={props.photos.clone()} removed={props.removed_photo.clone()} day_bytes={props.photo_bytes} />
                    }
                    if matches!(props.status, StopStatus::Postponed(_)) {
                        <StopPostponed intervention={stop.id.clone()} phone={props.phone.as_ref().map(|p| p.to_string())} />
                    }
                    if *failing {
                        { failure_form(language, &log, &failing, &typed) }
                    } else {
                        { status_buttons(&props.status, language, &log, &failing) }
                    }
                    if let Some(message) = &*refused { <p class="field-error" role="alert">{ "⚠ " }{ message }</p> }
                    <StopDoor {language} address={props.address.clone()} notes={props.notes.clone()} skills={props.skills.clone()} phone={props.phone.clone()} {on_call} />
                    { actions(props, &log) }
                    if !finished { { hand_over(props, &app) } }
                }
            </details>
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::TimeOfDay;

    fn stop(id: &str, is_break: bool) -> PlannedStop {
        crate::model::test_stop(id, TimeOfDay::MIDNIGHT, is_break)
    }

    #[test]
    fn visits_are_numbered_as_on_the_map_and_a_break_is_not() {
        let stops = [stop("A", false), stop("pause-T1", true), stop("B", false), stop("C", false)];
        let numbers: Vec<(Option<usize>, &str)> =
            numbered_stops(&stops).map(|(number, stop)| (number, stop.id.as_str())).collect();
        assert_eq!(numbers, [(Some(1), "A"), (None, "pause-T1"), (Some(2), "B"), (Some(3), "C")]);
    }
}
