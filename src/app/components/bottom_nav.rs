//! The four tabs at the bottom of the screen, within reach of the thumb.

use super::{Icon, IconKind};
use crate::app::state::{use_app, Action};
use crate::app::tab::Tab;
use yew::prelude::*;

/// The icon of each tab.
fn icon_of(tab: Tab) -> IconKind {
    match tab {
        Tab::Day => IconKind::Day,
        Tab::Map => IconKind::Map,
        Tab::Interventions => IconKind::List,
        Tab::Settings => IconKind::Settings,
    }
}

/// Bottom navigation: icon and label per tab; the current one is marked by
/// weight, a bar and `aria-current`, never by colour alone.
#[function_component]
pub fn BottomNav() -> Html {
    let app = use_app();
    let language = app.settings.language;
    let buttons = Tab::ALL.into_iter().map(|tab| {
        let current = app.tab == tab;
        let onclick = {
            let app = app.clone();
            Callback::from(move |_| app.dispatch(Action::Show(tab)))
        };
        html! {
            <a href={tab.fragment()} class={classes!("tab", current.then_some("tab-current"))}
               aria-current={current.then_some("page")} {onclick}>
                <Icon kind={icon_of(tab)} />
                <span class="tab-label">{ language.tr(tab.label()) }</span>
            </a>
        }
    });
    html! {
        <nav class="bottom-nav" aria-label={language.tr(crate::app::texts::ShellText::MainNavigation)}>
            { for buttons }
        </nav>
    }
}
