//! A re-planned rest of the day, proposed on the Journée tab: what changes for customers (with
//! the prepared SMS), then accept it or keep the current plan.

use crate::app::components::{Icon, IconKind};
use crate::app::i18n::Language;
use crate::app::state::{use_app, AppContext};
use crate::app::texts::DayText;
use crate::model::{Day, DayPlan, EventKind, ProgressEvent};
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
}

/// One customer's change, with the prepared SMS (a missed appointment is never a surprise).
fn change_item(change: &StopChange, plan: &DayPlan, day: Option<&Day>, app: &AppContext, language: Language) -> Html {
    let job = day.and_then(|day| day.interventions.iter().find(|job| job.id == change.id));
    let technician = plan
        .technicians
        .iter()
        .find(|route| route.stops.iter().any(|stop| stop.id == change.id))
        .map_or("", |route| route.name.as_str());
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
    let sms = job.and_then(|job| job.phone.clone()).map(|phone| {
        let (message, label) = match &change.after {
            Some(after) if !change.missed => {
                (crate::app::links::new_time_message(technician, *after, change.window), DayText::SmsNewTime)
            }
            _ => (crate::app::links::missed_window_message(technician, change.window), DayText::SmsNewSlot),
        };
        let (app, id) = (app.clone(), change.id.clone());
        let told = Callback::from(move |_| {
            let event = ProgressEvent { intervention: id.clone(), at: crate::app::planning::now(), kind: EventKind::SmsPrepared };
            let _ = crate::app::planning::record(&app, event);
        });
        html! { <a class="button sms-change" href={crate::app::links::sms(&phone, &message)} onclick={told}>{ language.tr(label) }</a> }
    });
    html! {
        <li class={classes!("change", change.missed.then_some("change-missed"))} data-id={change.id.clone()}>
            <strong>if change.missed { <Icon kind={IconKind::Late} /> } else { { "↻ " } }{ &change.customer }</strong>
            <p>{ facts.join(" · ") }</p>
            { for sms }
        </li>
    }
}

/// A re-planned rest of the day: what changes for customers, then accept or keep.
#[function_component]
pub fn ReplanProposal(props: &ReplanProposalProps) -> Html {
    let app = use_app();
    let language = app.settings.language;
    let (current, proposal, changes) = (&props.current, &props.proposal, &props.changes);
    let day = app.day.as_deref();
    let (missed, moved): (Vec<&StopChange>, Vec<&StopChange>) = changes.iter().partition(|c| c.missed);
    let accept = {
        let (app, proposal) = (app.clone(), proposal.clone());
        Callback::from(move |_| crate::app::planning::accept(&app, &proposal))
    };
    let keep = {
        let app = app.clone();
        Callback::from(move |_| crate::app::planning::keep_current(&app))
    };
    html! {
        <section class="card proposal" aria-live="polite">
            <h3>{ language.tr(DayText::ProposalHeading) }</h3>
            if changes.is_empty() { <p>{ language.tr(DayText::ProposalNoChange) }</p> }
            if !missed.is_empty() {
                <h4>{ language.tr(DayText::MissedHeading) }</h4>
                <ul class="changes changes-missed">{ for missed.iter().map(|c| change_item(c, current, day, &app, language)) }</ul>
            }
            if !moved.is_empty() {
                <h4>{ language.tr(DayText::MovedHeading) }</h4>
                <ul class="changes changes-moved">{ for moved.iter().map(|c| change_item(c, proposal, day, &app, language)) }</ul>
            }
            <button class="button button-primary button-wide accept-plan" type="button" onclick={accept}>{ language.tr(DayText::AcceptPlan) }</button>
            <button class="button button-wide keep-plan" type="button" onclick={keep}>{ language.tr(DayText::KeepPlan) }</button>
        </section>
    }
}
