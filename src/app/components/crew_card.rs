//! Réglages → the day's crew and date: each technician's profile (shift, home, lunch, skills),
//! added, edited or removed; the planning date, which decides the roads closed in winter; and
//! the dispatcher's choice of sending out as few technicians as the jobs allow.

use super::{Editing, TechnicianForm, TECHNICIAN_DRAFT};
use crate::app::planning::{edit_day, DayPart};
use crate::app::state::{use_app, Action};
use crate::app::texts::{CommonText, CrewText};
use crate::io::hours_and_minutes;
use crate::model::Technician;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The crew and the date.
#[function_component]
pub fn CrewCard() -> Html {
    let app = use_app();
    let language = app.settings.language;
    let editing = use_state(|| Editing::Closed);
    let removing = use_state(|| None::<String>);
    let Some(day) = app.day.clone() else { return html! {} };
    let on_date = {
        let app = app.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target().expect("a date").unchecked_into();
            if let Ok(date) = input.value().parse::<crate::model::IsoDate>() {
                edit_day(&app, DayPart::CrewOrDate, |day| day.date = date);
            }
        })
    };
    let on_fewest = {
        let app = app.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target().expect("a checkbox").unchecked_into();
            let fewest = input.checked();
            edit_day(&app, DayPart::CrewOrDate, |day| day.fewest_technicians = fewest);
        })
    };
    let open = |what: Editing| {
        let editing = editing.clone();
        Callback::from(move |_| editing.set(what.clone()))
    };
    let row = |tech: &Technician| {
        let id = tech.id.clone();
        let lunch = tech
            .shift
            .lunch
            .map(|l| format!(" · {} {} ({} min)", language.tr(CrewText::Lunch), l.window, l.duration_s / 60));
        let limits: String = [
            tech.shift.max_work_s.map(|s| format!(" · {} {}", language.tr(CrewText::AtMost), hours_and_minutes(s))),
            tech.shift.overtime_s.map(|s| format!(" · {} {}", language.tr(CommonText::Overtime), hours_and_minutes(s))),
        ]
        .into_iter()
        .flatten()
        .collect();
        let remove = if removing.as_deref() == Some(id.as_str()) {
            let (app, removing, gone) = (app.clone(), removing.clone(), id.clone());
            let confirm = Callback::from(move |_| {
                edit_day(&app, DayPart::CrewOrDate, |day| {
                    day.technicians.retain(|t| t.id != gone);
                    for job in &mut day.interventions {
                        if job.assigned_to.as_deref() == Some(gone.as_str()) {
                            job.assigned_to = None;
                        }
                    }
                });
                removing.set(None);
            });
            html! { <button class="button button-danger" type="button" onclick={confirm}>{ language.tr(CommonText::ConfirmDelete) }</button> }
        } else {
            let (removing, asked) = (removing.clone(), id.clone());
            html! { <button class="button" type="button" onclick={Callback::from(move |_| removing.set(Some(asked.clone())))}>{ language.tr(CommonText::Delete) }</button> }
        };
        let mine = app.settings.phone_of.as_deref() == Some(id.as_str());
        let on_mine = {
            let (app, id) = (app.clone(), id.clone());
            Callback::from(move |event: Event| {
                let input: web_sys::HtmlInputElement = event.target().expect("a checkbox").unchecked_into();
                app.dispatch(Action::SetPhoneOf(input.checked().then(|| id.clone())));
            })
        };
        html! {
            <li class="crew-member" data-id={tech.id.clone()}>
                <p class="job-customer">{ &tech.name }<span class="job-id">{ format!(" · {}", tech.id) }</span></p>
                <p>{ format!("{}–{}{}{limits}", tech.shift.start, tech.shift.end, lunch.unwrap_or_default()) }</p>
                <label class="choice phone-of">
                    <input type="checkbox" checked={mine} onchange={on_mine} />
                    { language.tr(CrewText::MyPhone) }
                </label>
                <div class="job-actions">
                    <button class="button" type="button" onclick={open(Editing::Existing(id))}>{ language.tr(CommonText::Edit) }</button>
                    { remove }
                </div>
            </li>
        }
    };
    let add_label = match crate::app::form_draft::is_kept(&crate::app::form_draft::draft_key(TECHNICIAN_DRAFT, None)) {
        true => language.tr(CommonText::ResumeDraft),
        false => language.tr(CrewText::AddTechnician),
    };
    let form = match &*editing {
        Editing::Closed => html! {},
        what => {
            let replacing = what.replacing();
            let current = replacing.as_ref().and_then(|id| day.technicians.iter().find(|t| &t.id == id)).cloned();
            let taken_ids: Vec<String> =
                day.technicians.iter().map(|t| t.id.clone()).filter(|id| Some(id) != replacing.as_ref()).collect();
            let on_save = {
                let (app, editing) = (app.clone(), editing.clone());
                Callback::from(move |tech: Technician| {
                    let replacing = replacing.clone();
                    edit_day(&app, DayPart::CrewOrDate, |day| {
                        match replacing.and_then(|id| day.technicians.iter().position(|t| t.id == id)) {
                            Some(index) => day.technicians[index] = tech,
                            None => day.technicians.push(tech),
                        }
                    });
                    editing.set(Editing::Closed);
                })
            };
            let on_close = {
                let editing = editing.clone();
                Callback::from(move |()| editing.set(Editing::Closed))
            };
            html! { <TechnicianForm editing={current} {taken_ids} {on_save} {on_close} /> }
        }
    };
    html! {
        <section class="card crew-card" aria-labelledby="crew-heading">
            <h3 id="crew-heading">{ language.tr(CrewText::CrewHeading) }</h3>
            <label class="field">
                <span>{ language.tr(CrewText::PlanningDate) }</span>
                <input type="date" class="planning-date" value={day.date.to_string()} onchange={on_date} />
                <span class="hint">{ language.tr(CrewText::PlanningDateHint) }</span>
            </label>
            <label class="choice fewest-technicians">
                <input type="checkbox" checked={day.fewest_technicians} onchange={on_fewest} />
                { language.tr(CrewText::FewestTechnicians) }
            </label>
            <ul class="jobs crew">{ for day.technicians.iter().map(row) }</ul>
            <button class="button button-wide add-technician" type="button" onclick={open(Editing::New)}>{ add_label }</button>
            { form }
        </section>
    }
}
