//! The core (`model`, `road`, `plan`, `io`) never touches the browser: it builds and tests
//! natively and runs unchanged in the worker. Only `app` may name yew, web-sys, gloo,
//! wasm-bindgen or js-sys, and nothing in the core may reach back up into `app`.

use std::path::{Path, PathBuf};

/// Names the core must not use outside comments.
const BROWSER_ONLY: [&str; 7] = ["yew", "web_sys", "gloo", "wasm_bindgen", "js_sys", "crate::app", "tournee::app"];

/// Every `.rs` file under `dir`, recursively.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

/// Whether `line` uses `name` as a path segment (not inside a longer identifier).
fn names(line: &str, name: &str) -> bool {
    let is_ident = |c: char| c.is_alphanumeric() || c == '_';
    line.match_indices(name).any(|(at, _)| {
        let before = line[..at].chars().next_back();
        let after = line[at + name.len()..].chars().next();
        !before.is_some_and(is_ident) && !after.is_some_and(is_ident)
    })
}

/// The browser names each line of `text` uses outside comments, with its line number.
fn browser_uses(text: &str) -> Vec<(usize, &'static str)> {
    text.lines()
        .enumerate()
        .filter_map(|(index, line)| {
            let code = line.split("//").next().unwrap_or_default();
            BROWSER_ONLY.iter().find(|name| names(code, name)).map(|name| (index + 1, *name))
        })
        .collect()
}

#[test]
fn the_core_never_names_the_browser_or_the_app() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = Vec::new();
    let mut files = 0;
    for layer in ["model", "road", "plan", "io"] {
        for file in rust_files(&root.join(layer)) {
            files += 1;
            let text = std::fs::read_to_string(&file).unwrap();
            for (line, name) in browser_uses(&text) {
                found.push(format!("{}:{line} uses {name}", file.strip_prefix(&root).unwrap().display()));
            }
        }
    }
    assert!(files > 50, "only {files} files read: the layout moved");
    assert!(found.is_empty(), "the core must not touch the browser:\n{}", found.join("\n"));
}

#[test]
fn the_check_sees_a_use_and_ignores_comments_and_longer_names() {
    assert_eq!(browser_uses("use yew::prelude::*;"), vec![(1, "yew")]);
    assert_eq!(browser_uses("fn f() {}\n    let now = js_sys::Date::now();"), vec![(2, "js_sys")]);
    assert_eq!(browser_uses("use crate::app::state;"), vec![(1, "crate::app")]);
    assert!(browser_uses("/// in the app: `js_sys::Date::now()`").is_empty());
    assert!(browser_uses("let yewtree = 1; // web_sys").is_empty());
    assert!(browser_uses("use crate::application;").is_empty());
}
