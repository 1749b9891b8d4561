//! Every technician of a crew of eight wears a colour of their own on the map, one that holds the
//! marker's white number and stands out of the map's background, read from the stylesheet the
//! app ships (static/style.css).

/// WCAG relative luminance of `#rrggbb`.
fn luminance(hex: &str) -> f64 {
    let channel = |at: usize| {
        let value = f64::from(u8::from_str_radix(&hex[at..at + 2], 16).expect("a hex colour")) / 255.0;
        if value <= 0.039_28 {
            value / 12.92
        } else {
            ((value + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
}

/// WCAG contrast ratio between two `#rrggbb` colours.
fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// The colour the stylesheet gives `property` in the rule starting with `selector`.
fn colour_of(css: &str, selector: &str, property: &str) -> String {
    let rule = css
        .lines()
        .find(|line| line.starts_with(&format!("{selector} {{")))
        .unwrap_or_else(|| panic!("no rule {selector}"));
    let value = rule.split(&format!("{property}: ")).nth(1).unwrap_or_else(|| panic!("no {property} in {rule}"));
    value[..7].to_string()
}

#[test]
fn a_crew_of_eight_wears_eight_distinct_readable_colours() {
    let css = include_str!("../static/style.css");
    let background = colour_of(css, ".map", "background");
    let drives: Vec<String> = (0..8).map(|t| colour_of(css, &format!(".drive-{t}"), "stroke")).collect();
    for (t, colour) in drives.iter().enumerate() {
        assert_eq!(colour_of(css, &format!(".drive-{t}"), "background"), *colour, "legend swatch of {t}");
        assert_eq!(colour_of(css, &format!(".marker-{t} circle"), "fill"), *colour, "marker of {t}");
        assert!(contrast(colour, "#ffffff") >= 4.5, "{colour}: white numbers at {:.2}:1", contrast(colour, "#ffffff"));
        assert!(contrast(colour, &background) >= 3.0, "{colour} on the map at {:.2}:1", contrast(colour, &background));
    }
    let distinct: std::collections::HashSet<_> = drives.iter().collect();
    assert_eq!(distinct.len(), 8, "{drives:?}");
    assert!(css.contains(".drive-again { stroke-dasharray:"), "a ninth technician's drive is dashed");
}

#[test]
fn contrast_is_the_wcag_ratio() {
    assert!((contrast("#000000", "#ffffff") - 21.0).abs() < 1e-9);
    assert!((contrast("#777777", "#ffffff") - 4.48).abs() < 0.01);
}
