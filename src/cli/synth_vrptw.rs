//! `tournee synth vrptw`: one large VRPTW instance in Solomon's format, made from a seed
//! (see [`crate::plan::solomon_generator`]), for the optimiser's benchmarks at 200–1000 stops.
//!
//! ```text
//! tournee synth vrptw --class RC1 --customers 1000 --seed 3 [-o RC1_1000_3.txt]
//! ```

use super::Args;
use crate::cli::messages::Message;
use crate::plan::solomon_generator::{generate, InstanceClass};

/// Writes the instance to `-o` (and prints its path), or prints it.
pub fn run(args: &Args) -> Result<String, String> {
    let class_name = args.option("class").unwrap_or("R1");
    let class = InstanceClass::parse(class_name).ok_or_else(|| Message::UnknownClass(class_name.to_string()))?;
    let whole = |name: &'static str, default: &str| {
        args.option(&name[2..]).unwrap_or(default).parse::<u64>().map_err(|_| Message::ExpectedWholeNumber(name))
    };
    let customers = whole("--customers", "400")? as usize;
    let seed = whole("--seed", "1")?;
    let text = generate(class, customers, seed).to_text();
    match args.option("o").or(args.option("output")) {
        Some(path) => {
            std::fs::write(path, text).map_err(|e| Message::at(path, e))?;
            Ok(path.to_string())
        }
        None => Ok(text.trim_end().to_string()),
    }
}
