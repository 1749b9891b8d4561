//! A technician's day report: opened from the exports, printed or saved as JSON.

texts! {
    /// A sentence of the day report, in French and English.
    pub enum ReportText {
        /// The button that opens a technician's report, and the report's title.
        DayReport => "Rapport de la journée", "Day report";
        /// Prints the report (or saves it as PDF, from the phone's print dialog).
        Print => "Imprimer ou PDF", "Print or PDF";
        /// Saves the report as a JSON file.
        SaveJson => "Enregistrer (JSON)", "Save (JSON)";
        /// Before the arrival the plan announced.
        Planned => "prévu", "planned";
        /// Before the arrival the technician recorded.
        Arrived => "arrivé", "arrived";
        /// A stop nobody recorded anything at.
        NotVisited => "aucun passage enregistré", "no visit recorded";
        /// The customer was called from the app.
        Called => "client appelé", "customer called";
        /// An SMS with the arrival time was prepared.
        Told => "SMS d'arrivée préparé", "arrival SMS prepared";
        /// Under the title: where the times come from.
        Source =>
            "Heures prévues par le plan ; heures de passage enregistrées sur le téléphone (heure de Paris).",
            "Planned times from the plan; visit times as recorded on the phone (Paris time).";
    }
}
