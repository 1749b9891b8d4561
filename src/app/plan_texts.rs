//! What the plan tells the user, in French or English: the coverage warnings and why a job was left out.

use super::i18n::Language;
use super::texts::StopText;
use crate::model::{OffRoadShift, ProgressError, ShiftPlace, UnplannedJob, UnplannedReason};
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

    /// Why a technician has no route today: « Pas de tournée aujourd'hui : son départ est à
    /// 2330 m de la route la plus proche (au plus 2000 m). … ».
    pub fn off_road_shift(self, shift: &OffRoadShift) -> String {
        let (metres, max) = (shift.distance_m, shift.max_m);
        match (self, shift.place) {
            (Language::Fr, place) => format!(
                "Pas de tournée aujourd'hui : son {} est à {metres:.0} m de la route la plus proche (au plus {max:.0} m). Vérifiez son domicile dans « Mon équipe, ma région » ; le reste de l'équipe est planifié sans ce technicien.",
                if place == ShiftPlace::Start { "départ" } else { "lieu de retour" }
            ),
            (Language::En, place) => format!(
                "No route today: their {} is {metres:.0} m from the nearest road (at most {max:.0} m). Check their home in \"My crew, my region\"; the rest of the crew is planned without them.",
                if place == ShiftPlace::Start { "start" } else { "return place" }
            ),
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
                Some(metres) => format!("à {metres:.0} m de la route la plus proche : vérifiez ses coordonnées"),
                None => "lieu loin de toute route : vérifiez ses coordonnées".into(),
            },
            (UnplannedReason::OffRoad, false) => match job.distance_m {
                Some(metres) => format!("{metres:.0} m from the nearest road: check its coordinates"),
                None => "far from every road: check its coordinates".into(),
            },
            (UnplannedReason::TechnicianOffRoad, true) => {
                "son technicien n'a pas de tournée : son domicile est loin de toute route".into()
            }
            (UnplannedReason::TechnicianOffRoad, false) => {
                "its technician has no route today: their home is far from every road".into()
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
        assert_eq!(Language::Fr.unplanned(&far), "à 2345 m de la route la plus proche : vérifiez ses coordonnées");
        assert_eq!(Language::En.unplanned(&far), "2345 m from the nearest road: check its coordinates");
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
            UnplannedReason::ClosedRoad,
        ] {
            let job = UnplannedJob { id: "J".into(), customer: "C".into(), reason, is_break: false, distance_m: None };
            let (fr, en) = (Language::Fr.unplanned(&job), Language::En.unplanned(&job));
            assert_ne!(fr, en, "{reason:?}");
            assert!(!en.contains(" : ") && !en.chars().any(|c| "éèàç".contains(c)), "French left in: {en}");
        }
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
