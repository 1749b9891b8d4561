//! What happened at a stop, recorded in the day's log: the status in words with its time, the
//! buttons that record the next step (and undo the last), the failure's reason, and which of
//! them closes the stop's card.

use crate::app::i18n::Language;
use crate::app::texts::{CommonText, StopText};
use crate::model::{EventKind, StopStatus};
use yew::prelude::*;

/// Reasons offered in one tap when a job cannot be done. The log keeps them in French, the
/// operator's language, whatever the phone's; each is shown in the user's.
const FAILURE_REASONS: [StopText; 3] =
    [StopText::FailureCustomerAbsent, StopText::FailureNoAccess, StopText::FailureMissingEquipment];

/// A failure's reason as the log keeps it, in the user's language when it is one of the usual ones.
pub(super) fn reason_shown(reason: &str, language: Language) -> String {
    match FAILURE_REASONS.iter().find(|preset| Language::Fr.tr(**preset) == reason) {
        Some(preset) => language.tr(*preset).to_string(),
        None => reason.to_string(),
    }
}

/// The status in words, with its time.
pub fn status_badge(status: &StopStatus, language: Language) -> Option<String> {
    let tr = |text| language.tr(text);
    match status {
        StopStatus::Planned => None,
        StopStatus::OnSite(since) => Some(format!("● {} {since}", tr(StopText::OnSiteSince))),
        StopStatus::Done(at) => Some(format!("✓ {} {at}", tr(StopText::DoneAt))),
        StopStatus::Failed(at, reason) => {
            Some(format!("✗ {} {at}{}{}", tr(StopText::FailedAt), language.colon(), reason_shown(reason, language)))
        }
        StopStatus::Postponed(at) => Some(format!("↷ {} {at}", tr(StopText::PostponedAt))),
    }
}

/// A finished stop's status for its one line: the sign, the word and the time, short enough to
/// leave the customer's name room on a phone (a failure's reason is said once the stop is opened).
pub fn finished_line(status: &StopStatus, language: Language) -> Option<String> {
    let tr = |text| language.tr(text);
    match status {
        StopStatus::Planned | StopStatus::OnSite(_) => None,
        StopStatus::Done(at) => Some(format!("✓ {} {at}", tr(StopText::Finished))),
        StopStatus::Failed(at, _) => Some(format!("✗ {} {at}", tr(StopText::Failed))),
        StopStatus::Postponed(at) => Some(format!("↷ {} {at}", tr(StopText::Postponed))),
    }
}

/// Buttons that record what happened: the next steps of the stop's state, and an undo.
pub fn status_buttons(
    status: &StopStatus,
    language: Language,
    log: &Callback<EventKind>,
    failing: &UseStateHandle<bool>,
) -> Html {
    let tr = |text| language.tr(text);
    let button = |text: StopText, kind: EventKind, class: &'static str| {
        let log = log.clone();
        html! { <button class={classes!("button", "status-button", class)} type="button" onclick={Callback::from(move |_| log.emit(kind.clone()))}>{ tr(text) }</button> }
    };
    let fail = {
        let failing = failing.clone();
        html! { <button class="button status-button" type="button" onclick={Callback::from(move |_| failing.set(true))}>{ tr(StopText::Failed) }</button> }
    };
    match status {
        StopStatus::Planned => html! {
            <div class="status-buttons">
                { button(StopText::Arrived, EventKind::Arrived, "button-primary") }
                { button(StopText::Finished, EventKind::Done, "") }
                { fail }
                { button(StopText::Postpone, EventKind::Postponed, "") }
            </div>
        },
        StopStatus::OnSite(_) => html! {
            <div class="status-buttons">
                { button(StopText::Finished, EventKind::Done, "button-primary") }
                { fail }
                { button(StopText::Reopen, EventKind::Reopened, "") }
            </div>
        },
        _ => html! { <div class="status-buttons">{ button(StopText::Reopen, EventKind::Reopened, "") }</div> },
    }
}

/// The failure's reason: one tap for the usual ones, or typed.
pub fn failure_form(
    language: Language,
    log: &Callback<EventKind>,
    failing: &UseStateHandle<bool>,
    typed: &NodeRef,
) -> Html {
    let tr = |text| language.tr(text);
    let reason_button = |preset: StopText| {
        let log = log.clone();
        let kept = Language::Fr.tr(preset);
        html! { <button class="button" type="button" onclick={Callback::from(move |_| log.emit(EventKind::Failed { reason: kept.into() }))}>{ tr(preset) }</button> }
    };
    let on_typed = {
        let (log, typed) = (log.clone(), typed.clone());
        Callback::from(move |_| {
            let reason = typed.cast::<web_sys::HtmlInputElement>().map(|input| input.value()).unwrap_or_default();
            log.emit(EventKind::Failed { reason });
        })
    };
    let cancel = {
        let failing = failing.clone();
        Callback::from(move |_| failing.set(false))
    };
    html! {
        <div class="failure-form">
            <p class="stop-customer">{ tr(StopText::FailureReason) }</p>
            <div class="status-buttons">{ for FAILURE_REASONS.iter().map(|preset| reason_button(*preset)) }</div>
            <label class="field">
                <span>{ tr(StopText::FailureReason) }</span>
                <input ref={typed.clone()} type="text" class="failure-reason" />
            </label>
            <div class="status-buttons">
                <button class="button button-primary" type="button" onclick={on_typed}>{ tr(StopText::ConfirmFailure) }</button>
                <button class="button" type="button" onclick={cancel}>{ language.tr(CommonText::Cancel) }</button>
            </div>
        </div>
    }
}

/// Whether recording `kind` closes the card: a status is the last thing done on a stop for a
/// while (an undo, a call or an SMS leaves it open).
pub fn closes_the_card(kind: &EventKind) -> bool {
    matches!(kind, EventKind::Arrived | EventKind::Done | EventKind::Failed { .. } | EventKind::Postponed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::TimeOfDay;

    #[test]
    fn a_finished_line_starts_with_what_and_when_in_either_language() {
        let at = TimeOfDay::from_hm(10, 30).unwrap();
        let failed = StopStatus::Failed(at, "Client absent".into());
        assert_eq!(finished_line(&StopStatus::Done(at), Language::Fr).as_deref(), Some("✓ Terminé 10:30"));
        assert_eq!(finished_line(&failed, Language::Fr).as_deref(), Some("✗ Échec 10:30"));
        assert_eq!(finished_line(&failed, Language::En).as_deref(), Some("✗ Failed 10:30"));
        assert_eq!(finished_line(&StopStatus::Postponed(at), Language::En).as_deref(), Some("↷ Postponed 10:30"));
        assert_eq!(finished_line(&StopStatus::OnSite(at), Language::Fr), None, "under way is not finished");
    }

    #[test]
    fn a_status_closes_the_card_and_an_undo_a_call_an_sms_or_a_signature_leave_it_open() {
        let failed = EventKind::Failed { reason: "Client absent".into() };
        for kind in [EventKind::Arrived, EventKind::Done, failed, EventKind::Postponed] {
            assert!(closes_the_card(&kind), "{kind:?}");
        }
        let signed = EventKind::Signed { file: "proof.signature".into() };
        for kind in [EventKind::Reopened, EventKind::CustomerCalled, EventKind::SmsPrepared, signed] {
            assert!(!closes_the_card(&kind), "{kind:?}");
        }
    }
}
