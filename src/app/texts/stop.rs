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
        /// Before the customer's phone number, on the large call button of an opened stop.
        CallNumber => "Appeler le", "Call";
        /// Before a stop's number in its technician's day (the map's marker), for screen readers.
        StopNumber => "Arrêt", "Stop";
        /// The legend of the stops' words: what it explains (a tap opens it).
        WordsHeading => "Que veulent dire «\u{a0}jusqu'à\u{a0}», «\u{a0}marge\u{a0}»…\u{a0}?", "What do “until”, “margin”… mean?";
        /// What « Créneau » means on a stop.
        WindowMeans => "l'heure promise au client : l'intervention commence dedans.",
            "the time promised to the customer: the job starts within it.";
        /// What « trajet » means on a stop.
        DriveMeans => "les minutes de route depuis l'arrêt d'avant.", "the minutes on the road from the stop before.";
        /// What « estimé » means after a drive time.
        EstimatedMeans => "à vol d'oiseau, faute de routes connues : à vérifier.",
            "a straight-line guess, the roads there are not known: check it.";
        /// What « jusqu'à » means on a stop.
        UntilMeans => "l'heure à laquelle l'intervention devrait être finie.", "when the job should be finished.";
        /// What « marge » means on a stop.
        MarginMeans => "les minutes de retard possibles avant de sortir du créneau promis.",
            "how many minutes you can fall behind before missing the promised window.";
        /// What « attente » means on a stop.
        WaitMeans => "arrivé en avance, le temps d'attendre le début du créneau.",
            "arriving early, the time to wait for the window to open.";
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
        /// A postponed stop's status on its one line.
        Postponed => "Reporté", "Postponed";
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
        /// After a finished stop's status: the time spent there, « 45 min sur place ».
        MinutesOnSite => "min sur place", "min on site";
        /// Opens the signature pad on a done stop.
        AskSignature => "Faire signer le client", "Have the customer sign";
        /// Above the signature pad.
        SignatureHint => "Le client signe du doigt dans le cadre :", "The customer signs with a finger in the box:";
        /// Clears the signature pad.
        ClearSignature => "Effacer", "Clear";
        /// Keeps the signature drawn.
        ConfirmSignature => "Valider", "Confirm";
        /// « Valider » with nothing drawn.
        SignatureEmpty => "Rien n'est signé : le client signe dans le cadre.", "Nothing is signed: the customer signs in the box.";
        /// Before the time the customer signed, on the stop and in the report.
        SignedAt => "Signé à", "Signed at";
        /// The signature image's description, for screen readers.
        SignatureImage => "Signature du client", "Customer's signature";
        /// Opens the phone's camera (or its gallery) on a done or failed stop.
        AddPhoto => "Ajouter une photo", "Add a photo";
        /// While a photo is decoded, reduced and stored.
        PhotoBusy => "Photo en préparation…", "Preparing the photo…";
        /// Before the time a photo was taken, under it once enlarged and in the report.
        PhotoTakenAt => "Photo prise à", "Photo taken at";
        /// A thumbnail's description for screen readers (a tap enlarges it), before its time.
        EnlargePhoto => "Agrandir la photo prise à", "Enlarge the photo taken at";
        /// Takes back an enlarged photo (a wrong shot); it can be given back.
        RemovePhoto => "Retirer cette photo", "Remove this photo";
        /// After a photo was taken back, before « Annuler ».
        PhotoRemoved => "Photo retirée.", "Photo removed.";
        /// Gives back the photo taken back last.
        UndoPhotoRemoval => "Annuler", "Undo";
        /// Status badge.
        FailedAt => "Échec à", "Failed at";
        /// Status badge.
        PostponedAt => "Reporté à", "Postponed at";
        /// On a postponed stop, before the day the job went to.
        PostponedTo => "Reporté au", "Moved to";
        /// On a postponed stop, the list of days it may go to instead.
        ChangeDay => "Changer de jour", "Change the day";
        /// On a postponed stop: the SMS that tells the customer the new day.
        TellPostponed => "Prévenir le client par SMS", "Text the customer the new day";
        /// On a postponed stop whose job is in no later day (another tab took it back…).
        NotCarried => "Dans aucun autre jour pour l'instant", "In no other day yet";
        /// A vital customer or an emergency postponed twice or more.
        PostponedTwice => "Reporté plusieurs fois : à signaler au chef d'équipe", "Postponed more than once: tell the crew lead";
        /// Text the customer the arrival time.
        Sms => "SMS avec l'heure d'arrivée", "Text the arrival time";
        /// Before a navigation app's name.
        NavigateWith => "Y aller avec", "Navigate with";
        /// The phone's own navigation.
        PhoneGps => "GPS du téléphone", "Phone GPS";
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
