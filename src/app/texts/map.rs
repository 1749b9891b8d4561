//! The Carte page and the place picker drawn on the map.

texts! {
    /// A sentence of this part of the interface, in French and English.
    pub enum MapText {
        /// Map tab when no road region is loaded.
        MapEmptyTitle => "Aucune région routière chargée", "No road region loaded";
        /// What the map will show.
        MapEmptyHint =>
            "La carte des routes et le trajet s'afficheront ici, sans réseau.",
            "The road map and the route will show here, with no network.";
        /// The map of the region is being drawn.
        MapLoading => "Carte en préparation…", "Drawing the map…";
        /// What the map shows once drawn.
        MapLoadingHint =>
            "Les routes de la région et les trajets de la journée, dans un instant.",
            "The region's roads and the day's drives, in a moment.";
        /// Map button.
        ZoomIn => "Zoomer", "Zoom in";
        /// Map button.
        ZoomOut => "Dézoomer", "Zoom out";
        /// Map button.
        WholeRegion => "Toute la région", "Whole region";
        /// Map button.
        LocateMe => "Me localiser", "Locate me";
        /// Legend of the position.
        YouAreHere => "Vous êtes ici", "You are here";
        /// How to use the map.
        MapGestures =>
            "Un doigt déplace la carte, deux doigts zooment ; touchez un numéro pour ouvrir l'intervention.",
            "One finger moves the map, two zoom; tap a number to open the job.";
        /// Button and map label.
        PickOnMap => "Choisir le lieu sur la carte", "Pick the place on the map";
        /// How to pick.
        PickHint =>
            "Touchez la carte à l'endroit de l'intervention ; « + » zoome autour du point.",
            "Tap the map where the job is; “+” zooms around the point.";
    }
}
