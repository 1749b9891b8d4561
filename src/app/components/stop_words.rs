//! The words of the stops explained once for the whole day (« Créneau », « trajet », « estimé »,
//! « jusqu'à », « marge », « attente »), folded under one line a new technician taps, instead
//! of a sentence repeated on every stop.

use crate::app::i18n::Language;
use crate::app::texts::StopText;
use yew::prelude::*;

/// Each word as the stops show it, with what it means.
const WORDS: [(StopText, StopText); 6] = [
    (StopText::Window, StopText::WindowMeans),
    (StopText::Drive, StopText::DriveMeans),
    (StopText::Estimated, StopText::EstimatedMeans),
    (StopText::Until, StopText::UntilMeans),
    (StopText::MarginOf, StopText::MarginMeans),
    (StopText::Wait, StopText::WaitMeans),
];

/// Properties of [`StopWords`].
#[derive(Properties, PartialEq)]
pub struct StopWordsProps {
    /// Interface language.
    pub language: Language,
}

/// The legend of the stops' words, closed until tapped.
#[function_component]
pub fn StopWords(props: &StopWordsProps) -> Html {
    let tr = |text| props.language.tr(text);
    html! {
        <details class="stop-words">
            <summary>{ tr(StopText::WordsHeading) }</summary>
            <dl>
                { for WORDS.iter().map(|(word, meaning)| html! {
                    <div class="stop-word">
                        <dt>{ tr(*word) }</dt>
                        <dd>{ tr(*meaning) }</dd>
                    </div>
                }) }
            </dl>
        </details>
    }
}
