//! `tournee pack index`: the list of region packs deployed with the app, as the app reads it.

use tournee::road::pack::deployed::{content_id, PackIndex, INDEX_FILE};

const DEMO: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/static/demo/andorra.bin");

/// A fresh empty folder under the system's temporary directory.
fn folder(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("tournee-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs `tournee pack index <dir>`.
fn index(dir: &std::path::Path) -> Result<String, String> {
    tournee::cli::run(&["pack".into(), "index".into(), dir.to_str().unwrap().into()])
}

#[test]
fn every_pack_of_the_folder_is_listed_with_its_size_and_content_id() {
    let dir = folder("index");
    let demo = std::fs::read(DEMO).unwrap();
    std::fs::write(dir.join("vallee-b.bin"), &demo).unwrap();
    std::fs::write(dir.join("vallee-a.bin"), &demo).unwrap();
    std::fs::write(dir.join("notes.txt"), "pas un paquet").unwrap();
    let printed = index(&dir).unwrap();
    let summary = printed.lines().next().unwrap_or_default();
    assert!(summary.ends_with("2 paquets") || summary.ends_with("2 packs"), "in the locale's language: {printed}");
    let listed = PackIndex::decode(&std::fs::read_to_string(dir.join(INDEX_FILE)).unwrap()).unwrap();
    let files: Vec<&str> = listed.packs.iter().map(|p| p.file.as_str()).collect();
    assert_eq!(files, ["vallee-a.bin", "vallee-b.bin"]);
    let first = &listed.packs[0];
    assert_eq!((first.name.as_str(), first.bytes), ("Andorre", demo.len() as u64));
    assert_eq!(first.content_id, content_id(&demo));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_file_that_is_not_a_pack_stops_the_index_naming_it() {
    let dir = folder("index-bad");
    std::fs::write(dir.join("casse.bin"), b"TOURNEE\x1a\x02\x00\x00\x00tronque").unwrap();
    let error = index(&dir).unwrap_err();
    let damaged = match tournee::cli::help::HelpLanguage::from_environment() {
        tournee::cli::help::HelpLanguage::Fr => "paquet de région endommagé",
        tournee::cli::help::HelpLanguage::En => "region pack damaged",
    };
    assert!(error.contains("casse.bin") && error.contains(damaged), "{error}");
    assert!(!dir.join(INDEX_FILE).exists(), "no list is written from a broken folder");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_shipped_list_matches_the_shipped_packs() {
    let shipped = concat!(env!("CARGO_MANIFEST_DIR"), "/static/regions");
    let copy = folder("index-shipped");
    for entry in std::fs::read_dir(shipped).unwrap().map(Result::unwrap) {
        std::fs::copy(entry.path(), copy.join(entry.file_name())).unwrap();
    }
    index(&copy).unwrap();
    let expected = std::fs::read_to_string(copy.join(INDEX_FILE)).unwrap();
    let committed = std::fs::read_to_string(format!("{shipped}/{INDEX_FILE}")).unwrap();
    assert_eq!(committed, expected, "static/regions/index.json is stale: run tournee pack index static/regions");
    std::fs::remove_dir_all(&copy).unwrap();
}
