//! The slot finder on the demo day over the Andorra pack: every slot offered, inserted, is a
//! plan the independent checker accepts.

use super::*;
use crate::model::{Inclusion, LatLon, Skill};
use crate::plan::check::check;
use crate::plan::day_problem::{day_plan, DayProblem};
use crate::plan::{solve, SolveOptions};
use crate::road::pack::read_pack;

fn demo_day() -> Day {
    serde_json::from_str(include_str!("../../../static/demo/journee-andorre.json")).unwrap()
}

fn andorra() -> Router {
    read_pack(include_bytes!("../../../static/demo/andorra.bin")).unwrap().1
}

/// The day's plan, as the optimiser makes it.
fn planned(day: &Day, router: &Router) -> DayPlan {
    let prepared = day_problem(day, Some(router)).unwrap();
    let options = SolveOptions { seed: 1, max_iterations: Some(2000), time_limit_s: None, minimise_vehicles: false };
    let solved = solve(&prepared.problem, options, &|| 0.0, &mut |_| {}, &|| false);
    day_plan(day, &prepared, &solved.solution)
}

/// A customer calling from Encamp: 45 min of fibre work, any time.
fn caller(skills: Vec<Skill>, priority: Priority, service_s: u32) -> Intervention {
    Intervention {
        id: "APPEL-1".into(),
        customer: "Mme Vidal".into(),
        phone: Some("+376 600 000".into()),
        location: LatLon::new(42.5345, 1.5805).unwrap(),
        commune: None,
        service_s,
        windows: vec![],
        skills,
        priority,
        inclusion: Inclusion::Mandatory,
        address: None,
        notes: String::new(),
        assigned_to: None,
        pin: None,
        postponed_from: Vec::new(),
    }
}

fn search(job: Intervention, working_days: usize) -> SlotSearch {
    SlotSearch { job, working_days, window_s: DEFAULT_WINDOW_S, now: None, max_slots: 500 }
}

/// The job of `prepared` standing for intervention `index` started at `start` (the version
/// over its whole window when an urgent customer has two), or `tech`'s lunch break.
fn job_of(prepared: &DayProblem, index: Option<usize>, tech: usize, start: f64) -> usize {
    (0..prepared.problem.jobs.len())
        .filter(|&j| prepared.job_intervention[j] == index)
        .filter(|&j| index.is_some() || prepared.problem.jobs[j].vehicle == Some(tech))
        .filter(|&j| index.is_none() || (prepared.windows[j].0 <= start && start <= prepared.windows[j].1))
        .max_by(|&a, &b| prepared.problem.jobs[a].due.total_cmp(&prepared.problem.jobs[b].due))
        .expect("a job of the problem for each planned stop")
}

/// Checks `slot` inserted into `day`'s `plan` (none: a free day) with the independent checker.
fn assert_checker_accepts(day: &Day, plan: Option<&DayPlan>, job: &Intervention, slot: &Slot, router: &Router) {
    let mut booked = day.clone();
    booked.interventions.retain(|other| other.id != job.id);
    booked.interventions.push(Intervention { windows: vec![slot.window], ..job.clone() });
    let prepared = day_problem(&booked, Some(router)).unwrap();
    let new_index = booked.interventions.len() - 1;
    let mut routes = Vec::new();
    for (t, tech) in booked.technicians.iter().enumerate() {
        let mut route = Vec::new();
        match plan.and_then(|p| p.technicians.iter().find(|r| r.technician == tech.id)) {
            Some(planned) => {
                for stop in planned.stops.iter().filter(|s| s.id != job.id) {
                    let index = booked.interventions.iter().position(|i| i.id == stop.id).filter(|_| !stop.is_break);
                    route.push(job_of(&prepared, index, t, f64::from(stop.start.seconds())));
                }
            }
            None if tech.shift.lunch.is_some() => route.push(job_of(&prepared, None, t, 0.0)),
            None => {}
        }
        if tech.id == slot.technician {
            let start = f64::from(slot.start.seconds());
            route.insert(slot.position, job_of(&prepared, Some(new_index), t, start));
        }
        routes.push(route);
    }
    let placed: Vec<usize> = routes.iter().flatten().map(|&j| prepared.problem.group[j]).collect();
    let unplanned: Vec<usize> = (0..prepared.problem.members.len())
        .filter(|g| !placed.contains(g))
        .map(|g| prepared.problem.members[g][0])
        .collect();
    let report = check(&prepared.problem, &routes, &unplanned);
    assert!(report.feasible(), "{slot:?}: {:?}", report.violations);
    assert!(slot.window.contains(slot.start), "{slot:?} starts outside its window");
}

#[test]
fn every_slot_offered_keeps_every_appointment_by_the_independent_checker() {
    let (day, router) = (demo_day(), andorra());
    let plan = planned(&day, &router);
    let job = caller(vec![Skill::Fibre], Priority::Normal, 45 * 60);
    let slots =
        find_slots(&search(job.clone(), 5), &[KnownDay { day: &day, plan: Some(&plan) }], Some(&router)).unwrap();
    assert!(slots.len() > 20, "free days hold many windows: {}", slots.len());
    for slot in &slots {
        let plan = (slot.date == day.date).then_some(&plan);
        assert_checker_accepts(&day, plan, &job, slot, &router);
    }
    let busy: Vec<&Slot> = slots.iter().filter(|s| s.date == day.date).collect();
    for slot in busy {
        assert_eq!(slot.technician, "T1", "only Léa does fibre");
        assert!(slot.risk_min.is_some(), "Léa has promised appointments that day");
    }
}

#[test]
fn only_a_technician_with_the_skills_is_offered() {
    let (day, router) = (demo_day(), andorra());
    let job = caller(vec![Skill::CivilWorks], Priority::Normal, 30 * 60);
    let slots = find_slots(&search(job, 3), &[KnownDay { day: &day, plan: None }], Some(&router)).unwrap();
    assert!(!slots.is_empty());
    assert!(slots.iter().all(|s| s.technician == "T2"), "only Karim does civil works");
    let nobody = caller(vec![Skill::Fibre, Skill::Pole], Priority::Normal, 30 * 60);
    assert_eq!(find_slots(&search(nobody, 3), &[KnownDay { day: &day, plan: None }], Some(&router)), Ok(vec![]));
}

#[test]
fn a_technician_whose_home_is_off_every_road_is_never_offered() {
    let (mut day, router) = (demo_day(), andorra());
    let job = caller(vec![Skill::Copper], Priority::Normal, 30 * 60);
    let before = find_slots(&search(job.clone(), 3), &[KnownDay { day: &day, plan: None }], Some(&router)).unwrap();
    assert!(before.iter().any(|s| s.technician == "T1"), "Léa is the nearest: {before:?}");
    // Léa leaves from the top of Andorra, kilometres from any road: she has no route.
    day.technicians[0].shift.start_place = LatLon::new(42.5917, 1.4443).unwrap();
    let slots = find_slots(&search(job, 3), &[KnownDay { day: &day, plan: None }], Some(&router)).unwrap();
    assert!(!slots.is_empty() && slots.iter().all(|s| s.technician == "T2"), "{slots:?}");
}

#[test]
fn a_full_day_offers_nothing_and_the_free_days_after_it_do() {
    let (day, router) = (demo_day(), andorra());
    let plan = planned(&day, &router);
    let long = caller(vec![Skill::Fibre], Priority::Normal, 5 * 3600);
    let known = [KnownDay { day: &day, plan: Some(&plan) }];
    assert_eq!(find_slots(&search(long.clone(), 1), &known, Some(&router)), Ok(vec![]), "the demo day is full");
    let slots = find_slots(&search(long.clone(), 3), &known, Some(&router)).unwrap();
    assert!(!slots.is_empty(), "a free day holds five hours");
    assert!(slots.iter().all(|s| s.date != day.date && s.risk_min.is_none()));
    for slot in &slots {
        assert_checker_accepts(&day, None, &long, slot, &router);
    }
}

#[test]
fn weekends_are_skipped() {
    let thursday: IsoDate = "2026-11-26".parse().unwrap();
    let dates: Vec<String> = working_dates(thursday, 5).iter().map(|d| d.to_string()).collect();
    assert_eq!(dates, ["2026-11-26", "2026-11-27", "2026-11-30", "2026-12-01", "2026-12-02"]);
    let (day, router) = (demo_day(), andorra());
    let job = caller(vec![Skill::Copper], Priority::Normal, 30 * 60);
    let slots = find_slots(&search(job, 5), &[KnownDay { day: &day, plan: None }], Some(&router)).unwrap();
    assert!(slots.iter().all(|s| s.date.iso_weekday() <= 5), "no Saturday or Sunday");
    assert!(slots.iter().any(|s| s.date.to_string() == "2026-12-02"), "five working days searched");
}

#[test]
fn ordinary_slots_come_by_risk_then_driving_then_margin() {
    let (day, router) = (demo_day(), andorra());
    let plan = planned(&day, &router);
    let job = caller(vec![Skill::Copper], Priority::Normal, 20 * 60);
    let slots = find_slots(&search(job, 5), &[KnownDay { day: &day, plan: Some(&plan) }], Some(&router)).unwrap();
    assert!(slots.len() > 10);
    for pair in slots.windows(2) {
        assert_ne!(rank(&pair[0], &pair[1], false), Ordering::Greater, "{pair:?}");
    }
    let safe = |s: &&Slot| s.risk_min.is_none_or(|r| r >= 15);
    let least = slots.iter().filter(safe).map(|s| s.extra_drive_min).min().unwrap();
    assert!(safe(&&slots[0]), "a slot that leaves 15 min to every appointment first");
    assert_eq!(slots[0].extra_drive_min, least, "of those, the one that drives least");
    assert!(slots.iter().any(|s| !safe(&s)), "the demo day also has windows that leave little margin");
    let mut seen = std::collections::HashSet::new();
    assert!(
        slots.iter().all(|s| seen.insert((s.date, s.window.start(), s.window.end()))),
        "one slot per date and window"
    );
}

#[test]
fn a_short_list_holds_the_best_slot_of_each_day_with_room() {
    let (day, router) = (demo_day(), andorra());
    let plan = planned(&day, &router);
    let known = [KnownDay { day: &day, plan: Some(&plan) }];
    let job = caller(vec![Skill::Copper], Priority::Normal, 20 * 60);
    let every = find_slots(&search(job.clone(), 5), &known, Some(&router)).unwrap();
    let short = find_slots(&SlotSearch { max_slots: 6, ..search(job, 5) }, &known, Some(&router)).unwrap();
    assert_eq!(short.len(), 6);
    for date in working_dates(day.date, 5) {
        let best = every.iter().find(|s| s.date == date).expect("every day has room for 20 minutes");
        assert!(short.contains(best), "the best slot of {date} is offered");
    }
    assert!(short.contains(&every[0]), "and the best of all");
    for pair in short.windows(2) {
        assert_ne!(rank(&pair[0], &pair[1], false), Ordering::Greater, "in rank order");
    }
}

#[test]
fn an_emergency_is_offered_today_first_and_never_before_now() {
    let (mut day, router) = (demo_day(), andorra());
    day.interventions.truncate(8);
    let plan = planned(&day, &router);
    let known = [KnownDay { day: &day, plan: Some(&plan) }];
    let mut urgent = search(caller(vec![Skill::Copper], Priority::Emergency, 20 * 60), 5);
    urgent.now = TimeOfDay::from_hm(10, 20);
    let slots = find_slots(&urgent, &known, Some(&router)).unwrap();
    assert_eq!(slots[0].date, day.date, "today first: {:?}", slots[0]);
    assert_eq!(slots[0].window.start(), TimeOfDay::from_hm(11, 0).unwrap(), "the next whole hour after now");
    assert!(slots.iter().filter(|s| s.date == day.date).all(|s| s.start >= TimeOfDay::from_hm(10, 20).unwrap()));
    for slot in slots.iter().filter(|s| s.date == day.date) {
        assert_checker_accepts(&day, Some(&plan), &urgent.job, slot, &router);
    }
    let ordinary = SlotSearch { job: caller(vec![Skill::Copper], Priority::Normal, 20 * 60), ..urgent };
    let first = &find_slots(&ordinary, &known, Some(&router)).unwrap()[0];
    assert!(first.date != day.date || first.extra_drive_min == 0, "an ordinary call goes where it drives least");
}

#[test]
fn a_later_day_with_jobs_is_searched_over_its_plan_and_skipped_without_one() {
    let (today, router) = (demo_day(), andorra());
    let plan = planned(&today, &router);
    let next = working_dates(today.date, 2)[1];
    let later = Day { date: next, ..today.clone() };
    let later_plan = DayPlan { ..plan.clone() };
    let job = caller(vec![Skill::Copper], Priority::Normal, 20 * 60);
    let unplanned = [KnownDay { day: &today, plan: Some(&plan) }, KnownDay { day: &later, plan: None }];
    let slots = find_slots(&search(job.clone(), 3), &unplanned, Some(&router)).unwrap();
    assert!(slots.iter().all(|s| s.date != next), "its appointments' times are unknown: nothing offered that day");
    assert!(slots.iter().any(|s| s.date > next), "the free day after it is searched");
    let known = [KnownDay { day: &today, plan: Some(&plan) }, KnownDay { day: &later, plan: Some(&later_plan) }];
    let slots = find_slots(&search(job.clone(), 3), &known, Some(&router)).unwrap();
    let on_later: Vec<&Slot> = slots.iter().filter(|s| s.date == next).collect();
    assert!(!on_later.is_empty());
    assert!(slots.iter().any(|s| s.date == today.date), "the same day has the same room");
    for slot in on_later {
        assert!(slot.risk_min.is_some(), "that day's appointments are counted");
        assert_checker_accepts(&later, Some(&later_plan), &job, slot, &router);
    }
}
