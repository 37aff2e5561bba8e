//! The signer's rules, the symbol's and the summary's, in both formats: a
//! valid state plan (a People's Committee's kế hoạch) and the Party example,
//! each with one change.

#![allow(clippy::unwrap_used, clippy::panic)]

use crate::diagnostic::test_line;
use crate::kinds::FormatKind;
use crate::{Lang, Program};

/// A valid state plan: UBND quận Sơn Trà, 45/KH-UBND, signed
/// [TM. Ủy ban nhân dân, KT. Chủ tịch] by a Phó Chủ tịch.
const STATE: &str = include_str!("../../tests/data/ubnd-ke-hoach-45.yaml");
/// The Party example: Quận ủy Sơn Trà, 11-CTr/QU, signed T/M BAN THƯỜNG VỤ.
const PARTY: &str = include_str!("../../../../examples/son-tra-11-ctr-qu.yaml");

const STATE_SIGNER: &str =
    "    authority: [TM. Ủy ban nhân dân, KT. Chủ tịch]\n    title: Phó Chủ tịch\n";
const PARTY_SIGNER: &str = "    authority: T/M BAN THƯỜNG VỤ\n    title: Bí thư\n";

/// `base` with `from` replaced by `to` (`from` must occur).
fn edited(base: &str, from: &str, to: &str) -> String {
    assert!(base.contains(from), "{from}");
    base.replacen(from, to, 1)
}

/// The state plan with another authority and title.
fn state_signer(authority: &str, title: &str) -> String {
    edited(
        STATE,
        STATE_SIGNER,
        &format!("    authority: {authority}\n    title: {title}\n"),
    )
}

/// The Party example with another authority and title.
fn party_signer(authority: &str, title: &str) -> String {
    edited(
        PARTY,
        PARTY_SIGNER,
        &format!("    authority: {authority}\n    title: {title}\n"),
    )
}

/// The line of the signer's authority in both bases.
fn authority_line(base: &str) -> usize {
    base.lines()
        .position(|l| l.starts_with("    authority:"))
        .unwrap()
        + 1
}

/// The diagnostics of `text` as "line:col severity code: message".
fn problems(text: &str) -> Vec<String> {
    let diags = match Program::from_yaml(text, "p.yaml") {
        Ok(l) => l.warnings,
        Err(d) => d.0,
    };
    diags.iter().map(test_line).collect()
}

/// The one diagnostic of `text`, with its English text and both hints.
fn only(text: &str) -> (String, String, Option<String>, Option<String>) {
    let diags = match Program::from_yaml(text, "p.yaml") {
        Ok(l) => l.warnings,
        Err(d) => d.0,
    };
    assert_eq!(
        diags.len(),
        1,
        "{:?}",
        diags.iter().map(test_line).collect::<Vec<_>>()
    );
    let m = &diags[0].message;
    (
        test_line(&diags[0]),
        m.text(Lang::En),
        m.hint(Lang::Vi),
        m.hint(Lang::En),
    )
}

fn load(text: &str) -> Program {
    let loaded = Program::from_yaml(text, "p.yaml").unwrap();
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    loaded.value
}

#[test]
fn a_valid_state_plan_checks_clean() {
    let p = load(STATE);
    assert_eq!(p.format, FormatKind::State);
    let d = &p.document;
    assert_eq!(d.symbol.with_prefix(), "Số: 45/KH-UBND");
    let lines: Vec<String> = d
        .signer
        .authorities
        .iter()
        .map(|a| a.render(p.format))
        .collect();
    assert_eq!(lines, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]);
    assert_eq!(d.signer.authority(), d.signer.authorities.first());
    assert_eq!(d.signer.title, "Phó Chủ tịch");
}

#[test]
fn a_line_a_list_of_one_and_a_block_list_read_alike() {
    let one = load(PARTY).document.signer;
    let listed = load(&party_signer("[T/M BAN THƯỜNG VỤ]", "Bí thư"))
        .document
        .signer;
    assert_eq!(one, listed);
    assert_eq!(one.authorities.len(), 1);
    let block = state_signer(
        "\n      - TM. Ủy ban nhân dân\n      - KT. Chủ tịch",
        "Phó Chủ tịch",
    );
    assert_eq!(load(&block).document.signer, load(STATE).document.signer);
}

#[test]
fn no_line_means_the_head_signs_directly() {
    for authority in ["[]", "''"] {
        let p = load(&state_signer(authority, "Chủ tịch"));
        assert!(p.document.signer.authorities.is_empty());
        assert_eq!(p.document.signer.authority(), None);
    }
}

#[test]
fn three_lines_are_refused_at_the_third() {
    let line = authority_line(STATE);
    let text = state_signer(
        "[TM. Ủy ban nhân dân, KT. Chủ tịch, TL. Chủ tịch]",
        "Phó Chủ tịch",
    );
    let (vi, en, hint_vi, hint_en) = only(&text);
    assert_eq!(
        vi,
        format!(
            "{line}:52 error authority-lines: quyền hạn ký có 3 dòng; tối đa hai dòng: thay mặt, rồi ký thay"
        )
    );
    assert_eq!(
        en,
        "the signing authority has 3 lines; at most two: on behalf, then deputy"
    );
    assert_eq!(
        hint_vi.as_deref(),
        Some("ví dụ: authority: [TM. Ủy ban nhân dân, KT. Chủ tịch] (chức vụ: Phó Chủ tịch)")
    );
    assert_eq!(
        hint_en.as_deref(),
        Some("e.g. authority: [TM. Ủy ban nhân dân, KT. Chủ tịch] (title: Phó Chủ tịch)")
    );
}

#[test]
fn two_lines_are_on_behalf_then_deputy() {
    let line = authority_line(STATE);
    let text = state_signer("[KT. Chủ tịch, TM. Ủy ban nhân dân]", "Phó Chủ tịch");
    let (vi, en, _, _) = only(&text);
    assert_eq!(
        vi,
        format!(
            "{line}:17 error authority-pair: hai dòng quyền hạn ký phải là thay mặt (TM.) rồi ký thay (KT.), nhưng ở đây là 'KT. Chủ tịch' rồi 'TM. Ủy ban nhân dân'"
        )
    );
    assert_eq!(
        en,
        "two signing authority lines must be on behalf (TM.) then deputy (KT.), but here they are 'KT. Chủ tịch' then 'TM. Ủy ban nhân dân'"
    );
    // A wrong second line is shown on the second line.
    let text = state_signer("[TM. Ủy ban nhân dân, TL. Chủ tịch]", "Chánh Văn phòng");
    assert_eq!(
        problems(&text),
        [format!(
            "{line}:38 error authority-pair: hai dòng quyền hạn ký phải là thay mặt (TM.) rồi ký thay (KT.), nhưng ở đây là 'TM. Ủy ban nhân dân' rồi 'TL. Chủ tịch'"
        )]
    );
    // The Party spelling in a Party document.
    let line = authority_line(PARTY);
    let text = party_signer("[T/M BAN THƯỜNG VỤ, T/L BAN THƯỜNG VỤ]", "Bí thư");
    let (vi, _, hint_vi, hint_en) = only(&text);
    assert_eq!(
        vi,
        format!(
            "{line}:36 error authority-pair: hai dòng quyền hạn ký phải là thay mặt (T/M) rồi ký thay (K/T), nhưng ở đây là 'T/M BAN THƯỜNG VỤ' rồi 'T/L BAN THƯỜNG VỤ'"
        )
    );
    assert_eq!(
        hint_vi.as_deref(),
        Some(
            "văn bản của Đảng thường ký một dòng, ví dụ: authority: T/M BAN THƯỜNG VỤ (chức vụ: Phó Bí thư)"
        )
    );
    assert_eq!(
        hint_en.as_deref(),
        Some(
            "a Party document usually has one line, e.g. authority: T/M BAN THƯỜNG VỤ (title: Phó Bí thư)"
        )
    );
}

#[test]
fn a_deputy_line_needs_a_deputy_title() {
    let line = authority_line(STATE);
    let text = state_signer("[TM. Ủy ban nhân dân, KT. Chủ tịch]", "Chủ tịch");
    let (vi, en, hint_vi, hint_en) = only(&text);
    assert_eq!(
        vi,
        format!(
            "{line}:38 error kt-needs-deputy-title: 'KT. Chủ tịch' là dòng ký thay, nhưng chức vụ 'Chủ tịch' không phải của cấp phó (không bắt đầu bằng 'Phó')"
        )
    );
    assert_eq!(
        en,
        "'KT. Chủ tịch' is a deputy line, but the title 'Chủ tịch' is not a deputy's (it does not start with 'Phó')"
    );
    assert_eq!(
        hint_vi.as_deref(),
        Some(
            "người ký thay là cấp phó: ghi chức vụ của họ, ví dụ 'Phó Chủ tịch'; nếu người đứng đầu ký thì bỏ dòng ký thay"
        )
    );
    assert_eq!(
        hint_en.as_deref(),
        Some(
            "a deputy signs on the head's behalf: write the deputy's title, e.g. 'Phó Chủ tịch'; if the head signs, drop the deputy line"
        )
    );
    // "Phó" is a word: "Phóng" is not a deputy's title; case does not matter.
    let text = state_signer("KT. Chủ tịch", "Phóng viên");
    assert_eq!(problems(&text).len(), 1);
    assert!(problems(&state_signer("KT. Chủ tịch", "PHÓ CHỦ TỊCH")).is_empty());
    // The same in a Party document: an advisory body's K/T line.
    let text = edited(
        &party_signer("K/T TRƯỞNG BAN", "Trưởng ban"),
        "  kind: cấp ủy\n",
        "  kind: cơ quan tham mưu\n",
    );
    let line = authority_line(PARTY);
    assert_eq!(
        problems(&text),
        [format!(
            "{line}:16 error kt-needs-deputy-title: 'K/T TRƯỞNG BAN' là dòng ký thay, nhưng chức vụ 'Trưởng ban' không phải của cấp phó (không bắt đầu bằng 'Phó')"
        )]
    );
}

#[test]
fn a_state_deputy_signs_kt() {
    let line = authority_line(STATE);
    let text = state_signer("TM. Ủy ban nhân dân", "Phó Chủ tịch");
    let (vi, en, hint_vi, _) = only(&text);
    assert_eq!(
        vi,
        format!(
            "{line}:16 error state-deputy-needs-kt: cấp phó ('Phó Chủ tịch') ký văn bản nhà nước phải ký thay (KT.), kể cả khi ký thay mặt tập thể"
        )
    );
    assert_eq!(
        en,
        "a deputy ('Phó Chủ tịch') signing a state document signs KT., also when signing on behalf of the collective"
    );
    assert_eq!(
        hint_vi.as_deref(),
        Some("ví dụ: authority: [TM. Ủy ban nhân dân, KT. Chủ tịch] (chức vụ: Phó Chủ tịch)")
    );
    // With no line at all, shown on the `signer:` key.
    let text = edited(STATE, STATE_SIGNER, "    title: Phó Chủ tịch\n");
    assert_eq!(
        problems(&text),
        [format!(
            "{}:3 error state-deputy-needs-kt: cấp phó ('Phó Chủ tịch') ký văn bản nhà nước phải ký thay (KT.), kể cả khi ký thay mặt tập thể",
            line - 1
        )]
    );
    // KT. alone, and TL. with a deputy's title, are fine.
    assert!(problems(&state_signer("KT. Chủ tịch", "Phó Chủ tịch")).is_empty());
    assert!(problems(&state_signer("TL. Chủ tịch", "Phó Chánh Văn phòng")).is_empty());
}

#[test]
fn a_party_deputy_signs_tm_alone() {
    // HD 36: "T/M BAN THƯỜNG VỤ" / "PHÓ BÍ THƯ" is the normal form.
    assert!(problems(&party_signer("T/M BAN THƯỜNG VỤ", "Phó Bí thư")).is_empty());
    // T/M then K/T is accepted too.
    let p = load(&party_signer(
        "[T/M BAN THƯỜNG VỤ, K/T BÍ THƯ]",
        "Phó Bí thư",
    ));
    let lines: Vec<String> = p
        .document
        .signer
        .authorities
        .iter()
        .map(|a| a.render(p.format))
        .collect();
    assert_eq!(lines, ["T/M BAN THƯỜNG VỤ", "K/T BÍ THƯ"]);
}

#[test]
fn the_party_rules_look_at_the_first_line() {
    let line = authority_line(PARTY);
    let text = party_signer("[K/T BÍ THƯ]", "Phó Bí thư");
    assert_eq!(
        problems(&text),
        [format!(
            "{line}:17 warning committee-kt: cấp ủy là tập thể lãnh đạo, thường ký T/M kể cả khi Phó Bí thư ký; K/T chỉ dùng theo quy định riêng"
        )]
    );
    let advisory = |authority: &str, title: &str| {
        edited(
            &party_signer(authority, title),
            "  kind: cấp ủy\n",
            "  kind: cơ quan tham mưu\n",
        )
    };
    let text = advisory("[T/M BAN THƯỜNG VỤ, K/T TRƯỞNG BAN]", "Phó Trưởng ban");
    assert_eq!(
        problems(&text),
        [format!(
            "{line}:17 error authority-tm-advisory: cơ quan tham mưu, giúp việc không ký T/M: người đứng đầu ký trực tiếp, cấp phó ký K/T"
        )]
    );
    let text = edited(PARTY, PARTY_SIGNER, "    title: Bí thư\n");
    assert_eq!(
        problems(&text),
        [format!(
            "{}:3 error authority-needs-tm: Quận ủy Sơn Trà là cơ quan lãnh đạo tập thể: người ký phải ký thay mặt (T/M) hoặc thừa lệnh (T/L)",
            line - 1
        )]
    );
    assert!(problems(&advisory("K/T TRƯỞNG BAN", "Phó Trưởng ban")).is_empty());
    let text = edited(
        &edited(PARTY, PARTY_SIGNER, "    title: Phó Trưởng ban\n"),
        "  kind: cấp ủy\n",
        "  kind: cơ quan tham mưu\n",
    );
    assert!(problems(&text)[0].ends_with(
        "error deputy-needs-kt: cấp phó ('Phó Trưởng ban') của cơ quan tham mưu phải ký thay (K/T)"
    ));
}

#[test]
fn each_line_is_spelled_in_the_format_s_style() {
    let line = authority_line(STATE);
    let text = state_signer("[T/M Ủy ban nhân dân, KT. Chủ tịch]", "Phó Chủ tịch");
    let (vi, en, hint_vi, _) = only(&text);
    assert_eq!(
        vi,
        format!(
            "{line}:17 error authority-style: 'T/M' là cách viết của văn bản Đảng; văn bản nhà nước viết TM., KT., TL., TUQ., Q."
        )
    );
    assert_eq!(
        en,
        "'T/M' is the Party spelling; state documents write TM., KT., TL., TUQ., Q."
    );
    assert_eq!(hint_vi.as_deref(), Some("ví dụ: TM. ỦY BAN NHÂN DÂN"));
    let line = authority_line(PARTY);
    let text = party_signer("[T/M BAN THƯỜNG VỤ, KT. BÍ THƯ]", "Phó Bí thư");
    assert_eq!(
        problems(&text),
        [format!(
            "{line}:36 error authority-style: 'KT.' là cách viết của văn bản nhà nước; văn bản của Đảng viết T/M, K/T, T/L"
        )]
    );
}

#[test]
fn the_state_prefixes_and_q_only_in_state() {
    for (authority, title, printed) in [
        ("TL. Chủ tịch", "Chánh Văn phòng", "TL. CHỦ TỊCH"),
        ("TUQ. Chủ tịch", "Chánh Văn phòng", "TUQ. CHỦ TỊCH"),
        ("Q. Chủ tịch", "Phó Chủ tịch", "Q. CHỦ TỊCH"),
    ] {
        let p = load(&state_signer(authority, title));
        assert_eq!(p.document.signer.authorities[0].render(p.format), printed);
    }
    let line = authority_line(PARTY);
    assert_eq!(
        problems(&party_signer("Q. BAN THƯỜNG VỤ", "Bí thư")),
        [format!(
            "{line}:16 error authority-style: 'Q.' là cách viết của văn bản nhà nước; văn bản của Đảng viết T/M, K/T, T/L"
        )]
    );
}

#[test]
fn tm_needs_a_collective_state_issuer() {
    let text = edited(
        &edited(
            STATE,
            "  name: Ủy ban nhân dân quận Sơn Trà\n",
            "  name: Phòng Tài chính - Kế hoạch quận Sơn Trà\n",
        ),
        "  kind: ủy ban nhân dân\n",
        "  kind: cơ quan nhà nước\n",
    );
    let line = authority_line(STATE);
    let (vi, en, hint_vi, hint_en) = only(&text);
    assert_eq!(
        vi,
        format!(
            "{line}:17 error authority-tm-not-collective: Phòng Tài chính - Kế hoạch quận Sơn Trà không phải tập thể lãnh đạo: chỉ ký thay mặt (TM.) cho một tập thể như Ủy ban nhân dân"
        )
    );
    assert_eq!(
        en,
        "Phòng Tài chính - Kế hoạch quận Sơn Trà is not a collective body: TM. is signed only on behalf of a collective such as a People's Committee"
    );
    assert_eq!(
        hint_vi.as_deref(),
        Some(
            "người đứng đầu ký trực tiếp (bỏ trống 'authority'), cấp phó ký thay, ví dụ: authority: KT. Giám đốc"
        )
    );
    assert_eq!(
        hint_en.as_deref(),
        Some(
            "the head signs directly (leave 'authority' empty), a deputy signs KT., e.g. authority: KT. Giám đốc"
        )
    );
}

#[test]
fn a_bad_line_in_the_list_is_shown_on_that_line() {
    let line = authority_line(STATE);
    assert_eq!(
        problems(&state_signer("[TM. Ủy ban nhân dân, '']", "Phó Chủ tịch")),
        [format!(
            "{line}:38 error empty-text: trường 'document.signer.authority' để trống"
        )]
    );
    assert_eq!(
        problems(&state_signer("[TM. Ủy ban nhân dân, KT.]", "Phó Chủ tịch")),
        [format!(
            "{line}:38 error authority-body: quyền hạn ký 'KT.' thiếu tên tập thể hoặc chức vụ sau tiền tố"
        )]
    );
    let text = state_signer("{line: KT. Chủ tịch}", "Phó Chủ tịch");
    let (vi, en, _, _) = only(&text);
    assert_eq!(
        vi,
        format!(
            "{line}:16 error wrong-type: sai kiểu giá trị: cần một chuỗi văn bản hoặc một danh sách chuỗi, nhưng gặp một nhóm trường (tên: giá trị)"
        )
    );
    assert_eq!(
        en,
        "wrong type: expected a text or a list of texts, found a mapping (key: value lines)"
    );
}

#[test]
fn the_symbol_and_the_summary_follow_the_format() {
    let text = edited(STATE, "symbol: 45/KH-UBND", "symbol: 45-KH/UBND");
    let line = STATE
        .lines()
        .position(|l| l.contains("symbol: 45"))
        .unwrap()
        + 1;
    assert_eq!(
        problems(&text),
        [format!(
            "{line}:11 error symbol-form: ký hiệu '45-KH/UBND' viết theo thể thức của Đảng, nhưng văn bản theo thể thức nhà nước"
        )]
    );
    // The number is printed with a leading zero below 10.
    let p = load(&edited(STATE, "symbol: 45/KH-UBND", "symbol: 5/KH-UBND"));
    assert_eq!(p.document.symbol.with_prefix(), "Số: 05/KH-UBND");
    let text = edited(STATE, "summary: Triển khai", "summary: triển khai");
    let line = STATE.lines().position(|l| l.contains("summary:")).unwrap() + 1;
    assert_eq!(
        problems(&text),
        [format!(
            "{line}:12 warning summary-case: trích yếu văn bản nhà nước bắt đầu bằng chữ thường"
        )]
    );
}
