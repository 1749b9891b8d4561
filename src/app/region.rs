//! The road region in use: the embedded demo or a pack the user built, kept in IndexedDB.
//!
//! Loading, building and switching regions run in the browser; what the state holds of them
//! (the region, its origin, a build's progress) is in [`super::state::region_state`].

use super::deployed_regions;
use super::state::failure::{DemoFileError, Failure, StorageFailure};
use super::state::region_state::{PackBuildState, RegionInfo, RegionOrigin, RegionState};
use super::state::{Action, AppContext};
use super::texts::{NoticeText, RegionText};
use super::worker::client::WorkerTask;
use super::worker::protocol::{region_name_of, Reply, Request, WorkerError};
use crate::road::pack::{read_pack, read_pack_meta, MAGIC};
use crate::road::pack_builder::BuildStage;
use std::cell::RefCell;

/// IndexedDB key of the pack the user built.
pub const ACTIVE_PACK_KEY: &str = "region-pack";
/// IndexedDB key where versions before [`super::set_aside`] set aside one unreadable pack (still listed).
pub const SET_ASIDE_PACK_KEY: &str = "region-pack.unreadable";
/// Address of the embedded demo pack (precached by the service worker).
pub const DEMO_PACK_URL: &str = "demo/andorra.bin";
/// Largest extract accepted: a department-size extract is 20–50 MB; beyond, a phone runs out of memory.
pub const MAX_EXTRACT_BYTES: f64 = 64.0 * 1024.0 * 1024.0;
/// Share of the phone's memory a build may take before the app says no and points to the computer.
const PHONE_MEMORY_SHARE: f64 = 0.25;

/// Memory a build in the worker takes for an extract of `bytes`, MB: measured 125 MB for a
/// 15 MB department extract and 152 MB for a 44 MB one (BENCHMARKS.md), with room to spare.
pub fn build_memory_mb(bytes: f64) -> f64 {
    120.0 + 2.5 * bytes / 1e6
}

/// The phone's memory in GB as the browser tells it (`navigator.deviceMemory`, Chromium only,
/// rounded down and capped at 8), or `None`.
fn device_memory_gb() -> Option<f64> {
    let navigator = web_sys::window()?.navigator();
    js_sys::Reflect::get(&navigator, &"deviceMemory".into()).ok()?.as_f64().filter(|gb| *gb > 0.0)
}

/// The sentence for a build step.
pub fn stage_text(stage: BuildStage) -> RegionText {
    use crate::road::osm::ImportStage;
    match stage {
        BuildStage::Import(ImportStage::Ways) => RegionText::StageWays,
        BuildStage::Import(ImportStage::Nodes) => RegionText::StageNodes,
        BuildStage::Import(ImportStage::Network) => RegionText::StageNetwork,
        BuildStage::Contraction => RegionText::StageContraction,
        BuildStage::Writing => RegionText::StageWriting,
    }
}

thread_local! {
    /// The build in progress, if any: one at a time; dropping it stops the worker.
    static RUNNING_BUILD: RefCell<Option<WorkerTask>> = const { RefCell::new(None) };
    /// The number the next build gets.
    static NEXT_BUILD: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// A new build's number.
fn next_build() -> u64 {
    NEXT_BUILD.with(|next| next.replace(next.get() + 1))
}

/// Whether build number `build` is still the one the state shows running (not cancelled, nor
/// replaced by another, since): a step of a build (the file read, the pack stored) that finds
/// it is not stops there.
fn still_wanted(app: &AppContext, build: u64) -> bool {
    matches!(&app.latest().pack_build, PackBuildState::Running { build: running, .. } if *running == build)
}

/// The demo region's state, with its pack when it could be read (fetched from the service
/// worker's cache when offline).
pub(super) async fn demo_region() -> (RegionState, Option<Vec<u8>>) {
    let read = super::fetch::fetch_bytes(DEMO_PACK_URL).await.map_err(DemoFileError::Fetch).and_then(|bytes| {
        read_pack_meta(&bytes).map(|meta| (meta, bytes)).map_err(|error| {
            // The reader's own detail, for whoever looks into a broken install.
            web_sys::console::error_1(&format!("demo pack: {error}").into());
            DemoFileError::Pack(error)
        })
    });
    match read {
        Ok((meta, bytes)) => (RegionState::Ready(RegionInfo::from_meta(&meta, RegionOrigin::Demo)), Some(bytes)),
        Err(error) => (RegionState::Failed(Failure::DemoRegion(error)), None),
    }
}

/// Puts the region in use in the state and plans the day over its pack (read once, here).
pub(super) async fn use_region(app: AppContext, state: RegionState, pack: Option<Vec<u8>>) {
    app.dispatch(Action::SetRegion(state));
    match pack {
        Some(pack) => super::planning::region_ready(app, pack).await,
        None => super::planning::region_failed(&app),
    }
}

/// Loads the region in use at start-up: the stored pack, else the demo. A stored pack that
/// cannot be read (damaged, or from an older format) is set aside and reported.
pub async fn load(app: AppContext) {
    let stored = super::idb::get(ACTIVE_PACK_KEY).await;
    let (state, pack) = match stored {
        Ok(Some(bytes)) => match read_pack_meta(&bytes) {
            Ok(meta) => {
                let origin = match deployed_regions::installed(&bytes).await {
                    Some(installed) => RegionOrigin::Deployed(installed),
                    None => RegionOrigin::UserFile,
                };
                (RegionState::Ready(RegionInfo::from_meta(&meta, origin)), Some(bytes))
            }
            Err(_) => {
                if super::set_aside::keep(super::set_aside::AsideKind::Region, &bytes).await.is_ok() {
                    let _ = super::idb::delete(ACTIVE_PACK_KEY).await;
                }
                app.dispatch(Action::Notify(NoticeText::StoredRegionSetAside));
                demo_region().await
            }
        },
        Ok(None) | Err(_) => demo_region().await,
    };
    use_region(app, state, pack).await;
}

/// Adds the region in the user's file: a region pack (`.bin`, recognised by its first bytes)
/// is checked and kept; anything else is taken for an OSM extract and built in the worker.
/// The region in use changes only on success.
pub fn add_from_file(app: AppContext, file: web_sys::File) {
    let file_name = file.name();
    let fail = |app: &AppContext, failure: Failure| app.dispatch(Action::SetPackBuild(PackBuildState::Failed(failure)));
    if file.size() > MAX_EXTRACT_BYTES {
        fail(&app, Failure::ExtractTooLarge { file: file_name, limit_mb: MAX_EXTRACT_BYTES / 1e6 });
        return;
    }
    let need_mb = build_memory_mb(file.size());
    if let Some(phone_gb) = device_memory_gb().filter(|gb| need_mb > gb * 1000.0 * PHONE_MEMORY_SHARE) {
        fail(&app, Failure::BuildNeedsMemory { file: file_name, need_mb, phone_gb });
        return;
    }
    let start = BuildStage::Import(crate::road::osm::ImportStage::Ways);
    let build = next_build();
    app.dispatch(Action::SetPackBuild(PackBuildState::Running {
        build,
        file_name: file_name.clone(),
        stage: start,
        share: 0.0,
    }));
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(buffer) = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await else {
            fail(&app, Failure::FileUnreadable { file: file_name });
            return;
        };
        // « Annuler » may come while the file is read, before any worker runs.
        if !still_wanted(&app, build) {
            return;
        }
        let bytes = js_sys::Uint8Array::new(&buffer);
        if bytes.length() as usize >= MAGIC.len() && bytes.subarray(0, MAGIC.len() as u32).to_vec() == MAGIC {
            import_pack(app, &file_name, bytes.to_vec(), build).await;
        } else {
            build_in_worker(app, file_name, bytes, build);
        }
    });
}

/// Stores the user's own pack as the region in use; it is no longer a deployed pack.
async fn store_user_pack(bytes: &[u8]) -> Result<(), super::idb::StorageError> {
    super::idb::put(ACTIVE_PACK_KEY, bytes).await?;
    deployed_regions::forget_installed().await
}

/// Keeps a region pack the user picked, after checking all of it.
async fn import_pack(app: AppContext, file_name: &str, bytes: Vec<u8>, build: u64) {
    let checked = read_pack(&bytes);
    if !still_wanted(&app, build) {
        return;
    }
    let file = Some(file_name.to_string());
    let stored = match checked {
        Ok((meta, _)) => store_user_pack(&bytes)
            .await
            .map(|()| meta)
            .map_err(|error| Failure::Storage(StorageFailure::PackWrite { file: file_name.to_string(), error })),
        Err(error) => {
            web_sys::console::error_1(&format!("{file_name}: {error}").into());
            Err(Failure::Worker { file, error: WorkerError::Pack(error) })
        }
    };
    match stored {
        Ok(meta) => {
            app.dispatch(Action::SetPackBuild(PackBuildState::Idle));
            use_region(app, RegionState::Ready(RegionInfo::from_meta(&meta, RegionOrigin::UserFile)), Some(bytes))
                .await;
        }
        Err(failure) => app.dispatch(Action::SetPackBuild(PackBuildState::Failed(failure))),
    }
}

/// Builds a pack from an extract in the worker, following its progress.
fn build_in_worker(app: AppContext, file_name: String, bytes: js_sys::Uint8Array, build: u64) {
    let following = app.clone();
    let name = file_name.clone();
    let on_reply = move |reply: Reply, pack: Option<Vec<u8>>| match reply {
        Reply::Progress { stage, share } => following.dispatch(Action::SetPackBuild(PackBuildState::Running {
            build,
            file_name: name.clone(),
            stage,
            share,
        })),
        Reply::PackBuilt { meta, build_ms, memory_bytes } => {
            RUNNING_BUILD.with(|running| running.borrow_mut().take());
            web_sys::console::info_1(
                &format!(
                    "pack built: {} junctions in {build_ms:.0} ms, worker memory {:.0} MB",
                    meta.import.junctions,
                    memory_bytes / 1e6
                )
                .into(),
            );
            let (app, name) = (following.clone(), name.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if !still_wanted(&app, build) {
                    return;
                }
                let pack = pack.unwrap_or_default();
                match store_user_pack(&pack).await {
                    Ok(()) => {
                        app.dispatch(Action::SetPackBuild(PackBuildState::Idle));
                        use_region(
                            app,
                            RegionState::Ready(RegionInfo::from_meta(&meta, RegionOrigin::UserFile)),
                            Some(pack),
                        )
                        .await;
                    }
                    Err(error) => {
                        let failure = Failure::Storage(StorageFailure::PackWrite { file: name, error });
                        app.dispatch(Action::SetPackBuild(PackBuildState::Failed(failure)))
                    }
                }
            });
        }
        Reply::Failed { error } => {
            RUNNING_BUILD.with(|running| running.borrow_mut().take());
            let failure = Failure::Worker { file: Some(name.clone()), error };
            following.dispatch(Action::SetPackBuild(PackBuildState::Failed(failure)));
        }
        Reply::Ready
        | Reply::FirstPlan { .. }
        | Reply::DayPlanned { .. }
        | Reply::SolveProgress { .. }
        | Reply::EpochDone { .. }
        | Reply::SlotsFound { .. } => {}
    };
    let request = Request::BuildPack { extract_name: file_name.clone(), region_name: region_name_of(&file_name) };
    match WorkerTask::start(&request, Some(bytes), on_reply) {
        Ok(build) => RUNNING_BUILD.with(|running| *running.borrow_mut() = Some(build)),
        Err(error) => {
            let failure = Failure::Worker { file: Some(file_name), error };
            app.dispatch(Action::SetPackBuild(PackBuildState::Failed(failure)))
        }
    }
}

/// Stops the running build, wherever it is (reading the file, in the worker); the region in use stays.
pub fn cancel_build(app: &AppContext) {
    RUNNING_BUILD.with(|running| running.borrow_mut().take());
    app.dispatch(Action::SetPackBuild(PackBuildState::Idle));
}

/// Forgets the user's region and goes back to the embedded demo.
pub fn switch_to_demo(app: AppContext) {
    wasm_bindgen_futures::spawn_local(async move {
        let _ = super::idb::delete(ACTIVE_PACK_KEY).await;
        let _ = deployed_regions::forget_installed().await;
        let (state, pack) = demo_region().await;
        use_region(app, state, pack).await;
    });
}
