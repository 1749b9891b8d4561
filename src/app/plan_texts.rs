//! What the plan tells the user, in French or English: the coverage warnings and why a job was left out.

use super::i18n::Language;
use super::texts::StopText;
use crate::model::{NoRoute, NoRouteCause, ProgressError, ShiftPlace, UnplannedJob, UnplannedReason};
use crate::plan::coverage::{EstimatedLegs, FarFromCrew, PlacesOutside};

impl Language {
    /// « 15 interventions sur 25 sont à plus de 431 km des domiciles de l'équipe : … » in the user's language.
    pub fn far_from_crew(self, far: &FarFromCrew) -> String {
        let km = far.at_least_km.floor();
        match self {
            Language::Fr => format!(
                "{} interventions sur {} sont à plus de {km:.0} km des domiciles de l'équipe : vérifiez les domiciles et les dépôts dans Réglages (ou la région de la journée).",
                far.jobs, far.of
            ),
            Language::En => format!(
                "{} of {} jobs are more than {km:.0} km from the crew's homes: check the homes and depots in Settings (or the day's region).",
                far.jobs, far.of
            ),
        }
    }

    /// « 12 trajets sur 15 sont estimés à vol d'oiseau : … » in the user's language.
    pub fn estimated_legs(self, legs: EstimatedLegs) -> String {
        match self {
            Language::Fr => format!(
                "{} trajets sur {} sont estimés à vol d'oiseau : la région routière ne couvre pas ces lieux. Ajoutez la région de l'équipe dans Réglages.",
                legs.estimated, legs.legs
            ),
            Language::En => format!(
                "{} of {} drives are straight-line estimates: the road region does not cover these places. Add the crew's region in Settings.",
                legs.estimated, legs.legs
            ),
        }
    }

    /// « 17 des 29 lieux de la journée sont hors de la région routière « Andorre » : … ».
    pub fn places_outside(self, outside: PlacesOutside, region: &str) -> String {
        match self {
            Language::Fr => format!(
                "{} des {} lieux de la journée sont hors de la région routière « {region} » : leurs trajets ne sont qu'estimés. Ajoutez la région de l'équipe dans Réglages.",
                outside.outside, outside.of
            ),
            Language::En => format!(
                "{} of the day's {} places are outside the road region \"{region}\": their drives are only estimates. Add the crew's region in Settings.",
                outside.outside, outside.of
            ),
        }
    }

    /// Why a technician has no route today, and what to do: « Pas de tournée aujourd'hui : son
    /// départ est à 2,3 km de la route la plus proche (au plus 2 km). … ».
    pub fn no_route(self, no_route: &NoRoute) -> String {
        let start = no_route.place == ShiftPlace::Start;
        match self {
            Language::Fr => {
                let place = if start { "son départ" } else { "son lieu de retour" };
                let (what, then) = match no_route.cause {
                    NoRouteCause::OffRoad { distance_m, max_m } => (
                        format!(
                            "{place} est à {} de la route la plus proche (au plus {})",
                            self.distance(distance_m),
                            self.distance(max_m)
                        ),
                        "Vérifiez son domicile dans « Mon équipe, ma région »",
                    ),
                    NoRouteCause::ClosedRoad => (
                        format!("une route coupée isole {place} du reste de l'équipe"),
                        "Rouvrez la route dès qu'elle est dégagée",
                    ),
                    NoRouteCause::NoRoad => (
                        format!("aucune route ne relie {place} au reste de l'équipe à cette date (col fermé, ou route absente de la région)"),
                        "Vérifiez son domicile dans « Mon équipe, ma région »",
                    ),
                };
                format!("Pas de tournée aujourd'hui : {what}. {then} ; le reste de l'équipe est planifié sans ce technicien.")
            }
            Language::En => {
                let place = if start { "their start" } else { "their return place" };
                let (what, then) = match no_route.cause {
                    NoRouteCause::OffRoad { distance_m, max_m } => (
                        format!(
                            "{place} is {} from the nearest road (at most {})",
                            self.distance(distance_m),
                            self.distance(max_m)
                        ),
                        "Check their home in \"My crew, my region\"",
                    ),
                    NoRouteCause::ClosedRoad => {
                        (format!("a closed road cuts {place} off from the crew"), "Reopen the road once it is clear")
                    }
                    NoRouteCause::NoRoad => (
                        format!("no road joins {place} to the crew on this date (a closed pass, or a road missing from the region)"),
                        "Check their home in \"My crew, my region\"",
                    ),
                };
                format!("No route today: {what}. {then}; the rest of the crew is planned without them.")
            }
        }
    }

    /// Why a technician has no route today, in a line: « pas de tournée : domicile loin de toute route ».
    pub fn no_route_short(self, cause: NoRouteCause) -> &'static str {
        match (self, cause) {
            (Language::Fr, NoRouteCause::OffRoad { .. }) => "pas de tournée : domicile loin de toute route",
            (Language::En, NoRouteCause::OffRoad { .. }) => "no route: home far from every road",
            (Language::Fr, NoRouteCause::ClosedRoad) => "pas de tournée : isolé par une route coupée",
            (Language::En, NoRouteCause::ClosedRoad) => "no route: cut off by a closed road",
            (Language::Fr, NoRouteCause::NoRoad) => "pas de tournée : aucune route vers l'équipe",
            (Language::En, NoRouteCause::NoRoad) => "no route: no road to the crew",
        }
    }

    /// Why `job` was left out, in this language.
    pub fn unplanned(self, job: &UnplannedJob) -> String {
        let fr = self == Language::Fr;
        match (job.reason, fr) {
            (UnplannedReason::NoTechnician, true) => "aucun technicien dans l'équipe du jour".into(),
            (UnplannedReason::NoTechnician, false) => "nobody is in today's crew".into(),
            (UnplannedReason::NoTechnicianWithSkill, true) => "aucun technicien n'a la compétence requise".into(),
            (UnplannedReason::NoTechnicianWithSkill, false) => "no technician has the skill needed".into(),
            (UnplannedReason::WindowUnreachable, true) => "créneau impossible à atteindre".into(),
            (UnplannedReason::WindowUnreachable, false) => "the appointment window cannot be reached".into(),
            (UnplannedReason::ShiftTooShort, true) => "journée trop courte".into(),
            (UnplannedReason::ShiftTooShort, false) => "the working day is too short".into(),
            (UnplannedReason::MaxWorkingTime, true) => "durée maximale de travail dépassée".into(),
            (UnplannedReason::MaxWorkingTime, false) => "longest working day exceeded".into(),
            (UnplannedReason::MaxJobsReached, true) => "nombre maximal d'interventions atteint".into(),
            (UnplannedReason::MaxJobsReached, false) => "most jobs per day reached".into(),
            (UnplannedReason::DisplacedByHigherPriority, true) => {
                "place prise par des interventions plus urgentes".into()
            }
            (UnplannedReason::DisplacedByHigherPriority, false) => "more urgent jobs took the time".into(),
            (UnplannedReason::CrewFull, true) => {
                "l'équipe est complète : il faudrait un technicien de plus ou des heures supplémentaires".into()
            }
            (UnplannedReason::CrewFull, false) => {
                "the crew's day is full: another technician or overtime would fit it in".into()
            }
            (UnplannedReason::CapacityExceeded, true) => "dépasse la capacité du véhicule".into(),
            (UnplannedReason::CapacityExceeded, false) => "more than the vehicle can carry".into(),
            (UnplannedReason::OffRoad, true) => match job.distance_m {
                Some(metres) => {
                    format!("à {} de la route la plus proche : vérifiez ses coordonnées", self.distance(metres))
                }
                None => "lieu loin de toute route : vérifiez ses coordonnées".into(),
            },
            (UnplannedReason::OffRoad, false) => match job.distance_m {
                Some(metres) => format!("{} from the nearest road: check its coordinates", self.distance(metres)),
                None => "far from every road: check its coordinates".into(),
            },
            (UnplannedReason::TechnicianWithoutRoute, true) => {
                "seul un technicien sans tournée aujourd'hui pouvait la faire (voir sa journée)".into()
            }
            (UnplannedReason::TechnicianWithoutRoute, false) => {
                "only a technician with no route today could take it (see their day)".into()
            }
            (UnplannedReason::NoRoad, true) => {
                "aucune route n'y mène depuis l'équipe à cette date (col fermé, ou route absente de la région)".into()
            }
            (UnplannedReason::NoRoad, false) => {
                "no road leads there from the crew on this date (a closed pass, or a road missing from the region)"
                    .into()
            }
            (UnplannedReason::ClosedRoad, true) => {
                "inaccessible : une route coupée isole ce lieu (rouvrez-la ou passez un autre jour)".into()
            }
            (UnplannedReason::ClosedRoad, false) => {
                "cut off: a closed road isolates this place (reopen it or come another day)".into()
            }
        }
    }

    /// Who or what a job left out is: the customer, or « Pause déjeuner » for a lunch break.
    pub fn unplanned_name(self, job: &UnplannedJob) -> String {
        if job.is_break {
            self.tr(StopText::LunchBreak).to_string()
        } else {
            job.customer.clone()
        }
    }

    /// Why a tap on a stop was refused by the day's log.
    pub fn progress_error(self, error: &ProgressError) -> String {
        match (self, error) {
            (Language::Fr, ProgressError::AlreadyClosed(id)) => {
                format!("l'intervention « {id} » est déjà close : rouvrez-la d'abord")
            }
            (Language::En, ProgressError::AlreadyClosed(id)) => {
                format!("job \"{id}\" is already closed: reopen it first")
            }
            (Language::Fr, ProgressError::NothingToReopen(id)) => format!("l'intervention « {id} » n'a rien à annuler"),
            (Language::En, ProgressError::NothingToReopen(id)) => format!("job \"{id}\" has nothing to undo"),
            (Language::Fr, ProgressError::MissingReason) => "indiquez la raison de l'échec".into(),
            (Language::En, ProgressError::MissingReason) => "give the reason of the failure".into(),
            (Language::Fr, ProgressError::NotFinished(id)) => {
                format!("l'intervention « {id} » n'est ni terminée ni en échec : rien à faire signer")
            }
            (Language::En, ProgressError::NotFinished(id)) => {
                format!("job \"{id}\" is neither done nor failed: nothing to sign for")
            }
            (Language::Fr, ProgressError::PhotoNotFinished(id)) => {
                format!("l'intervention « {id} » n'est ni terminée ni en échec : pas encore de photo")
            }
            (Language::En, ProgressError::PhotoNotFinished(id)) => {
                format!("job \"{id}\" is neither done nor failed: no photo yet")
            }
            (Language::Fr, ProgressError::NoSuchPhoto(_)) => "cette photo n'est plus là : rien à changer".into(),
            (Language::En, ProgressError::NoSuchPhoto(_)) => "this photo is no longer there: nothing to change".into(),
            (Language::Fr, ProgressError::PhotoBudget { used, photo, budget }) => format!(
                "photo refusée : les photos de la journée dépasseraient {} {} ({} déjà pris, celle-ci {})",
                self.decimal(*budget as f64 / 1e6, 0),
                self.megabytes(),
                self.size(*used),
                self.size(*photo)
            ),
            (Language::En, ProgressError::PhotoBudget { used, photo, budget }) => format!(
                "photo refused: the day's photos would go over {} {} ({} taken already, this one {})",
                self.decimal(*budget as f64 / 1e6, 0),
                self.megabytes(),
                self.size(*used),
                self.size(*photo)
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_job_left_out_is_explained_in_the_interfaces_language() {
        let job = |reason: UnplannedReason| UnplannedJob {
            id: "J".into(),
            customer: "Ferme Riba".into(),
            reason,
            is_break: false,
            distance_m: None,
        };
        let long = job(UnplannedReason::MaxWorkingTime);
        assert_eq!(Language::Fr.unplanned(&long), "durée maximale de travail dépassée");
        assert_eq!(Language::En.unplanned(&long), "longest working day exceeded");
        let full = job(UnplannedReason::CrewFull);
        assert!(Language::Fr.unplanned(&full).contains("un technicien de plus ou des heures supplémentaires"));
        assert!(Language::En.unplanned(&full).contains("another technician or overtime"));
        let far = UnplannedJob { distance_m: Some(2345.2), ..job(UnplannedReason::OffRoad) };
        assert_eq!(Language::Fr.unplanned(&far), "à 2,3 km de la route la plus proche : vérifiez ses coordonnées");
        assert_eq!(Language::En.unplanned(&far), "2.3 km from the nearest road: check its coordinates");
        let lunch = UnplannedJob {
            id: "pause-T1".into(),
            customer: String::new(),
            is_break: true,
            ..job(UnplannedReason::ShiftTooShort)
        };
        assert_eq!(
            (Language::Fr.unplanned_name(&lunch), Language::En.unplanned_name(&lunch)),
            ("Pause déjeuner".into(), "Lunch break".into())
        );
        assert_eq!(Language::En.unplanned_name(&long), "Ferme Riba");
    }

    #[test]
    fn every_reason_reads_in_both_languages_and_the_english_has_no_french() {
        for reason in [
            UnplannedReason::NoTechnician,
            UnplannedReason::NoTechnicianWithSkill,
            UnplannedReason::WindowUnreachable,
            UnplannedReason::ShiftTooShort,
            UnplannedReason::MaxWorkingTime,
            UnplannedReason::MaxJobsReached,
            UnplannedReason::DisplacedByHigherPriority,
            UnplannedReason::CrewFull,
            UnplannedReason::CapacityExceeded,
            UnplannedReason::OffRoad,
            UnplannedReason::TechnicianWithoutRoute,
            UnplannedReason::NoRoad,
            UnplannedReason::ClosedRoad,
        ] {
            let job = UnplannedJob { id: "J".into(), customer: "C".into(), reason, is_break: false, distance_m: None };
            let (fr, en) = (Language::Fr.unplanned(&job), Language::En.unplanned(&job));
            assert_ne!(fr, en, "{reason:?}");
            assert!(!en.contains(" : ") && !en.chars().any(|c| "éèàç".contains(c)), "French left in: {en}");
        }
    }

    #[test]
    fn a_technician_without_a_route_is_told_why_and_what_to_do_in_both_languages() {
        let causes = [
            NoRouteCause::OffRoad { distance_m: 2330.4, max_m: 2000.0 },
            NoRouteCause::ClosedRoad,
            NoRouteCause::NoRoad,
        ];
        for cause in causes {
            for place in [ShiftPlace::Start, ShiftPlace::End] {
                let (fr, en) = (
                    Language::Fr.no_route(&NoRoute { place, cause }),
                    Language::En.no_route(&NoRoute { place, cause }),
                );
                assert!(fr.starts_with("Pas de tournée aujourd'hui : ") && fr.ends_with("sans ce technicien."), "{fr}");
                assert!(en.starts_with("No route today: ") && en.ends_with("without them."), "{en}");
                assert!(super::super::i18n::french_signs(&en).is_empty(), "French left in: {en}");
                let short = (Language::Fr.no_route_short(cause), Language::En.no_route_short(cause));
                assert!(short.0.starts_with("pas de tournée : ") && short.1.starts_with("no route: "), "{short:?}");
            }
        }
        let closed_end = NoRoute { place: ShiftPlace::End, cause: NoRouteCause::ClosedRoad };
        assert_eq!(
            Language::Fr.no_route(&closed_end),
            "Pas de tournée aujourd'hui : une route coupée isole son lieu de retour du reste de l'équipe. Rouvrez la route dès qu'elle est dégagée ; le reste de l'équipe est planifié sans ce technicien."
        );
        let off_road = NoRoute { place: ShiftPlace::Start, cause: causes[0] };
        assert!(Language::En
            .no_route(&off_road)
            .contains("their start is 2.3 km from the nearest road (at most 2 km)"));
    }

    #[test]
    fn every_refused_tap_reads_in_both_languages_and_the_english_has_no_french() {
        for error in [
            ProgressError::AlreadyClosed("F-1".into()),
            ProgressError::NothingToReopen("F-1".into()),
            ProgressError::MissingReason,
            ProgressError::NotFinished("F-1".into()),
            ProgressError::PhotoNotFinished("F-1".into()),
            ProgressError::NoSuchPhoto("proof.photo.jpg".into()),
            ProgressError::PhotoBudget { used: 49_800_000, photo: 310_000, budget: 50_000_000 },
        ] {
            let (fr, en) = (Language::Fr.progress_error(&error), Language::En.progress_error(&error));
            assert_ne!(fr, en, "{error:?}");
            assert!(super::super::i18n::french_signs(&en).is_empty(), "French left in: {en}");
        }
        assert_eq!(
            Language::Fr.progress_error(&ProgressError::AlreadyClosed("F-1".into())),
            "l'intervention « F-1 » est déjà close : rouvrez-la d'abord"
        );
        let over = ProgressError::PhotoBudget { used: 49_800_000, photo: 310_000, budget: 50_000_000 };
        assert_eq!(
            Language::Fr.progress_error(&over),
            "photo refusée : les photos de la journée dépasseraient 50 Mo (49,8 Mo déjà pris, celle-ci 0,3 Mo)"
        );
        assert_eq!(
            Language::En.progress_error(&over),
            "photo refused: the day's photos would go over 50 MB (49.8 MB taken already, this one 0.3 MB)"
        );
    }
}
