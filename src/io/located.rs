//! An error pinned to a place in the user's file.

use std::fmt;

/// A position in a text file: 1-based line, and the column (name or 1-based number) when known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// 1-based line number.
    pub line: usize,
    /// Column name (CSV header) or 1-based character position, when known.
    pub column: Option<String>,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.column {
            Some(column) => write!(f, "line {}, column {}", self.line, column),
            None => write!(f, "line {}", self.line),
        }
    }
}

/// Any error together with where in the file it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located<E> {
    /// Where the problem is.
    pub location: Location,
    /// What the problem is.
    pub error: E,
}

impl<E: fmt::Display> fmt::Display for Located<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.error)
    }
}

impl<E: fmt::Debug + fmt::Display> std::error::Error for Located<E> {}
