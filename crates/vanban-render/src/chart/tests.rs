#![allow(clippy::unwrap_used, clippy::panic)]
//! The chart's geometry on a three-bar chart, and its PNG.

use super::*;
use crate::fonts::FontSet;

const EPS: f32 = 1e-3;

fn fonts() -> &'static FontSet {
    FontSet::builtin()
}

fn bar(label: &str, values: [usize; 6], note: &str) -> Bar {
    Bar {
        label: label.to_owned(),
        values: values.to_vec(),
        note: note.to_owned(),
    }
}

/// Three bars: a mixed one, an empty one, a full one; short series names.
fn sample() -> Chart {
    Chart {
        series: [
            "Đúng hạn",
            "Chậm",
            "Trong hạn",
            "Quá hạn",
            "Thường xuyên",
            "Chưa đến hạn",
        ]
        .map(str::to_owned)
        .to_vec(),
        bars: vec![
            bar("Nhóm I", [3, 1, 5, 2, 1, 2], "28,6%"),
            bar("Nhóm II", [0; 6], "–"),
            bar("Nhóm III", [10, 0, 0, 0, 0, 0], "100,0%"),
        ],
    }
}

fn bar_top(i: usize) -> f32 {
    6.0 + 24.0 * i as f32
}

/// The rectangles of bar `i`, in order.
fn segments(d: &Drawing, i: usize) -> Vec<(f32, f32, Rgb)> {
    d.items
        .iter()
        .filter_map(|item| match *item {
            Item::Rect { x, y, w, h, fill } if y == bar_top(i) && h == 16.0 => Some((x, w, fill)),
            _ => None,
        })
        .collect()
}

fn grid(d: &Drawing) -> Vec<(usize, f32, f32, f32)> {
    d.items
        .iter()
        .enumerate()
        .filter_map(|(n, item)| match *item {
            Item::Line {
                x0,
                y0,
                x1,
                y1,
                color,
                ..
            } if color == GRID => {
                assert_eq!(x0, x1);
                Some((n, x0, y0, y1))
            }
            _ => None,
        })
        .collect()
}

/// The plot's left and right edges: the first and last grid lines.
fn plot(d: &Drawing) -> (f32, f32) {
    let g = grid(d);
    (g[0].1, g[g.len() - 1].1)
}

fn text(d: &Drawing, s: &str) -> (f32, f32) {
    d.items
        .iter()
        .find_map(|item| match item {
            Item::Text { x, y, text, .. } if text == s => Some((*x, *y)),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no text {s:?}"))
}

/// The y of each legend row (swatches are the 8 pt squares).
fn legend_rows(d: &Drawing) -> Vec<(f32, Vec<f32>)> {
    let mut rows: Vec<(f32, Vec<f32>)> = Vec::new();
    for item in &d.items {
        if let Item::Rect { x, y, w, h, .. } = *item
            && w == 8.0
            && h == 8.0
        {
            match rows.last_mut() {
                Some((ry, xs)) if *ry == y => xs.push(x),
                _ => rows.push((y, vec![x])),
            }
        }
    }
    rows
}

fn regular() -> &'static crate::fonts::Face {
    fonts().face(Style::Regular)
}

#[test]
fn segments_are_proportional_and_cover_the_plot() {
    let d = draw(&sample(), 470.0, fonts()).unwrap();
    let (left, right) = plot(&d);
    let widest = ["Nhóm I", "Nhóm II", "Nhóm III"]
        .map(|s| regular().width(s, 11.0))
        .into_iter()
        .fold(0.0, f32::max);
    assert_eq!(left, widest + 6.0);
    assert_eq!(right, 470.0 - (regular().width("100,0%", 11.0) + 4.0));

    let values = [3, 1, 5, 2, 1, 2];
    let segs = segments(&d, 0);
    assert_eq!(segs.len(), 6);
    assert_eq!(segs[0].0, left);
    for (i, &(x, w, fill)) in segs.iter().enumerate() {
        assert!((w / (right - left) - values[i] as f32 / 14.0).abs() < 1e-5);
        assert_eq!(fill, PALETTE[i]);
        if let Some(next) = segs.get(i + 1) {
            assert!((x + w - next.0).abs() < EPS, "gap after segment {i}");
        }
    }
    let (x, w, _) = segs[5];
    assert!((x + w - right).abs() < EPS);

    // One series only: one segment, the whole plot.
    let full = segments(&d, 2);
    assert_eq!(full.len(), 1);
    assert_eq!(full[0].0, left);
    assert!((full[0].1 - (right - left)).abs() < EPS);
    assert_eq!(full[0].2, PALETTE[0]);
}

#[test]
fn zero_values_are_skipped_and_colours_follow_the_series() {
    let chart = Chart {
        series: sample().series,
        bars: vec![bar("A", [0, 2, 0, 0, 3, 0], "")],
    };
    let d = draw(&chart, 300.0, fonts()).unwrap();
    let segs = segments(&d, 0);
    assert_eq!(segs.len(), 2);
    assert_eq!(segs[0].2, PALETTE[1]);
    assert_eq!(segs[1].2, PALETTE[4]);
    let (left, right) = plot(&d);
    assert!((segs[0].1 / (right - left) - 0.4).abs() < 1e-5);
    assert!((segs[1].0 + segs[1].1 - right).abs() < EPS);
}

#[test]
fn an_empty_bar_draws_its_outline_only() {
    let d = draw(&sample(), 470.0, fonts()).unwrap();
    assert!(segments(&d, 1).is_empty());
    let (left, right) = plot(&d);
    let (top, bottom) = (bar_top(1), bar_top(1) + 16.0);
    let outline: Vec<_> = d
        .items
        .iter()
        .filter_map(|item| match *item {
            Item::Line {
                x0,
                y0,
                x1,
                y1,
                width,
                color,
            } if color != GRID => Some((x0, y0, x1, y1, width)),
            _ => None,
        })
        .collect();
    assert_eq!(outline.len(), 4);
    for &(x0, y0, x1, y1, width) in &outline {
        assert_eq!(width, 0.5);
        for x in [x0, x1] {
            assert!(x >= left - 0.25 && x <= right + 0.25);
        }
        for y in [y0, y1] {
            assert!(y == top || y == bottom);
        }
    }
    // Both edges of each side are there.
    assert!(outline.iter().any(|l| l.1 == top && l.3 == top));
    assert!(outline.iter().any(|l| l.1 == bottom && l.3 == bottom));
    assert!(outline.iter().any(|l| l.0 == left && l.2 == left));
    assert!(outline.iter().any(|l| l.0 == right && l.2 == right));
    // Nothing fills that bar.
    assert!(!d.items.iter().any(|item| matches!(
        *item,
        Item::Rect { y, h, .. } if y < bottom && y + h > top
    )));
}

#[test]
fn the_grid_is_drawn_before_the_bars() {
    let d = draw(&sample(), 470.0, fonts()).unwrap();
    let g = grid(&d);
    assert_eq!(g.len(), 6);
    let first_rect = d
        .items
        .iter()
        .position(|item| matches!(item, Item::Rect { .. }))
        .unwrap();
    assert!(g.iter().all(|&(n, ..)| n < first_rect));
    let (left, right) = plot(&d);
    for (k, &(_, x, y0, y1)) in g.iter().enumerate() {
        let expected = left + (right - left) * k as f32 / 5.0;
        assert!((x - expected).abs() < EPS);
        assert_eq!(y0, bar_top(0));
        assert_eq!(y1, bar_top(2) + 16.0);
    }
    assert_eq!(g[5].1, right);
}

#[test]
fn texts_are_aligned_and_centred_on_their_bars() {
    let d = draw(&sample(), 470.0, fonts()).unwrap();
    let face = regular();
    let (left, right) = plot(&d);
    let shift = (face.ascent(11.0) - face.descent(11.0)) / 2.0;
    for (i, (label, note)) in [
        ("Nhóm I", "28,6%"),
        ("Nhóm II", "–"),
        ("Nhóm III", "100,0%"),
    ]
    .into_iter()
    .enumerate()
    {
        let (x, y) = text(&d, label);
        assert!((x + face.width(label, 11.0) - (left - 6.0)).abs() < EPS);
        assert!((y - (bar_top(i) + 8.0 + shift)).abs() < EPS);
        let (x, y) = text(&d, note);
        assert_eq!(x, right + 4.0);
        assert!((y - (bar_top(i) + 8.0 + shift)).abs() < EPS);
    }
    // Every text is 11 pt regular.
    assert!(d.items.iter().all(|item| match item {
        Item::Text { style, size, .. } => *style == Style::Regular && *size == 11.0,
        _ => true,
    }));
    // Tick labels under the last bar, centred on their lines; the last one
    // kept inside the drawing.
    let bottom = bar_top(2) + 16.0;
    let g = grid(&d);
    for (k, tick) in ["0%", "20%", "40%", "60%", "80%", "100%"]
        .iter()
        .enumerate()
    {
        let (x, y) = text(&d, tick);
        let w = face.width(tick, 11.0);
        assert!(y - face.ascent(11.0) >= bottom);
        assert!(x + w <= d.width + EPS);
        if k < 5 {
            assert!((x + w / 2.0 - g[k].1).abs() < EPS);
        }
    }
    // With no notes at all, the right column is only 4 pt wide: "100%"
    // would stick out, and is pulled back in.
    let mut chart = sample();
    for b in &mut chart.bars {
        b.note.clear();
    }
    let d = draw(&chart, 470.0, fonts()).unwrap();
    let (x, _) = text(&d, "100%");
    assert!((x + face.width("100%", 11.0) - 470.0).abs() < EPS);
}

#[test]
fn the_legend_wraps_only_when_narrow() {
    let wide = draw(&sample(), 470.0, fonts()).unwrap();
    let narrow = draw(&sample(), 200.0, fonts()).unwrap();
    let wide_rows = legend_rows(&wide);
    let narrow_rows = legend_rows(&narrow);
    assert_eq!(wide_rows.len(), 1);
    assert_eq!(wide_rows[0].1.len(), 6);
    assert!(narrow_rows.len() > 1, "{narrow_rows:?}");
    assert_eq!(narrow_rows.iter().map(|r| r.1.len()).sum::<usize>(), 6);
    // Rows 14 pt apart, each starting at the plot's left edge, none past
    // the width.
    for rows in [&wide_rows, &narrow_rows] {
        for pair in rows.windows(2) {
            assert!((pair[1].0 - pair[0].0 - 14.0).abs() < EPS);
        }
    }
    let face = regular();
    let names = sample().series;
    let mut n = 0;
    for (d, rows) in [(&wide, &wide_rows), (&narrow, &narrow_rows)] {
        let (left, _) = plot(d);
        n = 0;
        for (_, xs) in rows {
            assert_eq!(xs[0], left);
            for &x in xs {
                let end = x + 8.0 + 3.0 + face.width(&names[n], 11.0);
                assert!(end <= d.width + EPS, "{} ends at {end}", names[n]);
                let (tx, _) = text(d, &names[n]);
                assert_eq!(tx, x + 11.0);
                n += 1;
            }
        }
    }
    assert_eq!(n, 6);
    // Same bars, same ticks: the height grows by a row pitch per wrap.
    let grown = narrow.height - wide.height;
    assert!((grown - 14.0 * (narrow_rows.len() - 1) as f32).abs() < EPS);
    // The drawing ends 4 pt under the last legend row.
    let last = narrow_rows[narrow_rows.len() - 1].0 + 4.0;
    let half_text = (face.ascent(11.0) + face.descent(11.0)) / 2.0;
    assert!((narrow.height - (last + half_text + 4.0)).abs() < EPS);
}

#[test]
fn drawing_is_deterministic() {
    let a = draw(&sample(), 470.0, fonts()).unwrap();
    let b = draw(&sample(), 470.0, fonts()).unwrap();
    assert_eq!(a, b);
}

#[test]
fn a_missing_glyph_is_an_error() {
    let cases = [(0, "Nhóm 中"), (1, "中"), (2, "Quá hạn 中")];
    for (what, bad) in cases {
        let mut chart = sample();
        match what {
            0 => chart.bars[1].label = bad.to_owned(),
            1 => chart.bars[2].note = bad.to_owned(),
            _ => chart.series[3] = bad.to_owned(),
        }
        match draw(&chart, 470.0, fonts()) {
            Err(LayoutError::MissingGlyph { ch, face, context }) => {
                assert_eq!(ch, '中');
                assert_eq!(face, "LiberationSerif");
                assert_eq!(context, bad);
            }
            other => panic!("{bad}: {other:?}"),
        }
    }
}

#[test]
fn the_palette_stays_apart_in_greyscale() {
    // CIE L* of an sRGB colour.
    let lightness = |c: Rgb| {
        let lin = |v: u8| {
            let v = f64::from(v) / 255.0;
            if v <= 0.04045 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        let y = 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
        116.0 * y.cbrt() - 16.0
    };
    for (i, &a) in PALETTE.iter().enumerate() {
        for &b in &PALETTE[i + 1..] {
            let gap = (lightness(a) - lightness(b)).abs();
            assert!(gap >= 10.0, "{a:?} and {b:?} are {gap:.1} apart");
        }
        // Even the lightest shows on white paper.
        assert!(lightness(a) <= 93.0);
    }
}

fn ihdr_size(png: &[u8]) -> (u32, u32) {
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    assert_eq!(&png[12..16], b"IHDR");
    let be = |at: usize| u32::from_be_bytes([png[at], png[at + 1], png[at + 2], png[at + 3]]);
    (be(16), be(20))
}

#[test]
fn the_png_has_the_drawings_size_and_is_reproducible() {
    let d = draw(&sample(), 470.0, fonts()).unwrap();
    for dpi in [72.0f32, 150.0, 200.0] {
        let png = to_png(&d, fonts(), dpi).unwrap();
        let expected = (
            (d.width * dpi / 72.0).ceil() as u32,
            (d.height * dpi / 72.0).ceil() as u32,
        );
        assert_eq!(ihdr_size(&png), expected);
        assert_eq!(png, to_png(&d, fonts(), dpi).unwrap());
    }
}

#[test]
fn png_pixels_have_the_colours_drawn() {
    let d = draw(&sample(), 470.0, fonts()).unwrap();
    let dpi = 200.0;
    let scale = dpi / 72.0;
    let pixmap = tiny_skia::Pixmap::decode_png(&to_png(&d, fonts(), dpi).unwrap()).unwrap();
    let rgb = |x: f32, y: f32| {
        let p = pixmap
            .pixel((x * scale) as u32, (y * scale) as u32)
            .unwrap();
        assert_eq!(p.alpha(), 255);
        [p.red(), p.green(), p.blue()]
    };
    for (x, w, fill) in segments(&d, 0) {
        assert_eq!(rgb(x + w / 2.0, bar_top(0) + 8.0), fill);
    }
    // Background, and the inside of the empty bar.
    assert_eq!(rgb(0.5, 0.5), [255, 255, 255]);
    let (left, right) = plot(&d);
    assert_eq!(rgb((left + right) / 2.0 + 5.0, bar_top(1) + 8.0), [255; 3]);
    // The labels are inked: some dark pixels left of each bar.
    for i in 0..3 {
        let dark = (0..(left * scale) as u32)
            .flat_map(|x| {
                let y0 = (bar_top(i) * scale) as u32;
                (y0..y0 + (16.0 * scale) as u32).map(move |y| (x, y))
            })
            .filter(|&(x, y)| pixmap.pixel(x, y).unwrap().red() < 64)
            .count();
        assert!(dark > 50, "bar {i}: {dark} dark pixels");
    }
}

#[test]
fn to_png_refuses_what_it_cannot_draw() {
    let d = draw(&sample(), 470.0, fonts()).unwrap();
    for dpi in [0.0, -72.0, f32::NAN, f32::INFINITY, 1e9] {
        assert!(matches!(
            to_png(&d, fonts(), dpi),
            Err(RasterError::Size { .. })
        ));
    }
    let empty = Drawing {
        width: 0.0,
        height: 10.0,
        items: Vec::new(),
    };
    assert!(to_png(&empty, fonts(), 200.0).is_err());
}

/// The chart a report shows, written to `$VANBAN_CHART_PNG` (at 200 dpi)
/// when that is set, to be looked at.
#[test]
fn a_report_chart() {
    let chart = Chart {
        series: vanban_core::status::Category::ALL
            .map(|c| c.label().to_owned())
            .to_vec(),
        bars: vec![
            bar("Nhóm I", [10, 2, 3, 2, 1, 1], "52,6%"),
            bar("Nhóm II", [4, 0, 6, 1, 0, 3], "28,6%"),
            bar("Nhóm III", [0; 6], "–"),
            bar("Nhóm IV", [1, 1, 0, 5, 2, 0], "22,2%"),
            bar("Nhóm V", [0, 0, 0, 0, 0, 7], "0,0%"),
        ],
    };
    let d = draw(&chart, 470.0, fonts()).unwrap();
    let png = to_png(&d, fonts(), 200.0).unwrap();
    assert_eq!(ihdr_size(&png).0, 1306);
    if let Some(path) = std::env::var_os("VANBAN_CHART_PNG") {
        std::fs::write(path, &png).unwrap();
    }
}
