//! « Mon équipe, ma région »: at first start (and from the demo banner), two steps in a few
//! taps. The region: a pack deployed with the app, one built from a file, or the demo. The crew:
//! a name, a home (commune, postal code or coordinates) and a shift per technician. The crew as
//! typed is kept as a draft until the day starts with it (see [`crate::app::form_draft`]): the
//! back button, « Plus tard » or a killed tab do not lose it.

use super::{DeployedPacks, DraftResumed, LanguagePicker};
use crate::app::first_start::{crew_from_rows, day_for_crew, home_preview, CrewRow, CrewRowsError};
use crate::app::form_draft::{self, Draft, DraftState};
use crate::app::i18n::Language;
use crate::app::pages::skill_name;
use crate::app::planning::change_day;
use crate::app::region;
use crate::app::state::region_state::{PackBuildState, RegionState};
use crate::app::state::{use_app, Action, AppContext};
use crate::app::tab::Tab;
use crate::app::texts::{CommonText, CrewText, RegionText, SetupText};
use crate::io::{TechnicianField, TechnicianProblem};
use crate::model::Skill;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Name of the crew's draft.
const CREW_DRAFT: &str = "crew-setup";

impl DraftState for Vec<CrewRow> {}

/// The step on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Region,
    Crew,
}

/// The value of the input that fired `event`.
fn input_value(event: &InputEvent) -> String {
    let input: web_sys::HtmlInputElement = event.target().expect("an input").unchecked_into();
    input.value()
}

/// The region in use, and what is being prepared: shown on the crew step so the user sees the
/// download or the build go on while typing the crew.
fn region_status(app: &AppContext, language: Language) -> Html {
    let name = match &app.region {
        RegionState::Ready(info) if info.is_demo() => format!("{} ({})", info.name, language.tr(CommonText::DemoLabel)),
        RegionState::Ready(info) => info.name.clone(),
        RegionState::Loading => language.tr(RegionText::RegionLoading).to_string(),
        RegionState::Failed(failure) => format!("⚠ {}", language.failure(failure)),
    };
    let preparing = match (&app.download, &app.pack_build) {
        (crate::app::state::deployed_state::PackDownload::Running { file, received, total }, _) => {
            Some(format!("{} {file} — {}", language.tr(RegionText::Downloading), language.size_of(*received, *total)))
        }
        (_, PackBuildState::Running { file_name, stage, share, .. }) => {
            Some(format!("{file_name} — {} {:.0} %", language.tr(region::stage_text(*stage)), share * 100.0))
        }
        _ => None,
    };
    html! {
        <div class="setup-region" role="status">
            <p>{ format!("{} {name}", language.tr(SetupText::SetupRegionChosen)) }</p>
            if let Some(preparing) = preparing { <p class="hint">{ preparing }</p> }
        </div>
    }
}

/// One technician's fields.
fn member_fields(
    index: usize,
    row: &CrewRow,
    problems: &[(usize, TechnicianField, TechnicianProblem)],
    rows: &UseStateHandle<Vec<CrewRow>>,
    language: Language,
) -> Html {
    let edit = |apply: fn(&mut CrewRow, String)| {
        let rows = rows.clone();
        Callback::from(move |event: InputEvent| {
            let mut next = (*rows).clone();
            apply(&mut next[index], input_value(&event));
            rows.set(next);
        })
    };
    let errors = |field: TechnicianField| -> Html {
        let mine = problems.iter().filter(|(at, f, _)| *at == index && *f == field);
        html! {
            { for mine.map(|(_, _, problem)| html! { <span class="field-error" role="alert">{ "⚠ " }{ language.technician_problem(problem) }</span> }) }
        }
    };
    let home_ok = problems.iter().all(|(at, f, _)| !(*at == index && *f == TechnicianField::Home));
    let preview = match (row.home.trim().is_empty(), home_preview(&row.home)) {
        (true, _) => html! { <span class="hint">{ language.tr(SetupText::SetupHomeHint) }</span> },
        (false, Ok(place)) => html! { <span class="hint home-found">{ "→ " }{ place }</span> },
        (false, Err(_)) if home_ok => html! { <span class="hint">{ language.tr(SetupText::SetupHomeHint) }</span> },
        (false, Err(_)) => html! {},
    };
    let remove = {
        let rows = rows.clone();
        Callback::from(move |_| {
            let mut next = (*rows).clone();
            next.remove(index);
            rows.set(next);
        })
    };
    let id = |what: &str| format!("setup-{what}-{index}");
    html! {
        <fieldset class="crew-member-setup" data-row={index.to_string()}>
            <legend>{ format!("{} {}", language.tr(CrewText::TechnicianHeading), index + 1) }</legend>
            <label class="field" for={id("name")}>
                <span>{ language.tr(CrewText::TechName) }</span>
                <input id={id("name")} class="setup-name" type="text" autocomplete="name" value={row.name.clone()} oninput={edit(|r, v| r.name = v)} />
                { errors(TechnicianField::Name) }
            </label>
            <label class="field" for={id("home")}>
                <span>{ language.tr(SetupText::SetupHome) }</span>
                <input id={id("home")} class="setup-home" type="text" value={row.home.clone()} oninput={edit(|r, v| r.home = v)} />
                { preview }
                { errors(TechnicianField::Home) }
            </label>
            <div class="shift-fields">
                <label class="field" for={id("start")}>
                    <span>{ language.tr(CrewText::TechStart) }</span>
                    <input id={id("start")} class="setup-shift-start" type="time" value={row.start.clone()} oninput={edit(|r, v| r.start = v)} />
                    { errors(TechnicianField::Start) }
                </label>
                <label class="field" for={id("end")}>
                    <span>{ language.tr(CrewText::TechEnd) }</span>
                    <input id={id("end")} class="setup-shift-end" type="time" value={row.end.clone()} oninput={edit(|r, v| r.end = v)} />
                    { errors(TechnicianField::End) }
                </label>
            </div>
            <fieldset class="skill-choices">
                <legend>{ language.tr(CommonText::SkillsLabel) }</legend>
                { for Skill::ALL.into_iter().map(|skill| {
                    let rows = rows.clone();
                    let onchange = Callback::from(move |event: Event| {
                        let input: web_sys::HtmlInputElement = event.target().expect("a checkbox").unchecked_into();
                        let mut next = (*rows).clone();
                        let skills = &mut next[index].skills;
                        skills.retain(|s| *s != skill);
                        if input.checked() {
                            skills.push(skill);
                            skills.sort();
                        }
                        rows.set(next);
                    });
                    html! {
                        <label class="choice skill-choice">
                            <input type="checkbox" checked={row.skills.contains(&skill)} {onchange} />
                            { skill_name(skill, language) }
                        </label>
                    }
                }) }
            </fieldset>
            if rows.len() > 1 {
                <button class="button" type="button" onclick={remove}>{ language.tr(SetupText::SetupRemoveMember) }</button>
            }
        </fieldset>
    }
}

/// The region step: deployed packs, a file, or the demo.
fn region_step(app: &AppContext, step: &UseStateHandle<Step>, language: Language) -> Html {
    let to_crew = {
        let step = step.clone();
        Callback::from(move |()| step.set(Step::Crew))
    };
    let on_file = {
        let (app, step) = (app.clone(), step.clone());
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target().expect("an input").unchecked_into();
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                region::add_from_file(app.clone(), file);
                step.set(Step::Crew);
            }
            input.set_value("");
        })
    };
    let stay_on_demo = {
        let app = app.clone();
        Callback::from(move |_| {
            app.dispatch(Action::SetSetupOpen(false));
            if !matches!(&app.region, RegionState::Ready(info) if info.is_demo()) {
                region::switch_to_demo(app.clone());
            }
        })
    };
    let next = {
        let to_crew = to_crew.clone();
        Callback::from(move |_| to_crew.emit(()))
    };
    html! {
        <>
            <h3>{ language.tr(SetupText::SetupRegionStep) }</h3>
            <DeployedPacks on_download={to_crew} />
            <label class="button button-wide file-button setup-from-file">
                { language.tr(SetupText::SetupFromFile) }
                <input type="file" accept=".pbf,.osm.pbf,.bin" class="visually-hidden" onchange={on_file} />
            </label>
            <button class="button button-wide setup-demo" type="button" onclick={stay_on_demo}>{ language.tr(SetupText::SetupStayOnDemo) }</button>
            <button class="button button-wide setup-next" type="button" onclick={next}>{ language.tr(SetupText::SetupNext) }</button>
        </>
    }
}

/// The dialog.
#[function_component]
pub fn CrewSetup() -> Html {
    let app = use_app();
    let language = app.settings.language;
    let Draft { state: rows, resumed, restart, forget } =
        form_draft::use_draft(form_draft::draft_key(CREW_DRAFT, None), vec![CrewRow::default()]);
    // A crew half typed opens again where it was typed.
    let step = use_state(|| if resumed { Step::Crew } else { Step::Region });
    let problems = use_state(Vec::<(usize, TechnicianField, TechnicianProblem)>::new);
    let nobody = use_state(|| false);
    let close = {
        let app = app.clone();
        Callback::from(move |()| app.dispatch(Action::SetSetupOpen(false)))
    };
    form_draft::use_back_closes(close.clone());
    let later = close.reform(|_: MouseEvent| ());
    let body = match *step {
        Step::Region => region_step(&app, &step, language),
        Step::Crew => {
            let add = {
                let rows = rows.clone();
                Callback::from(move |_| {
                    let mut next = (*rows).clone();
                    next.push(CrewRow::default());
                    rows.set(next);
                })
            };
            let back = {
                let step = step.clone();
                Callback::from(move |_| step.set(Step::Region))
            };
            let start = {
                let (app, rows, problems, nobody) = (app.clone(), rows.clone(), problems.clone(), nobody.clone());
                let forget = forget.clone();
                Callback::from(move |event: SubmitEvent| {
                    event.prevent_default();
                    match crew_from_rows(&rows) {
                        Ok(crew) => {
                            forget.emit(());
                            let latest = app.latest();
                            if let Some(day) = &latest.day {
                                change_day(
                                    &app,
                                    day_for_crew(day, latest.day_origin, crew, crate::app::planning::today()),
                                    crate::app::day_store::DayOrigin::User,
                                );
                            }
                            app.dispatch(Action::SetSetupOpen(false));
                            app.dispatch(Action::Show(Tab::Day));
                        }
                        Err(CrewRowsError::NoOne) => {
                            problems.set(Vec::new());
                            nobody.set(true);
                        }
                        Err(CrewRowsError::Fields(found)) => {
                            nobody.set(false);
                            problems.set(found);
                        }
                    }
                })
            };
            let demo_day = app.day_origin == crate::app::day_store::DayOrigin::Demo;
            html! {
                <form class="setup-crew" onsubmit={start} novalidate=true>
                    { region_status(&app, language) }
                    <h3>{ language.tr(SetupText::SetupCrewStep) }</h3>
                    if resumed { <DraftResumed on_restart={restart.clone()} /> }
                    { for rows.iter().enumerate().map(|(index, row)| member_fields(index, row, &problems, &rows, language)) }
                    <button class="button button-wide add-member" type="button" onclick={add}>{ language.tr(SetupText::SetupAddMember) }</button>
                    if demo_day { <p class="hint">{ language.tr(SetupText::SetupCrewReplaces) }</p> }
                    if *nobody { <p class="field-error" role="alert">{ "⚠ " }{ language.tr(SetupText::SetupNeedsOne) }</p> }
                    <button class="button button-primary button-wide setup-start" type="submit">{ language.tr(SetupText::SetupStart) }</button>
                    <button class="button button-wide" type="button" onclick={back}>{ language.tr(SetupText::SetupBack) }</button>
                </form>
            }
        }
    };
    html! {
        <div class="overlay setup-overlay" role="presentation">
            <section class="dialog crew-setup" role="dialog" aria-modal="true" aria-labelledby="setup-heading">
                <h2 id="setup-heading">{ language.tr(SetupText::MyCrewMyRegion) }</h2>
                <p>{ language.tr(SetupText::SetupIntro) }</p>
                { body }
                <LanguagePicker group="setup-language" />
                <button class="button button-wide setup-later" type="button" onclick={later}>{ language.tr(SetupText::SetupLater) }</button>
            </section>
        </div>
    }
}
