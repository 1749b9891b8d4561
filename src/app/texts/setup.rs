//! The first-start setup: my crew, my region.

texts! {
    /// A sentence of this part of the interface, in French and English.
    pub enum SetupText {
        /// Opens the first-start setup.
        MyCrewMyRegion => "Mon équipe, ma région", "My crew, my region";
        /// First words of the setup.
        SetupIntro =>
            "Deux questions pour préparer vos journées : où travaillez-vous, et qui est dans l'équipe ?",
            "Two questions to prepare your days: where do you work, and who is in the crew?";
        /// Heading of the region step.
        SetupRegionStep => "1. Votre région", "1. Your region";
        /// Heading of the crew step.
        SetupCrewStep => "2. Votre équipe", "2. Your crew";
        /// Button: build or add the region from a file.
        SetupFromFile => "Depuis un fichier (.osm.pbf ou .bin)", "From a file (.osm.pbf or .bin)";
        /// Button: keep the demonstration.
        SetupStayOnDemo => "Essayer la démonstration (Andorre)", "Try the demonstration (Andorra)";
        /// Button: go to the crew step.
        SetupNext => "Suivant : l'équipe", "Next: the crew";
        /// Button: back to the region step.
        SetupBack => "Retour", "Back";
        /// What a home may be.
        SetupHomeHint =>
            "Commune, code postal ou « latitude, longitude »",
            "Commune, postal code or \"latitude, longitude\"";
        /// Label of a technician's home in the setup.
        SetupHome => "Domicile (départ et retour)", "Home (start and end of the day)";
        /// Adds a row to the crew.
        SetupAddMember => "+ Un technicien de plus", "+ One more technician";
        /// Removes a row of the crew.
        SetupRemoveMember => "Retirer", "Remove";
        /// Ends the setup.
        SetupStart => "Commencer", "Start";
        /// Closes the setup without changes.
        SetupLater => "Plus tard", "Later";
        /// The region chosen so far.
        SetupRegionChosen => "Région choisie :", "Region chosen:";
        /// What finishing does to the demo day.
        SetupCrewReplaces =>
            "L'équipe remplace les techniciens de la démonstration ; la journée de démonstration est retirée, importez ensuite vos interventions.",
            "The crew replaces the demonstration's technicians; the demo day is removed, then import your jobs.";
        /// At least one technician is needed.
        SetupNeedsOne => "Indiquez au moins un technicien.", "Enter at least one technician.";
    }
}
