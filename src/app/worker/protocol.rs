//! Messages between the page and its workers: the planner, kept between solves with the
//! region it decoded, and the pack builder.
//!
//! On the wire each message is a JS array `[json, bytes?]`: the JSON of the enum
//! below sealed with the app's build ([`seal`]), and the file's bytes as a `Uint8Array` when
//! there are any (the extract going in, the pack coming out).

use crate::io::DayFileError;
use crate::model::{Day, Intervention, Slot, TimeOfDay};
use crate::plan::day_problem::{DayPlace, DayProblemError};
use crate::plan::parallel::SharedPlan;
use crate::plan::slot_finder::SlotError;
use crate::road::osm::ImportError;
use crate::road::pack::{PackError, PackMeta};
use crate::road::pack_builder::BuildStage;
use crate::road::snap::DEFAULT_MAX_SNAP_M;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// This build of the app: set by `scripts/build.sh` (version and commit), else the crate's
/// version. Page and worker of one build share it, so that a page still running an old build
/// never talks to a new worker, nor the reverse.
pub const APP_VERSION: &str = match option_env!("TOURNEE_BUILD_ID") {
    Some(id) => id,
    None => env!("CARGO_PKG_VERSION"),
};

/// A message on the wire: the build that sent it, and what it says.
#[derive(Serialize, Deserialize)]
struct Envelope<T> {
    version: String,
    body: T,
}

/// Why a message was not taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenError {
    /// Sent by another build of the app (this one is `APP_VERSION`).
    OtherVersion(String),
    /// Not a message of this protocol.
    Unreadable,
}

/// The JSON sent for `body`, with this build's version.
pub fn seal<T: Serialize>(body: &T) -> String {
    serde_json::to_string(&Envelope { version: APP_VERSION.to_string(), body }).expect("plain data")
}

/// What a message sent by this same build says.
pub fn open<T: DeserializeOwned>(json: &str) -> Result<T, OpenError> {
    #[derive(Deserialize)]
    struct Version {
        version: String,
    }
    let Version { version } = serde_json::from_str(json).map_err(|_| OpenError::Unreadable)?;
    if version != APP_VERSION {
        return Err(OpenError::OtherVersion(version));
    }
    serde_json::from_str::<Envelope<T>>(json).map(|envelope| envelope.body).map_err(|_| OpenError::Unreadable)
}

use crate::model::DayPlan;

/// Script that starts the worker (written by trunk for the `tournee-worker` binary).
pub const WORKER_SCRIPT: &str = "tournee-worker_loader.js";

/// What the page asks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Request {
    /// Build a pack from the extract sent alongside.
    BuildPack {
        /// File name of the extract.
        extract_name: String,
        /// Region name to record.
        region_name: String,
    },
    /// Decode the region pack sent alongside and keep it for the solves that follow, as
    /// region `region` (the page's count of the packs it used).
    SetRegion {
        /// Which region this is, for the solves to name.
        region: u64,
    },
    /// Optimise a day over region `region`, which the worker must hold.
    SolveDay {
        /// The day.
        day: Box<Day>,
        /// The region to route over, set before by [`Request::SetRegion`].
        region: u64,
        /// Iteration budget: the same day always gives the same plan.
        iterations: u64,
        /// Time cap, seconds, for slow phones (reached first only there).
        max_seconds: f64,
        /// Re-plan the rest of the day from where the technicians stand (None: the whole day).
        #[serde(default)]
        replan: Option<crate::plan::day_problem::Replan>,
        /// The plan followed until now, when the day's road closures changed: the reply names
        /// its legs that cross a closure.
        #[serde(default)]
        crossing: Option<Box<DayPlan>>,
        /// This worker's number among several searching the day together (see
        /// [`crate::plan::parallel`]): it answers each epoch with [`Reply::EpochDone`] and
        /// waits for [`Request::NextEpoch`]. None: it searches alone, to the end.
        #[serde(default)]
        worker: Option<usize>,
    },
    /// Go on with the day searched together: adopt `best` (the best plan of all at the epoch's
    /// end, when it is another worker's) and run the next epoch.
    NextEpoch {
        /// The best plan of all, unless it is this worker's own.
        best: Option<SharedPlan>,
    },
    /// End the day searched together: this worker holds the best plan of all, polished and
    /// sent as [`Reply::DayPlanned`].
    FinishDay,
    /// Find the slots to offer a calling customer for `job` over region `region`, which the
    /// worker must hold (see [`crate::plan::slot_finder::find_slots`]).
    FindSlots {
        /// The visit to place.
        job: Box<Intervention>,
        /// The days the app knows, the current one first; a working date missing is a free day.
        days: Vec<KnownPlannedDay>,
        /// The region to route over.
        region: u64,
        /// Working days searched, the first included.
        working_days: usize,
        /// Width of the windows offered, seconds.
        window_s: u32,
        /// The time now on the first day: nothing is offered before it.
        now: Option<TimeOfDay>,
        /// Most slots returned.
        max_slots: usize,
    },
}

/// A day the app holds and its plan, if it has one, as a slot search receives it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KnownPlannedDay {
    /// The day.
    pub day: Day,
    /// Its current plan (`None`: not planned yet).
    pub plan: Option<DayPlan>,
}

/// What the worker answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Reply {
    /// The worker has loaded and listens: only now may requests be sent (earlier ones
    /// would arrive before its handler exists and be lost).
    Ready,
    /// How far the build got.
    Progress {
        /// Current step.
        stage: BuildStage,
        /// Overall share done, 0 to 1.
        share: f64,
    },
    /// How far the optimisation got.
    SolveProgress {
        /// Share of the iteration budget done, 0 to 1.
        share: f64,
    },
    /// The pack is built; its bytes come alongside.
    PackBuilt {
        /// What the pack holds.
        meta: Box<PackMeta>,
        /// How long the build took in the worker, ms.
        #[serde(default)]
        build_ms: f64,
        /// The worker's WebAssembly memory at the end: the build's peak, bytes.
        #[serde(default)]
        memory_bytes: f64,
    },
    /// One epoch of a day searched together is done.
    EpochDone {
        /// This worker's best plan.
        plan: SharedPlan,
        /// Its cost (the optimiser's one number: lower is better).
        cost: f64,
        /// Iterations this worker has run.
        iterations: u64,
        /// The budget is spent: the next request is [`Request::FinishDay`].
        over: bool,
    },
    /// The first feasible plan of a whole day's solve, sent when the search is still going on a
    /// second after it started: the page shows it meanwhile (a storm day's search takes
    /// seconds). A quicker search sends its final plan alone. The solve goes on.
    FirstPlan {
        /// Stops per technician and unplanned jobs.
        plan: Box<DayPlan>,
    },
    /// The day's plan.
    DayPlanned {
        /// Stops per technician and unplanned jobs.
        plan: Box<DayPlan>,
        /// How the optimisation went, for the benchmarks and the console.
        #[serde(default)]
        timing: SolveTiming,
        /// The legs of the request's `crossing` plan that cross a road closed on the day.
        #[serde(default)]
        crossed: Vec<crate::plan::closed_legs::CrossedLeg>,
    },
    /// The slots found, best first.
    SlotsFound {
        /// The slots, best first (none: no day can take the visit).
        slots: Vec<Slot>,
        /// How long the search took in the worker, in milliseconds.
        search_ms: f64,
    },
    /// What was asked failed; nothing was changed.
    Failed {
        /// Why, typed: the page words it in the user's language.
        error: WorkerError,
    },
}

/// Why a worker could not do what it was asked: the core's typed errors, or what went wrong
/// between the page and the worker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkerError {
    /// The region's pack does not read.
    Pack(PackError),
    /// The extract could not be made into a pack.
    Extract(ImportError),
    /// The day does not hold (a date that is not one, an id twice, a shift backwards).
    Day(DayFileError),
    /// A technician's place is too far from every road of the region.
    OffRoad {
        /// The place.
        place: DayPlace,
        /// Its distance to the nearest road, m.
        distance_m: f64,
        /// The limit, m.
        max_m: f64,
    },
    /// More interventions than the optimiser plans.
    TooManyInterventions {
        /// Interventions in the day.
        count: usize,
        /// The most it plans.
        max: usize,
    },
    /// Two places that no road joins on the day's date.
    Unreachable {
        /// Departure place.
        from: DayPlace,
        /// Destination place.
        to: DayPlace,
        /// Whether the roads closed by the technicians cut it.
        by_closure: bool,
    },
    /// The solve named a region the worker does not hold.
    RegionMissing,
    /// A message from another build of the app (it was updated while the page was open).
    OtherVersion,
    /// A message the other side does not understand.
    Unreadable,
    /// The worker could not be started or reached, or it stopped (out of memory…).
    Stopped,
    /// Something inside the worker that the user cannot fix (its details go to the worker's
    /// console, for support).
    Internal(InternalError),
}

/// What went wrong inside the worker, as a code: the user is told it is not their doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InternalError {
    /// The worker has no clock to time the optimisation by.
    NoClock,
    /// The optimiser's problem built from a valid day is inconsistent (a bug).
    InconsistentProblem,
    /// An epoch or the end of a day searched together was asked of a worker that holds no
    /// such day (a bug of the page).
    NoSharedSearch,
}

impl From<DayProblemError> for WorkerError {
    fn from(error: DayProblemError) -> WorkerError {
        match error {
            DayProblemError::TooManyInterventions { count, max } => WorkerError::TooManyInterventions { count, max },
            DayProblemError::Unreachable { from, to, by_closure } => WorkerError::Unreachable { from, to, by_closure },
            DayProblemError::Problem(_) => WorkerError::Internal(InternalError::InconsistentProblem),
        }
    }
}

impl WorkerError {
    /// Why no slot could be searched for the visit to `customer`.
    pub fn from_slot_error(error: SlotError, customer: &str) -> WorkerError {
        match error {
            SlotError::NoDay => WorkerError::Internal(InternalError::InconsistentProblem),
            SlotError::OffRoad { distance_m } => WorkerError::OffRoad {
                place: DayPlace::Customer { customer: customer.to_string() },
                distance_m,
                max_m: DEFAULT_MAX_SNAP_M,
            },
            SlotError::Day(error) => error.into(),
        }
    }
}

/// How long a day took in the worker.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct SolveTiming {
    /// Decoding the region's pack for this solve, in milliseconds: 0 when the worker kept it
    /// from an earlier solve.
    #[serde(default)]
    pub region_ms: f64,
    /// Checking the day and computing the travel matrix, in milliseconds.
    pub prepare_ms: f64,
    /// The optimiser itself, in milliseconds.
    pub solve_ms: f64,
    /// Iterations run.
    pub iterations: u64,
}

/// The region name for an extract's file name: `haut-verdon.osm.pbf` → `haut-verdon`.
pub fn region_name_of(file_name: &str) -> String {
    let stem = file_name.trim_end_matches(".pbf").trim_end_matches(".osm");
    if stem.is_empty() {
        file_name.to_string()
    } else {
        stem.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::road::osm::ImportStage;

    #[test]
    fn messages_round_trip_as_tagged_json() {
        let progress = Reply::Progress { stage: BuildStage::Import(ImportStage::Nodes), share: 0.5 };
        let json = serde_json::to_string(&progress).unwrap();
        assert_eq!(json, r#"{"kind":"progress","stage":{"import":"nodes"},"share":0.5}"#);
        assert_eq!(serde_json::from_str::<Reply>(&json).unwrap(), progress);
        let request = Request::BuildPack { extract_name: "a.osm.pbf".into(), region_name: "a".into() };
        assert_eq!(serde_json::from_str::<Request>(&serde_json::to_string(&request).unwrap()).unwrap(), request);
    }

    #[test]
    fn only_messages_of_this_build_are_taken() {
        let reply = Reply::SolveProgress { share: 0.25 };
        assert_eq!(open::<Reply>(&seal(&reply)), Ok(reply));
        let old = seal(&Reply::Ready).replace(APP_VERSION, "0.0.1+oldbuild");
        assert_eq!(open::<Reply>(&old), Err(OpenError::OtherVersion("0.0.1+oldbuild".into())));
        assert_eq!(open::<Reply>(r#"{"kind":"ready"}"#), Err(OpenError::Unreadable), "an unsealed message");
        assert_eq!(open::<Request>(&seal(&Reply::Ready)), Err(OpenError::Unreadable), "a reply is not a request");
    }

    #[test]
    fn a_slot_search_travels_typed_and_a_visit_off_the_roads_is_named() {
        let day: Day = crate::io::read_day_json(include_str!("../../../static/demo/journee-andorre.json")).unwrap();
        let request = Request::FindSlots {
            job: Box::new(day.interventions[0].clone()),
            days: vec![KnownPlannedDay { day: day.clone(), plan: None }],
            region: 3,
            working_days: 5,
            window_s: 7200,
            now: TimeOfDay::from_hm(10, 30),
            max_slots: 6,
        };
        let json = seal(&request);
        assert!(json.contains(r#""kind":"find_slots""#) && json.contains(r#""now":"10:30""#), "{json}");
        assert_eq!(open::<Request>(&json), Ok(request));
        let error = WorkerError::from_slot_error(SlotError::OffRoad { distance_m: 900.0 }, "Mme Vidal");
        let place = DayPlace::Customer { customer: "Mme Vidal".into() };
        assert_eq!(error, WorkerError::OffRoad { place, distance_m: 900.0, max_m: DEFAULT_MAX_SNAP_M });
    }

    #[test]
    fn region_names_drop_the_extension() {
        assert_eq!(region_name_of("haut-verdon.osm.pbf"), "haut-verdon");
        assert_eq!(region_name_of("monaco-2019-09-30.osm.pbf"), "monaco-2019-09-30");
        assert_eq!(region_name_of("x.pbf"), "x");
        assert_eq!(region_name_of(".osm.pbf"), ".osm.pbf");
    }
}
