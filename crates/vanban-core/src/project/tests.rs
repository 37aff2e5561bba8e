#![allow(clippy::unwrap_used, clippy::panic)]

use super::*;
use crate::Lang;
use crate::diagnostic::test_line;

/// The diagnostics of `text` as "line:col severity code: message (hint)".
fn problems(text: &str) -> Vec<String> {
    let diags = match Project::from_yaml(text, "vanban.yaml") {
        Ok(l) => l.warnings,
        Err(d) => d.0,
    };
    diags
        .iter()
        .map(|d| {
            let hint = d
                .message
                .hint(Lang::Vi)
                .map_or(String::new(), |h| format!(" ({h})"));
            format!("{}{hint}", test_line(d))
        })
        .collect()
}

#[test]
fn defaults_apply_and_entries_override_them() {
    let yaml = "\
defaults:
  formats: [pdf, docx, pdf]
  templates: mau
programs:
  - file: a/chuong-trinh.yaml
    formats: [pdf]
    profile: the-thuc.yaml
  - file: khac
    name: ct-khac
reports:
  - program: a/chuong-trinh.yaml
    status: a/bao-cao.v2.yaml
    previous: a/bao-cao.v1.yaml
    templates: mau-bao-cao
";
    let p = Project::from_yaml(yaml, "vanban.yaml").unwrap();
    assert!(p.warnings.is_empty());
    let p = p.value;
    assert_eq!(p.output, DEFAULT_OUTPUT);
    let [a, b, c] = &p.documents[..] else {
        panic!("{:?}", p.documents)
    };
    assert_eq!(a.name, "chuong-trinh");
    assert_eq!(a.source.inputs(), ["a/chuong-trinh.yaml"]);
    assert_eq!(
        a.options,
        Options {
            formats: vec![OutputFormat::Pdf],
            profile: Some("the-thuc.yaml".into()),
            templates: Some("mau".into()),
            font_dir: None,
        }
    );
    assert_eq!(a.pos.unwrap().line, 5);
    assert_eq!(b.name, "ct-khac");
    assert_eq!(b.options.formats, [OutputFormat::Docx, OutputFormat::Pdf]);
    assert_eq!(b.options.profile, None);
    assert_eq!(c.name, "bao-cao.v2");
    assert_eq!(
        c.source.inputs(),
        [
            "a/chuong-trinh.yaml",
            "a/bao-cao.v2.yaml",
            "a/bao-cao.v1.yaml"
        ]
    );
    assert_eq!(c.options.templates.as_deref(), Some("mau-bao-cao"));
}

#[test]
fn every_project_rule_is_reported_in_place() {
    let yaml = "\
output: ''
defaults:
  formats: []
programs:
  - file: chuong-trinh.yaml
    formats: [docx, PDF, odt]
  - file: CHUONG-TRINH.yml
  - file: ''
    name: ../x
reports:
  - program: chuong-trinh.yaml
    status: bc.yaml
    name: chuong-trinh
";
    assert_eq!(
        problems(yaml),
        [
            "1:9 error empty-text: trường 'output' để trống (ghi nội dung cho trường này, hoặc xóa dòng nếu trường không bắt buộc)",
            "3:12 error empty-formats: danh sách định dạng 'formats' trống (ghi ít nhất một định dạng, ví dụ 'formats: [docx, pdf]', hoặc bỏ dòng này để dùng mặc định)",
            "6:21 error unknown-value: giá trị 'PDF' không hợp lệ cho trường 'programs[0].formats' (có phải ý bạn là 'pdf'? Các giá trị hợp lệ: docx, pdf)",
            "6:26 error unknown-value: giá trị 'odt' không hợp lệ cho trường 'programs[0].formats' (các giá trị hợp lệ: docx, pdf)",
            "7:5 error duplicate-output: hai văn bản cùng ghi ra tệp kết quả 'CHUONG-TRINH' (văn bản kia ở dòng 5) (đặt 'name' khác nhau cho hai văn bản (tên so sánh không phân biệt hoa thường))",
            "8:11 error empty-text: trường 'programs[2].file' để trống (ghi nội dung cho trường này, hoặc xóa dòng nếu trường không bắt buộc)",
            "9:11 error bad-output-name: tên tệp kết quả '../x' không hợp lệ (tên là một tên tệp không có thư mục và không có đuôi, ví dụ 'bao-cao-quy-1')",
            "11:5 error duplicate-output: hai văn bản cùng ghi ra tệp kết quả 'chuong-trinh' (văn bản kia ở dòng 5) (đặt 'name' khác nhau cho hai văn bản (tên so sánh không phân biệt hoa thường))",
        ]
    );
}

#[test]
fn a_project_without_documents_and_unknown_keys() {
    assert_eq!(
        problems("output: out\n"),
        [
            "- error no-documents: tệp dự án chưa có văn bản nào ('programs' hoặc 'reports') (thêm ít nhất một văn bản: 'programs:' rồi '- file: chuong-trinh.yaml')"
        ]
    );
    assert_eq!(
        problems("programs:\n  - file: a.yaml\n    format: [pdf]\n"),
        [
            "3:5 error unknown-key: trường không hợp lệ 'format' (có phải ý bạn là 'formats'? Các trường hợp lệ: 'file', 'name', 'formats', 'profile', 'templates', 'font_dir')"
        ]
    );
    assert_eq!(
        problems("reports:\n  - program: a.yaml\n"),
        ["2:5 error missing-field: thiếu trường bắt buộc 'status'"]
    );
}

#[test]
fn every_path_is_kept_with_its_key_and_place_for_the_boundary_check() {
    let yaml = "\
allow_outside: [../mau-chung]
output: ket-qua
defaults:
  templates: ../mau-chung/mau
programs:
  - file: a.yaml
    font_dir: phong-chu
reports:
  - program: a.yaml
    status: b.yaml
    previous: c.yaml
    profile: p.yaml
";
    let p = Project::from_yaml(yaml, "vanban.yaml").unwrap().value;
    let shown: Vec<String> = p
        .paths
        .iter()
        .map(|a| {
            let pos = a.pos.unwrap();
            format!(
                "{}:{} {} {} {:?}",
                pos.line, pos.column, a.key, a.path, a.kind
            )
        })
        .collect();
    assert_eq!(
        shown,
        [
            "2:9 output ket-qua Output",
            "4:14 defaults.templates ../mau-chung/mau Folder",
            "6:11 programs[0].file a.yaml File",
            "7:15 programs[0].font_dir phong-chu Folder",
            "9:14 reports[0].program a.yaml File",
            "10:13 reports[0].status b.yaml File",
            "11:15 reports[0].previous c.yaml File",
            "12:14 reports[0].profile p.yaml File",
        ]
    );
    assert_eq!(p.allow_outside.len(), 1);
    assert_eq!(p.allow_outside[0].path, "../mau-chung");
    assert_eq!(p.allow_outside[0].pos.unwrap().column, 17);
}

#[test]
fn names_equal_up_to_unicode_form_clash_and_none_ends_in_moi() {
    let yaml = "programs:\n  - file: a.yaml\n    name: Báo-cáo\n  - file: b.yaml\n    name: \"ba\\u0301o-ca\\u0301o\"\n  - file: x.moi.yaml\n  - file: c.yaml\n    name: c.MOI\n";
    let codes: Vec<String> = problems(yaml)
        .iter()
        .map(|l| l.split_once(": ").unwrap().0.to_string())
        .collect();
    assert_eq!(
        codes,
        [
            "4:5 error duplicate-output",
            "6:11 error bad-output-name",
            "8:11 error bad-output-name"
        ]
    );
}
