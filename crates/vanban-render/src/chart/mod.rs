//! The completion chart: for each task group, how its tasks split into
//! status categories, as a horizontal 100 %-stacked bar chart.
//!
//! [`draw`] lays the chart out once, as a [`Drawing`] of rectangles, lines
//! and text in points; the PDF backend draws those items as vectors and
//! [`to_png`] rasterises the same items for the .docx, so both show the
//! same picture. Text is measured with the font's advance widths, without
//! kerning, exactly as the layout engine measures it.
//!
//! The layout, top to bottom: one bar per group (label on the left, right-
//! aligned; note on the right), vertical grid lines at every 20 % behind the
//! bars, the tick labels under them, then the legend, wrapped to the width.

mod raster;

#[cfg(test)]
mod tests;

pub use raster::{RasterError, to_png};

use crate::fonts::{Face, FontSet, Style};
use crate::layout::LayoutError;

/// An sRGB colour.
pub type Rgb = [u8; 3];

/// The colour of series `i` (wrapping after six), in the order the status
/// categories are reported: done on time (dark green), done late (light
/// green), not done and still in time (blue), overdue (red), ongoing
/// (grey), not yet due (very light grey).
///
/// Their lightnesses (CIE L\* 31, 80, 55, 43, 68, 92) are about 12 apart,
/// so the series stay apart when the page is printed in greyscale.
pub const PALETTE: [Rgb; 6] = [
    [20, 85, 45],
    [160, 212, 160],
    [70, 135, 210],
    [190, 50, 40],
    [165, 165, 165],
    [232, 232, 232],
];

/// A chart to draw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chart {
    /// The legend's labels, in stacking order (left to right); series `i`
    /// is filled with `PALETTE[i % 6]`.
    pub series: Vec<String>,
    /// The bars, top to bottom.
    pub bars: Vec<Bar>,
}

/// One bar: one group of tasks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bar {
    /// The text left of the bar ("Nhóm I").
    pub label: String,
    /// The count of each series, in the order of [`Chart::series`]; a
    /// missing count is zero.
    pub values: Vec<usize>,
    /// The text right of the bar ("52,6%"); may be empty.
    pub note: String,
}

/// A laid-out chart, in points (1/72 in), origin at the top-left corner,
/// y growing downwards. Items are painted in order, later over earlier.
#[derive(Debug, Clone, PartialEq)]
pub struct Drawing {
    /// Width, points.
    pub width: f32,
    /// Height, points.
    pub height: f32,
    /// What to paint, in painting order.
    pub items: Vec<Item>,
}

/// One thing to paint.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// A filled rectangle, no outline.
    Rect {
        /// Left edge.
        x: f32,
        /// Top edge.
        y: f32,
        /// Width.
        w: f32,
        /// Height.
        h: f32,
        /// Fill colour.
        fill: Rgb,
    },
    /// A straight stroke with butt caps.
    Line {
        /// Start x.
        x0: f32,
        /// Start y.
        y0: f32,
        /// End x.
        x1: f32,
        /// End y.
        y1: f32,
        /// Line width, points.
        width: f32,
        /// Colour.
        color: Rgb,
    },
    /// Black text on one baseline, advanced by the face's widths, no kerning.
    Text {
        /// Left edge of the first character.
        x: f32,
        /// Baseline.
        y: f32,
        /// Face.
        style: Style,
        /// Size, points.
        size: f32,
        /// The text.
        text: String,
    },
}

/// Size of every text of the chart, points.
const TEXT_SIZE: f32 = 11.0;
/// Face of every text of the chart.
const TEXT_STYLE: Style = Style::Regular;
/// Space above the first bar.
const TOP: f32 = 6.0;
/// Height of a bar.
const BAR_HEIGHT: f32 = 16.0;
/// Space between two bars.
const BAR_GAP: f32 = 8.0;
/// Space between a bar's label and the plot.
const LABEL_GAP: f32 = 6.0;
/// Space between the plot and a bar's note.
const NOTE_GAP: f32 = 4.0;
/// Space between the last bar and the top of the tick labels.
const TICK_GAP: f32 = 3.0;
/// Space between the bottom of the tick labels and the top of the legend.
const LEGEND_GAP: f32 = 6.0;
/// Side of a legend swatch.
const SWATCH: f32 = 8.0;
/// Space between a swatch and its label.
const SWATCH_GAP: f32 = 3.0;
/// Space between two legend entries on one row.
const ENTRY_GAP: f32 = 12.0;
/// Distance between the centres of two legend rows.
const ROW_PITCH: f32 = 14.0;
/// Space under the legend.
const BOTTOM: f32 = 4.0;
/// Grid lines and the outline of an empty bar.
const THIN: f32 = 0.5;
/// Colour of the grid lines.
const GRID: Rgb = [191, 191, 191];
/// Colour of the outline of an empty bar.
const OUTLINE: Rgb = [128, 128, 128];
/// Grid lines, as fifths of the plot: 0 %, 20 %, … 100 %.
const GRID_STEPS: usize = 5;

/// Lays a chart out `width` points wide; the height follows from the
/// number of bars and how often the legend wraps.
///
/// The label column is as wide as the widest label plus 6 pt, the note
/// column as wide as the widest note plus 4 pt, and the plot takes the rest
/// (nothing if the columns leave no room). A bar whose counts are all zero
/// is drawn as an outline only. Fails if the font lacks a character of a
/// label, a note or a series name.
pub fn draw(chart: &Chart, width: f32, fonts: &FontSet) -> Result<Drawing, LayoutError> {
    let face = fonts.face(TEXT_STYLE);
    let (mut widest_label, mut widest_note) = (0.0f32, 0.0f32);
    for bar in &chart.bars {
        widest_label = widest_label.max(measure(face, &bar.label)?);
        widest_note = widest_note.max(measure(face, &bar.note)?);
    }
    draw_with(chart, width, fonts, widest_label, widest_note)
}

/// The chart in as few parts as keep each at most `max_height` points
/// high, the bars shared out evenly and in order; every part has the same
/// columns, its own axis and legend. One part (the whole chart) when it
/// fits, or when not even one bar would.
pub fn draw_parts(
    chart: &Chart,
    width: f32,
    max_height: f32,
    fonts: &FontSet,
) -> Result<Vec<Drawing>, LayoutError> {
    let whole = draw(chart, width, fonts)?;
    let n = chart.bars.len();
    if whole.height <= max_height || n < 2 {
        return Ok(vec![whole]);
    }
    let face = fonts.face(TEXT_STYLE);
    let (mut widest_label, mut widest_note) = (0.0f32, 0.0f32);
    for bar in &chart.bars {
        widest_label = widest_label.max(measure(face, &bar.label)?);
        widest_note = widest_note.max(measure(face, &bar.note)?);
    }
    let pitch = BAR_HEIGHT + BAR_GAP;
    // What a part holds besides its bars: the axis, the legend, the margins.
    let frame = whole.height - n as f32 * pitch + BAR_GAP;
    let per_part = (((max_height - frame + BAR_GAP) / pitch).floor() as usize).max(1);
    let parts = n.div_ceil(per_part);
    let each = n.div_ceil(parts);
    chart
        .bars
        .chunks(each)
        .map(|bars| {
            let part = Chart {
                series: chart.series.clone(),
                bars: bars.to_vec(),
            };
            draw_with(&part, width, fonts, widest_label, widest_note)
        })
        .collect()
}

/// [`draw`] with the label and note columns given.
fn draw_with(
    chart: &Chart,
    width: f32,
    fonts: &FontSet,
    widest_label: f32,
    widest_note: f32,
) -> Result<Drawing, LayoutError> {
    let face = fonts.face(TEXT_STYLE);
    let ascent = face.ascent(TEXT_SIZE);
    let descent = face.descent(TEXT_SIZE);
    // From the vertical middle of a line of text to its baseline.
    let centre_to_baseline = (ascent - descent) / 2.0;
    let half_text = (ascent + descent) / 2.0;

    let mut labels = Vec::with_capacity(chart.bars.len());
    for bar in &chart.bars {
        labels.push(measure(face, &bar.label)?);
    }
    let left = widest_label + LABEL_GAP;
    let right = (width - (widest_note + NOTE_GAP)).max(left);
    let plot = right - left;

    let mut items = Vec::new();
    let bar_top = |i: usize| TOP + i as f32 * (BAR_HEIGHT + BAR_GAP);
    let bars_bottom = match chart.bars.len() {
        0 => TOP,
        n => bar_top(n - 1) + BAR_HEIGHT,
    };
    // The x of a fraction of the plot; the whole plot ends exactly at `right`.
    let at = |part: usize, whole: usize| {
        if part >= whole {
            right
        } else {
            left + (f64::from(plot) * part as f64 / whole as f64) as f32
        }
    };

    // Grid first, so the bars cover it.
    if !chart.bars.is_empty() {
        for step in 0..=GRID_STEPS {
            let x = at(step, GRID_STEPS);
            items.push(Item::Line {
                x0: x,
                y0: TOP,
                x1: x,
                y1: bars_bottom,
                width: THIN,
                color: GRID,
            });
        }
    }

    for (i, bar) in chart.bars.iter().enumerate() {
        let top = bar_top(i);
        let baseline = top + BAR_HEIGHT / 2.0 + centre_to_baseline;
        push_text(&mut items, widest_label - labels[i], baseline, &bar.label);
        let total: usize = bar.values.iter().sum();
        if total == 0 {
            outline(&mut items, left, top, right, top + BAR_HEIGHT);
        } else {
            let mut before = 0;
            for (series, &value) in bar.values.iter().enumerate() {
                if value == 0 {
                    continue;
                }
                let x0 = at(before, total);
                before += value;
                let x1 = at(before, total);
                items.push(Item::Rect {
                    x: x0,
                    y: top,
                    w: x1 - x0,
                    h: BAR_HEIGHT,
                    fill: PALETTE[series % PALETTE.len()],
                });
            }
        }
        push_text(&mut items, right + NOTE_GAP, baseline, &bar.note);
    }

    // Tick labels, centred under the grid lines, kept inside the drawing.
    let tick_baseline = bars_bottom + TICK_GAP + ascent;
    for step in 0..=GRID_STEPS {
        let text = format!("{}%", step * 100 / GRID_STEPS);
        let w = measure(face, &text)?;
        let x = (at(step, GRID_STEPS) - w / 2.0).min(width - w).max(0.0);
        push_text(&mut items, x, tick_baseline, &text);
    }

    // The legend, left-aligned on the plot, wrapped to the width.
    let row_half = half_text.max(SWATCH / 2.0);
    let mut centre = tick_baseline + descent + LEGEND_GAP + row_half;
    let mut x = left;
    let mut row_empty = true;
    for (series, name) in chart.series.iter().enumerate() {
        let entry = SWATCH + SWATCH_GAP + measure(face, name)?;
        if !row_empty && x + entry > width {
            centre += ROW_PITCH;
            x = left;
        }
        items.push(Item::Rect {
            x,
            y: centre - SWATCH / 2.0,
            w: SWATCH,
            h: SWATCH,
            fill: PALETTE[series % PALETTE.len()],
        });
        push_text(
            &mut items,
            x + SWATCH + SWATCH_GAP,
            centre + centre_to_baseline,
            name,
        );
        x += entry + ENTRY_GAP;
        row_empty = false;
    }
    let bottom = if chart.series.is_empty() {
        tick_baseline + descent
    } else {
        centre + row_half
    };

    Ok(Drawing {
        width,
        height: bottom + BOTTOM,
        items,
    })
}

/// The width of `text`, or the first character the face lacks.
fn measure(face: &Face, text: &str) -> Result<f32, LayoutError> {
    match face.missing(text) {
        Some(ch) => Err(LayoutError::missing(ch, face, text)),
        None => Ok(face.width(text, TEXT_SIZE)),
    }
}

/// Adds a text item, unless the text is empty.
fn push_text(items: &mut Vec<Item>, x: f32, y: f32, text: &str) {
    if !text.is_empty() {
        items.push(Item::Text {
            x,
            y,
            style: TEXT_STYLE,
            size: TEXT_SIZE,
            text: text.to_owned(),
        });
    }
}

/// The outline of an empty bar: four thin lines, the horizontal ones
/// lengthened by half the line width so the corners close.
fn outline(items: &mut Vec<Item>, x0: f32, y0: f32, x1: f32, y1: f32) {
    let h = THIN / 2.0;
    let line = |x0, y0, x1, y1| Item::Line {
        x0,
        y0,
        x1,
        y1,
        width: THIN,
        color: OUTLINE,
    };
    items.push(line(x0 - h, y0, x1 + h, y0));
    items.push(line(x1, y0, x1, y1));
    items.push(line(x1 + h, y1, x0 - h, y1));
    items.push(line(x0, y1, x0, y0));
}
