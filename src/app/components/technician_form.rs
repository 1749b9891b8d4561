//! A technician's profile: shift, home, lunch window, skills, job limit, longest day and
//! overtime; each wrong field named. What is typed is kept as a draft until saved or cancelled
//! (see [`crate::app::form_draft`]).

use super::{DraftResumed, SkillChoices};
use crate::app::form_draft::{self, Draft, DraftState};
use crate::app::i18n::Language;
use crate::app::state::use_app;
use crate::app::texts::{CommonText, CrewText};
use crate::io::{fields_of, technician_from_fields, TechnicianField, TechnicianFields};
use crate::model::Technician;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Properties of [`TechnicianForm`].
#[derive(Properties, PartialEq)]
pub struct TechnicianFormProps {
    /// The technician edited, or None for a new one.
    pub editing: Option<Technician>,
    /// Ids used by the other technicians.
    pub taken_ids: Vec<String>,
    /// Called with the checked technician.
    pub on_save: Callback<Technician>,
    /// Called when the form closes unsaved (cancelled, or the back button: then its draft is kept).
    pub on_close: Callback<()>,
}

/// Name of this form's drafts.
pub const TECHNICIAN_DRAFT: &str = "technician";

impl DraftState for TechnicianFields {}

/// The fields of the technician edited, or those a new technician starts with.
fn untouched(editing: Option<&Technician>) -> TechnicianFields {
    editing.map(fields_of).unwrap_or_else(|| TechnicianFields {
        start: "08:00".into(),
        end: "17:00".into(),
        lunch_window: "11:45-14:00".into(),
        lunch_length: "30".into(),
        ..TechnicianFields::default()
    })
}

/// The form's typed fields: which one, its label, its element id, and the phone keyboard it
/// wants (`inputmode`: digits for times, durations and counts). Skills are boxes, not typed.
const FIELDS: [(TechnicianField, CrewText, &str, &str); 11] = [
    (TechnicianField::Id, CrewText::TechId, "tech-id", "text"),
    (TechnicianField::Name, CrewText::TechName, "tech-name", "text"),
    (TechnicianField::Start, CrewText::TechStart, "tech-start", "numeric"),
    (TechnicianField::End, CrewText::TechEnd, "tech-end", "numeric"),
    (TechnicianField::Home, CrewText::TechHome, "tech-home", "text"),
    (TechnicianField::EndPlace, CrewText::TechEndPlace, "tech-end-place", "text"),
    (TechnicianField::LunchWindow, CrewText::TechLunchWindow, "tech-lunch-window", "numeric"),
    (TechnicianField::LunchLength, CrewText::TechLunchLength, "tech-lunch-length", "numeric"),
    (TechnicianField::MaxJobs, CrewText::TechMaxJobs, "tech-max-jobs", "numeric"),
    (TechnicianField::MaxWork, CrewText::TechMaxWork, "tech-max-work", "numeric"),
    (TechnicianField::Overtime, CrewText::TechOvertime, "tech-overtime", "numeric"),
];

/// The text of `field` in `fields`, to read or to write.
fn slot(fields: &mut TechnicianFields, field: TechnicianField) -> &mut String {
    match field {
        TechnicianField::Id => &mut fields.id,
        TechnicianField::Name => &mut fields.name,
        TechnicianField::Start => &mut fields.start,
        TechnicianField::End => &mut fields.end,
        TechnicianField::Home => &mut fields.home,
        TechnicianField::EndPlace => &mut fields.end_place,
        TechnicianField::LunchWindow => &mut fields.lunch_window,
        TechnicianField::LunchLength => &mut fields.lunch_length,
        TechnicianField::Skills => &mut fields.skills,
        TechnicianField::MaxJobs => &mut fields.max_jobs,
        TechnicianField::MaxWork => &mut fields.max_work,
        TechnicianField::Overtime => &mut fields.overtime,
    }
}

/// A dialog to add or edit a technician.
#[function_component]
pub fn TechnicianForm(props: &TechnicianFormProps) -> Html {
    let language: Language = use_app().settings.language;
    let key = form_draft::draft_key(TECHNICIAN_DRAFT, props.editing.as_ref().map(|tech| tech.id.as_str()));
    let Draft { state: fields, resumed, restart, forget } =
        form_draft::use_draft(key, untouched(props.editing.as_ref()));
    form_draft::use_back_closes(props.on_close.clone());
    let problems = use_state(Vec::<(TechnicianField, String)>::new);
    let on_submit = {
        let (fields, problems, on_save, taken) =
            (fields.clone(), problems.clone(), props.on_save.clone(), props.taken_ids.clone());
        let forget = forget.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let mut found: Vec<(TechnicianField, String)> = match technician_from_fields(&fields) {
                Ok(technician) if !taken.contains(&technician.id) => {
                    forget.emit(());
                    return on_save.emit(technician);
                }
                Ok(_) => Vec::new(),
                Err(found) => {
                    found.iter().map(|(field, problem)| (*field, language.technician_problem(problem))).collect()
                }
            };
            if taken.iter().any(|id| id == fields.id.trim()) {
                found.insert(0, (TechnicianField::Id, language.id_taken(fields.id.trim())));
            }
            problems.set(found);
        })
    };
    let mine = |which: TechnicianField| -> Vec<String> {
        problems.iter().filter(|(f, _)| *f == which).map(|(_, m)| m.clone()).collect()
    };
    let field = |&(which, label, id, inputmode): &(TechnicianField, CrewText, &'static str, &'static str)| {
        let oninput = {
            let fields = fields.clone();
            Callback::from(move |event: InputEvent| {
                let input: web_sys::HtmlInputElement = event.target().expect("a field").unchecked_into();
                let mut next = (*fields).clone();
                *slot(&mut next, which) = input.value();
                fields.set(next);
            })
        };
        let mine = mine(which);
        let value = slot(&mut (*fields).clone(), which).clone();
        html! {
            <label class="field">
                <span>{ language.tr(label) }</span>
                <input {id} type="text" {inputmode} {value} {oninput} aria-invalid={(!mine.is_empty()).to_string()} />
                { for mine.iter().map(|m| html! { <span class="field-error" role="alert">{ "⚠ " }{ m }</span> }) }
            </label>
        }
    };
    let on_skills = {
        let fields = fields.clone();
        Callback::from(move |skills: String| {
            let mut next = (*fields).clone();
            next.skills = skills;
            fields.set(next);
        })
    };
    let on_cancel = {
        let on_close = props.on_close.clone();
        Callback::from(move |_| {
            forget.emit(());
            on_close.emit(());
        })
    };
    html! {
        <div class="overlay" role="presentation">
            <form class="dialog technician-form" role="dialog" aria-modal="true" aria-label={language.tr(CrewText::TechnicianHeading)} onsubmit={on_submit}>
                <h2>{ language.tr(CrewText::TechnicianHeading) }</h2>
                if resumed { <DraftResumed on_restart={restart} /> }
                { for FIELDS.iter().take(8).map(field) }
                <SkillChoices legend={language.tr(CommonText::SkillsLabel)} field={fields.skills.clone()} on_change={on_skills} />
                { for mine(TechnicianField::Skills).iter().map(|m| html! { <span class="field-error" role="alert">{ "⚠ " }{ m }</span> }) }
                { for FIELDS.iter().skip(8).map(field) }
                <button class="button button-primary button-wide" type="submit">{ language.tr(CommonText::Save) }</button>
                <button class="button button-wide" type="button" onclick={on_cancel}>{ language.tr(CommonText::Cancel) }</button>
            </form>
        </div>
    }
}
