//! « Proposer un créneau »: the slots to offer a calling customer.

texts! {
    /// A sentence of the slot finder, in French and English.
    pub enum SlotText {
        /// Opens the slot finder for a job.
        FindSlot => "Proposer un créneau", "Offer a slot";
        /// Title of the slot finder.
        FinderTitle => "Créneaux à proposer", "Slots to offer";
        /// While the worker searches.
        Searching => "Recherche des créneaux…", "Looking for slots…";
        /// Nothing fits.
        NoSlot =>
            "Aucun créneau sur les jours ouvrés cherchés : les tournées sont pleines, ou personne n'a les compétences.",
            "No slot on the working days searched: the rounds are full, or nobody holds the skills.";
        /// Books the slot into the day.
        Book => "Réserver", "Book";
        /// Opens the SMS offering the first slots.
        OfferBySms => "Proposer par SMS", "Offer by SMS";
        /// Where a booked slot goes.
        BookAnyDay =>
            "« Réserver » inscrit le créneau dans son jour : aujourd'hui, il est planifié aussitôt ; un jour suivant, il apparaît dans « Semaine ».",
            "“Book” puts the slot into its day: today's is planned at once; a later day's shows in “Week”.";
        /// A job postponed today: not booked back into today.
        PostponedNotToday =>
            "Intervention reportée : réservez-la un autre jour, ou proposez-le par SMS.",
            "Postponed job: book it on another day, or offer one by SMS.";
        /// The day is being optimised.
        WhileSolving =>
            "La journée est en cours d'optimisation : réessayez dans un instant.",
            "The day is being optimised: try again in a moment.";
        /// No day or no region yet.
        NotReady =>
            "La région ou la journée n'est pas encore chargée.",
            "The region or the day is not loaded yet.";
        /// How slots are ranked.
        RankHint =>
            "Les moins de route d'abord, sans jamais mettre un rendez-vous promis en retard.",
            "Least extra driving first, never making a promised appointment late.";
        /// Closes the slot finder.
        Close => "Fermer", "Close";
        /// Settings card heading.
        SettingsHeading => "Créneaux proposés", "Slots offered";
        /// Settings: working days searched.
        DaysLabel => "Jours ouvrés cherchés (week-end exclu)", "Working days searched (weekends skipped)";
        /// Settings: width of a slot.
        WidthLabel => "Largeur d'un créneau, en minutes", "Width of a slot, in minutes";
    }
}
