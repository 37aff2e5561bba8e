//! The every-key profile (`tests/profiles/every-key.yaml`) changes every key
//! of `party-hd36`, and both formats change with it: nothing of the profile
//! is read by one backend only, or by none. CI then layout-compares the
//! render (`.ci/run`): the PDF and the .docx still agree.

#![allow(clippy::unwrap_used, clippy::panic, clippy::expect_used)] // a test: failing loudly is the point

use vanban_core::kinds::FormatKind;
use vanban_render::profile::Adjustment;
use vanban_render::{FontSet, Profile, to_docx, to_pdf};

mod common;

fn every_key() -> Profile {
    let path = common::root().join("tests/profiles/every-key.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    let loaded = Adjustment::from_yaml(&text, "every-key.yaml").unwrap();
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    loaded.value.profile(FormatKind::Party)
}

#[test]
fn the_profile_changes_every_key() {
    let base = serde_json::to_value(Profile::party_hd36()).unwrap();
    let changed = serde_json::to_value(every_key()).unwrap();
    let (base, changed) = (base.as_object().unwrap(), changed.as_object().unwrap());
    assert_eq!(base.len(), changed.len());
    for (key, value) in base {
        assert_ne!(
            Some(value),
            changed.get(key),
            "every-key leaves '{key}' as it is"
        );
    }
}

#[test]
fn both_formats_change_with_every_key() {
    let fonts = FontSet::builtin();
    for example in ["son-tra-11-ctr-qu", "son-tra-11-ctr-qu.status"] {
        let (party, every) = (Profile::party_hd36(), every_key());
        let (a, b) = (
            common::example_with(example, &party),
            common::example_with(example, &every),
        );
        assert!(
            to_docx(&a, &party, fonts).unwrap() != to_docx(&b, &every, fonts).unwrap(),
            "{example}: the .docx ignores the profile"
        );
        assert!(
            to_pdf(&a, &party, fonts).unwrap() != to_pdf(&b, &every, fonts).unwrap(),
            "{example}: the PDF ignores the profile"
        );
    }
}

/// One key at a time: each changes the PDF's layout and the .docx, or is a
/// key that only one backend can show (listed, with why).
#[test]
fn each_key_reaches_both_formats() {
    use vanban_render::layout::layout;
    let fonts = FontSet::builtin();
    let name = "son-tra-11-ctr-qu.status";
    let party = Profile::party_hd36();
    let every = serde_json::to_value(every_key()).unwrap();
    let base = serde_json::to_value(&party).unwrap();
    // The .docx names the font; the PDF embeds the faces it is given, which
    // the CLI reads from font_dir: neither is a layout value. The profile's
    // name is a label. chart_dpi is the picture's resolution in the .docx
    // (the PDF draws vectors).
    let docx_only = ["font", "chart_dpi"];
    let neither = ["name", "font_dir"];
    // Keys that show only with another: the number of a lone appendix, the
    // text of the end mark, the style of a motto's second line.
    let with = |key: &str| -> &[&str] {
        match key {
            "appendix_numbering" => &["appendix_number_alone"],
            "end_mark_text" => &["end_mark"],
            "tagline" => &["motto_lines"],
            _ => &[],
        }
    };
    let doc = common::example_with(name, &party);
    let plain = (
        to_docx(&doc, &party, fonts).unwrap(),
        layout(&doc, &party, fonts).unwrap(),
    );
    for (key, value) in every.as_object().unwrap() {
        if neither.contains(&key.as_str()) {
            continue;
        }
        let mut one = base.clone();
        one[key] = value.clone();
        for k in with(key) {
            one[*k] = every[*k].clone();
        }
        let mut others = base.clone();
        for k in with(key) {
            others[*k] = every[*k].clone();
        }
        let others: Profile = serde_json::from_value(others).unwrap();
        let fresh;
        let (docx0, pages0) = if with(key).is_empty() {
            (&plain.0, &plain.1)
        } else {
            let doc0 = common::example_with(name, &others);
            fresh = (
                to_docx(&doc0, &others, fonts).unwrap(),
                layout(&doc0, &others, fonts).unwrap(),
            );
            (&fresh.0, &fresh.1)
        };
        let p: Profile = serde_json::from_value(one).unwrap();
        let doc = common::example_with(name, &p);
        assert!(
            &to_docx(&doc, &p, fonts).unwrap() != docx0,
            "'{key}' does not change the .docx"
        );
        if !docx_only.contains(&key.as_str()) {
            assert!(
                &layout(&doc, &p, fonts).unwrap() != pages0,
                "'{key}' does not change the PDF's layout"
            );
        }
    }
}
