//! `vanban report` end to end: the example report written in both formats,
//! the comparison with an earlier period, and a broken status file named
//! to the letter with nothing written.

#![allow(clippy::unwrap_used, clippy::panic)] // a test: failing loudly is the point

mod common;
use common::{root, scratch, vanban};

fn copy_examples(dir: &std::path::Path) {
    for name in [
        "son-tra-11-ctr-qu.yaml",
        "son-tra-11-ctr-qu.status.yaml",
        "son-tra-11-ctr-qu.status-6-thang-2023.yaml",
    ] {
        std::fs::copy(root().join("examples").join(name), dir.join(name)).unwrap();
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn writes_the_report_in_both_formats_named_after_the_status_file() {
    let dir = scratch("report-cli");
    copy_examples(&dir);
    let out = vanban(
        &[
            "report",
            "son-tra-11-ctr-qu.yaml",
            "son-tra-11-ctr-qu.status.yaml",
            "-o",
            "out",
        ],
        &dir,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "out/son-tra-11-ctr-qu.status.docx\nout/son-tra-11-ctr-qu.status.pdf\n"
    );
    assert_eq!(text(&out.stderr), "");
    let pdf = std::fs::read(dir.join("out/son-tra-11-ctr-qu.status.pdf")).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));

    // The same input gives the same bytes.
    let again = vanban(
        &[
            "report",
            "son-tra-11-ctr-qu.yaml",
            "son-tra-11-ctr-qu.status.yaml",
            "--format",
            "pdf",
            "-o",
            "again",
        ],
        &dir,
    );
    assert_eq!(again.status.code(), Some(0));
    assert!(pdf == std::fs::read(dir.join("again/son-tra-11-ctr-qu.status.pdf")).unwrap());
}

#[test]
fn compares_with_the_previous_period() {
    let dir = scratch("report-previous");
    copy_examples(&dir);
    let out = vanban(
        &[
            "report",
            "son-tra-11-ctr-qu.yaml",
            "son-tra-11-ctr-qu.status.yaml",
            "--previous",
            "son-tra-11-ctr-qu.status-6-thang-2023.yaml",
            "--format",
            "docx",
            "-o",
            "out",
        ],
        &dir,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "out/son-tra-11-ctr-qu.status.docx\n");
}

#[test]
fn a_broken_status_file_is_named_and_nothing_is_written() {
    let dir = scratch("report-broken");
    copy_examples(&dir);
    let status = std::fs::read_to_string(dir.join("son-tra-11-ctr-qu.status.yaml")).unwrap();
    let broken = status.replacen("- id: t15", "- id: t51", 1).replacen(
        "completed: 25/10/2022",
        "completed: 25/8/2022",
        1,
    );
    std::fs::write(dir.join("broken.yaml"), broken).unwrap();
    let out = vanban(
        &[
            "report",
            "son-tra-11-ctr-qu.yaml",
            "broken.yaml",
            "-o",
            "out",
        ],
        &dir,
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stdout), "");
    assert_eq!(
        text(&out.stderr),
        "\
lỗi[completed-before-program]: ngày hoàn thành 25/8/2022 sớm hơn ngày ban hành chương trình (12/9/2022)
   --> broken.yaml:104:16
    |
104 |     completed: 25/8/2022
    |                ^^^^^^^^^
    = gợi ý: kiểm tra lại ngày hoàn thành (ngày/tháng/năm)

lỗi[unknown-task]: chương trình không có nhiệm vụ mã 't51'
   --> broken.yaml:129:9
    |
129 |   - id: t51
    |         ^^^
    = gợi ý: mã nhiệm vụ phải trùng với 'id' của một nhiệm vụ trong tệp chương trình

"
    );
    assert!(!dir.join("out").exists());
}

#[test]
fn a_broken_program_stops_before_the_status_file() {
    let dir = scratch("report-bad-program");
    copy_examples(&dir);
    std::fs::write(dir.join("empty.yaml"), "# nothing\n").unwrap();
    let out = vanban(
        &[
            "report",
            "empty.yaml",
            "son-tra-11-ctr-qu.status.yaml",
            "-o",
            "out",
        ],
        &dir,
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr),
        "lỗi[empty-file]: tệp rỗng, không có nội dung\n  --> empty.yaml\n   = gợi ý: tạo một dự án mẫu bằng lệnh 'vanban init' rồi sửa tệp chuong-trinh.yaml của nó\n\n"
    );
    let missing = vanban(
        &[
            "report",
            "son-tra-11-ctr-qu.yaml",
            "missing.yaml",
            "-o",
            "out",
        ],
        &dir,
    );
    assert_eq!(missing.status.code(), Some(2));
    assert_eq!(
        text(&missing.stderr),
        "lỗi[cannot-read]: không tìm thấy tệp\n  --> missing.yaml\n"
    );
}

#[test]
fn dash_writes_one_document_to_stdout() {
    let dir = scratch("report-stdout");
    copy_examples(&dir);
    let args = [
        "report",
        "son-tra-11-ctr-qu.yaml",
        "son-tra-11-ctr-qu.status.yaml",
        "--format",
        "pdf",
    ];
    let piped = vanban(&[&args[..], &["-o", "-"]].concat(), &dir);
    assert_eq!(piped.status.code(), Some(0), "{}", text(&piped.stderr));
    let written = vanban(&[&args[..], &["-o", "out"]].concat(), &dir);
    assert_eq!(written.status.code(), Some(0));
    let file = std::fs::read(dir.join("out/son-tra-11-ctr-qu.status.pdf")).unwrap();
    assert!(piped.stdout == file, "stdout differs from the file");
    assert!(!dir.join("-").exists());

    let both = vanban(
        &[
            "report",
            "son-tra-11-ctr-qu.yaml",
            "son-tra-11-ctr-qu.status.yaml",
            "-o",
            "-",
        ],
        &dir,
    );
    assert_eq!(both.status.code(), Some(2));
    assert_eq!(both.stdout, b"");
    assert_eq!(
        text(&both.stderr),
        "-o - ghi văn bản ra stdout: chọn một định dạng (--format docx hoặc --format pdf)\n"
    );
    let two = vanban(
        &[
            "render",
            "son-tra-11-ctr-qu.yaml",
            "son-tra-11-ctr-qu.yaml",
            "--format",
            "docx",
            "-o",
            "-",
        ],
        &dir,
    );
    assert_eq!(two.status.code(), Some(2));
    assert_eq!(
        text(&two.stderr),
        "-o - ghi một văn bản ra stdout: chỉ cho một tệp đầu vào\n"
    );
}
