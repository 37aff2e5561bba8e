//! `vanban build` and the files it finds in its output folder: an output
//! edited by hand is never overwritten in silence (its new render goes
//! beside it, a warning names it, the summary counts it, exit 1; `--force`
//! overwrites), and temporary files left by a killed run are removed.

#![allow(clippy::unwrap_used, clippy::panic)] // a test: failing loudly is the point

mod common;
use common::{scratch, vanban};
use std::path::Path;
use std::process::Output;

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// stdout with the time of the summary masked ("trong T giây").
fn stdout(out: &Output) -> String {
    text(&out.stdout)
        .lines()
        .map(|l| match l.rfind(" trong ") {
            Some(i) if l.starts_with("Xong:") => format!("{} trong T giây.\n", &l[..i]),
            _ => format!("{l}\n"),
        })
        .collect()
}

/// A built project of `vanban init` with its program only.
fn built(name: &str) -> std::path::PathBuf {
    let dir = scratch(name);
    let out = vanban(&["init", "du-an", "-q"], &dir);
    assert_eq!(out.status.code(), Some(0));
    let yaml = "output: ket-qua\nprograms:\n  - file: chuong-trinh.yaml\n";
    std::fs::write(dir.join("du-an/vanban.yaml"), yaml).unwrap();
    let out = vanban(&["build", "du-an", "-q"], &dir);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    dir
}

fn touch_program(dir: &Path) {
    let program = dir.join("du-an/chuong-trinh.yaml");
    let edited = std::fs::read_to_string(&program).unwrap() + "\n# sửa\n";
    std::fs::write(&program, edited).unwrap();
}

const WARNING: &str = "cảnh báo[edited-by-hand]: 'du-an/ket-qua/chuong-trinh.docx' đã được sửa tay sau lần dựng trước: giữ nguyên tệp này, bản mới ghi vào 'du-an/ket-qua/chuong-trinh.moi.docx'\n  --> du-an/ket-qua/chuong-trinh.docx\n   = gợi ý: so sánh hai bản và đưa phần sửa vào tệp YAML; xóa tệp đã sửa (hoặc chép bản mới đè lên) để lần dựng sau ghi bình thường, hoặc dùng 'vanban build --force' để ghi đè\n";

#[test]
fn an_output_edited_by_hand_is_left_alone_and_its_new_render_written_beside_it() {
    let dir = built("edits-by-hand");
    let docx = dir.join("du-an/ket-qua/chuong-trinh.docx");
    let new = dir.join("du-an/ket-qua/chuong-trinh.moi.docx");
    let pdf = std::fs::read(dir.join("du-an/ket-qua/chuong-trinh.pdf")).unwrap();
    let rendered = std::fs::read(&docx).unwrap();
    // Staff edit the .docx: same size, other bytes (the hash sees it).
    let mut edited = rendered.clone();
    let last = edited.len() - 1;
    edited[last] ^= 1;
    std::fs::write(&docx, &edited).unwrap();

    // Nothing changed in the inputs, but the file is not what vanban wrote.
    let out = vanban(&["build", "du-an"], &dir);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stderr), WARNING);
    assert_eq!(
        stdout(&out),
        "[1/1] chuong-trinh: du-an/ket-qua/chuong-trinh.moi.docx, du-an/ket-qua/chuong-trinh.pdf (5 trang)\n\
         Xong: 0 văn bản đã dựng, 0 không đổi, 1 sửa tay (bản mới ghi bên cạnh), 0 lỗi, trong T giây.\n"
    );
    assert_eq!(std::fs::read(&docx).unwrap(), edited);
    assert_eq!(std::fs::read(&new).unwrap(), rendered);
    assert_eq!(
        std::fs::read(dir.join("du-an/ket-qua/chuong-trinh.pdf")).unwrap(),
        pdf
    );

    // An input changes: still left alone, said again on every build.
    touch_program(&dir);
    let out = vanban(&["--lang", "en", "build", "du-an"], &dir);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).starts_with("warning[edited-by-hand]: 'du-an/ket-qua/chuong-trinh.docx' was edited by hand since it was built: it is left alone, the new render is in 'du-an/ket-qua/chuong-trinh.moi.docx'\n"),
        "{}",
        text(&out.stderr)
    );
    assert!(text(&out.stdout).contains(", 1 edited by hand (new render beside it), 0 failed,"));
    assert_eq!(std::fs::read(&docx).unwrap(), edited);

    // Staff take the new render (copy it over): the next build writes as
    // usual and the new render beside it goes.
    std::fs::copy(&new, &docx).unwrap();
    touch_program(&dir);
    let out = vanban(&["build", "du-an"], &dir);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stderr), "");
    assert!(!new.exists());
    assert_eq!(std::fs::read(&docx).unwrap(), rendered);
    let out = vanban(&["build", "du-an"], &dir);
    assert!(stdout(&out).starts_with("Xong: 0 văn bản đã dựng, 1 không đổi, 0 lỗi"));

    // Edited again, then --force: overwritten.
    std::fs::write(&docx, b"sua tay").unwrap();
    let out = vanban(&["build", "du-an", "--force"], &dir);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(std::fs::read(&docx).unwrap(), rendered);
    assert!(!new.exists());
}

#[test]
fn an_unknown_file_where_an_output_goes_is_kept_and_a_deleted_one_rewritten() {
    let dir = built("edits-unknown");
    let docx = dir.join("du-an/ket-qua/chuong-trinh.docx");
    // The record lost: the files there are not known as vanban's.
    std::fs::remove_file(dir.join("du-an/ket-qua/.vanban-build.json")).unwrap();
    std::fs::write(&docx, b"cua toi").unwrap();
    let out = vanban(&["build", "du-an", "-q"], &dir);
    assert_eq!(out.status.code(), Some(1));
    // The PDF holds this very render: it is vanban's, whatever the record.
    assert_eq!(text(&out.stderr), WARNING);
    assert_eq!(std::fs::read(&docx).unwrap(), b"cua toi");
    assert!(!dir.join("du-an/ket-qua/chuong-trinh.moi.pdf").exists());
    // Deleted by staff: written again as usual.
    std::fs::remove_file(&docx).unwrap();
    let out = vanban(&["build", "du-an", "-q"], &dir);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(std::fs::read(&docx).unwrap().starts_with(b"PK"));
    assert!(!dir.join("du-an/ket-qua/chuong-trinh.moi.docx").exists());
}

#[test]
fn a_damaged_build_record_is_said_and_nothing_is_overwritten() {
    let dir = built("edits-record");
    let record = dir.join("du-an/ket-qua/.vanban-build.json");
    let said = "cảnh báo[bad-build-record]: bản ghi dựng 'du-an/ket-qua/.vanban-build.json' không phải tệp thường, quá lớn hoặc hỏng: dựng lại mọi văn bản\n  --> du-an/ket-qua/.vanban-build.json\n";
    // Files that hold vanban's render stay vanban's: rebuilt, no warning.
    std::fs::write(&record, "{ hỏng").unwrap();
    let out = vanban(&["build", "du-an", "-q"], &dir);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stderr), said);
    // An edited one is kept.
    std::fs::write(&record, "{ hỏng").unwrap();
    std::fs::write(dir.join("du-an/ket-qua/chuong-trinh.docx"), b"sua").unwrap();
    let out = vanban(&["build", "du-an", "-q"], &dir);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stderr), format!("{said}{WARNING}"));
    assert!(dir.join("du-an/ket-qua/chuong-trinh.moi.docx").exists());
}

#[cfg(unix)]
#[test]
fn a_build_record_that_is_a_fifo_is_never_opened() {
    let dir = built("edits-fifo");
    let record = dir.join("du-an/ket-qua/.vanban-build.json");
    std::fs::remove_file(&record).unwrap();
    let made = std::process::Command::new("mkfifo")
        .arg(&record)
        .status()
        .unwrap();
    assert!(made.success());
    // Would block forever if opened: it is not, and is replaced.
    let out = vanban(&["build", "du-an", "-q", "--force"], &dir);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("[bad-build-record]"));
    assert!(record.is_file());
}

#[test]
fn temporary_files_of_killed_runs_are_removed_by_the_next_build() {
    let dir = built("edits-temporary");
    let folder = dir.join("du-an/ket-qua");
    // A process that is no longer running.
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_vanban"))
        .arg("--version")
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let dead = child.id();
    child.wait().unwrap();
    let left = folder.join(format!(".chuong-trinh.docx.{dead}.tmp"));
    std::fs::write(&left, b"half").unwrap();
    // A live process's is kept (this test's own), and so is any other file.
    let live = folder.join(format!(".chuong-trinh.pdf.{}.tmp", std::process::id()));
    std::fs::write(&live, b"writing").unwrap();
    let other = folder.join(format!(".ghi-chu.txt.{dead}.tmp"));
    std::fs::write(&other, b"not ours").unwrap();
    let out = vanban(&["build", "du-an", "-q"], &dir);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(!left.exists());
    assert!(live.exists());
    assert!(other.exists());
    // One older than a quarter of an hour goes whatever its process.
    let old = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_000_000_000);
    std::fs::File::options()
        .write(true)
        .open(&live)
        .unwrap()
        .set_modified(old)
        .unwrap();
    let out = vanban(&["build", "du-an", "-q"], &dir);
    assert_eq!(out.status.code(), Some(0));
    assert!(!live.exists());
}
