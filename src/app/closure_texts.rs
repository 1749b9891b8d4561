//! The words of a road closure: its cause, its end, its place (the road's name and the nearest
//! commune of the département), and a leg of the plan that a closure changed.

use super::i18n::Language;
use super::texts::ClosureText;
use crate::model::{ClosureEnd, ClosureReason, RoadClosure};
use crate::plan::closed_legs::{CrossedLeg, LegEnd};
use crate::road::Communes;

/// A commune's town hall further than this from a closure does not name its place, m: in
/// another region, the nearest commune of the département is not « near ».
const NEAR_COMMUNE_M: f64 = 15_000.0;

impl Language {
    /// The cause, as the form and the list say it: « Éboulement ».
    pub fn closure_reason(self, reason: ClosureReason) -> &'static str {
        self.tr(match reason {
            ClosureReason::Rockfall => ClosureText::Rockfall,
            ClosureReason::Snow => ClosureText::Snow,
            ClosureReason::Works => ClosureText::Works,
            ClosureReason::Other => ClosureText::Other,
        })
    }

    /// Until when: « jusqu'à ce soir », « jusqu'au mardi 8 décembre 2026 », « jusqu'à nouvel ordre ».
    pub fn closure_until(self, until: ClosureEnd) -> String {
        match until {
            ClosureEnd::Tonight => self.tr(ClosureText::UntilTonight).to_string(),
            ClosureEnd::Date(date) => format!("{} {}", self.tr(ClosureText::UntilThe), self.long_date(date)),
            ClosureEnd::UntilRemoved => self.tr(ClosureText::UntilFurtherNotice).to_string(),
        }
    }

    /// Where: « D908 près de Colmars », or the road alone away from the département's communes.
    pub fn closure_place(self, closure: &RoadClosure) -> String {
        let road = closure.road.clone().unwrap_or_else(|| self.tr(ClosureText::UnnamedRoad).to_string());
        let commune = Communes::embedded().nearest(closure.at);
        if commune.town_hall.distance_m(closure.at) <= NEAR_COMMUNE_M {
            format!("{road} {} {}", self.tr(ClosureText::Near), commune.name)
        } else {
            road
        }
    }

    /// « Routes coupées (2) ».
    pub fn closures_heading(self, count: usize) -> String {
        format!("{} ({count})", self.tr(ClosureText::ListHeading))
    }

    /// A leg a closure changed: « Départ → Mairie d'Ordino : détour, route coupée (éboulement),
    /// +18 min », or « … : plus de route, route coupée (neige) » when no road is left.
    pub fn crossed_leg(self, leg: &CrossedLeg, closure: Option<&RoadClosure>) -> String {
        let end = |end: &LegEnd| match end {
            LegEnd::Start => self.tr(ClosureText::LegStart).to_string(),
            LegEnd::Stop { customer, .. } => customer.clone(),
            LegEnd::End => self.tr(ClosureText::LegEnd).to_string(),
        };
        let what = match leg.extra_min() {
            Some(_) => self.tr(ClosureText::Detour),
            None => self.tr(ClosureText::NoWayRound),
        };
        let cause = closure.map(|closure| format!(" ({})", self.closure_reason(closure.reason).to_lowercase()));
        let extra = leg.extra_min().map(|minutes| format!(", +{minutes} min")).unwrap_or_default();
        format!("{} → {}{}{what}{}{extra}", end(&leg.from), end(&leg.to), self.colon(), cause.unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::i18n::french_signs;
    use crate::model::LatLon;

    fn rockfall(at: LatLon, until: ClosureEnd) -> RoadClosure {
        RoadClosure {
            at,
            reason: ClosureReason::Rockfall,
            since: "2026-12-06".parse().unwrap(),
            until,
            road: Some("D908".into()),
            note: String::new(),
        }
    }

    #[test]
    fn a_closure_in_the_departement_is_named_by_its_road_and_commune() {
        let colmars = Communes::embedded().find("Colmars").unwrap().town_hall;
        let closure = rockfall(colmars, ClosureEnd::Tonight);
        assert_eq!(Language::Fr.closure_place(&closure), "D908 près de Colmars");
        assert_eq!(Language::En.closure_place(&closure), "D908 near Colmars");
        let andorra = rockfall(LatLon::new(42.5, 1.52).unwrap(), ClosureEnd::Tonight);
        assert_eq!(Language::Fr.closure_place(&andorra), "D908", "no commune of the 04 is near");
        let unnamed = RoadClosure { road: None, ..andorra };
        assert_eq!(Language::En.closure_place(&unnamed), "unnamed road");
    }

    #[test]
    fn a_changed_leg_says_detour_cause_and_minutes_in_both_languages() {
        let closure = rockfall(LatLon::new(44.2, 6.6).unwrap(), ClosureEnd::Date("2026-12-08".parse().unwrap()));
        let leg = CrossedLeg {
            technician: "T1".into(),
            from: LegEnd::Stop { id: "J1".into(), customer: "Colmars".into() },
            to: LegEnd::Stop { id: "J2".into(), customer: "Allos".into() },
            closure: 0,
            before_s: 600.0,
            after_s: Some(600.0 + 18.0 * 60.0),
        };
        assert_eq!(
            Language::Fr.crossed_leg(&leg, Some(&closure)),
            "Colmars → Allos : détour, route coupée (éboulement), +18 min"
        );
        let english = Language::En.crossed_leg(&leg, Some(&closure));
        assert_eq!(english, "Colmars → Allos: detour, road closed (rockfall), +18 min");
        let cut = CrossedLeg { to: LegEnd::End, after_s: None, ..leg };
        assert_eq!(
            Language::En.crossed_leg(&cut, Some(&closure)),
            "Colmars → Return: no road left, road closed (rockfall)"
        );
        assert_eq!(Language::Fr.closure_until(closure.until), "jusqu'au mardi 8 décembre 2026");
        for until in [ClosureEnd::Tonight, closure.until, ClosureEnd::UntilRemoved] {
            assert!(french_signs(&Language::En.closure_until(until)).is_empty());
        }
    }
}
