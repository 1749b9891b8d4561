//! The core (`model`, `road`, `plan`, `io`) speaks codes and data: its errors' `Display` is a
//! short English message for developers and logs, and the app words each error for the user
//! in French or English. This fails if an `#[error("…")]` of the core is written in French.

mod source_files;

use source_files::rust_files;
use std::path::Path;

/// The folders of the core.
const CORE: [&str; 4] = ["src/model", "src/road", "src/plan", "src/io"];

/// The app's own name, accent included, is not French prose.
const APP_NAME: &str = "Tournée";

/// The text of each `#[error(…)]` attribute of `source` (an attribute may span lines), with the
/// line it starts on.
fn error_attributes(source: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    let mut open: Option<(usize, String)> = None;
    for (number, line) in source.lines().enumerate() {
        let line_number = number + 1;
        if open.is_none() {
            if let Some(start) = line.find("#[error(") {
                open = Some((line_number, String::new()));
                let rest = &line[start..];
                open.as_mut().unwrap().1.push_str(rest);
                if rest.trim_end().ends_with(")]") {
                    found.push(open.take().unwrap());
                }
            }
        } else if let Some((_, text)) = open.as_mut() {
            text.push(' ');
            text.push_str(line.trim());
            if line.trim_end().ends_with(")]") {
                found.push(open.take().unwrap());
            }
        }
    }
    found
}

/// Why `attribute` reads as French, if it does: an accented letter French uses, « », or a
/// colon with a space before it.
fn french_in(attribute: &str) -> Option<String> {
    let text = attribute.replace(APP_NAME, "");
    if let Some(letter) = text.chars().find(|c| "éèêëàâîïôûùüçœÉÈÊÀÇ".contains(*c)) {
        return Some(format!("the letter {letter}"));
    }
    if text.contains('«') || text.contains('»') {
        return Some("French quotes « »".into());
    }
    text.contains(" : ").then(|| "a space before a colon".into())
}

#[test]
fn no_error_message_of_the_core_is_french() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut french = Vec::new();
    let mut seen = 0;
    for folder in CORE {
        for file in rust_files(&root.join(folder)) {
            let source = std::fs::read_to_string(&file).unwrap();
            for (line, attribute) in error_attributes(&source) {
                seen += 1;
                if let Some(why) = french_in(&attribute) {
                    french.push(format!("{}:{line}: {why}: {attribute}", file.display()));
                }
            }
        }
    }
    assert!(seen > 50, "the check must see the core's error messages, saw {seen}");
    assert!(french.is_empty(), "French in the core's errors (word it in src/app/*_texts.rs):\n{}", french.join("\n"));
}

#[test]
fn the_check_finds_french_in_one_line_or_several() {
    let source = "enum E {\n    #[error(\"ligne {0} : illisible\")]\n    A(usize),\n    #[error(\n        \"« {0} » inconnu\"\n    )]\n    B(String),\n    #[error(\"not a Tournée pack\")]\n    C,\n}";
    let attributes = error_attributes(source);
    assert_eq!(attributes.iter().map(|(line, _)| *line).collect::<Vec<_>>(), [2, 4, 8]);
    assert_eq!(french_in(&attributes[0].1).as_deref(), Some("a space before a colon"));
    assert_eq!(french_in(&attributes[1].1).as_deref(), Some("French quotes « »"));
    assert_eq!(french_in(&attributes[2].1), None, "the app's name is not French prose");
    assert_eq!(french_in("#[error(\"date illisible « {0} »\")]").as_deref(), Some("French quotes « »"));
    assert_eq!(french_in("#[error(\"durée {0}\")]").as_deref(), Some("the letter é"));
}
