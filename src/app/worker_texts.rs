//! Why a worker could not build a pack or plan the day, in the user's language: the worker
//! sends typed errors ([`WorkerError`]); this words them (a whole failure, with the file it was
//! about, is worded in [`super::failure_texts`]).

use super::i18n::Language;
use crate::app::worker::protocol::{InternalError, WorkerError};
use crate::plan::day_problem::DayPlace;
use crate::road::osm::ImportError;
use crate::road::pack::PackError;

impl Language {
    /// A place of the day as an error names it: « départ de Léa », "Léa's start".
    pub fn day_place(self, place: &DayPlace) -> String {
        match (self, place) {
            (Language::Fr, DayPlace::Start { technician }) => format!("départ de {technician}"),
            (Language::Fr, DayPlace::End { technician }) => format!("retour de {technician}"),
            (Language::En, DayPlace::Start { technician }) => format!("{technician}'s start"),
            (Language::En, DayPlace::End { technician }) => format!("{technician}'s return"),
            (_, DayPlace::Customer { customer }) => customer.clone(),
        }
    }

    /// Why the worker could not do what it was asked.
    pub fn worker_error(self, error: &WorkerError) -> String {
        let fr = self == Language::Fr;
        match error {
            WorkerError::Pack(error) => self.pack_read_error(error),
            WorkerError::Extract(error) => self.extract_error(error),
            WorkerError::Day(error) => self.day_file_error(error),
            WorkerError::OffRoad { place, distance_m, max_m } if fr => format!(
                "« {} » est à {} de la route la plus proche (au plus {}) : vérifiez ses coordonnées",
                self.day_place(place),
                self.distance(*distance_m),
                self.distance(*max_m)
            ),
            WorkerError::OffRoad { place, distance_m, max_m } => format!(
                "\"{}\" is {} from the nearest road (at most {}): check its coordinates",
                self.day_place(place),
                self.distance(*distance_m),
                self.distance(*max_m)
            ),
            WorkerError::TooManyInterventions { count, max } if fr => {
                format!("{count} interventions dans la journée : l'optimiseur en tient au plus {max}")
            }
            WorkerError::TooManyInterventions { count, max } => {
                format!("{count} jobs in the day: the planner holds at most {max}")
            }
            WorkerError::Unreachable { from, to, by_closure: true } if fr => {
                format!(
                    "aucun itinéraire de « {} » à « {} » : une route coupée l'empêche",
                    self.day_place(from),
                    self.day_place(to)
                )
            }
            WorkerError::Unreachable { from, to, by_closure: true } => {
                format!(
                    "no road from \"{}\" to \"{}\": a closed road cuts it",
                    self.day_place(from),
                    self.day_place(to)
                )
            }
            WorkerError::Unreachable { from, to, .. } if fr => {
                format!("aucun itinéraire de « {} » à « {} » à cette date", self.day_place(from), self.day_place(to))
            }
            WorkerError::Unreachable { from, to, .. } => {
                format!("no road from \"{}\" to \"{}\" on that date", self.day_place(from), self.day_place(to))
            }
            WorkerError::RegionMissing if fr => {
                "la région routière n'est pas chargée dans le calcul en arrière-plan : rechargez la page".into()
            }
            WorkerError::RegionMissing => {
                "the road region is not loaded in the background planner: reload the page".into()
            }
            WorkerError::OtherVersion if fr => {
                "Tournée a été mise à jour pendant que cette page était ouverte : rechargez-la".into()
            }
            WorkerError::OtherVersion => "Tournée was updated while this page was open: reload it".into(),
            WorkerError::Unreadable if fr => "message illisible entre la page et le calcul en arrière-plan".into(),
            WorkerError::Unreadable => "unreadable message between the page and the background planner".into(),
            WorkerError::Stopped if fr => "le calcul en arrière-plan s'est arrêté (mémoire insuffisante ?)".into(),
            WorkerError::Stopped => "the background planner stopped (out of memory?)".into(),
            WorkerError::Internal(InternalError::NoClock) if fr => {
                "erreur interne de l'optimiseur : le navigateur ne lui donne pas d'horloge".into()
            }
            WorkerError::Internal(InternalError::NoClock) => {
                "internal error of the planner: the browser gives it no clock".into()
            }
            WorkerError::Internal(InternalError::InconsistentProblem) if fr => {
                "erreur interne de l'optimiseur : problème incohérent (signalez-le, avec le fichier de la journée)"
                    .into()
            }
            WorkerError::Internal(InternalError::InconsistentProblem) => {
                "internal error of the planner: inconsistent problem (please report it, with the day file)".into()
            }
            WorkerError::Internal(InternalError::NoSharedSearch) if fr => {
                "erreur interne de l'optimiseur : un calcul partagé a perdu sa journée (relancez l'optimisation)".into()
            }
            WorkerError::Internal(InternalError::NoSharedSearch) => {
                "internal error of the planner: a shared search lost its day (optimise again)".into()
            }
        }
    }

    /// Why a pack does not read.
    pub fn pack_read_error(self, error: &PackError) -> String {
        match (self, error) {
            (Language::Fr, PackError::NotAPack) => "ce fichier n'est pas un paquet de région Tournée".into(),
            (Language::En, PackError::NotAPack) => "this file is not a Tournée region pack".into(),
            (Language::Fr, PackError::UnsupportedVersion { found, supported }) => format!(
                "paquet de région au format {found}, cette version de Tournée lit le format {supported} : reconstruisez-le"
            ),
            (Language::En, PackError::UnsupportedVersion { found, supported }) => format!(
                "region pack in format {found}, this version of Tournée reads format {supported}: build it again"
            ),
            // The reader's detail is for developers: the page writes it to the console.
            (Language::Fr, PackError::Corrupt(_)) => "paquet de région endommagé ou incomplet".into(),
            (Language::En, PackError::Corrupt(_)) => "region pack damaged or incomplete".into(),
        }
    }

    /// Why an extract could not be made into a pack.
    pub fn extract_error(self, error: &ImportError) -> String {
        match (self, error) {
            (Language::Fr, ImportError::Unreadable(detail)) => {
                format!("fichier OSM illisible (attendu un .osm.pbf complet) : {detail}")
            }
            (Language::En, ImportError::Unreadable(detail)) => {
                format!("unreadable OSM file (a complete .osm.pbf is expected): {detail}")
            }
            (Language::Fr, ImportError::NoRoads) => "l'extrait OSM ne contient aucune route carrossable".into(),
            (Language::En, ImportError::NoRoads) => "the OSM extract holds no road a van may drive".into(),
            (Language::Fr, ImportError::Implausible { kept, bytes }) => {
                format!("extrait OSM invraisemblable : plus de {kept} nœuds pour un fichier de {bytes} octets")
            }
            (Language::En, ImportError::Implausible { kept, bytes }) => {
                format!("implausible OSM extract: over {kept} nodes for a file of {bytes} bytes")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_worker_error_is_worded_in_both_languages() {
        let pack = WorkerError::Pack(PackError::NotAPack);
        assert_eq!(Language::Fr.worker_error(&pack), "ce fichier n'est pas un paquet de région Tournée");
        assert_eq!(Language::En.worker_error(&pack), "this file is not a Tournée region pack");
        use crate::app::state::failure::Failure;
        let file =
            Failure::Worker { file: Some("monaco.osm.pbf".into()), error: WorkerError::Extract(ImportError::NoRoads) };
        assert_eq!(Language::En.failure(&file), "monaco.osm.pbf: the OSM extract holds no road a van may drive");
        assert_eq!(Language::Fr.failure(&file), "monaco.osm.pbf : l'extrait OSM ne contient aucune route carrossable");
        for error in [
            WorkerError::OffRoad {
                place: DayPlace::Start { technician: "Léa".into() },
                distance_m: 812.0,
                max_m: 500.0,
            },
            WorkerError::TooManyInterventions { count: 1501, max: 1500 },
            WorkerError::Unreachable {
                from: DayPlace::End { technician: "Léa".into() },
                to: DayPlace::Customer { customer: "Ferme".into() },
                by_closure: false,
            },
            WorkerError::Unreachable {
                from: DayPlace::End { technician: "Léa".into() },
                to: DayPlace::Customer { customer: "Ferme".into() },
                by_closure: true,
            },
            WorkerError::RegionMissing,
            WorkerError::OtherVersion,
            WorkerError::Unreadable,
            WorkerError::Stopped,
            WorkerError::Internal(InternalError::NoClock),
            WorkerError::Internal(InternalError::InconsistentProblem),
            WorkerError::Internal(InternalError::NoSharedSearch),
        ] {
            let (fr, en) = (Language::Fr.worker_error(&error), Language::En.worker_error(&error));
            assert_ne!(fr, en, "{error:?}");
            assert!(!en.contains(" : ") && !en.contains('«') && !en.contains(" de "), "French left in: {en}");
        }
    }

    #[test]
    fn a_technicians_place_is_named_in_the_language_on_screen() {
        let error = WorkerError::OffRoad {
            place: DayPlace::Start { technician: "Léa".into() },
            distance_m: 812.0,
            max_m: 500.0,
        };
        assert!(Language::Fr.worker_error(&error).starts_with("« départ de Léa » est à 812 m"));
        assert!(Language::En.worker_error(&error).starts_with("\"Léa's start\" is 812 m"));
    }

    #[test]
    fn every_pack_and_extract_error_reads_in_both_languages_and_the_english_has_no_french() {
        let packs = [
            PackError::NotAPack,
            PackError::UnsupportedVersion { found: 9, supported: 4 },
            PackError::Corrupt("x".into()),
        ];
        let extracts =
            [ImportError::Unreadable("x".into()), ImportError::NoRoads, ImportError::Implausible { kept: 9, bytes: 1 }];
        let texts = packs
            .iter()
            .map(|e| (Language::Fr.pack_read_error(e), Language::En.pack_read_error(e)))
            .chain(extracts.iter().map(|e| (Language::Fr.extract_error(e), Language::En.extract_error(e))));
        for (fr, en) in texts {
            assert_ne!(fr, en);
            assert!(super::super::i18n::french_signs(&en).is_empty(), "French left in: {en}");
        }
        assert_eq!(
            Language::Fr.worker_error(&WorkerError::TooManyInterventions { count: 1501, max: 1500 }),
            "1501 interventions dans la journée : l'optimiseur en tient au plus 1500"
        );
    }
}
