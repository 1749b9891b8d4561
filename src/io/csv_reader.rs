//! A small RFC 4180 reader for the CSV files spreadsheets write, with line numbers.
//!
//! Handles quoted fields, doubled quotes, separators and newlines inside quotes,
//! CRLF, LF or CR line ends, and a UTF-8 byte order mark. It is lenient where
//! spreadsheets and hand edits are sloppy: a quote inside an unquoted field is kept
//! as text, and text after a closing quote is appended to the field. Every field
//! remembers the file line it starts on, so errors point at the right line even
//! after a note spread over several lines.

use std::borrow::Cow;

/// One field as read, unquoted, with the 1-based file line where it starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Field {
    /// 1-based line of the file where the field starts.
    pub line: usize,
    /// The text, quotes removed, doubled quotes undone, line ends inside quotes as `\n`.
    pub text: String,
}

/// One record (a spreadsheet row), which may span several file lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Record {
    /// 1-based line of the file where the record starts.
    pub line: usize,
    /// The fields in order.
    pub fields: Vec<Field>,
}

impl Record {
    /// Whether every field is empty or spaces (a blank line, or `;;;` from a spreadsheet).
    pub fn is_blank(&self) -> bool {
        self.fields.iter().all(|f| f.text.trim().is_empty())
    }
}

/// Everything read from a text: the complete records, and where a quote was left open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct ReadCsv {
    /// Records in file order, blank ones included.
    pub records: Vec<Record>,
    /// Line of a quote never closed; the record holding it is dropped (it swallowed the file's end).
    pub unclosed_quote: Option<usize>,
}

/// The text without its UTF-8 byte order mark, which Excel writes in "CSV UTF-8".
pub(super) fn strip_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// The separator the header line uses: whichever of `;`, tab and `,` occurs most outside quotes.
///
/// Ties go to `;` (French Excel's default), then tab, then `,`, because a French header
/// rarely holds a comma while an English one may hold neither. With none, `;`.
pub(super) fn detect_separator(text: &str) -> char {
    let mut counts = [(';', 0usize), ('\t', 0), (',', 0)];
    let mut in_quotes = false;
    for c in text.chars() {
        if !in_quotes && (c == '\n' || c == '\r') {
            break;
        }
        if c == '"' {
            in_quotes = !in_quotes;
        } else if !in_quotes {
            if let Some(count) = counts.iter_mut().find(|(s, _)| *s == c) {
                count.1 += 1;
            }
        }
    }
    // max_by_key keeps the last maximum, so scan in reverse preference order.
    counts.iter().rev().max_by_key(|(_, n)| *n).map_or(';', |&(s, _)| s)
}

/// Splits `text` (BOM already removed) into records of fields separated by `separator`.
///
/// Complexity: O(n) in the length of the text.
pub(super) fn read_records(text: &str, separator: char) -> ReadCsv {
    let mut records = Vec::new();
    let mut fields = Vec::new();
    let mut field = String::new();
    let (mut line, mut record_line, mut field_line) = (1, 1, 1);
    let (mut in_quotes, mut quote_line) = (false, 0);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let line_end = match c {
            '\r' => {
                chars.next_if_eq(&'\n');
                true
            }
            '\n' => true,
            _ => false,
        };
        if in_quotes {
            match c {
                '"' if chars.next_if_eq(&'"').is_some() => field.push('"'),
                '"' => in_quotes = false,
                _ if line_end => {
                    field.push('\n');
                    line += 1;
                }
                c => field.push(c),
            }
        } else if c == '"' && field.trim().is_empty() {
            field.clear();
            in_quotes = true;
            quote_line = line;
        } else if c == separator {
            fields.push(Field { line: field_line, text: std::mem::take(&mut field) });
            field_line = line;
        } else if line_end {
            fields.push(Field { line: field_line, text: std::mem::take(&mut field) });
            records.push(Record { line: record_line, fields: std::mem::take(&mut fields) });
            line += 1;
            (record_line, field_line) = (line, line);
        } else {
            field.push(c);
        }
    }
    if in_quotes {
        return ReadCsv { records, unclosed_quote: Some(quote_line) };
    }
    if !fields.is_empty() || !field.is_empty() {
        fields.push(Field { line: field_line, text: field });
        records.push(Record { line: record_line, fields });
    }
    ReadCsv { records, unclosed_quote: None }
}

/// Bytes of a file as text: UTF-8 when valid (BOM or not), else Windows-1252.
///
/// French Excel saves "CSV (séparateur : point-virgule)" in Windows-1252, where `é`
/// is the single byte `0xE9`; reading that as UTF-8 would fail on the first accent.
/// Returns the text and whether the Windows-1252 fallback was used.
pub(super) fn decode(bytes: &[u8]) -> (Cow<'_, str>, bool) {
    match std::str::from_utf8(bytes) {
        Ok(text) => (Cow::Borrowed(text), false),
        Err(_) => (Cow::Owned(bytes.iter().map(|&b| windows_1252(b)).collect()), true),
    }
}

/// The character of one Windows-1252 byte (Latin-1 except for 0x80–0x9F).
fn windows_1252(byte: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}', '\u{90}', '‘',
        '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
    ];
    match byte {
        0x80..=0x9f => HIGH[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(read: &ReadCsv) -> Vec<Vec<&str>> {
        read.records.iter().map(|r| r.fields.iter().map(|f| f.text.as_str()).collect()).collect()
    }

    #[test]
    fn quoted_fields_hold_separators_doubled_quotes_and_newlines() {
        let read = read_records("id;notes;x\nA;\"code 1234; sonner \"\"fort\"\"\nchien\";1\nB;;2\n", ';');
        assert_eq!(
            texts(&read),
            [vec!["id", "notes", "x"], vec!["A", "code 1234; sonner \"fort\"\nchien", "1"], vec!["B", "", "2"]]
        );
        let lines: Vec<usize> = read.records.iter().map(|r| r.line).collect();
        assert_eq!(lines, [1, 2, 4], "the record after a two-line note starts on line 4");
        assert_eq!(read.records[1].fields[2].line, 3, "a field after the newline is on the next line");
        assert_eq!(read.unclosed_quote, None);
    }

    #[test]
    fn crlf_and_cr_end_lines_and_a_missing_final_newline_is_fine() {
        let read = read_records("a,b\r\n\"x\r\ny\",z\rlast,1", ',');
        assert_eq!(texts(&read), [vec!["a", "b"], vec!["x\ny", "z"], vec!["last", "1"]]);
        assert_eq!(read.records.iter().map(|r| r.line).collect::<Vec<_>>(), [1, 2, 4]);
    }

    #[test]
    fn blank_lines_are_blank_records_and_trailing_newline_adds_none() {
        let read = read_records("a;b\n\n;\n c ;d\n", ';');
        assert_eq!(read.records.len(), 4);
        assert!(read.records[1].is_blank() && read.records[2].is_blank());
        assert!(!read.records[3].is_blank());
        assert_eq!(read.records[3].fields[0].text, " c ", "spaces are kept for the caller to trim");
    }

    #[test]
    fn stray_quotes_are_kept_and_an_unclosed_quote_is_reported_at_its_line() {
        let read = read_records("a;b\n12\" écran;\"ok\"!\n", ';');
        assert_eq!(texts(&read)[1], ["12\" écran", "ok!"]);
        let read = read_records("a;b\n1;2\n3;\"jamais\nfermé\n", ';');
        assert_eq!(texts(&read), [vec!["a", "b"], vec!["1", "2"]]);
        assert_eq!(read.unclosed_quote, Some(3));
    }

    #[test]
    fn separator_is_detected_from_the_header_outside_quotes() {
        assert_eq!(detect_separator("id;client;commune\n1,2,3,4,5"), ';');
        assert_eq!(detect_separator("id,customer,\"a;b;c\",lat\n"), ',');
        assert_eq!(detect_separator("id\tclient\tnotes, remarques\n"), '\t');
        assert_eq!(detect_separator("id"), ';');
        assert_eq!(detect_separator("a;b,c"), ';', "ties go to the French default");
    }

    #[test]
    fn bom_is_stripped_and_windows_1252_is_decoded() {
        assert_eq!(strip_bom("\u{feff}id;client"), "id;client");
        assert_eq!(strip_bom("id"), "id");
        assert_eq!(decode("Durée".as_bytes()), (Cow::Borrowed("Durée"), false));
        let (text, fallback) = decode(b"Dur\xe9e \x80 \x92 \x9c");
        assert_eq!((text.as_ref(), fallback), ("Durée € ’ œ", true));
    }
}
