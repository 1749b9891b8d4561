//! The morning import on the Interventions tab: a CSV or JSON file, or text pasted from a
//! spreadsheet; then a report of what was added, kept, refused (with line and column).

use crate::app::day_import::{ImportIssue, ImportReport, Replaced};
use crate::app::i18n::Language;
use crate::app::planning::{import, restore_previous_day};
use crate::app::state::{use_app, AppContext};
use crate::app::texts::ImportText;
use crate::io::MAX_CSV_BYTES;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Puts back the day a JSON day file replaced, and closes the report once it is back.
fn restore_previous(app: AppContext, report: UseStateHandle<Option<ImportReport>>) {
    wasm_bindgen_futures::spawn_local(async move {
        if restore_previous_day(&app).await {
            report.set(None);
        }
    });
}

/// The report of the last import, in the current language (column names as the file has them).
fn report_view(report: &ImportReport, language: Language, on_restore: Callback<MouseEvent>) -> Html {
    let jobs_added = |n: usize| language.count_of(n, ImportText::ImportAddedOne, ImportText::ImportAdded);
    html! {
        <section class="card import-report" role="status" aria-live="polite">
            <h3>{ language.tr(ImportText::ImportReportHeading) }</h3>
            <p class="import-added">{ jobs_added(report.added.len()) }</p>
            { for report.other_days.iter().map(|(date, added)| html! {
                <p class="import-other-day" data-date={date.to_string()}>
                    { format!("{} {} {}", jobs_added(*added), language.tr(ImportText::ImportToDay), language.short_date(*date)) }
                </p>
            }) }
            if report.unchanged > 0 { <p>{ language.count_of(report.unchanged, ImportText::ImportUnchangedOne, ImportText::ImportUnchanged) }</p> }
            if report.replaced == Replaced::DemoInterventions { <p>{ language.tr(ImportText::ImportReplacedDemo) }</p> }
            if report.replaced == Replaced::WholeDay {
                <p>{ language.tr(ImportText::ImportReplacedDay) }</p>
                <button class="button" type="button" onclick={on_restore}>{ language.tr(ImportText::RestorePreviousDay) }</button>
            }
            if !report.conflicts.is_empty() {
                <h4>{ language.count_of(report.conflicts.len(), ImportText::ImportConflictsOne, ImportText::ImportConflicts) }</h4>
                <ul class="import-conflicts">
                    { for report.conflicts.iter().map(|c| html! { <li>{ format!("{}{}{}", c.existing.id, language.colon(), c.differences().join(", ")) }</li> }) }
                </ul>
            }
            if !report.errors.is_empty() {
                <div class="error" role="alert">
                    <strong>{ "⚠ " }{
                        if report.errors.iter().any(ImportIssue::refuses_the_file) {
                            language.tr(ImportText::ImportRefused).to_string()
                        } else {
                            language.count_of(report.errors.len(), ImportText::ImportErrorsOne, ImportText::ImportErrors)
                        }
                    }</strong>
                    <ul class="import-errors">{ for report.errors.iter().map(|e| html! { <li>{ language.import_issue(e) }</li> }) }</ul>
                </div>
            }
            if !report.warnings.is_empty() {
                <h4>{ language.tr(ImportText::ImportWarnings) }</h4>
                <ul class="import-warnings">{ for report.warnings.iter().map(|w| html! { <li>{ language.import_warning(&w.location, &w.error) }</li> }) }</ul>
            }
        </section>
    }
}

/// File picker, paste box and the last report.
#[function_component]
pub fn ImportPanel() -> Html {
    let app = use_app();
    let language = app.settings.language;
    let report = use_state(|| None::<ImportReport>);
    let pasting = use_state(|| false);
    let pasted = use_node_ref();
    let on_file = {
        let (app, report) = (app.clone(), report.clone());
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target().expect("an input").unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
            input.set_value("");
            let (app, report) = (app.clone(), report.clone());
            if file.size() > MAX_CSV_BYTES as f64 {
                let error =
                    ImportIssue::TooBig { file: Some(file.name()), bytes: file.size() as usize, max: MAX_CSV_BYTES };
                report.set(Some(ImportReport { errors: vec![error], ..ImportReport::default() }));
                return;
            }
            wasm_bindgen_futures::spawn_local(async move {
                let bytes = match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
                    Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
                    Err(_) => {
                        let error = ImportIssue::FileUnreadable { file: file.name() };
                        return report.set(Some(ImportReport { errors: vec![error], ..ImportReport::default() }));
                    }
                };
                report.set(Some(import(&app, &bytes)));
            });
        })
    };
    let on_paste = {
        let (app, report, pasted, pasting) = (app.clone(), report.clone(), pasted.clone(), pasting.clone());
        Callback::from(move |_| {
            let Some(area) = pasted.cast::<web_sys::HtmlTextAreaElement>() else { return };
            let outcome = import(&app, area.value().as_bytes());
            if outcome.errors.is_empty() {
                area.set_value("");
                pasting.set(false);
            }
            report.set(Some(outcome));
        })
    };
    let toggle_paste = {
        let pasting = pasting.clone();
        Callback::from(move |_| pasting.set(!*pasting))
    };
    let on_restore = {
        let (app, report) = (app.clone(), report.clone());
        Callback::from(move |_| restore_previous(app.clone(), report.clone()))
    };
    html! {
        <section class="import-panel">
            <label class="button button-primary button-wide file-button">
                { language.tr(ImportText::ImportFile) }
                <input type="file" accept=".csv,.json,.txt,text/csv,application/json" class="visually-hidden" onchange={on_file} />
            </label>
            <button class="button button-wide" type="button" aria-expanded={pasting.to_string()} onclick={toggle_paste}>
                { language.tr(ImportText::PasteFromSpreadsheet) }
            </button>
            if *pasting {
                <label class="field">
                    <span>{ language.tr(ImportText::PasteLabel) }</span>
                    <textarea ref={pasted} rows="6" class="paste-box" />
                </label>
                <button class="button button-primary button-wide" type="button" onclick={on_paste}>{ language.tr(ImportText::ImportPasted) }</button>
            }
            <p class="hint">{ language.tr(ImportText::ImportHint) }</p>
            if let Some(report) = &*report { { report_view(report, language, on_restore) } }
        </section>
    }
}
