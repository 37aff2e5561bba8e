//! The project folder is a boundary: every path of `vanban.yaml` must lead
//! inside it once `..`, absolute paths and symlinks are followed, or inside
//! a folder the file allows explicitly (`allow_outside`); the output folder
//! never outside. A folder's files are followed too (a template that is a
//! link to elsewhere), and so is the font folder a profile names.

use super::digest::resolve;
use crate::emit;
use std::path::{Component, Path, PathBuf};
use vanban_core::project::{PathAt, PathKind, Project};
use vanban_core::{Diagnostic, Message};

/// The most entries of a folder that are followed.
const MAX_ENTRIES: usize = 10_000;

/// Where `path` (relative to the canonical folder `root`) leads: canonical
/// as far as it exists, the rest (not yet created) taken as written.
pub fn leads_to(root: &Path, path: &Path) -> PathBuf {
    let mut at = if path.is_absolute() {
        PathBuf::from("/")
    } else {
        root.to_path_buf()
    };
    let mut exists = true;
    for c in path.components() {
        match c {
            Component::Prefix(p) => at = PathBuf::from(p.as_os_str()),
            Component::RootDir => at.push(c.as_os_str()),
            Component::CurDir => {}
            Component::ParentDir => {
                at.pop();
            }
            Component::Normal(name) => {
                at.push(name);
                if exists {
                    match at.canonicalize() {
                        Ok(real) => at = real,
                        Err(_) => exists = false,
                    }
                }
            }
        }
    }
    at
}

/// Every path of `project` that leads outside its folder `dir`, as an
/// error at its key in `manifest`.
pub fn check(dir: &Path, manifest: &str, project: &Project) -> Vec<Diagnostic> {
    let base = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let Ok(root) = base.canonicalize() else {
        return Vec::new();
    };
    let allowed: Vec<PathBuf> = project
        .allow_outside
        .iter()
        .filter_map(|a| resolve(dir, &a.path).canonicalize().ok())
        .collect();
    let inside = |p: &Path, output: bool| {
        p.starts_with(&root) || (!output && allowed.iter().any(|a| p.starts_with(a)))
    };
    let mut out = Vec::new();
    let mut fail = |p: &PathAt, key: String, path: &str, target: &Path| {
        let m = Message::OutsideProject {
            key,
            path: path.to_string(),
            target: target.display().to_string(),
            output: p.kind == PathKind::Output,
        };
        out.push(Diagnostic::error(manifest, p.pos, m));
    };
    for p in &project.paths {
        let output = p.kind == PathKind::Output;
        let target = leads_to(&root, Path::new(&p.path));
        if !inside(&target, output) {
            fail(p, p.key.clone(), &p.path, &target);
            continue;
        }
        if p.kind == PathKind::Folder
            && let Some(entry) = outside_entry(&target, |t| inside(t, false))
        {
            let shown = format!("{}/{}", p.path.trim_end_matches('/'), entry.0);
            fail(p, p.key.clone(), &shown, &entry.1);
            continue;
        }
        // A profile's own font folder, relative to the profile.
        if p.key.ends_with("profile")
            && let Some(adj) = emit::read_adjustment(&target)
            && let Some(fonts) = emit::font_dir(None, Some(&target), &adj)
        {
            let real = leads_to(&root, &fonts);
            let key = format!("{} → font_dir", p.key);
            let shown = adj.font_dir().unwrap_or_default();
            if !inside(&real, false) {
                fail(p, key, shown, &real);
            } else if let Some(entry) = outside_entry(&real, |t| inside(t, false)) {
                fail(p, key, &format!("{shown}/{}", entry.0), &entry.1);
            }
        }
    }
    out
}

/// The first entry of folder `dir` (by name) that leads where `inside`
/// refuses: its name and where it leads.
fn outside_entry(dir: &Path, inside: impl Fn(&Path) -> bool) -> Option<(String, PathBuf)> {
    let entries = std::fs::read_dir(dir).ok()?;
    let mut found: Vec<(String, PathBuf)> = entries
        .flatten()
        .take(MAX_ENTRIES)
        .filter_map(|e| {
            let real = e.path().canonicalize().ok()?;
            (!inside(&real)).then(|| (e.file_name().to_string_lossy().into_owned(), real))
        })
        .collect();
    found.sort();
    found.into_iter().next()
}
