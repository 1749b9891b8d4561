//! The command line's subcommands, as functions from arguments to printed text.
//!
//! Kept in the library (not in `src/bin`) so integration tests call them directly.

mod args;
pub mod bench_pack;
pub mod bench_road;
mod bench_solomon;
mod pack_build;
mod pack_index;
mod routing;
mod solve;
mod synthetic;

pub use args::Args;

/// Usage shown on a bad command.
pub const USAGE: &str = "usage :
  tournee pack build <extrait.osm.pbf> -o <paquet.bin> [--elevation <dalle.hgt.zip | dossier>]… [--name NOM]
      [--bbox SUD,OUEST,NORD,EST | --within <contour.geojson | 04 | 04039,04173>] [--margin-km 5]
  tournee pack index <dossier des paquets>   (écrit index.json : les régions déployées avec l'application)
  tournee route <paquet.bin> --from LAT,LON --to LAT,LON [--metric time|distance] [--date AAAA-MM-JJ]
  tournee matrix <paquet.bin> --points <points.csv> [--metric time|distance] [--date AAAA-MM-JJ]
  tournee solve <journée.json> [--pack <paquet.bin>] [--seconds S] [--seed N] [--plan-anyway] [--fewest-technicians]
  tournee synth department <source.osm.pbf> -o <sortie.osm.pbf> [--grid 4x4] [--roads-only] [--elevation <dalle.hgt.zip> --elevation-out <dossier>]
  tournee bench road <extrait.osm.pbf>…
  tournee bench pack <paquet.bin>…
  tournee bench solomon <instance.txt>… [--seconds S | --iterations N] [--seed N] [--objective distance|vehicles] [--json]";

/// Runs one command; returns what to print, or the error message.
pub fn run(args: &[String]) -> Result<String, String> {
    let words: Vec<&str> = args.iter().map(String::as_str).collect();
    match words.as_slice() {
        ["pack", "build", rest @ ..] => pack_build::run(&Args::parse(rest)?),
        ["pack", "index", rest @ ..] => pack_index::run(&Args::parse(rest)?),
        ["route", rest @ ..] => routing::route(&Args::parse(rest)?),
        ["matrix", rest @ ..] => routing::matrix(&Args::parse(rest)?),
        ["solve", rest @ ..] => solve::run(&Args::parse(rest)?),
        ["synth", "department", rest @ ..] => synthetic::run(&Args::parse(rest)?),
        ["bench", "road", rest @ ..] => bench_road::run(&Args::parse(rest)?),
        ["bench", "pack", rest @ ..] => bench_pack::run(&Args::parse(rest)?),
        ["bench", "solomon", rest @ ..] => bench_solomon::run(&Args::parse(rest)?),
        _ => Err(USAGE.to_string()),
    }
}
