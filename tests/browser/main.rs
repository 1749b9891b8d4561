//! The app rendered into the real DOM of headless Chromium (wasm-bindgen-test).
//!
//! Run with `cargo test --target wasm32-unknown-unknown --test browser`; natively this
//! file compiles to nothing.
#![cfg(target_arch = "wasm32")]

use tournee::app::i18n::Language;
use tournee::app::settings::{encode, Settings, SETTINGS_KEY};
use tournee::app::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts a fresh App into a new element of the page and waits for its first render.
async fn mount() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    root
}

/// Text of every element matching `selector` under `root`.
fn texts(root: &Element, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).unwrap();
    (0..nodes.length()).map(|i| nodes.item(i).unwrap().text_content().unwrap_or_default()).collect()
}

fn clear_storage() {
    web_sys::window().unwrap().local_storage().unwrap().unwrap().clear().unwrap();
    web_sys::window().unwrap().location().set_hash("").unwrap();
}

#[wasm_bindgen_test]
async fn tapping_a_tab_shows_its_page_and_marks_it_current() {
    clear_storage();
    let root = mount().await;
    assert_eq!(texts(&root, ".tab-label"), ["Journée", "Carte", "Interventions", "Réglages"]);
    assert_eq!(texts(&root, ".page-title"), ["Journée"]);

    let map_tab: HtmlElement = root.query_selector_all(".tab").unwrap().item(1).unwrap().dyn_into().unwrap();
    map_tab.click();
    yew::scheduler::flush().await;

    assert_eq!(texts(&root, ".page-title"), ["Carte"]);
    assert_eq!(texts(&root, "[aria-current=page] .tab-label"), ["Carte"]);
    root.remove();
}

#[wasm_bindgen_test]
async fn the_stored_language_is_used_and_a_new_choice_is_saved() {
    clear_storage();
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.set_item(SETTINGS_KEY, &encode(&Settings { language: Language::En, ..Settings::default() })).unwrap();
    let root = mount().await;
    assert_eq!(texts(&root, ".tab-label"), ["Day", "Map", "Jobs", "Settings"]);
    let lang = web_sys::window().unwrap().document().unwrap().document_element().unwrap().get_attribute("lang");
    assert_eq!(lang.as_deref(), Some("en"));

    let settings_tab: HtmlElement = root.query_selector_all(".tab").unwrap().item(3).unwrap().dyn_into().unwrap();
    settings_tab.click();
    yew::scheduler::flush().await;
    let french: HtmlElement = root.query_selector("input[value=fr]").unwrap().unwrap().dyn_into().unwrap();
    french.click();
    yew::scheduler::flush().await;

    assert_eq!(texts(&root, ".page-title"), ["Réglages"]);
    assert_eq!(storage.get_item(SETTINGS_KEY).unwrap().as_deref(), Some(r#"{"schema":1,"language":"fr"}"#));
    root.remove();
}

/// The demo region pack, as the app ships it.
const DEMO_PACK: &[u8] = include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/static/demo/andorra.bin"));

#[wasm_bindgen_test]
fn the_demo_pack_loads_and_routes_in_webassembly_without_the_osm_file() {
    use tournee::road::pack::read_pack;
    use tournee::road::{LatLon, Metric};
    let (meta, router) = read_pack(DEMO_PACK).unwrap();
    assert_eq!(meta.name, "Andorre");
    let (vella, pas) = (LatLon::new(42.5064, 1.5214).unwrap(), LatLon::new(42.5424, 1.7331).unwrap());
    let route = router.route(vella, pas, Metric::Distance, None, 2000.0).unwrap();
    // The same network and search natively give 27.16 km (tests/road_routes.rs allows 27 km ± 10 %).
    assert!((route.distance_m - 27_158.4).abs() < 50.0, "{}", route.distance_m);
    let matrix = router.matrix(&[vella, pas], Metric::Time, None, 2000.0).unwrap();
    assert!(matrix.duration_s[1].unwrap() > 25.0 * 60.0);
}
