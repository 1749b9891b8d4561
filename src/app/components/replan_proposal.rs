//! A re-planned rest of the day, proposed on the Journée tab, short enough to act on: the
//! emergency first, then the customers worth an SMS technician by technician, the small shifts
//! inside their window folded into one line, and « Accepter » / « Refuser » kept in sight at the
//! bottom of the screen. Which change is worth an SMS is decided by
//! [`crate::plan::customer_notice`], with the crew's threshold from the settings.

use crate::app::components::{Icon, IconKind};
use crate::app::i18n::Language;
use crate::app::state::{use_app, AppContext};
use crate::app::texts::{ClosureText, DayText};
use crate::model::{Day, DayPlan, EventKind, ProgressEvent};
use crate::plan::closed_legs::CrossedLeg;
use crate::plan::customer_notice::{digest, CustomerChange, Notice};
use crate::plan::replan::StopChange;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`ReplanProposal`].
#[derive(Properties, PartialEq)]
pub struct ReplanProposalProps {
    /// The plan followed until now.
    pub current: Rc<DayPlan>,
    /// The plan to follow if accepted.
    pub proposal: Rc<DayPlan>,
    /// What changes for each customer, missed appointments first.
    pub changes: Rc<Vec<StopChange>>,
    /// The legs of the plan followed that a road closed since cuts.
    pub crossed: Rc<Vec<CrossedLeg>>,
}

/// The name of technician `id`, from the proposal or else the current plan.
fn technician_name<'a>(id: &str, proposal: &'a DayPlan, current: &'a DayPlan) -> &'a str {
    proposal
        .technicians
        .iter()
        .chain(&current.technicians)
        .find(|route| route.technician == id)
        .map_or("", |route| route.name.as_str())
}

/// What one change shows beside the customer: the times, the window, and why it is missed.
fn facts(change: &StopChange, language: Language) -> Vec<String> {
    let times = match (&change.before, &change.after) {
        (Some(before), Some(after)) => format!("{before} → {after}"),
        (Some(before), None) => format!("{before} → {}", language.tr(DayText::NotPlannedAnyMore)),
        (None, Some(after)) => format!("+ {after}"),
        (None, None) => String::new(),
    };
    let mut facts = vec![times];
    facts.extend(change.window.map(|window| window.to_string()));
    if change.missed && change.after.is_some() {
        facts.push(language.tr(DayText::OutOfWindow).to_string());
    }
    facts.extend(change.reason.as_ref().map(|job| language.unplanned(job)));
    facts
}

/// The prepared SMS for a change worth telling (a missed appointment is never a surprise), when
/// the customer has a phone; nothing for a quiet shift.
fn sms_link(item: &CustomerChange, technician: &str, day: Option<&Day>, app: &AppContext, language: Language) -> Html {
    let change = &item.change;
    let phone =
        day.and_then(|day| day.interventions.iter().find(|job| job.id == change.id)).and_then(|job| job.phone.clone());
    let Some(phone) = phone.filter(|_| item.notice.needs_sms()) else { return html! {} };
    let (message, label) = match (item.notice, change.after) {
        (Notice::Moved { .. } | Notice::Added, Some(after)) => {
            (crate::app::links::new_time_message(technician, after, change.window), DayText::SmsNewTime)
        }
        _ => (crate::app::links::missed_window_message(technician, change.window), DayText::SmsNewSlot),
    };
    let (app, id) = (app.clone(), change.id.clone());
    let told = Callback::from(move |_| {
        let event =
            ProgressEvent { intervention: id.clone(), at: crate::app::planning::now(), kind: EventKind::SmsPrepared };
        let _ = crate::app::planning::record(&app, event);
    });
    html! { <a class="button sms-change" href={crate::app::links::sms(&phone, &message)} onclick={told}>{ language.tr(label) }</a> }
}

/// One customer's change; `who` names the technician where no heading does.
fn change_item(
    item: &CustomerChange,
    technician: &str,
    who: bool,
    day: Option<&Day>,
    app: &AppContext,
    language: Language,
) -> Html {
    let change = &item.change;
    let missed = item.notice == Notice::Missed;
    let quiet = !item.notice.needs_sms();
    let mut facts = facts(change, language);
    if who {
        facts.push(technician.to_string());
    }
    html! {
        <li class={classes!("change", missed.then_some("change-missed"), quiet.then_some("change-quiet"))} data-id={change.id.clone()}>
            <strong>if missed { <Icon kind={IconKind::Late} /> }{ &change.customer }</strong>
            <p>{ facts.join(" · ") }</p>
            { sms_link(item, technician, day, app, language) }
        </li>
    }
}

/// A re-planned rest of the day: what changes for customers, then accept or keep.
#[function_component]
pub fn ReplanProposal(props: &ReplanProposalProps) -> Html {
    let app = use_app();
    let language = app.settings.language;
    let threshold = app.settings.sms_threshold_min;
    let (current, proposal) = (&*props.current, &*props.proposal);
    let day = app.day.as_deref();
    let digest = day.map(|day| digest(&props.changes, proposal, day, threshold)).unwrap_or_default();
    let name = |id: &str| technician_name(id, proposal, current);
    let accept = {
        let (app, proposal) = (app.clone(), props.proposal.clone());
        Callback::from(move |_| crate::app::planning::accept(&app, &proposal))
    };
    let keep = {
        let app = app.clone();
        Callback::from(move |_| crate::app::planning::keep_current(&app))
    };
    let nobody_told = digest.emergency.is_none() && digest.technicians.is_empty();
    html! {
        <section class="card proposal" aria-live="polite">
            <h3>{ language.tr(DayText::ProposalHeading) }</h3>
            if !props.crossed.is_empty() {
                <h4 class="changes-heading">{ language.tr(ClosureText::LegsHeading) }</h4>
                <ul class="changes crossed-legs">
                    { for props.crossed.iter().enumerate().map(|(k, leg)| {
                        let first_of_technician = k == 0 || props.crossed[k - 1].technician != leg.technician;
                        html! {
                            <li class="change crossed-leg">
                                if first_of_technician { <strong><Icon kind={IconKind::RoadClosed} />{ name(&leg.technician) }</strong> }
                                <p>{ language.crossed_leg(leg, day.and_then(|day| day.closures.get(leg.closure))) }</p>
                            </li>
                        }
                    }) }
                </ul>
            }
            if props.changes.is_empty() {
                <p>{ language.tr(DayText::ProposalNoChange) }</p>
            } else if nobody_told {
                <p>{ language.tr(DayText::NoSmsNeeded) }</p>
            }
            if let Some(emergency) = &digest.emergency {
                <h4 class="changes-heading">{ language.tr(DayText::EmergencyHeading) }</h4>
                <ul class="changes changes-emergency">{ change_item(emergency, name(&emergency.change.technician), true, day, &app, language) }</ul>
            }
            { for digest.technicians.iter().map(|group| html! {
                <>
                    <h4 class="changes-heading">{ name(&group.technician) }</h4>
                    <ul class="changes changes-technician" data-technician={group.technician.clone()}>
                        { for group.changes.iter().map(|item| change_item(item, name(&group.technician), false, day, &app, language)) }
                    </ul>
                </>
            }) }
            if !digest.quiet.is_empty() {
                <details class="quiet-changes">
                    <summary>{ language.quiet_shifts(digest.quiet.len(), threshold) }</summary>
                    <ul class="changes">
                        { for digest.quiet.iter().map(|item| change_item(item, name(&item.change.technician), true, day, &app, language)) }
                    </ul>
                </details>
            }
            <div class="proposal-actions">
                <button class="button button-primary accept-plan" type="button" onclick={accept}>{ language.tr(DayText::AcceptPlan) }</button>
                <button class="button keep-plan" type="button" onclick={keep}>{ language.tr(DayText::KeepPlan) }</button>
            </div>
        </section>
    }
}
