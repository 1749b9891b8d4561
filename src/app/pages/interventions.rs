//! The Interventions tab: the morning import, the day's jobs with what matters before
//! leaving — when, who, how urgent, which skills, the notes, a one-tap call — and adding,
//! editing or deleting one by hand.

use crate::app::components::{
    Editing, EmptyState, IconKind, ImportPanel, InterventionForm, SlotFinder, WeekView, INTERVENTION_DRAFT,
};
use crate::app::day_store::DayOrigin;
use crate::app::i18n::Language;
use crate::app::planning::{edit_day, DayPart};
use crate::app::state::{use_app, AppContext};
use crate::app::texts::{CommonText, InterventionsText, ShellText, SlotText, StopText};
use crate::model::{Inclusion, Intervention, Priority, Skill, StopStatus};
use yew::prelude::*;

/// The French (or English) name of a skill.
pub fn skill_name(skill: Skill, language: Language) -> &'static str {
    match (skill, language) {
        (Skill::Fibre, Language::Fr) => "fibre",
        (Skill::Copper, Language::Fr) => "cuivre",
        (Skill::CivilWorks, Language::Fr) => "génie civil",
        (Skill::Pole, Language::Fr) => "poteau",
        (Skill::Fibre, Language::En) => "fibre",
        (Skill::Copper, Language::En) => "copper",
        (Skill::CivilWorks, Language::En) => "civil works",
        (Skill::Pole, Language::En) => "pole",
    }
}

/// The day with `job` saved in place of the intervention `replacing` (or added), stored and re-planned.
fn save(app: &AppContext, job: Intervention, replacing: Option<&str>) {
    edit_day(app, DayPart::Interventions, |day| {
        match replacing.and_then(|id| day.interventions.iter().position(|j| j.id == id)) {
            Some(index) => {
                // The form does not show who the crew lead gave the job to, nor its pin: they stay.
                let slot = &mut day.interventions[index];
                let (assigned_to, pin) = (slot.assigned_to.take(), slot.pin);
                *slot = Intervention { assigned_to, pin, ..job };
            }
            None => day.interventions.push(job),
        }
    });
}

/// The day without the intervention `id`, stored and re-planned.
fn delete(app: &AppContext, id: &str) {
    edit_day(app, DayPart::Interventions, |day| day.interventions.retain(|job| job.id != id));
}

/// A new day starts: no intervention, and today's date (in Paris), so that its log starts empty
/// (the old day's stays stored under its date) and its roads are today's; stored and re-planned.
fn delete_all(app: &AppContext) {
    let today = crate::app::planning::today();
    edit_day(app, DayPart::Interventions, |day| {
        day.interventions.clear();
        day.date = today;
    });
}

/// One job as a card; urgency is said in words, not only in colour. Deleting takes two taps.
fn card(job: &Intervention, language: Language, actions: Html) -> Html {
    let badge = match job.priority {
        Priority::Vital => Some(("badge-vital", InterventionsText::PriorityVital)),
        Priority::Emergency => Some(("badge-emergency", InterventionsText::PriorityEmergency)),
        Priority::Low => Some(("badge-low", InterventionsText::PriorityLow)),
        Priority::Normal => None,
    };
    let windows = if job.windows.is_empty() {
        language.tr(InterventionsText::AnyTime).to_string()
    } else {
        let or = if language == Language::Fr { " ou " } else { " or " };
        job.windows.iter().map(|w| w.to_string()).collect::<Vec<_>>().join(or)
    };
    let skills: Vec<&str> = job.skills.iter().map(|s| skill_name(*s, language)).collect();
    html! {
        <li class="card job" data-id={job.id.clone()}>
            <p class="job-customer">{ &job.customer }<span class="job-id">{ format!(" · {}", job.id) }</span></p>
            <p class="job-badges">
                if let Some((class, text)) = badge { <span class={classes!("badge", class)}>{ language.tr(text) }</span> }
                if job.inclusion == Inclusion::Optional { <span class="badge badge-optional">{ language.tr(InterventionsText::OptionalJob) }</span> }
            </p>
            <p>{ format!("{} · {} min · {}{}{}", windows, job.service_s / 60, language.tr(CommonText::SkillsLabel), language.colon(), skills.join(", ")) }</p>
            if let Some(address) = &job.address {
                <p class="job-address">{ format!("{}{}{address}", language.tr(StopText::AddressLabel), language.colon()) }</p>
            }
            if !job.notes.is_empty() { <p class="hint job-notes">{ &job.notes }</p> }
            <div class="job-actions">
                if let Some(phone) = &job.phone {
                    <a class="button call" href={format!("tel:{}", phone.replace(' ', ""))}>{ format!("{} {phone}", language.tr(CommonText::Call)) }</a>
                }
                { actions }
            </div>
        </li>
    }
}

/// The import, the day's jobs and the form, or what is missing.
#[function_component]
pub fn InterventionsPage() -> Html {
    let app = use_app();
    let language = app.settings.language;
    let editing = use_state(|| Editing::Closed);
    let confirming = use_state(|| None::<String>);
    let clearing = use_state(|| false);
    // The job whose slots are offered (« Proposer un créneau »), by id.
    let finding = use_state(|| None::<String>);
    let Some(day) = &app.day else {
        return html! {
            <EmptyState heading={language.tr(ShellText::TabInterventions)} icon={IconKind::List} title={language.tr(InterventionsText::InterventionsEmptyTitle)} hint={language.tr(InterventionsText::InterventionsEmptyHint)} />
        };
    };
    let open = |what: Editing| {
        let editing = editing.clone();
        Callback::from(move |_| editing.set(what.clone()))
    };
    let postponed = |id: &str| matches!(app.progress.status(id), StopStatus::Postponed(_));
    // A job left out of the plan, or postponed, may be offered a slot.
    let waiting = |id: &str| {
        postponed(id) || app.sync.followed.as_ref().is_some_and(|plan| plan.unplanned.iter().any(|u| u.id == id))
    };
    let actions = |job: &Intervention| {
        let id = job.id.clone();
        let find_slot = waiting(&id).then(|| {
            let (finding, id) = (finding.clone(), id.clone());
            html! {
                <button class="button find-slots" type="button" onclick={Callback::from(move |_| finding.set(Some(id.clone())))}>{ language.tr(SlotText::FindSlot) }</button>
            }
        });
        if confirming.as_deref() == Some(id.as_str()) {
            let (app, confirming_done, confirming_keep) = (app.clone(), confirming.clone(), confirming.clone());
            let on_delete = Callback::from(move |_| {
                delete(&app, &id);
                confirming_done.set(None);
            });
            html! {
                <>
                    <button class="button button-danger" type="button" onclick={on_delete}>{ language.tr(CommonText::ConfirmDelete) }</button>
                    <button class="button" type="button" onclick={Callback::from(move |_| confirming_keep.set(None))}>{ language.tr(CommonText::Cancel) }</button>
                </>
            }
        } else {
            let confirming = confirming.clone();
            let asked = id.clone();
            html! {
                <>
                    { for find_slot }
                    <button class="button" type="button" onclick={open(Editing::Existing(id))}>{ language.tr(CommonText::Edit) }</button>
                    <button class="button" type="button" onclick={Callback::from(move |_| confirming.set(Some(asked.clone())))}>{ language.tr(CommonText::Delete) }</button>
                </>
            }
        }
    };
    let add_label = match crate::app::form_draft::is_kept(&crate::app::form_draft::draft_key(INTERVENTION_DRAFT, None))
    {
        true => language.tr(CommonText::ResumeDraft),
        false => language.tr(InterventionsText::AddIntervention),
    };
    let form = match &*editing {
        Editing::Closed => html! {},
        what => {
            let replacing = what.replacing();
            let postponed = replacing.as_deref().is_some_and(postponed);
            let job = replacing.as_ref().and_then(|id| day.interventions.iter().find(|j| &j.id == id)).cloned();
            let taken_ids: Vec<String> =
                day.interventions.iter().map(|j| j.id.clone()).filter(|id| Some(id) != replacing.as_ref()).collect();
            let on_save = {
                let (app, editing) = (app.clone(), editing.clone());
                Callback::from(move |job: Intervention| {
                    save(&app, job, replacing.as_deref());
                    editing.set(Editing::Closed);
                })
            };
            let on_close = {
                let editing = editing.clone();
                Callback::from(move |()| editing.set(Editing::Closed))
            };
            html! { <InterventionForm editing={job} {taken_ids} {on_save} {on_close} {postponed} /> }
        }
    };
    html! {
        <>
            <h2 class="page-title">{ language.tr(ShellText::TabInterventions) }</h2>
            <ImportPanel />
            <button class="button button-wide add-intervention" type="button" onclick={open(Editing::New)}>{ add_label }</button>
            <p class="hint day-summary">
                { format!("{} — {} · {}", if app.day_origin == DayOrigin::Demo { language.tr(CommonText::DemoDay) } else { language.tr(InterventionsText::YourDay) }, language.long_date(day.date), language.jobs(day.interventions.len())) }
            </p>
            <WeekView />
            <ul class="jobs">{ for day.interventions.iter().map(|job| card(job, language, actions(job))) }</ul>
            if !day.interventions.is_empty() {
                if *clearing {
                    <button class="button button-danger button-wide clear-all" type="button" onclick={{
                        let (app, clearing) = (app.clone(), clearing.clone());
                        Callback::from(move |_| { delete_all(&app); clearing.set(false); })
                    }}>{ language.tr(InterventionsText::ConfirmClearAll) }</button>
                } else {
                    <button class="button button-wide clear-all" type="button" onclick={{
                        let clearing = clearing.clone();
                        Callback::from(move |_| clearing.set(true))
                    }}>{ language.tr(InterventionsText::ClearAll) }</button>
                }
            }
            { form }
            if let Some(job) = finding.as_ref().and_then(|id| day.interventions.iter().find(|j| &j.id == id)) {
                <SlotFinder job={job.clone()} postponed={postponed(&job.id)} on_close={{
                    let finding = finding.clone();
                    Callback::from(move |()| finding.set(None))
                }} />
            }
        </>
    }
}
