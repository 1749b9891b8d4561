//! `tournee`: the native command line — build region packs, route, travel matrices.
//!
//! ```text
//! tournee pack build <in.osm.pbf> -o <out.bin> [--elevation <tile.hgt.zip>] [--name NAME]
//! tournee route <pack> --from LAT,LON --to LAT,LON [--metric time|distance] [--date YYYY-MM-DD]
//! tournee matrix <pack> --points <file.csv> [--metric time|distance] [--date YYYY-MM-DD]
//! tournee bench road <in.osm.pbf>…
//! ```
//! `tournee --help` lists every command and `tournee <command> --help` says what one does, in
//! French or English as the locale says. Results go to standard output as JSON; errors to
//! standard error, exit status 2.
//!
//! Native only: compiled to WebAssembly (`cargo build --target wasm32-unknown-unknown --bins`)
//! this binary is empty, and the library's `cli` module is left out.
#![cfg_attr(target_arch = "wasm32", no_main)]

#[cfg(not(target_arch = "wasm32"))]
use std::process::ExitCode;
#[cfg(not(target_arch = "wasm32"))]
use tournee::cli;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match cli::run(&args) {
        Ok(output) => {
            println!("{output}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            let colon = match cli::help::HelpLanguage::from_environment() {
                cli::help::HelpLanguage::Fr => " : ",
                cli::help::HelpLanguage::En => ": ",
            };
            eprintln!("tournee{colon}{message}");
            ExitCode::from(2)
        }
    }
}
