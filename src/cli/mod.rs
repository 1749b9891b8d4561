//! The command line's subcommands, as functions from arguments to printed text.
//!
//! Kept in the library (not in `src/bin`) so integration tests call them directly.

mod args;
pub mod bench_pack;
pub mod bench_road;
mod bench_solomon;
mod core_errors;
mod export_days;
pub mod help;
mod import_days;
mod messages;
mod pack_build;
mod pack_index;
mod routing;
mod solve;
mod synth_vrptw;
mod synthetic;

pub use args::Args;
use help::HelpLanguage;

/// Usage shown on a bad command: every subcommand, in the terminal's language.
pub fn usage() -> String {
    help::overview(HelpLanguage::from_environment())
}

/// Runs one command; returns what to print, or the error message. `--help` (or `-h`, or
/// `tournee help …`) anywhere prints the help of the command named before it instead.
pub fn run(args: &[String]) -> Result<String, String> {
    let words: Vec<&str> = args.iter().map(String::as_str).collect();
    if let Some(named) = help_asked(&words) {
        let language = HelpLanguage::from_environment();
        return Ok(help::of_command(&named, language).unwrap_or_else(|| help::overview(language)));
    }
    match words.as_slice() {
        ["pack", "build", rest @ ..] => pack_build::run(&Args::parse(rest)?),
        ["pack", "index", rest @ ..] => pack_index::run(&Args::parse(rest)?),
        ["route", rest @ ..] => routing::route(&Args::parse(rest)?),
        ["matrix", rest @ ..] => routing::matrix(&Args::parse(rest)?),
        ["solve", rest @ ..] => solve::run(&Args::parse(rest)?),
        ["import", rest @ ..] => import_days::run(&Args::parse(rest)?),
        ["export", rest @ ..] => export_days::run(&Args::parse(rest)?),
        ["synth", "department", rest @ ..] => synthetic::run(&Args::parse(rest)?),
        ["synth", "vrptw", rest @ ..] => synth_vrptw::run(&Args::parse(rest)?),
        ["bench", "road", rest @ ..] => bench_road::run(&Args::parse(rest)?),
        ["bench", "pack", rest @ ..] => bench_pack::run(&Args::parse(rest)?),
        ["bench", "solomon", rest @ ..] => bench_solomon::run(&Args::parse(rest)?),
        _ => Err(usage()),
    }
}

/// The words naming a command when help is asked for (`tournee pack build --help`,
/// `tournee help solve`, `tournee -h`), up to the first option or file.
fn help_asked<'a>(words: &[&'a str]) -> Option<Vec<&'a str>> {
    let asked = words.first() == Some(&"help") || words.iter().any(|w| *w == "--help" || *w == "-h");
    let named = words.iter().skip_while(|w| **w == "help").take_while(|w| !w.starts_with('-') && !w.contains('.'));
    asked.then(|| named.take(2).copied().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn help_is_found_wherever_it_is_asked() {
        assert_eq!(help_asked(&["pack", "build", "--help"]), Some(vec!["pack", "build"]));
        assert_eq!(help_asked(&["solve", "day.json", "-h"]), Some(vec!["solve"]));
        assert_eq!(help_asked(&["help", "route"]), Some(vec!["route"]));
        assert_eq!(help_asked(&["--help"]), Some(vec![]));
        assert_eq!(help_asked(&["solve", "day.json"]), None);
        let shown = run(&["solve".to_string(), "--help".to_string()]).unwrap();
        assert!(shown.starts_with("tournee solve "), "{shown}");
    }
}
