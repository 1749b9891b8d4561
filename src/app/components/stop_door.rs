//! What a technician needs at the customer's door, on the opened stop itself: the address, the
//! notes (gate code, dog, key at the neighbour's), the skills the job asks for, and the
//! customer's phone as one large call button. Nothing of it needs the Interventions tab.

use crate::app::i18n::Language;
use crate::app::links;
use crate::app::pages::skill_name;
use crate::app::texts::{CommonText, StopText};
use crate::model::Skill;
use yew::prelude::*;

/// Properties of [`StopDoor`].
#[derive(Properties, PartialEq)]
pub struct StopDoorProps {
    /// Interface language.
    pub language: Language,
    /// The street address, if known.
    #[prop_or_default]
    pub address: Option<AttrValue>,
    /// The notes for the technician, if any.
    #[prop_or_default]
    pub notes: Option<AttrValue>,
    /// The skills the job asks for.
    #[prop_or_default]
    pub skills: Vec<Skill>,
    /// The customer's phone, if known.
    #[prop_or_default]
    pub phone: Option<AttrValue>,
    /// Called when the technician taps the call button (the log keeps that the customer was called).
    pub on_call: Callback<MouseEvent>,
}

/// The address, the notes, the skills and the call button of an opened stop, in that order:
/// where to go, how to get in, what to bring, whom to ring.
#[function_component]
pub fn StopDoor(props: &StopDoorProps) -> Html {
    let language = props.language;
    let labelled = |label: &str, value: &str| format!("{label}{}{value}", language.colon());
    let address = props.address.as_ref().map(|address| {
        html! { <p class="stop-address">{ labelled(language.tr(StopText::AddressLabel), address) }</p> }
    });
    let notes = props.notes.as_ref().map(|notes| {
        html! { <p class="stop-notes">{ labelled(language.tr(StopText::NotesLabel), notes) }</p> }
    });
    let skills = (!props.skills.is_empty()).then(|| {
        let names: Vec<&str> = props.skills.iter().map(|skill| skill_name(*skill, language)).collect();
        html! { <p class="stop-skills">{ labelled(language.tr(CommonText::SkillsLabel), &names.join(", ")) }</p> }
    });
    let call = props.phone.as_ref().map(|phone| {
        html! {
            <a class="button button-primary stop-call" href={links::call(phone)} onclick={props.on_call.clone()}>
                { format!("{} ", language.tr(StopText::CallNumber)) }<span class="stop-call-number">{ phone.clone() }</span>
            </a>
        }
    });
    html! {
        <div class="stop-door">
            { for address }
            { for notes }
            { for skills }
            { for call }
        </div>
    }
}
