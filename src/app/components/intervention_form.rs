//! Adding or editing one intervention by hand: every field checked as an imported row
//! would be, each problem shown next to its field, the commune found as it is typed. What is
//! typed is kept as a draft until saved or cancelled (see [`crate::app::form_draft`]).

use super::{DraftResumed, MapPicker};
use crate::app::form_draft::{self, Draft, DraftFields};
use crate::app::i18n::Language;
use crate::app::state::use_app;
use crate::app::texts::{CommonText, InterventionsText, MapText};
use crate::io::intervention_from_fields;
use crate::model::{Inclusion, Intervention, Priority, Skill};
use crate::road::Communes;
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
    /// Called when the form closes unsaved (cancelled, or the back button: then its draft is kept).
    pub on_close: Callback<()>,
}

/// Name of this form's drafts.
pub const INTERVENTION_DRAFT: &str = "intervention";

/// The form's fields as typed, keyed by their CSV column name.
type Fields = DraftFields;

/// Column names of the text fields, in form order, with their labels and element ids.
const TEXT_FIELDS: [(&str, InterventionsText, &str); 10] = [
    ("id", InterventionsText::FieldId, "field-id"),
    ("client", InterventionsText::FieldCustomer, "field-customer"),
    ("téléphone", InterventionsText::FieldPhone, "field-phone"),
    ("adresse", InterventionsText::FieldAddress, "field-address"),
    ("commune", InterventionsText::FieldCommune, "field-commune"),
    ("lat", InterventionsText::FieldLat, "field-lat"),
    ("lon", InterventionsText::FieldLon, "field-lon"),
    ("durée", InterventionsText::FieldDuration, "field-duration"),
    ("créneaux", InterventionsText::FieldWindows, "field-windows"),
    ("notes", InterventionsText::FieldNotes, "field-notes"),
];

/// The skill's column value, as the CSV reader spells it.
fn skill_value(skill: Skill) -> &'static str {
    match skill {
        Skill::Fibre => "fibre",
        Skill::Copper => "cuivre",
        Skill::CivilWorks => "génie civil",
        Skill::Pole => "poteau",
    }
}

/// The priority's column value and label.
fn priority_choices() -> [(Priority, &'static str, InterventionsText); 4] {
    [
        (Priority::Vital, "vital", InterventionsText::PriorityVital),
        (Priority::Emergency, "urgence", InterventionsText::PriorityEmergency),
        (Priority::Normal, "normale", InterventionsText::PriorityNormal),
        (Priority::Low, "basse", InterventionsText::PriorityLow),
    ]
}

/// The fields of an existing intervention (its place as coordinates), or an empty form.
fn draft_of(job: Option<&Intervention>) -> Fields {
    let mut draft: Fields = TEXT_FIELDS.iter().map(|(column, _, _)| (column.to_string(), String::new())).collect();
    draft.insert("priorité".into(), "normale".into());
    draft.insert("obligatoire".into(), "oui".into());
    draft.insert("compétences".into(), String::new());
    let Some(job) = job else { return draft };
    draft.insert("id".into(), job.id.clone());
    draft.insert("client".into(), job.customer.clone());
    draft.insert("téléphone".into(), job.phone.clone().unwrap_or_default());
    draft.insert("adresse".into(), job.address.clone().unwrap_or_default());
    draft.insert("lat".into(), format!("{:.6}", job.location.lat()));
    draft.insert("lon".into(), format!("{:.6}", job.location.lon()));
    draft.insert("durée".into(), (job.service_s / 60).to_string());
    draft.insert("créneaux".into(), job.windows.iter().map(|w| w.to_string()).collect::<Vec<_>>().join(" | "));
    draft.insert("compétences".into(), job.skills.iter().map(|s| skill_value(*s)).collect::<Vec<_>>().join("|"));
    let priority = priority_choices().iter().find(|(p, _, _)| *p == job.priority).map_or("normale", |c| c.1);
    draft.insert("priorité".into(), priority.into());
    draft.insert("obligatoire".into(), if job.inclusion == Inclusion::Mandatory { "oui" } else { "non" }.into());
    draft.insert("notes".into(), job.notes.clone());
    draft
}

/// What the commune field designates, shown under it as the user types.
fn commune_hint(text: &str, language: Language) -> Option<String> {
    if text.trim().is_empty() {
        return None;
    }
    Some(match Communes::embedded().find(text) {
        Ok(commune) => format!("✓ {} ({})", commune.name, commune.postal_codes.join(", ")),
        Err(error) => format!("⚠ {}", language.commune_error(&error)),
    })
}

/// A dialog to add or edit an intervention.
#[function_component]
pub fn InterventionForm(props: &InterventionFormProps) -> Html {
    let language: Language = use_app().settings.language;
    let key = form_draft::draft_key(INTERVENTION_DRAFT, props.editing.as_ref().map(|job| job.id.as_str()));
    let Draft { state: draft, resumed, restart, forget } = form_draft::use_draft(key, draft_of(props.editing.as_ref()));
    form_draft::use_back_closes(props.on_close.clone());
    let errors = use_state(HashMap::<String, Vec<String>>::new);
    let set = |column: &'static str| {
        let draft = draft.clone();
        Callback::from(move |event: InputEvent| {
            let target = event.target().expect("a field");
            let value = match target.dyn_ref::<web_sys::HtmlTextAreaElement>() {
                Some(area) => area.value(),
                None => target.unchecked_into::<web_sys::HtmlInputElement>().value(),
            };
            let mut next = (*draft).clone();
            next.insert(column.into(), value);
            draft.set(next);
        })
    };
    let toggle_skill = |skill: Skill| {
        let draft = draft.clone();
        Callback::from(move |_| {
            let mut next = (*draft).clone();
            let mut skills: Vec<String> =
                next["compétences"].split('|').filter(|s| !s.is_empty()).map(str::to_owned).collect();
            match skills.iter().position(|s| s == skill_value(skill)) {
                Some(index) => drop(skills.remove(index)),
                None => skills.push(skill_value(skill).into()),
            }
            next.insert("compétences".into(), skills.join("|"));
            draft.set(next);
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
    let on_submit = {
        let (draft, errors, on_save) = (draft.clone(), errors.clone(), props.on_save.clone());
        let (taken, forget) = (props.taken_ids.clone(), forget.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let fields: Vec<(&str, &str)> =
                draft.iter().map(|(column, value)| (column.as_str(), value.as_str())).collect();
            let mut found: HashMap<String, Vec<String>> = HashMap::new();
            if taken.iter().any(|id| id.trim() == draft["id"].trim()) {
                found.entry("id".into()).or_default().push(language.id_taken(draft["id"].trim()));
            }
            match intervention_from_fields(&fields) {
                Ok(job) if found.is_empty() => {
                    forget.emit(());
                    return on_save.emit(job);
                }
                Ok(_) => {}
                Err(problems) => {
                    for problem in problems {
                        let column = problem.location.column.clone().unwrap_or_else(|| "id".into());
                        found.entry(column).or_default().push(language.csv_error(&problem.error));
                    }
                }
            }
            errors.set(found);
        })
    };
    // After a refused save, the first wrong field gets the focus: on a phone the errors are
    // above the button, out of sight.
    use_effect_with((*errors).clone(), |errors| {
        if !errors.is_empty() {
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
    let field = |&(column, label, id): &(&'static str, InterventionsText, &'static str)| {
        let problems = errors.get(column).cloned().unwrap_or_default();
        let invalid = !problems.is_empty();
        let input = if column == "notes" {
            html! { <textarea {id} rows="3" value={draft[column].clone()} oninput={set(column)} aria-invalid={invalid.to_string()} /> }
        } else {
            html! { <input {id} type="text" value={draft[column].clone()} oninput={set(column)} aria-invalid={invalid.to_string()} /> }
        };
        html! {
            <label class="field">
                <span>{ language.tr(label) }</span>
                { input }
                if column == "commune" { if let Some(hint) = commune_hint(&draft["commune"], language) { <span class="hint commune-hint">{ hint }</span> } }
                { for problems.iter().map(|p| html! { <span class="field-error" role="alert">{ "⚠ " }{ p }</span> }) }
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
                { for TEXT_FIELDS.iter().take(4).map(field) }
                <p class="hint">{ language.tr(InterventionsText::OrCoordinates) }</p>
                { for TEXT_FIELDS.iter().skip(4).take(2).map(field) }
                <button class="button pick-on-map" type="button" aria-expanded={picking.to_string()} onclick={toggle_picking}>{ language.tr(MapText::PickOnMap) }</button>
                if *picking { <MapPicker {picked} {on_pick} /> }
                { for TEXT_FIELDS.iter().skip(6).take(2).map(field) }
                <fieldset class="choices skills">
                    <legend>{ language.tr(CommonText::SkillsLabel) }</legend>
                    { for Skill::ALL.iter().map(|skill| html! {
                        <label class="choice">
                            <input type="checkbox" checked={draft["compétences"].split('|').any(|s| s == skill_value(*skill))} onchange={toggle_skill(*skill)} />
                            { crate::app::pages::skill_name(*skill, language) }
                        </label>
                    }) }
                </fieldset>
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
                { field(&TEXT_FIELDS[8]) }
                <button class="button button-primary button-wide" type="submit">{ language.tr(CommonText::Save) }</button>
                <button class="button button-wide" type="button" onclick={on_cancel}>{ language.tr(CommonText::Cancel) }</button>
            </form>
        </div>
    }
}
