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
