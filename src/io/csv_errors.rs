//! What can go wrong when importing interventions from CSV, in words a dispatcher understands.
//!
//! Errors reject a row (or the whole file); warnings reject nothing. Both are
//! pinned to a line and column by [`super::Located`].

use crate::model::TimeError;
use crate::road::{CommuneError, CoordinateError};
use thiserror::Error;

/// What stops the file or a row from being imported.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum CsvError {
    /// The text is over [`MAX_CSV_BYTES`](super::MAX_CSV_BYTES).
    #[error("text too long: {bytes} bytes, at most {max}")]
    TooLarge {
        /// Size of the text.
        bytes: usize,
        /// The most accepted.
        max: usize,
    },
    /// More data rows than [`MAX_CSV_ROWS`](super::MAX_CSV_ROWS).
    #[error("too many rows: {rows}, at most {max}")]
    TooManyRows {
        /// Data rows in the text.
        rows: usize,
        /// The most accepted.
        max: usize,
    },
    /// Nothing but blank lines.
    #[error("empty file: no header line")]
    Empty,
    /// A quote opened on this line is never closed; the rest of the file was swallowed.
    #[error("unclosed quote: rest of the file ignored")]
    UnclosedQuote,
    /// A required column is absent from the header line.
    #[error("required column missing from the header: \"{0}\"")]
    MissingColumn(String),
    /// No column gives the place: neither a commune or postal code, nor latitude and longitude.
    #[error("required column missing from the header: commune (or latitude and longitude)")]
    MissingPlaceColumns,
    /// A row with another number of fields than the header.
    #[error("{found} fields instead of {expected}")]
    FieldCount {
        /// Fields of the header line.
        expected: usize,
        /// Fields of this row.
        found: usize,
    },
    /// A required cell is empty.
    #[error("required value missing")]
    MissingValue,
    /// The id was already used by the row starting on `first_line`.
    #[error("id \"{id}\" already used on line {first_line}")]
    DuplicateId {
        /// The id used twice.
        id: String,
        /// Line of the row that used it first.
        first_line: usize,
    },
    /// Neither coordinates nor a commune or postal code.
    #[error("no place: no commune, postal code or coordinates")]
    NoLocation,
    /// A coordinate that is not a number.
    #[error("unreadable number \"{0}\"")]
    Number(String),
    /// A coordinate out of range (or NaN).
    #[error(transparent)]
    Coordinate(#[from] CoordinateError),
    /// A commune or postal code that is unknown or ambiguous; names candidates or suggestions.
    #[error(transparent)]
    Commune(#[from] CommuneError),
    /// An unreadable or impossible appointment window.
    #[error(transparent)]
    Window(#[from] TimeError),
    /// A duration that cannot be read.
    #[error("unreadable duration \"{0}\"")]
    Duration(String),
    /// A duration of zero or less.
    #[error("zero or negative duration \"{0}\"")]
    DurationNotPositive(String),
    /// A duration over a day, surely a typo.
    #[error("duration over 24 h \"{0}\"")]
    DurationTooLong(String),
    /// A skill the planner does not know.
    #[error("unknown skill \"{0}\"")]
    UnknownSkill(String),
    /// A priority the planner does not know.
    #[error("unknown priority \"{0}\"")]
    UnknownPriority(String),
    /// A date that is neither `2026-12-08` nor `08/12/2026`.
    #[error("unreadable date \"{0}\" (expected YYYY-MM-DD or DD/MM/YYYY)")]
    UnreadableDate(String),
    /// A date written right that is not in the calendar (`31/04/2026`, `2026-13-01`).
    #[error("impossible date \"{0}\"")]
    ImpossibleDate(String),
    /// A must-do flag that is neither yes nor no.
    #[error("unknown yes/no value \"{0}\"")]
    UnknownInclusion(String),
}

/// Something the user should know, which does not stop the import.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum CsvWarning {
    /// Header cells that name no known column; their data are ignored.
    #[error("unknown columns ignored: {:?}", .0)]
    UnknownColumns(Vec<String>),
    /// Two header cells for the same data; the first is used.
    #[error("column \"{ignored}\" ignored: \"{kept}\" already gives this data")]
    DuplicateColumn {
        /// The header cell left out.
        ignored: String,
        /// The header cell used.
        kept: String,
    },
    /// Only one of latitude and longitude was given; the commune was used instead.
    #[error("\"{given}\" without \"{missing}\": place taken from the commune")]
    HalfCoordinate {
        /// The coordinate column given.
        given: String,
        /// The one missing.
        missing: String,
    },
    /// The point is far from the department, but swapping lat and lon puts it near `commune`.
    #[error("point far from the region, near {commune} with latitude and longitude swapped")]
    SwappedCoordinates {
        /// The commune the swapped point is near.
        commune: String,
    },
    /// The bytes were not UTF-8 and were read as Windows-1252 (French Excel's "CSV").
    #[error("file read as Windows-1252 (not UTF-8)")]
    Windows1252,
}
