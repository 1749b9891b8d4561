//! The Interventions tab: the day's jobs, with what matters before leaving — when, who,
//! how urgent, which skills, the notes, and a one-tap call.

use crate::app::components::{EmptyState, IconKind};
use crate::app::i18n::{Language, Text};
use crate::app::state::use_app;
use crate::model::{Inclusion, Intervention, Priority, Skill};
use yew::prelude::*;

/// The French (or English) name of a skill.
fn skill_name(skill: Skill, language: Language) -> &'static str {
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

/// One job as a card; urgency is said in words, not only in colour.
fn card(job: &Intervention, language: Language) -> Html {
    let badge = match job.priority {
        Priority::Vital => Some(("badge-vital", Text::PriorityVital)),
        Priority::Emergency => Some(("badge-emergency", Text::PriorityEmergency)),
        Priority::Low => Some(("badge-low", Text::PriorityLow)),
        Priority::Normal => None,
    };
    let windows = if job.windows.is_empty() {
        language.tr(Text::AnyTime).to_string()
    } else {
        let or = if language == Language::Fr { " ou " } else { " or " };
        job.windows.iter().map(|w| w.to_string()).collect::<Vec<_>>().join(or)
    };
    let skills: Vec<&str> = job.skills.iter().map(|s| skill_name(*s, language)).collect();
    html! {
        <li class="card job">
            <p class="job-customer">{ &job.customer }</p>
            <p class="job-badges">
                if let Some((class, text)) = badge { <span class={classes!("badge", class)}>{ language.tr(text) }</span> }
                if job.inclusion == Inclusion::Optional { <span class="badge badge-optional">{ language.tr(Text::OptionalJob) }</span> }
            </p>
            <p>{ format!("{} · {} min · {} : {}", windows, job.service_s / 60, language.tr(Text::SkillsLabel), skills.join(", ")) }</p>
            if !job.notes.is_empty() { <p class="hint">{ &job.notes }</p> }
            if let Some(phone) = &job.phone {
                <a class="button call" href={format!("tel:{}", phone.replace(' ', ""))}>{ format!("{} {phone}", language.tr(Text::Call)) }</a>
            }
        </li>
    }
}

/// The day's jobs, or what is missing.
#[function_component]
pub fn InterventionsPage() -> Html {
    let app = use_app();
    let language = app.settings.language;
    let Some(day) = &app.day else {
        return html! {
            <EmptyState heading={Text::TabInterventions} icon={IconKind::List} title={Text::InterventionsEmptyTitle} hint={Text::InterventionsEmptyHint} />
        };
    };
    html! {
        <>
            <h2 class="page-title">{ language.tr(Text::TabInterventions) }</h2>
            <p class="hint">{ format!("{} — {}", language.tr(Text::DemoDay), day.date) }</p>
            <ul class="jobs">{ for day.interventions.iter().map(|job| card(job, language)) }</ul>
        </>
    }
}
