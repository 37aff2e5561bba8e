//! The status file as written: serde structs with the position of every
//! value; `lower` checks them against the program.

use serde::Deserialize;

use crate::raw::{RawRecipient, RawRevision, RawSigner, S, Text};

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct RawStatusFile {
    pub report: S<RawReport>,
    #[serde(default)]
    pub narrative: Option<S<RawNarrative>>,
    #[serde(default)]
    pub tasks: Vec<S<RawTaskStatus>>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct RawReport {
    pub kind: S<Text>,
    pub period: S<RawPeriod>,
    #[serde(default)]
    pub as_of: Option<S<Text>>,
    pub symbol: S<Text>,
    pub date: S<Text>,
    #[serde(default)]
    pub summary: Option<S<Text>>,
    pub signer: S<RawSigner>,
    #[serde(default)]
    pub recipients: Vec<S<RawRecipient>>,
    #[serde(default)]
    pub archive: Option<S<Text>>,
    #[serde(default)]
    pub due_soon_days: Option<S<u32>>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct RawPeriod {
    pub from: S<Text>,
    pub to: S<Text>,
    #[serde(default)]
    pub label: Option<S<Text>>,
}

#[derive(Deserialize, Debug, Default)]
#[serde(deny_unknown_fields)]
pub struct RawNarrative {
    #[serde(default)]
    pub leadership: Vec<S<Text>>,
    #[serde(default)]
    pub results: Vec<S<Text>>,
    #[serde(default)]
    pub groups: Vec<S<RawGroupNarrative>>,
    #[serde(default)]
    pub inspection: Vec<S<Text>>,
    #[serde(default)]
    pub strengths: Vec<S<Text>>,
    #[serde(default)]
    pub shortcomings: Vec<S<Text>>,
    #[serde(default)]
    pub causes: Option<S<RawCauses>>,
    #[serde(default)]
    pub lessons: Vec<S<Text>>,
    #[serde(default)]
    pub next_tasks: Vec<S<Text>>,
    #[serde(default)]
    pub proposals: Vec<S<Text>>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct RawGroupNarrative {
    pub group: S<Text>,
    #[serde(default)]
    pub text: Vec<S<Text>>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct RawCauses {
    #[serde(default)]
    pub objective: Vec<S<Text>>,
    #[serde(default)]
    pub subjective: Vec<S<Text>>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct RawTaskStatus {
    pub id: S<Text>,
    #[serde(default)]
    pub completed: Option<S<Text>>,
    #[serde(default)]
    pub result: Option<S<Text>>,
    #[serde(default)]
    pub progress: Vec<S<Text>>,
    #[serde(default)]
    pub delay_reason: Option<S<Text>>,
    #[serde(default)]
    pub revised: Option<S<RawRevision>>,
}
