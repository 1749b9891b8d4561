//! The choice between French and English, remembered across visits.

use crate::app::i18n::Language;
use crate::app::state::{use_app, Action};
use crate::app::texts::ShellText;
use yew::prelude::*;

/// Properties of [`LanguagePicker`].
#[derive(Properties, PartialEq)]
pub struct LanguagePickerProps {
    /// Name of the radio group: two pickers on screen at once (Réglages under « Mon équipe,
    /// ma région ») need two names, or the browser unchecks one when the other is checked.
    #[prop_or("language")]
    pub group: &'static str,
}

/// Two large radio buttons, each labelled in its own language.
#[function_component]
pub fn LanguagePicker(props: &LanguagePickerProps) -> Html {
    let app = use_app();
    let current = app.settings.language;
    let options = Language::ALL.into_iter().map(|language| {
        let onchange = {
            let app = app.clone();
            Callback::from(move |_| app.dispatch(Action::SetLanguage(language)))
        };
        html! {
            <label class="choice" lang={language.tag()}>
                <input type="radio" name={props.group} value={language.tag()}
                       checked={current == language} {onchange} />
                <span>{ language.endonym() }</span>
            </label>
        }
    });
    html! {
        <fieldset class="choices">
            <legend>{ current.tr(ShellText::LanguageHeading) }</legend>
            { for options }
        </fieldset>
    }
}
