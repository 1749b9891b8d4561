//! The Journée page: the plan, its re-planning proposal, the exports and the ready check.

texts! {
    /// A sentence of this part of the interface, in French and English.
    pub enum DayText {
        /// Day tab when nothing is planned.
        DayEmptyTitle => "Aucun plan pour aujourd'hui", "No plan for today";
        /// What to do about an empty day.
        DayEmptyHint =>
            "Ajoutez les interventions du jour pour préparer la tournée.",
            "Add today's jobs to prepare the round.";
        /// Before today's date, when the day planned is another.
        NotToday => "Ce n'est pas la journée d'aujourd'hui. Nous sommes le", "This is not today's plan. Today is";
        /// Confirms re-planning a day that is not today.
        ReplanOtherDay => "Replanifier quand même ce jour-là", "Re-plan that day anyway";
        /// While the day is optimised.
        PlanSolving => "Optimisation de la journée…", "Optimising the day…";
        /// While the first plan is shown and the search improves it.
        PlanImproving =>
            "Premier plan prêt. Amélioration en cours : l'ordre peut encore changer.",
            "First plan ready. Improving it: the order may still change.";
        /// Stops the search and keeps the first plan shown.
        KeepThisPlan => "Garder ce plan", "Keep this plan";
        /// Title when optimising failed.
        PlanFailed => "Optimisation impossible", "Optimisation failed";
        /// Title when the day itself could not be read (the stored day, its log, the demo day).
        DayUnavailable => "Journée indisponible", "The day is unavailable";
        /// Start the optimiser again.
        Optimise => "Optimiser", "Optimise";
        /// Re-plan from now.
        Replan => "Replanifier depuis maintenant", "Re-plan from now";
        /// Heading of a re-plan proposal.
        ProposalHeading => "Nouveau plan proposé", "Proposed new plan";
        /// Nothing changes for customers.
        ProposalNoChange =>
            "Aucun client n'est décalé de plus de 5 minutes.",
            "No customer moves by more than 5 minutes.";
        /// Heading of the job that caused the re-plan (or the most urgent one), shown first.
        EmergencyHeading => "Urgence", "Emergency";
        /// Only quiet shifts: nobody to tell.
        NoSmsNeeded => "Aucun client à prévenir par SMS.", "No customer needs an SMS.";
        /// Prepared SMS for a missed window.
        SmsNewSlot => "SMS : proposer un autre créneau", "SMS: offer another slot";
        /// Prepared SMS for a moved time.
        SmsNewTime => "SMS : nouvelle heure", "SMS: new time";
        /// Accept the proposal.
        AcceptPlan => "Accepter", "Accept";
        /// Reject the proposal: the current plan stays.
        KeepPlan => "Refuser", "Reject";
        /// Settings: heading of the re-plan's SMS threshold.
        SmsThresholdHeading => "SMS aux clients après un nouveau plan", "Customer SMS after a new plan";
        /// Settings: the threshold's field.
        SmsThresholdLabel =>
            "Décalage sans SMS, dans le créneau (minutes)",
            "Shift without an SMS, inside the window (minutes)";
        /// Settings: what the threshold does.
        SmsThresholdHint =>
            "Un SMS est préparé quand le passage sort du créneau annoncé ou bouge de plus que ce nombre de minutes ; les petits décalages sont seulement listés.",
            "An SMS is prepared when the visit leaves the announced window or moves by more than this many minutes; small shifts are only listed.";
        /// A stop dropped by the re-plan.
        NotPlannedAnyMore => "n'est plus planifiée", "no longer planned";
        /// A stop now late.
        OutOfWindow => "hors créneau", "outside the window";
        /// Leaving time.
        Departure => "Départ", "Leaves";
        /// Before the time back at the depot.
        BackAt => "Retour", "Back";
        /// A technician given no intervention today.
        FreeToday => "Aucune intervention aujourd'hui : disponible", "No intervention today: free";
        /// Unit after minutes of driving.
        MinutesDriving => "min de route", "min driving";
        /// Heading of the jobs left out.
        UnplannedHeading => "Non planifiées", "Not planned";
        /// Heading of the exports.
        ExportHeading => "Exporter le plan", "Export the plan";
        /// Exports for every technician at once.
        WholeCrew => "Toute l'équipe", "Whole crew";
        /// Calendar file button.
        ExportCalendar => "Agenda (.ics)", "Calendar (.ics)";
        /// GPS track button.
        ExportTrack => "Trace GPS (.gpx)", "GPS track (.gpx)";
        /// Spreadsheet button.
        ExportSpreadsheet => "Tableur (.csv)", "Spreadsheet (.csv)";
        /// Plan file button.
        ExportPlanFile => "Plan à partager (.json)", "Plan to share (.json)";
        /// Everything is ready.
        ReadyAll => "Prêt pour la journée, même sans réseau", "Ready for the day, even without signal";
        /// Something is not ready.
        ReadyNotYet => "Pas encore prêt pour partir sans réseau", "Not yet ready to leave without signal";
        /// Point of the check.
        ReadyPlan => "Plan de la journée calculé", "Day's plan computed";
        /// What to do.
        ReadyPlanTodo =>
            "Plan pas encore prêt : attendez la fin de l'optimisation",
            "Plan not ready yet: wait for the optimisation";
        /// Point of the check.
        ReadyDay => "Journée et modifications enregistrées sur le téléphone", "Day and edits saved on the phone";
        /// What to do.
        ReadyDayTodo => "Journée pas encore enregistrée sur le téléphone", "Day not yet saved on the phone";
        /// Point of the check.
        ReadyRegion => "Région routière disponible hors ligne", "Road region available offline";
        /// What to do.
        ReadyRegionTodo =>
            "Région routière pas encore disponible hors ligne : restez connecté un instant",
            "Road region not yet offline: stay connected a moment";
        /// Point of the check.
        ReadyApp => "Application disponible hors ligne", "App available offline";
        /// What to do.
        ReadyAppTodo =>
            "Application pas encore installée hors ligne : rechargez la page une fois connecté",
            "App not yet offline: reload once while connected";
        /// Point of the check.
        ReadyStorage =>
            "Stockage protégé (le navigateur ne l'effacera pas)",
            "Storage protected (the browser will not clear it)";
        /// What to do.
        ReadyStorageTodo =>
            "Stockage non protégé : ajoutez Tournée à l'écran d'accueil pour que le navigateur ne l'efface pas",
            "Storage not protected: add Tournée to the home screen so the browser keeps it";
        /// Button.
        CheckAgain => "Vérifier à nouveau", "Check again";
        /// The check's title when everything but the storage's protection works offline.
        ReadyOffline => "Tout fonctionne sans réseau", "Everything works without signal";
        /// Puts a point of the check aside until it changes.
        ReadyDismiss => "Ne plus le signaler", "Don't tell me again";
        /// A point found missing, said on its own.
        CauseDayTitle => "Journée pas encore enregistrée sur le téléphone", "Day not yet saved on the phone";
        /// What it means for the technician.
        CauseDayMeaning =>
            "Si l'application se ferme maintenant, les modifications de la journée seront perdues. Attendez un instant avant de partir.",
            "If the app closes now, the day's edits will be lost. Wait a moment before leaving.";
        /// A point found missing, said on its own.
        CauseRegionTitle => "Région routière pas encore disponible hors ligne", "Road region not yet available offline";
        /// What it means for the technician.
        CauseRegionMeaning =>
            "Sans réseau, les trajets ne seraient plus calculés sur les routes. Restez connecté un instant.",
            "Without signal, drives would no longer be worked out on the roads. Stay connected a moment.";
        /// A point found missing, said on its own.
        CauseAppTitle => "Application pas encore installée hors ligne", "App not yet installed offline";
        /// What it means for the technician.
        CauseAppMeaning =>
            "Sans réseau, Tournée ne s'ouvrirait pas. Rechargez la page une fois, tant que vous êtes connecté.",
            "Without signal, Tournée would not open. Reload the page once while you are connected.";
        /// A point found missing, said on its own.
        CauseStorageTitle => "Stockage non protégé", "Storage not protected";
        /// What it means for the technician.
        CauseStorageMeaning =>
            "Si le téléphone manque de place, le navigateur peut effacer la journée, son plan et vos relevés. Ajoutez Tournée à l'écran d'accueil pour l'en empêcher.",
            "If the phone runs short of space, the browser may clear the day, its plan and what you recorded. Add Tournée to the home screen to prevent it.";
    }
}
