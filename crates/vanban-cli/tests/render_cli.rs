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
        "không có mẫu nào tên 'section_taks' (unknown template 'section_taks')\n"
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
        "thư mục phông chữ thiếu kiểu Regular (cần times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf hoặc LiberationSerif-*.ttf)\n"
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
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.ends_with("p.yaml: phông chữ LiberationSerif không có ký tự “中” (U+4E2D), trong: “中 Tổ chức quán triệt sâu rộng, tạo sự th…”\n"),
        "{err}"
    );
    assert!(!dir.join("out/p.pdf").exists());
}
