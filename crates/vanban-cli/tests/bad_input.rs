//! The bad-input corpus: every file under `tests/bad-input/` is checked with
//! the real `vanban` binary, and its exit code, stdout and stderr must match
//! the `.expected` file next to it, to the letter.
//!
//! To accept intended changes of the output, run
//!
//! ```text
//! VANBAN_BLESS=1 cargo test -p vanban-cli --test bad_input
//! ```
//!
//! and read the diff of the `.expected` files before committing.
//!
//! Layout of an expected file:
//!
//! ```text
//! exit: 1
//! --- stdout
//! …
//! --- stderr
//! …
//! ```
//!
//! `NN-name.expected` is the default run (Vietnamese, human format);
//! `NN-name.en.expected` and `NN-name.json.expected`, when present, are the
//! runs with `--lang en` and `--message-format json`.
//!
//! A few cases are made at run time in a scratch directory laid out like the
//! workspace (so the path shown is still `tests/bad-input/NN-name.yaml`): a
//! 5 MB string value, a directory, and a missing file.
//!
//! A case named `NN-profile-….yaml` is a format profile: it runs
//! `vanban check --profile FILE` instead of `vanban check FILE`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fmt::Write as _;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};
use vanban_core::Program;

/// The corpus, relative to the workspace root.
const CORPUS: &str = "tests/bad-input";

/// A hang guard, not a speed requirement.
const TIMEOUT: Duration = Duration::from_secs(20);

/// The fewest cases the corpus may hold.
const MIN_CASES: usize = 34;

/// Cases whose problem has no line and column: I/O, encoding, empty input.
/// Matched on the name without its number. Every other error diagnostic must
/// point at `file:line:col`.
const NO_PLACE_NEEDED: &[&str] = &[
    "directory",
    "missing-file",
    "latin1",
    "utf16-bom",
    "empty-file",
    "only-comments",
];

/// What a generated case is.
#[derive(Clone, Copy, Debug)]
enum Gen {
    /// The example with a 5 MB `archive` value.
    HugeString,
    /// An empty directory named like a YAML file.
    Directory,
    /// Nothing at all: the file does not exist.
    Missing,
}

/// Cases made at run time (their `.expected` files are committed).
const GENERATED: &[(&str, Gen)] = &[
    ("38-huge-string", Gen::HugeString),
    ("46-directory", Gen::Directory),
    ("47-missing-file", Gen::Missing),
];

/// The size of the generated string value, in bytes (at least).
const HUGE_BYTES: usize = 5 * 1024 * 1024;

/// One way of running a case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Variant {
    /// Vietnamese, human format.
    Default,
    /// `--lang en`.
    English,
    /// `--message-format json`.
    Json,
}

impl Variant {
    const ALL: [Variant; 3] = [Variant::Default, Variant::English, Variant::Json];

    fn suffix(self) -> &'static str {
        match self {
            Variant::Default => "",
            Variant::English => ".en",
            Variant::Json => ".json",
        }
    }

    /// The arguments of a run on `file`; `--profile` before it for a profile.
    fn args(self, file: &str, profile: bool) -> Vec<String> {
        let mut args: Vec<String> = match self {
            Variant::Default => vec!["check".into()],
            Variant::English => vec!["--lang".into(), "en".into(), "check".into()],
            Variant::Json => vec!["check".into(), "--message-format".into(), "json".into()],
        };
        if profile {
            args.push("--profile".into());
        }
        args.push(file.to_string());
        args
    }
}

/// A case: a name like `18-unknown-agency-near-miss` and where to run it.
struct Case {
    name: String,
    /// The current directory of the run; the file is `tests/bad-input/<name>.yaml` below it.
    cwd: PathBuf,
}

impl Case {
    /// The name without its number: `unknown-agency-near-miss`.
    fn short(&self) -> &str {
        self.name
            .split_once('-')
            .map_or(self.name.as_str(), |(_, s)| s)
    }

    fn file(&self) -> String {
        format!("{CORPUS}/{}.yaml", self.name)
    }

    fn in_file(&self) -> bool {
        !NO_PLACE_NEEDED.contains(&self.short())
    }

    /// Whether the case is a format profile (`NN-profile-….yaml`).
    fn is_profile(&self) -> bool {
        self.short().starts_with("profile-")
    }

    fn args(&self, variant: Variant) -> Vec<String> {
        variant.args(&self.file(), self.is_profile())
    }
}

/// What a run produced.
struct Output {
    status: Option<ExitStatus>,
    stdout: String,
    stderr: String,
    elapsed: Duration,
}

impl Output {
    fn exit_text(&self) -> String {
        match self.status {
            None => format!("killed after {} s (hang guard)", TIMEOUT.as_secs()),
            Some(s) => match s.code() {
                Some(c) => c.to_string(),
                None => format!("no exit code ({s})"),
            },
        }
    }

    /// The text of an expected file.
    fn render(&self) -> String {
        format!(
            "exit: {}\n--- stdout\n{}--- stderr\n{}",
            self.exit_text(),
            section(&self.stdout),
            section(&self.stderr)
        )
    }
}

/// A stream as written in an expected file: ends with a line feed, marked when it did not.
fn section(s: &str) -> String {
    if s.is_empty() || s.ends_with('\n') {
        s.to_string()
    } else {
        format!("{s}\n\\ no newline at end\n")
    }
}

fn workspace_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest
        .parent()
        .and_then(Path::parent)
        .expect("crates/vanban-cli sits two levels below the root")
        .to_path_buf()
}

/// Runs `vanban` with a kill timeout; stdout and stderr are read on threads so
/// that a full pipe cannot block the child.
fn run(cwd: &Path, args: &[String]) -> Output {
    let start = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_vanban"))
        .args(args)
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the vanban binary starts");
    let reader = |mut r: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            let _ = r.read_to_end(&mut buf);
            buf
        })
    };
    let out = reader(Box::new(child.stdout.take().expect("piped stdout")));
    let err = reader(Box::new(child.stderr.take().expect("piped stderr")));
    let status = loop {
        if let Some(s) = child.try_wait().expect("waiting for vanban") {
            break Some(s);
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    let elapsed = start.elapsed();
    let text = |h: std::thread::JoinHandle<Vec<u8>>| {
        String::from_utf8_lossy(&h.join().unwrap_or_default()).into_owned()
    };
    Output {
        status,
        stdout: text(out),
        stderr: text(err),
        elapsed,
    }
}

/// A scratch directory laid out like the workspace, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new() -> Self {
        let root = Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join(format!("bad-input-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(root.join(CORPUS)).expect("scratch directory");
        Scratch(root)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The example with its `archive` line replaced by a value of at least 5 MB.
fn huge_string_yaml(root: &Path) -> String {
    let example =
        std::fs::read_to_string(root.join("examples/son-tra-11-ctr-qu.yaml")).expect("the example");
    let body = &example[example
        .find("\nissuer:\n")
        .expect("the example has an issuer")
        + 1..];
    let line = "  archive: Văn phòng Quận ủy\n";
    assert_eq!(
        body.matches(line).count(),
        1,
        "the example has one archive line"
    );
    let mut value = String::with_capacity(HUGE_BYTES + 64);
    while value.len() < HUGE_BYTES {
        value.push_str("Văn phòng Quận ủy ");
    }
    let head = "# Sinh ra khi chạy test: giá trị 'archive' dài hơn 5 MB trên một dòng.\n\
                # EN: generated by the test: a value of more than 5 MB on one line in 'archive'.\n\n";
    format!(
        "{head}{}",
        body.replacen(line, &format!("  archive: {}\n", value.trim_end()), 1)
    )
}

fn make_generated(scratch: &Scratch, root: &Path, name: &str, kind: Gen) {
    let path = scratch.0.join(CORPUS).join(format!("{name}.yaml"));
    match kind {
        Gen::HugeString => {
            std::fs::write(&path, huge_string_yaml(root)).expect("write the huge file")
        }
        Gen::Directory => std::fs::create_dir(&path).expect("make the directory"),
        Gen::Missing => assert!(!path.exists()),
    }
}

/// Every case: the committed `.yaml` files, then the generated ones. Also
/// returns problems with the corpus itself (orphan expected files, clashes).
fn cases(root: &Path, scratch: &Scratch) -> (Vec<Case>, Vec<String>) {
    let dir = root.join(CORPUS);
    let mut names = Vec::new();
    let mut expected = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("the corpus directory") {
        let entry = entry.expect("a directory entry");
        let file = entry.file_name().to_string_lossy().into_owned();
        if let Some(name) = file.strip_suffix(".yaml") {
            names.push(name.to_string());
        } else if let Some(name) = file.strip_suffix(".expected") {
            expected.push(name.to_string());
        }
    }
    names.sort();
    let mut problems = Vec::new();
    let mut cases: Vec<Case> = names
        .into_iter()
        .map(|name| Case {
            name,
            cwd: root.to_path_buf(),
        })
        .collect();
    for (name, kind) in GENERATED {
        if cases.iter().any(|c| c.name == *name) {
            problems.push(format!(
                "{name}: generated at run time, but {CORPUS}/{name}.yaml also exists"
            ));
        }
        make_generated(scratch, root, name, *kind);
        cases.push(Case {
            name: (*name).to_string(),
            cwd: scratch.0.clone(),
        });
    }
    cases.sort_by(|a, b| a.name.cmp(&b.name));
    for e in &expected {
        let base = e
            .strip_suffix(".en")
            .or_else(|| e.strip_suffix(".json"))
            .unwrap_or(e);
        if !cases.iter().any(|c| c.name == base) {
            problems.push(format!(
                "{CORPUS}/{e}.expected: no case of that name; delete it or add the case"
            ));
        }
    }
    for short in NO_PLACE_NEEDED {
        if !cases.iter().any(|c| c.short() == *short) {
            problems.push(format!(
                "NO_PLACE_NEEDED names '{short}', which is not a case"
            ));
        }
    }
    (cases, problems)
}

/// A line diff (longest common subsequence), changed lines with two lines of context.
fn diff(expected: &str, actual: &str) -> String {
    let a: Vec<&str> = expected.lines().collect();
    let b: Vec<&str> = actual.lines().collect();
    let (n, m) = (a.len(), b.len());
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut ops: Vec<(char, &str)> = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            ops.push((' ', a[i]));
            i += 1;
            j += 1;
        } else if i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1]) {
            ops.push(('-', a[i]));
            i += 1;
        } else {
            ops.push(('+', b[j]));
            j += 1;
        }
    }
    let near = |k: usize| {
        ops[k.saturating_sub(2)..(k + 3).min(ops.len())]
            .iter()
            .any(|(c, _)| *c != ' ')
    };
    let mut out = String::from("    (- expected, + actual)\n");
    let mut skipped = false;
    let mut shown = 0;
    for (k, (c, line)) in ops.iter().enumerate() {
        if !near(k) {
            skipped = true;
            continue;
        }
        if skipped {
            out.push_str("    ...\n");
            skipped = false;
        }
        if shown == 80 {
            out.push_str("    ... (diff cut)\n");
            break;
        }
        let line: String = line.chars().take(160).collect();
        let _ = writeln!(out, "    {c} {line}");
        shown += 1;
    }
    out
}

/// The diagnostics of a human run: (header line, the `-->` line after it).
fn human_diagnostics(stderr: &str) -> Vec<(&str, Option<&str>)> {
    let lines: Vec<&str> = stderr.lines().collect();
    let mut out = Vec::new();
    for (k, line) in lines.iter().enumerate() {
        let head = ["lỗi[", "cảnh báo[", "error[", "warning["]
            .iter()
            .any(|p| line.starts_with(p));
        if head && line.contains("]: ") {
            out.push((*line, lines.get(k + 1).copied()));
        }
    }
    out
}

fn is_error_header(line: &str) -> bool {
    line.starts_with("lỗi[") || line.starts_with("error[")
}

/// `tests/bad-input/x.yaml:12:7` → true; the place must be exactly the file, or the file and a line:col.
fn place_ok(place: &str, file: &str, need_line_col: bool) -> bool {
    let Some(rest) = place.strip_prefix(file) else {
        return false;
    };
    if rest.is_empty() {
        return !need_line_col;
    }
    let mut parts = rest.split(':');
    parts.next() == Some("")
        && parts.clone().count() == 2
        && parts.all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()) && p != "0")
}

/// The checks that hold for every run, whatever its expected output.
fn invariants(case: &Case, variant: Variant, out: &Output) -> Vec<String> {
    let mut problems = Vec::new();
    let label = format!("{}{}", case.name, variant.suffix());
    if out.status.is_none() {
        problems.push(format!(
            "{label}: did not finish within {} s",
            TIMEOUT.as_secs()
        ));
        return problems;
    }
    if out.stderr.contains("panicked")
        || out.stdout.contains("panicked")
        || out.status.and_then(|s| s.code()) == Some(101)
    {
        problems.push(format!("{label}: vanban panicked:\n{}", out.stderr));
    }
    let code = out.status.and_then(|s| s.code());
    let file = case.file();
    match variant {
        Variant::Default | Variant::English => {
            let diags = human_diagnostics(&out.stderr);
            if code != Some(0) && !diags.iter().any(|(h, _)| is_error_header(h)) {
                problems.push(format!(
                    "{label}: exit {code:?} without an error diagnostic"
                ));
            }
            for (head, next) in diags {
                let error = is_error_header(head);
                if code == Some(0) && error {
                    problems.push(format!("{label}: exit 0 with an error: {head}"));
                }
                let place = next
                    .map(str::trim_start)
                    .and_then(|l| l.strip_prefix("--> "));
                match place {
                    None => problems.push(format!("{label}: no '--> file' line after: {head}")),
                    Some(p) if !place_ok(p, &file, error && case.in_file()) => {
                        problems.push(format!(
                            "{label}: the place '{p}' should be {file}{}, after: {head}",
                            if error && case.in_file() {
                                ":line:col"
                            } else {
                                "[:line:col]"
                            }
                        ))
                    }
                    Some(_) => {}
                }
            }
        }
        Variant::Json => {
            for line in out.stdout.lines() {
                let v: serde_json::Value = match serde_json::from_str(line) {
                    Ok(v) => v,
                    Err(e) => {
                        problems.push(format!("{label}: not a JSON line ({e}): {line}"));
                        continue;
                    }
                };
                if v["file"] != file.as_str() {
                    problems.push(format!("{label}: JSON 'file' should be {file}: {line}"));
                }
                let error = v["severity"] == "error";
                if error && case.in_file() && !(v["line"].is_u64() && v["column"].is_u64()) {
                    problems.push(format!(
                        "{label}: JSON error without line and column: {line}"
                    ));
                }
            }
        }
    }
    problems
}

#[test]
fn bad_input_corpus() {
    let root = workspace_root();
    let bless = std::env::var_os("VANBAN_BLESS").is_some_and(|v| v == "1");
    let scratch = Scratch::new();
    let (cases, mut failures) = cases(&root, &scratch);
    assert!(
        cases.len() >= MIN_CASES,
        "the corpus holds {} cases; at least {MIN_CASES} are expected",
        cases.len()
    );

    let mut timings: Vec<(Duration, String)> = Vec::new();
    let mut blessed = Vec::new();
    for case in &cases {
        for variant in Variant::ALL {
            let expected_path =
                root.join(CORPUS)
                    .join(format!("{}{}.expected", case.name, variant.suffix()));
            let label = format!("{}{}", case.name, variant.suffix());
            let expected = std::fs::read_to_string(&expected_path).ok();
            if variant != Variant::Default && expected.is_none() {
                continue;
            }
            let out = run(&case.cwd, &case.args(variant));
            timings.push((out.elapsed, label.clone()));
            failures.extend(invariants(case, variant, &out));
            if out.status.is_none() {
                continue;
            }
            let actual = out.render();
            if bless {
                if expected.as_deref() != Some(actual.as_str()) {
                    std::fs::write(&expected_path, &actual).expect("write the expected file");
                    blessed.push(label);
                }
                continue;
            }
            match expected {
                None => failures.push(format!(
                    "{label}: no expected output at {CORPUS}/{label}.expected; run with VANBAN_BLESS=1 and read it"
                )),
                Some(e) if e != actual => failures.push(format!(
                    "{label}: output differs from {CORPUS}/{label}.expected (run: vanban {})\n{}",
                    case.args(variant).join(" "),
                    diff(&e, &actual)
                )),
                Some(_) => {}
            }
        }
    }

    timings.sort_by_key(|t| std::cmp::Reverse(t.0));
    let total: Duration = timings.iter().map(|t| t.0).sum();
    eprintln!(
        "bad-input: {} runs of {} cases in {:.2?}; slowest:",
        timings.len(),
        cases.len(),
        total
    );
    for (d, label) in timings.iter().take(3) {
        eprintln!("  {d:>10.2?}  {label}");
    }
    if !blessed.is_empty() {
        eprintln!(
            "bad-input: VANBAN_BLESS=1 rewrote {} expected files: {}",
            blessed.len(),
            blessed.join(", ")
        );
    }
    if !failures.is_empty() {
        panic!(
            "{} problem(s) in the bad-input corpus:\n\n{}",
            failures.len(),
            failures.join("\n\n")
        );
    }
}

/// Combining marks used by decomposed Vietnamese (grave, acute, tilde, hook, dot below, …).
fn has_combining_mark(s: &str) -> bool {
    s.chars().any(|c| matches!(c, '\u{0300}'..='\u{036F}'))
}

#[test]
fn nfd_input_loads_as_nfc() {
    let root = workspace_root();
    let dir = root.join(CORPUS);
    let nfd_path = std::fs::read_dir(&dir)
        .expect("the corpus directory")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().ends_with("-nfd-text.yaml"))
        })
        .expect("the corpus has an NFD case");
    let nfd_text = std::fs::read_to_string(&nfd_path).expect("the NFD case is UTF-8");
    let example_text =
        std::fs::read_to_string(root.join("examples/son-tra-11-ctr-qu.yaml")).expect("the example");
    assert!(
        has_combining_mark(&nfd_text),
        "the NFD case must really be decomposed"
    );
    assert!(
        !nfd_text.contains("Quận ủy Sơn Trà"),
        "the NFD case must not hold the NFC spelling"
    );

    let nfd = Program::from_yaml(&nfd_text, "nfd.yaml")
        .expect("NFD input loads")
        .value;
    let nfc = Program::from_yaml(&example_text, "example.yaml")
        .expect("the example loads")
        .value;

    // Literal NFC strings (this source file is NFC).
    assert_eq!(nfd.issuer.name, "Quận ủy Sơn Trà");
    assert_eq!(
        nfd.issuer.standing_committee.as_deref(),
        Some("Ban Thường vụ Quận ủy")
    );
    assert_eq!(nfd.document.signer.title, "Bí thư");
    assert_eq!(nfd.document.signer.name, "Nguyễn Văn A");
    assert!(
        nfd.document
            .summary
            .starts_with("thực hiện Kết luận số 209-KL/TU")
    );
    assert_eq!(nfd.agencies[0].name, "Văn phòng Quận ủy");
    let (_, first) = nfd.tasks().next().expect("a task");
    assert!(
        first
            .content
            .starts_with("Tổ chức nghiên cứu, học tập, quán triệt")
    );
    for (_, t) in nfd.tasks() {
        assert!(!has_combining_mark(&t.content), "task {} is not NFC", t.id);
    }
    // And the whole model is the same as the one loaded from the NFC example.
    assert_eq!(nfd, nfc);
}
