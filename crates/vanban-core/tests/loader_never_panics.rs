//! Property tests: whatever YAML (or garbage) the loader is given, it returns
//! a program or diagnostics, never a panic, and every error names its file.

use proptest::prelude::*;
use vanban_core::{Lang, Program};

const EXAMPLE: &str = include_str!("../../../examples/son-tra-11-ctr-qu.yaml");

/// YAML-ish fragments that stress the scanner and the typed loader.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("issuer:".to_string()),
        Just("  name: Quận ủy".to_string()),
        Just("- ".to_string()),
        Just("  - id: t01".to_string()),
        Just("&a [1, 2]".to_string()),
        Just("*a".to_string()),
        Just("<<: *a".to_string()),
        Just("\"unterminated".to_string()),
        Just("'x''y'".to_string()),
        Just("{ a: b, c: [d] }".to_string()),
        Just("---".to_string()),
        Just("? complex".to_string()),
        Just(": value".to_string()),
        Just("\t".to_string()),
        Just("|\n  block".to_string()),
        Just("!!binary aGVsbG8=".to_string()),
        Just("31/02/2022".to_string()),
        Just("Quý IV/2022".to_string()),
        "[a-z_]{1,12}: [^\\n]{0,20}",
        "\\PC{0,30}",
    ]
}

fn check(text: &str) {
    match Program::from_yaml(text, "prop.yaml") {
        Ok(loaded) => assert!(loaded.warnings.iter().all(|d| !d.is_error())),
        Err(diags) => {
            assert!(
                diags.errors().next().is_some(),
                "a failure carries at least one error"
            );
            for d in &diags.0 {
                assert_eq!(d.file, "prop.yaml");
                assert!(!d.message.text(Lang::Vi).is_empty());
                assert!(!d.message.text(Lang::En).is_empty());
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn random_fragments(lines in prop::collection::vec((0usize..6, fragment()), 0..40)) {
        let text: String = lines.iter().map(|(indent, f)| format!("{}{f}\n", "  ".repeat(*indent))).collect();
        check(&text);
    }

    #[test]
    fn arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        if let Err(diags) = Program::from_yaml_bytes(&bytes, "prop.yaml") {
            prop_assert!(diags.errors().next().is_some());
        }
    }

    #[test]
    fn example_with_one_line_mangled(line in 0usize..600, replacement in fragment()) {
        let mut lines: Vec<&str> = EXAMPLE.lines().collect();
        if line < lines.len() {
            lines[line] = &replacement;
        }
        check(&lines.join("\n"));
    }

    #[test]
    fn example_cut_short(cut in 0usize..40_000) {
        let end = EXAMPLE.char_indices().map(|(i, _)| i).take_while(|i| *i <= cut).last().unwrap_or(0);
        check(&EXAMPLE[..end]);
    }
}
