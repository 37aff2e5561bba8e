//! What `vanban render` and `report` write, and when they refuse to: a
//! .docx that does not parse back replaces nothing; two inputs with one
//! output name are refused before anything is written; a closed stdout or
//! a broken pipe is an error, never a silent success.

#![allow(clippy::unwrap_used, clippy::panic)] // a test: failing loudly is the point

mod common;
use common::{root, scratch, vanban};
use std::io::Read;
use std::process::{Command, Stdio};

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The example program with `subject` as the first cited document's subject.
fn program_with_subject(subject: &str) -> String {
    let example = std::fs::read_to_string(root().join("examples/son-tra-11-ctr-qu.yaml")).unwrap();
    let line =
        "    subject: xây dựng và phát triển quận Sơn Trà đến năm 2030 và những năm tiếp theo\n";
    assert!(example.contains(line));
    example.replacen(line, &format!("    subject: {subject}\n"), 1)
}

#[test]
fn a_docx_that_does_not_parse_back_replaces_nothing() {
    let dir = scratch("outputs-bad-docx");
    std::fs::write(dir.join("x.yaml"), program_with_subject("xây dựng quận")).unwrap();
    let out = vanban(&["render", "x.yaml", "-o", "out", "-q"], &dir);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let good = std::fs::read(dir.join("out/x.docx")).unwrap();
    let good_pdf = std::fs::read(dir.join("out/x.pdf")).unwrap();

    // A control character that reaches the XML (through a YAML escape):
    // the package is parsed back, refused, and the good files stay.
    std::fs::write(
        dir.join("x.yaml"),
        program_with_subject("\"xây dựng\\x1f quận\""),
    )
    .unwrap();
    let out = vanban(&["render", "x.yaml", "-o", "out", "--format", "docx"], &dir);
    let stderr = text(&out.stderr);
    if stderr.contains("[bad-docx]") {
        assert_eq!(out.status.code(), Some(2));
        assert!(
            stderr.starts_with(
                "lỗi[bad-docx]: tệp Word vừa dựng bị hỏng ở phần 'word/document.xml': dòng 1, cột "
            ),
            "{stderr}"
        );
        assert!(stderr.contains(
            ": ký tự U+001F không được phép trong XML 1.0; không ghi tệp nào\n  --> out/x.docx\n"
        ));
    } else {
        // Once the input check refuses the character itself, it never gets this far.
        assert_eq!(out.status.code(), Some(1), "{stderr}");
    }
    assert_eq!(text(&out.stdout), "");
    assert_eq!(std::fs::read(dir.join("out/x.docx")).unwrap(), good);

    // Both formats: one that fails leaves the other unwritten too.
    let out = vanban(&["render", "x.yaml", "-o", "out"], &dir);
    assert_ne!(out.status.code(), Some(0));
    assert_eq!(std::fs::read(dir.join("out/x.docx")).unwrap(), good);
    assert_eq!(std::fs::read(dir.join("out/x.pdf")).unwrap(), good_pdf);
}

#[test]
fn two_inputs_with_one_output_name_are_refused_before_anything_is_written() {
    let dir = scratch("outputs-clash");
    let program = program_with_subject("xây dựng quận");
    for sub in ["a", "b"] {
        std::fs::create_dir_all(dir.join(sub)).unwrap();
        std::fs::write(dir.join(sub).join("x.yaml"), &program).unwrap();
    }
    // NFC and NFD spellings of one name, and a case variant.
    std::fs::write(dir.join("a/Báo-cáo.yaml"), &program).unwrap();
    std::fs::write(dir.join("b/ba\u{301}o-ca\u{301}o.yaml"), &program).unwrap();
    std::fs::write(dir.join("b/X.yaml"), &program).unwrap();

    let out = vanban(&["render", "a/x.yaml", "b/x.yaml", "-o", "out"], &dir);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(text(&out.stdout), "");
    assert_eq!(
        text(&out.stderr),
        "lỗi[output-clash]: 'a/x.yaml' và 'b/x.yaml' cùng ghi ra tệp kết quả 'x'; không ghi tệp nào\n  --> b/x.yaml\n   = gợi ý: dựng từng tệp vào một thư mục riêng (-o) hoặc đổi tên một tệp (tên so sánh không phân biệt hoa thường và dạng Unicode)\n"
    );
    assert!(!dir.join("out").exists());

    let out = vanban(
        &[
            "--lang",
            "en",
            "render",
            "a/Báo-cáo.yaml",
            "b/ba\u{301}o-ca\u{301}o.yaml",
            "a/x.yaml",
            "b/X.yaml",
            "-o",
            "out",
        ],
        &dir,
    );
    assert_eq!(out.status.code(), Some(2));
    let heads: Vec<String> = text(&out.stderr)
        .lines()
        .filter(|l| l.starts_with("error["))
        .map(String::from)
        .collect();
    assert_eq!(
        heads,
        [
            "error[output-clash]: 'a/Báo-cáo.yaml' and 'b/ba\u{301}o-ca\u{301}o.yaml' write the same output 'ba\u{301}o-ca\u{301}o'; nothing was written",
            "error[output-clash]: 'a/x.yaml' and 'b/X.yaml' write the same output 'X'; nothing was written",
        ]
    );
    assert!(!dir.join("out").exists());
}

#[cfg(target_os = "linux")]
#[test]
fn a_closed_stdout_is_an_error() {
    let dir = scratch("outputs-stdout-closed");
    std::fs::write(dir.join("x.yaml"), program_with_subject("xây dựng quận")).unwrap();
    let run = |redirect: &str| {
        Command::new("sh")
            .arg("-c")
            .arg(format!(
                "exec \"$0\" render x.yaml --format pdf -o - {redirect}"
            ))
            .arg(env!("CARGO_BIN_EXE_vanban"))
            .current_dir(&dir)
            .output()
            .unwrap()
    };
    let out = run(">&-");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        "lỗi[stdout-failed]: không ghi được ra stdout: stdout đã đóng\n  --> stdout\n"
    );
    // Sent to /dev/null on purpose: that is a success.
    let out = run(">/dev/null");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    // Every other command that prints to stdout.
    for args in ["schema program", "man", "completions bash"] {
        let out = Command::new("sh")
            .arg("-c")
            .arg(format!("exec \"$0\" {args} >&-"))
            .arg(env!("CARGO_BIN_EXE_vanban"))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args}");
        assert!(
            text(&out.stderr).starts_with("lỗi[stdout-failed]"),
            "{args}"
        );
    }
}

#[cfg(unix)]
#[test]
fn a_broken_pipe_is_an_error_never_a_panic() {
    let dir = scratch("outputs-broken-pipe");
    std::fs::write(dir.join("x.yaml"), program_with_subject("xây dựng quận")).unwrap();
    let run = |args: &[&str]| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_vanban"))
            .args(args)
            .current_dir(&dir)
            .env("NO_COLOR", "1")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // The reader goes away before anything is written.
        drop(child.stdout.take());
        let mut stderr = String::new();
        child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut stderr)
            .unwrap();
        (child.wait().unwrap().code(), stderr)
    };
    let (code, stderr) = run(&["render", "x.yaml", "--format", "pdf", "-o", "-"]);
    assert_eq!(code, Some(2));
    assert_eq!(
        stderr,
        "lỗi[stdout-failed]: không ghi được ra stdout (ống dẫn bị ngắt?)\n  --> stdout\n"
    );
    // The paths a render prints.
    let (code, stderr) = run(&["render", "x.yaml", "-o", "out"]);
    assert_eq!(code, Some(2));
    assert!(stderr.starts_with("lỗi[stdout-failed]"), "{stderr}");
    assert!(
        dir.join("out/x.pdf").is_file(),
        "the files are written all the same"
    );
}
