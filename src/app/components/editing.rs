//! Which record a form is open for: none, a new one, or an existing one (by id).

/// What a form is open for.
#[derive(Debug, Clone, PartialEq)]
pub enum Editing {
    /// No form.
    Closed,
    /// A new record.
    New,
    /// The record with this id.
    Existing(String),
}

impl Editing {
    /// The id of the record the form replaces, if it edits one.
    pub fn replacing(&self) -> Option<String> {
        match self {
            Editing::Existing(id) => Some(id.clone()),
            Editing::Closed | Editing::New => None,
        }
    }
}
