//! The signer's authority line: "T/M BAN THƯỜNG VỤ", "K/T TRƯỞNG BAN", or the
//! state forms "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH".

use crate::kinds::FormatKind;
use crate::text::{collapse_spaces, upper_vi};

/// How the signer signs for the body.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Prefix {
    /// Thay mặt: for a collective body ("T/M", "TM.").
    OnBehalf,
    /// Ký thay: a deputy for the head ("K/T", "KT.").
    Deputy,
    /// Thừa lệnh: by order ("T/L", "TL.").
    ByOrder,
    /// Thừa ủy quyền ("T/UQ", "TUQ.").
    ByDelegation,
    /// Quyền: acting head ("Q.").
    Acting,
}

const PARTY: [(&str, Prefix); 4] = [
    ("T/M", Prefix::OnBehalf),
    ("K/T", Prefix::Deputy),
    ("T/L", Prefix::ByOrder),
    ("T/UQ", Prefix::ByDelegation),
];
const STATE: [(&str, Prefix); 5] = [
    ("TM.", Prefix::OnBehalf),
    ("KT.", Prefix::Deputy),
    ("TL.", Prefix::ByOrder),
    ("TUQ.", Prefix::ByDelegation),
    ("Q.", Prefix::Acting),
];

/// A parsed authority line.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Authority {
    /// The prefix and the rule set whose spelling was used.
    pub prefix: Option<(Prefix, FormatKind)>,
    /// What follows the prefix, in upper case ("BAN THƯỜNG VỤ").
    pub body: String,
}

/// Why an authority line could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AuthorityError {
    /// A prefix followed by nothing ("T/M").
    MissingBody,
    /// The line starts with something that is not a known prefix.
    UnknownPrefix(String),
}

impl Authority {
    /// Reads an authority line; an empty line means the head signs directly.
    pub fn parse(text: &str) -> Result<Self, AuthorityError> {
        let t = collapse_spaces(text);
        if t.is_empty() {
            return Ok(Self {
                prefix: None,
                body: String::new(),
            });
        }
        let (first, rest) = t.split_once(' ').unwrap_or((t.as_str(), ""));
        let first_up = first.to_uppercase();
        let found = PARTY
            .iter()
            .map(|(s, p)| (s, p, FormatKind::Party))
            .chain(STATE.iter().map(|(s, p)| (s, p, FormatKind::State)))
            .find(|(s, _, _)| **s == first_up);
        match found {
            Some(_) if rest.is_empty() => Err(AuthorityError::MissingBody),
            Some((_, p, f)) => Ok(Self {
                prefix: Some((*p, f)),
                body: upper_vi(rest),
            }),
            None => Err(AuthorityError::UnknownPrefix(first.to_string())),
        }
    }

    /// The line as printed in the given format: "T/M BAN THƯỜNG VỤ" or "TM. ỦY BAN NHÂN DÂN".
    pub fn render(&self, format: FormatKind) -> String {
        match self.prefix {
            None => String::new(),
            Some((p, _)) => {
                let table: &[(&str, Prefix)] = match format {
                    FormatKind::Party => &PARTY,
                    FormatKind::State => &STATE,
                };
                let word = table
                    .iter()
                    .find(|(_, q)| *q == p)
                    .map_or("Q.", |(s, _)| *s);
                format!("{word} {}", self.body)
            }
        }
    }

    /// The prefix alone, whichever spelling was used.
    pub fn kind(&self) -> Option<Prefix> {
        self.prefix.map(|(p, _)| p)
    }
}

/// The prefixes accepted in a format, for hints: "T/M, K/T, T/L, T/UQ".
pub fn accepted_prefixes(format: FormatKind) -> String {
    let table: &[(&str, Prefix)] = match format {
        FormatKind::Party => &PARTY,
        FormatKind::State => &STATE,
    };
    table.iter().map(|(s, _)| *s).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn party_and_state_prefixes() {
        let a = Authority::parse("T/M Ban Thường vụ").unwrap();
        assert_eq!(a.prefix, Some((Prefix::OnBehalf, FormatKind::Party)));
        assert_eq!(a.render(FormatKind::Party), "T/M BAN THƯỜNG VỤ");
        let s = Authority::parse("KT. Chủ tịch").unwrap();
        assert_eq!(s.prefix, Some((Prefix::Deputy, FormatKind::State)));
        assert_eq!(s.render(FormatKind::State), "KT. CHỦ TỊCH");
        assert_eq!(Authority::parse("").unwrap().prefix, None);
    }

    #[test]
    fn bad_lines() {
        assert_eq!(Authority::parse("T/M"), Err(AuthorityError::MissingBody));
        assert_eq!(
            Authority::parse("THAY MẶT BAN THƯỜNG VỤ"),
            Err(AuthorityError::UnknownPrefix("THAY".into()))
        );
        assert_eq!(accepted_prefixes(FormatKind::Party), "T/M, K/T, T/L, T/UQ");
    }
}
