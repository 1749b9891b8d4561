//! Links that hand a stop over to the phone: call, SMS with the arrival time, navigation apps.
//!
//! Navigation gets coordinates (latitude first), never an address: rural lieux-dits geocode
//! badly. Every text put in a link is percent-encoded.

use crate::model::{LatLon, TimeOfDay, TimeWindow};

/// Percent-encodes `text` for a URL query value: RFC 3986 unreserved characters stay, the rest
/// (spaces, accents as UTF-8 bytes, `&`, `?`, `#`, parentheses…) become `%XX`.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => out.push(byte as char),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// A phone number as dialled: spaces, dots and dashes removed.
///
/// The French trunk "0" written in brackets after the country code (`+33 (0)4 92 …`) is not
/// dialled: `+33 4 92 …`, or the call goes nowhere.
fn dialable(phone: &str) -> String {
    let without_trunk = match phone.trim_start().strip_prefix('+') {
        Some(rest) => {
            let digits_before: String = rest.chars().take_while(|c| c.is_ascii_digit() || *c == ' ').collect();
            let after = &rest[digits_before.len()..];
            match after.strip_prefix("(0)") {
                Some(tail) => format!("+{digits_before}{tail}"),
                None => phone.to_string(),
            }
        }
        None => phone.to_string(),
    };
    without_trunk.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect()
}

/// `tel:` link for a one-tap call.
pub fn call(phone: &str) -> String {
    format!("tel:{}", dialable(phone))
}

/// `sms:` link with `message` prefilled (the `?body=` form that Android and iOS both read).
pub fn sms(phone: &str, message: &str) -> String {
    format!("sms:{}?body={}", dialable(phone), percent_encode(message))
}

/// The message telling a customer when the technician arrives.
pub fn arrival_message(technician: &str, arrival: TimeOfDay, window: Option<TimeWindow>) -> String {
    match window {
        Some(window) => format!(
            "Bonjour, {technician}, votre technicien, arrivera vers {arrival} (rendez-vous {window}). Merci de nous prévenir en cas d'empêchement."
        ),
        None => format!("Bonjour, {technician}, votre technicien, arrivera vers {arrival}. Merci de nous prévenir en cas d'empêchement."),
    }
}

/// The message telling a customer their appointment cannot be kept today, offering another slot.
pub fn missed_window_message(technician: &str, window: Option<TimeWindow>) -> String {
    let slot = window.map_or(String::new(), |window| format!(" dans le créneau {window}"));
    format!(
        "Bonjour, {technician}, votre technicien, ne pourra pas venir{slot} comme prévu aujourd'hui. Nous vous proposons le même créneau demain : répondez OUI pour confirmer, ou appelez-nous pour convenir d'un autre moment. Veuillez nous excuser."
    )
}

/// The message telling a customer the new arrival time after a change of plan.
pub fn new_time_message(technician: &str, arrival: TimeOfDay, window: Option<TimeWindow>) -> String {
    let late = window.map_or(String::new(), |window| format!(" (rendez-vous prévu {window})"));
    format!(
        "Bonjour, {technician}, votre technicien, arrivera finalement vers {arrival}{late}. Merci de nous prévenir si ce n'est plus possible pour vous."
    )
}

/// The message offering a customer the slots `offers` (each « mardi 8 déc., 14:00–16:00 »),
/// numbered so that they answer with one figure.
pub fn slot_offer_message(offers: &[String]) -> String {
    let numbered: Vec<String> = offers.iter().enumerate().map(|(n, offer)| format!("{}) {offer}", n + 1)).collect();
    format!(
        "Bonjour, nous pouvons venir pour votre intervention : {}. Répondez par le numéro du créneau qui vous convient, ou appelez-nous pour un autre moment.",
        numbered.join(" ; ")
    )
}

/// The SMS telling a customer that today's visit moves to `day` (« mardi 8 décembre »), in
/// French, the operator's language.
pub fn postponed_message(day: &str) -> String {
    format!(
        "Bonjour, nous ne pourrons pas venir aujourd'hui pour votre intervention : elle est reportée au {day}. Nous vous confirmerons l'heure. Merci de votre compréhension."
    )
}

/// Name of the hand-off to the phone's own navigation (`geo:` link), translated by the interface.
pub const PHONE_GPS: &str = "GPS du téléphone";

/// Navigation hand-offs to `at`, labelled `label`: (app name, link).
pub fn navigation(at: LatLon, label: &str) -> Vec<(&'static str, String)> {
    let (lat, lon) = (format!("{:.6}", at.lat()), format!("{:.6}", at.lon()));
    let name = percent_encode(label);
    vec![
        (PHONE_GPS, format!("geo:{lat},{lon}?q={lat},{lon}({name})")),
        ("OsmAnd", format!("https://osmand.net/go?lat={lat}&lon={lon}&z=17")),
        ("Organic Maps", format!("om://map?ll={lat},{lon}&n={name}")),
        ("Waze", format!("https://waze.com/ul?ll={lat},{lon}&navigate=yes")),
        ("Google Maps", format!("https://www.google.com/maps/dir/?api=1&destination={lat},{lon}&travelmode=driving")),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn change_messages_name_the_window_and_survive_encoding() {
        let missed = missed_window_message("Léa Martin", "14:00-16:00".parse().ok());
        assert!(missed.contains("ne pourra pas venir dans le créneau 14:00–16:00"), "{missed}");
        let link = sms("06 12 34 56 78", &missed);
        assert!(link.starts_with("sms:0612345678?body=Bonjour%2C%20L%C3%A9a"), "{link}");
        assert!(!link.contains(' ') && !link.contains('&'), "{link}");
        let moved = new_time_message("Karim", "15:05".parse().unwrap(), None);
        assert_eq!(moved, "Bonjour, Karim, votre technicien, arrivera finalement vers 15:05. Merci de nous prévenir si ce n'est plus possible pour vous.");
    }

    #[test]
    fn the_slots_offered_are_numbered_for_a_one_figure_answer() {
        let offers = ["mardi 8 déc., 14:00–16:00".to_string(), "mercredi 9 déc., 08:00–10:00".to_string()];
        let message = slot_offer_message(&offers);
        assert_eq!(
            message,
            "Bonjour, nous pouvons venir pour votre intervention : 1) mardi 8 déc., 14:00–16:00 ; 2) mercredi 9 déc., 08:00–10:00. Répondez par le numéro du créneau qui vous convient, ou appelez-nous pour un autre moment."
        );
        let link = sms("06 12 34 56 78", &message);
        assert!(link.contains("1%29%20mardi%208%20d%C3%A9c.%2C%2014%3A00%E2%80%9316%3A00"), "{link}");
    }

    #[test]
    fn a_postponement_names_the_new_day() {
        let message = postponed_message("lundi 30 novembre");
        assert!(message.contains("elle est reportée au lundi 30 novembre."), "{message}");
        assert!(sms("06 12 34 56 78", &message).contains("report%C3%A9e%20au%20lundi%2030%20novembre"));
    }

    #[test]
    fn accents_spaces_and_reserved_characters_are_percent_encoded() {
        assert_eq!(percent_encode("Mme Pujol"), "Mme%20Pujol");
        assert_eq!(percent_encode("Hôpital (urgences) & co?#"), "H%C3%B4pital%20%28urgences%29%20%26%20co%3F%23");
        assert_eq!(percent_encode("A-z_0.9~"), "A-z_0.9~");
    }

    #[test]
    fn calls_and_messages_use_the_dialable_number() {
        assert_eq!(call("+376 871 000"), "tel:+376871000");
        assert_eq!(call("04.92.83.61.14"), "tel:0492836114");
        assert_eq!(call("+33 (0)4 92 83 61 14"), "tel:+33492836114", "the bracketed trunk 0 is not dialled");
        assert_eq!(call("+33(0)6-12-34-56-78"), "tel:+33612345678");
        assert_eq!(call("(0)4 92 83 61 14"), "tel:0492836114", "without a country code the 0 stays");
        let link =
            sms("+376 871 000", &arrival_message("Léa Martin", "14:25".parse().unwrap(), "14:00-16:00".parse().ok()));
        assert!(link.starts_with("sms:+376871000?body=Bonjour%2C%20L%C3%A9a%20Martin"), "{link}");
        assert!(link.contains("14%3A25") && link.contains("14%3A00%E2%80%9316%3A00"), "{link}");
        assert!(!link[4..].contains(' '));
    }

    #[test]
    fn navigation_links_put_latitude_first_and_encode_the_label() {
        let castellane = LatLon::new(43.846, 6.514).unwrap();
        let links = navigation(castellane, "Mairie de Castellane");
        let link = |app: &str| links.iter().find(|(name, _)| *name == app).unwrap().1.clone();
        assert_eq!(link("GPS du téléphone"), "geo:43.846000,6.514000?q=43.846000,6.514000(Mairie%20de%20Castellane)");
        assert_eq!(link("OsmAnd"), "https://osmand.net/go?lat=43.846000&lon=6.514000&z=17");
        assert_eq!(link("Organic Maps"), "om://map?ll=43.846000,6.514000&n=Mairie%20de%20Castellane");
        assert_eq!(link("Waze"), "https://waze.com/ul?ll=43.846000,6.514000&navigate=yes");
        assert!(link("Google Maps").contains("destination=43.846000,6.514000"));
        // A western, southern point keeps its signs in the same order.
        let south_west = navigation(LatLon::new(-33.45, -70.66).unwrap(), "x");
        assert!(south_west[0].1.starts_with("geo:-33.450000,-70.660000"));
    }
}
