//! Document number and symbol ("số và ký hiệu"): the Party form "11-CTr/QU"
//! and the state form "15/KH-UBND".

use std::fmt;

/// Which rule set a symbol follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SymbolForm {
    /// Hướng dẫn 36-HD/VPTW: number, hyphen, type, slash, body ("11-CTr/QU").
    Party,
    /// Nghị định 30/2020/NĐ-CP: number, slash, groups joined by hyphens ("15/KH-UBND").
    State,
}

/// A document's number and symbol.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct DocumentSymbol {
    number: u32,
    /// Party: `[type, body]`; state: the hyphen-separated groups after the slash.
    groups: Vec<String>,
    form: SymbolForm,
}

/// Why a symbol could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SymbolError {
    /// Written with the word "Số" in front; the symbol alone is expected.
    HasPrefix,
    /// Not in either form.
    Malformed,
    /// The number is 0.
    ZeroNumber,
}

fn is_abbr_group(s: &str) -> bool {
    !s.is_empty()
        && s.chars().all(|c| c.is_alphanumeric())
        && s.chars().next().is_some_and(char::is_alphabetic)
}

impl DocumentSymbol {
    /// Reads "11-CTr/QU" (Party) or "15/KH-UBND" (state).
    pub fn parse(text: &str) -> Result<Self, SymbolError> {
        let t = text.trim();
        let lower = t.to_lowercase();
        if lower.starts_with("số") {
            return Err(SymbolError::HasPrefix);
        }
        let digits_end = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
        if digits_end == 0 || digits_end > 6 {
            return Err(SymbolError::Malformed);
        }
        let number: u32 = t[..digits_end]
            .parse()
            .map_err(|_| SymbolError::Malformed)?;
        let rest = &t[digits_end..];
        let (form, groups) = if let Some(rest) = rest.strip_prefix('-') {
            let (ty, body) = rest.split_once('/').ok_or(SymbolError::Malformed)?;
            if !is_abbr_group(ty) || !is_abbr_group(body) {
                return Err(SymbolError::Malformed);
            }
            if body.chars().any(char::is_lowercase) {
                return Err(SymbolError::Malformed);
            }
            (SymbolForm::Party, vec![ty.to_string(), body.to_string()])
        } else if let Some(rest) = rest.strip_prefix('/') {
            let groups: Vec<String> = rest.split('-').map(str::to_string).collect();
            if groups.len() < 2 || !groups.iter().all(|g| is_abbr_group(g)) {
                return Err(SymbolError::Malformed);
            }
            (SymbolForm::State, groups)
        } else {
            return Err(SymbolError::Malformed);
        };
        if number == 0 {
            return Err(SymbolError::ZeroNumber);
        }
        Ok(Self {
            number,
            groups,
            form,
        })
    }

    /// The document number.
    pub fn number(&self) -> u32 {
        self.number
    }

    /// Party or state form.
    pub fn form(&self) -> SymbolForm {
        self.form
    }

    /// The type abbreviation ("CTr", "KH"); for a state symbol, the first group.
    pub fn type_abbr(&self) -> &str {
        &self.groups[0]
    }

    /// The issuing body's abbreviation ("QU"); for a state symbol, the last group.
    pub fn body_abbr(&self) -> &str {
        self.groups.last().map_or("", String::as_str)
    }

    /// Whether the symbol names `abbr` as its issuing body (any group of a state symbol).
    pub fn names_body(&self, abbr: &str) -> bool {
        match self.form {
            SymbolForm::Party => self.groups[1] == abbr,
            SymbolForm::State => self.groups.iter().any(|g| g == abbr),
        }
    }

    /// With the word "Số": "Số 11-CTr/QU" (Party, no colon) or "Số: 15/KH-UBND" (state).
    pub fn with_prefix(&self) -> String {
        match self.form {
            SymbolForm::Party => format!("Số {self}"),
            SymbolForm::State => format!("Số: {self}"),
        }
    }
}

impl fmt::Display for DocumentSymbol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.form {
            SymbolForm::Party => {
                write!(
                    f,
                    "{:02}-{}/{}",
                    self.number, self.groups[0], self.groups[1]
                )
            }
            SymbolForm::State => write!(f, "{:02}/{}", self.number, self.groups.join("-")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn party_form() {
        let s = DocumentSymbol::parse("11-CTr/QU").unwrap();
        assert_eq!(s.form(), SymbolForm::Party);
        assert_eq!(s.to_string(), "11-CTr/QU");
        assert_eq!(s.with_prefix(), "Số 11-CTr/QU");
        assert_eq!((s.type_abbr(), s.body_abbr()), ("CTr", "QU"));
        assert_eq!(
            DocumentSymbol::parse("5-KH/ĐU").unwrap().with_prefix(),
            "Số 05-KH/ĐU"
        );
        assert_eq!(
            DocumentSymbol::parse("24-BS/UBKTTU").unwrap().body_abbr(),
            "UBKTTU"
        );
    }

    #[test]
    fn state_form() {
        let s = DocumentSymbol::parse("15/KH-UBND").unwrap();
        assert_eq!(s.form(), SymbolForm::State);
        assert_eq!(s.with_prefix(), "Số: 15/KH-UBND");
        assert!(s.names_body("UBND"));
        assert_eq!(
            DocumentSymbol::parse("5/UBND-VX").unwrap().to_string(),
            "05/UBND-VX"
        );
    }

    #[test]
    fn malformed() {
        assert_eq!(
            DocumentSymbol::parse("Số 11-CTr/QU"),
            Err(SymbolError::HasPrefix)
        );
        assert_eq!(
            DocumentSymbol::parse("số: 11-CTr/QU"),
            Err(SymbolError::HasPrefix)
        );
        for bad in [
            "11CTr/QU",
            "CTr/QU",
            "11-CTr",
            "11-CTr/",
            "11-/QU",
            "11-CTr/qu",
            "11/KH",
            "11 - CTr/QU",
            "",
        ] {
            assert_eq!(
                DocumentSymbol::parse(bad),
                Err(SymbolError::Malformed),
                "{bad}"
            );
        }
        assert_eq!(
            DocumentSymbol::parse("0-CTr/QU"),
            Err(SymbolError::ZeroNumber)
        );
    }
}
