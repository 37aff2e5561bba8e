//! The state document of Nghị định 30/2020/NĐ-CP, element by element, on the
//! bundled People's Committee plan: each element's text, size, weight and
//! position in the PDF layout, and the same in the .docx XML.

#![allow(clippy::unwrap_used, clippy::panic, clippy::expect_used)] // a test: failing loudly is the point

use std::io::Read;
use vanban_render::fonts::Style;
use vanban_render::layout::{Page, Pages, Span, layout};
use vanban_render::{FontSet, Profile, to_docx};

mod common;

const PLAN: &str = "ubnd-phuong-an-hai-2026";

fn pages() -> Pages {
    let doc = common::example(PLAN);
    layout(&doc, &Profile::state_nd30(), FontSet::builtin()).unwrap()
}

/// The one span whose text is `text`, and the number of its page (from 1).
fn span<'a>(pages: &'a Pages, text: &str) -> (&'a Span, usize) {
    let found: Vec<(&Span, usize)> = pages
        .pages
        .iter()
        .enumerate()
        .flat_map(|(i, p)| p.spans.iter().map(move |s| (s, i + 1)))
        .filter(|(s, _)| s.text == text)
        .collect();
    assert_eq!(found.len(), 1, "{text:?} occurs {} times", found.len());
    found[0]
}

fn face(s: &Span, style: Style, size: f32) {
    assert_eq!((s.style, s.size), (style, size), "{:?}", s.text);
}

fn width(s: &Span) -> f32 {
    FontSet::builtin().face(s.style).width(&s.text, s.size)
}

/// The horizontal stroke of a page just under the baseline `y`, its
/// middle between `from` and `to`.
fn rule_under(page: &Page, y: f32, from: f32, to: f32) -> (f32, f32) {
    let r = page
        .strokes
        .iter()
        .find(|r| {
            let mid = (r.x0 + r.x1) / 2.0;
            r.y0 == r.y1 && r.y0 > y && r.y0 < y + 8.0 && mid > from && mid < to
        })
        .unwrap_or_else(|| panic!("no rule under y = {y} between {from} and {to}"));
    (r.x0, r.x1)
}

#[test]
fn the_header_block_follows_nd30() {
    let pages = pages();
    let page = &pages.pages[0];
    let (organ, _) = span(&pages, "ỦY BAN NHÂN DÂN");
    let (ward, _) = span(&pages, "PHƯỜNG AN HẢI");
    let (motto, _) = span(&pages, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    let (tieu_ngu, _) = span(&pages, "Độc lập - Tự do - Hạnh phúc");
    let (symbol, _) = span(&pages, "Số: 18/KH-UBND");
    let (date, _) = span(&pages, "An Hải, ngày 20 tháng 01 năm 2026");
    // The organ at left, 13 bold caps, on two even lines; the Quốc hiệu at
    // right, 13 bold caps, and the Tiêu ngữ, 14 bold, each line whole.
    face(organ, Style::Bold, 13.0);
    face(ward, Style::Bold, 13.0);
    face(motto, Style::Bold, 13.0);
    face(tieu_ngu, Style::Bold, 14.0);
    assert!(organ.x + width(organ) < motto.x, "the columns overlap");
    assert_eq!(
        organ.y, motto.y,
        "the first lines of both columns sit level"
    );
    assert!(ward.y > organ.y && tieu_ngu.y > motto.y);
    // A rule under the organ, 1/3 to 1/2 of its name, centred under it.
    let (x0, x1) = rule_under(page, ward.y, 0.0, motto.x);
    let name = width(organ).max(width(ward));
    let share = (x1 - x0) / name;
    assert!(
        (1.0 / 3.0..=0.5).contains(&share),
        "organ rule share {share}"
    );
    let centre = |s: &Span| s.x + width(s) / 2.0;
    assert!(((x0 + x1) / 2.0 - centre(ward)).abs() < 1.0);
    // A rule exactly as long as the Tiêu ngữ, under it.
    let (x0, x1) = rule_under(page, tieu_ngu.y, motto.x, 600.0);
    let w = width(tieu_ngu);
    assert!(
        (x0 - tieu_ngu.x).abs() < 0.5 && (x1 - tieu_ngu.x - w).abs() < 0.5,
        "rule {x0}–{x1}, text {}–{}",
        tieu_ngu.x,
        tieu_ngu.x + w
    );
    // "Số:" 13 regular and the place and date 14 italic on one line, below the rules.
    face(symbol, Style::Regular, 13.0);
    face(date, Style::Italic, 14.0);
    assert!(
        (symbol.y - date.y).abs() < 1.5,
        "{} vs {}",
        symbol.y,
        date.y
    );
    assert!(symbol.y > ward.y + 8.0 && symbol.x < motto.x);
    // Kind 14 bold caps, the summary 14 bold from a capital, a rule under it
    // of 1/3 to 1/2 of the text width.
    let (kind, _) = span(&pages, "KẾ HOẠCH");
    face(kind, Style::Bold, 14.0);
    let summary = page
        .spans
        .iter()
        .find(|s| {
            s.text
                .starts_with("Triển khai thực hiện Kế hoạch số 05-KH/ĐU")
        })
        .unwrap();
    face(summary, Style::Bold, 14.0);
    assert!(summary.y > kind.y);
    let last_summary_line = page
        .spans
        .iter()
        .filter(|s| s.style == Style::Bold && s.size == 14.0 && s.y < 200.0)
        .map(|s| s.y)
        .fold(0.0, f32::max);
    let (x0, x1) = rule_under(page, last_summary_line, 0.0, 600.0);
    let share = (x1 - x0) / (595.3 - 85.05 - 42.5);
    assert!(
        (1.0 / 3.0..=0.5).contains(&share),
        "summary rule share {share}"
    );
    // No Party element.
    let all: String = pages
        .pages
        .iter()
        .flat_map(|p| &p.spans)
        .map(|s| s.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    for party in ["ĐẢNG CỘNG SẢN VIỆT NAM", "-----", "\n*\n"] {
        assert!(!all.contains(party), "{party:?} in a state document");
    }
}

#[test]
fn the_end_signature_recipients_and_appendix_follow_nd30() {
    let pages = pages();
    // "./." closes the body's last sentence ("… chỉ đạo." + "/.").
    let (mark, mark_page) = span(&pages, "/.");
    let before = pages.pages[mark_page - 1]
        .spans
        .iter()
        .find(|s| s.y == mark.y && s.x < mark.x)
        .unwrap();
    assert!(before.text.ends_with("chỉ đạo."), "{:?}", before.text);
    // Each authority line on its own line, bold caps 14, then the title and
    // the name, all bold.
    let lines = [
        "TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Lê Văn C",
    ];
    let mut y = 0.0;
    for l in lines {
        let (s, _) = span(&pages, l);
        face(s, Style::Bold, 14.0);
        assert!(s.y > y, "{l} is not below the line before");
        y = s.y;
    }
    // "Nơi nhận:" 12 bold italic; recipients 11, ending ";", the last the archive.
    let (label, page) = span(&pages, "Nơi nhận");
    face(label, Style::BoldItalic, 12.0);
    let recipients: Vec<&Span> = pages.pages[page - 1]
        .spans
        .iter()
        .filter(|s| s.size == 11.0 && s.x < 300.0)
        .collect();
    assert!(recipients.len() > 3);
    let last = recipients.last().unwrap();
    assert_eq!(last.text, "- Lưu: VT, VP.");
    assert!(
        recipients[0].text.ends_with(';'),
        "{:?}",
        recipients[0].text
    );
    // "Phụ lục I" 14 bold on a page of its own, numbered from 1 again: no
    // number on its first page, "2" on the next.
    let (appendix, page) = span(&pages, "Phụ lục I");
    face(appendix, Style::Bold, 14.0);
    let first = &pages.pages[page - 1];
    assert!(
        first.spans[0].text == "Phụ lục I",
        "a page number on the appendix's first page"
    );
    assert_eq!(pages.pages[page].spans[0].text, "2");
}

fn document_xml() -> String {
    let doc = common::example(PLAN);
    let docx = to_docx(&doc, &Profile::state_nd30(), FontSet::builtin()).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut s = String::new();
    zip.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut s)
        .unwrap();
    s
}

/// The run whose text is `text`: its properties.
fn run_props<'a>(xml: &'a str, text: &str) -> &'a str {
    let at = xml
        .find(&format!(">{text}</w:t>"))
        .unwrap_or_else(|| panic!("no run {text:?}"));
    let start = xml[..at].rfind("<w:r>").unwrap();
    &xml[start..at]
}

fn props(xml: &str, text: &str, half_points: u32, bold: bool, italic: bool) {
    let p = run_props(xml, text);
    assert!(
        p.contains(&format!("<w:sz w:val=\"{half_points}\" />")),
        "{text}: {p}"
    );
    assert_eq!(p.contains("<w:b />"), bold, "{text}: {p}");
    assert_eq!(p.contains("<w:i />"), italic, "{text}: {p}");
}

#[test]
fn the_docx_says_the_same() {
    let xml = document_xml();
    props(&xml, "ỦY BAN NHÂN DÂN", 26, true, false);
    props(&xml, "PHƯỜNG AN HẢI", 26, true, false);
    props(&xml, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 26, true, false);
    props(&xml, "Độc lập - Tự do - Hạnh phúc", 28, true, false);
    props(&xml, "Số: 18/KH-UBND", 26, false, false);
    props(&xml, "An Hải, ngày 20 tháng 01 năm 2026", 28, false, true);
    props(&xml, "KẾ HOẠCH", 28, true, false);
    props(&xml, "TM. ỦY BAN NHÂN DÂN", 28, true, false);
    props(&xml, "KT. CHỦ TỊCH", 28, true, false);
    props(&xml, "PHÓ CHỦ TỊCH", 28, true, false);
    props(&xml, "Nơi nhận", 24, true, true);
    props(&xml, "- Lưu: VT, VP.", 22, false, false);
    props(&xml, "Phụ lục I", 28, true, false);
    props(&xml, "/.", 28, false, false);
    // The number and the date in one row of the header table.
    let symbol = xml.find(">Số: 18/KH-UBND<").unwrap();
    let date = xml.find(">An Hải, ngày 20 tháng 01 năm 2026<").unwrap();
    let row_start = xml[..symbol].rfind("<w:tr>").unwrap();
    assert!(!xml[row_start..date].contains("</w:tr>"), "not in one row");
    // The appendix is a section of its own whose numbering starts again.
    let appendix = xml.find(">Phụ lục I<").unwrap();
    let break_at = xml[..appendix].rfind("<w:sectPr>").unwrap();
    assert!(xml[break_at..appendix].contains("<w:titlePg />"));
    let body_sect = &xml[xml.rfind("<w:sectPr>").unwrap()..];
    assert!(
        body_sect.contains("<w:pgNumType w:start=\"1\" />"),
        "{body_sect}"
    );
    assert!(body_sect.contains("<w:titlePg />"));
    assert!(!xml.contains("ĐẢNG CỘNG SẢN VIỆT NAM"));
}
