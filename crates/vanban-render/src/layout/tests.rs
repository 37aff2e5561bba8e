//! The rules of the layout engine, each on a small made-up flow.

use super::flow::paginate;
use super::lines::break_para;
use super::{LayoutError, Pages};
use crate::fonts::{FontSet, Style};
use crate::resolve::{
    Align, Cell, Flow, Page, Para, Piece, Resolved, Role, Section, Spacing, Table, TableRow,
};

fn para(text: &str, align: Align) -> Para {
    Para {
        role: Role::Body,
        pieces: vec![Piece {
            text: text.to_owned(),
            style: Style::Regular,
            size: 14.0,
            underline: false,
        }],
        align,
        first_indent: 0.0,
        indent_left: 0.0,
        indent_right: 0.0,
        spacing: Spacing::Exact(18.0),
        before: 6.0,
        after: 0.0,
        keep_next: false,
        page_break_before: false,
        border_bottom: None,
        mark: (Style::Regular, 14.0),
    }
}

/// A page with room for `lines` lines of 18 pt, 200 pt wide.
fn spec(lines: usize, flows: Vec<Flow>) -> Resolved {
    let mut page_number = para("", Align::Center);
    page_number.pieces.clear();
    page_number.spacing = Spacing::Single;
    Resolved {
        font_family: "Liberation Serif".into(),
        base_size: 14.0,
        sections: vec![Section {
            page: Page {
                width: 300.0,
                height: 100.0 + 18.0 * lines as f32,
                top: 50.0,
                bottom: 50.0,
                left: 50.0,
                right: 50.0,
                header: 20.0,
                landscape: false,
            },
            restart_numbering: false,
            title_page: true,
            page_number,
            flows,
        }],
        warnings: Vec::new(),
    }
}

fn words(n: usize) -> String {
    (0..n)
        .map(|i| format!("từ{i}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Words enough for a justified paragraph of exactly `k` lines, 200 pt wide.
fn of_lines(k: usize) -> Para {
    (1..400)
        .map(|n| para(&words(n), Align::Justify))
        .find(|p| {
            break_para(p, 200.0, FontSet::builtin())
                .map(|l| l.lines.len() == k)
                .unwrap_or(false)
        })
        .unwrap()
}

/// The text of each page's lines, page numbers left out.
fn text(pages: &Pages) -> Vec<Vec<String>> {
    pages
        .pages
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let spans = if i == 0 { &p.spans[..] } else { &p.spans[1..] };
            spans.iter().map(|s| s.text.clone()).collect()
        })
        .collect()
}

#[test]
fn lines_break_greedily_at_spaces_and_justify_all_but_the_last() {
    let fonts = FontSet::builtin();
    let face = fonts.face(Style::Regular);
    let p = para(&words(40), Align::Justify);
    let lines = break_para(&p, 200.0, fonts).unwrap().lines;
    assert!(lines.len() > 3);
    for (i, line) in lines.iter().enumerate() {
        let span = &line.spans[0];
        let natural = face.width(&span.text, 14.0);
        assert!(natural <= 200.0 + 1e-3, "line {i} overflows");
        if i + 1 < lines.len() {
            // Greedy: the next word would not have fitted.
            let next = lines[i + 1].spans[0].text.split(' ').next().unwrap();
            assert!(face.width(&format!("{} {next}", span.text), 14.0) > 200.0);
            // Justified: the stretched line ends at the right edge.
            assert!(span.space_extra > 0.0);
            assert!((span.x + span.width - 200.0).abs() < 0.01);
        } else {
            assert_eq!(span.space_extra, 0.0);
        }
    }
}

#[test]
fn hyphens_break_before_a_letter_only_and_long_words_split() {
    let fonts = FontSet::builtin();
    let p = para("Đảng-Nhà-nước-Mặt-trận-Tổ-quốc", Align::Left);
    let lines = break_para(&p, 60.0, fonts).unwrap().lines;
    assert!(lines.len() > 1);
    assert!(lines[0].spans[0].text.ends_with('-'));
    let p = para("2022-2025-2030-2035-2040-2045-2050", Align::Left);
    let lines = break_para(&p, 60.0, fonts).unwrap().lines;
    // No break after a hyphen between digits: the word is cut where it overflows.
    assert!(lines.len() > 1);
    assert!(lines.iter().all(|l| l.spans[0].width <= 60.0 + 1e-3));
    // After the hyphen of a symbol, before its letters: "209-" / "KL/TU".
    let p = para("số 209-KL/TU", Align::Left);
    let lines = break_para(&p, 45.0, fonts).unwrap().lines;
    assert_eq!(lines[0].spans[0].text.trim_end(), "số 209-");
}

#[test]
fn the_space_between_paragraphs_is_the_larger_of_after_and_before() {
    let fonts = FontSet::builtin();
    let mut first = para("Một", Align::Left);
    first.after = 10.0;
    let second = para("Hai", Align::Left); // 6 pt before
    let mut third = para("Ba", Align::Left);
    third.before = 14.0;
    let pages = paginate(
        &spec(
            10,
            vec![Flow::Para(first), Flow::Para(second), Flow::Para(third)],
        ),
        fonts,
    )
    .unwrap();
    let y: Vec<f32> = pages.pages[0].spans.iter().map(|s| s.y).collect();
    assert_eq!(y[1] - y[0], 18.0 + 10.0);
    assert_eq!(y[2] - y[1], 18.0 + 14.0);
}

#[test]
fn centred_lines_are_centred() {
    let fonts = FontSet::builtin();
    let lines = break_para(&para("PHỤ LỤC", Align::Center), 200.0, fonts)
        .unwrap()
        .lines;
    let s = &lines[0].spans[0];
    assert!((s.x - (200.0 - s.width) / 2.0).abs() < 0.01);
}

#[test]
fn a_paragraph_needs_two_lines_on_each_side_of_a_break() {
    let fonts = FontSet::builtin();
    let first = of_lines(2);
    let four = of_lines(4);
    // Four lines of room: after the first paragraph and its 6 pt, one line
    // would fit, so the whole paragraph moves (orphan); with six, three would
    // fit but only two may stay, leaving two for the next page (widow).
    let pages = paginate(
        &spec(4, vec![Flow::Para(first.clone()), Flow::Para(four.clone())]),
        fonts,
    )
    .unwrap();
    let t = text(&pages);
    assert_eq!((t[0].len(), t[1].len()), (2, 4));
    let pages = paginate(&spec(6, vec![Flow::Para(first), Flow::Para(four)]), fonts).unwrap();
    let t = text(&pages);
    assert_eq!((t[0].len(), t[1].len()), (4, 2));
}

#[test]
fn space_before_is_dropped_at_the_top_of_a_page() {
    let fonts = FontSet::builtin();
    let one = para("một dòng", Align::Left);
    let pages = paginate(
        &spec(
            3,
            vec![
                Flow::Para(one.clone()),
                Flow::Para(one.clone()),
                Flow::Para(one),
            ],
        ),
        fonts,
    )
    .unwrap();
    assert_eq!(pages.pages.len(), 2);
    // The second paragraph: 6 pt below the first; the third opens page 2 at the margin.
    assert!((pages.pages[0].spans[1].y - pages.pages[0].spans[0].y - 24.0).abs() < 1e-3);
    assert!((pages.pages[1].spans[1].y - (50.0 + 18.0 * 0.8)).abs() < 1e-3);
}

#[test]
fn a_heading_goes_with_the_next_paragraph() {
    let fonts = FontSet::builtin();
    let filler = of_lines(2);
    let mut heading = para("1. Mục tiêu", Align::Left);
    heading.keep_next = true;
    let next = of_lines(2);
    let pages = paginate(
        &spec(
            4,
            vec![Flow::Para(filler), Flow::Para(heading), Flow::Para(next)],
        ),
        fonts,
    )
    .unwrap();
    let t = text(&pages);
    assert_eq!(t[0].len(), 2, "{t:?}");
    assert_eq!(t[1].len(), 3, "{t:?}");
    assert_eq!(t[1][0], "1. Mục tiêu");
}

#[test]
fn table_rows_never_split_and_the_header_repeats() {
    let fonts = FontSet::builtin();
    let cell = |text: &str| Cell {
        span: 1,
        paras: vec![Para {
            before: 0.0,
            ..para(text, Align::Left)
        }],
        middle: false,
    };
    let mut rows = vec![TableRow {
        cells: vec![cell("TT"), cell("Nội dung")],
    }];
    for i in 0..12 {
        rows.push(TableRow {
            cells: vec![cell(&i.to_string()), cell(&words(6))],
        });
    }
    let table = Table {
        width: 200.0,
        widths: vec![40.0, 160.0],
        pad: 2.0,
        shift: 0.0,
        border: 0.5,
        header_rows: 1,
        rows,
    };
    let pages = paginate(&spec(8, vec![Flow::Table(table)]), fonts).unwrap();
    assert!(pages.pages.len() > 1);
    for (i, page) in text(&pages).iter().enumerate() {
        assert_eq!(&page[..2], &["TT", "Nội dung"], "page {}", i + 1);
        // Every row on the page is whole: its number and all its lines.
        let numbers = page.iter().filter(|s| s.len() == 1).count();
        assert_eq!((page.len() - 2) % numbers.max(1), 0, "{page:?}");
    }
}

#[test]
fn a_missing_character_is_named() {
    let fonts = FontSet::builtin();
    let err = break_para(&para("Hà Nội 中国", Align::Left), 200.0, fonts).unwrap_err();
    assert_eq!(
        err,
        LayoutError::MissingGlyph {
            ch: '中',
            face: "LiberationSerif".into(),
            context: "Hà Nội 中国".into()
        }
    );
    assert_eq!(
        err.to_string(),
        "phông chữ LiberationSerif không có ký tự “中” (U+4E2D), trong: “Hà Nội 中国”"
    );
}

#[test]
fn a_line_ending_in_italic_needs_room_for_its_slant() {
    let fonts = FontSet::builtin();
    let mut p = para("Tình hình", Align::Center);
    p.pieces[0].style = Style::BoldItalic;
    p.pieces[0].size = 13.0;
    let natural = fonts.face(Style::BoldItalic).width("Tình hình", 13.0);
    // Half a point to spare is not enough (LibreOffice wraps it) …
    let lines = break_para(&p, natural + 0.5, fonts).unwrap().lines;
    assert_eq!(lines.len(), 2);
    // … upright text fits the same room, and italic fits with an em's 0.06 spare.
    p.pieces[0].style = Style::Bold;
    let upright = fonts.face(Style::Bold).width("Tình hình", 13.0);
    assert_eq!(break_para(&p, upright + 0.1, fonts).unwrap().lines.len(), 1);
    p.pieces[0].style = Style::BoldItalic;
    assert_eq!(break_para(&p, natural + 1.0, fonts).unwrap().lines.len(), 1);
}

#[test]
fn a_row_taller_than_a_page_breaks_across_pages_and_loses_nothing() {
    let fonts = FontSet::builtin();
    let cell = |text: &str| Cell {
        span: 1,
        paras: vec![Para {
            before: 0.0,
            ..para(text, Align::Left)
        }],
        middle: false,
    };
    let long = words(120);
    let rows = vec![
        TableRow {
            cells: vec![cell("TT"), cell("Nội dung")],
        },
        TableRow {
            cells: vec![cell("1"), cell("ngắn")],
        },
        TableRow {
            cells: vec![cell("2"), cell(&long)],
        },
        TableRow {
            cells: vec![cell("3"), cell("cuối")],
        },
    ];
    let table = Table {
        width: 200.0,
        widths: vec![40.0, 160.0],
        pad: 2.0,
        shift: 0.0,
        border: 0.5,
        header_rows: 1,
        rows,
    };
    let pages = paginate(&spec(8, vec![Flow::Table(table)]), fonts).unwrap();
    let pages_text = text(&pages);
    assert!(pages_text.len() >= 3, "{pages_text:?}");
    // Every page under the header, no line below the bottom margin.
    for (i, page) in pages_text.iter().enumerate() {
        assert_eq!(&page[..2], &["TT", "Nội dung"], "page {}", i + 1);
    }
    for page in &pages.pages {
        for s in &page.spans {
            assert!(s.y <= page.height - 50.0 + 1e-3, "{s:?} below the margin");
        }
    }
    // Every word of the long cell, once, in order.
    let all: Vec<String> = pages_text
        .iter()
        .flat_map(|p| p[2..].iter().flat_map(|l| l.split(' ').map(str::to_owned)))
        .collect();
    let cell_words: Vec<&String> = all.iter().filter(|w| w.starts_with("từ")).collect();
    let expected: Vec<String> = long.split(' ').map(str::to_owned).collect();
    assert_eq!(cell_words, expected.iter().collect::<Vec<_>>());
    assert!(all.contains(&"cuối".to_string()));
    // The row begins on the first page, under row 1, and says so.
    assert!(
        pages_text[0].contains(&"2".to_string()),
        "{:?}",
        pages_text[0]
    );
    assert_eq!(pages.warnings.len(), 1, "{:?}", pages.warnings);
}
