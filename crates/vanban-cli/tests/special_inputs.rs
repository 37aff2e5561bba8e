//! Inputs that are not files to read: a FIFO and a device (`/dev/zero`)
//! given as a program, a status file, a profile and a member of
//! `--font-dir` are refused at once with the catalogue's message, never read
//! or waited on; a file that is not a vanban input (a `.env` holding a
//! secret) never has its content printed, in either language or as JSON;
//! and a half-copied font file is refused, naming the file. Everything is
//! made at run time in a scratch folder.

#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{root, scratch};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A hang guard, not a speed requirement: a FIFO read would block forever
/// and `/dev/zero` would be read until memory ran out.
const GUARD: Duration = Duration::from_secs(20);

/// Runs `vanban` in `cwd`; (exit code, stdout, stderr). Killed and failed
/// if it does not finish within [`GUARD`].
fn run(args: &[&str], cwd: &Path) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_vanban"))
        .args(args)
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > GUARD {
            child.kill().unwrap();
            panic!(
                "vanban {args:?} was still running after {GUARD:?}: it read or waited on a special file"
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    let text = |b: Vec<u8>| String::from_utf8(b).unwrap();
    (
        out.status.code().unwrap(),
        text(out.stdout),
        text(out.stderr),
    )
}

fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo").arg(path).status().expect("mkfifo");
    assert!(status.success());
}

/// The scratch folder with `pipe.yaml` (a FIFO), `zero.yaml` (a link to
/// `/dev/zero`), the example program and a font folder of FIFOs.
fn setup(name: &str) -> std::path::PathBuf {
    let dir = scratch(name);
    mkfifo(&dir.join("pipe.yaml"));
    std::os::unix::fs::symlink("/dev/zero", dir.join("zero.yaml")).unwrap();
    std::fs::copy(
        root().join("examples/son-tra-11-ctr-qu.yaml"),
        dir.join("program.yaml"),
    )
    .unwrap();
    std::fs::create_dir(dir.join("fonts")).unwrap();
    mkfifo(&dir.join("fonts/times.ttf"));
    dir
}

fn refused(file: &str, what: &str) -> String {
    format!(
        "lỗi[not-regular-file]: đây là {what}, không phải một tệp; vanban chỉ đọc tệp thường\n  --> {file}\n   = gợi ý: chỉ ra một tệp đã lưu trên đĩa\n"
    )
}

const FIFO: &str = "một ống dẫn có tên (FIFO)";
const DEVICE: &str = "một thiết bị";
const TOTAL: &str = "\ntổng cộng: 1 lỗi, 0 cảnh báo trong 1 tệp\n";

#[test]
fn a_fifo_or_a_device_as_program_or_profile_is_refused_at_once() {
    let dir = setup("special-check");
    for (file, what) in [("pipe.yaml", FIFO), ("zero.yaml", DEVICE)] {
        let expected = format!("{}{TOTAL}", refused(file, what));
        assert_eq!(
            run(&["check", file], &dir),
            (2, String::new(), expected.clone())
        );
        assert_eq!(
            run(&["check", "--profile", file], &dir),
            (2, String::new(), expected)
        );
        let (code, _, err) = run(
            &["render", "--profile", file, "program.yaml", "-o", "out"],
            &dir,
        );
        assert_eq!((code, err), (2, refused(file, what)));
    }
    let (code, _, err) = run(&["--lang", "en", "check", "zero.yaml"], &dir);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("error[not-regular-file]: this is a device, not a file; vanban reads regular files only\n"),
        "{err}"
    );
}

#[test]
fn a_fifo_or_a_device_as_status_file_is_refused_at_once() {
    let dir = setup("special-status");
    for (file, what) in [("pipe.yaml", FIFO), ("zero.yaml", DEVICE)] {
        let (code, _, err) = run(&["report", "program.yaml", file, "-o", "out"], &dir);
        assert_eq!((code, err), (2, refused(file, what)));
        let (code, _, err) = run(
            &[
                "report",
                "program.yaml",
                "program.yaml",
                "--previous",
                file,
                "-o",
                "out",
            ],
            &dir,
        );
        assert_eq!(code, 2);
        assert!(err.contains(&refused(file, what)), "{err}");
    }
}

#[test]
fn a_fifo_or_a_device_in_the_font_folder_is_refused_at_once() {
    let dir = setup("special-fonts");
    let (code, _, err) = run(
        &["render", "--font-dir", "fonts", "program.yaml", "-o", "out"],
        &dir,
    );
    assert_eq!(
        (code, err),
        (2, format!("{}\n", refused("fonts/times.ttf", FIFO)))
    );
    std::fs::remove_file(dir.join("fonts/times.ttf")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", dir.join("fonts/times.ttf")).unwrap();
    let (code, _, err) = run(
        &["render", "--font-dir", "fonts", "program.yaml", "-o", "out"],
        &dir,
    );
    assert_eq!(
        (code, err),
        (2, format!("{}\n", refused("fonts/times.ttf", DEVICE)))
    );
}

#[test]
fn a_half_copied_font_is_refused_naming_the_file() {
    let dir = scratch("special-half-font");
    std::fs::copy(
        root().join("examples/son-tra-11-ctr-qu.yaml"),
        dir.join("program.yaml"),
    )
    .unwrap();
    std::fs::create_dir(dir.join("fonts")).unwrap();
    let faces = root().join("crates/vanban-render/fonts");
    for style in ["Regular", "Bold", "Italic", "BoldItalic"] {
        let name = format!("LiberationSerif-{style}.ttf");
        let mut bytes = std::fs::read(faces.join(&name)).unwrap();
        if style == "Regular" {
            bytes.truncate(bytes.len() / 2);
        }
        std::fs::write(dir.join("fonts").join(&name), bytes).unwrap();
    }
    let (code, out, err) = run(
        &["render", "--font-dir", "fonts", "program.yaml", "-o", "out"],
        &dir,
    );
    assert_eq!(code, 2, "{out}{err}");
    let file = "fonts/LiberationSerif-Regular.ttf";
    assert!(err.contains(&format!("  --> {file}\n")), "{err}");
    assert!(
        err.starts_with(&format!(
            "lỗi[font-empty-outlines]: phông chữ {file} có chữ không có hình nét"
        )) || err.starts_with(&format!("lỗi[font-not-parsed]: tệp phông chữ {file} hỏng")),
        "{err}"
    );
    assert!(!dir.join("out").join("program.pdf").exists());
}

#[test]
fn a_file_that_is_not_a_vanban_input_is_never_shown() {
    let dir = scratch("special-secret");
    let secret = "hunter2-4f9c";
    std::fs::write(
        dir.join(".env"),
        format!("DB_PASSWORD={secret}\nissuer: x\n"),
    )
    .unwrap();
    std::fs::write(
        dir.join("passwd"),
        format!("root:x:0:0:{secret}:/root:/bin/sh\n"),
    )
    .unwrap();
    for file in [".env", "passwd"] {
        for args in [
            vec!["check", file],
            vec!["--lang", "en", "check", file],
            vec!["check", "--message-format", "json", file],
            vec!["check", "--profile", file],
            vec!["render", "--profile", file, file, "-o", "out"],
            vec!["report", file, file, "-o", "out"],
        ] {
            let (code, out, err) = run(&args, &dir);
            assert_eq!(code, 2, "{args:?}: {out}{err}");
            assert!(
                !out.contains(secret) && !err.contains(secret),
                "{args:?}: {out}{err}"
            );
            assert!(
                out.contains("wrong-extension") || err.contains("wrong-extension"),
                "{args:?}: {out}{err}"
            );
        }
    }
    let (_, _, err) = run(&["check", ".env"], &dir);
    assert_eq!(
        err,
        format!(
            "lỗi[wrong-extension]: tên tệp không có đuôi .yaml / .yml: vanban không đọc tệp này\n  --> .env\n   = gợi ý: kiểm tra lại đường dẫn: có thể đây là tệp khác; nếu đúng là tệp của vanban, đổi tên cho có đuôi đúng\n{TOTAL}"
        )
    );
}
