//! The words an exported file holds besides the user's own data (titles, labels, column
//! headers, reasons), asked of the interface, which says them in the user's language: the
//! exporters themselves speak no language.

use crate::model::UnplannedJob;

/// Number of columns of the plan's spreadsheet.
pub const PLAN_CSV_COLUMNS: usize = 18;

/// A fixed word or label of an exported file. Labels followed by a value carry their own
/// separator (« Créneau : » in French, "Window: " in English).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportWord {
    /// Title of a day's calendar or track, before its date: « Tournée du », "Route of".
    RouteOf,
    /// A technician's lunch break, as an event's title.
    LunchBreak,
    /// Label before the technician's name.
    TechnicianLabel,
    /// Label before an appointment window.
    WindowLabel,
    /// Label before the planned arrival.
    ArrivalLabel,
    /// Before the minutes waited: « attente », "wait".
    Waiting,
    /// Label before the minutes of driving.
    DriveLabel,
    /// After a drive that is a straight-line estimate.
    StraightLineEstimate,
    /// Label before the minutes late on the window.
    LateLabel,
    /// Label before the customer's phone.
    PhoneLabel,
    /// Label before the technician's notes.
    NotesLabel,
    /// Label before the street address.
    AddressLabel,
    /// Before a lunch break's window: « Pause à prendre entre », "Break to take between".
    BreakBetween,
    /// Between the two ends of a lunch break's window: « et », "and".
    And,
    /// Before a stop's service times in a GPS waypoint.
    Intervention,
    /// Short label before an appointment window in a GPS waypoint.
    WindowShort,
    /// Short label before a phone number in a GPS waypoint.
    PhoneShort,
    /// Yes, in a spreadsheet cell.
    Yes,
    /// No, in a spreadsheet cell.
    No,
    /// Title of the date column of a spreadsheet over several days.
    DateColumn,
}

/// The words of exported files in one language; the interface implements it.
pub trait ExportWords {
    /// The word or label `word`.
    fn word(&self, word: ExportWord) -> &'static str;
    /// The plan spreadsheet's column titles, in the order [`crate::io::write_plan_csv`] fills them.
    fn plan_csv_header(&self) -> [&'static str; PLAN_CSV_COLUMNS];
    /// Why `job` was left out of the day.
    fn unplanned(&self, job: &UnplannedJob) -> String;
}
