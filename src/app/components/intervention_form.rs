//! Adding or editing one intervention by hand: every field checked as an imported row
//! would be, each problem shown next to its field, the commune found as it is typed. What is
//! typed is kept as a draft until saved or cancelled (see [`crate::app::form_draft`]).

use super::skill_choices::skill_value;
use super::{CommuneHint, DraftResumed, MapPicker, SkillChoices, SlotFinder};
use crate::app::form_draft::{self, Draft, DraftFields};
use crate::app::i18n::Language;
use crate::app::state::use_app;
use crate::app::texts::{CommonText, InterventionsText, MapText, SlotText};
use crate::io::{intervention_from_fields, CsvError};
use crate::model::{Inclusion, Intervention, Priority};
use std::collections::HashMap;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Properties of [`InterventionForm`].
#[derive(Properties, PartialEq)]
pub struct InterventionFormProps {
    /// The intervention edited, or None for a new one.
    pub editing: Option<Intervention>,
    /// Ids already used by other interventions (a new id must differ).
    pub taken_ids: Vec<String>,
    /// Called with the checked intervention.
    pub on_save: Callback<Intervention>,
    /// Called when the form closes unsaved (cancelled, or the back button: then its draft is kept),
    /// or after a slot was booked for the job typed.
    pub on_close: Callback<()>,
    /// Whether the job edited was postponed today (the slot finder then books no slot today).
    #[prop_or_default]
    pub postponed: bool,
}

/// Name of this form's drafts.
pub const INTERVENTION_DRAFT: &str = "intervention";

/// The form's fields as typed, keyed by their CSV column name.
type Fields = DraftFields;

/// Column names of the text fields, in form order, with their labels, element ids and the
/// phone keyboard each wants (`inputmode`: digits for a phone number, a duration, times).
const TEXT_FIELDS: [(&str, InterventionsText, &str, &str); 10] = [
    ("id", InterventionsText::FieldId, "field-id", "text"),
    ("client", InterventionsText::FieldCustomer, "field-customer", "text"),
    ("téléphone", InterventionsText::FieldPhone, "field-phone", "tel"),
    ("adresse", InterventionsText::FieldAddress, "field-address", "text"),
    ("commune", InterventionsText::FieldCommune, "field-commune", "text"),
    ("lat", InterventionsText::FieldLat, "field-lat", "decimal"),
    ("lon", InterventionsText::FieldLon, "field-lon", "decimal"),
    ("durée", InterventionsText::FieldDuration, "field-duration", "numeric"),
    ("créneaux", InterventionsText::FieldWindows, "field-windows", "numeric"),
    ("notes", InterventionsText::FieldNotes, "field-notes", "text"),
];

/// The priority's column value and label.
fn priority_choices() -> [(Priority, &'static str, InterventionsText); 4] {
    [
        (Priority::Vital, "vital", InterventionsText::PriorityVital),
        (Priority::Emergency, "urgence", InterventionsText::PriorityEmergency),
        (Priority::Normal, "normale", InterventionsText::PriorityNormal),
        (Priority::Low, "basse", InterventionsText::PriorityLow),
    ]
}

/// The fields of an existing intervention (its place as the commune it was given by, else as
/// coordinates), or an empty form.
fn draft_of(job: Option<&Intervention>) -> Fields {
    let mut draft: Fields = TEXT_FIELDS.iter().map(|(column, ..)| (column.to_string(), String::new())).collect();
    draft.insert("priorité".into(), "normale".into());
    draft.insert("obligatoire".into(), "oui".into());
    draft.insert("compétences".into(), String::new());
    let Some(job) = job else { return draft };
    draft.insert("id".into(), job.id.clone());
    draft.insert("client".into(), job.customer.clone());
    draft.insert("téléphone".into(), job.phone.clone().unwrap_or_default());
    draft.insert("adresse".into(), job.address.clone().unwrap_or_default());
    match &job.commune {
        Some(commune) => drop(draft.insert("commune".into(), commune.clone())),
        None => {
            draft.insert("lat".into(), format!("{:.6}", job.location.lat()));
            draft.insert("lon".into(), format!("{:.6}", job.location.lon()));
        }
    }
    draft.insert("durée".into(), (job.service_s / 60).to_string());
    draft.insert("créneaux".into(), job.windows.iter().map(|w| w.to_string()).collect::<Vec<_>>().join(" | "));
    draft.insert("compétences".into(), job.skills.iter().map(|s| skill_value(*s)).collect::<Vec<_>>().join("|"));
    let priority = priority_choices().iter().find(|(p, _, _)| *p == job.priority).map_or("normale", |c| c.1);
    draft.insert("priorité".into(), priority.into());
    draft.insert("obligatoire".into(), if job.inclusion == Inclusion::Mandatory { "oui" } else { "non" }.into());
    draft.insert("notes".into(), job.notes.clone());
    draft
}

/// A dialog to add or edit an intervention.
#[function_component]
pub fn InterventionForm(props: &InterventionFormProps) -> Html {
    let language: Language = use_app().settings.language;
    let key = form_draft::draft_key(INTERVENTION_DRAFT, props.editing.as_ref().map(|job| job.id.as_str()));
    let Draft { state: draft, resumed, restart, forget } = form_draft::use_draft(key, draft_of(props.editing.as_ref()));
    form_draft::use_back_closes(props.on_close.clone());
    let errors = use_state(HashMap::<String, Vec<String>>::new);
    // How many saves were refused: each one, not a field typed again, moves the focus.
    let refusals = use_state(|| 0u32);
    // A value typed or chosen (a skill box, a suggested commune) replaces the field's text; the
    // problems found in the field at the last save go with the old text.
    let put = |column: &'static str| {
        let (draft, errors) = (draft.clone(), errors.clone());
        Callback::from(move |value: String| {
            let mut next = (*draft).clone();
            next.insert(column.into(), value);
            draft.set(next);
            if errors.contains_key(column) {
                let mut left = (*errors).clone();
                left.remove(column);
                errors.set(left);
            }
        })
    };
    let set = |column: &'static str| {
        put(column).reform(|event: InputEvent| {
            let target = event.target().expect("a field");
            match target.dyn_ref::<web_sys::HtmlTextAreaElement>() {
                Some(area) => area.value(),
                None => target.unchecked_into::<web_sys::HtmlInputElement>().value(),
            }
        })
    };
    let on_priority = {
        let draft = draft.clone();
        Callback::from(move |event: Event| {
            let select: web_sys::HtmlSelectElement = event.target().expect("a select").unchecked_into();
            let mut next = (*draft).clone();
            next.insert("priorité".into(), select.value());
            draft.set(next);
        })
    };
    let on_optional = {
        let draft = draft.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target().expect("a box").unchecked_into();
            let mut next = (*draft).clone();
            next.insert("obligatoire".into(), if input.checked() { "non" } else { "oui" }.into());
            draft.set(next);
        })
    };
    // The fields checked as an imported row would be: the job, or the problems by column.
    let checked = {
        let (draft, errors, refusals, taken) =
            (draft.clone(), errors.clone(), refusals.clone(), props.taken_ids.clone());
        move || -> Option<Intervention> {
            let fields: Vec<(&str, &str)> =
                draft.iter().map(|(column, value)| (column.as_str(), value.as_str())).collect();
            let mut found: HashMap<String, Vec<String>> = HashMap::new();
            if taken.iter().any(|id| id.trim() == draft["id"].trim()) {
                found.entry("id".into()).or_default().push(language.id_taken(draft["id"].trim()));
            }
            match intervention_from_fields(&fields) {
                Ok(job) if found.is_empty() => return Some(job),
                Ok(_) => {}
                Err(problems) => {
                    for problem in problems {
                        let column = problem.location.column.clone().unwrap_or_else(|| "id".into());
                        let messages = found.entry(column).or_default();
                        // The commune's own problem is already under its field (with its
                        // suggestions): said once, the field only marked wrong.
                        if !matches!(problem.error, CsvError::Commune(_)) {
                            messages.push(language.csv_error(&problem.error));
                        }
                    }
                }
            }
            errors.set(found);
            refusals.set(*refusals + 1);
            None
        }
    };
    let on_submit = {
        let (checked, on_save, forget) = (checked.clone(), props.on_save.clone(), forget.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if let Some(job) = checked() {
                forget.emit(());
                on_save.emit(job);
            }
        })
    };
    // « Proposer un créneau » for the job as typed: the finder opens over the form; a slot
    // booked saves the job with its window, and the form closes.
    let finding = use_state(|| None::<Intervention>);
    let on_find_slots = {
        let finding = finding.clone();
        Callback::from(move |_| finding.set(checked()))
    };
    let finder = match &*finding {
        None => html! {},
        Some(job) => {
            let close_finder = {
                let finding = finding.clone();
                Callback::from(move |()| finding.set(None))
            };
            let on_booked = {
                let (forget, on_close) = (forget.clone(), props.on_close.clone());
                Callback::from(move |()| {
                    forget.emit(());
                    on_close.emit(());
                })
            };
            html! { <SlotFinder job={job.clone()} postponed={props.postponed} on_close={close_finder} {on_booked} /> }
        }
    };
    // After a refused save, the first wrong field gets the focus: on a phone the errors are
    // above the button, out of sight.
    use_effect_with(*refusals, |refusals| {
        if *refusals > 0 {
            let first = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.query_selector(".intervention-form [aria-invalid=true]").ok().flatten());
            if let Some(field) = first.and_then(|f| f.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = field.focus();
            }
        }
    });
    let picking = use_state(|| false);
    let toggle_picking = {
        let picking = picking.clone();
        Callback::from(move |_| picking.set(!*picking))
    };
    let picked = match (draft["lat"].trim().parse::<f64>(), draft["lon"].trim().parse::<f64>()) {
        (Ok(lat), Ok(lon)) => crate::road::LatLon::new(lat, lon).ok(),
        _ => None,
    };
    let on_pick = {
        let draft = draft.clone();
        Callback::from(move |point: crate::road::LatLon| {
            let mut next = (*draft).clone();
            next.insert("lat".into(), format!("{:.6}", point.lat()));
            next.insert("lon".into(), format!("{:.6}", point.lon()));
            draft.set(next);
        })
    };
    let on_cancel = {
        let on_close = props.on_close.clone();
        Callback::from(move |_| {
            forget.emit(());
            on_close.emit(());
        })
    };
    let field = |&(column, label, id, inputmode): &(&'static str, InterventionsText, &'static str, &'static str)| {
        let problems = errors.get(column).cloned().unwrap_or_default();
        let invalid = errors.contains_key(column);
        let input = if column == "notes" {
            html! { <textarea {id} rows="3" value={draft[column].clone()} oninput={set(column)} aria-invalid={invalid.to_string()} /> }
        } else {
            html! { <input {id} type="text" {inputmode} value={draft[column].clone()} oninput={set(column)} aria-invalid={invalid.to_string()} /> }
        };
        html! {
            <label class="field">
                <span>{ language.tr(label) }</span>
                { input }
                if column == "commune" { <CommuneHint typed={draft["commune"].clone()} on_pick={put("commune")} /> }
                // One node whatever the number of problems: Yew matches unkeyed children from the
                // end, and a problem gone would otherwise rebuild the input (and drop its focus).
                <>{ for problems.iter().map(|p| html! { <span class="field-error" role="alert">{ "⚠ " }{ p }</span> }) }</>
            </label>
        }
    };
    let title =
        if props.editing.is_some() { InterventionsText::EditIntervention } else { InterventionsText::AddIntervention };
    html! {
        <div class="overlay" role="presentation">
            <form class="dialog intervention-form" role="dialog" aria-modal="true" aria-label={language.tr(title)} onsubmit={on_submit}>
                <h2>{ language.tr(title) }</h2>
                if resumed { <DraftResumed on_restart={restart} /> }
                { for TEXT_FIELDS.iter().take(5).map(field) }
                <p class="hint">{ language.tr(InterventionsText::OrCoordinates) }</p>
                { for TEXT_FIELDS.iter().skip(5).take(2).map(field) }
                <button class="button pick-on-map" type="button" aria-expanded={picking.to_string()} onclick={toggle_picking}>{ language.tr(MapText::PickOnMap) }</button>
                if *picking { <MapPicker {picked} {on_pick} /> }
                { for TEXT_FIELDS.iter().skip(7).take(2).map(field) }
                <SkillChoices legend={language.tr(CommonText::SkillsLabel)} field={draft["compétences"].clone()} on_change={put("compétences")} />
                <label class="field">
                    <span>{ language.tr(InterventionsText::FieldPriority) }</span>
                    <select onchange={on_priority}>
                        { for priority_choices().iter().map(|(_, value, label)| html! {
                            <option value={*value} selected={draft["priorité"] == *value}>{ language.tr(*label) }</option>
                        }) }
                    </select>
                </label>
                <label class="choice">
                    <input type="checkbox" checked={draft["obligatoire"] == "non"} onchange={on_optional} />
                    { language.tr(InterventionsText::FieldOptional) }
                </label>
                { field(&TEXT_FIELDS[9]) }
                <button class="button button-primary button-wide" type="submit">{ language.tr(CommonText::Save) }</button>
                <button class="button button-wide find-slots" type="button" onclick={on_find_slots}>{ language.tr(SlotText::FindSlot) }</button>
                <button class="button button-wide" type="button" onclick={on_cancel}>{ language.tr(CommonText::Cancel) }</button>
            </form>
            { finder }
        </div>
    }
}
