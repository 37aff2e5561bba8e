//! Valid programs and status files of any shape, from arbitrary bytes.
//!
//! Byte mutation almost never yields a valid program, so a fuzzer fed with
//! raw YAML barely reaches the renderer. [`generate`] reads its choices from
//! an [`arbitrary::Unstructured`] instead and writes a program and a status
//! file that the loader accepts by construction: a Party or a state
//! document, 1 to many groups and tasks, long texts full of symbols, dates,
//! hyphenated words and long agency names, up to six coordinators, every
//! time frame, extreme but legal figures. In [`Mode::Hostile`] it also puts
//! in what a careless or hostile user would: control characters, invisible
//! and bidirectional characters, letters no font of ours has, impossible
//! numbers; the loader may refuse those, but nothing may panic.
//!
//! Used by the fuzz target `fuzz/fuzz_targets/render.rs` and by the
//! workspace tests that drive the same generator from fixed seeds.

use std::fmt::Write;

use arbitrary::{Result, Unstructured};

/// What the generator may put in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Only what a valid document may hold: the loader must accept it.
    Valid,
    /// Also characters and numbers the loader must refuse with a diagnostic.
    Hostile,
}

/// Upper bounds of one generated document (keep a fuzz run fast).
#[derive(Clone, Copy, Debug)]
pub struct Shape {
    /// Task groups, at most.
    pub groups: usize,
    /// Tasks in all, at most.
    pub tasks: usize,
    /// Words of one text, at most.
    pub words: usize,
    /// Render the report on the status file too (its chart is the slow part).
    pub report: bool,
}

impl Default for Shape {
    fn default() -> Self {
        Shape {
            groups: 40,
            tasks: 120,
            words: 260,
            report: true,
        }
    }
}

/// A generated program and a status file on it.
#[derive(Clone, Debug)]
pub struct Generated {
    /// The program, as YAML.
    pub program: String,
    /// A status file on the program, as YAML.
    pub status: String,
    /// `true` for a Party document (HD 36), `false` for a state one (NĐ 30).
    pub party: bool,
    /// How many groups and tasks the program has.
    pub groups: usize,
    /// How many tasks in all.
    pub tasks: usize,
}

const WORDS: &[&str] = &[
    "tổ",
    "chức",
    "triển",
    "khai",
    "thực",
    "hiện",
    "nghị",
    "quyết",
    "chương",
    "trình",
    "hành",
    "động",
    "kế",
    "hoạch",
    "cán",
    "bộ",
    "đảng",
    "viên",
    "nhân",
    "dân",
    "phường",
    "quận",
    "tỉnh",
    "rà",
    "soát",
    "kiện",
    "toàn",
    "bộ",
    "máy",
    "chuyển",
    "đổi",
    "số",
    "kinh",
    "tế",
    "xã",
    "hội",
    "văn",
    "hóa",
    "giáo",
    "dục",
    "y",
    "tế",
    "an",
    "ninh",
    "quốc",
    "phòng",
    "đô",
    "thị",
    "môi",
    "trường",
    "đầu",
    "tư",
    "công",
    "nâng",
    "cao",
    "chất",
    "lượng",
    "hiệu",
    "quả",
    "đẩy",
    "mạnh",
    "cải",
    "cách",
    "thủ",
    "tục",
    "giải",
    "quyết",
    "kịp",
    "thời",
    "bảo",
    "đảm",
    "tiến",
    "độ",
    "Ủy",
    "ban",
    "Mặt",
    "trận",
    "Tổ",
    "quốc",
    "Việt",
    "Nam",
    "Đà",
    "Nẵng",
    "Sơn",
    "Trà",
];

const TOKENS: &[&str] = &[
    "57-NQ/TW",
    "209-KL/TU",
    "11-CTr/QU",
    "15-KH/BTGDVTU",
    "13/2023/NĐ-CP",
    "93/2025/QH15",
    "1234/QĐ-UBND",
    "30/11/2025",
    "05/12/2022",
    "VIII",
    "XIII",
    "(DDCI)",
    "Techmart",
    "2026 – 2030",
    "2020 - 2025",
    "100%",
    "2.150",
    "12,5%",
    "TP.HCM",
    "TN&MT",
    "kinh tế - xã hội",
    "“tự diễn biến”",
    "\"tự chuyển hóa\"",
    "<b>",
    "&amp;",
    "{{x}}",
    "a\\b",
    "(thí điểm)",
    "v.v.",
    "Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh",
    "chống-tham-nhũng-lãng-phí-tiêu-cực-trong-công-tác-cán-bộ-và-quản-lý-đất-đai",
    "https://dichvucong.gov.vn/p/home/dvc-trang-chu.html",
    ";",
    ":",
    ",",
    ".",
    "–",
    "./.",
];

/// Characters a hostile text may hold: each must be refused, normalised or
/// rendered, never passed through into a broken file.
const HOSTILE: &[char] = &[
    '\u{0}',
    '\u{1}',
    '\u{8}',
    '\u{b}',
    '\u{c}',
    '\u{1b}',
    '\u{1f}',
    '\u{7f}',
    '\u{85}',
    '\u{a0}',
    '\u{ad}',
    '\u{200b}',
    '\u{200c}',
    '\u{200d}',
    '\u{200e}',
    '\u{202a}',
    '\u{202e}',
    '\u{2028}',
    '\u{2060}',
    '\u{2066}',
    '\u{feff}',
    '\u{fdd0}',
    '\u{fffe}',
    '\u{ffff}',
    '\u{1fffe}',
    '\t',
    '\r',
    '\u{301}',
    '\u{323}',
    'ع',
    '中',
    '😀',
    '\u{e000}',
    '\u{10ffff}',
];

const AGENCY_KINDS: &[&str] = &["chính quyền", "mặt trận", "đoàn thể", "công an", "quân sự"];

fn pick<'a, T>(u: &mut Unstructured, items: &'a [T]) -> Result<&'a T> {
    u.choose(items)
}

/// A text of up to `max` words, at least one.
fn text(u: &mut Unstructured, max: usize, mode: Mode) -> Result<String> {
    let n = u.int_in_range(1..=max.max(1))?;
    let mut s = String::new();
    for i in 0..n {
        if u.is_empty() && i > 0 {
            break;
        }
        let word: String = match u.int_in_range(0..=99u8)? {
            0..=79 => pick(u, WORDS)?.to_string(),
            80..=95 => pick(u, TOKENS)?.to_string(),
            // One word in about 600: a hostile document carries a few such
            // characters, a short one sometimes none the loader refuses.
            _ if mode == Mode::Hostile && u.ratio(1, 25)? => match u.int_in_range(0..=2u8)? {
                0 => pick(u, HOSTILE)?.to_string(),
                1 => u.arbitrary::<char>()?.to_string(),
                _ => format!("x{}y", pick(u, HOSTILE)?),
            },
            _ => pick(u, WORDS)?.to_uppercase(),
        };
        if !s.is_empty() && !matches!(word.as_str(), ";" | ":" | "," | ".") {
            s.push(' ');
        }
        s.push_str(&word);
    }
    // A value starts with a letter, as staff write it.
    if !s.chars().next().is_some_and(char::is_alphanumeric) {
        s.insert_str(0, "Nội dung ");
    }
    Ok(s)
}

/// A double-quoted YAML scalar holding exactly `s`.
fn q(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20
                || ('\u{7f}'..='\u{9f}').contains(&c)
                || matches!(c, '\u{2028}' | '\u{2029}' | '\u{feff}')
                || (c as u32) >= 0xfffe && (c as u32) & 0xfffe == 0xfffe
                || ('\u{e000}'..='\u{f8ff}').contains(&c)
                || ('\u{fdd0}'..='\u{fdef}').contains(&c) =>
            {
                if (c as u32) <= 0xffff {
                    let _ = write!(out, "\\u{:04X}", c as u32);
                } else {
                    let _ = write!(out, "\\U{:08X}", c as u32);
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

const ROMAN: [&str; 4] = ["I", "II", "III", "IV"];

/// A time frame of any accepted form, after the document's year.
fn timeframe(u: &mut Unstructured, year: i32) -> Result<String> {
    let y = year + u.int_in_range(1..=4)?;
    Ok(match u.int_in_range(0..=9u8)? {
        0 => format!(
            "{:02}/{:02}/{y}",
            u.int_in_range(1..=28u32)?,
            u.int_in_range(1..=12u32)?
        ),
        1 => format!("Tháng {}/{y}", u.int_in_range(1..=12u32)?),
        2 => format!("Quý {}/{y}", pick(u, &ROMAN)?),
        3 => format!("6 tháng đầu năm {y}"),
        4 => format!("6 tháng cuối năm {y}"),
        5 => format!("Năm {y}"),
        6 => format!("{y} – {}", y + u.int_in_range(1..=5)?),
        7 => "Hằng năm".into(),
        8 => "Thường xuyên".into(),
        _ => format!("Đến năm {}", y.max(2030)),
    })
}

/// A figure of a target, as written in YAML.
fn figure(u: &mut Unstructured, mode: Mode) -> Result<String> {
    if mode == Mode::Hostile && u.ratio(1, 8)? {
        return Ok(pick(
            u,
            &[
                ".nan",
                ".inf",
                "-.inf",
                "-5",
                "123456789012345678901234567890",
                "1e400",
                "0.000000000000000000001",
            ],
        )?
        .to_string());
    }
    Ok(match u.int_in_range(0..=3u8)? {
        0 => u.int_in_range(0..=100u32)?.to_string(),
        1 => format!(
            "{}.{}",
            u.int_in_range(0..=99u32)?,
            u.int_in_range(1..=9u32)?
        ),
        2 => u.int_in_range(100..=999_999u32)?.to_string(),
        _ => "100".into(),
    })
}

struct Issuer {
    header: &'static str,
    abbr: &'static str,
}

const PARTY: &[Issuer] = &[
    Issuer {
        header: "issuer:\n  name: Quận ủy Sơn Trà\n  abbreviation: QU\n  place: Sơn Trà\n  kind: cấp ủy\n  standing_committee: Ban Thường vụ Quận ủy\n  superior:\n    name: Đảng bộ thành phố Đà Nẵng\n    abbreviation: TU\n    place: Đà Nẵng\n",
        abbr: "QU",
    },
    Issuer {
        header: "issuer:\n  name: Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh Quảng Ngãi\n  abbreviation: ĐUK\n  place: Quảng Ngãi\n  kind: cấp ủy\n  standing_committee: Ban Thường vụ Đảng ủy Khối\n  superior:\n    name: Đảng bộ tỉnh Quảng Ngãi\n    abbreviation: TU\n    place: Quảng Ngãi\n",
        abbr: "ĐUK",
    },
];

const STATE: &[Issuer] = &[
    Issuer {
        header: "issuer:\n  name: Ủy ban nhân dân phường An Hải\n  abbreviation: UBND\n  place: An Hải\n  kind: ủy ban nhân dân\n",
        abbr: "UBND",
    },
    Issuer {
        header: "issuer:\n  name: Ủy ban nhân dân xã Hòa Vang Thượng Nguồn Sông Cu Đê\n  abbreviation: UBND\n  place: Hòa Vang\n  kind: ủy ban nhân dân\n",
        abbr: "UBND",
    },
];

/// A program and a status file from `u`, within `shape`.
pub fn generate(u: &mut Unstructured, shape: Shape, mode: Mode) -> Result<Generated> {
    let party = u.arbitrary::<bool>()?;
    let issuer = pick(u, if party { PARTY } else { STATE })?;
    let year = u.int_in_range(2022..=2026)?;
    let month = u.int_in_range(1..=12u32)?;
    let day = u.int_in_range(1..=28u32)?;
    let number = u.int_in_range(1..=9999u32)?;
    let words = shape.words;
    let mut p = String::new();
    p.push_str(issuer.header);
    let (symbol, kind) = if party {
        (
            format!("{number}-CTr/{}", issuer.abbr),
            "chương trình hành động",
        )
    } else {
        (format!("{number}/KH-UBND"), "kế hoạch")
    };
    let _ = write!(
        p,
        "\ndocument:\n  kind: {kind}\n  symbol: {}\n  date: {day}/{month}/{year}\n  summary: {}\n",
        q(&symbol),
        q(&format!(
            "thực hiện Kết luận số 209-KL/TU về {}",
            text(u, 40, mode)?
        ))
    );
    p.push_str(&signer(u, party, false)?);
    recipients(u, &mut p, mode)?;
    let _ = write!(
        p,
        "\ncited:\n  - id: kl-209\n    kind: kết luận\n    symbol: 209-KL/TU\n    date: 22/6/2021\n    issuer: Ban Thường vụ Thành ủy Đà Nẵng\n    subject: {}\n    role: thực hiện\n",
        q(&text(u, 30, mode)?)
    );
    // Agencies: a few, or very many with long names.
    let agencies = u.int_in_range(1..=60usize)?;
    p.push_str("\nagencies:\n");
    for i in 0..agencies {
        let name = if u.ratio(1, 4)? {
            format!("Ban {} {}", text(u, 18, mode)?, i)
        } else {
            format!("Phòng {} {i}", text(u, 4, mode)?)
        };
        let kind = if party && u.ratio(1, 3)? {
            "đảng"
        } else {
            pick(u, AGENCY_KINDS)?
        };
        let _ = write!(
            p,
            "  - id: a{i}\n    name: {}\n    kind: {kind}\n",
            q(&name)
        );
        if u.ratio(1, 3)? {
            let _ = writeln!(
                p,
                "    short: {}",
                q(&format!("P.{i} {}", text(u, 2, mode)?))
            );
        }
    }
    for key in ["purposes", "requirements"] {
        let _ = writeln!(p, "\n{key}:");
        for _ in 0..u.int_in_range(1..=5)? {
            let _ = writeln!(p, "  - {}", q(&text(u, words, mode)?));
        }
    }
    let _ = write!(
        p,
        "\nobjectives:\n  general: {}\n  targets:\n",
        q(&text(u, words, mode)?)
    );
    for _ in 0..u.int_in_range(1..=8)? {
        let target_year = if mode == Mode::Hostile && u.ratio(1, 10)? {
            pick(u, &[-1, 0, 99999, 1200])?.to_string()
        } else {
            (year + u.int_in_range(1..=8)?).to_string()
        };
        let _ = write!(
            p,
            "    - text: {}\n      value: {}\n      unit: \"%\"\n      year: {target_year}\n",
            q(&text(u, 30, mode)?),
            figure(u, mode)?
        );
    }
    // Groups and tasks.
    let groups = u.int_in_range(1..=shape.groups.max(1))?;
    let mut task_ids = Vec::new();
    p.push_str("\ngroups:\n");
    for g in 0..groups {
        let _ = write!(p, "  - id: g{g}\n    title: {}\n", q(&text(u, 24, mode)?));
        if u.ratio(2, 3)? {
            let _ = writeln!(p, "    intro: {}", q(&text(u, words, mode)?));
        }
        p.push_str("    tasks:\n");
        let left = shape.tasks.saturating_sub(task_ids.len());
        let room = left.saturating_sub(groups - g - 1).max(1);
        let n = u.int_in_range(1..=room.min(30))?;
        for _ in 0..n {
            let id = format!("t{}", task_ids.len() + 1);
            let lead = u.int_in_range(0..=agencies - 1)?;
            let _ = write!(
                p,
                "      - id: {id}\n        content: {}\n        lead: a{lead}\n",
                q(&text(u, words * 2, mode)?)
            );
            if u.ratio(1, 5)? {
                let _ = writeln!(p, "        advisor: a{}", u.int_in_range(0..=agencies - 1)?);
            }
            let mut coordinators: Vec<usize> = Vec::new();
            for _ in 0..u.int_in_range(0..=6usize)? {
                let c = u.int_in_range(0..=agencies - 1)?;
                if c != lead && !coordinators.contains(&c) {
                    coordinators.push(c);
                }
            }
            if !coordinators.is_empty() {
                let list: Vec<String> = coordinators.iter().map(|c| format!("a{c}")).collect();
                let _ = writeln!(p, "        coordinators: [{}]", list.join(", "));
            }
            let _ = writeln!(p, "        timeframe: {}", q(&timeframe(u, year)?));
            if u.ratio(1, 2)? {
                let _ = writeln!(p, "        product: {}", q(&text(u, 12, mode)?));
            }
            task_ids.push(id);
        }
    }
    p.push_str("\nimplementation:\n");
    for _ in 0..u.int_in_range(1..=6)? {
        let a = u.int_in_range(0..=agencies - 1)?;
        let _ = write!(
            p,
            "  - agencies: [a{a}]\n    text: {}\n",
            q(&text(u, words, mode)?)
        );
    }
    let _ = writeln!(p, "\nclosing: {}", q(&text(u, words, mode)?));

    let status = status(u, party, issuer.abbr, year, &task_ids, words, mode)?;
    Ok(Generated {
        program: p,
        status,
        party,
        groups,
        tasks: task_ids.len(),
    })
}

fn signer(u: &mut Unstructured, party: bool, report: bool) -> Result<String> {
    let indent = "  ";
    Ok(if party {
        let title = pick(u, &["Bí thư", "Phó Bí thư", "Phó Bí thư Thường trực"])?;
        format!(
            "{indent}signer:\n{indent}  authority: T/M BAN THƯỜNG VỤ\n{indent}  title: {title}\n{indent}  name: Nguyễn Văn A\n"
        )
    } else if report || u.arbitrary::<bool>()? {
        format!(
            "{indent}signer:\n{indent}  authority: KT. Chủ tịch\n{indent}  title: Phó Chủ tịch\n{indent}  name: Lê Văn C\n"
        )
    } else {
        format!(
            "{indent}signer:\n{indent}  authority: [TM. Ủy ban nhân dân, KT. Chủ tịch]\n{indent}  title: Phó Chủ tịch\n{indent}  name: Lê Văn C\n"
        )
    })
}

fn recipients(u: &mut Unstructured, out: &mut String, mode: Mode) -> Result<()> {
    out.push_str("  recipients:\n");
    for _ in 0..u.int_in_range(1..=12)? {
        let _ = writeln!(out, "    - name: {}", q(&text(u, 16, mode)?));
        if u.ratio(1, 3)? {
            let _ = writeln!(
                out,
                "      purpose: {}",
                pick(u, &["để b/c", "để t/h", "để phối hợp"])?
            );
        }
    }
    let _ = writeln!(out, "  archive: {}", q(&text(u, 6, mode)?));
    Ok(())
}

fn status(
    u: &mut Unstructured,
    party: bool,
    abbr: &str,
    year: i32,
    tasks: &[String],
    words: usize,
    mode: Mode,
) -> Result<String> {
    let number = u.int_in_range(1..=9999u32)?;
    let symbol = if party {
        format!("{number}-BC/{abbr}")
    } else {
        format!("{number}/BC-UBND")
    };
    let as_of = format!("31/12/{}", year + 2);
    let mut s = String::new();
    let _ = write!(
        s,
        "report:\n  kind: {}\n  period:\n    from: 1/1/{}\n    to: {as_of}\n  as_of: {as_of}\n  symbol: {}\n  date: 10/1/{}\n",
        if party { "sơ kết" } else { "định kỳ" },
        year + 1,
        q(&symbol),
        year + 3
    );
    if !party {
        let _ = writeln!(s, "  summary: {}", q(&text(u, 30, mode)?));
    }
    s.push_str(&signer(u, party, true)?);
    recipients(u, &mut s, mode)?;
    s.push_str("\nnarrative:\n");
    for key in [
        "leadership",
        "results",
        "strengths",
        "shortcomings",
        "next_tasks",
    ] {
        let _ = writeln!(s, "  {key}:");
        for _ in 0..u.int_in_range(1..=3)? {
            let _ = writeln!(s, "    - {}", q(&text(u, words, mode)?));
        }
    }
    s.push_str("\ntasks:\n");
    let start = s.len();
    for id in tasks {
        match u.int_in_range(0..=4u8)? {
            0 => continue,
            1 | 2 => {
                let _ = write!(
                    s,
                    "  - id: {id}\n    completed: {}/{}/{}\n    result: {}\n",
                    u.int_in_range(1..=28u32)?,
                    u.int_in_range(1..=12u32)?,
                    year + 1,
                    q(&text(u, 20, mode)?)
                );
            }
            3 => {
                let _ = write!(
                    s,
                    "  - id: {id}\n    progress:\n      - {}\n",
                    q(&text(u, 30, mode)?)
                );
            }
            _ => {
                let _ = write!(
                    s,
                    "  - id: {id}\n    delay_reason: {}\n",
                    q(&text(u, 30, mode)?)
                );
            }
        }
    }
    if s.len() == start {
        s.truncate(start - 1);
        s.push_str(" []\n");
    }
    Ok(s)
}

/// Bytes for [`Unstructured`] from a seed: the same seed, the same bytes
/// (xorshift; for tests that drive the generator without a fuzzer).
pub fn seed_bytes(seed: u64, len: usize) -> Vec<u8> {
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

mod exercise;
pub use exercise::{Outcome, exercise};
