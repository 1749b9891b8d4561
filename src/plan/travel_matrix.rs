//! Travel times between every pair of places of a day.

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// Why a matrix cannot be used for planning.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum MatrixError {
    /// The number of values is not the square of the number of places.
    #[error("matrix of {values} values for {places} places (expected {expected})")]
    NotSquare {
        /// Number of places announced.
        places: usize,
        /// Values given.
        values: usize,
        /// Values needed (`places²`).
        expected: usize,
    },
    /// Going from a place to itself must take no time.
    #[error("travel from place {0} to itself is not zero")]
    NonZeroDiagonal(usize),
}

/// Asymmetric travel times in seconds, `n × n`, row-major: `time(from, to)`.
///
/// Asymmetric because mountain roads are: climbing a pass takes longer than
/// coming down it. Row-major flat storage keeps a row in one cache line run,
/// which is what insertion moves read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TravelMatrix {
    places: usize,
    seconds: Vec<u32>,
}

impl TravelMatrix {
    /// A matrix over `places` places from row-major `seconds`.
    ///
    /// Returns an error when `seconds.len() != places²` or a diagonal entry is not zero.
    /// Complexity: O(n²) for the check.
    pub fn new(places: usize, seconds: Vec<u32>) -> Result<TravelMatrix, MatrixError> {
        let expected = places * places;
        if seconds.len() != expected {
            return Err(MatrixError::NotSquare { places, values: seconds.len(), expected });
        }
        if let Some(place) = (0..places).find(|&i| seconds[i * places + i] != 0) {
            return Err(MatrixError::NonZeroDiagonal(place));
        }
        Ok(TravelMatrix { places, seconds })
    }

    /// Number of places (rows and columns).
    pub fn places(&self) -> usize {
        self.places
    }

    /// Seconds to drive from `from` to `to`. Panics if either index is out of range.
    pub fn time(&self, from: usize, to: usize) -> u32 {
        assert!(from < self.places && to < self.places, "place index out of range");
        self.seconds[from * self.places + to]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_two_directions_apart() {
        // Up to the pass takes longer than down from it.
        let matrix = TravelMatrix::new(2, vec![0, 1500, 1100, 0]).unwrap();
        assert_eq!(matrix.time(0, 1), 1500);
        assert_eq!(matrix.time(1, 0), 1100);
        assert_eq!(matrix.places(), 2);
    }

    #[test]
    fn refuses_ragged_data_and_a_non_zero_diagonal() {
        assert_eq!(
            TravelMatrix::new(2, vec![0, 1, 2]),
            Err(MatrixError::NotSquare { places: 2, values: 3, expected: 4 })
        );
        assert_eq!(TravelMatrix::new(2, vec![0, 1, 2, 5]), Err(MatrixError::NonZeroDiagonal(1)));
    }
}
