//! The project file as written: serde structs with the position of every
//! value; `lower` checks them. A document entry repeats the option fields
//! of `defaults` rather than flattening them, which would lose the spans.

use serde::Deserialize;

use crate::raw::S;

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct RawProject {
    #[serde(default)]
    pub output: Option<S<String>>,
    #[serde(default)]
    pub defaults: Option<S<RawOptions>>,
    #[serde(default)]
    pub programs: Vec<S<RawProgramEntry>>,
    #[serde(default)]
    pub reports: Vec<S<RawReportEntry>>,
}

#[derive(Deserialize, Debug, Default)]
#[serde(deny_unknown_fields)]
pub struct RawOptions {
    #[serde(default)]
    pub formats: Option<S<Vec<S<String>>>>,
    #[serde(default)]
    pub profile: Option<S<String>>,
    #[serde(default)]
    pub templates: Option<S<String>>,
    #[serde(default)]
    pub font_dir: Option<S<String>>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct RawProgramEntry {
    pub file: S<String>,
    #[serde(default)]
    pub name: Option<S<String>>,
    #[serde(default)]
    pub formats: Option<S<Vec<S<String>>>>,
    #[serde(default)]
    pub profile: Option<S<String>>,
    #[serde(default)]
    pub templates: Option<S<String>>,
    #[serde(default)]
    pub font_dir: Option<S<String>>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct RawReportEntry {
    pub program: S<String>,
    pub status: S<String>,
    #[serde(default)]
    pub previous: Option<S<String>>,
    #[serde(default)]
    pub name: Option<S<String>>,
    #[serde(default)]
    pub formats: Option<S<Vec<S<String>>>>,
    #[serde(default)]
    pub profile: Option<S<String>>,
    #[serde(default)]
    pub templates: Option<S<String>>,
    #[serde(default)]
    pub font_dir: Option<S<String>>,
}
