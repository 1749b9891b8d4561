//! Roads closed by the technician: the form, the list on Journée, the map and the proposal.

texts! {
    /// A sentence of this part of the interface, in French and English.
    pub enum ClosureText {
        /// The button on a stop that closes the road of the drive leading to it (an action: read as a
        /// statement, « Route coupée sur ce trajet » looked like a warning above every stop).
        CloseLeg => "Signaler une coupure sur ce trajet", "Report a closure on this drive";
        /// Heading of the form.
        FormHeading => "Route coupée", "Road closed";
        /// The form's place line, before the road's name.
        Where => "Où", "Where";
        /// A road the map has no name for.
        UnnamedRoad => "route sans nom", "unnamed road";
        /// Between the road and the commune: « D908 près de Colmars ».
        Near => "près de", "near";
        /// The group of causes.
        Cause => "Cause", "Cause";
        /// A cause.
        Rockfall => "Éboulement", "Rockfall";
        /// A cause.
        Snow => "Neige", "Snow";
        /// A cause.
        Works => "Travaux", "Road works";
        /// A cause.
        Other => "Autre", "Other";
        /// The group of ends.
        UntilWhen => "Jusqu'à quand", "Until when";
        /// An end: the end of the day.
        Tonight => "Ce soir", "Tonight";
        /// An end: a date chosen.
        OnDate => "Jusqu'à une date", "Until a date";
        /// An end: until removed.
        UntilRemoved => "Jusqu'à nouvel ordre", "Until further notice";
        /// The date field: the last day the road is closed.
        LastDay => "Dernier jour fermé", "Last day closed";
        /// The note field.
        Note => "Note (facultatif)", "Note (optional)";
        /// Submits the form.
        Confirm => "Fermer la route", "Close the road";
        /// A date chosen before the day itself.
        DateTooEarly => "Choisissez une date à partir du jour planifié.", "Choose a date from the planned day on.";
        /// The list's heading, before its count.
        ListHeading => "Routes coupées", "Closed roads";
        /// Lifts a closure (asked twice).
        Reopen => "Rouvrir la route", "Reopen the road";
        /// The second tap that lifts it.
        ConfirmReopen => "Oui, rouvrir la route", "Yes, reopen the road";
        /// In the list: ends tonight.
        UntilTonight => "jusqu'à ce soir", "until tonight";
        /// In the list, before a date.
        UntilThe => "jusqu'au", "until";
        /// In the list: until removed.
        UntilFurtherNotice => "jusqu'à nouvel ordre", "until further notice";
        /// In the list: a closure kept with the day that does not hold on its date.
        NotInForce => "pas en vigueur ce jour-là", "not in force that day";
        /// The map's button that starts a closure.
        ReportOnMap => "Signaler une route coupée", "Report a closed road";
        /// What to do once it is pressed.
        TapTheRoad => "Touchez la route coupée sur la carte.", "Tap the closed road on the map.";
        /// A tap too far from every road.
        NoRoadHere => "Aucune route ici : touchez une route de la carte.", "No road here: tap a road on the map.";
        /// The map is not ready to place the closure yet.
        MapNotReady => "La carte se prépare, réessayez dans un instant.", "The map is getting ready, try again in a moment.";
        /// No road joins the stop and the one before it.
        NoDrive => "Aucune route ne mène à cet arrêt.", "No road leads to this stop.";
        /// The label beside a closure on the map.
        MapLabel => "Route coupée", "Road closed";
        /// Heading of the proposal's legs that a closure changed.
        LegsHeading => "Trajets changés par une route coupée", "Drives changed by a closed road";
        /// A leg's start: the technician's departure.
        LegStart => "Départ", "Start";
        /// A leg's end: the technician's return.
        LegEnd => "Retour", "Return";
        /// A leg that a detour replaces.
        Detour => "détour, route coupée", "detour, road closed";
        /// A leg no road replaces.
        NoWayRound => "plus de route, route coupée", "no road left, road closed";
    }
}
