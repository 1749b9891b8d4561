//! Large VRPTW instances in Solomon's format, made from a seed in the spirit of Solomon (1987)
//! and Gehring & Homberger (1999): the optimiser's tuning and held-out sets at 200–1000
//! customers, without shipping megabytes of files.
//!
//! Six classes as Solomon's: customers clustered (C), random (R) or half of each (RC), under a
//! short horizon (type 1: a few customers per route) or a long one (type 2: many). The square
//! grows with the number of customers so that their density, and so the length of a leg
//! between neighbours, stays Solomon's; the horizon grows by the longer drive out and back.
//! Every customer can be served by a vehicle of its own from the depot within its window and
//! back before the horizon: feasible by construction.

use super::rng::Rng;
use super::solomon::{Customer, SolomonInstance};

/// Where the customers are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Spread {
    /// In tight clusters (Solomon's C).
    Clustered,
    /// Uniform over the square (R).
    Random,
    /// Half in looser clusters, half uniform (RC).
    Mixed,
}

/// How long the vehicles' day is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Horizon {
    /// Type 1: a short day, narrow windows, a few customers per route.
    Short,
    /// Type 2: a long day, wide windows, large vehicles, many customers per route.
    Long,
}

/// One of Solomon's six classes (`C1`, `C2`, `R1`, `R2`, `RC1`, `RC2`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InstanceClass {
    /// Where the customers are.
    pub spread: Spread,
    /// How long the day is.
    pub horizon: Horizon,
}

impl InstanceClass {
    /// The six classes, in Solomon's order.
    pub const ALL: [InstanceClass; 6] = [
        InstanceClass { spread: Spread::Clustered, horizon: Horizon::Short },
        InstanceClass { spread: Spread::Clustered, horizon: Horizon::Long },
        InstanceClass { spread: Spread::Random, horizon: Horizon::Short },
        InstanceClass { spread: Spread::Random, horizon: Horizon::Long },
        InstanceClass { spread: Spread::Mixed, horizon: Horizon::Short },
        InstanceClass { spread: Spread::Mixed, horizon: Horizon::Long },
    ];

    /// The class's name as Solomon's (`RC2`).
    pub fn name(self) -> &'static str {
        match (self.spread, self.horizon) {
            (Spread::Clustered, Horizon::Short) => "C1",
            (Spread::Clustered, Horizon::Long) => "C2",
            (Spread::Random, Horizon::Short) => "R1",
            (Spread::Random, Horizon::Long) => "R2",
            (Spread::Mixed, Horizon::Short) => "RC1",
            (Spread::Mixed, Horizon::Long) => "RC2",
        }
    }

    /// The class named `name` (`rc1` as `RC1`), if it is one of the six.
    pub fn parse(name: &str) -> Option<InstanceClass> {
        InstanceClass::ALL.into_iter().find(|class| class.name().eq_ignore_ascii_case(name))
    }

    /// Solomon's figures for the class at 100 customers.
    fn shape(self) -> Shape {
        let service = if self.spread == Spread::Clustered { 90.0 } else { 10.0 };
        let (horizon, capacity, half_widths) = match (self.spread, self.horizon) {
            (Spread::Clustered, Horizon::Short) => (1236.0, 200.0, [30.0, 60.0, 90.0]),
            (Spread::Clustered, Horizon::Long) => (3390.0, 700.0, [80.0, 160.0, 320.0]),
            (Spread::Random, Horizon::Short) => (230.0, 200.0, [5.0, 15.0, 30.0]),
            (Spread::Mixed, Horizon::Short) => (240.0, 200.0, [5.0, 15.0, 30.0]),
            (Spread::Random, Horizon::Long) => (1000.0, 1000.0, [60.0, 120.0, 240.0]),
            (Spread::Mixed, Horizon::Long) => (960.0, 1000.0, [60.0, 120.0, 240.0]),
        };
        Shape { horizon, capacity, service, half_widths }
    }
}

/// A class's horizon, capacity, service time and mean half-widths of windows at 100 customers.
struct Shape {
    horizon: f64,
    capacity: f64,
    service: f64,
    half_widths: [f64; 3],
}

/// Shares of customers with a window of their own (the others may come any time of the day);
/// an instance draws one, as Solomon's series do.
const WINDOW_SHARES: [f64; 4] = [0.25, 0.5, 0.75, 1.0];
/// Customers per cluster: tight ones of the C class, looser ones of the RC class.
const CLUSTER_SIZE: [usize; 2] = [10, 6];
/// Standard deviation of a customer's distance to its cluster's centre, C and RC.
const CLUSTER_SPREAD: [f64; 2] = [3.0, 5.0];

/// The instance `{class}_{customers}_{seed}`: the same arguments always give the same one.
/// The two classes of a spread (R1 and R2) share their customers' places for a seed, as
/// Solomon's do.
pub fn generate(class: InstanceClass, customers: usize, seed: u64) -> SolomonInstance {
    let mut rng = Rng::new(seed);
    let shape = class.shape();
    let side = 100.0 * (customers.max(1) as f64 / 100.0).sqrt();
    let depot = ((side / 2.0).round(), (side / 2.0).round());
    let places = place_customers(class.spread, customers, side, &mut rng);
    let farthest = places.iter().map(|&p| distance(depot, p)).fold(0.0, f64::max);
    // Solomon's horizon plus the longer drive to the far corner and back, and always room for
    // the farthest customer alone.
    let grown = shape.horizon + std::f64::consts::SQRT_2 * (side - 100.0).max(0.0);
    let horizon = grown.max(2.0 * farthest + shape.service + 2.0).ceil();
    let window_share = WINDOW_SHARES[rng.below(WINDOW_SHARES.len())];
    let half_width = shape.half_widths[rng.below(shape.half_widths.len())];
    let mut rows =
        vec![Customer { number: 0, x: depot.0, y: depot.1, demand: 0.0, ready: 0.0, due: horizon, service: 0.0 }];
    for (i, &place) in places.iter().enumerate() {
        let drive = distance(depot, place);
        // Served no earlier than the drive from the depot, and early enough to be back in time.
        let (earliest, latest) = (drive.ceil(), (horizon - drive - shape.service).floor());
        let demand = match class.spread {
            Spread::Clustered => 10.0 * (1 + rng.below(4)) as f64,
            Spread::Random | Spread::Mixed => (1 + rng.below(30)) as f64,
        };
        let (ready, due) = if rng.unit() < window_share {
            let centre = earliest + rng.below((latest - earliest) as usize + 1) as f64;
            let half = (half_width * (0.5 + rng.unit())).round();
            ((centre - half).max(0.0), (centre + half).min(latest))
        } else {
            (0.0, latest)
        };
        rows.push(Customer {
            number: i as u32 + 1,
            x: place.0,
            y: place.1,
            demand,
            ready,
            due,
            service: shape.service,
        });
    }
    SolomonInstance {
        name: format!("{}_{customers}_{seed}", class.name()),
        vehicles: (customers / 4).max(1),
        capacity: shape.capacity,
        customers: rows,
    }
}

/// Straight-line distance, as the Solomon reader computes travel.
fn distance(a: (f64, f64), b: (f64, f64)) -> f64 {
    (a.0 - b.0).hypot(a.1 - b.1)
}

/// The customers' places on the `side` × `side` square, whole numbers as in Solomon's files.
fn place_customers(spread: Spread, customers: usize, side: f64, rng: &mut Rng) -> Vec<(f64, f64)> {
    let clustered = match spread {
        Spread::Clustered => customers,
        Spread::Random => 0,
        Spread::Mixed => customers / 2,
    };
    let looser = usize::from(spread == Spread::Mixed);
    let clusters = (clustered / CLUSTER_SIZE[looser]).max(1);
    let centres: Vec<(f64, f64)> =
        (0..clusters).map(|_| (side * (0.1 + 0.8 * rng.unit()), side * (0.1 + 0.8 * rng.unit()))).collect();
    let inside = |v: f64| v.round().clamp(0.0, side.floor());
    (0..customers)
        .map(|i| {
            if i < clustered {
                let (cx, cy) = centres[i % clusters];
                let (dx, dy) = normal_pair(rng);
                (inside(cx + CLUSTER_SPREAD[looser] * dx), inside(cy + CLUSTER_SPREAD[looser] * dy))
            } else {
                (inside(side * rng.unit()), inside(side * rng.unit()))
            }
        })
        .collect()
}

/// Two independent standard normal numbers (Box–Muller).
fn normal_pair(rng: &mut Rng) -> (f64, f64) {
    let radius = (-2.0 * (1.0 - rng.unit()).ln()).sqrt();
    let angle = std::f64::consts::TAU * rng.unit();
    (radius * angle.cos(), radius * angle.sin())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::check::check_solution;
    use crate::plan::solomon::read_solomon;
    use crate::plan::{solve, SolveOptions};

    #[test]
    fn the_same_seed_gives_the_same_instance_and_another_seed_another() {
        let class = InstanceClass::parse("rc1").unwrap();
        assert_eq!(generate(class, 300, 7), generate(class, 300, 7));
        assert_ne!(generate(class, 300, 7).customers, generate(class, 300, 8).customers);
        let written = generate(class, 300, 7).to_text();
        assert_eq!(read_solomon(&written).unwrap(), generate(class, 300, 7), "the file reads back the same");
    }

    #[test]
    fn each_class_has_its_count_its_horizon_and_every_customer_reachable_in_its_window() {
        let mean_nearest = |instance: &SolomonInstance| {
            let rows = &instance.customers[1..];
            let nearest = |a: &Customer| {
                rows.iter()
                    .filter(|b| b.number != a.number)
                    .map(|b| distance((a.x, a.y), (b.x, b.y)))
                    .fold(f64::INFINITY, f64::min)
            };
            rows.iter().map(nearest).sum::<f64>() / rows.len() as f64
        };
        for customers in [200, 1000] {
            let all: Vec<SolomonInstance> =
                InstanceClass::ALL.iter().map(|&class| generate(class, customers, 3)).collect();
            for (class, instance) in InstanceClass::ALL.iter().zip(&all) {
                assert_eq!(instance.name, format!("{}_{customers}_3", class.name()));
                assert_eq!(instance.customers.len(), customers + 1, "the depot and {customers} customers");
                assert_eq!(instance.vehicles, customers / 4);
                let depot = instance.customers[0];
                for c in &instance.customers[1..] {
                    let drive = distance((depot.x, depot.y), (c.x, c.y));
                    assert!(c.ready <= c.due && drive <= c.due, "{}: {c:?} reachable in its window", instance.name);
                    let back = c.ready.max(drive) + c.service + drive;
                    assert!(back <= depot.due, "{}: {c:?} back at {back}, after {}", instance.name, depot.due);
                    assert!(c.demand > 0.0 && c.demand <= instance.capacity);
                }
            }
            let [c1, c2, r1, r2, rc1, rc2] = &all[..] else { unreachable!() };
            for (short, long) in [(c1, c2), (r1, r2), (rc1, rc2)] {
                assert!(long.customers[0].due > 2.0 * short.customers[0].due, "type 2 has the longer day");
                assert!(long.capacity > short.capacity, "and the larger vehicles");
            }
            let places = |i: &SolomonInstance| i.customers.iter().map(|c| (c.x, c.y)).collect::<Vec<_>>();
            assert_eq!(places(r1), places(r2), "R1 and R2 share their customers' places, as Solomon's");
            assert!(mean_nearest(c1) < 0.6 * mean_nearest(r1), "clustered customers are closer together");
            assert!(mean_nearest(rc1) < mean_nearest(r1) && mean_nearest(rc1) > mean_nearest(c1));
        }
    }

    #[test]
    fn the_fleet_serves_every_customer_of_each_class() {
        for class in InstanceClass::ALL {
            let problem = generate(class, 200, 5).to_problem().unwrap();
            let options =
                SolveOptions { seed: 1, max_iterations: Some(50), time_limit_s: None, minimise_vehicles: false };
            let solved = solve(&problem, options, &|| 0.0, &mut |_| {}, &|| false);
            let report = check_solution(&problem, &solved.solution);
            assert!(report.feasible(), "{}: {:?}", class.name(), report.violations);
            assert!(solved.solution.unplanned.is_empty(), "{}: every customer planned", class.name());
        }
    }
}
