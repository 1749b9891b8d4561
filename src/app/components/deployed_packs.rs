//! The region packs deployed with the app, each with what it covers and one button: download
//! and use it, or update it when a newer one is deployed; the download's progress and failure.

use crate::app::deployed_regions;
use crate::app::i18n::Language;
use crate::app::state::deployed_state::{DeployedList, PackDownload};
use crate::app::state::region_state::{iso_date, RegionOrigin, RegionState};
use crate::app::state::{use_app, AppContext};
use crate::app::texts::RegionText;
use crate::road::pack::deployed::DeployedPack;
use yew::prelude::*;

/// Properties of [`DeployedPacks`].
#[derive(Properties, PartialEq)]
pub struct DeployedPacksProps {
    /// Called when the user starts a download (the first start moves on to the crew).
    #[prop_or_default]
    pub on_download: Callback<()>,
}

/// One pack of the list.
fn pack_row(app: &AppContext, pack: &DeployedPack, language: Language, on_download: &Callback<()>) -> Html {
    let installed = match &app.region {
        RegionState::Ready(info) => match &info.origin {
            RegionOrigin::Deployed(installed) if installed.file == pack.file => Some(installed.clone()),
            _ => None,
        },
        _ => None,
    };
    let newer = installed.as_ref().and_then(|installed| deployed_regions::update_for(&app.deployed, installed));
    let busy = matches!(app.download, PackDownload::Running { .. });
    let download = {
        let (app, pack, on_download) = (app.clone(), pack.clone(), on_download.clone());
        Callback::from(move |_| {
            deployed_regions::download(app.clone(), pack.clone());
            on_download.emit(());
        })
    };
    let action = match (&installed, newer, &app.download) {
        (_, _, PackDownload::Running { file, received, total }) if *file == pack.file => {
            let percent = (*received as f64 * 100.0 / (*total).max(1) as f64).round();
            html! {
                <div class="build-progress" role="status">
                    <p>{ format!("{} — {} ({percent:.0} %)", language.tr(RegionText::Downloading), language.size_of(*received, *total)) }</p>
                    <progress max="100" value={percent.to_string()} aria-label={language.tr(RegionText::Downloading)}></progress>
                </div>
            }
        }
        (Some(_), Some(_), _) => html! {
            <>
                <p class="update-available">{ language.tr(RegionText::UpdateAvailable) }</p>
                <button class="button button-primary button-wide pack-update" type="button" disabled={busy} onclick={download}>
                    { format!("{} ({})", language.tr(RegionText::UpdatePack), language.size(pack.bytes)) }
                </button>
            </>
        },
        (Some(_), None, _) => html! { <p class="in-use">{ language.tr(RegionText::InUse) }</p> },
        (None, _, _) => html! {
            <button class="button button-primary button-wide pack-download" type="button" disabled={busy} onclick={download}>
                { format!("{} ({})", language.tr(RegionText::DownloadAndUse), language.size(pack.bytes)) }
            </button>
        },
    };
    let failure = match &app.download {
        PackDownload::Failed { file, error } if *file == pack.file => html! {
            <div class="error" role="alert">
                <strong>{ "⚠ " }{ language.tr(RegionText::DownloadFailed) }</strong>
                <p>{ language.download_error(error) }</p>
            </div>
        },
        _ => html! {},
    };
    html! {
        <li class="deployed-pack" data-file={pack.file.clone()}>
            <p class="deployed-name">{ &pack.name }</p>
            <p>{ language.pack_facts(pack) }</p>
            if let Some(timestamp) = pack.osm_timestamp {
                <p class="hint">{ format!("{} {}", language.tr(RegionText::OsmDataOf), super::region_card::local_date(&iso_date(timestamp), language)) }</p>
            }
            { action }
            { failure }
        </li>
    }
}

/// The deployed packs, or why there are none.
#[function_component]
pub fn DeployedPacks(props: &DeployedPacksProps) -> Html {
    let app = use_app();
    let language = app.settings.language;
    let body = match &app.deployed {
        DeployedList::Loading => html! {},
        DeployedList::Unavailable(error) => html! {
            <p class="hint deployed-unavailable">{ format!("{}{}{}", language.tr(RegionText::DeployedUnavailable), language.colon(), language.list_error(error)) }</p>
        },
        DeployedList::Listed(index) if index.packs.is_empty() => html! {
            <p class="hint no-deployed-regions">{ language.tr(RegionText::NoDeployedRegions) }</p>
        },
        DeployedList::Listed(index) => html! {
            <ul class="deployed-packs">{ for index.packs.iter().map(|pack| pack_row(&app, pack, language, &props.on_download)) }</ul>
        },
    };
    html! {
        <div class="deployed">
            <h4>{ language.tr(RegionText::DeployedHeading) }</h4>
            { body }
        </div>
    }
}
