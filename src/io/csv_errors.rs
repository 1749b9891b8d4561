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
    #[error("texte trop long : {bytes} octets, au plus {max} (découpez le fichier)")]
    TooLarge {
        /// Size of the text.
        bytes: usize,
        /// The most accepted.
        max: usize,
    },
    /// More data rows than [`MAX_CSV_ROWS`](super::MAX_CSV_ROWS).
    #[error("trop de lignes : {rows} interventions, au plus {max} (découpez le fichier)")]
    TooManyRows {
        /// Data rows in the text.
        rows: usize,
        /// The most accepted.
        max: usize,
    },
    /// Nothing but blank lines.
    #[error("fichier vide : aucune ligne d'en-tête")]
    Empty,
    /// A quote opened on this line is never closed; the rest of the file was swallowed.
    #[error("guillemet ouvert jamais refermé : la suite du fichier est ignorée")]
    UnclosedQuote,
    /// A required column is absent from the header line.
    #[error("colonne obligatoire absente de l'en-tête : « {0} »")]
    MissingColumn(String),
    /// A row with another number of fields than the header.
    #[error("{found} champs au lieu de {expected} (séparateur ou retour à la ligne dans un texte sans guillemets ?)")]
    FieldCount {
        /// Fields of the header line.
        expected: usize,
        /// Fields of this row.
        found: usize,
    },
    /// A required cell is empty.
    #[error("valeur obligatoire manquante")]
    MissingValue,
    /// The id was already used by the row starting on `first_line`.
    #[error("identifiant « {id} » déjà utilisé ligne {first_line}")]
    DuplicateId {
        /// The id used twice.
        id: String,
        /// Line of the row that used it first.
        first_line: usize,
    },
    /// Neither coordinates nor a commune or postal code.
    #[error("aucun lieu : indiquez une commune, un code postal, ou latitude et longitude")]
    NoLocation,
    /// A coordinate that is not a number.
    #[error("nombre illisible « {0} »")]
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
    #[error("durée illisible « {0} » (attendu en minutes : 90, 45 min, 1h30)")]
    Duration(String),
    /// A duration of zero or less.
    #[error("durée nulle ou négative « {0} »")]
    DurationNotPositive(String),
    /// A duration over a day, surely a typo.
    #[error("durée de plus de 24 h « {0} »")]
    DurationTooLong(String),
    /// A skill the planner does not know.
    #[error("compétence inconnue « {0} » (attendu : fibre, cuivre, génie civil, poteau)")]
    UnknownSkill(String),
    /// A priority the planner does not know.
    #[error("priorité inconnue « {0} » (attendu : vital, urgence, normale, basse)")]
    UnknownPriority(String),
    /// A must-do flag that is neither yes nor no.
    #[error("valeur inconnue « {0} » (attendu : oui ou non)")]
    UnknownInclusion(String),
}

/// Something the user should know, which does not stop the import.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum CsvWarning {
    /// Header cells that name no known column; their data are ignored.
    #[error("colonnes inconnues ignorées : « {} »", .0.join(" », « "))]
    UnknownColumns(Vec<String>),
    /// Two header cells for the same data; the first is used.
    #[error("colonne « {ignored} » ignorée : « {kept} » donne déjà cette donnée")]
    DuplicateColumn {
        /// The header cell left out.
        ignored: String,
        /// The header cell used.
        kept: String,
    },
    /// Only one of latitude and longitude was given; the commune was used instead.
    #[error("« {given} » sans « {missing} » : le lieu est pris à la commune")]
    HalfCoordinate {
        /// The coordinate column given.
        given: String,
        /// The one missing.
        missing: String,
    },
    /// The point is far from the department, but swapping lat and lon puts it near `commune`.
    #[error("point loin des Alpes-de-Haute-Provence, mais près de {commune} si on inverse latitude et longitude")]
    SwappedCoordinates {
        /// The commune the swapped point is near.
        commune: String,
    },
    /// The bytes were not UTF-8 and were read as Windows-1252 (French Excel's "CSV").
    #[error("fichier lu en Windows-1252 (il n'est pas en UTF-8) : vérifiez les accents")]
    Windows1252,
}
