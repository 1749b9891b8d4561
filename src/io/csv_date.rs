//! The date cell of the interventions CSV, when a file holds several days: ISO
//! (`2026-12-08`, as the app writes it) or French, day first (`08/12/2026`, as French Excel
//! shows a date; `8/12/2026` and `08.12.2026` too).

use super::CsvError;
use crate::model::IsoDate;

/// The date of a trimmed, non-empty cell.
///
/// Returns [`CsvError::UnreadableDate`] for any other shape (a two-digit year, a month
/// first, a weekday) and [`CsvError::ImpossibleDate`] for a date of the right shape that is
/// not in the calendar (`31/04/2026`, `2026-02-29`).
pub(super) fn parse_date(text: &str) -> Result<IsoDate, CsvError> {
    let unreadable = || CsvError::UnreadableDate(text.to_string());
    let (year, month, day) = if let Some([year, month, day]) = parts(text, '-', [4..=4, 2..=2, 2..=2]) {
        (year, month, day)
    } else if let Some([day, month, year]) =
        ['/', '.'].into_iter().find_map(|separator| parts(text, separator, [1..=2, 1..=2, 4..=4]))
    {
        (year, month, day)
    } else {
        return Err(unreadable());
    };
    // Each part is 1 to 4 ASCII digits, so it fits every integer type here.
    IsoDate::new(year as i32, month, day).ok_or_else(|| CsvError::ImpossibleDate(text.to_string()))
}

/// The three numbers of `text` split at `separator`, each of as many digits as `widths` allows.
fn parts(text: &str, separator: char, widths: [std::ops::RangeInclusive<usize>; 3]) -> Option<[u32; 3]> {
    let pieces: Vec<&str> = text.split(separator).collect();
    let [first, second, third] = pieces[..] else { return None };
    let mut numbers = [0; 3];
    for ((number, piece), width) in numbers.iter_mut().zip([first, second, third]).zip(widths) {
        if !width.contains(&piece.len()) || !piece.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        *number = piece.parse().ok()?;
    }
    Some(numbers)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> String {
        parse_date(text).map(|d| d.to_string()).unwrap_or_else(|e| format!("{e:?}"))
    }

    #[test]
    fn iso_and_french_dates_are_read() {
        assert_eq!(date("2026-12-08"), "2026-12-08");
        assert_eq!(date("08/12/2026"), "2026-12-08", "day first, as in France");
        assert_eq!(date("8/12/2026"), "2026-12-08");
        assert_eq!(date("08.12.2026"), "2026-12-08");
        assert_eq!(date("29/02/2028"), "2028-02-29");
    }

    #[test]
    fn other_shapes_are_unreadable_and_dates_off_the_calendar_impossible() {
        for unreadable in ["08/12/26", "2026/12/08", "2026-12-8", "08-12-2026", "08/12.2026", "mardi", "8 déc. 2026"] {
            assert_eq!(parse_date(unreadable), Err(CsvError::UnreadableDate(unreadable.into())), "{unreadable}");
        }
        for impossible in ["31/04/2026", "29/02/2026", "2026-13-01", "00/12/2026", "2026-12-00"] {
            assert_eq!(parse_date(impossible), Err(CsvError::ImpossibleDate(impossible.into())), "{impossible}");
        }
        assert_eq!(
            CsvError::UnreadableDate("mardi".into()).to_string(),
            "unreadable date \"mardi\" (expected YYYY-MM-DD or DD/MM/YYYY)"
        );
    }
}
