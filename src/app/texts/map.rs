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
        /// The locate button while the phone looks for its position.
        Locating => "Recherche de la position…", "Finding your position…";
        /// The position was refused.
        PositionRefused =>
            "Position refusée : autorisez la localisation pour Tournée dans les réglages du navigateur ou du téléphone pour vous voir sur la carte.",
            "Location refused: allow location for Tournée in the browser's or the phone's settings to see yourself on the map.";
        /// The phone could not find itself.
        PositionUnavailable =>
            "Position introuvable : activez la localisation du téléphone. Le GPS marche sans réseau, mais il lui faut le ciel : réessayez à découvert.",
            "Position not found: turn on the phone's location. GPS works with no network, but it needs the sky: try again outdoors.";
        /// No fix in time.
        PositionTimedOut =>
            "Pas encore de position : le GPS cherche toujours (il marche sans réseau, à découvert). Réessayez dans un instant.",
            "No position yet: the GPS is still searching (it works with no network, outdoors). Try again in a moment.";
        /// No geolocation in this browser.
        PositionUnsupported =>
            "Ce navigateur ne donne pas la position du téléphone.",
            "This browser does not give the phone's position.";
        /// After a count of stops drawn as one disc (« 5 arrêts proches »).
        NearbyStops => "arrêts proches : touchez pour zoomer", "stops close together: tap to zoom in";
        /// Legend of the disc that counts stops close together.
        CrowdLegend => "Arrêts proches (touchez pour zoomer)", "Stops close together (tap to zoom in)";
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
