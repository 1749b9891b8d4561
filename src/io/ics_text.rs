//! RFC 5545 content lines: escaping of TEXT values and folding of long lines.
//!
//! Calendar apps (Google, Apple, Outlook, the phone's own) reject or truncate files that get
//! these wrong, and French notes are full of commas, semicolons and accented letters.

/// Longest physical line, in octets, without its CRLF (RFC 5545 §3.1).
const MAX_LINE_OCTETS: usize = 75;

/// `text` as an RFC 5545 TEXT value: `\`, `;`, `,` and line breaks escaped, other controls dropped.
///
/// A line break is `\r\n`, `\n` or a lone `\r`; each becomes the two characters `\n`. Tabs are kept,
/// other control characters are not allowed in TEXT and are removed.
pub(super) fn escape_text(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => escaped.push_str("\\\\"),
            ';' => escaped.push_str("\\;"),
            ',' => escaped.push_str("\\,"),
            '\n' => escaped.push_str("\\n"),
            '\r' => {
                chars.next_if_eq(&'\n');
                escaped.push_str("\\n");
            }
            '\t' => escaped.push('\t'),
            c if c.is_control() => {}
            c => escaped.push(c),
        }
    }
    escaped
}

/// `line` folded for the wire: physical lines of at most 75 octets, each ended by CRLF, every
/// continuation starting with one space; a UTF-8 character is never split between two lines.
pub(super) fn fold_line(line: &str) -> String {
    let mut folded = String::with_capacity(line.len() + line.len() / MAX_LINE_OCTETS * 3 + 2);
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > MAX_LINE_OCTETS {
            folded.push_str("\r\n ");
            width = 1;
        }
        folded.push(c);
        width += c.len_utf8();
    }
    folded.push_str("\r\n");
    folded
}

/// The logical lines of a folded text: continuations joined back, CRLFs removed (for tests).
#[cfg(test)]
pub(super) fn unfold(text: &str) -> Vec<String> {
    text.replace("\r\n ", "").split_terminator("\r\n").map(str::to_string).collect()
}

/// The text an escaped TEXT value stands for (for tests).
#[cfg(test)]
pub(super) fn unescape_text(value: &str) -> String {
    let mut text = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            text.push(c);
            continue;
        }
        match chars.next() {
            Some('n' | 'N') => text.push('\n'),
            Some(other) => text.push(other),
            None => {}
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn special_characters_are_escaped_and_read_back() {
        let notes = "Code 12;34, puis C:\\porte\r\nChien\rchat\tici\u{7}";
        let escaped = escape_text(notes);
        assert_eq!(escaped, "Code 12\\;34\\, puis C:\\\\porte\\nChien\\nchat\tici");
        assert_eq!(unescape_text(&escaped), "Code 12;34, puis C:\\porte\nChien\nchat\tici");
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_a_character() {
        let line = format!("DESCRIPTION:{}", "Élévation à Saint-André-les-Alpes — 🚐 ".repeat(12));
        let folded = fold_line(&line);
        assert!(folded.ends_with("\r\n"));
        let physical: Vec<&str> = folded.split_terminator("\r\n").collect();
        assert!(physical.len() > 5);
        for (index, piece) in physical.iter().enumerate() {
            assert!(piece.len() <= 75, "line {index} is {} octets", piece.len());
            assert_eq!(index > 0, piece.starts_with(' '), "continuations start with one space");
        }
        assert!(physical.iter().any(|piece| piece.len() < 74), "some multi-octet character moved to the next line");
        assert_eq!(unfold(&folded), vec![line]);
    }

    #[test]
    fn a_short_line_is_left_whole() {
        assert_eq!(fold_line("VERSION:2.0"), "VERSION:2.0\r\n");
        let exactly = "X".repeat(75);
        assert_eq!(fold_line(&exactly), format!("{exactly}\r\n"));
        assert_eq!(fold_line(&format!("{exactly}Y")), format!("{exactly}\r\n Y\r\n"));
    }
}
