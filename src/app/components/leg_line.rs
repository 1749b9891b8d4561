//! The line between two stops of a technician's day: « Signaler une coupure sur ce trajet » closes the
//! road half-way along that drive (the region's router finds it), through [`ClosureForm`].

use super::{ClosureForm, Icon, IconKind};
use crate::app::state::use_app;
use crate::app::texts::ClosureText;
use crate::road::closure_point::{middle_of_drive, ClosurePoint};
use crate::road::osm::seasons::Day as CalendarDay;
use crate::road::LatLon;
use yew::prelude::*;

/// Properties of [`LegLine`].
#[derive(Properties, PartialEq)]
pub struct LegLineProps {
    /// Where the drive leaves from.
    pub from: LatLon,
    /// Where it goes: the next stop.
    pub to: LatLon,
}

/// What the leg line shows under its button.
#[derive(Clone, PartialEq)]
enum Opened {
    Closed,
    Form(ClosurePoint),
    Refused(ClosureText),
}

/// A leg of the day, with its « Route coupée » button and, once tapped, the form.
#[function_component]
pub fn LegLine(props: &LegLineProps) -> Html {
    let app = use_app();
    let language = app.settings.language;
    let opened = use_state(|| Opened::Closed);
    let open = {
        let (app, opened, from, to) = (app.clone(), opened.clone(), props.from, props.to);
        Callback::from(move |_| {
            let date = app.latest().day.as_ref().map(|day| CalendarDay::from(day.date));
            let shown = match crate::app::planning::region_map(&app) {
                None => Opened::Refused(ClosureText::MapNotReady),
                Some(map) => match middle_of_drive(&map.0.router, from, to, date) {
                    Some(point) => Opened::Form(point),
                    None => Opened::Refused(ClosureText::NoDrive),
                },
            };
            opened.set(shown);
        })
    };
    let done = {
        let opened = opened.clone();
        Callback::from(move |()| opened.set(Opened::Closed))
    };
    html! {
        <li class="leg">
            if let Opened::Form(point) = &*opened {
                <ClosureForm point={point.clone()} on_done={done} />
            } else {
                <button class="button leg-closed" type="button" onclick={open}>
                    <Icon kind={IconKind::RoadClosed} />{ language.tr(ClosureText::CloseLeg) }
                </button>
                if let Opened::Refused(text) = &*opened { <p class="error" role="alert">{ language.tr(*text) }</p> }
            }
        </li>
    }
}
