//! Data set aside, and a day stored by a newer version.

texts! {
    /// A sentence of this part of the interface, in French and English.
    pub enum AsideText {
        /// Heading of the records set aside.
        AsideHeading => "Données mises de côté", "Data set aside";
        /// What the records set aside are.
        AsideHint =>
            "Ce que l'application n'a pas pu lire est gardé ici, jamais effacé. Téléchargez-le pour l'assistance, ou restaurez-le quand cette version le lit.",
            "What the app could not read is kept here, never deleted. Download it for support, or restore it when this version reads it.";
        /// A day set aside.
        AsideDay => "Journée", "Day";
        /// A region pack set aside.
        AsideRegion => "Région routière", "Road region";
        /// Settings set aside.
        AsideSettings => "Réglages", "Settings";
        /// An event of the log kept unread.
        AsideLogRecord => "Événement du journal", "Log event";
        /// A record left where it was.
        AsideInPlace => "gardé à sa place", "kept where it was";
        /// Before the date a record was set aside.
        AsideSetAsideOn => "mis de côté le", "set aside on";
        /// A record set aside by an earlier version of the app.
        AsideByEarlierVersion => "mis de côté par une version précédente", "set aside by an earlier version";
        /// A record from a newer version.
        AsideNewerVersion =>
            "d'une version plus récente de Tournée : mettez l'application à jour",
            "from a newer version of Tournée: update the app";
        /// A record this version cannot read.
        AsideUnreadable => "illisible par cette version", "unreadable by this version";
        /// How to put a region pack back.
        AsideRegionHint =>
            "téléchargez-le puis ajoutez-le comme fichier de région",
            "download it, then add it as a region file";
        /// What an unreadable log event is.
        AsideLogRecordHint =>
            "illisible par cette version, gardé tel quel : une mise à jour pourra le lire",
            "unreadable by this version, kept as it is: an update may read it";
        /// Offers a record as a file.
        AsideDownload => "Télécharger", "Download";
        /// Puts a record back.
        AsideRestore => "Restaurer", "Restore";
        /// A record was put back.
        AsideRestored =>
            "Restauré. Ce qu'il remplace est mis de côté à son tour.",
            "Restored. What it replaces is set aside in turn.";
        /// The records set aside could not be listed.
        AsideNotListed => "Données mises de côté illisibles", "Data set aside could not be read";
        /// The stored day is from a newer version of the app.
        NewerDayTitle =>
            "Journée enregistrée par une version plus récente de Tournée",
            "Day stored by a newer version of Tournée";
        /// What is kept of a newer version's day and the two ways on.
        NewerDayKept =>
            "Elle n'a pas été modifiée. Mettez l'application à jour pour la retrouver, ou mettez-la de côté pour repartir sur la journée de démonstration : elle restera dans Réglages → Données mises de côté.",
            "It has not been changed. Update the app to get it back, or set it aside to start again on the demo day: it will stay in Settings → Data set aside.";
        /// Sets the newer version's day aside and starts anew.
        SetAsideAndStart => "Mettre de côté et repartir", "Set aside and start again";
        /// Something could not be done, and nothing was changed.
        NothingChanged => "Impossible : rien n'a été modifié", "Not possible: nothing was changed";
        /// Label before a record's schema number.
        SchemaLabel => "schéma", "schema";
    }
}
