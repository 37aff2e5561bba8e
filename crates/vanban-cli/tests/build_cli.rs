//! `vanban init` and `vanban build` end to end on temporary projects: the
//! exact lines printed, the exit codes, the files written, what a second
//! build rebuilds (nothing, one changed input, one deleted output), and a
//! failing document that neither stops the others nor clobbers its last
//! good output.

#![allow(clippy::unwrap_used, clippy::panic)] // a test: failing loudly is the point

mod common;
use common::{scratch, vanban};
use std::path::Path;
use std::process::Output;

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// stdout with the build's time ("trong 0,21 giây", "in 0.21 s") masked.
fn stdout(out: &Output) -> String {
    let s = text(&out.stdout);
    let mut masked = String::new();
    for line in s.lines() {
        let cut = [" trong ", " in "]
            .iter()
            .filter_map(|m| line.rfind(m).map(|i| i + m.len()))
            .max();
        match cut {
            Some(i) if line.starts_with("Xong:") || line.starts_with("Done:") => {
                let rest = line[i..]
                    .trim_start_matches(|c: char| c.is_ascii_digit() || c == ',' || c == '.');
                masked += &format!("{}T{rest}\n", &line[..i]);
            }
            _ => masked += &format!("{line}\n"),
        }
    }
    masked
}

fn init(dir: &Path, name: &str) {
    let out = vanban(&["init", name], dir);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
}

const INIT_STDOUT: &str = "\
du-an/vanban.yaml
du-an/chuong-trinh.yaml
du-an/bao-cao.yaml
du-an/.gitignore
du-an/schemas/program.schema.json
du-an/schemas/status.schema.json
du-an/schemas/project.schema.json
du-an/schemas/profile.schema.json
Đã tạo dự án. Dựng các văn bản bằng lệnh: vanban build du-an
";

const FIRST_BUILD: &str = "\
[1/2] chuong-trinh: du-an/ket-qua/chuong-trinh.docx, du-an/ket-qua/chuong-trinh.pdf (5 trang)
[2/2] bao-cao: du-an/ket-qua/bao-cao.docx, du-an/ket-qua/bao-cao.pdf (6 trang)
Xong: 2 văn bản đã dựng (11 trang), 0 không đổi, 0 lỗi, trong T giây.
";

#[test]
fn init_then_build_then_nothing_to_do() {
    let dir = scratch("build-init");
    let out = vanban(&["init", "du-an"], &dir);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), INIT_STDOUT);
    assert_eq!(text(&out.stderr), "");
    let gitignore = std::fs::read_to_string(dir.join("du-an/.gitignore")).unwrap();
    assert_eq!(gitignore, "# Văn bản do vanban build dựng ra\nket-qua/\n");

    let out = vanban(&["build", "du-an", "-j", "1"], &dir);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(stdout(&out), FIRST_BUILD);
    assert_eq!(text(&out.stderr), "");
    let mut files: Vec<String> = std::fs::read_dir(dir.join("du-an/ket-qua"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    assert_eq!(
        files,
        [
            ".vanban-build.json",
            "bao-cao.docx",
            "bao-cao.pdf",
            "chuong-trinh.docx",
            "chuong-trinh.pdf"
        ]
    );
    let pdf = std::fs::read(dir.join("du-an/ket-qua/bao-cao.pdf")).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    let record = std::fs::read(dir.join("du-an/ket-qua/.vanban-build.json")).unwrap();

    // Nothing changed: nothing built, the record untouched.
    let out = vanban(&["build", "du-an"], &dir);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        stdout(&out),
        "Xong: 0 văn bản đã dựng, 2 không đổi, 0 lỗi, trong T giây.\n"
    );
    assert_eq!(
        std::fs::read(dir.join("du-an/ket-qua/.vanban-build.json")).unwrap(),
        record
    );

    // Verbose names the unchanged documents; quiet prints nothing.
    let out = vanban(&["build", "du-an", "--verbose"], &dir);
    assert_eq!(
        stdout(&out),
        "chuong-trinh: không đổi\nbao-cao: không đổi\ndu-an/vanban.yaml: 2 văn bản, 0 cần dựng, 1 luồng\nXong: 0 văn bản đã dựng, 2 không đổi, 0 lỗi, trong T giây.\n"
    );
    let out = vanban(&["build", "du-an", "-q"], &dir);
    assert_eq!(
        (text(&out.stdout), text(&out.stderr)),
        (String::new(), String::new())
    );

    // --force builds everything again, to the same bytes.
    let out = vanban(
        &["--lang", "en", "build", "du-an", "--force", "-j", "1"],
        &dir,
    );
    assert_eq!(
        stdout(&out),
        "[1/2] chuong-trinh: du-an/ket-qua/chuong-trinh.docx, du-an/ket-qua/chuong-trinh.pdf (5 pages)\n\
         [2/2] bao-cao: du-an/ket-qua/bao-cao.docx, du-an/ket-qua/bao-cao.pdf (6 pages)\n\
         Done: 2 built (11 pages), 0 unchanged, 0 failed, in T s.\n"
    );
    assert_eq!(
        std::fs::read(dir.join("du-an/ket-qua/bao-cao.pdf")).unwrap(),
        pdf
    );
}

#[test]
fn only_what_changed_is_built_again() {
    let dir = scratch("build-incremental");
    init(&dir, "du-an");
    let out = vanban(&["build", "du-an", "-j", "1"], &dir);
    assert_eq!(out.status.code(), Some(0));

    // An edit to the status file rebuilds the report only.
    let status = dir.join("du-an/bao-cao.yaml");
    let edited = std::fs::read_to_string(&status).unwrap() + "\n# sửa\n";
    std::fs::write(&status, edited).unwrap();
    let out = vanban(&["build", "du-an"], &dir);
    assert_eq!(
        stdout(&out),
        "[1/1] bao-cao: du-an/ket-qua/bao-cao.docx, du-an/ket-qua/bao-cao.pdf (6 trang)\n\
         Xong: 1 văn bản đã dựng (6 trang), 1 không đổi, 0 lỗi, trong T giây.\n"
    );

    // An edit to the program rebuilds both documents that read it.
    let program = dir.join("du-an/chuong-trinh.yaml");
    let edited = std::fs::read_to_string(&program).unwrap() + "\n# sửa\n";
    std::fs::write(&program, edited).unwrap();
    let out = vanban(&["build", "du-an", "-j", "1"], &dir);
    assert_eq!(stdout(&out), FIRST_BUILD);

    // A deleted output is written again.
    std::fs::remove_file(dir.join("du-an/ket-qua/chuong-trinh.pdf")).unwrap();
    let out = vanban(&["build", "du-an"], &dir);
    assert_eq!(
        stdout(&out),
        "[1/1] chuong-trinh: du-an/ket-qua/chuong-trinh.docx, du-an/ket-qua/chuong-trinh.pdf (5 trang)\n\
         Xong: 1 văn bản đã dựng (5 trang), 1 không đổi, 0 lỗi, trong T giây.\n"
    );

    // Options are part of the key: a format dropped rebuilds the report.
    let project = dir.join("du-an/vanban.yaml");
    let edited = std::fs::read_to_string(&project).unwrap().replace(
        "    status: bao-cao.yaml\n",
        "    status: bao-cao.yaml\n    formats: [docx]\n",
    );
    std::fs::write(&project, edited).unwrap();
    let out = vanban(&["build", "du-an"], &dir);
    assert_eq!(
        stdout(&out),
        "[1/1] bao-cao: du-an/ket-qua/bao-cao.docx\n\
         Xong: 1 văn bản đã dựng, 1 không đổi, 0 lỗi, trong T giây.\n"
    );
}

#[test]
fn a_failing_document_does_not_stop_the_others_nor_clobber_its_output() {
    let dir = scratch("build-failing");
    init(&dir, "du-an");
    let out = vanban(&["build", "du-an"], &dir);
    assert_eq!(out.status.code(), Some(0));
    let good = std::fs::read(dir.join("du-an/ket-qua/bao-cao.docx")).unwrap();

    // Break the status file and change the program: the program is built,
    // the report fails with its diagnostic, and exit code 1 says so.
    let status = dir.join("du-an/bao-cao.yaml");
    let text_before = std::fs::read_to_string(&status).unwrap();
    let kind_line = text_before
        .lines()
        .position(|l| l.trim_start().starts_with("kind:"))
        .unwrap()
        + 1;
    std::fs::write(
        &status,
        text_before.replacen("kind: định kỳ", "kind: dinh ky", 1),
    )
    .unwrap();
    let program = dir.join("du-an/chuong-trinh.yaml");
    std::fs::write(&program, std::fs::read_to_string(&program).unwrap() + "\n").unwrap();
    let out = vanban(&["build", "du-an", "-j", "1"], &dir);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stdout(&out),
        "[1/2] chuong-trinh: du-an/ket-qua/chuong-trinh.docx, du-an/ket-qua/chuong-trinh.pdf (5 trang)\n\
         [2/2] bao-cao: lỗi\n\
         Xong: 1 văn bản đã dựng (5 trang), 0 không đổi, 1 lỗi, trong T giây.\n"
    );
    let stderr = text(&out.stderr);
    assert!(
        stderr.starts_with(&format!(
            "lỗi[unknown-value]: giá trị 'dinh ky' không hợp lệ cho trường 'report.kind'\n  --> du-an/bao-cao.yaml:{kind_line}:"
        )),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read(dir.join("du-an/ket-qua/bao-cao.docx")).unwrap(),
        good
    );

    // Still failing on the next build: a failed document is never recorded.
    let out = vanban(&["build", "du-an", "-q"], &dir);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stdout), "");

    // Fixed: built again.
    std::fs::write(&status, &text_before).unwrap();
    let out = vanban(&["build", "du-an"], &dir);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        stdout(&out),
        "[1/1] bao-cao: du-an/ket-qua/bao-cao.docx, du-an/ket-qua/bao-cao.pdf (6 trang)\n\
         Xong: 1 văn bản đã dựng (6 trang), 1 không đổi, 0 lỗi, trong T giây.\n"
    );

    // A missing input is an I/O failure: exit 2.
    std::fs::remove_file(&status).unwrap();
    let out = vanban(&["build", "du-an"], &dir);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        "lỗi[cannot-read]: không tìm thấy tệp\n  --> du-an/bao-cao.yaml\n"
    );
}

#[test]
fn project_file_problems_are_reported_before_anything_is_built() {
    let dir = scratch("build-project-errors");
    // No project file.
    let out = vanban(&["build", "khong-co"], &dir);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        "khong-co/vanban.yaml: không có tệp dự án (tạo dự án mới: vanban init khong-co)\n"
    );
    // A project file with a mistake, named by line and column.
    std::fs::write(
        dir.join("vanban.yaml"),
        "programs:\n  - file: a.yaml\n    formats: [docx, docs]\n",
    )
    .unwrap();
    let out = vanban(&["build"], &dir);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stdout), "");
    assert_eq!(
        text(&out.stderr),
        "lỗi[unknown-value]: giá trị 'docs' không hợp lệ cho trường 'programs[0].formats'\n --> vanban.yaml:3:21\n  |\n3 |     formats: [docx, docs]\n  |                     ^^^^\n  = gợi ý: có phải ý bạn là 'docx'? Các giá trị hợp lệ: docx, pdf\n\n"
    );
    assert!(!dir.join("out").exists());
}

#[test]
fn init_never_overwrites_without_force() {
    let dir = scratch("build-init-force");
    init(&dir, "du-an");
    std::fs::write(dir.join("du-an/chuong-trinh.yaml"), "# của tôi\n").unwrap();
    let out = vanban(&["init", "du-an"], &dir);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(text(&out.stdout), "");
    assert!(
        text(&out.stderr)
            .starts_with("du-an/vanban.yaml: tệp đã có\ndu-an/chuong-trinh.yaml: tệp đã có\n")
    );
    assert!(text(&out.stderr).ends_with("không ghi gì; dùng --force để ghi đè các tệp trên\n"));
    assert_eq!(
        std::fs::read_to_string(dir.join("du-an/chuong-trinh.yaml")).unwrap(),
        "# của tôi\n"
    );
    let out = vanban(&["init", "du-an", "--force", "-q"], &dir);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout), "");
    assert_ne!(
        std::fs::read_to_string(dir.join("du-an/chuong-trinh.yaml")).unwrap(),
        "# của tôi\n"
    );
}

#[test]
fn check_takes_a_whole_project_and_names_a_lone_status_file() {
    let dir = scratch("check-project");
    init(&dir, "du-an");
    let out = vanban(&["check", "du-an"], &dir);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "du-an/vanban.yaml: hợp lệ (2 văn bản: 1 chương trình, 1 báo cáo; 0 cảnh báo)\n\
         du-an/chuong-trinh.yaml: hợp lệ (Chương trình hành động số 08-CTr/ĐU, 9 nhiệm vụ, 3 nhóm, 11 cơ quan; 0 cảnh báo)\n\
         du-an/bao-cao.yaml: hợp lệ (Báo cáo số 15-BC/ĐU, số liệu tính đến 31/12/2025; 0 cảnh báo)\n"
    );
    assert_eq!(
        text(&out.stderr),
        "tổng cộng: 0 lỗi, 0 cảnh báo trong 3 tệp\n"
    );
    // Nothing is built by a check.
    assert!(!dir.join("du-an/ket-qua").exists());

    // A status file is checked against its program.
    let status = dir.join("du-an/bao-cao.yaml");
    let good = std::fs::read_to_string(&status).unwrap();
    std::fs::write(&status, good.replacen("kind: định kỳ", "kind: dinh ky", 1)).unwrap();
    let out = vanban(
        &["check", "du-an/vanban.yaml", "--message-format", "json"],
        &dir,
    );
    assert_eq!(out.status.code(), Some(1));
    let json = text(&out.stdout);
    assert_eq!(json.lines().count(), 1, "{json}");
    assert!(json.contains("\"file\":\"du-an/bao-cao.yaml\""), "{json}");
    assert!(json.contains("\"code\":\"unknown-value\""), "{json}");

    // Alone, it cannot be checked: the message says how.
    let out = vanban(&["check", "du-an/bao-cao.yaml"], &dir);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        "du-an/bao-cao.yaml: đây là tệp tình hình thực hiện của một báo cáo; nó được kiểm tra cùng chương trình: vanban check THƯ_MỤC_DỰ_ÁN, hoặc vanban report CHƯƠNG_TRÌNH du-an/bao-cao.yaml\n"
    );
}

/// The project of `vanban init` with `profile: the-thuc.yaml` in its
/// defaults, the profile holding `profile`.
fn project_with_profile(dir: &Path, profile: &str) {
    init(dir, "du-an");
    let project = dir.join("du-an/vanban.yaml");
    let text = std::fs::read_to_string(&project).unwrap();
    let with = text.replacen(
        "  # profile: the-thuc.yaml\n",
        "  profile: the-thuc.yaml\n",
        1,
    );
    assert_ne!(text, with);
    std::fs::write(&project, with).unwrap();
    std::fs::write(dir.join("du-an/the-thuc.yaml"), profile).unwrap();
}

#[test]
fn a_project_profile_is_checked_and_its_base_is_part_of_the_key() {
    let dir = scratch("build-profile");
    project_with_profile(&dir, "line_height_pt: 19\n");
    let out = vanban(&["check", "du-an", "-q"], &dir);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let out = vanban(&["check", "du-an"], &dir);
    assert!(
        text(&out.stdout).contains(
            "du-an/the-thuc.yaml: hợp lệ (hồ sơ thể thức: gốc theo thể thức của từng văn bản, 1 thay đổi; 0 cảnh báo)\n"
        ),
        "{}",
        text(&out.stdout)
    );
    let out = vanban(&["build", "du-an", "-j", "1"], &dir);
    assert_eq!(stdout(&out), FIRST_BUILD, "{}", text(&out.stderr));
    let out = vanban(&["build", "du-an"], &dir);
    assert!(stdout(&out).starts_with("Xong: 0 văn bản đã dựng, 2 không đổi"));

    // Naming a base changes the base of both documents: both are built again.
    std::fs::write(
        dir.join("du-an/the-thuc.yaml"),
        "base: state-nd30\nline_height_pt: 19\n",
    )
    .unwrap();
    let out = vanban(&["build", "du-an", "-j", "1"], &dir);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        stdout(&out).starts_with("[1/2] chuong-trinh: ")
            && stdout(&out).contains("2 văn bản đã dựng"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn a_broken_project_profile_is_reported_once_and_fails_its_documents() {
    let dir = scratch("build-bad-profile");
    project_with_profile(&dir, "heading1:\n  sise: 15\n");
    let diagnostic = "lỗi[unknown-key]: trường không hợp lệ 'sise'\n --> du-an/the-thuc.yaml:2:3\n  |\n2 |   sise: 15\n  |   ^^^^\n  = gợi ý: có phải ý bạn là 'size'? Các trường hợp lệ: 'size', 'bold', 'italic', 'underline', 'caps'\n\n";

    // `vanban check` on the project checks the profile too.
    let out = vanban(&["check", "du-an"], &dir);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).starts_with(diagnostic),
        "{}",
        text(&out.stderr)
    );

    // The build prints it once, however many documents use it; each fails.
    let out = vanban(&["build", "du-an", "-j", "1"], &dir);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stderr), diagnostic);
    assert_eq!(
        stdout(&out),
        "[1/2] chuong-trinh: lỗi\n[2/2] bao-cao: lỗi\nXong: 0 văn bản đã dựng, 0 không đổi, 2 lỗi, trong T giây.\n"
    );
    assert!(!dir.join("du-an/ket-qua/chuong-trinh.docx").exists());
}

/// A project in `dir/du-an` whose vanban.yaml is `yaml`, with the program
/// of `vanban init`; returns the canonical folder holding `du-an`.
fn bounded_project(name: &str, yaml: &str) -> std::path::PathBuf {
    let dir = scratch(name);
    init(&dir, "du-an");
    std::fs::write(dir.join("du-an/vanban.yaml"), yaml).unwrap();
    dir.canonicalize().unwrap()
}

/// The first line of each diagnostic and its place ("file:line:col").
fn heads(stderr: &[u8]) -> Vec<String> {
    let s = text(stderr);
    let lines: Vec<&str> = s.lines().collect();
    lines
        .windows(2)
        .filter(|w| w[0].starts_with("lỗi[") || w[0].starts_with("error["))
        .map(|w| format!("{} @ {}", w[0], w[1].trim_start_matches([' ', '-', '>'])))
        .collect()
}

#[test]
fn project_paths_never_lead_outside_the_project_folder() {
    let program = "programs:\n  - file: chuong-trinh.yaml\n";
    // `output: ../..`: refused at the key, nothing written anywhere.
    let dir = bounded_project("build-outside-up", &format!("output: ../..\n{program}"));
    let out = vanban(&["build", "du-an"], &dir);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stdout), "");
    let up = dir.parent().unwrap().display().to_string();
    assert_eq!(
        text(&out.stderr),
        format!(
            "lỗi[outside-project]: 'output: ../..' dẫn ra ngoài thư mục dự án (tới {up})\n --> du-an/vanban.yaml:1:9\n  |\n1 | output: ../..\n  |         ^^^^^\n  = gợi ý: thư mục kết quả phải nằm trong thư mục dự án (kể cả khi đi qua liên kết tượng trưng), ví dụ 'output: ket-qua'\n\n"
        )
    );
    assert!(!dir.parent().unwrap().join("chuong-trinh.docx").exists());

    // An absolute output, even one `allow_outside` names: outputs never leave.
    let target = dir.join("ngoai");
    let yaml = format!(
        "allow_outside: [{t}]\noutput: {t}\n{program}",
        t = target.display()
    );
    std::fs::write(dir.join("du-an/vanban.yaml"), yaml).unwrap();
    let out = vanban(&["--lang", "en", "build", "du-an"], &dir);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        heads(&out.stderr),
        [format!(
            "error[outside-project]: 'output: {t}' leads outside the project folder (to {t}) @ du-an/vanban.yaml:2:9",
            t = target.display()
        )]
    );
    assert!(!target.exists());
}

#[cfg(unix)]
#[test]
fn symlinks_out_of_the_project_are_followed_and_refused_unless_allowed() {
    use std::os::unix::fs::symlink;
    let program = "programs:\n  - file: chuong-trinh.yaml\n";
    let dir = bounded_project(
        "build-outside-links",
        &format!("output: ket-qua\n{program}"),
    );
    let outside = dir.join("ngoai");
    std::fs::create_dir_all(outside.join("mau")).unwrap();
    std::fs::copy(
        dir.join("du-an/chuong-trinh.yaml"),
        outside.join("chuong-trinh.yaml"),
    )
    .unwrap();

    // The output folder a link to outside.
    symlink(&outside, dir.join("du-an/ket-qua")).unwrap();
    let out = vanban(&["build", "du-an"], &dir);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        heads(&out.stderr),
        [format!(
            "lỗi[outside-project]: 'output: ket-qua' dẫn ra ngoài thư mục dự án (tới {}) @ du-an/vanban.yaml:1:9",
            outside.display()
        )]
    );
    assert_eq!(std::fs::read_dir(&outside).unwrap().count(), 2);
    std::fs::remove_file(dir.join("du-an/ket-qua")).unwrap();

    // A template folder outside; a program read through a link to outside.
    symlink(
        outside.join("chuong-trinh.yaml"),
        dir.join("du-an/lien-ket.yaml"),
    )
    .unwrap();
    let yaml = "output: ket-qua\ndefaults:\n  templates: ../ngoai/mau\nprograms:\n  - file: lien-ket.yaml\n";
    std::fs::write(dir.join("du-an/vanban.yaml"), yaml).unwrap();
    let out = vanban(&["build", "du-an"], &dir);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        heads(&out.stderr),
        [
            format!(
                "lỗi[outside-project]: 'defaults.templates: ../ngoai/mau' dẫn ra ngoài thư mục dự án (tới {}) @ du-an/vanban.yaml:3:14",
                outside.join("mau").display()
            ),
            format!(
                "lỗi[outside-project]: 'programs[0].file: lien-ket.yaml' dẫn ra ngoài thư mục dự án (tới {}) @ du-an/vanban.yaml:5:11",
                outside.join("chuong-trinh.yaml").display()
            ),
        ]
    );
    assert!(text(&out.stderr).contains("'allow_outside: [<thư mục>]'"));
    assert!(!dir.join("du-an/ket-qua").exists());

    // A template inside the project folder that is a link to outside.
    std::fs::create_dir_all(dir.join("du-an/mau")).unwrap();
    std::fs::write(outside.join("mau/place_date.hbs"), "{{place}}").unwrap();
    symlink(
        outside.join("mau/place_date.hbs"),
        dir.join("du-an/mau/place_date.hbs"),
    )
    .unwrap();
    let yaml = "defaults:\n  templates: mau\nprograms:\n  - file: chuong-trinh.yaml\n";
    std::fs::write(dir.join("du-an/vanban.yaml"), yaml).unwrap();
    let out = vanban(&["build", "du-an"], &dir);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        heads(&out.stderr),
        [format!(
            "lỗi[outside-project]: 'defaults.templates: mau/place_date.hbs' dẫn ra ngoài thư mục dự án (tới {}) @ du-an/vanban.yaml:2:14",
            outside.join("mau/place_date.hbs").display()
        )]
    );

    // Allowed explicitly: the same outside folder is read, and built from.
    let yaml = "allow_outside: [../ngoai]\noutput: ket-qua\ndefaults:\n  templates: mau\nprograms:\n  - file: lien-ket.yaml\n  - file: ../ngoai/chuong-trinh.yaml\n    name: ban-ngoai\n";
    std::fs::write(dir.join("du-an/vanban.yaml"), yaml).unwrap();
    let out = vanban(&["build", "du-an", "-j", "1"], &dir);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(dir.join("du-an/ket-qua/lien-ket.pdf").is_file());
    assert!(dir.join("du-an/ket-qua/ban-ngoai.docx").is_file());
}
