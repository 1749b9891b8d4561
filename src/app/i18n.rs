//! Every sentence of the interface in French and English.
//!
//! One enum of message keys, each with both translations side by side, so a
//! missing translation is a compile error rather than a blank label.

use crate::model::UnplannedJob;
use crate::plan::coverage::{EstimatedLegs, FarFromCrew, PlacesOutside};
use crate::plan::UnplannedReason;
use serde::{Deserialize, Serialize};

/// The interface language. French first: the technicians are French.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Language {
    /// Français (default).
    #[default]
    Fr,
    /// English.
    En,
}

impl Language {
    /// Both languages, in the order the switch shows them.
    pub const ALL: [Language; 2] = [Language::Fr, Language::En];

    /// The BCP 47 tag set on `<html lang>`, so screen readers pronounce the text right.
    pub fn tag(self) -> &'static str {
        match self {
            Language::Fr => "fr",
            Language::En => "en",
        }
    }

    /// The language's own name, shown on its button whatever the current language.
    pub fn endonym(self) -> &'static str {
        match self {
            Language::Fr => "Français",
            Language::En => "English",
        }
    }

    /// « 15 interventions sur 25 sont à plus de 431 km des domiciles de l'équipe : … » in the user's language.
    pub fn far_from_crew(self, far: &FarFromCrew) -> String {
        let km = far.at_least_km.floor();
        match self {
            Language::Fr => format!(
                "{} interventions sur {} sont à plus de {km:.0} km des domiciles de l'équipe : vérifiez les domiciles et les dépôts dans Réglages (ou la région de la journée).",
                far.jobs, far.of
            ),
            Language::En => format!(
                "{} of {} jobs are more than {km:.0} km from the crew's homes: check the homes and depots in Settings (or the day's region).",
                far.jobs, far.of
            ),
        }
    }

    /// « 12 trajets sur 15 sont estimés à vol d'oiseau : … » in the user's language.
    pub fn estimated_legs(self, legs: EstimatedLegs) -> String {
        match self {
            Language::Fr => format!(
                "{} trajets sur {} sont estimés à vol d'oiseau : la région routière ne couvre pas ces lieux. Ajoutez la région de l'équipe dans Réglages.",
                legs.estimated, legs.legs
            ),
            Language::En => format!(
                "{} of {} drives are straight-line estimates: the road region does not cover these places. Add the crew's region in Settings.",
                legs.estimated, legs.legs
            ),
        }
    }

    /// « 17 des 29 lieux de la journée sont hors de la région routière « Andorre » : … ».
    pub fn places_outside(self, outside: PlacesOutside, region: &str) -> String {
        match self {
            Language::Fr => format!(
                "{} des {} lieux de la journée sont hors de la région routière « {region} » : leurs trajets ne sont qu'estimés. Ajoutez la région de l'équipe dans Réglages.",
                outside.outside, outside.of
            ),
            Language::En => format!(
                "{} of the day's {} places are outside the road region \"{region}\": their drives are only estimates. Add the crew's region in Settings.",
                outside.outside, outside.of
            ),
        }
    }

    /// `value` with `places` decimals and the language's decimal mark: « 107,6 », "107.6".
    pub fn decimal(self, value: f64, places: usize) -> String {
        let text = format!("{value:.places$}");
        match self {
            Language::Fr => text.replace('.', ","),
            Language::En => text,
        }
    }

    /// The unit « Mo » / "MB".
    pub fn megabytes(self) -> &'static str {
        match self {
            Language::Fr => "Mo",
            Language::En => "MB",
        }
    }

    /// The unit « Go » / "GB".
    pub fn gigabytes(self) -> &'static str {
        match self {
            Language::Fr => "Go",
            Language::En => "GB",
        }
    }

    /// Why `job` was left out, in this language.
    pub fn unplanned(self, job: &UnplannedJob) -> String {
        let fr = self == Language::Fr;
        match (job.reason, fr) {
            (UnplannedReason::NoTechnician, true) => "aucun technicien dans l'équipe du jour".into(),
            (UnplannedReason::NoTechnician, false) => "nobody is in today's crew".into(),
            (UnplannedReason::NoTechnicianWithSkill, true) => "aucun technicien n'a la compétence requise".into(),
            (UnplannedReason::NoTechnicianWithSkill, false) => "no technician has the skill needed".into(),
            (UnplannedReason::WindowUnreachable, true) => "créneau impossible à atteindre".into(),
            (UnplannedReason::WindowUnreachable, false) => "the appointment window cannot be reached".into(),
            (UnplannedReason::ShiftTooShort, true) => "journée trop courte".into(),
            (UnplannedReason::ShiftTooShort, false) => "the working day is too short".into(),
            (UnplannedReason::MaxWorkingTime, true) => "durée maximale de travail dépassée".into(),
            (UnplannedReason::MaxWorkingTime, false) => "longest working day exceeded".into(),
            (UnplannedReason::MaxJobsReached, true) => "nombre maximal d'interventions atteint".into(),
            (UnplannedReason::MaxJobsReached, false) => "most jobs per day reached".into(),
            (UnplannedReason::DisplacedByHigherPriority, true) => {
                "place prise par des interventions plus urgentes".into()
            }
            (UnplannedReason::DisplacedByHigherPriority, false) => "more urgent jobs took the time".into(),
            (UnplannedReason::CapacityExceeded, true) => "dépasse la capacité du véhicule".into(),
            (UnplannedReason::CapacityExceeded, false) => "more than the vehicle can carry".into(),
            (UnplannedReason::OffRoad, true) => match job.distance_m {
                Some(metres) => format!("à {metres:.0} m de la route la plus proche : vérifiez ses coordonnées"),
                None => "lieu loin de toute route : vérifiez ses coordonnées".into(),
            },
            (UnplannedReason::OffRoad, false) => match job.distance_m {
                Some(metres) => format!("{metres:.0} m from the nearest road: check its coordinates"),
                None => "far from every road: check its coordinates".into(),
            },
        }
    }

    /// Who or what a job left out is: the customer, or « Pause déjeuner » for a lunch break.
    pub fn unplanned_name(self, job: &UnplannedJob) -> String {
        if job.is_break {
            self.tr(Text::LunchBreak).to_string()
        } else {
            job.customer.clone()
        }
    }

    /// The sentence `text` in this language.
    pub fn tr(self, text: Text) -> &'static str {
        let (fr, en) = text.translations();
        match self {
            Language::Fr => fr,
            Language::En => en,
        }
    }
}

/// A sentence of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Text {
    /// Label of the Journée tab.
    TabDay,
    /// Label of the Carte tab.
    TabMap,
    /// Label of the Interventions tab.
    TabInterventions,
    /// Label of the Réglages tab.
    TabSettings,
    /// Accessible name of the bottom navigation.
    MainNavigation,
    /// Button and title of the about panel.
    About,
    /// What the app is, in one line.
    AboutSummary,
    /// Label before the version number.
    Version,
    /// Label before the OpenStreetMap credit.
    MapDataCredit,
    /// Closes a panel.
    Close,
    /// Banner shown when a new version is installed and waiting.
    UpdateReady,
    /// Button applying the waiting version.
    Reload,
    /// Heading of the language choice.
    LanguageHeading,
    /// Day tab when nothing is planned.
    DayEmptyTitle,
    /// What to do about an empty day.
    DayEmptyHint,
    /// Map tab when no road region is loaded.
    MapEmptyTitle,
    /// What the map will show.
    MapEmptyHint,
    /// Interventions tab with no job.
    InterventionsEmptyTitle,
    /// How jobs will arrive.
    InterventionsEmptyHint,
    /// Stored settings could not be read and were set aside.
    SettingsSetAside,
    /// The browser blocks the site's storage.
    StorageBlocked,
    /// Acknowledges a notice.
    Dismiss,
    /// Shown while the device has no network.
    Offline,
    /// Heading of the road region card.
    RegionHeading,
    /// While the region loads.
    RegionLoading,
    /// Unit after the number of junctions.
    Junctions,
    /// Unit after the length of the network.
    KmOfRoads,
    /// Before the date of the OSM data.
    OsmDataOf,
    /// Marks the embedded demo region.
    RegionBuiltin,
    /// Before the extract's file name.
    RegionBuiltFrom,
    /// Button to add a region from an OSM extract or a region pack.
    BuildFromExtract,
    /// What adding a region does.
    BuildHint,
    /// Button to go back to the embedded demo region.
    UseDemoRegion,
    /// Heading of the packs deployed with the app.
    DeployedHeading,
    /// Marks the technician whose phone this is.
    MyPhone,
    /// Before today's date, when the day planned is another.
    NotToday,
    /// Confirms re-planning a day that is not today.
    ReplanOtherDay,
    /// No pack was deployed with this installation.
    NoDeployedRegions,
    /// The list of deployed packs could not be had.
    DeployedUnavailable,
    /// Button: download a deployed pack and use it.
    DownloadAndUse,
    /// Marks the deployed pack in use.
    InUse,
    /// A newer version of the pack in use is deployed.
    UpdateAvailable,
    /// Button: download the newer pack.
    UpdatePack,
    /// While a pack downloads.
    Downloading,
    /// Title of a failed download.
    DownloadFailed,
    /// Marks the demonstration wherever it shows.
    DemoLabel,
    /// The banner shown while the demo is in use.
    DemoBanner,
    /// The banner shown while the demo region is in use with the user's own day.
    DemoRegionBanner,
    /// How the region in use came: deployed with the app.
    RegionDeployed,
    /// Opens the first-start setup.
    MyCrewMyRegion,
    /// First words of the setup.
    SetupIntro,
    /// Heading of the region step.
    SetupRegionStep,
    /// Heading of the crew step.
    SetupCrewStep,
    /// Button: build or add the region from a file.
    SetupFromFile,
    /// Button: keep the demonstration.
    SetupStayOnDemo,
    /// Button: go to the crew step.
    SetupNext,
    /// Button: back to the region step.
    SetupBack,
    /// What a home may be.
    SetupHomeHint,
    /// Label of a technician's home in the setup.
    SetupHome,
    /// Adds a row to the crew.
    SetupAddMember,
    /// Removes a row of the crew.
    SetupRemoveMember,
    /// Ends the setup.
    SetupStart,
    /// Closes the setup without changes.
    SetupLater,
    /// The region chosen so far.
    SetupRegionChosen,
    /// What finishing does to the demo day.
    SetupCrewReplaces,
    /// At least one technician is needed.
    SetupNeedsOne,
    /// Stops a running build.
    Cancel,
    /// Title of a failed build.
    BuildFailed,
    /// After a failed or refused build: the way that always works, a pack built on a computer.
    BuildOnComputer,
    /// A file too large to build on this phone: memory it would need (followed by MB).
    BuildNeedsMemory,
    /// ... and the memory the phone has (followed by GB).
    PhoneMemory,
    /// A file larger than the app accepts to build (followed by MB).
    ExtractTooLarge,
    /// A stored region could not be read and was set aside.
    StoredRegionSetAside,
    /// Build step: reading the roads.
    StageWays,
    /// Build step: reading the node positions.
    StageNodes,
    /// Build step: assembling the network.
    StageNetwork,
    /// Build step: preparing fast routing.
    StageContraction,
    /// Build step: saving.
    StageWriting,
    /// While the day is optimised.
    PlanSolving,
    /// Import a file.
    ImportFile,
    /// Open the paste box.
    PasteFromSpreadsheet,
    /// Label of the paste box.
    PasteLabel,
    /// Import the pasted text.
    ImportPasted,
    /// What the import accepts.
    ImportHint,
    /// Heading of the import report.
    ImportReportHeading,
    /// Count of added jobs.
    ImportAdded,
    /// Count of identical jobs.
    ImportUnchanged,
    /// Count of conflicting jobs.
    ImportConflicts,
    /// Count of refused rows.
    ImportErrors,
    /// Heading of the warnings.
    ImportWarnings,
    /// The demo jobs were replaced.
    ImportReplacedDemo,
    /// The whole day was replaced.
    ImportReplacedDay,
    /// Undo a day replacement.
    RestorePreviousDay,
    /// Add a job by hand.
    AddIntervention,
    /// Title of the edit form.
    EditIntervention,
    /// Edit button.
    Edit,
    /// Delete button.
    Delete,
    /// Second tap of a deletion.
    ConfirmDelete,
    /// Save button.
    Save,
    /// The user's own day.
    YourDay,
    /// Form label.
    FieldId,
    /// Form label.
    FieldCustomer,
    /// Form label.
    FieldPhone,
    /// Form label.
    FieldCommune,
    /// Between commune and coordinates.
    OrCoordinates,
    /// Form label.
    FieldLat,
    /// Form label.
    FieldLon,
    /// Form label.
    FieldDuration,
    /// Form label.
    FieldWindows,
    /// Form label.
    FieldNotes,
    /// Form label.
    FieldPriority,
    /// Form label.
    FieldOptional,
    /// Normal urgency.
    PriorityNormal,
    /// Status button.
    Arrived,
    /// Status button.
    Finished,
    /// Status button.
    Failed,
    /// Status button.
    Postpone,
    /// Undo the last status.
    Reopen,
    /// Label of the failure reason.
    FailureReason,
    /// Record the failure.
    ConfirmFailure,
    /// Status badge.
    OnSiteSince,
    /// Status badge.
    DoneAt,
    /// Status badge.
    FailedAt,
    /// One-tap failure reason: the customer was not there.
    FailureCustomerAbsent,
    /// One-tap failure reason: the place could not be reached or entered.
    FailureNoAccess,
    /// One-tap failure reason: a part or a tool was missing.
    FailureMissingEquipment,
    /// The lunch break's line in a technician's day.
    LunchBreak,
    /// The map of the region is being drawn.
    MapLoading,
    /// Neither the stored region nor the demo could be read.
    NoReadableRegion,
    /// What the map shows once drawn.
    MapLoadingHint,
    /// Status badge.
    PostponedAt,
    /// Re-plan from now.
    Replan,
    /// Heading of a re-plan proposal.
    ProposalHeading,
    /// Nothing changes for customers.
    ProposalNoChange,
    /// Customers whose window is missed.
    MissedHeading,
    /// Customers whose time moves.
    MovedHeading,
    /// Prepared SMS for a missed window.
    SmsNewSlot,
    /// Prepared SMS for a moved time.
    SmsNewTime,
    /// Accept the proposal.
    AcceptPlan,
    /// Reject the proposal.
    KeepPlan,
    /// A stop dropped by the re-plan.
    NotPlannedAnyMore,
    /// A stop now late.
    OutOfWindow,
    /// Label of the crew lead's hand-over.
    GiveTo,
    /// Undo a hand-over.
    FreeJob,
    /// Form label.
    TechId,
    /// Form label.
    TechName,
    /// Form label.
    TechStart,
    /// Form label.
    TechEnd,
    /// Form label.
    TechHome,
    /// Form label.
    TechEndPlace,
    /// Form label.
    TechLunchWindow,
    /// Form label.
    TechLunchLength,
    /// Form label.
    TechSkills,
    /// Form label.
    TechMaxJobs,
    /// Form label.
    TechMaxWork,
    /// Form label.
    TechOvertime,
    /// Title of the technician form.
    TechnicianHeading,
    /// Heading of the crew card.
    CrewHeading,
    /// Label of the date.
    PlanningDate,
    /// What the date decides.
    PlanningDateHint,
    /// Add button.
    AddTechnician,
    /// Lunch.
    Lunch,
    /// Empty the list.
    ClearAll,
    /// Second tap.
    ConfirmClearAll,
    /// Map button.
    ZoomIn,
    /// Map button.
    ZoomOut,
    /// Map button.
    WholeRegion,
    /// Map button.
    LocateMe,
    /// Legend of the position.
    YouAreHere,
    /// How to use the map.
    MapGestures,
    /// Everything is ready.
    ReadyAll,
    /// Something is not ready.
    ReadyNotYet,
    /// Point of the check.
    ReadyPlan,
    /// What to do.
    ReadyPlanTodo,
    /// Point of the check.
    ReadyDay,
    /// What to do.
    ReadyDayTodo,
    /// Point of the check.
    ReadyRegion,
    /// What to do.
    ReadyRegionTodo,
    /// Point of the check.
    ReadyApp,
    /// What to do.
    ReadyAppTodo,
    /// Point of the check.
    ReadyStorage,
    /// What to do.
    ReadyStorageTodo,
    /// Button.
    CheckAgain,
    /// Label in the about panel.
    MemoryUsed,
    /// Label of the pins.
    PinHere,
    /// Pin button.
    PinFirst,
    /// Pin button.
    PinLast,
    /// Button and map label.
    PickOnMap,
    /// How to pick.
    PickHint,
    /// Leaving time.
    Departure,
    /// The phone's own navigation.
    PhoneGps,
    /// End of service.
    Until,
    /// Heading of the exports.
    ExportHeading,
    /// Exports for every technician at once.
    WholeCrew,
    /// Calendar file button.
    ExportCalendar,
    /// GPS track button.
    ExportTrack,
    /// Spreadsheet button.
    ExportSpreadsheet,
    /// Plan file button.
    ExportPlanFile,
    /// Start the optimiser again.
    Optimise,
    /// The stored day could not be read and was set aside.
    StoredDaySetAside,
    /// The day could not be stored.
    DayNotSaved,
    /// Above a form opened again on what was typed before.
    DraftResumed,
    /// Empties a form opened again on a draft.
    DraftRestart,
    /// The add button when a new intervention was left half-filled.
    ResumeDraft,
    /// An event of the log could not be stored.
    LogNotSaved,
    /// The plan could not be stored.
    PlanNotSaved,
    /// A change was not stored because another tab stored the day or the plan since.
    ChangedInAnotherTab,
    /// A change was not stored over what a newer version of the app stored.
    StoredByNewerVersion,
    /// Records of the log could not be read (kept as they are).
    LogRecordsUnreadable,
    /// Title when optimising failed.
    PlanFailed,
    /// Before the time back at the depot.
    BackAt,
    /// Before the minutes of overtime in a technician's totals.
    Overtime,
    /// The dispatcher's choice in the crew card.
    FewestTechnicians,
    /// A technician given no intervention today.
    FreeToday,
    /// Before a technician's longest working day in the crew card.
    AtMost,
    /// Unit after minutes of driving.
    MinutesDriving,
    /// Unit after the number of stops.
    Stops,
    /// Before an appointment window.
    Window,
    /// Before a drive time.
    Drive,
    /// Marks an estimated drive time.
    Estimated,
    /// Before a wait.
    Wait,
    /// A stop that will be late.
    LateBy,
    /// A stop with little margin.
    MarginOf,
    /// Heading of the jobs left out.
    UnplannedHeading,
    /// Tells the plan is a demo day.
    DemoDay,
    /// Label of a job's required skills.
    SkillsLabel,
    /// Vital customer badge.
    PriorityVital,
    /// Emergency badge.
    PriorityEmergency,
    /// Low priority badge.
    PriorityLow,
    /// Optional job badge.
    OptionalJob,
    /// Any time (no appointment window).
    AnyTime,
    /// Call the customer.
    Call,
    /// Text the customer the arrival time.
    Sms,
    /// Before a navigation app's name.
    NavigateWith,
    /// The stored day is from a newer version of the app.
    NewerDayTitle,
    /// Label before a record's schema number.
    SchemaLabel,
    /// What is kept of a newer version's day and the two ways on.
    NewerDayKept,
    /// Sets the newer version's day aside and starts anew.
    SetAsideAndStart,
    /// Something could not be done, and nothing was changed.
    NothingChanged,
    /// Heading of the records set aside.
    AsideHeading,
    /// What the records set aside are.
    AsideHint,
    /// A day set aside.
    AsideDay,
    /// A region pack set aside.
    AsideRegion,
    /// Settings set aside.
    AsideSettings,
    /// An event of the log kept unread.
    AsideLogRecord,
    /// A record left where it was.
    AsideInPlace,
    /// Before the date a record was set aside.
    AsideSetAsideOn,
    /// A record set aside by an earlier version of the app.
    AsideByEarlierVersion,
    /// After a count of interventions.
    AsideInterventions,
    /// After a count of technicians.
    AsideTechnicians,
    /// A record from a newer version.
    AsideNewerVersion,
    /// A record this version cannot read.
    AsideUnreadable,
    /// How to put a region pack back.
    AsideRegionHint,
    /// What an unreadable log event is.
    AsideLogRecordHint,
    /// Offers a record as a file.
    AsideDownload,
    /// Puts a record back.
    AsideRestore,
    /// A record was put back.
    AsideRestored,
    /// The records set aside could not be listed.
    AsideNotListed,
}

impl Text {
    /// The (French, English) pair for this sentence.
    fn translations(self) -> (&'static str, &'static str) {
        match self {
            Text::TabDay => ("Journée", "Day"),
            Text::TabMap => ("Carte", "Map"),
            Text::TabInterventions => ("Interventions", "Jobs"),
            Text::TabSettings => ("Réglages", "Settings"),
            Text::MainNavigation => ("Navigation principale", "Main navigation"),
            Text::About => ("À propos", "About"),
            Text::AboutSummary => (
                "Planification des tournées d'intervention, entièrement hors ligne.",
                "Route planning for field technicians, fully offline.",
            ),
            Text::Version => ("Version", "Version"),
            Text::MapDataCredit => ("Données routières", "Road data"),
            Text::Close => ("Fermer", "Close"),
            Text::UpdateReady => ("Nouvelle version disponible", "New version available"),
            Text::Reload => ("Recharger", "Reload"),
            Text::LanguageHeading => ("Langue", "Language"),
            Text::DayEmptyTitle => ("Aucun plan pour aujourd'hui", "No plan for today"),
            Text::DayEmptyHint => (
                "Ajoutez les interventions du jour pour préparer la tournée.",
                "Add today's jobs to prepare the round.",
            ),
            Text::MapEmptyTitle => ("Aucune région routière chargée", "No road region loaded"),
            Text::MapEmptyHint => (
                "La carte des routes et le trajet s'afficheront ici, sans réseau.",
                "The road map and the route will show here, with no network.",
            ),
            Text::InterventionsEmptyTitle => ("Aucune intervention", "No jobs"),
            Text::InterventionsEmptyHint => (
                "Importez un fichier du jour ou saisissez une intervention.",
                "Import today's file or type a job in.",
            ),
            Text::StorageBlocked => (
                "Le navigateur bloque le stockage de Tournée : rien de ce que vous saisissez ne sera gardé après cette visite, ni disponible hors ligne. Autorisez les cookies et données de site pour cette adresse.",
                "The browser blocks Tournée's storage: nothing you enter will be kept after this visit, nor be available offline. Allow cookies and site data for this address.",
            ),
            Text::SettingsSetAside => (
                "Réglages enregistrés illisibles : mis de côté, réglages par défaut utilisés.",
                "Stored settings were unreadable: set aside, defaults in use.",
            ),
            Text::Dismiss => ("J'ai compris", "Got it"),
            Text::Offline => ("Hors ligne", "Offline"),
            Text::RegionHeading => ("Région routière", "Road region"),
            Text::RegionLoading => ("Chargement de la région…", "Loading the region…"),
            Text::Junctions => ("carrefours", "junctions"),
            Text::KmOfRoads => ("km de routes", "km of roads"),
            Text::OsmDataOf => ("Données OSM du", "OSM data of"),
            Text::RegionBuiltin => ("Région de démonstration intégrée", "Built-in demo region"),
            Text::RegionBuiltFrom => ("Construite depuis", "Built from"),
            Text::BuildFromExtract => ("Ajouter une région (.osm.pbf ou .bin)", "Add a region (.osm.pbf or .bin)"),
            Text::BuildHint => (
                "Un extrait OSM (.osm.pbf) est préparé sur ce téléphone ; un paquet de région (.bin) est vérifié. La région est ensuite gardée pour travailler sans réseau.",
                "An OSM extract (.osm.pbf) is prepared on this phone; a region pack (.bin) is checked. The region is then kept for working offline.",
            ),
            Text::UseDemoRegion => ("Revenir à la région de démonstration", "Back to the demo region"),
            Text::NotToday => ("Ce n'est pas la journée d'aujourd'hui. Nous sommes le", "This is not today's plan. Today is"),
            Text::ReplanOtherDay => ("Replanifier quand même ce jour-là", "Re-plan that day anyway"),
            Text::MyPhone => ("C'est mon téléphone (ma position, pour replanifier)", "This is my phone (my position, for re-planning)"),
            Text::DeployedHeading => ("Régions déployées avec l'application", "Regions deployed with the app"),
            Text::NoDeployedRegions => ("Aucune région n'a été déployée avec cette installation : ajoutez la vôtre depuis un fichier ci-dessous, ou demandez-la à qui a installé Tournée.", "No region was deployed with this installation: add yours from a file below, or ask whoever installed Tournée."),
            Text::DeployedUnavailable => ("Liste des régions déployées indisponible", "List of deployed regions unavailable"),
            Text::DownloadAndUse => ("Télécharger et utiliser", "Download and use"),
            Text::InUse => ("✓ En service, gardée hors ligne", "✓ In use, kept offline"),
            Text::UpdateAvailable => ("Une version plus récente a été déployée", "A newer version has been deployed"),
            Text::UpdatePack => ("Mettre à jour", "Update"),
            Text::Downloading => ("Téléchargement", "Downloading"),
            Text::DownloadFailed => ("Téléchargement impossible : la région en service n'a pas changé", "Download failed: the region in use did not change"),
            Text::DemoLabel => ("Démonstration", "Demonstration"),
            Text::DemoRegionBanner => ("Démonstration : les routes d'Andorre, pas celles de votre équipe.", "Demonstration: the roads of Andorra, not your crew's."),
            Text::RegionDeployed => ("Déployée avec l'application", "Deployed with the app"),
            Text::DemoBanner => ("Démonstration : Andorre et deux techniciens fictifs.", "Demonstration: Andorra and two made-up technicians."),
            Text::MyCrewMyRegion => ("Mon équipe, ma région", "My crew, my region"),
            Text::SetupIntro => ("Deux questions pour préparer vos journées : où travaillez-vous, et qui est dans l'équipe ?", "Two questions to prepare your days: where do you work, and who is in the crew?"),
            Text::SetupRegionStep => ("1. Votre région", "1. Your region"),
            Text::SetupCrewStep => ("2. Votre équipe", "2. Your crew"),
            Text::SetupFromFile => ("Depuis un fichier (.osm.pbf ou .bin)", "From a file (.osm.pbf or .bin)"),
            Text::SetupStayOnDemo => ("Essayer la démonstration (Andorre)", "Try the demonstration (Andorra)"),
            Text::SetupNext => ("Suivant : l'équipe", "Next: the crew"),
            Text::SetupBack => ("Retour", "Back"),
            Text::SetupHome => ("Domicile (départ et retour)", "Home (start and end of the day)"),
            Text::SetupHomeHint => ("Commune, code postal ou « latitude, longitude »", "Commune, postal code or \"latitude, longitude\""),
            Text::SetupAddMember => ("+ Un technicien de plus", "+ One more technician"),
            Text::SetupRemoveMember => ("Retirer", "Remove"),
            Text::SetupStart => ("Commencer", "Start"),
            Text::SetupLater => ("Plus tard", "Later"),
            Text::SetupRegionChosen => ("Région choisie :", "Region chosen:"),
            Text::SetupCrewReplaces => ("L'équipe remplace les techniciens de la démonstration ; la journée de démonstration est retirée, importez ensuite vos interventions.", "The crew replaces the demonstration's technicians; the demo day is removed, then import your jobs."),
            Text::SetupNeedsOne => ("Indiquez au moins un technicien.", "Enter at least one technician."),
            Text::Cancel => ("Annuler", "Cancel"),
            Text::BuildFailed => ("Construction impossible", "Build failed"),
            Text::BuildOnComputer => (
                "Pour une grande région, construisez le paquet sur un ordinateur (tournee pack build … --within 04, voir le README), puis ajoutez ici le fichier .bin.",
                "For a large region, build the pack on a computer (tournee pack build … --within 04, see the README), then add the .bin file here.",
            ),
            Text::BuildNeedsMemory => ("préparer ce fichier demande environ", "preparing this file needs about"),
            Text::PhoneMemory => ("de mémoire, ce téléphone en a", "of memory, this phone has"),
            Text::ExtractTooLarge => ("fichier trop volumineux pour un téléphone, plus de", "file too large for a phone, over"),
            Text::StoredRegionSetAside => (
                "Région enregistrée illisible : mise de côté, région de démonstration utilisée.",
                "Stored region unreadable: set aside, demo region in use.",
            ),
            Text::StageWays => ("Lecture des routes", "Reading the roads"),
            Text::StageNodes => ("Lecture des positions", "Reading the positions"),
            Text::StageNetwork => ("Assemblage du réseau", "Assembling the network"),
            Text::StageContraction => ("Préparation des itinéraires", "Preparing the routes"),
            Text::StageWriting => ("Enregistrement", "Saving"),
            Text::PlanSolving => ("Optimisation de la journée…", "Optimising the day…"),
            Text::ImportFile => ("Importer un fichier (CSV ou JSON)", "Import a file (CSV or JSON)"),
            Text::PasteFromSpreadsheet => ("Coller depuis un tableur", "Paste from a spreadsheet"),
            Text::PasteLabel => ("Lignes copiées du tableur, avec la ligne d'en-tête", "Rows copied from the spreadsheet, with the header row"),
            Text::ImportPasted => ("Importer le texte collé", "Import the pasted text"),
            Text::ImportHint => ("Colonnes : id, client, téléphone, commune ou code postal ou lat/lon, durée, créneaux, compétences, priorité, obligatoire, notes.", "Columns: id, client, téléphone, commune or postal code or lat/lon, durée, créneaux, compétences, priorité, obligatoire, notes."),
            Text::ImportReportHeading => ("Résultat de l'import", "Import result"),
            Text::ImportAdded => ("intervention(s) ajoutée(s)", "job(s) added"),
            Text::ImportUnchanged => ("déjà présente(s), identique(s)", "already there, identical"),
            Text::ImportConflicts => ("déjà présente(s) avec un autre contenu : la version du téléphone est gardée", "already there with other content: the phone's version is kept"),
            Text::ImportErrors => ("problème(s) : lignes écartées", "problem(s): rows left out"),
            Text::ImportWarnings => ("Remarques", "Remarks"),
            Text::ImportReplacedDemo => ("Les interventions de démonstration ont été remplacées par celles du fichier.", "The demo jobs were replaced by the file's."),
            Text::ImportReplacedDay => ("La journée a été remplacée par celle du fichier.", "The day was replaced by the file's."),
            Text::RestorePreviousDay => ("Revenir à la journée précédente", "Back to the previous day"),
            Text::AddIntervention => ("Ajouter une intervention", "Add a job"),
            Text::EditIntervention => ("Modifier l'intervention", "Edit the job"),
            Text::Edit => ("Modifier", "Edit"),
            Text::Delete => ("Supprimer", "Delete"),
            Text::ConfirmDelete => ("Confirmer la suppression", "Confirm deletion"),
            Text::Save => ("Enregistrer", "Save"),
            Text::YourDay => ("Votre journée", "Your day"),
            Text::FieldId => ("Référence (n° de ticket)", "Reference (ticket number)"),
            Text::FieldCustomer => ("Client", "Customer"),
            Text::FieldPhone => ("Téléphone", "Phone"),
            Text::FieldCommune => ("Commune ou code postal", "Commune or postal code"),
            Text::OrCoordinates => ("… ou les coordonnées exactes (elles priment sur la commune) :", "… or the exact coordinates (they take precedence over the commune):"),
            Text::FieldLat => ("Latitude", "Latitude"),
            Text::FieldLon => ("Longitude", "Longitude"),
            Text::FieldDuration => ("Durée (45, 1h30…)", "Duration (45, 1h30…)"),
            Text::FieldWindows => ("Créneaux (08:00-10:00 | 14h-16h)", "Windows (08:00-10:00 | 14h-16h)"),
            Text::FieldNotes => ("Notes (accès, code, clé…)", "Notes (access, code, key…)"),
            Text::FieldPriority => ("Urgence", "Urgency"),
            Text::FieldOptional => ("Peut être reportée si la journée est pleine", "May be postponed when the day is full"),
            Text::PriorityNormal => ("Normale", "Normal"),
            Text::Arrived => ("Arrivé", "Arrived"),
            Text::Finished => ("Terminé", "Done"),
            Text::Failed => ("Échec", "Failed"),
            Text::Postpone => ("Reporter", "Postpone"),
            Text::Reopen => ("Annuler le statut", "Undo status"),
            Text::FailureReason => ("Raison de l'échec", "Reason for the failure"),
            Text::ConfirmFailure => ("Enregistrer l'échec", "Record the failure"),
            Text::OnSiteSince => ("Sur place depuis", "On site since"),
            Text::DoneAt => ("Terminé à", "Done at"),
            Text::FailedAt => ("Échec à", "Failed at"),
            Text::FailureCustomerAbsent => ("Client absent", "Customer absent"),
            Text::FailureNoAccess => ("Accès impossible", "No access"),
            Text::FailureMissingEquipment => ("Matériel manquant", "Missing equipment"),
            Text::LunchBreak => ("Pause déjeuner", "Lunch break"),
            Text::MapLoading => ("Carte en préparation…", "Drawing the map…"),
            Text::NoReadableRegion => ("aucune région routière lisible", "no readable road region"),
            Text::MapLoadingHint => (
                "Les routes de la région et les trajets de la journée, dans un instant.",
                "The region's roads and the day's drives, in a moment.",
            ),
            Text::PostponedAt => ("Reporté à", "Postponed at"),
            Text::Replan => ("Replanifier depuis maintenant", "Re-plan from now"),
            Text::ProposalHeading => ("Nouveau plan proposé", "Proposed new plan"),
            Text::ProposalNoChange => ("Aucun client n'est décalé de plus de 5 minutes.", "No customer moves by more than 5 minutes."),
            Text::MissedHeading => ("Rendez-vous qui ne peuvent plus être tenus", "Appointments that can no longer be kept"),
            Text::MovedHeading => ("Horaires qui changent", "Times that change"),
            Text::SmsNewSlot => ("SMS : proposer un autre créneau", "SMS: offer another slot"),
            Text::SmsNewTime => ("SMS : nouvelle heure", "SMS: new time"),
            Text::AcceptPlan => ("Accepter le nouveau plan", "Accept the new plan"),
            Text::KeepPlan => ("Garder le plan actuel", "Keep the current plan"),
            Text::NotPlannedAnyMore => ("n'est plus planifiée", "no longer planned"),
            Text::OutOfWindow => ("hors créneau", "outside the window"),
            Text::GiveTo => ("Confier cette intervention à :", "Give this job to:"),
            Text::FreeJob => ("Laisser l'optimiseur choisir", "Let the optimiser choose"),
            Text::TechId => ("Identifiant (initiales, matricule)", "Identifier (initials, employee number)"),
            Text::TechName => ("Nom", "Name"),
            Text::TechStart => ("Début de journée", "Start of the day"),
            Text::TechEnd => ("Fin de journée (retour)", "End of the day (back)"),
            Text::TechHome => ("Départ : commune, code postal ou « lat, lon »", "Start: commune, postal code or “lat, lon”"),
            Text::TechEndPlace => ("Retour (vide : comme le départ)", "End place (empty: same as start)"),
            Text::TechLunchWindow => ("Pause déjeuner entre (vide : pas de pause)", "Lunch between (empty: no break)"),
            Text::TechLunchLength => ("Durée de la pause (min)", "Lunch length (min)"),
            Text::TechSkills => ("Compétences (fibre, cuivre, génie civil, poteau)", "Skills (fibre, cuivre, génie civil, poteau)"),
            Text::TechMaxJobs => ("Interventions au plus (vide : sans limite)", "Most jobs (empty: no limit)"),
            Text::TechMaxWork => (
                "Durée de travail au plus, départ à retour (8h ; vide : l'horaire seul)",
                "Longest working day, departure to return (8h; empty: the shift alone)",
            ),
            Text::TechOvertime => (
                "Heures sup. possibles après la fin (45 min ; vide : aucune)",
                "Overtime allowed after the end (45 min; empty: none)",
            ),
            Text::TechnicianHeading => ("Profil du technicien", "Technician profile"),
            Text::CrewHeading => ("Équipe et date de la journée", "Crew and date of the day"),
            Text::PlanningDate => ("Date de la journée", "Date of the day"),
            Text::PlanningDateHint => ("Les routes fermées ce jour-là (cols en hiver) sont évitées.", "Roads closed that day (passes in winter) are avoided."),
            Text::AddTechnician => ("Ajouter un technicien", "Add a technician"),
            Text::Lunch => ("pause", "lunch"),
            Text::ClearAll => ("Vider la liste (nouvelle journée)", "Empty the list (new day)"),
            Text::ConfirmClearAll => ("Confirmer : supprimer toutes les interventions", "Confirm: delete every job"),
            Text::ZoomIn => ("Zoomer", "Zoom in"),
            Text::ZoomOut => ("Dézoomer", "Zoom out"),
            Text::WholeRegion => ("Toute la région", "Whole region"),
            Text::LocateMe => ("Me localiser", "Locate me"),
            Text::YouAreHere => ("Vous êtes ici", "You are here"),
            Text::MapGestures => ("Un doigt déplace la carte, deux doigts zooment ; touchez un numéro pour ouvrir l'intervention.", "One finger moves the map, two zoom; tap a number to open the job."),
            Text::ReadyAll => ("Prêt pour la journée, même sans réseau", "Ready for the day, even without signal"),
            Text::ReadyNotYet => ("Pas encore prêt pour partir sans réseau", "Not yet ready to leave without signal"),
            Text::ReadyPlan => ("Plan de la journée calculé", "Day's plan computed"),
            Text::ReadyPlanTodo => ("Plan pas encore prêt : attendez la fin de l'optimisation", "Plan not ready yet: wait for the optimisation"),
            Text::ReadyDay => ("Journée et modifications enregistrées sur le téléphone", "Day and edits saved on the phone"),
            Text::ReadyDayTodo => ("Journée pas encore enregistrée sur le téléphone", "Day not yet saved on the phone"),
            Text::ReadyRegion => ("Région routière disponible hors ligne", "Road region available offline"),
            Text::ReadyRegionTodo => ("Région routière pas encore disponible hors ligne : restez connecté un instant", "Road region not yet offline: stay connected a moment"),
            Text::ReadyApp => ("Application disponible hors ligne", "App available offline"),
            Text::ReadyAppTodo => ("Application pas encore installée hors ligne : rechargez la page une fois connecté", "App not yet offline: reload once while connected"),
            Text::ReadyStorage => ("Stockage protégé (le navigateur ne l'effacera pas)", "Storage protected (the browser will not clear it)"),
            Text::ReadyStorageTodo => ("Stockage non protégé : ajoutez Tournée à l'écran d'accueil pour que le navigateur ne l'efface pas", "Storage not protected: add Tournée to the home screen so the browser keeps it"),
            Text::CheckAgain => ("Vérifier à nouveau", "Check again"),
            Text::MemoryUsed => ("Mémoire de l'application (WebAssembly)", "App memory (WebAssembly)"),
            Text::PinHere => ("Imposer sa place dans cette journée :", "Fix its place in this day:"),
            Text::PinFirst => ("En premier", "First"),
            Text::PinLast => ("En dernier", "Last"),
            Text::PickOnMap => ("Choisir le lieu sur la carte", "Pick the place on the map"),
            Text::PickHint => ("Touchez la carte à l'endroit de l'intervention ; « + » zoome autour du point.", "Tap the map where the job is; “+” zooms around the point."),
            Text::Departure => ("Départ", "Leaves"),
            Text::PhoneGps => ("GPS du téléphone", "the phone's GPS"),
            Text::Until => ("jusqu'à", "until"),
            Text::ExportHeading => ("Exporter le plan", "Export the plan"),
            Text::WholeCrew => ("Toute l'équipe", "Whole crew"),
            Text::ExportCalendar => ("Agenda (.ics)", "Calendar (.ics)"),
            Text::ExportTrack => ("Trace GPS (.gpx)", "GPS track (.gpx)"),
            Text::ExportSpreadsheet => ("Tableur (.csv)", "Spreadsheet (.csv)"),
            Text::ExportPlanFile => ("Plan à partager (.json)", "Plan to share (.json)"),
            Text::Optimise => ("Optimiser", "Optimise"),
            Text::StoredDaySetAside => (
                "Journée enregistrée illisible : mise de côté, journée de démonstration affichée.",
                "Stored day unreadable: set aside, demo day shown.",
            ),
            Text::DayNotSaved => (
                "La journée n'a pas pu être enregistrée sur le téléphone (stockage plein ?).",
                "The day could not be saved on the phone (storage full?).",
            ),
            Text::DraftResumed => ("Saisie reprise là où vous l'aviez laissée.", "Picked up where you left off."),
            Text::DraftRestart => ("Tout effacer", "Clear all"),
            Text::ResumeDraft => ("Reprendre la saisie en cours", "Resume what you were typing"),
            Text::LogNotSaved => (
                "Le dernier statut n'a pas pu être enregistré sur le téléphone (stockage plein ?) : il reste affiché et sera réessayé au prochain.",
                "The last status could not be saved on the phone (storage full?): it stays shown and is tried again with the next one.",
            ),
            Text::PlanNotSaved => (
                "Le plan n'a pas pu être enregistré sur le téléphone (stockage plein ?) : il sera recalculé au prochain lancement.",
                "The plan could not be saved on the phone (storage full?): it will be computed again at the next start.",
            ),
            Text::ChangedInAnotherTab => (
                "Tournée est ouverte dans un autre onglet, qui a modifié la journée : votre dernière modification n'a pas été enregistrée, la journée à jour est affichée.",
                "Tournée is open in another tab, which changed the day: your last change was not saved, the up-to-date day is shown.",
            ),
            Text::StoredByNewerVersion => (
                "Une version plus récente de Tournée a enregistré cette journée : elle est gardée telle quelle. Mettez l'application à jour.",
                "A newer version of Tournée saved this day: it is kept as it is. Update the app.",
            ),
            Text::LogRecordsUnreadable => (
                "Des statuts enregistrés sont illisibles : ils sont gardés tels quels sur le téléphone, les autres sont affichés.",
                "Some saved statuses cannot be read: they are kept as they are on the phone, the others are shown.",
            ),
            Text::PlanFailed => ("Optimisation impossible", "Optimisation failed"),
            Text::BackAt => ("Retour", "Back"),
            Text::Overtime => ("Heures sup. :", "Overtime:"),
            Text::AtMost => ("au plus", "at most"),
            Text::FreeToday => ("Aucune intervention aujourd'hui : disponible", "No intervention today: free"),
            Text::FewestTechnicians => (
                "Envoyer le moins de techniciens possible (les autres restent disponibles)",
                "Send out as few technicians as possible (the others stay free)",
            ),
            Text::MinutesDriving => ("min de route", "min driving"),
            Text::Stops => ("interventions", "jobs"),
            Text::Window => ("Créneau", "Window"),
            Text::Drive => ("trajet", "drive"),
            Text::Estimated => ("estimé", "estimated"),
            Text::Wait => ("attente", "wait"),
            Text::LateBy => ("en retard de", "late by"),
            Text::MarginOf => ("marge", "margin"),
            Text::UnplannedHeading => ("Non planifiées", "Not planned"),
            Text::DemoDay => ("Journée de démonstration", "Demo day"),
            Text::SkillsLabel => ("Compétences", "Skills"),
            Text::PriorityVital => ("Client vital", "Vital customer"),
            Text::PriorityEmergency => ("Urgence", "Emergency"),
            Text::PriorityLow => ("Peut attendre", "Can wait"),
            Text::OptionalJob => ("Facultative", "Optional"),
            Text::AnyTime => ("Sans rendez-vous", "No appointment"),
            Text::Call => ("Appeler", "Call"),
            Text::Sms => ("SMS avec l'heure d'arrivée", "Text the arrival time"),
            Text::NavigateWith => ("Y aller avec", "Navigate with"),
            Text::NewerDayTitle => ("Journée enregistrée par une version plus récente de Tournée", "Day stored by a newer version of Tournée"),
            Text::SchemaLabel => ("schéma", "schema"),
            Text::NewerDayKept => ("Elle n'a pas été modifiée. Mettez l'application à jour pour la retrouver, ou mettez-la de côté pour repartir sur la journée de démonstration : elle restera dans Réglages → Données mises de côté.", "It has not been changed. Update the app to get it back, or set it aside to start again on the demo day: it will stay in Settings → Data set aside."),
            Text::SetAsideAndStart => ("Mettre de côté et repartir", "Set aside and start again"),
            Text::NothingChanged => ("Impossible : rien n'a été modifié", "Not possible: nothing was changed"),
            Text::AsideHeading => ("Données mises de côté", "Data set aside"),
            Text::AsideHint => ("Ce que l'application n'a pas pu lire est gardé ici, jamais effacé. Téléchargez-le pour l'assistance, ou restaurez-le quand cette version le lit.", "What the app could not read is kept here, never deleted. Download it for support, or restore it when this version reads it."),
            Text::AsideDay => ("Journée", "Day"),
            Text::AsideRegion => ("Région routière", "Road region"),
            Text::AsideSettings => ("Réglages", "Settings"),
            Text::AsideLogRecord => ("Événement du journal", "Log event"),
            Text::AsideInPlace => ("gardé à sa place", "kept where it was"),
            Text::AsideSetAsideOn => ("mis de côté le", "set aside on"),
            Text::AsideByEarlierVersion => ("mis de côté par une version précédente", "set aside by an earlier version"),
            Text::AsideInterventions => ("interventions", "jobs"),
            Text::AsideTechnicians => ("techniciens", "technicians"),
            Text::AsideNewerVersion => ("d'une version plus récente de Tournée : mettez l'application à jour", "from a newer version of Tournée: update the app"),
            Text::AsideUnreadable => ("illisible par cette version", "unreadable by this version"),
            Text::AsideRegionHint => ("téléchargez-le puis ajoutez-le comme fichier de région", "download it, then add it as a region file"),
            Text::AsideLogRecordHint => ("illisible par cette version, gardé tel quel : une mise à jour pourra le lire", "unreadable by this version, kept as it is: an update may read it"),
            Text::AsideDownload => ("Télécharger", "Download"),
            Text::AsideRestore => ("Restaurer", "Restore"),
            Text::AsideRestored => ("Restauré. Ce qu'il remplace est mis de côté à son tour.", "Restored. What it replaces is set aside in turn."),
            Text::AsideNotListed => ("Données mises de côté illisibles", "Data set aside could not be read"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_is_the_default_and_both_languages_differ_where_words_do() {
        assert_eq!(Language::default(), Language::Fr);
        assert_eq!(Language::Fr.tr(Text::TabSettings), "Réglages");
        assert_eq!(Language::En.tr(Text::TabSettings), "Settings");
        assert_eq!(Language::En.tag(), "en");
    }

    #[test]
    fn a_job_left_out_is_explained_in_the_interfaces_language() {
        let job = |reason: UnplannedReason| UnplannedJob {
            id: "J".into(),
            customer: "Ferme Riba".into(),
            reason,
            is_break: false,
            distance_m: None,
        };
        let long = job(UnplannedReason::MaxWorkingTime);
        assert_eq!(Language::Fr.unplanned(&long), "durée maximale de travail dépassée");
        assert_eq!(Language::En.unplanned(&long), "longest working day exceeded");
        let far = UnplannedJob { distance_m: Some(2345.2), ..job(UnplannedReason::OffRoad) };
        assert_eq!(Language::Fr.unplanned(&far), "à 2345 m de la route la plus proche : vérifiez ses coordonnées");
        assert_eq!(Language::En.unplanned(&far), "2345 m from the nearest road: check its coordinates");
        let lunch = UnplannedJob {
            id: "pause-T1".into(),
            customer: String::new(),
            is_break: true,
            ..job(UnplannedReason::ShiftTooShort)
        };
        assert_eq!(
            (Language::Fr.unplanned_name(&lunch), Language::En.unplanned_name(&lunch)),
            ("Pause déjeuner".into(), "Lunch break".into())
        );
        assert_eq!(Language::En.unplanned_name(&long), "Ferme Riba");
    }

    #[test]
    fn every_reason_reads_in_both_languages_and_the_english_has_no_french() {
        for reason in [
            UnplannedReason::NoTechnician,
            UnplannedReason::NoTechnicianWithSkill,
            UnplannedReason::WindowUnreachable,
            UnplannedReason::ShiftTooShort,
            UnplannedReason::MaxWorkingTime,
            UnplannedReason::MaxJobsReached,
            UnplannedReason::DisplacedByHigherPriority,
            UnplannedReason::CapacityExceeded,
            UnplannedReason::OffRoad,
        ] {
            let job = UnplannedJob { id: "J".into(), customer: "C".into(), reason, is_break: false, distance_m: None };
            let (fr, en) = (Language::Fr.unplanned(&job), Language::En.unplanned(&job));
            assert_ne!(fr, en, "{reason:?}");
            assert!(!en.contains(" : ") && !en.chars().any(|c| "éèàç".contains(c)), "French left in: {en}");
        }
    }
}
