//! Words shared by several screens: buttons, badges, units.

texts! {
    /// A sentence of this part of the interface, in French and English.
    pub enum CommonText {
        /// Cancel button: closes a form or a choice, stops a running build.
        Cancel => "Annuler", "Cancel";
        /// Save button.
        Save => "Enregistrer", "Save";
        /// Edit button.
        Edit => "Modifier", "Edit";
        /// Delete button.
        Delete => "Supprimer", "Delete";
        /// Second tap of a deletion.
        ConfirmDelete => "Confirmer la suppression", "Confirm deletion";
        /// Call the customer.
        Call => "Appeler", "Call";
        /// Marks the demonstration wherever it shows.
        DemoLabel => "Démonstration", "Demonstration";
        /// Tells the plan is a demo day.
        DemoDay => "Journée de démonstration", "Demo day";
        /// Label of a job's required skills.
        SkillsLabel => "Compétences", "Skills";
        /// Before the minutes of overtime in a technician's totals.
        Overtime => "Heures sup. :", "Overtime:";
        /// The add button when a new intervention was left half-filled.
        ResumeDraft => "Reprendre la saisie en cours", "Resume what you were typing";
        /// Above a form opened again on what was typed before.
        DraftResumed => "Saisie reprise là où vous l'aviez laissée.", "Picked up where you left off.";
        /// Empties a form opened again on a draft.
        DraftRestart => "Tout effacer", "Clear all";
    }
}
