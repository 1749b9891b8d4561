//! Region packs deployed with the app: the list in `regions/index.json`, downloading the chosen
//! pack once with progress into IndexedDB, and offering a newer one when it is deployed.
//!
//! The pack in use is replaced only once the new one has arrived whole, has been read entirely
//! and is stored: a download cut in a valley leaves the crew's region as it was.

use super::fetch::FetchError;
use super::region::ACTIVE_PACK_KEY;
use super::state::deployed_state::{DeployedList, DownloadError, InstalledPack, ListError, PackDownload};
use super::state::region_state::{RegionInfo, RegionOrigin, RegionState};
use super::state::{Action, AppContext};
use crate::road::pack::deployed::{content_id, DeployedPack, PackIndex};
use crate::road::pack::read_pack;
use std::cell::Cell;
use std::rc::Rc;

/// Address of the list, beside the app (asked of the network first by the service worker).
pub const INDEX_URL: &str = "regions/index.json";
/// IndexedDB key recording which deployed pack the stored one is.
pub const INSTALLED_KEY: &str = "region-pack.deployed";

/// The list's newer entry for the installed pack, if a newer one is deployed.
pub fn update_for<'a>(list: &'a DeployedList, installed: &InstalledPack) -> Option<&'a DeployedPack> {
    match list {
        DeployedList::Listed(index) => {
            index.find(&installed.file).filter(|entry| entry.content_id != installed.content_id)
        }
        _ => None,
    }
}

/// Checks downloaded bytes against the list's entry and reads the whole pack.
pub fn check_download(entry: &DeployedPack, bytes: &[u8]) -> Result<crate::road::pack::PackMeta, DownloadError> {
    let received = bytes.len() as u64;
    if received != entry.bytes {
        return Err(DownloadError::Incomplete { received, expected: entry.bytes });
    }
    if content_id(bytes) != entry.content_id {
        return Err(DownloadError::NotAsListed);
    }
    read_pack(bytes).map(|(meta, _)| meta).map_err(DownloadError::Damaged)
}

/// Fetches the list and puts it in the state.
pub async fn load_list(app: AppContext) {
    let list = match super::fetch::fetch_text(INDEX_URL).await {
        Ok(text) => match PackIndex::decode(&text) {
            Ok(index) => DeployedList::Listed(Rc::new(index)),
            Err(error) => DeployedList::Unavailable(ListError::Refused(error)),
        },
        Err(message) => DeployedList::Unavailable(ListError::Unreachable(message)),
    };
    app.dispatch(Action::SetDeployed(list));
}

/// Which deployed pack `bytes` (the stored pack) is, if the record says so and still matches.
pub async fn installed(bytes: &[u8]) -> Option<InstalledPack> {
    let record = super::idb::get(INSTALLED_KEY).await.ok()??;
    let installed: InstalledPack = serde_json::from_slice(&record).ok()?;
    (installed.content_id == content_id(bytes)).then_some(installed)
}

/// Forgets that the stored pack was a deployed one (the user replaced it with their own).
pub async fn forget_installed() -> Result<(), super::idb::StorageError> {
    super::idb::delete(INSTALLED_KEY).await
}

/// Stores the checked pack, then the record of which deployed pack it is.
async fn store(entry: &DeployedPack, bytes: &[u8]) -> Result<InstalledPack, DownloadError> {
    let installed = InstalledPack { file: entry.file.clone(), content_id: entry.content_id.clone() };
    let record = serde_json::to_vec(&installed).expect("plain data");
    super::idb::put(ACTIVE_PACK_KEY, bytes).await.map_err(DownloadError::Storage)?;
    super::idb::put(INSTALLED_KEY, &record).await.map_err(DownloadError::Storage)?;
    Ok(installed)
}

/// Downloads `entry` with progress, checks it, stores it and puts it in use.
pub fn download(app: AppContext, entry: DeployedPack) {
    let (file, total) = (entry.file.clone(), entry.bytes);
    let running = move |received| PackDownload::Running { file: file.clone(), received, total };
    app.dispatch(Action::SetDownload(running(0)));
    wasm_bindgen_futures::spawn_local(async move {
        let shown_percent = Cell::new(0);
        let on_progress = |received: u64| {
            let percent = received * 100 / entry.bytes.max(1);
            if percent != shown_percent.replace(percent) {
                app.dispatch(Action::SetDownload(running(received)));
            }
        };
        let url = format!("regions/{}", entry.file);
        let fetched =
            super::fetch::fetch_bytes_with_progress(&url, entry.bytes, on_progress).await.map_err(|e| match e {
                FetchError::Network(reason) => DownloadError::Network(reason),
                FetchError::LargerThan(_) => DownloadError::NotAsListed,
            });
        let installed = match fetched {
            Ok(bytes) => match check_download(&entry, &bytes) {
                Ok(meta) => store(&entry, &bytes).await.map(|installed| (meta, installed, bytes)),
                Err(error) => Err(error),
            },
            Err(error) => Err(error),
        };
        match installed {
            Ok((meta, installed, bytes)) => {
                app.dispatch(Action::SetDownload(PackDownload::Idle));
                let info = RegionInfo::from_meta(&meta, RegionOrigin::Deployed(installed));
                super::region::use_region(app, RegionState::Ready(info), Some(bytes)).await;
            }
            Err(error) => {
                if let DownloadError::Damaged(detail) = &error {
                    web_sys::console::error_1(&format!("{}: {detail}", entry.file).into());
                }
                app.dispatch(Action::SetDownload(PackDownload::Failed { file: entry.file.clone(), error }))
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::road::pack::deployed::{entry_for, INDEX_FORMAT};

    const DEMO: &[u8] = include_bytes!("../../static/demo/andorra.bin");

    #[test]
    fn a_newer_pack_under_the_same_file_is_an_update() {
        let entry = entry_for("vallee.bin", DEMO).unwrap();
        let list = DeployedList::Listed(Rc::new(PackIndex { format: INDEX_FORMAT, packs: vec![entry.clone()] }));
        let same = InstalledPack { file: "vallee.bin".into(), content_id: entry.content_id.clone() };
        assert_eq!(update_for(&list, &same), None);
        let older = InstalledPack { content_id: "0000000000000000".into(), ..same.clone() };
        assert_eq!(update_for(&list, &older), Some(&entry));
        let elsewhere = InstalledPack { file: "autre.bin".into(), ..older };
        assert_eq!(update_for(&list, &elsewhere), None);
        assert_eq!(update_for(&DeployedList::Loading, &same), None);
    }

    #[test]
    fn a_cut_changed_or_damaged_download_is_refused_with_the_reason() {
        let entry = entry_for("vallee.bin", DEMO).unwrap();
        assert_eq!(check_download(&entry, DEMO).unwrap().name, "Andorre");
        assert_eq!(
            check_download(&entry, &DEMO[..1000]),
            Err(DownloadError::Incomplete { received: 1000, expected: DEMO.len() as u64 })
        );
        let mut changed = DEMO.to_vec();
        changed[100] ^= 0xff;
        assert_eq!(check_download(&entry, &changed), Err(DownloadError::NotAsListed));
        let cut = &DEMO[..DEMO.len() - 10];
        let listed_cut = DeployedPack { content_id: content_id(cut), bytes: cut.len() as u64, ..entry };
        assert!(matches!(check_download(&listed_cut, cut), Err(DownloadError::Damaged(_))));
    }
}
