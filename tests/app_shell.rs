//! The first frame of the app, rendered natively with Yew's server renderer.

use tournee::app::App;
use yew::LocalServerRenderer;

async fn first_frame() -> String {
    LocalServerRenderer::<App>::new().hydratable(false).render().await
}

#[tokio::test(flavor = "current_thread")]
async fn opens_in_french_on_the_day_tab_with_four_tabs() {
    let html = first_frame().await;
    for label in ["Journée", "Carte", "Interventions", "Réglages"] {
        assert!(html.contains(&format!(r#"<span class="tab-label">{label}</span>"#)), "tab {label} missing in {html}");
    }
    assert!(html.contains(r#"aria-label="Navigation principale""#), "{html}");
    assert!(
        html.contains("Aucun plan pour aujourd&#x27;hui") || html.contains("Aucun plan pour aujourd'hui"),
        "{html}"
    );
    assert!(
        html.contains(r##"<a href="#journee" aria-current="page" class="tab tab-current">"##),
        "the Journée tab is current: {html}"
    );
    assert_eq!(html.matches("aria-current").count(), 1, "exactly one current tab");
}

#[tokio::test(flavor = "current_thread")]
async fn shows_neither_the_offline_badge_nor_the_update_prompt_by_default() {
    let html = first_frame().await;
    assert!(!html.contains("Hors ligne"), "{html}");
    assert!(!html.contains("Nouvelle version"), "{html}");
    assert!(html.contains(r#"aria-label="À propos""#), "{html}");
}
