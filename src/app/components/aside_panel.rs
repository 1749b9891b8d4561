//! Réglages → « Données mises de côté »: what the app could not read, each record with what it
//! holds, when it was set aside, a button that offers it as a file (for support), and one that
//! puts it back when this version reads it. Hidden when there is nothing.

use crate::app::i18n::Language;
use crate::app::idb::StorageError;
use crate::app::planning::RestoreError;
use crate::app::set_aside::{self, AsideContent, AsideKind, AsideRecord, Place};
use crate::app::state::{use_app, AppContext};
use crate::app::texts::{AsideText, NoticeText, ShellText};
use crate::io::{utc_to_paris, UtcTime};
use crate::model::Day;
use yew::prelude::*;

/// What the list shows: not read yet, the records, or why they could not be listed.
type Listing = Option<Result<Vec<AsideRecord>, StorageError>>;

/// The kind's heading.
fn kind_text(kind: AsideKind) -> AsideText {
    match kind {
        AsideKind::Day => AsideText::AsideDay,
        AsideKind::Region => AsideText::AsideRegion,
        AsideKind::Settings => AsideText::AsideSettings,
        AsideKind::LogRecord => AsideText::AsideLogRecord,
    }
}

/// « mis de côté le jeudi 3 décembre 2026 à 19:05 », in Paris time; « gardé à sa place » for a
/// record left where it was.
fn when_text(record: &AsideRecord, language: Language) -> String {
    let at = record.set_aside_ms.map(|ms| utc_to_paris(UtcTime::from_unix_seconds((ms / 1000) as i64)));
    match (&record.place, at) {
        (Place::InPlace, _) => language.tr(AsideText::AsideInPlace).to_string(),
        (_, Some((date, time))) => {
            format!("{} {} · {time}", language.tr(AsideText::AsideSetAsideOn), language.long_date(date))
        }
        (_, None) => language.tr(AsideText::AsideByEarlierVersion).to_string(),
    }
}

/// The day's date, interventions and technicians in a line.
fn day_summary(day: &Day, language: Language) -> String {
    let date = language.long_date(day.date);
    format!("{date} · {} · {}", language.jobs(day.interventions.len()), language.technicians(day.technicians.len()))
}

/// What the record holds, in a line.
fn content_text(content: &AsideContent, language: Language) -> String {
    use crate::app::day_store::StoredDayError;
    use crate::app::settings::SettingsError;
    match content {
        AsideContent::Day(stored) => day_summary(&stored.day, language),
        AsideContent::UnreadableDay(StoredDayError::NewerSchema(schema))
        | AsideContent::UnreadableSettings(SettingsError::NewerSchema(schema)) => {
            format!("{} ({} {schema})", language.tr(AsideText::AsideNewerVersion), language.tr(AsideText::SchemaLabel))
        }
        AsideContent::UnreadableDay(StoredDayError::ReadFailed(error)) => {
            format!("{}{}{}", language.tr(AsideText::AsideUnreadable), language.colon(), language.storage_error(error))
        }
        AsideContent::UnreadableDay(StoredDayError::Invalid(error)) => {
            format!("{}{}{}", language.tr(AsideText::AsideUnreadable), language.colon(), language.day_error(error))
        }
        AsideContent::UnreadableDay(StoredDayError::Unreadable(why))
        | AsideContent::UnreadableSettings(SettingsError::Unreadable(why)) => {
            format!("{}{}{why}", language.tr(AsideText::AsideUnreadable), language.colon())
        }
        AsideContent::UnreadableSettings(SettingsError::Blocked) => language.tr(AsideText::AsideUnreadable).to_string(),
        AsideContent::Settings(settings) => {
            format!("{}{}{}", language.tr(ShellText::LanguageHeading), language.colon(), settings.language.endonym())
        }
        AsideContent::Region { bytes } => {
            format!("{} · {}", language.size(*bytes as u64), language.tr(AsideText::AsideRegionHint))
        }
        AsideContent::UnreadableLogRecord => language.tr(AsideText::AsideLogRecordHint).to_string(),
    }
}

/// Reads the list again into `listing`.
fn refresh(listing: &UseStateHandle<Listing>) {
    let listing = listing.clone();
    wasm_bindgen_futures::spawn_local(async move { listing.set(Some(set_aside::list().await)) });
}

/// How the last restore or download went, worded in the language on screen when shown.
#[derive(Debug, Clone, PartialEq)]
enum Outcome {
    /// Restored; what it replaced is set aside in turn.
    Restored,
    /// Not restored, and why.
    Refused(RestoreError),
    /// The file could not be offered (the browser's reason).
    NotDownloaded(crate::app::download::OfferError),
}

impl Outcome {
    /// The outcome in `language`.
    fn worded(&self, language: Language) -> String {
        match self {
            Outcome::Restored => language.tr(AsideText::AsideRestored).to_string(),
            Outcome::Refused(RestoreError::ChangedInAnotherTab) => {
                language.tr(NoticeText::ChangedInAnotherTab).to_string()
            }
            Outcome::Refused(RestoreError::Storage(error)) => {
                format!("{} ({})", language.tr(AsideText::NothingChanged), language.storage_error(error))
            }
            Outcome::NotDownloaded(reason) => language.offer_error(reason),
        }
    }
}

/// Puts `record` back; `outcome` says how it went, and the list is read again.
fn restore(
    app: &AppContext,
    record: AsideRecord,
    listing: &UseStateHandle<Listing>,
    outcome: &UseStateHandle<Option<Outcome>>,
) {
    let (app, listing, outcome) = (app.clone(), listing.clone(), outcome.clone());
    wasm_bindgen_futures::spawn_local(async move {
        let result = crate::app::planning::restore_aside(&app, &record).await;
        // The list is read again before the outcome is said, so that « Restauré » never shows
        // beside the record it restored.
        let listed = set_aside::list().await;
        listing.set(Some(listed));
        outcome.set(Some(result.map_or_else(Outcome::Refused, |()| Outcome::Restored)));
    });
}

/// One record: what, when, what it holds, and its buttons.
fn row(
    app: &AppContext,
    record: &AsideRecord,
    listing: &UseStateHandle<Listing>,
    outcome: &UseStateHandle<Option<Outcome>>,
) -> Html {
    let language = app.settings.language;
    let content = set_aside::describe(record);
    let ondownload = {
        let (record, outcome) = (record.clone(), outcome.clone());
        Callback::from(move |_| {
            let mime = if record.kind == AsideKind::Region { "application/octet-stream" } else { "application/json" };
            if let Err(reason) =
                crate::app::download::download_bytes(&set_aside::file_name(&record), mime, &record.bytes)
            {
                outcome.set(Some(Outcome::NotDownloaded(reason)));
            }
        })
    };
    let onrestore = {
        let (app, record, listing, outcome) = (app.clone(), record.clone(), listing.clone(), outcome.clone());
        Callback::from(move |_| restore(&app, record.clone(), &listing, &outcome))
    };
    html! {
        <li class="aside-record" data-key={record.key.clone()}>
            <strong>{ language.tr(kind_text(record.kind)) }</strong>
            <span class="aside-when">{ when_text(record, language) }</span>
            <span class="aside-content">{ content_text(&content, language) }</span>
            <div class="aside-actions">
                <button class="button aside-download" type="button" onclick={ondownload}>{ language.tr(AsideText::AsideDownload) }</button>
                if content.restorable() {
                    <button class="button button-primary aside-restore" type="button" onclick={onrestore}>{ language.tr(AsideText::AsideRestore) }</button>
                }
            </div>
        </li>
    }
}

/// The card, when anything is set aside (or the list cannot be read).
#[function_component]
pub fn AsidePanel() -> Html {
    let app = use_app();
    let language = app.settings.language;
    let listing = use_state(|| None::<Result<Vec<AsideRecord>, StorageError>>);
    let outcome = use_state(|| None::<Outcome>);
    {
        let listing = listing.clone();
        use_effect_with((), move |_| refresh(&listing));
    }
    let body = match &*listing {
        None => return html! {},
        Some(Ok(records)) if records.is_empty() && outcome.is_none() => return html! {},
        Some(Ok(records)) => html! {
            <ul class="aside-list">{ for records.iter().map(|record| row(&app, record, &listing, &outcome)) }</ul>
        },
        Some(Err(error)) => {
            html! { <p class="error">{ format!("⚠ {} ({})", language.tr(AsideText::AsideNotListed), language.storage_error(error)) }</p> }
        }
    };
    html! {
        <section class="card aside-panel" aria-labelledby="aside-heading">
            <h3 id="aside-heading">{ language.tr(AsideText::AsideHeading) }</h3>
            <p class="hint">{ language.tr(AsideText::AsideHint) }</p>
            if let Some(outcome) = &*outcome {
                <p class="aside-outcome" role="status">{ outcome.worded(language) }</p>
            }
            { body }
        </section>
    }
}
