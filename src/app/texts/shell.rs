//! The app's frame: tabs, top bar, about panel, update banner, language, demo banner.

texts! {
    /// A sentence of this part of the interface, in French and English.
    pub enum ShellText {
        /// Label of the Journée tab.
        TabDay => "Journée", "Day";
        /// Label of the Carte tab.
        TabMap => "Carte", "Map";
        /// Label of the Interventions tab.
        TabInterventions => "Interventions", "Jobs";
        /// Label of the Réglages tab.
        TabSettings => "Réglages", "Settings";
        /// Accessible name of the bottom navigation.
        MainNavigation => "Navigation principale", "Main navigation";
        /// Button and title of the about panel.
        About => "À propos", "About";
        /// What the app is, in one line.
        AboutSummary =>
            "Planification des tournées d'intervention, entièrement hors ligne.",
            "Route planning for field technicians, fully offline.";
        /// Label before the version number.
        Version => "Version", "Version";
        /// Label before the OpenStreetMap credit.
        MapDataCredit => "Données routières", "Road data";
        /// Closes a panel.
        Close => "Fermer", "Close";
        /// Label in the about panel.
        MemoryUsed => "Mémoire de l'application (WebAssembly)", "App memory (WebAssembly)";
        /// Banner shown when a new version is installed and waiting.
        UpdateReady => "Nouvelle version disponible", "New version available";
        /// Button applying the waiting version.
        Reload => "Recharger", "Reload";
        /// Heading of the language choice.
        LanguageHeading => "Langue", "Language";
        /// Shown while the device has no network.
        Offline => "Hors ligne", "Offline";
        /// Acknowledges a notice.
        Dismiss => "J'ai compris", "Got it";
        /// The banner shown while the demo is in use.
        DemoBanner =>
            "Démonstration : Andorre et deux techniciens fictifs.",
            "Demonstration: Andorra and two made-up technicians.";
        /// The banner shown while the demo region is in use with the user's own day.
        DemoRegionBanner =>
            "Démonstration : les routes d'Andorre, pas celles de votre équipe.",
            "Demonstration: the roads of Andorra, not your crew's.";
    }
}
