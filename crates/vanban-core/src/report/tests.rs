#![allow(clippy::unwrap_used, clippy::panic)]

use super::*;
use crate::diagnostic::test_line;
use crate::kinds::ReportKind;
use crate::status::Category;

const PROGRAM: &str = include_str!("../../../../examples/son-tra-11-ctr-qu.yaml");
const STATUS: &str = include_str!("../../../../examples/son-tra-11-ctr-qu.status.yaml");

fn program() -> Program {
    Program::from_yaml(PROGRAM, "p.yaml").unwrap().value
}

/// The diagnostics of `text` as "line:col severity code: message".
fn problems(text: &str) -> Vec<String> {
    let p = program();
    let diags = match StatusFile::from_yaml(text, "s.yaml", &p) {
        Ok(l) => l.warnings,
        Err(d) => d.0,
    };
    diags.iter().map(test_line).collect()
}

/// The example with `from` replaced by `to` (which must occur).
fn edited(from: &str, to: &str) -> String {
    assert!(STATUS.contains(from), "{from}");
    STATUS.replacen(from, to, 1)
}

fn line_of(needle: &str) -> usize {
    STATUS.lines().position(|l| l.contains(needle)).unwrap() + 1
}

#[test]
fn the_example_loads_clean() {
    let p = program();
    let loaded = StatusFile::from_yaml(STATUS, "s.yaml", &p).unwrap();
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    let s = loaded.value;
    assert_eq!(s.report.kind, ReportKind::Interim);
    assert_eq!(s.report.as_of.short(), "30/9/2023");
    assert_eq!(s.report.symbol.to_string(), "125-BC/QU");
    assert_eq!(s.report.due_soon_days, 92);
    assert_eq!(s.narrative.groups.len(), 5);
    assert_eq!(s.narrative.causes_subjective.len(), 1);
    assert_eq!(s.facts.len(), 17);
    let t18 = &s.facts["t18"];
    assert_eq!(
        t18.revision.as_ref().unwrap().timeframe.to_string(),
        "Quý II/2024"
    );
    // Every category occurs in the example.
    let o = s.overview(&p);
    for c in Category::ALL {
        assert!(o.total.get(c) > 0, "{c:?}");
    }
}

#[test]
fn as_of_defaults_to_the_end_of_the_period() {
    let p = program();
    let text = edited("  as_of: 30/9/2023\n", "");
    let s = StatusFile::from_yaml(&text, "s.yaml", &p).unwrap().value;
    assert_eq!(s.report.as_of, s.report.period.to);
    assert_eq!(s.report.due_soon_days, 92);
    let text = edited("  due_soon_days: 92\n", "");
    let s = StatusFile::from_yaml(&text, "s.yaml", &p).unwrap().value;
    assert_eq!(s.report.due_soon_days, DEFAULT_DUE_SOON_DAYS);
}

#[test]
fn the_due_soon_window_has_a_range() {
    let line = line_of("  due_soon_days: 92");
    for days in ["0", "367", "4294967295"] {
        let text = edited(
            "  due_soon_days: 92\n",
            &format!("  due_soon_days: {days}\n"),
        );
        assert_eq!(
            problems(&text),
            [format!(
                "{line}:18 error due-soon-days-out-of-range: due_soon_days {days} nằm ngoài khoảng 1–366 ngày"
            )]
        );
    }
    let text = edited("  due_soon_days: 92\n", "  due_soon_days: 366\n");
    assert!(problems(&text).is_empty());
}

#[test]
fn unknown_and_duplicate_ids() {
    let line = line_of("- id: t15");
    let text = edited("- id: t15", "- id: t51");
    assert_eq!(
        problems(&text),
        [format!(
            "{line}:9 error unknown-task: chương trình không có nhiệm vụ mã 't51'"
        )]
    );
    let text = edited("- id: t40\n", "- id: t01\n");
    let first = line_of("- id: t01");
    let line = line_of("- id: t40");
    assert_eq!(
        problems(&text),
        [format!(
            "{line}:9 error duplicate-id: mã nhiệm vụ 't01' bị trùng (đã dùng ở dòng {first})"
        )]
    );
    let line = line_of("group: nhom-5");
    let text = edited("group: nhom-5", "group: nhom-6");
    assert_eq!(
        problems(&text),
        [format!(
            "{line}:14 error unknown-group: chương trình không có nhóm nhiệm vụ mã 'nhom-6'"
        )]
    );
}

#[test]
fn dates_are_checked_against_the_program_and_the_period() {
    let line = line_of("completed: 25/10/2022");
    let text = edited("completed: 25/10/2022", "completed: 25/8/2022");
    assert_eq!(
        problems(&text),
        [format!(
            "{line}:16 error completed-before-program: ngày hoàn thành 25/8/2022 sớm hơn ngày ban hành chương trình (12/9/2022)"
        )]
    );
    let text = edited("completed: 25/10/2022", "completed: 25/10/2023");
    assert_eq!(
        problems(&text),
        [format!(
            "{line}:16 warning completed-after-as-of: ngày hoàn thành 25/10/2023 sau ngày chốt số liệu 30/9/2023: báo cáo này coi nhiệm vụ là chưa hoàn thành"
        )]
    );
    let line = line_of("date: 10/10/2023");
    let text = edited("date: 10/10/2023", "date: 29/9/2023");
    assert_eq!(
        problems(&text),
        [format!(
            "{line}:9 error report-before-period-end: ngày báo cáo 29/9/2023 sớm hơn ngày kết thúc kỳ báo cáo 30/9/2023"
        )]
    );
    let line = line_of("as_of: 30/9/2023");
    let text = edited("as_of: 30/9/2023", "as_of: 1/10/2023");
    assert_eq!(
        problems(&text),
        [format!(
            "{line}:10 error as-of-outside-period: ngày chốt số liệu 01/10/2023 nằm ngoài kỳ báo cáo 12/9/2022 – 30/9/2023"
        )]
    );
    let line = line_of("from: 12/9/2022");
    let text = edited("from: 12/9/2022", "from: 1/10/2023");
    let got = problems(&text);
    assert_eq!(
        got[0],
        format!(
            "{line}:11 error period-reversed: kỳ báo cáo bắt đầu (01/10/2023) sau khi kết thúc (30/9/2023)"
        )
    );
    let text = STATUS
        .replacen("to: 30/9/2023", "to: 30/6/2022", 1)
        .replacen("  as_of: 30/9/2023\n", "", 1)
        .replacen("from: 12/9/2022", "from: 1/1/2022", 1);
    let line = line_of("to: 30/9/2023");
    assert_eq!(
        problems(&text)[..1],
        [format!(
            "{line}:9 error period-before-program: kỳ báo cáo kết thúc ngày 30/6/2022, trước khi chương trình được ban hành (12/9/2022)"
        )]
    );
}

#[test]
fn the_report_symbol_and_signer_follow_the_program_rules() {
    let line = line_of("symbol: 125-BC/QU");
    let text = edited("symbol: 125-BC/QU", "symbol: 125-CTr/QU");
    assert_eq!(
        problems(&text),
        [format!(
            "{line}:11 warning symbol-type: ký hiệu '125-CTr/QU': chữ viết tắt 'CTr' không khớp với loại văn bản 'báo cáo'"
        )]
    );
    let text = edited("    authority: T/M BAN THƯỜNG VỤ\n", "");
    let got = problems(&text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].contains("error authority-needs-tm"), "{got:?}");
    let text = edited("    name: Trần Văn B", "    name: ''");
    let got = problems(&text);
    assert!(
        got[0].ends_with("error empty-text: trường 'report.signer.name' để trống"),
        "{got:?}"
    );
}

#[test]
fn a_status_revision_is_checked_like_the_program_s() {
    let line = line_of("timeframe: Quý II/2024");
    let text = edited("timeframe: Quý II/2024", "timeframe: Quý II/2023");
    assert_eq!(
        problems(&text),
        [format!(
            "{line}:18 warning revised-earlier: thời hạn điều chỉnh 'Quý II/2023' sớm hơn thời hạn ban đầu 'Năm 2023'"
        )]
    );
    let text = edited("timeframe: Quý II/2024", "timeframe: Quý V/2024");
    assert!(problems(&text)[0].contains("error bad-timeframe"));
}

#[test]
fn unknown_keys_and_missing_fields_are_reported_with_their_place() {
    let line = line_of("delay_reason: Chờ ý kiến");
    let text = edited("delay_reason: Chờ ý kiến", "delay: Chờ ý kiến");
    let got = problems(&text);
    assert_eq!(
        got,
        [format!(
            "{line}:5 error unknown-key: trường không hợp lệ 'delay'"
        )]
    );
    let text = edited("  symbol: 125-BC/QU\n", "");
    let got = problems(&text);
    assert_eq!(got.len(), 1);
    assert!(
        got[0].contains("error missing-field: thiếu trường bắt buộc 'symbol'"),
        "{got:?}"
    );
}

#[test]
fn the_report_signer_takes_the_list_form_and_its_rules() {
    let p = program();
    let line = line_of("authority: T/M BAN THƯỜNG VỤ");
    let two = edited(
        "    authority: T/M BAN THƯỜNG VỤ\n",
        "    authority: [T/M BAN THƯỜNG VỤ, K/T BÍ THƯ]\n",
    );
    let s = StatusFile::from_yaml(&two, "s.yaml", &p).unwrap().value;
    let lines: Vec<String> = s
        .report
        .signer
        .authorities
        .iter()
        .map(|a| a.render(p.format))
        .collect();
    assert_eq!(lines, ["T/M BAN THƯỜNG VỤ", "K/T BÍ THƯ"]);
    let three = edited(
        "    authority: T/M BAN THƯỜNG VỤ\n",
        "    authority: [T/M BAN THƯỜNG VỤ, K/T BÍ THƯ, T/L BAN THƯỜNG VỤ]\n",
    );
    assert_eq!(
        problems(&three),
        [format!(
            "{line}:48 error authority-lines: quyền hạn ký có 3 dòng; tối đa hai dòng: thay mặt, rồi ký thay"
        )]
    );
    let text = edited("    title: Phó Bí thư Thường trực\n", "    title: Bí thư\n");
    let text = text.replacen(
        "    authority: T/M BAN THƯỜNG VỤ\n",
        "    authority: [T/M BAN THƯỜNG VỤ, K/T BÍ THƯ]\n",
        1,
    );
    assert_eq!(
        problems(&text),
        [format!(
            "{line}:36 error kt-needs-deputy-title: 'K/T BÍ THƯ' là dòng ký thay, nhưng chức vụ 'Bí thư' không phải của cấp phó (không bắt đầu bằng 'Phó')"
        )]
    );
}
