//! Importing a day from a file or a paste, and its report.

texts! {
    /// A sentence of this part of the interface, in French and English.
    pub enum ImportText {
        /// Import a file.
        ImportFile => "Importer un fichier (CSV ou JSON)", "Import a file (CSV or JSON)";
        /// Open the paste box.
        PasteFromSpreadsheet => "Coller depuis un tableur", "Paste from a spreadsheet";
        /// Label of the paste box.
        PasteLabel =>
            "Lignes copiées du tableur, avec la ligne d'en-tête",
            "Rows copied from the spreadsheet, with the header row";
        /// Import the pasted text.
        ImportPasted => "Importer le texte collé", "Import the pasted text";
        /// What the import accepts.
        ImportHint =>
            "Colonnes : id, client, téléphone, commune ou code postal ou lat/lon, durée, créneaux, compétences, priorité, obligatoire, notes.",
            "Columns: id, client, téléphone, commune or postal code or lat/lon, durée, créneaux, compétences, priorité, obligatoire, notes.";
        /// Heading of the import report.
        ImportReportHeading => "Résultat de l'import", "Import result";
        /// Count of added jobs.
        ImportAdded => "intervention(s) ajoutée(s)", "job(s) added";
        /// Between the count of jobs added to another day and that day (« … au lundi 30 nov. »).
        ImportToDay => "au", "to";
        /// Count of identical jobs.
        ImportUnchanged => "déjà présente(s), identique(s)", "already there, identical";
        /// Count of conflicting jobs.
        ImportConflicts =>
            "déjà présente(s) avec un autre contenu : la version du téléphone est gardée",
            "already there with other content: the phone's version is kept";
        /// Count of refused rows.
        ImportErrors => "problème(s) : lignes écartées", "problem(s): rows left out";
        /// Heading when the whole file was refused (too big, unreadable, a day file that does not read).
        ImportRefused => "Fichier refusé : rien n'a été importé", "File refused: nothing was imported";
        /// Heading of the warnings.
        ImportWarnings => "Remarques", "Remarks";
        /// The demo jobs were replaced.
        ImportReplacedDemo =>
            "Les interventions de démonstration ont été remplacées par celles du fichier.",
            "The demo jobs were replaced by the file's.";
        /// The whole day was replaced.
        ImportReplacedDay => "La journée a été remplacée par celle du fichier.", "The day was replaced by the file's.";
        /// Undo a day replacement.
        RestorePreviousDay => "Revenir à la journée précédente", "Back to the previous day";
    }
}
