//! The YAML as written: serde structs that mirror the file, with the source
//! position of every value that validation may report on. Nothing here is
//! checked beyond its YAML type; `lower` turns it into the model.

use crate::text::{collapse_spaces, nfc};
use serde::{Deserialize, Deserializer};
use serde_saphyr::Spanned;

/// A text value: NFC-normalised, white space collapsed, ends trimmed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text(pub String);

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Ok(Text(collapse_spaces(&nfc(&s))))
    }
}

/// A value with its place in the source.
pub type S<T> = Spanned<T>;

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct RawProgram {
    #[serde(default)]
    pub format: Option<S<Text>>,
    pub issuer: S<RawIssuer>,
    pub document: S<RawDocument>,
    #[serde(default)]
    pub cited: Vec<S<RawCited>>,
    pub agencies: S<Vec<S<RawAgency>>>,
    pub purposes: S<Vec<S<Text>>>,
    #[serde(default)]
    pub requirements: Vec<S<Text>>,
    #[serde(default)]
    pub objectives: Option<S<RawObjectives>>,
    pub groups: S<Vec<S<RawGroup>>>,
    #[serde(default)]
    pub implementation: Vec<S<RawImplementation>>,
    #[serde(default)]
    pub closing: Option<S<Text>>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct RawIssuer {
    pub name: S<Text>,
    pub abbreviation: S<Text>,
    pub place: S<Text>,
    pub kind: S<Text>,
    #[serde(default)]
    pub standing_committee: Option<S<Text>>,
    #[serde(default)]
    pub superior: Option<S<RawBody>>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct RawBody {
    pub name: S<Text>,
    #[serde(default)]
    pub abbreviation: Option<S<Text>>,
    #[serde(default)]
    pub place: Option<S<Text>>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct RawDocument {
    pub kind: S<Text>,
    pub symbol: S<Text>,
    pub date: S<Text>,
    pub summary: S<Text>,
    pub signer: S<RawSigner>,
    #[serde(default)]
    pub recipients: Vec<S<RawRecipient>>,
    #[serde(default)]
    pub archive: Option<S<Text>>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct RawSigner {
    #[serde(default)]
    pub authority: Option<S<Text>>,
    pub title: S<Text>,
    pub name: S<Text>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct RawRecipient {
    pub name: S<Text>,
    #[serde(default)]
    pub purpose: Option<S<Text>>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct RawCited {
    pub id: S<Text>,
    pub kind: S<Text>,
    pub symbol: S<Text>,
    pub date: S<Text>,
    pub issuer: S<Text>,
    pub subject: S<Text>,
    #[serde(default)]
    pub role: Option<S<Text>>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct RawAgency {
    pub id: S<Text>,
    pub name: S<Text>,
    #[serde(default)]
    pub short: Option<S<Text>>,
    pub kind: S<Text>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct RawObjectives {
    #[serde(default)]
    pub general: Option<S<Text>>,
    #[serde(default)]
    pub targets: Vec<S<RawTarget>>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct RawTarget {
    pub text: S<Text>,
    pub value: S<f64>,
    #[serde(default)]
    pub unit: Option<S<Text>>,
    pub year: S<i32>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct RawGroup {
    pub id: S<Text>,
    pub title: S<Text>,
    #[serde(default)]
    pub intro: Option<S<Text>>,
    #[serde(default)]
    pub tasks: Vec<S<RawTask>>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct RawTask {
    pub id: S<Text>,
    pub content: S<Text>,
    #[serde(default)]
    pub lead: Option<S<Text>>,
    #[serde(default)]
    pub advisor: Option<S<Text>>,
    #[serde(default)]
    pub coordinators: Vec<S<Text>>,
    #[serde(default)]
    pub timeframe: Option<S<Text>>,
    #[serde(default)]
    pub revised: Option<S<RawRevision>>,
    #[serde(default)]
    pub product: Option<S<Text>>,
    #[serde(default)]
    pub notes: Option<S<Text>>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct RawRevision {
    pub timeframe: S<Text>,
    #[serde(default)]
    pub reason: Option<S<Text>>,
    #[serde(default)]
    pub date: Option<S<Text>>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct RawImplementation {
    #[serde(default)]
    pub agencies: Vec<S<Text>>,
    pub text: S<Text>,
}
