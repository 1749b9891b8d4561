//! Positional arguments and `--name value` options, with messages that say what is wrong.

use super::core_errors::CoreError;
use super::messages::{Message, Needed};
use crate::road::osm::seasons::Day;
use crate::road::{LatLon, Metric};

/// Options that take no value.
const FLAGS: [&str; 4] = ["json", "plan-anyway", "fewest-technicians", "roads-only"];

/// Parsed arguments of one subcommand.
#[derive(Debug, Default)]
pub struct Args {
    /// Arguments that are not options, in order.
    pub positional: Vec<String>,
    options: Vec<(String, String)>,
    flags: Vec<String>,
}

impl Args {
    /// Splits `words` into positionals and `--option value` / `-o value` pairs.
    pub fn parse(words: &[&str]) -> Result<Args, String> {
        let mut args = Args::default();
        let mut iter = words.iter();
        while let Some(word) = iter.next() {
            if let Some(flag) = word.strip_prefix("--").filter(|name| FLAGS.contains(name)) {
                args.flags.push(flag.to_string());
            } else if let Some(name) =
                word.strip_prefix("--").or_else(|| word.strip_prefix('-').filter(|n| n.len() == 1))
            {
                let value = iter.next().ok_or(Message::OptionNeedsValue(word.to_string()))?;
                args.options.push((name.to_string(), value.to_string()));
            } else {
                args.positional.push(word.to_string());
            }
        }
        Ok(args)
    }

    /// Whether flag `name` (one of the known flags, such as `json`) was given.
    pub fn flag(&self, name: &str) -> bool {
        self.flags.iter().any(|f| f == name)
    }

    /// The value of option `name`, if given.
    pub fn option(&self, name: &str) -> Option<&str> {
        self.options.iter().rev().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    /// Every value given to option `name`, in order (an option that may repeat).
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.options.iter().filter(|(n, _)| n == name).map(|(_, v)| v.as_str()).collect()
    }

    /// The `index`-th positional argument, or an error naming it.
    pub fn positional(&self, index: usize, what: Needed) -> Result<&str, String> {
        self.positional.get(index).map(String::as_str).ok_or_else(|| Message::MissingArgument(what).into())
    }

    /// `--metric`: `time` (default) or `distance`.
    pub fn metric(&self) -> Result<Metric, String> {
        match self.option("metric").unwrap_or("time") {
            "time" => Ok(Metric::Time),
            "distance" => Ok(Metric::Distance),
            other => Err(Message::UnknownMetric(other.to_string()).into()),
        }
    }

    /// `--date YYYY-MM-DD`, which decides seasonal closures.
    pub fn date(&self) -> Result<Option<Day>, String> {
        self.option("date")
            .map(|text| Day::from_iso_date(text).ok_or_else(|| Message::UnreadableDate(text.to_string()).into()))
            .transpose()
    }

    /// A coordinate option `LAT,LON`.
    pub fn lat_lon(&self, name: &str) -> Result<LatLon, String> {
        let text = self.option(name).ok_or(Message::MissingLatLon(name.to_string()))?;
        parse_lat_lon(text).map_err(|e| Message::at(format!("--{name}"), e).into())
    }
}

/// Reads `LAT,LON` in decimal degrees.
pub fn parse_lat_lon(text: &str) -> Result<LatLon, String> {
    let (lat, lon) = text.split_once(',').ok_or(Message::NotLatLon(text.to_string()))?;
    let number = |s: &str| s.trim().parse::<f64>().map_err(|_| Message::NotANumber(s.trim().to_string()));
    LatLon::new(number(lat)?, number(lon)?).map_err(|e| CoreError::from(e).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_positionals_and_their_errors() {
        let args = Args::parse(&["pack.bin", "--from", "42.5,1.5", "-o", "out"]).unwrap();
        assert_eq!(args.positional, ["pack.bin"]);
        assert_eq!(args.option("o"), Some("out"));
        assert_eq!(args.lat_lon("from").unwrap(), LatLon::new(42.5, 1.5).unwrap());
        assert!(Args::parse(&["--to"]).unwrap_err().contains("--to"));
        assert!(parse_lat_lon("42.5;1.5").is_err());
        assert!(parse_lat_lon("142.5,1.5").unwrap_err().contains("latitude"));
        assert!(Args::parse(&["--date", "2027-02-30"]).unwrap().date().is_err());
        assert!(Args::parse(&["--metric", "speed"]).unwrap().metric().is_err());
        let args = Args::parse(&["a.txt", "--json", "--seconds", "2"]).unwrap();
        assert!(args.flag("json") && args.option("seconds") == Some("2") && args.positional == ["a.txt"]);
    }
}
