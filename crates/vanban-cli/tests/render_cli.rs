//! `vanban render` end to end: files written, bytes stable, and a failed
//! render never clobbers a good output.

#![allow(clippy::unwrap_used, clippy::panic)] // a test: failing loudly is the point

mod common;
use common::{root, scratch, vanban};

#[test]
fn renders_the_example_and_keeps_a_good_file_when_a_later_render_fails() {
    let dir = scratch("render-cli");
    let example = root().join("examples/son-tra-11-ctr-qu.yaml");
    let input = dir.join("program.yaml");
    std::fs::copy(&example, &input).unwrap();

    let out = vanban(&["render", "program.yaml", "-o", "out"], &dir);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "out/program.docx\nout/program.pdf\n"
    );
    let good = std::fs::read(dir.join("out/program.docx")).unwrap();
    assert!(good.starts_with(b"PK"));
    let good_pdf = std::fs::read(dir.join("out/program.pdf")).unwrap();
    assert!(good_pdf.starts_with(b"%PDF-"));

    // The same input again: the same bytes.
    assert_eq!(
        vanban(&["render", "program.yaml", "-o", "out"], &dir)
            .status
            .code(),
        Some(0)
    );
    assert!(std::fs::read(dir.join("out/program.docx")).unwrap() == good);
    assert!(std::fs::read(dir.join("out/program.pdf")).unwrap() == good_pdf);

    // Break the input: exit 1, and the good file is still there, untouched.
    let broken = std::fs::read_to_string(&input)
        .unwrap()
        .replace("lead: btg-qu", "lead: btg-q");
    std::fs::write(&input, broken).unwrap();
    let out = vanban(&["render", "program.yaml", "-o", "out"], &dir);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("không có cơ quan mã 'btg-q'"));
    assert!(std::fs::read(dir.join("out/program.docx")).unwrap() == good);
    assert!(std::fs::read(dir.join("out/program.pdf")).unwrap() == good_pdf);
    let leftovers: Vec<_> = std::fs::read_dir(dir.join("out"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers.len(), 2, "no temporary files left: {leftovers:?}");
}

#[test]
fn template_overrides_and_export() {
    let dir = scratch("render-templates");
    let out = vanban(&["templates", "export", "tpl"], &dir);
    assert_eq!(out.status.code(), Some(0));
    assert!(dir.join("tpl/opening.hbs").exists());
    std::fs::write(
        dir.join("tpl/section_tasks.hbs"),
        "NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU",
    )
    .unwrap();
    let example = root().join("examples/phuong-an-hai-2025.yaml");
    let render = || {
        let args = [
            "render",
            example.to_str().unwrap(),
            "--templates",
            "tpl",
            "-o",
            "out",
        ];
        vanban(&args, &dir)
    };
    let out = render();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::write(dir.join("tpl/section_taks.hbs"), "x").unwrap();
    let out = render();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "lỗi[template-unknown]: không có mẫu nào tên 'section_taks'\n  --> tpl/section_taks.hbs\n   = gợi ý: tên tệp mẫu phải là tên một mẫu có sẵn; xem danh sách bằng 'vanban templates export'\n\n"
    );
}

#[test]
fn pdf_alone_and_with_a_font_folder() {
    let dir = scratch("render-pdf");
    let example = root().join("examples/son-tra-11-ctr-qu.yaml");
    let example = example.to_str().unwrap();
    let out = vanban(&["render", example, "--format", "pdf", "-o", "a"], &dir);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "a/son-tra-11-ctr-qu.pdf\n"
    );
    assert!(!dir.join("a/son-tra-11-ctr-qu.docx").exists());
    // The bundled files read from a folder give the same bytes as the
    // compiled-in copies.
    let fonts = root().join("crates/vanban-render/fonts");
    let args = [
        "render",
        example,
        "--format",
        "pdf",
        "-o",
        "b",
        "--font-dir",
    ];
    let out = vanban(&[&args[..], &[fonts.to_str().unwrap()]].concat(), &dir);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        std::fs::read(dir.join("a/son-tra-11-ctr-qu.pdf")).unwrap()
            == std::fs::read(dir.join("b/son-tra-11-ctr-qu.pdf")).unwrap()
    );
    let out = vanban(&[&args[..], &["."]].concat(), &dir);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "lỗi[font-missing-style]: thư mục phông chữ thiếu kiểu Regular (cần times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf hoặc LiberationSerif-*.ttf)\n  --> .\n\n"
    );
}

#[test]
fn a_character_the_font_lacks_is_named() {
    let dir = scratch("render-glyph");
    let text = std::fs::read_to_string(root().join("examples/phuong-an-hai-2025.yaml")).unwrap();
    let marker = "  - Tổ chức quán triệt sâu rộng";
    assert!(text.contains(marker));
    std::fs::write(
        dir.join("p.yaml"),
        text.replacen(marker, "  - 中 Tổ chức quán triệt sâu rộng", 1),
    )
    .unwrap();
    let out = vanban(&["render", "p.yaml", "--format", "pdf", "-o", "out"], &dir);
    assert_eq!(out.status.code(), Some(1));
    // Found when the file is loaded, at the value's line and column, before
    // anything is rendered.
    let err = String::from_utf8_lossy(&out.stderr);
    let line = text.lines().position(|l| l.starts_with(marker)).unwrap() + 1;
    assert!(
        err.starts_with(&format!(
            "lỗi[missing-glyph]: phông chữ LiberationSerif không có ký tự “中” (U+4E2D): bản PDF sẽ thiếu ký tự này\n   --> p.yaml:{line}:5\n"
        )),
        "{err}"
    );
    assert!(!dir.join("out/p.pdf").exists());
}

/// A state plan (kế hoạch of a UBND, NĐ 30): its format follows from the
/// issuer kind.
const STATE_PROGRAM: &str = "\
issuer:
  name: Ủy ban nhân dân phường An Hải
  abbreviation: UBND
  place: An Hải
  kind: ủy ban nhân dân
document:
  kind: kế hoạch
  symbol: 45/KH-UBND
  date: 15/3/2025
  summary: Về chuyển đổi số năm 2025
  signer:
    authority: KT. Chủ tịch
    title: Phó Chủ tịch
    name: Trần Văn B
  recipients:
    - name: Thường trực Đảng ủy phường
      purpose: để b/c
  archive: VT
agencies:
  - id: vp
    name: Văn phòng HĐND và UBND phường
    kind: chính quyền
purposes:
  - Đẩy mạnh chuyển đổi số trong hoạt động của Ủy ban nhân dân phường.
groups:
  - id: nhom-1
    title: Hạ tầng số
    tasks:
      - id: t01
        content: Nâng cấp mạng nội bộ của trụ sở.
        lead: vp
        timeframe: Quý II/2025
";

/// A status file for a report on [`STATE_PROGRAM`].
const STATE_STATUS: &str = "\
report:
  kind: định kỳ
  period:
    from: 15/3/2025
    to: 30/6/2025
    label: 6 tháng đầu năm 2025
  symbol: 60/BC-UBND
  date: 05/7/2025
  signer:
    authority: KT. Chủ tịch
    title: Phó Chủ tịch
    name: Trần Văn B
  recipients:
    - name: Thường trực Đảng ủy phường
  archive: VT
tasks:
  - id: t01
    completed: 20/6/2025
";

/// The text of the part `name` of a .docx.
fn part(docx: &std::path::Path, name: &str) -> String {
    let file = std::fs::File::open(docx).unwrap();
    let mut zip = zip::ZipArchive::new(file).unwrap();
    let mut part = zip.by_name(name).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut part, &mut xml).unwrap();
    xml
}

/// The text of `word/document.xml` in a .docx.
fn document_xml(docx: &std::path::Path) -> String {
    part(docx, "word/document.xml")
}

const STATE_MOTTO: &str = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
const PARTY_MOTTO: &str = "ĐẢNG CỘNG SẢN VIỆT NAM";

#[test]
fn the_document_chooses_its_base_profile_and_a_profile_file_adjusts_it() {
    let dir = scratch("render-state");
    std::fs::write(dir.join("ke-hoach.yaml"), STATE_PROGRAM).unwrap();
    std::fs::write(dir.join("bao-cao.yaml"), STATE_STATUS).unwrap();
    let ok = |args: &[&str]| {
        let out = vanban(args, &dir);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };

    // No profile: a state document gets state-nd30, a Party one party-hd36.
    ok(&["render", "ke-hoach.yaml", "--format", "docx", "-o", "a"]);
    let xml = document_xml(&dir.join("a/ke-hoach.docx"));
    assert!(xml.contains(STATE_MOTTO) && xml.contains("Độc lập - Tự do - Hạnh phúc"));
    assert!(!xml.contains(PARTY_MOTTO));
    let party = root().join("examples/phuong-an-hai-2025.yaml");
    ok(&[
        "render",
        party.to_str().unwrap(),
        "--format",
        "docx",
        "-o",
        "a",
    ]);
    let xml = document_xml(&dir.join("a/phuong-an-hai-2025.docx"));
    assert!(xml.contains(PARTY_MOTTO) && !xml.contains(STATE_MOTTO));

    // A report is in its program's format.
    ok(&[
        "report",
        "ke-hoach.yaml",
        "bao-cao.yaml",
        "--format",
        "docx",
        "-o",
        "a",
    ]);
    let xml = document_xml(&dir.join("a/bao-cao.docx"));
    assert!(xml.contains(STATE_MOTTO) && !xml.contains(PARTY_MOTTO));

    // A profile file adjusts each document's own base...
    std::fs::write(dir.join("dong.yaml"), "line_height_pt: 19\n").unwrap();
    ok(&[
        "render",
        "ke-hoach.yaml",
        "--format",
        "docx",
        "-o",
        "b",
        "--profile",
        "dong.yaml",
    ]);
    let xml = document_xml(&dir.join("b/ke-hoach.docx"));
    assert!(xml.contains(STATE_MOTTO) && !xml.contains(PARTY_MOTTO));
    let styles = part(&dir.join("b/ke-hoach.docx"), "word/styles.xml");
    assert!(styles.contains("w:line=\"380\""), "19 pt is 380 twentieths");

    // ... unless it names its base: then that base wins.
    std::fs::write(dir.join("dang.yaml"), "base: party-hd36\n").unwrap();
    ok(&[
        "render",
        "ke-hoach.yaml",
        "--format",
        "docx",
        "-o",
        "c",
        "--profile",
        "dang.yaml",
    ]);
    let xml = document_xml(&dir.join("c/ke-hoach.docx"));
    assert!(xml.contains(PARTY_MOTTO) && !xml.contains(STATE_MOTTO));
    ok(&[
        "report",
        "ke-hoach.yaml",
        "bao-cao.yaml",
        "--format",
        "docx",
        "-o",
        "c",
        "--profile",
        "dang.yaml",
    ]);
    let xml = document_xml(&dir.join("c/bao-cao.docx"));
    assert!(xml.contains(PARTY_MOTTO) && !xml.contains(STATE_MOTTO));
}

#[test]
fn a_profile_with_errors_is_invalid_input_and_nothing_is_written() {
    let dir = scratch("render-bad-profile");
    std::fs::write(dir.join("ke-hoach.yaml"), STATE_PROGRAM).unwrap();
    std::fs::write(dir.join("p.yaml"), "margins_mm: [20, 20, 200, 15]\n").unwrap();
    let out = vanban(
        &[
            "render",
            "ke-hoach.yaml",
            "-o",
            "out",
            "--profile",
            "p.yaml",
        ],
        &dir,
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "");
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "lỗi[profile-text-area]: lề trái 200 mm và lề phải 15 mm chỉ để lại vùng chữ rộng -5 mm trên khổ giấy rộng 210 mm; vùng chữ cần rộng ít nhất 60 mm\n --> p.yaml:1:22\n  |\n1 | margins_mm: [20, 20, 200, 15]\n  |                      ^^^\n  = gợi ý: giảm lề (margins_mm: [trên, dưới, trái, phải], mm) hoặc tăng khổ giấy (page_mm: [rộng, cao], mm)\n\n"
    );
    assert!(!dir.join("out/ke-hoach.docx").exists());
    // A profile that cannot be read is an I/O failure.
    let out = vanban(
        &[
            "render",
            "ke-hoach.yaml",
            "-o",
            "out",
            "--profile",
            "khong-co.yaml",
        ],
        &dir,
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "lỗi[cannot-read]: không tìm thấy tệp\n  --> khong-co.yaml\n"
    );
}

#[test]
fn check_takes_a_profile_alone_or_with_programs() {
    let dir = scratch("check-profile");
    std::fs::write(dir.join("ke-hoach.yaml"), STATE_PROGRAM).unwrap();
    std::fs::write(
        dir.join("p.yaml"),
        "base: party-hd36\nheading1: {size: 15}\n",
    )
    .unwrap();
    let out = vanban(&["check", "--profile", "p.yaml"], &dir);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "p.yaml: hợp lệ (hồ sơ thể thức: gốc party-hd36, 1 thay đổi; 0 cảnh báo)\n"
    );
    let out = vanban(
        &[
            "--lang",
            "en",
            "check",
            "--profile",
            "p.yaml",
            "ke-hoach.yaml",
        ],
        &dir,
    );
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "p.yaml: valid (format profile: base party-hd36, 1 change; 0 warnings)\n\
         ke-hoach.yaml: valid (document 45/KH-UBND, 1 task, 1 group, 1 agency; 0 warnings)\n"
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "total: 0 errors, 0 warnings in 2 files\n"
    );
    std::fs::write(dir.join("p.yaml"), "chart_dpi: 5000\n").unwrap();
    let out = vanban(&["check", "--profile", "p.yaml", "ke-hoach.yaml"], &dir);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("lỗi[profile-out-of-range]: 'chart_dpi' là 5000 dpi, ngoài giới hạn cho phép: từ 72 đến 1200 dpi\n --> p.yaml:1:12\n"),
        "{err}"
    );
    assert!(
        err.ends_with("tổng cộng: 1 lỗi, 0 cảnh báo trong 2 tệp\n"),
        "{err}"
    );
    // A profile given without --profile is recognised by its keys.
    std::fs::write(dir.join("q.yaml"), "# hồ sơ\nline_height_pt: 19\n").unwrap();
    let out = vanban(&["check", "q.yaml"], &dir);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "q.yaml: hợp lệ (hồ sơ thể thức: gốc theo thể thức của từng văn bản, 1 thay đổi; 0 cảnh báo)\n"
    );
    // Neither a file nor --profile: a usage error.
    assert_eq!(vanban(&["check"], &dir).status.code(), Some(2));
}

#[test]
fn a_character_of_the_wording_that_the_font_lacks_is_named_in_the_language_asked() {
    let dir = scratch("render-glyph-template");
    assert_eq!(
        vanban(&["templates", "export", "tpl"], &dir).status.code(),
        Some(0)
    );
    std::fs::write(dir.join("tpl/section_tasks.hbs"), "NHIỆM VỤ 中").unwrap();
    let example = root().join("examples/phuong-an-hai-2025.yaml");
    let out = vanban(
        &[
            "--lang",
            "en",
            "render",
            example.to_str().unwrap(),
            "--templates",
            "tpl",
            "--format",
            "pdf",
            "-o",
            "out",
        ],
        &dir,
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.ends_with(
            "phuong-an-hai-2025.yaml: error: the font LiberationSerif-Bold has no glyph for “中” \
             (U+4E2D), in “III. NHIỆM VỤ 中”: the PDF would lack it\n"
        ),
        "{stderr}"
    );
    assert!(!dir.join("out/phuong-an-hai-2025.pdf").exists());
}

/// A task taller than a page: the row breaks across pages, every word is
/// kept, and the layout says so with a warning (exit 0).
#[test]
fn a_row_taller_than_a_page_is_split_with_a_warning() {
    let dir = scratch("render-tall-row");
    let long: Vec<String> = (0..300)
        .map(|i| format!("đoạn {i} tổ chức triển khai thực hiện nhiệm vụ"))
        .collect();
    let program = std::fs::read_to_string(root().join("examples/son-tra-11-ctr-qu.yaml"))
        .unwrap()
        .replacen(
            "content: Tổ chức nghiên cứu, học tập,",
            &format!("content: {} Tổ chức nghiên cứu, học tập,", long.join(" ")),
            1,
        );
    std::fs::write(dir.join("dai.yaml"), program).unwrap();
    let out = vanban(
        &["render", "dai.yaml", "-o", "out", "--format", "pdf"],
        &dir,
    );
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "cảnh báo[row-split]: một dòng của bảng cao hơn một trang, được ngắt sang trang sau (từ trang 13, bắt đầu bằng “1”)\n  --> out/dai.pdf\n   = gợi ý: nếu muốn dòng nằm trọn một trang, rút gọn nội dung của ô\n"
    );
}
