//! Every text of the IR reaches both outputs: the words the layout places
//! on the PDF's pages (in order, compared in process) and the words of the
//! .docx's `word/document.xml`, for every example and for generated stress
//! documents (a task of ~1,400 characters, six coordinators with long
//! names, long symbols, recipients and signer lines, every form of time
//! frame, 80 tasks, reports of 40 and 300 groups), in both formats. And
//! nothing is placed off the paper.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use serde_json::{Value, json};
use vanban_core::{Program, StatusFile};
use vanban_render::layout::{Graphic, Pages, layout};
use vanban_render::oracle::{missing_docx_words, missing_words};
use vanban_render::{Document, FontSet, Profile, Templates, program_document, report_document};

/// Both oracles, and every span and shape on its page.
fn assert_all_text(doc: &Document, profile: &Profile, label: &str) -> Pages {
    let fonts = FontSet::builtin();
    let pages = layout(doc, profile, fonts).unwrap();
    let missing = missing_words(doc, &pages);
    assert!(
        missing.is_empty(),
        "{label}: {} words of the IR are not on the pages: {:?}",
        missing.len(),
        &missing[..missing.len().min(40)]
    );
    let docx = vanban_render::to_docx(doc, profile, fonts).unwrap();
    let missing = missing_docx_words(doc, &docx).unwrap();
    assert!(
        missing.is_empty(),
        "{label}: {} words of the IR are not in document.xml: {:?}",
        missing.len(),
        &missing[..missing.len().min(40)]
    );
    for (i, page) in pages.pages.iter().enumerate() {
        for s in &page.spans {
            assert!(
                s.y > 0.0 && s.y < page.height && s.x >= 0.0 && s.x < page.width,
                "{label}: page {}: “{}” at {},{} is off the paper",
                i + 1,
                s.text,
                s.x,
                s.y
            );
        }
        for g in &page.graphics {
            let (top, bottom) = match g {
                Graphic::Fill { y, h, .. } => (*y, y + h),
                Graphic::Line { stroke, .. } => {
                    (stroke.y0.min(stroke.y1), stroke.y0.max(stroke.y1))
                }
            };
            assert!(
                top >= 0.0 && bottom <= page.height,
                "{label}: page {}: a chart's shape {top}–{bottom} is off the paper",
                i + 1
            );
        }
    }
    pages
}

#[test]
fn every_example_shows_every_word() {
    for name in common::EXAMPLES {
        let profile = common::profile(name);
        assert_all_text(&common::example(name), &profile, name);
    }
    let doc = common::report_with_previous();
    assert_all_text(&doc, &Profile::party_hd36(), "report with previous");
}

#[test]
fn the_oracle_sees_a_dropped_word_and_a_shuffled_one() {
    let doc = common::example("son-tra-11-ctr-qu");
    let profile = common::profile("son-tra-11-ctr-qu");
    let mut pages = layout(&doc, &profile, FontSet::builtin()).unwrap();
    assert!(missing_words(&doc, &pages).is_empty());
    // The signer's name (the last page's last text of the main section) dropped …
    let page = pages
        .pages
        .iter_mut()
        .find(|p| p.spans.iter().any(|s| s.text == "Nguyễn Văn A"))
        .unwrap();
    page.spans.retain(|s| s.text != "Nguyễn Văn A");
    let missing = missing_words(&doc, &pages);
    assert!(
        missing.starts_with(&["nguyễn".to_string(), "văn".to_string()]) && missing.len() <= 3,
        "{missing:?}"
    );
    // … and the document kind moved after the summary: out of order.
    let mut pages = layout(&doc, &profile, FontSet::builtin()).unwrap();
    let first = &mut pages.pages[0].spans;
    let kind = first
        .iter()
        .position(|s| s.text == "CHƯƠNG TRÌNH HÀNH ĐỘNG")
        .unwrap();
    let span = first.remove(kind);
    first.push(span);
    assert!(!missing_words(&doc, &pages).is_empty());
}

/// Every form a time frame takes, after a document of year `y`.
fn timeframes(y: u32) -> [String; 10] {
    [
        format!("05/12/{y}"),
        format!("Tháng 11/{y}"),
        format!("Quý IV/{y}"),
        format!("6 tháng đầu năm {}", y + 1),
        format!("6 tháng cuối năm {}", y + 1),
        format!("Năm {}", y + 1),
        format!("{y} – {}", y + 3),
        "Hằng năm".into(),
        "Thường xuyên".into(),
        format!("Đến năm {}", y + 8),
    ]
}

fn read(name: &str) -> String {
    std::fs::read_to_string(common::root().join("examples").join(format!("{name}.yaml"))).unwrap()
}

/// A long text of about `n` characters, of real words in an order drawn
/// from `seed` (deterministic; no phrase repeats, as in real documents).
fn long_text(n: usize, seed: u64) -> String {
    const WORDS: [&str; 24] = [
        "tăng",
        "cường",
        "kiểm tra",
        "giám sát",
        "thực hiện",
        "nhiệm vụ",
        "giải pháp",
        "phát triển",
        "kinh tế",
        "xã hội",
        "quốc phòng",
        "an ninh",
        "địa bàn",
        "đô thị",
        "du lịch",
        "văn hóa",
        "cán bộ",
        "đảng viên",
        "nhân dân",
        "chương trình",
        "kế hoạch",
        "dự án",
        "nguồn lực",
        "hiệu quả",
    ];
    let mut x = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
    let mut s = String::new();
    let mut k = 0;
    while s.chars().count() < n {
        x = x
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        if !s.is_empty() {
            s.push_str(if k % 9 == 8 { ", " } else { " " });
        }
        s.push_str(WORDS[((x >> 33) % WORDS.len() as u64) as usize]);
        k += 1;
    }
    s.push('.');
    s
}

/// Six long agency names, each its own words (the oracle matches a cell
/// broken across pages by the words that stand together where it goes on).
const LONG_AGENCIES: [&str; 6] = [
    "Trung tâm Nghiên cứu, Ứng dụng và Chuyển giao Khoa học, Công nghệ phục vụ Phát triển Kinh tế biển",
    "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng, công nghiệp và hạ tầng kỹ thuật đô thị",
    "Hội đồng Phối hợp phổ biến, giáo dục pháp luật và hòa giải ở cơ sở của các phường trên địa bàn",
    "Liên đoàn Lao động cùng Hội Liên hiệp Phụ nữ, Đoàn Thanh niên Cộng sản Hồ Chí Minh và Hội Nông dân",
    "Bệnh viện Đa khoa khu vực, Trạm Y tế và Trung tâm Kiểm soát bệnh tật, an toàn vệ sinh thực phẩm",
    "Đội Quản lý trật tự đô thị, Công an, Ban Chỉ huy Quân sự và lực lượng dân quân tự vệ thường trực",
];

/// The example program `base` with `groups` groups of `per_group` tasks,
/// stretched everywhere a text can be long.
fn stress_source(base: &str, groups: usize, per_group: usize) -> Value {
    let mut v: Value = serde_saphyr::from_str(&read(base)).unwrap();
    let pool: Vec<Value> = v["groups"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|g| g["tasks"].as_array().cloned().unwrap_or_default())
        .collect();
    let kind = v["agencies"][0]["kind"].clone();
    let agencies = v["agencies"].as_array_mut().unwrap();
    let mut long_ids = Vec::new();
    for (k, name) in LONG_AGENCIES.iter().enumerate() {
        let id = format!("co-quan-dai-{k}");
        agencies.push(json!({
            "id": id,
            "name": name,
            "kind": kind,
        }));
        long_ids.push(Value::String(id));
    }
    let date = v["document"]["date"].as_str().unwrap().to_owned();
    let year: u32 = date[date.len() - 4..].parse().unwrap();
    let timeframes = timeframes(year);
    let template_group = v["groups"][0].clone();
    let mut list = Vec::new();
    let mut n = 0;
    for g in 0..groups {
        let mut group = template_group.clone();
        group["id"] = Value::String(format!("nhom-{}", g + 1));
        group["title"] = Value::String(format!(
            "Nhóm nhiệm vụ về phát triển kinh tế, văn hóa, xã hội và bảo đảm quốc phòng, an ninh số {}",
            g + 1
        ));
        let tasks: Vec<Value> = (0..per_group)
            .map(|k| {
                let mut t = pool[(g * 7 + k) % pool.len()].clone();
                let obj = t.as_object_mut().unwrap();
                obj.remove("revised");
                obj.insert("id".into(), Value::String(format!("g{g}-t{k}")));
                obj.insert(
                    "timeframe".into(),
                    Value::String(timeframes[n % timeframes.len()].clone()),
                );
                if k == 0 {
                    obj.insert("coordinators".into(), Value::Array(long_ids.clone()));
                }
                if n == 1 {
                    obj.insert("content".into(), Value::String(long_text(1_400, 1)));
                    obj.insert("product".into(), Value::String(long_text(300, 2)));
                }
                n += 1;
                t
            })
            .collect();
        group["tasks"] = Value::Array(tasks);
        list.push(group);
    }
    v["groups"] = Value::Array(list);
    let d = &mut v["document"];
    d["signer"]["name"] =
        Value::String("Nguyễn Hoàng Phương Thảo Lê Trần Minh Châu Đặng Vũ Quốc Anh".into());
    let recipients = d["recipients"].as_array_mut().unwrap();
    for k in 0..6 {
        recipients.push(json!({
            "name": format!("Ban Chỉ đạo thực hiện các chương trình mục tiêu quốc gia về xây dựng nông thôn mới, giảm nghèo bền vững và phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số số {k}"),
            "purpose": "để biết, phối hợp thực hiện và báo cáo kết quả",
        }));
    }
    v
}

fn program(v: &Value) -> Program {
    match Program::from_yaml(&v.to_string(), "stress.yaml") {
        Ok(l) => l.value,
        Err(d) => panic!("the stress program is invalid: {d:?}"),
    }
}

/// A status file for every task of `program`: done, in progress or silent
/// in turn, with long results.
fn status_for(base: &str, p: &Program, groups: usize) -> StatusFile {
    let v = status_source(base, p, groups);
    match StatusFile::from_yaml(&v.to_string(), "stress.status.yaml", p) {
        Ok(l) => l.value,
        Err(d) => panic!("the stress status is invalid: {d:?}"),
    }
}

/// The source of [`status_for`].
fn status_source(base: &str, p: &Program, groups: usize) -> Value {
    let mut v: Value = serde_saphyr::from_str(&read(&format!("{base}.status"))).unwrap();
    let as_of = v["report"]["as_of"].clone();
    let mut tasks = Vec::new();
    for (k, t) in p.groups.iter().flat_map(|g| &g.tasks).enumerate() {
        tasks.push(match k % 3 {
            0 => json!({"id": t.id, "completed": as_of, "result": long_text(200, k as u64 + 10)}),
            1 => json!({"id": t.id, "progress": [long_text(150, k as u64 + 10)]}),
            _ => json!({"id": t.id}),
        });
    }
    v["tasks"] = Value::Array(tasks);
    let _ = groups;
    v
}

#[test]
fn stress_programs_show_every_word_in_both_formats() {
    for (base, groups, per_group) in [
        ("son-tra-11-ctr-qu", 5, 16),
        ("ubnd-phuong-an-hai-2026", 5, 16),
    ] {
        let v = stress_source(base, groups, per_group);
        let p = program(&v);
        let profile = Profile::for_format(p.format);
        let doc = program_document(&p, &profile, &Templates::builtin()).unwrap();
        let pages = assert_all_text(&doc, &profile, base);
        // The 1,400-character task is taller than a landscape page's row
        // would allow in its narrow column only on small pages; a row that
        // did break says so.
        let _ = pages.warnings;
    }
}

#[test]
fn stress_reports_of_40_and_300_groups_show_every_word() {
    for (groups, base) in [
        (40, "son-tra-11-ctr-qu"),
        (300, "son-tra-11-ctr-qu"),
        (40, "ubnd-phuong-an-hai-2026"),
    ] {
        let v = stress_source(base, groups, 1);
        let p = program(&v);
        let s = status_for(base, &p, groups);
        let profile = Profile::for_format(p.format);
        let doc = report_document(&p, &s, None, &profile, &Templates::builtin()).unwrap();
        let pages = assert_all_text(&doc, &profile, &format!("{base}: {groups} groups"));
        // The chart is drawn in parts, one per page, and the layout says so.
        let charts = pages
            .pages
            .iter()
            .filter(|p| p.graphics.iter().any(|g| matches!(g, Graphic::Fill { .. })))
            .count();
        assert!(
            charts >= 2,
            "{groups} groups: the chart is on {charts} page(s)"
        );
        assert!(
            pages.warnings.iter().any(|w| w.code() == "chart-split"),
            "{:?}",
            pages.warnings
        );
    }
}

#[test]
fn a_row_taller_than_a_page_breaks_in_both_formats() {
    // A task of ~4,000 characters: its row is taller than a page.
    let mut v = stress_source("son-tra-11-ctr-qu", 5, 3);
    v["groups"][0]["tasks"][1]["content"] = Value::String(long_text(4_000, 3));
    let p = program(&v);
    let profile = Profile::for_format(p.format);
    let doc = program_document(&p, &profile, &Templates::builtin()).unwrap();
    let pages = assert_all_text(&doc, &profile, "a 4,000-character task");
    assert!(
        pages.warnings.iter().any(|w| w.code() == "row-split"),
        "{:?}",
        pages.warnings
    );
    // The .docx lets exactly the rows the layout broke break (the 4,000
    // characters, and each group's first task with its six long
    // coordinators in a narrow column): those rows lack cantSplit.
    let split = pages
        .warnings
        .iter()
        .filter(|w| w.code() == "row-split")
        .count();
    let docx = vanban_render::to_docx(&doc, &profile, FontSet::builtin()).unwrap();
    let xml = part(&docx, "word/document.xml");
    let rows = xml.matches("<w:tr>").count() + xml.matches("<w:tr ").count();
    let kept = xml.matches("<w:cantSplit").count();
    assert_eq!(rows - kept, split, "{rows} rows, {kept} kept whole");
    assert_eq!(split, 6);
}

/// A part of a package, as text.
fn part(docx: &[u8], name: &str) -> String {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut s = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut s).unwrap();
    s
}

#[test]
#[ignore = "a debugging aid: VANBAN_DUMP=dir writes the stress documents"]
fn dump_stress() {
    let dir = std::path::PathBuf::from(std::env::var("VANBAN_DUMP").unwrap());
    let mut v = stress_source("son-tra-11-ctr-qu", 5, 3);
    v["groups"][0]["tasks"][1]["content"] = Value::String(long_text(4_000, 3));
    let p = program(&v);
    let profile = Profile::for_format(p.format);
    let doc = program_document(&p, &profile, &Templates::builtin()).unwrap();
    let fonts = FontSet::builtin();
    std::fs::write(
        dir.join("row.txt"),
        layout(&doc, &profile, fonts).unwrap().dump(),
    )
    .unwrap();
    std::fs::write(
        dir.join("row.pdf"),
        vanban_render::to_pdf(&doc, &profile, fonts).unwrap(),
    )
    .unwrap();
    std::fs::write(
        dir.join("row.docx"),
        vanban_render::to_docx(&doc, &profile, fonts).unwrap(),
    )
    .unwrap();
    std::fs::write(dir.join("row.ir"), doc.dump()).unwrap();
    // The inputs of the speed figures: 300 groups of 10 tasks.
    let v = stress_source("son-tra-11-ctr-qu", 300, 10);
    let p = program(&v);
    std::fs::write(dir.join("big.yaml"), v.to_string()).unwrap();
    let s = status_source("son-tra-11-ctr-qu", &p, 300);
    std::fs::write(dir.join("big.status.yaml"), s.to_string()).unwrap();
    for groups in [40, 300] {
        let v = stress_source("son-tra-11-ctr-qu", groups, 1);
        let p = program(&v);
        let s = status_for("son-tra-11-ctr-qu", &p, groups);
        let doc = report_document(&p, &s, None, &profile, &Templates::builtin()).unwrap();
        std::fs::write(
            dir.join(format!("report-{groups}.pdf")),
            vanban_render::to_pdf(&doc, &profile, fonts).unwrap(),
        )
        .unwrap();
        std::fs::write(
            dir.join(format!("report-{groups}.docx")),
            vanban_render::to_docx(&doc, &profile, fonts).unwrap(),
        )
        .unwrap();
    }
}
