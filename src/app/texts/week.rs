//! « Semaine »: the days that follow each other, each technician's load on each.

texts! {
    /// A sentence of the week view, in French and English.
    pub enum WeekText {
        /// Title of the week view.
        Title => "Semaine", "Week";
        /// What the figures say.
        Hint => "Par technicien : interventions · heures de travail (route comprise) sur heures de service.",
            "Per technician: jobs · hours of work (driving included) out of shift hours.";
        /// After a day's date: the day on screen.
        OnScreen => "jour affiché", "day on screen";
        /// Jobs of a day nobody holds.
        Unassigned => "hors tournée", "left out";
        /// A day with jobs whose plan is being made.
        Planning => "Planification en cours…", "Being planned…";
        /// Before why a day with jobs could not be planned (the planner's reason follows).
        NotPlanned => "Jour non planifié", "Day not planned";
        /// Opens a day in place of the one on screen.
        OpenDay => "Ouvrir ce jour", "Open this day";
        /// Before the list of working days without a stored day.
        PrepareDay => "Préparer un autre jour", "Prepare another day";
        /// Opens the chosen working day, empty, to fill it.
        Prepare => "Préparer", "Prepare";
        /// Before a job postponed more than once, to tell the crew lead.
        PostponedTwice => "reporté plusieurs fois", "postponed more than once";
        /// The day on screen is past: the heading of what starting today offers.
        NewDayTitle => "Nouvelle journée", "New day";
        /// Before the unfinished jobs of the past day, each with a box to carry it.
        CarryHint => "Interventions non terminées à reprendre :", "Unfinished jobs to carry over:";
        /// Heading of the week's exports.
        ExportWeek => "Exporter la semaine", "Export the week";
        /// After the count of days with jobs not planned yet, one.
        NotInFilesOne => "jour pas encore planifié, hors des fichiers pour l'instant", "day not planned yet, left out of the files for now";
        /// After the count of days with jobs not planned yet, several.
        NotInFiles => "jours pas encore planifiés, hors des fichiers pour l'instant", "days not planned yet, left out of the files for now";
        /// Starts the day of the date that follows.
        StartDay => "Commencer la journée du", "Start the day of";
    }
}
