//! Every category and edge case on one fixture, with figures computed by
//! hand as of 30/9/2023.

#![allow(clippy::unwrap_used, clippy::panic)]

use std::collections::BTreeMap;

use super::*;
use crate::model::{Program, Revision};
use crate::timeframe::Timeframe;

const FIXTURE: &str = r#"
issuer:
  name: Quận ủy Sơn Trà
  abbreviation: QU
  place: Sơn Trà
  kind: cấp ủy
  standing_committee: Ban Thường vụ Quận ủy
document:
  kind: chương trình hành động
  symbol: 11-CTr/QU
  date: 12/9/2022
  summary: thực hiện một kết luận
  signer: {authority: T/M BAN THƯỜNG VỤ, title: Bí thư, name: Nguyễn Văn A}
  recipients: [{name: Các chi bộ, purpose: để t/h}]
  archive: Văn phòng Quận ủy
purposes: [Mục đích.]
requirements: [Yêu cầu.]
objectives: {general: Mục tiêu chung.}
agencies:
  - {id: x, name: Ban Tổ chức Quận ủy, kind: đảng}
  - {id: y, name: Văn phòng Quận ủy, kind: đảng}
groups:
  - id: g1
    title: Nhóm một
    tasks:
      - {id: a1, content: Quý IV/2022 hoàn thành sớm., lead: x, timeframe: Quý IV/2022}
      - {id: a2, content: Tháng 3/2023 hoàn thành muộn., lead: x, timeframe: Tháng 3/2023}
      - {id: a3, content: Hạn đúng ngày báo cáo., lead: x, timeframe: 30/9/2023}
      - {id: a4, content: Quý II/2023 chưa làm., lead: x, timeframe: Quý II/2023}
      - {id: a5, content: Thường xuyên., lead: y, timeframe: Thường xuyên}
      - {id: a6, content: Năm 2024., lead: y, timeframe: Năm 2024}
      - {id: a7, content: Hằng năm đã làm năm nay., lead: y, timeframe: Hằng năm}
  - id: g2
    title: Nhóm hai
    tasks:
      - {id: a8, content: Hằng năm chưa làm., lead: y, timeframe: Hằng năm}
      - {id: a9, content: Điều chỉnh trong tệp tình hình., lead: y, timeframe: Quý II/2023}
      - {id: a10, content: Hoàn thành sau ngày báo cáo., lead: y, timeframe: 6 tháng đầu năm 2023}
      - {id: a11, content: Giai đoạn., lead: y, timeframe: 2022 – 2025}
      - {id: a12, content: Mốc., lead: y, timeframe: Đến năm 2030}
      - {id: a13, content: Tháng sau., lead: y, timeframe: Tháng 10/2023}
      - id: a14
        content: Điều chỉnh trong chương trình.
        lead: y
        timeframe: Quý IV/2022
        revised: {timeframe: Quý I/2023, date: 01/12/2022}
"#;

fn program() -> Program {
    match Program::from_yaml(FIXTURE, "fixture.yaml") {
        Ok(l) => l.value,
        Err(d) => panic!("{d}"),
    }
}

fn date(s: &str) -> VnDate {
    VnDate::parse(s).unwrap()
}

fn done(on: &str) -> Facts {
    Facts {
        completed: Some(date(on)),
        ..Facts::default()
    }
}

fn facts() -> BTreeMap<String, Facts> {
    let mut f = BTreeMap::new();
    f.insert("a1".into(), done("15/11/2022"));
    f.insert("a2".into(), done("10/4/2023"));
    f.insert("a7".into(), done("20/8/2023"));
    f.insert(
        "a9".into(),
        Facts {
            revision: Some(Revision {
                timeframe: Timeframe::parse("Quý IV/2023").unwrap(),
                reason: Some("Chờ hướng dẫn".into()),
                date: Some(date("01/6/2023")),
            }),
            ..Facts::default()
        },
    );
    f.insert("a10".into(), done("05/10/2023"));
    f.insert("a14".into(), done("20/3/2023"));
    f
}

fn category(o: &Overview, id: &str) -> (Category, i64) {
    let t = o.tasks.iter().find(|t| t.id == id).unwrap();
    (t.judgement.category, t.judgement.days_late)
}

#[test]
fn every_category_and_edge_case_as_of_30_9_2023() {
    let o = overview(&program(), &facts(), date("30/9/2023"), 45);
    use Category::*;
    let expected = [
        ("a1", DoneOnTime, 0),
        ("a2", DoneLate, 10), // due 31/3, done 10/4
        ("a3", InTime, 0),    // due today
        ("a4", Overdue, 92),  // due 30/6: July 31 + August 31 + September 30
        ("a5", Ongoing, 0),
        ("a6", NotYetDue, 0),
        ("a7", DoneOnTime, 0), // yearly, done this year
        ("a8", InTime, 0),     // yearly, 31/12 not passed
        ("a9", InTime, 0),     // revised in the status file to Quý IV/2023
        ("a10", Overdue, 92),  // completed after the report date: not yet, as of it
        ("a11", InTime, 0),
        ("a12", InTime, 0),
        ("a13", NotYetDue, 0),
        ("a14", DoneOnTime, 0), // revised in the program to Quý I/2023
    ];
    for (id, c, late) in expected {
        assert_eq!(category(&o, id), (c, late), "{id}");
    }
    let t = o.total;
    assert_eq!(
        Category::ALL.map(|c| t.get(c)),
        [3, 1, 5, 2, 1, 2],
        "on time, late, in time, overdue, ongoing, not yet due"
    );
    assert_eq!((t.total(), t.done()), (14, 4));
    assert_eq!(t.percent(t.done()), Some(28.6));
    assert_eq!(t.percent(t.get(DoneOnTime)), Some(21.4));

    let g: Vec<[usize; 6]> = o
        .by_group
        .iter()
        .map(|r| Category::ALL.map(|c| r.counts.get(c)))
        .collect();
    assert_eq!(g, vec![[2, 1, 1, 1, 1, 1], [1, 0, 4, 1, 0, 1]]);
    let leads: Vec<(&str, [usize; 6])> = o
        .by_lead
        .iter()
        .map(|r| (r.id.as_str(), Category::ALL.map(|c| r.counts.get(c))))
        .collect();
    assert_eq!(
        leads,
        vec![("x", [1, 1, 1, 1, 0, 0]), ("y", [2, 0, 4, 1, 1, 2])]
    );
    assert_eq!(o.by_lead[0].name, "Ban Tổ chức Quận ủy");

    let overdue: Vec<&str> = o.overdue.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(overdue, ["a4", "a10"]);
    // Within 45 days (to 14/11/2023): due today, and due 31/10 though not started.
    let soon: Vec<&str> = o.due_soon.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(soon, ["a3", "a13"]);
}

#[test]
fn boundaries_of_the_report_date() {
    let p = program();
    let f = facts();
    // The day after a3's deadline it is overdue by one day.
    let o = overview(&p, &f, date("01/10/2023"), 0);
    assert_eq!(category(&o, "a3"), (Category::Overdue, 1));
    // a13's month has begun: in time.
    assert_eq!(category(&o, "a13"), (Category::InTime, 0));
    // a10's completion counts from its date on, and it was late by 97 days.
    let o = overview(&p, &f, date("05/10/2023"), 0);
    assert_eq!(category(&o, "a10"), (Category::DoneLate, 97));
    // A yearly task done last year is not done this year.
    let o = overview(&p, &f, date("15/01/2024"), 0);
    assert_eq!(category(&o, "a7"), (Category::InTime, 0));
    // Completed on its deadline is on time.
    let mut g = f.clone();
    g.insert("a4".into(), done("30/6/2023"));
    let o = overview(&p, &g, date("30/9/2023"), 0);
    assert_eq!(category(&o, "a4"), (Category::DoneOnTime, 0));
}

#[test]
fn the_change_since_an_earlier_report() {
    let p = program();
    let f = facts();
    let before = overview(&p, &f, date("31/3/2023"), 0);
    let now = overview(&p, &f, date("30/9/2023"), 0);
    let changes: Vec<(String, Option<Category>, Category)> = compare(&before, &now)
        .into_iter()
        .map(|c| (c.id, c.before, c.after))
        .collect();
    use Category::*;
    assert_eq!(
        changes,
        vec![
            ("a2".into(), Some(InTime), DoneLate), // due that day, done in April
            ("a4".into(), Some(NotYetDue), Overdue), // Quý II had not begun on 31/3
            ("a7".into(), Some(InTime), DoneOnTime),
            ("a9".into(), Some(NotYetDue), InTime), // now Quý IV/2023
            ("a10".into(), Some(InTime), Overdue),
        ]
    );
    assert_eq!(Category::Overdue.label(), "Chưa hoàn thành, quá hạn");
}
