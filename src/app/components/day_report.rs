//! A technician's day report over the page: each stop with its planned time, what was recorded
//! and when, the time on site, the contacts, the signature and the photos; printed (or saved as PDF by the phone's print
//! dialog) or saved as JSON. What the operator asks for when an appointment is disputed.

use super::proof_image::ProofImage;
use super::stop_status::reason_shown;
use crate::app::download::download;
use crate::app::i18n::Language;
use crate::app::texts::{ReportText, ShellText, StopText};
use crate::io::{export_file_name, write_day_report_json};
use crate::model::{DayReport, Outcome, ReportStop};
use yew::prelude::*;

/// Properties of [`DayReportView`].
#[derive(Properties, PartialEq)]
pub struct DayReportProps {
    /// The report shown.
    pub report: DayReport,
    /// The interface language.
    pub language: Language,
    /// Closes the report.
    pub on_close: Callback<()>,
}

/// What the log says happened at a stop, in words.
fn outcome_text(outcome: &Outcome, language: Language) -> String {
    match outcome {
        Outcome::NotVisited => language.tr(ReportText::NotVisited).to_string(),
        Outcome::OnSite { since } => format!("{} {since}", language.tr(StopText::OnSiteSince)),
        Outcome::Done { at } => format!("{} {at}", language.tr(StopText::DoneAt)),
        Outcome::Failed { at, reason } => {
            format!("{} {at}{}{}", language.tr(StopText::FailedAt), language.colon(), reason_shown(reason, language))
        }
        Outcome::Postponed { at } => format!("{} {at}", language.tr(StopText::PostponedAt)),
    }
}

/// The line of times: window, planned arrival, recorded arrival, time on site.
fn times_line(stop: &ReportStop, language: Language) -> String {
    let mut parts = Vec::new();
    if let Some(window) = stop.window {
        parts.push(format!("{} {}–{}", language.tr(StopText::Window), window.start(), window.end()));
    }
    parts.push(format!("{} {}", language.tr(ReportText::Planned), stop.planned_arrival));
    if let Some(arrived) = stop.arrived {
        parts.push(format!("{} {arrived}", language.tr(ReportText::Arrived)));
    }
    if let Some(minutes) = stop.on_site_min {
        parts.push(format!("{minutes} {}", language.tr(StopText::MinutesOnSite)));
    }
    parts.join(" · ")
}

/// One stop of the report.
fn stop_view(stop: &ReportStop, language: Language) -> Html {
    let contacts: Vec<&str> = [
        stop.customer_called.then(|| language.tr(ReportText::Called)),
        stop.customer_told.then(|| language.tr(ReportText::Told)),
    ]
    .into_iter()
    .flatten()
    .collect();
    let class = match stop.outcome {
        Outcome::Done { .. } => "report-done",
        Outcome::Failed { .. } => "report-failed",
        _ => "report-other",
    };
    html! {
        <li class={classes!("report-stop", class)} data-id={stop.id.clone()}>
            <p class="report-customer"><strong>{ format!("{}. {}", stop.number, stop.customer) }</strong></p>
            if let Some(address) = &stop.address { <p>{ address }</p> }
            <p class="report-times">{ times_line(stop, language) }</p>
            <p class="report-outcome"><strong>{ outcome_text(&stop.outcome, language) }</strong></p>
            if !contacts.is_empty() { <p class="report-contacts">{ contacts.join(" · ") }</p> }
            if let (Some(at), Some(file)) = (stop.signed_at, &stop.signature_file) {
                <p class="report-signed">{ format!("{} {at}", language.tr(StopText::SignedAt)) }</p>
                <ProofImage class="report-signature" file={file.clone()} alt={language.tr(StopText::SignatureImage)} />
            }
            if !stop.photos.is_empty() {
                <div class="report-photos">
                    { for stop.photos.iter().map(|photo| {
                        let caption = format!("{} {}", language.tr(StopText::PhotoTakenAt), photo.at);
                        html! {
                            <figure class="report-photo">
                                <ProofImage class="report-photo-image" file={photo.file.clone()} alt={caption.clone()} />
                                <figcaption>{ format!("{caption} · {}", language.photo_size(photo.bytes)) }</figcaption>
                            </figure>
                        }
                    }) }
                </div>
            }
        </li>
    }
}

/// The report, over the page; only it is printed.
#[function_component]
pub fn DayReportView(props: &DayReportProps) -> Html {
    let language = props.language;
    let report = &props.report;
    let error = use_state(|| None::<String>);
    let print = Callback::from(|_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });
    let save = {
        let (report, error) = (report.clone(), error.clone());
        Callback::from(move |_| {
            let name = export_file_name(&report.date.to_string(), Some(&report.name), "json");
            let outcome = download(&format!("rapport-{name}"), "application/json", &write_day_report_json(&report));
            error.set(outcome.err().map(|e| language.offer_error(&e)));
        })
    };
    let close = props.on_close.reform(|_: MouseEvent| ());
    html! {
        <div class="overlay report-overlay">
            <section class="dialog day-report" role="dialog" aria-modal="true" aria-labelledby="report-title">
                <h2 id="report-title">{ format!("{} — {}", language.tr(ReportText::DayReport), report.name) }</h2>
                <p class="report-date">{ language.long_date(report.date) }</p>
                <p class="hint">{ language.tr(ReportText::Source) }</p>
                <ol class="report-stops">{ for report.stops.iter().map(|stop| stop_view(stop, language)) }</ol>
                <div class="report-buttons">
                    <button class="button button-primary report-print" type="button" onclick={print}>{ language.tr(ReportText::Print) }</button>
                    <button class="button report-save" type="button" onclick={save}>{ language.tr(ReportText::SaveJson) }</button>
                    <button class="button report-close" type="button" onclick={close}>{ language.tr(ShellText::Close) }</button>
                </div>
                if let Some(message) = &*error { <p class="error" role="alert">{ "⚠ " }{ message }</p> }
            </section>
        </div>
    }
}
