//! A stop of the day: its times, its status buttons, its links and the crew lead's choices.

texts! {
    /// A sentence of this part of the interface, in French and English.
    pub enum StopText {
        /// Before an appointment window.
        Window => "Créneau", "Window";
        /// Before the street address of a stop or a job.
        AddressLabel => "Adresse", "Address";
        /// Before the technician's notes of a stop.
        NotesLabel => "Notes", "Notes";
        /// Before a drive time.
        Drive => "trajet", "drive";
        /// Marks an estimated drive time.
        Estimated => "estimé", "estimated";
        /// Before a wait.
        Wait => "attente", "wait";
        /// A stop that will be late.
        LateBy => "en retard de", "late by";
        /// A stop with little margin.
        MarginOf => "marge", "margin";
        /// End of service.
        Until => "jusqu'à", "until";
        /// The lunch break's line in a technician's day.
        LunchBreak => "Pause déjeuner", "Lunch break";
        /// Status button.
        Arrived => "Arrivé", "Arrived";
        /// Status button.
        Finished => "Terminé", "Done";
        /// Status button.
        Failed => "Échec", "Failed";
        /// Status button.
        Postpone => "Reporter", "Postpone";
        /// Undo the last status.
        Reopen => "Annuler le statut", "Undo status";
        /// Label of the failure reason.
        FailureReason => "Raison de l'échec", "Reason for the failure";
        /// Record the failure.
        ConfirmFailure => "Enregistrer l'échec", "Record the failure";
        /// One-tap failure reason: the customer was not there.
        FailureCustomerAbsent => "Client absent", "Customer absent";
        /// One-tap failure reason: the place could not be reached or entered.
        FailureNoAccess => "Accès impossible", "No access";
        /// One-tap failure reason: a part or a tool was missing.
        FailureMissingEquipment => "Matériel manquant", "Missing equipment";
        /// Status badge.
        OnSiteSince => "Sur place depuis", "On site since";
        /// Status badge.
        DoneAt => "Terminé à", "Done at";
        /// Status badge.
        FailedAt => "Échec à", "Failed at";
        /// Status badge.
        PostponedAt => "Reporté à", "Postponed at";
        /// Text the customer the arrival time.
        Sms => "SMS avec l'heure d'arrivée", "Text the arrival time";
        /// Before a navigation app's name.
        NavigateWith => "Y aller avec", "Navigate with";
        /// The phone's own navigation.
        PhoneGps => "GPS du téléphone", "the phone's GPS";
        /// Label of the crew lead's hand-over.
        GiveTo => "Confier cette intervention à :", "Give this job to:";
        /// Undo a hand-over.
        FreeJob => "Laisser l'optimiseur choisir", "Let the optimiser choose";
        /// Label of the pins.
        PinHere => "Imposer sa place dans cette journée :", "Fix its place in this day:";
        /// Pin button.
        PinFirst => "En premier", "First";
        /// Pin button.
        PinLast => "En dernier", "Last";
    }
}
