//! "Did you mean": the closest known name to a misspelt one.

/// The candidate closest to `word`, when it is close enough to be a likely typo.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let w = word.to_lowercase();
    candidates
        .into_iter()
        .map(|c| {
            (
                strsim::normalized_damerau_levenshtein(&w, &c.to_lowercase()),
                c,
            )
        })
        .filter(|(score, _)| *score >= 0.7)
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)))
        .map(|(_, c)| c.to_string())
}

#[cfg(test)]
mod tests {
    use super::closest;

    #[test]
    fn near_misses_only() {
        let ids = ["btg-qu", "btc-qu", "vp-qu", "ubkt-qu"];
        assert_eq!(closest("btg-q", ids), Some("btg-qu".into()));
        assert_eq!(closest("ubktqu", ids), Some("ubkt-qu".into()));
        assert_eq!(closest("cong-an", ids), None);
        assert_eq!(
            closest("coordinator", ["coordinators", "content"]),
            Some("coordinators".into())
        );
    }
}
