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
        /// After the count of added jobs, one.
        ImportAddedOne => "intervention ajoutée", "job added";
        /// After the count of added jobs, several.
        ImportAdded => "interventions ajoutées", "jobs added";
        /// Between the count of jobs added to another day and that day (« … au lundi 30 nov. »).
        ImportToDay => "au", "to";
        /// After the count of identical jobs, one.
        ImportUnchangedOne => "déjà présente, identique", "already there, identical";
        /// After the count of identical jobs, several.
        ImportUnchanged => "déjà présentes, identiques", "already there, identical";
        /// After the count of conflicting jobs, one.
        ImportConflictsOne =>
            "déjà présente avec un autre contenu : la version du téléphone est gardée",
            "already there with other content: the phone's version is kept";
        /// After the count of conflicting jobs, several.
        ImportConflicts =>
            "déjà présentes avec un autre contenu : les versions du téléphone sont gardées",
            "already there with other content: the phone's versions are kept";
        /// After the count of refused rows, one.
        ImportErrorsOne => "problème : ligne écartée", "problem: row left out";
        /// After the count of refused rows, several.
        ImportErrors => "problèmes : lignes écartées", "problems: rows left out";
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
