//! The notices shown in the banner when something was not stored or not read.

texts! {
    /// A sentence of this part of the interface, in French and English.
    pub enum NoticeText {
        /// Stored settings could not be read and were set aside.
        SettingsSetAside =>
            "Réglages enregistrés illisibles : mis de côté, réglages par défaut utilisés.",
            "Stored settings were unreadable: set aside, defaults in use.";
        /// The browser blocks the site's storage.
        StorageBlocked =>
            "Le navigateur bloque le stockage de Tournée : rien de ce que vous saisissez ne sera gardé après cette visite, ni disponible hors ligne. Autorisez les cookies et données de site pour cette adresse.",
            "The browser blocks Tournée's storage: nothing you enter will be kept after this visit, nor be available offline. Allow cookies and site data for this address.";
        /// A stored region could not be read and was set aside.
        StoredRegionSetAside =>
            "Région enregistrée illisible : mise de côté, région de démonstration utilisée.",
            "Stored region unreadable: set aside, demo region in use.";
        /// The stored day could not be read and was set aside.
        StoredDaySetAside =>
            "Journée enregistrée illisible : mise de côté, journée de démonstration affichée.",
            "Stored day unreadable: set aside, demo day shown.";
        /// The day could not be stored.
        DayNotSaved =>
            "La journée n'a pas pu être enregistrée sur le téléphone (stockage plein ?).",
            "The day could not be saved on the phone (storage full?).";
        /// An event of the log could not be stored.
        LogNotSaved =>
            "Le dernier statut n'a pas pu être enregistré sur le téléphone (stockage plein ?) : il reste affiché et sera réessayé au prochain.",
            "The last status could not be saved on the phone (storage full?): it stays shown and is tried again with the next one.";
        /// The plan could not be stored.
        PlanNotSaved =>
            "Le plan n'a pas pu être enregistré sur le téléphone (stockage plein ?) : il sera recalculé au prochain lancement.",
            "The plan could not be saved on the phone (storage full?): it will be computed again at the next start.";
        /// A change was not stored because another tab stored the day or the plan since.
        ChangedInAnotherTab =>
            "Tournée est ouverte dans un autre onglet, qui a modifié la journée : votre dernière modification n'a pas été enregistrée, la journée à jour est affichée.",
            "Tournée is open in another tab, which changed the day: your last change was not saved, the up-to-date day is shown.";
        /// A change was not stored over what a newer version of the app stored.
        StoredByNewerVersion =>
            "Une version plus récente de Tournée a enregistré cette journée : elle est gardée telle quelle. Mettez l'application à jour.",
            "A newer version of Tournée saved this day: it is kept as it is. Update the app.";
        /// Records of the log could not be read (kept as they are).
        LogRecordsUnreadable =>
            "Des statuts enregistrés sont illisibles : ils sont gardés tels quels sur le téléphone, les autres sont affichés.",
            "Some saved statuses cannot be read: they are kept as they are on the phone, the others are shown.";
    }
}
