//! The Interventions page and the form of an intervention.

texts! {
    /// A sentence of this part of the interface, in French and English.
    pub enum InterventionsText {
        /// Interventions tab with no job.
        InterventionsEmptyTitle => "Aucune intervention", "No jobs";
        /// How jobs will arrive.
        InterventionsEmptyHint =>
            "Importez un fichier du jour ou saisissez une intervention.",
            "Import today's file or type a job in.";
        /// The user's own day.
        YourDay => "Votre journée", "Your day";
        /// Add a job by hand.
        AddIntervention => "Ajouter une intervention", "Add a job";
        /// Title of the edit form.
        EditIntervention => "Modifier l'intervention", "Edit the job";
        /// Empty the list.
        ClearAll => "Vider la liste (nouvelle journée)", "Empty the list (new day)";
        /// Second tap.
        ConfirmClearAll => "Confirmer : supprimer toutes les interventions", "Confirm: delete every job";
        /// Optional job badge.
        OptionalJob => "Facultative", "Optional";
        /// Any time (no appointment window).
        AnyTime => "Sans rendez-vous", "No appointment";
        /// Normal urgency.
        PriorityNormal => "Normale", "Normal";
        /// Vital customer badge.
        PriorityVital => "Client vital", "Vital customer";
        /// Emergency badge.
        PriorityEmergency => "Urgence", "Emergency";
        /// Low priority badge.
        PriorityLow => "Peut attendre", "Can wait";
        /// Form label.
        FieldId => "Référence (n° de ticket)", "Reference (ticket number)";
        /// Form label.
        FieldCustomer => "Client", "Customer";
        /// Form label.
        FieldPhone => "Téléphone", "Phone";
        /// Form label.
        FieldCommune => "Commune ou code postal", "Commune or postal code";
        /// Between commune and coordinates.
        OrCoordinates =>
            "… ou les coordonnées exactes (elles priment sur la commune) :",
            "… or the exact coordinates (they take precedence over the commune):";
        /// Form label.
        FieldLat => "Latitude", "Latitude";
        /// Form label.
        FieldLon => "Longitude", "Longitude";
        /// Form label.
        FieldDuration => "Durée (45, 1h30…)", "Duration (45, 1h30…)";
        /// Form label.
        FieldWindows => "Créneaux (08:00-10:00 | 14h-16h)", "Windows (08:00-10:00 | 14h-16h)";
        /// Form label.
        FieldNotes => "Notes (accès, code, clé…)", "Notes (access, code, key…)";
        /// Form label.
        FieldAddress => "Adresse", "Address";
        /// Form label.
        FieldPriority => "Urgence", "Urgency";
        /// Form label.
        FieldOptional => "Peut être reportée si la journée est pleine", "May be postponed when the day is full";
    }
}
