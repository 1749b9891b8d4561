//! Whether a day fits its crew and its road region, as data the app puts in words: jobs
//! no technician lives near (a crew still set in the demo region, a home typed wrong), and
//! drives the plan could only estimate because no road pack covers them.
//!
//! Without these, a Haut Verdon day planned by a crew living in Andorra shows fifteen
//! identical « créneau impossible à atteindre », and every leg silently estimated.

use crate::model::Day;
use crate::model::DayPlan;
use crate::road::BoundingBox;

/// Straight-line distance from the nearest technician's home or depot beyond which a job is
/// far from the crew: more than two hours of mountain road each way.
pub const FAR_FROM_CREW_KM: f64 = 100.0;

/// Jobs of the day far from every technician's start and end places.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FarFromCrew {
    /// How many jobs are that far.
    pub jobs: usize,
    /// Jobs in the day.
    pub of: usize,
    /// The distance of the nearest of them to the crew, km: they are all at least this far.
    pub at_least_km: f64,
}

/// The jobs of `day` more than [`FAR_FROM_CREW_KM`] from every technician's places, if any.
///
/// Complexity: O(jobs × technicians).
pub fn far_from_crew(day: &Day) -> Option<FarFromCrew> {
    let places: Vec<_> = day.technicians.iter().flat_map(|t| [t.shift.start_place, t.shift.end_place]).collect();
    if places.is_empty() {
        return None;
    }
    let far: Vec<f64> = day
        .interventions
        .iter()
        .map(|job| places.iter().map(|&p| p.distance_m(job.location)).fold(f64::INFINITY, f64::min) / 1000.0)
        .filter(|&km| km > FAR_FROM_CREW_KM)
        .collect();
    let at_least_km = far.iter().copied().fold(f64::INFINITY, f64::min);
    (!far.is_empty()).then_some(FarFromCrew { jobs: far.len(), of: day.interventions.len(), at_least_km })
}

/// Places of the day (jobs, technicians' start and end) outside the road region.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlacesOutside {
    /// How many places lie outside the region's area.
    pub outside: usize,
    /// Places in the day.
    pub of: usize,
}

/// The places of `day` outside `region` (the area of its road pack), if any: their drives
/// can only be estimated.
pub fn places_outside(day: &Day, region: BoundingBox) -> Option<PlacesOutside> {
    let homes = day.technicians.iter().flat_map(|t| [t.shift.start_place, t.shift.end_place]);
    let places: Vec<_> = day.interventions.iter().map(|job| job.location).chain(homes).collect();
    let outside = places.iter().filter(|&&place| !region.contains(place)).count();
    (outside > 0).then_some(PlacesOutside { outside, of: places.len() })
}

/// How many drives to a stop of the plan are straight-line estimates, of how many.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EstimatedLegs {
    /// Drives estimated (no road pack covers one of their ends).
    pub estimated: usize,
    /// Drives to a customer in the plan.
    pub legs: usize,
}

/// Counts the estimated drives to the customers of `plan` (lunch breaks are not drives).
pub fn estimated_legs(plan: &DayPlan) -> EstimatedLegs {
    let stops = plan.technicians.iter().flat_map(|t| &t.stops).filter(|stop| !stop.is_break);
    let (estimated, legs) = stops.fold((0, 0), |(e, l), stop| (e + usize::from(stop.travel_estimated), l + 1));
    EstimatedLegs { estimated, legs }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::read_day_json;
    use crate::road::LatLon;

    fn demo_day() -> Day {
        read_day_json(include_str!("../../static/demo/journee-andorre.json")).unwrap()
    }

    #[test]
    fn a_crew_in_andorra_is_far_from_haut_verdon_jobs_and_near_its_own() {
        let mut day = demo_day();
        assert_eq!(far_from_crew(&day), None, "the demo crew lives among its jobs");
        let castellane = LatLon::new(43.846, 6.514).unwrap();
        for job in day.interventions.iter_mut().take(15) {
            job.location = castellane;
        }
        let far = far_from_crew(&day).unwrap();
        assert_eq!((far.jobs, far.of), (15, day.interventions.len()));
        assert!((400.0..450.0).contains(&far.at_least_km), "Andorra → Castellane: {} km", far.at_least_km);
        let saint_andre = LatLon::new(43.968, 6.509).unwrap();
        for technician in &mut day.technicians {
            technician.shift.start_place = saint_andre;
        }
        assert_eq!(far_from_crew(&day), None, "leaving from Saint-André, coming back to Andorra: each job near one");
        for technician in &mut day.technicians {
            technician.shift.end_place = saint_andre;
        }
        assert_eq!(far_from_crew(&day).unwrap().jobs, day.interventions.len() - 15, "now the Andorra jobs are far");
    }

    #[test]
    fn places_outside_the_region_are_counted_homes_included() {
        let mut day = demo_day();
        let andorra = BoundingBox { min: LatLon::new(42.42, 1.40).unwrap(), max: LatLon::new(42.66, 1.79).unwrap() };
        assert_eq!(places_outside(&day, andorra), None);
        let places = day.interventions.len() + 2 * day.technicians.len();
        day.interventions[0].location = LatLon::new(43.846, 6.514).unwrap();
        day.technicians[0].shift.end_place = LatLon::new(43.968, 6.509).unwrap();
        assert_eq!(places_outside(&day, andorra), Some(PlacesOutside { outside: 2, of: places }));
    }
}
