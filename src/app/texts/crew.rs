//! The crew card and a technician's profile.

texts! {
    /// A sentence of this part of the interface, in French and English.
    pub enum CrewText {
        /// Heading of the crew card.
        CrewHeading => "Équipe et date de la journée", "Crew and date of the day";
        /// Marks the technician whose phone this is.
        MyPhone =>
            "C'est mon téléphone (ma position, pour replanifier)",
            "This is my phone (my position, for re-planning)";
        /// Label of the date.
        PlanningDate => "Date de la journée", "Date of the day";
        /// What the date decides.
        PlanningDateHint =>
            "Les routes fermées ce jour-là (cols en hiver) sont évitées.",
            "Roads closed that day (passes in winter) are avoided.";
        /// The dispatcher's choice in the crew card.
        FewestTechnicians =>
            "Envoyer le moins de techniciens possible (les autres restent disponibles)",
            "Send out as few technicians as possible (the others stay free)";
        /// Before a technician's longest working day in the crew card.
        AtMost => "au plus", "at most";
        /// Lunch.
        Lunch => "pause", "lunch";
        /// Add button.
        AddTechnician => "Ajouter un technicien", "Add a technician";
        /// Title of the technician form.
        TechnicianHeading => "Profil du technicien", "Technician profile";
        /// Form label.
        TechId => "Identifiant (initiales, matricule)", "Identifier (initials, employee number)";
        /// Form label.
        TechName => "Nom", "Name";
        /// Form label.
        TechStart => "Début de journée", "Start of the day";
        /// Form label.
        TechEnd => "Fin de journée (retour)", "End of the day (back)";
        /// Form label.
        TechHome => "Départ : commune, code postal ou « lat, lon »", "Start: commune, postal code or “lat, lon”";
        /// Form label.
        TechEndPlace => "Retour (vide : comme le départ)", "End place (empty: same as start)";
        /// Form label.
        TechLunchWindow => "Pause déjeuner entre (vide : pas de pause)", "Lunch between (empty: no break)";
        /// Form label.
        TechLunchLength => "Durée de la pause (min)", "Lunch length (min)";
        /// Form label.
        TechMaxJobs => "Interventions au plus (vide : sans limite)", "Most jobs (empty: no limit)";
        /// Form label.
        TechMaxWork =>
            "Durée de travail au plus, départ à retour (8h ; vide : l'horaire seul)",
            "Longest working day, departure to return (8h; empty: the shift alone)";
        /// Form label.
        TechOvertime =>
            "Heures sup. possibles après la fin (45 min ; vide : aucune)",
            "Overtime allowed after the end (45 min; empty: none)";
    }
}
