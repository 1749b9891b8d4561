//! The `tournee` command line speaks the locale's language in its own messages: French when
//! `LC_ALL`, `LC_MESSAGES` or `LANG` says so, English otherwise (as `--help` does).
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

/// What `tournee args…` writes on standard error under `locale`, and its exit status.
fn stderr_under(locale: &str, args: &[&str]) -> (String, Option<i32>) {
    let output = Command::new(env!("CARGO_BIN_EXE_tournee"))
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", locale)
        .output()
        .expect("tournee runs");
    (String::from_utf8(output.stderr).expect("UTF-8"), output.status.code())
}

#[test]
fn a_missing_argument_is_said_in_the_locales_language_with_the_usage() {
    let (fr, status) = stderr_under("fr_FR.UTF-8", &["route"]);
    assert!(fr.starts_with("tournee : paquet de région manquant\n"), "{fr}");
    assert_eq!(status, Some(2));
    let (en, _) = stderr_under("en_GB.UTF-8", &["route"]);
    assert!(en.starts_with("tournee: missing region pack\n"), "{en}");
    assert!(en.contains("tournee route") && !en.contains("manquant"), "the usage follows, in English: {en}");
}

#[test]
fn an_option_without_its_value_and_a_bad_value_are_said_in_each_language() {
    let (fr, _) = stderr_under("fr_FR.UTF-8", &["matrix", "pack.bin", "--points"]);
    assert_eq!(fr.trim_end(), "tournee : l'option --points attend une valeur");
    let (en, _) = stderr_under("C.UTF-8", &["matrix", "pack.bin", "--points"]);
    assert_eq!(en.trim_end(), "tournee: option --points needs a value");
    let (fr, _) = stderr_under("fr_FR.UTF-8", &["bench", "solomon", "C101.txt", "--seed", "x"]);
    assert_eq!(fr.trim_end(), "tournee : --seed : entier attendu");
    let (en, _) = stderr_under("en_US.UTF-8", &["bench", "solomon", "C101.txt", "--seed", "x"]);
    assert_eq!(en.trim_end(), "tournee: --seed: expected a whole number");
}

#[test]
fn a_file_that_cannot_be_read_is_named_with_the_languages_spacing() {
    let missing = "/nonexistent/tournee-test/pack.bin";
    let (fr, _) = stderr_under("fr_FR.UTF-8", &["route", missing, "--from", "42.5,1.5", "--to", "42.6,1.6"]);
    assert!(fr.starts_with(&format!("tournee : {missing} : ")), "{fr}");
    let (en, _) = stderr_under("en_US.UTF-8", &["route", missing, "--from", "42.5,1.5", "--to", "42.6,1.6"]);
    assert!(en.starts_with(&format!("tournee: {missing}: ")), "{en}");
}

#[test]
fn a_core_error_the_user_meets_is_worded_in_the_locales_language() {
    let dir = std::env::temp_dir().join(format!("tournee-cli-words-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let day = dir.join("day.json");
    std::fs::write(&day, r#"{"date":"2026-02-30","technicians":[],"interventions":[]}"#).unwrap();
    let pack = dir.join("pack.bin");
    std::fs::write(&pack, b"not a pack at all").unwrap();
    let day = day.to_str().unwrap();
    let (fr, _) = stderr_under("fr_FR.UTF-8", &["solve", day]);
    assert!(fr.contains("date : date impossible « 2026-02-30 » : ce mois-là n'a que 28 jours"), "{fr}");
    let (en, _) = stderr_under("en_US.UTF-8", &["solve", day]);
    assert!(en.contains("date: impossible date \"2026-02-30\": that month has only 28 days"), "{en}");
    let route =
        |locale| stderr_under(locale, &["route", pack.to_str().unwrap(), "--from", "42.5,1.5", "--to", "42.6,1.6"]).0;
    assert!(route("fr_FR.UTF-8").contains("ce fichier n'est pas un paquet de région Tournée"));
    assert!(route("en_US.UTF-8").contains("this file is not a Tournée region pack"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn an_import_refused_for_a_bad_date_says_where_in_the_locales_language() {
    let dir = std::env::temp_dir().join(format!("tournee-cli-import-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let csv = dir.join("interventions.csv");
    std::fs::write(&csv, "id;jour;commune;durée\nA;2026-12-08;Allos;30\nB;31/04/2026;Allos;30\n").unwrap();
    let model = concat!(env!("CARGO_MANIFEST_DIR"), "/static/demo/journee-andorre.json");
    let args = ["import", csv.to_str().unwrap(), "--day", model, "-o", dir.to_str().unwrap()];
    let (fr, status) = stderr_under("fr_FR.UTF-8", &args);
    assert!(fr.contains("1 problème, rien n'a été importé"), "{fr}");
    assert!(fr.contains("ligne 3, colonne jour : date impossible « 31/04/2026 »"), "{fr}");
    assert_eq!(status, Some(2));
    let (en, _) = stderr_under("en_US.UTF-8", &args);
    assert!(en.contains("line 3, column jour: impossible date \"31/04/2026\""), "{en}");
    assert!(en.contains("1 problem, nothing was imported"), "{en}");
    assert!(!dir.join("journee-2026-12-08.json").exists(), "nothing written");
    std::fs::remove_dir_all(&dir).unwrap();
}
