//! The core (`model`, `road`, `plan`, `io`) never touches the browser: it builds and tests
//! natively and runs unchanged in the worker. Only `app` may name yew, web-sys, gloo,
//! wasm-bindgen or js-sys, and nothing in the core may reach back up into `app`. Inside the
//! core, `model` is the ground floor, `road` and `plan` stand on it, side by side, and `io`
//! reads and writes files of the model without knowing the optimiser.

mod source_files;

use source_files::rust_files;
use std::path::Path;

/// Names the core must not use outside comments.
const BROWSER_ONLY: [&str; 7] = ["yew", "web_sys", "gloo", "wasm_bindgen", "js_sys", "crate::app", "tournee::app"];

/// What each layer of the core must not name outside its tests: the layers above or beside it.
const NOT_BELOW: [(&str, &[&str]); 4] = [
    ("model", &["crate::road", "crate::plan", "crate::io"]),
    ("road", &["crate::plan", "crate::io"]),
    ("plan", &["crate::io"]),
    ("io", &["crate::plan"]),
];

/// Whether `line` uses `name` as a path segment (not inside a longer identifier).
fn names(line: &str, name: &str) -> bool {
    let is_ident = |c: char| c.is_alphanumeric() || c == '_';
    line.match_indices(name).any(|(at, _)| {
        let before = line[..at].chars().next_back();
        let after = line[at + name.len()..].chars().next();
        !before.is_some_and(is_ident) && !after.is_some_and(is_ident)
    })
}

/// The names of `forbidden` each line of `text` uses outside comments, with its line number.
fn uses<'a>(text: &str, forbidden: &[&'a str]) -> Vec<(usize, &'a str)> {
    text.lines()
        .enumerate()
        .filter_map(|(index, line)| {
            let code = line.split("//").next().unwrap_or_default();
            forbidden.iter().find(|name| names(code, name)).map(|name| (index + 1, *name))
        })
        .collect()
}

/// The browser names each line of `text` uses outside comments, with its line number.
fn browser_uses(text: &str) -> Vec<(usize, &'static str)> {
    uses(text, &BROWSER_ONLY)
}

/// `text` up to its unit tests (`#[cfg(test)]`), which may use any layer to build their data.
fn without_tests(text: &str) -> &str {
    text.find("#[cfg(test)]").map_or(text, |at| &text[..at])
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

#[test]
fn each_layer_of_the_core_looks_only_down() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = Vec::new();
    for (layer, forbidden) in NOT_BELOW {
        for file in rust_files(&root.join(layer)) {
            let text = std::fs::read_to_string(&file).unwrap();
            for (line, name) in uses(without_tests(&text), forbidden) {
                found.push(format!("{}:{line} uses {name}", file.strip_prefix(&root).unwrap().display()));
            }
        }
    }
    assert!(found.is_empty(), "a layer reaches up or sideways:\n{}", found.join("\n"));
}

#[test]
fn the_layer_check_skips_unit_tests_only() {
    let text = "use crate::plan::Problem;\n#[cfg(test)]\nmod tests { use crate::io::read_day_json; }";
    assert_eq!(uses(without_tests(text), &["crate::io", "crate::plan"]), vec![(1, "crate::plan")]);
    assert_eq!(uses(text, &["crate::io"]), vec![(3, "crate::io")]);
}

/// What writes the phone's storage: only the state's side (`planning`, `region`, the stores)
/// calls these; a screen sends an action or calls `planning` instead.
const STORAGE_WRITES: [&str; 9] = [
    "idb::put",
    "idb::put_checked",
    "idb::delete",
    "set_aside::keep",
    "set_aside::forget",
    "set_aside::set_aside_newer_day",
    "day_store::save",
    "plan_store::save_plan",
    "proof_store::store",
];

#[test]
fn screens_never_write_the_storage_themselves() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/app");
    let mut found = Vec::new();
    let mut files = 0;
    for folder in ["components", "pages"] {
        for file in rust_files(&root.join(folder)) {
            files += 1;
            let text = std::fs::read_to_string(&file).unwrap();
            for (line, name) in uses(without_tests(&text), &STORAGE_WRITES) {
                found.push(format!("{}:{line} calls {name}", file.strip_prefix(&root).unwrap().display()));
            }
        }
    }
    assert!(files > 20, "only {files} files read: the layout moved");
    assert!(found.is_empty(), "a screen writes the storage:\n{}", found.join("\n"));
    let old_notice = "match crate::app::set_aside::set_aside_newer_day().await {";
    assert_eq!(uses(old_notice, &STORAGE_WRITES), vec![(1, "set_aside::set_aside_newer_day")]);
}
