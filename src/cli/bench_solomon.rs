//! `tournee bench solomon`: the optimiser on Solomon instances against the best-known solutions.
//!
//! One core (or `--workers N` searches at once), a time budget (or a fixed number of iterations, `--iterations`) per instance; every solution is verified by the independent
//! checker before it is counted. With `--json`, one line per instance; otherwise a
//! Markdown table with the gap to `bks.csv` (found beside the first instance file, or
//! given with `--bks`; none beside generated instances) and the mean gap per class and overall.

use super::Args;
use crate::cli::messages::Message;
use crate::plan::check::check;
use crate::plan::solomon::read_solomon;
use crate::plan::{solve_parallel, SolveOptions};
use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;
use std::time::Instant;

/// Best-known values of one instance.
struct Known {
    vehicles: f64,
    distance: f64,
}

/// Splits one CSV line, honouring double quotes.
fn csv_fields(line: &str) -> Vec<String> {
    let (mut fields, mut field, mut quoted) = (Vec::new(), String::new(), false);
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => fields.push(std::mem::take(&mut field)),
            _ => field.push(c),
        }
    }
    fields.push(field);
    fields
}

/// Reads `bks.csv`: for the distance objective `ref_dist_double`, for vehicles `hier_*`.
fn read_known(path: &Path, by_vehicles: bool) -> Result<BTreeMap<String, Known>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| Message::at(path.display(), e))?;
    let mut lines = text.lines();
    let header = csv_fields(lines.next().unwrap_or_default());
    let column = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .ok_or_else(|| Message::MissingColumn { file: path.display().to_string(), column: name.to_string() })
    };
    let (vehicles, distance) = if by_vehicles {
        (column("hier_vehicles")?, column("hier_distance")?)
    } else {
        (column("ref_dist_double_vehicles")?, column("ref_dist_double")?)
    };
    let mut known = BTreeMap::new();
    for line in lines.filter(|l| !l.trim().is_empty()) {
        let fields = csv_fields(line);
        let number = |i: usize| fields.get(i).and_then(|f| f.parse::<f64>().ok());
        if let (Some(v), Some(d)) = (number(vehicles), number(distance)) {
            known.insert(fields[0].clone(), Known { vehicles: v, distance: d });
        }
    }
    Ok(known)
}

/// Instance class from its name: `RC101` → `RC1`.
fn class_of(name: &str) -> String {
    let letters: String = name.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
    let series = name[letters.len()..].chars().next().unwrap_or('?');
    format!("{letters}{series}")
}

/// Runs the benchmark; returns the table or the JSON lines.
pub fn run(args: &Args) -> Result<String, String> {
    if args.positional.is_empty() {
        return Err(Message::Usage(&["bench", "solomon"]).into());
    }
    let seconds: f64 =
        args.option("seconds").unwrap_or("1").parse().map_err(|_| Message::ExpectedNumber("--seconds"))?;
    let iterations: Option<u64> = args
        .option("iterations")
        .map(|n| n.parse().map_err(|_| Message::ExpectedWholeNumber("--iterations")))
        .transpose()?;
    let seed: u64 = args.option("seed").unwrap_or("1").parse().map_err(|_| Message::ExpectedWholeNumber("--seed"))?;
    let by_vehicles = match args.option("objective").unwrap_or("distance") {
        "distance" => false,
        "vehicles" => true,
        other => return Err(Message::UnknownObjective(other.to_string()).into()),
    };
    let workers = super::solve::workers_option(args)?;
    let json = args.flag("json");
    let files: Vec<&String> = args.positional.iter().collect();
    let bks_path = args
        .option("bks")
        .map(Path::new)
        .map(Path::to_path_buf)
        .unwrap_or_else(|| Path::new(files[0].as_str()).with_file_name("bks.csv"));
    // Generated instances (`tournee synth vrptw`) have no best-known file beside them.
    let no_reference = json || (args.option("bks").is_none() && !bks_path.exists());
    let known = if no_reference { BTreeMap::new() } else { read_known(&bks_path, by_vehicles)? };
    let mut out = String::new();
    let mut gaps: BTreeMap<String, Vec<f64>> = BTreeMap::new();
    if !json {
        out.push_str("| instance | vehicles | distance | best known (veh / dist) | gap % | iterations | seconds | first plan ms | feasible |\n|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
    }
    for file in files {
        let text = std::fs::read_to_string(file).map_err(|e| Message::at(file, e))?;
        let instance = read_solomon(&text).map_err(|e| format!("{file}, {e}"))?;
        let problem = instance.to_problem().map_err(|e| Message::at(file, e))?;
        let origin = Instant::now();
        let clock = || origin.elapsed().as_secs_f64();
        let options = SolveOptions {
            seed,
            max_iterations: iterations,
            time_limit_s: iterations.is_none().then_some(seconds),
            minimise_vehicles: by_vehicles,
        };
        let solved = solve_parallel(&problem, options, workers, &clock, &mut |_| {}, &|| false);
        let elapsed = clock();
        let routes: Vec<Vec<usize>> = solved.solution.job_lists();
        let report = check(&problem, &routes, &solved.solution.unplanned);
        let feasible = report.feasible() && solved.solution.unplanned.is_empty();
        if json {
            let numbered: Vec<Vec<u32>> = routes
                .iter()
                .filter(|r| !r.is_empty())
                .map(|r| r.iter().map(|&j| instance.customers[j + 1].number).collect())
                .collect();
            let line = serde_json::json!({"instance": instance.name, "routes": numbered, "distance": report.cost, "vehicles": report.vehicles, "seconds": elapsed, "feasible": feasible, "iterations": solved.iterations, "first_plan_ms": solved.construction_s * 1000.0, "feasible_plan_ms": solved.feasible_s * 1000.0});
            let _ = writeln!(out, "{line}");
            continue;
        }
        let (reference, gap) = match known.get(&instance.name) {
            Some(k) => {
                (format!("{} / {:.2}", k.vehicles, k.distance), Some(100.0 * (report.cost - k.distance) / k.distance))
            }
            None => ("?".into(), None),
        };
        if let (Some(gap), true) = (gap, feasible) {
            gaps.entry(class_of(&instance.name)).or_default().push(gap);
        }
        let gap_text = gap.map_or("?".into(), |g| format!("{g:.2}"));
        let _ = writeln!(
            out,
            "| {} | {} | {:.2} | {reference} | {gap_text} | {} | {elapsed:.2} | {:.1} | {} |",
            instance.name,
            report.vehicles,
            report.cost,
            solved.iterations,
            solved.construction_s * 1000.0,
            if feasible { "yes" } else { "NO" }
        );
    }
    if !json {
        out.push_str("\n| class | instances | mean gap % |\n|---|---:|---:|\n");
        let mut all = Vec::new();
        for (class, values) in &gaps {
            let _ = writeln!(
                out,
                "| {class} | {} | {:.2} |",
                values.len(),
                values.iter().sum::<f64>() / values.len() as f64
            );
            all.extend(values);
        }
        if !all.is_empty() {
            let _ =
                writeln!(out, "| **all** | {} | **{:.2}** |", all.len(), all.iter().sum::<f64>() / all.len() as f64);
        }
        let budget = iterations.map_or(format!("{seconds} s"), |n| format!("{n} iterations"));
        let cores = if workers == 1 { "one core".to_string() } else { format!("{workers} searches in parallel") };
        let _ = write!(
            out,
            "\n{budget} per instance{}, seed {seed}, objective {}, {cores}.",
            if workers > 1 && iterations.is_some() { " and search" } else { "" },
            if by_vehicles { "vehicles then distance" } else { "distance" }
        );
    }
    Ok(out.trim_end().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_and_classes() {
        assert_eq!(csv_fields(r#"C101,"a, b",3"#), ["C101", "a, b", "3"]);
        assert_eq!(class_of("RC205"), "RC2");
        assert_eq!(class_of("C101"), "C1");
    }
}
