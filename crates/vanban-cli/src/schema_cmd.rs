//! `vanban schema [KIND] [-o DIR]`: the JSON Schemas of the input files, for
//! editors that complete and check YAML while it is typed. They are
//! generated from the serde types that read the files (`vanban_core::schema`,
//! `vanban_render::profile::profile_schema`), so they never drift from them.

use crate::output::{self, write_atomic};
use crate::snippet::say;
use crate::status::Exit;
use clap::ValueEnum;
use std::path::Path;
use vanban_core::Lang;

/// Which input file a schema describes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SchemaKind {
    /// Tệp chương trình (program file).
    Program,
    /// Tệp tình hình thực hiện (status file of a report).
    Status,
    /// Tệp dự án vanban.yaml (project file).
    Project,
    /// Hồ sơ thể thức (format profile).
    Profile,
}

impl SchemaKind {
    /// Every kind, in the order the files are written.
    const ALL: [SchemaKind; 4] = [
        SchemaKind::Program,
        SchemaKind::Status,
        SchemaKind::Project,
        SchemaKind::Profile,
    ];

    /// The file name under `-o DIR`.
    fn file_name(self) -> &'static str {
        match self {
            SchemaKind::Program => "program.schema.json",
            SchemaKind::Status => "status.schema.json",
            SchemaKind::Project => "project.schema.json",
            SchemaKind::Profile => "profile.schema.json",
        }
    }

    /// The schema as pretty JSON with a final newline.
    fn text(self) -> String {
        let value = match self {
            SchemaKind::Program => vanban_core::schema::program(),
            SchemaKind::Status => vanban_core::schema::status(),
            SchemaKind::Project => vanban_core::schema::project(),
            SchemaKind::Profile => vanban_render::profile::profile_schema(),
        };
        // A `Value` always serialises.
        let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
        text.push('\n');
        text
    }
}

/// Every schema as (file name, text), in the order they are written.
pub fn files() -> Vec<(&'static str, String)> {
    SchemaKind::ALL
        .iter()
        .map(|k| (k.file_name(), k.text()))
        .collect()
}

/// Prints the schema of `kind`, or writes the schemas into `out` (all four,
/// or only that of `kind` when both are given) and prints each path written.
/// With neither, a usage error.
pub fn run(kind: Option<SchemaKind>, out: Option<&Path>, lang: Lang) -> Exit {
    let fail = |what: String, e: std::io::Error| {
        eprintln!("{what}: {e}");
        Exit::Io
    };
    let Some(dir) = out else {
        let Some(kind) = kind else {
            eprintln!(
                "{}",
                say(
                    lang,
                    "vanban schema: cần ghi tên lược đồ (program, status, project, profile), hoặc -o THƯ_MỤC để ghi cả bốn",
                    "vanban schema: name a schema (program, status, project, profile), or give -o DIR to write all four"
                )
            );
            return Exit::Io;
        };
        return output::stdout_or_say(kind.text().as_bytes(), lang);
    };
    if let Err(e) = std::fs::create_dir_all(dir) {
        return fail(
            format!(
                "{} {}",
                say(lang, "không tạo được thư mục", "cannot create folder"),
                dir.display()
            ),
            e,
        );
    }
    let kinds = match kind {
        Some(k) => vec![k],
        None => SchemaKind::ALL.to_vec(),
    };
    for k in kinds {
        let target = dir.join(k.file_name());
        if let Err(e) = write_atomic(&target, k.text().as_bytes()) {
            return fail(
                format!(
                    "{} {}",
                    say(lang, "không ghi được", "cannot write"),
                    target.display()
                ),
                e,
            );
        }
        if !output::line(&target.display().to_string()) {
            return output::broken_pipe(lang);
        }
    }
    Exit::Ok
}
