//! The four sections of the app and their addresses.

use super::texts::ShellText;

/// A section reached from the bottom navigation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    /// The day's timeline: the plan, stop after stop.
    #[default]
    Day,
    /// The road map with the route.
    Map,
    /// The list of jobs to plan.
    Interventions,
    /// Profile, region, language.
    Settings,
}

impl Tab {
    /// Every tab, in the order of the bottom navigation (most used at the thumb's left).
    pub const ALL: [Tab; 4] = [Tab::Day, Tab::Map, Tab::Interventions, Tab::Settings];

    /// The URL fragment of this tab, so the phone's back button moves between tabs.
    pub fn fragment(self) -> &'static str {
        match self {
            Tab::Day => "#journee",
            Tab::Map => "#carte",
            Tab::Interventions => "#interventions",
            Tab::Settings => "#reglages",
        }
    }

    /// The tab a URL fragment names; an unknown or empty fragment opens the day.
    pub fn from_fragment(fragment: &str) -> Tab {
        Tab::ALL.into_iter().find(|tab| tab.fragment() == fragment).unwrap_or_default()
    }

    /// The label under the tab's icon.
    pub fn label(self) -> ShellText {
        match self {
            Tab::Day => ShellText::TabDay,
            Tab::Map => ShellText::TabMap,
            Tab::Interventions => ShellText::TabInterventions,
            Tab::Settings => ShellText::TabSettings,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_tab_round_trips_through_its_fragment() {
        for tab in Tab::ALL {
            assert_eq!(Tab::from_fragment(tab.fragment()), tab);
        }
        assert_eq!(Tab::from_fragment(""), Tab::Day);
        assert_eq!(Tab::from_fragment("#nimporte"), Tab::Day);
    }
}
