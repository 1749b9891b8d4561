//! Journée's choice between the phone's owner's day and the crew's, and the crew's summary lines.

texts! {
    /// A sentence of the crew's views on Journée, in French and English.
    pub enum CrewViewText {
        /// Names the two buttons that switch the view.
        ViewLabel => "Journées affichées", "Days shown";
        /// Shows the phone's owner's day only.
        MyDay => "Ma journée", "My day";
        /// Shows every technician's day.
        Crew => "Équipe", "Crew";
        /// Before the list of technicians, in « Ma journée ».
        IAm => "Je suis", "I am";
        /// The empty choice of the list of technicians.
        ChooseMe => "— choisir —", "— choose —";
        /// While nobody is chosen in « Ma journée ».
        ChooseMeHint =>
            "Choisissez qui vous êtes : seule votre journée s'affichera (gardé dans ce téléphone).",
            "Choose who you are: only your day will show (kept on this phone).";
        /// After the number of late stops in a technician's summary line.
        Late => "en retard", "late";
        /// Opens the names of the jobs left out, after a summary by reason.
        ShowLeftOut => "Voir la liste", "Show the list";
    }
}
