//! What the plan tells the user, in French or English: the coverage warnings and why a job was left out.

use super::i18n::Language;
use crate::plan::coverage::{EstimatedLegs, FarFromCrew, PlacesOutside};
use crate::plan::day_problem::UnplannedJob;
use crate::plan::UnplannedReason;

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

    /// Why `job` was left out, in this language: the optimiser's French sentence, or its English.
    pub fn unplanned(self, job: &UnplannedJob) -> String {
        if self == Language::Fr {
            return job.explanation.clone();
        }
        match job.reason {
            UnplannedReason::NoTechnician => "nobody is in today's crew".into(),
            UnplannedReason::NoTechnicianWithSkill => "no technician has the skill needed".into(),
            UnplannedReason::WindowUnreachable => "the appointment window cannot be reached".into(),
            UnplannedReason::ShiftTooShort => "the working day is too short".into(),
            UnplannedReason::MaxWorkingTime => "longest working day exceeded".into(),
            UnplannedReason::MaxJobsReached => "most jobs per day reached".into(),
            UnplannedReason::DisplacedByHigherPriority => "more urgent jobs took the time".into(),
            UnplannedReason::CapacityExceeded => "more than the vehicle can carry".into(),
            UnplannedReason::OffRoad => match job.distance_m {
                Some(metres) => format!("{metres:.0} m from the nearest road: check its coordinates"),
                None => "far from every road: check its coordinates".into(),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_job_left_out_is_explained_in_the_interfaces_language() {
        let job = |reason: UnplannedReason, explanation: &str| UnplannedJob {
            id: "J".into(),
            customer: "Ferme Riba".into(),
            reason,
            explanation: explanation.into(),
            distance_m: None,
        };
        let long = job(UnplannedReason::MaxWorkingTime, &UnplannedReason::MaxWorkingTime.to_string());
        assert_eq!(Language::Fr.unplanned(&long), "durée maximale de travail dépassée");
        assert_eq!(Language::En.unplanned(&long), "longest working day exceeded");
        let far = UnplannedJob {
            distance_m: Some(2345.2),
            ..job(UnplannedReason::OffRoad, "à 2345 m de la route la plus proche : vérifiez ses coordonnées")
        };
        assert_eq!(Language::En.unplanned(&far), "2345 m from the nearest road: check its coordinates");
    }
}
