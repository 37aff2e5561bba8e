//! The message catalogue: every diagnostic in Vietnamese and English, side by
//! side, with its stable code and, where useful, a hint.

/// The language of messages.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Vietnamese (the default: the people who fix the YAML read it).
    #[default]
    Vi,
    /// English.
    En,
}

/// What kind of thing an id names, for duplicate-id messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IdKind {
    /// An agency.
    Agency,
    /// A task group.
    Group,
    /// A task.
    Task,
    /// A cited document.
    Cited,
}

impl IdKind {
    fn name(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (IdKind::Agency, Lang::Vi) => "cơ quan",
            (IdKind::Group, Lang::Vi) => "nhóm nhiệm vụ",
            (IdKind::Task, Lang::Vi) => "nhiệm vụ",
            (IdKind::Cited, Lang::Vi) => "văn bản được trích dẫn",
            (IdKind::Agency, Lang::En) => "agency",
            (IdKind::Group, Lang::En) => "task group",
            (IdKind::Task, Lang::En) => "task",
            (IdKind::Cited, Lang::En) => "cited document",
        }
    }
}

/// Every message vanban can report. The variant carries the values the text needs.
#[derive(Clone, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum Message {
    // ---- reading the file ----
    CannotRead {
        reason: IoReason,
    },
    FileTooLarge {
        bytes: u64,
        max: u64,
    },
    NotUtf8 {
        offset: usize,
    },
    Utf16,
    EmptyFile,
    ForbiddenChar {
        name: String,
    },
    NotRegularFile {
        kind: SpecialFile,
    },
    WrongExtension {
        expected: &'static str,
    },
    InvisibleChar {
        name: String,
        value: String,
        in_key: bool,
    },
    TemplateUnknown {
        name: String,
    },
    TemplateSyntax {
        name: String,
        detail: String,
    },
    TemplateRender {
        name: String,
        detail: String,
    },
    TemplateFolder {
        reason: IoReason,
    },
    // ---- YAML ----
    YamlSyntax {
        detail: String,
    },
    IndentChar {
        name: String,
    },
    RecursiveAlias,
    UnknownKey {
        key: String,
        expected: Vec<String>,
        suggestion: Option<String>,
    },
    DuplicateKey {
        key: String,
    },
    MissingField {
        field: String,
    },
    WrongType {
        expected: String,
        found: Option<String>,
    },
    NullValue,
    UnknownAnchor,
    MultipleDocuments,
    LimitExceeded {
        limit: Limit,
    },
    YamlOther {
        detail: String,
    },
    WrongLength {
        expected: String,
        len: usize,
    },
    UnknownChoice {
        value: String,
        accepted: Vec<String>,
        suggestion: Option<String>,
    },
    // ---- values ----
    EmptyText {
        field: String,
    },
    TextTooLong {
        field: String,
        len: usize,
        max: usize,
    },
    BadDate {
        value: String,
    },
    ImpossibleDate {
        value: String,
    },
    YearOutOfRange {
        value: String,
    },
    SymbolHasPrefix {
        value: String,
    },
    MalformedSymbol {
        value: String,
    },
    ZeroNumber {
        value: String,
    },
    SymbolFormMismatch {
        value: String,
        party: bool,
    },
    SymbolTypeMismatch {
        value: String,
        abbr: String,
        kind: String,
        expected: String,
    },
    SymbolBodyMismatch {
        value: String,
        body: String,
        issuer: String,
    },
    UnknownValue {
        field: String,
        value: String,
        accepted: String,
        suggestion: Option<String>,
    },
    BadId {
        id: String,
    },
    DuplicateId {
        kind: IdKind,
        id: String,
        first_line: u32,
    },
    UnknownAgency {
        id: String,
        suggestion: Option<String>,
    },
    MissingLead {
        task: String,
    },
    LeadIsCoordinator {
        id: String,
    },
    DuplicateCoordinator {
        id: String,
    },
    AdvisorIsLead {
        id: String,
    },
    BadTimeframe {
        value: String,
    },
    NoTimeframe {
        task: String,
    },
    DeadlineBeforeDocument {
        timeframe: String,
        deadline: String,
        date: String,
    },
    RevisedSameAsOriginal {
        timeframe: String,
    },
    RevisedEarlier {
        revised: String,
        original: String,
    },
    RevisionBeforeDocument {
        date: String,
    },
    RevisionWithoutOriginal,
    TargetNotFinite {
        value: String,
    },
    TargetNegative {
        value: String,
    },
    TargetDigits {
        value: String,
    },
    TargetYearOutOfRange {
        year: i32,
    },
    // ---- fonts ----
    FontFolder {
        dir: String,
        reason: IoReason,
    },
    FontMissingStyle {
        style: &'static str,
    },
    FontNotParsed {
        file: String,
    },
    FontLacksVietnamese {
        file: String,
        chars: String,
    },
    FontEmptyOutlines {
        file: String,
        chars: String,
    },
    // ---- the signer and recipients ----
    AuthorityUnknownPrefix {
        value: String,
        accepted: String,
    },
    AuthorityMissingBody {
        value: String,
    },
    AuthorityWrongStyle {
        value: String,
        party: bool,
    },
    AuthorityNeedsOnBehalf {
        issuer: String,
    },
    AuthorityOnBehalfForAdvisory,
    DeputyNeedsKT {
        title: String,
    },
    CommitteeDeputyKT,
    AuthorityTooManyLines {
        count: usize,
        party: bool,
    },
    AuthorityPair {
        first: String,
        second: String,
        party: bool,
    },
    DeputyLineNeedsDeputyTitle {
        value: String,
        title: String,
    },
    StateDeputyNeedsKT {
        title: String,
    },
    AuthorityOnBehalfNotCollective {
        issuer: String,
    },
    NoRecipients,
    NoArchive,
    // ---- the document as a whole ----
    SummaryCase {
        party: bool,
    },
    CitedAfterDocument {
        symbol: String,
        date: String,
        document_date: String,
    },
    NoGroups,
    EmptyGroup {
        group: String,
    },
    UnusedAgency {
        id: String,
    },
    TargetYearPast {
        year: i32,
    },
    FormatMismatch {
        format: String,
        issuer: String,
    },
    NoImplementedDocument,
    // ---- the status file of a report ----
    LoneStatusFile {
        name: String,
    },
    DueSoonDaysOutOfRange {
        days: u32,
        max: u32,
    },
    UnknownTask {
        id: String,
        suggestion: Option<String>,
    },
    UnknownGroup {
        id: String,
        suggestion: Option<String>,
    },
    CompletedBeforeProgram {
        date: String,
        program_date: String,
    },
    CompletedAfterAsOf {
        date: String,
        as_of: String,
    },
    PeriodReversed {
        from: String,
        to: String,
    },
    PeriodBeforeProgram {
        to: String,
        program_date: String,
    },
    ReportBeforePeriodEnd {
        date: String,
        end: String,
    },
    AsOfOutsidePeriod {
        as_of: String,
        from: String,
        to: String,
    },
    // ---- the project file ----
    NoDocuments,
    DuplicateOutput {
        name: String,
        first_line: u32,
    },
    EmptyFormats,
    BadOutputName {
        name: String,
    },
    /// A path of the project file that leads outside the project folder
    /// (after `..`, absolute paths and symlinks); `target` is where it leads.
    /// `output` marks the output folder, which no key can let out.
    OutsideProject {
        key: String,
        path: String,
        target: String,
        output: bool,
    },
    TooManyDiagnostics {
        more: usize,
    },
    // ---- outputs ----
    /// The .docx just rendered fails the check made before it is written.
    BadDocx {
        part: String,
        fault: PackageFault,
    },
    /// The PDF just rendered does not start with `%PDF-` (`start`) or does
    /// not end with `%%EOF`.
    BadPdf {
        start: bool,
    },
    /// An output changed since vanban wrote it: left alone, the new render
    /// written beside it (a warning).
    EditedByHand {
        file: String,
        new: String,
    },
    /// Two inputs of one command write the same output file.
    OutputClash {
        output: String,
        first: String,
        second: String,
    },
    /// Writing to stdout failed: closed (`>&-`), a broken pipe, or else.
    StdoutFailed {
        closed: bool,
    },
    /// The build record is not a regular file, too large or not a record.
    BadBuildRecord {
        file: String,
    },
    // ---- the format profile ----
    ProfileNotMapping {
        found: String,
    },
    ProfileOutOfRange {
        key: String,
        value: String,
        range: Range,
    },
    ProfileTextArea {
        across: bool,
        size: String,
        page: String,
        margins: [String; 2],
        min: String,
    },
    ProfileHeaderLeft {
        value: String,
        right: String,
        line: String,
        needed: String,
        max: String,
        base: String,
    },
    // ---- rendering ----
    /// A character of the text that a face of the PDF's font lacks; `at`
    /// says where in the document it is when the position in the file is
    /// not known (a template's text).
    MissingGlyph {
        ch: char,
        face: String,
        at: Option<String>,
    },
    /// A table row taller than a page, broken across pages (a warning).
    RowSplit {
        page: usize,
        start: String,
    },
    /// A chart too tall for a page, drawn in parts, one per page (a warning).
    ChartSplit {
        bars: usize,
        parts: usize,
    },
    /// Templates that include each other, in the order they do (the first
    /// name again last).
    TemplateRecursion {
        chain: Vec<String>,
    },
    /// A chain of includes deeper than `max`.
    TemplateTooDeep {
        chain: Vec<String>,
        max: usize,
    },
    /// A template that would expand into more than `max` includes.
    TemplateTooManyIncludes {
        name: String,
        max: usize,
    },
    /// A template whose output would pass `max_mb` megabytes.
    TemplateTooLong {
        name: String,
        max_mb: usize,
    },
    /// A character XML refuses, in a template's text (`line` from 1) or in
    /// its output (`line` none).
    TemplateForbiddenChar {
        name: String,
        ch: char,
        what: String,
        line: Option<usize>,
    },
    /// An include whose name is computed (`{{> (lookup …)}}`), or an inline
    /// partial or other decorator (`{{#*inline …}}`): neither can be bounded
    /// before rendering.
    TemplateUnboundedInclude {
        name: String,
    },
}

/// The bounds a value of a format profile must keep, as its message words
/// them. Numbers are written with a full stop ("0.45"); the Vietnamese text
/// shows a decimal comma.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Range {
    /// The lower bound, if any.
    pub min: Option<Bound>,
    /// The upper bound, if any.
    pub max: Option<Bound>,
    /// The unit of the value and its bounds.
    pub unit: Unit,
}

/// One end of a [`Range`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bound {
    /// The number.
    pub value: String,
    /// Whether the number itself is excluded.
    pub open: bool,
}

/// The unit of a profile value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Unit {
    /// Millimetres.
    Mm,
    /// Points.
    Pt,
    /// Dots per inch.
    Dpi,
    /// Lines of text.
    Lines,
    /// None: a share, a pure number.
    None,
}

impl Unit {
    fn text(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Unit::Mm, _) => " mm",
            (Unit::Pt, _) => " pt",
            (Unit::Dpi, _) => " dpi",
            (Unit::Lines, Lang::Vi) => " dòng",
            (Unit::Lines, Lang::En) => " lines",
            (Unit::None, _) => "",
        }
    }
}

/// A number as written in a message: a decimal comma in Vietnamese (YAML's
/// `.nan` and `.inf` stay as they are).
fn num(lang: Lang, n: &str) -> String {
    match lang {
        Lang::Vi => {
            let mut out = String::with_capacity(n.len());
            let mut digit = false;
            for c in n.chars() {
                out.push(if c == '.' && digit { ',' } else { c });
                digit = c.is_ascii_digit();
            }
            out
        }
        Lang::En => n.to_string(),
    }
}

impl Range {
    /// "từ 6 đến 72 pt", "lớn hơn 0 và nhỏ hơn 1", "from 0 mm".
    fn text(&self, lang: Lang) -> String {
        let u = self.unit.text(lang);
        let n = |b: &Bound| num(lang, &b.value);
        match (lang, &self.min, &self.max) {
            (Lang::Vi, Some(a), Some(b)) => match (a.open, b.open) {
                (false, false) => format!("từ {} đến {}{u}", n(a), n(b)),
                (true, true) => format!("lớn hơn {} và nhỏ hơn {}{u}", n(a), n(b)),
                (true, false) => format!("lớn hơn {} và không quá {}{u}", n(a), n(b)),
                (false, true) => format!("từ {} đến dưới {}{u}", n(a), n(b)),
            },
            (Lang::Vi, Some(a), None) if a.open => format!("lớn hơn {}{u}", n(a)),
            (Lang::Vi, Some(a), None) => format!("từ {}{u} trở lên", n(a)),
            (Lang::Vi, None, Some(b)) if b.open => format!("nhỏ hơn {}{u}", n(b)),
            (Lang::Vi, None, Some(b)) => format!("không quá {}{u}", n(b)),
            (Lang::En, Some(a), Some(b)) => match (a.open, b.open) {
                (false, false) => format!("from {} to {}{u}", n(a), n(b)),
                (true, true) => format!("greater than {} and less than {}{u}", n(a), n(b)),
                (true, false) => format!("greater than {} and at most {}{u}", n(a), n(b)),
                (false, true) => format!("at least {} and less than {}{u}", n(a), n(b)),
            },
            (Lang::En, Some(a), None) if a.open => format!("greater than {}{u}", n(a)),
            (Lang::En, Some(a), None) => format!("at least {}{u}", n(a)),
            (Lang::En, None, Some(b)) if b.open => format!("less than {}{u}", n(b)),
            (Lang::En, None, Some(b)) => format!("at most {}{u}", n(b)),
            (_, None, None) => String::new(),
        }
    }
}

/// Which safety limit a file exceeded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Limit {
    /// Nesting too deep.
    Depth,
    /// Too many aliases, anchors or alias expansions.
    Aliases,
    /// Too many nodes or events.
    Size,
}

impl Limit {
    fn text(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Limit::Depth, Lang::Vi) => "lồng nhau quá sâu",
            (Limit::Depth, Lang::En) => "nesting too deep",
            (Limit::Aliases, Lang::Vi) => "quá nhiều bí danh (*...) hoặc neo (&...)",
            (Limit::Aliases, Lang::En) => "too many aliases (*...) or anchors (&...)",
            (Limit::Size, Lang::Vi) => "quá nhiều phần tử",
            (Limit::Size, Lang::En) => "too many elements",
        }
    }
}

/// The most significant digits of a target value: all of them are printed
/// as written (an `f64` holds 15 exactly).
pub const TARGET_DIGITS: usize = 15;

/// The most digits of a target value after the decimal point (the
/// document prints two).
pub const TARGET_DECIMALS: usize = 2;

/// What a path that is not a regular file is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SpecialFile {
    /// A named pipe.
    Fifo,
    /// A character or block device (`/dev/zero`).
    Device,
    /// A socket.
    Socket,
    /// Anything else that is not a regular file.
    Other,
}

impl SpecialFile {
    fn text(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (SpecialFile::Fifo, Lang::Vi) => "một ống dẫn có tên (FIFO)",
            (SpecialFile::Fifo, Lang::En) => "a named pipe (FIFO)",
            (SpecialFile::Device, Lang::Vi) => "một thiết bị",
            (SpecialFile::Device, Lang::En) => "a device",
            (SpecialFile::Socket, Lang::Vi) => "một socket",
            (SpecialFile::Socket, Lang::En) => "a socket",
            (SpecialFile::Other, Lang::Vi) => "không phải tệp thường",
            (SpecialFile::Other, Lang::En) => "not a regular file",
        }
    }
}

/// What is wrong with a .docx package, found by parsing it back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PackageFault {
    /// Not a readable zip archive.
    NotZip,
    /// Larger than the check reads (too many parts or bytes).
    TooLarge,
    /// A part the package needs is not there.
    Missing,
    /// An XML part that is not UTF-8.
    NotUtf8,
    /// A character XML 1.0 does not allow, literally or as a reference.
    Char {
        /// Its code point.
        code: u32,
        /// Line in the part, from 1.
        line: usize,
        /// Column (in characters), from 1.
        column: usize,
    },
    /// The part is not well-formed XML.
    Malformed {
        /// Line in the part, from 1.
        line: usize,
        /// Column (in characters), from 1.
        column: usize,
    },
    /// A relationship of the part names a part the package lacks.
    MissingTarget {
        /// The part named.
        target: String,
    },
}

impl PackageFault {
    fn text(&self, lang: Lang) -> String {
        match (self, lang) {
            (PackageFault::NotZip, Lang::Vi) => "không phải tệp nén zip đọc được".into(),
            (PackageFault::NotZip, Lang::En) => "not a readable zip archive".into(),
            (PackageFault::TooLarge, Lang::Vi) => "quá lớn để kiểm tra".into(),
            (PackageFault::TooLarge, Lang::En) => "too large to check".into(),
            (PackageFault::Missing, Lang::Vi) => "thiếu phần bắt buộc này".into(),
            (PackageFault::Missing, Lang::En) => "this required part is missing".into(),
            (PackageFault::NotUtf8, Lang::Vi) => "không phải văn bản UTF-8".into(),
            (PackageFault::NotUtf8, Lang::En) => "not UTF-8 text".into(),
            (PackageFault::Char { code, line, column }, Lang::Vi) => format!(
                "dòng {line}, cột {column}: ký tự U+{code:04X} không được phép trong XML 1.0"
            ),
            (PackageFault::Char { code, line, column }, Lang::En) => format!(
                "line {line}, column {column}: character U+{code:04X} is not allowed in XML 1.0"
            ),
            (PackageFault::Malformed { line, column }, Lang::Vi) => {
                format!("dòng {line}, cột {column}: XML không đúng cú pháp")
            }
            (PackageFault::Malformed { line, column }, Lang::En) => {
                format!("line {line}, column {column}: malformed XML")
            }
            (PackageFault::MissingTarget { target }, Lang::Vi) => {
                format!("liên kết tới phần '{target}' không có trong gói")
            }
            (PackageFault::MissingTarget { target }, Lang::En) => {
                format!("a relationship names the part '{target}', which the package lacks")
            }
        }
    }
}

/// Why a file could not be read, without the platform's English wording.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IoReason {
    /// No such file.
    NotFound,
    /// Not allowed to read it.
    PermissionDenied,
    /// It is a directory.
    IsDirectory,
    /// Anything else.
    Other,
}

fn pick(lang: Lang, vi: String, en: String) -> String {
    match lang {
        Lang::Vi => vi,
        Lang::En => en,
    }
}

fn quote_list(items: &[String]) -> String {
    items
        .iter()
        .map(|s| format!("'{s}'"))
        .collect::<Vec<_>>()
        .join(", ")
}

impl Message {
    /// A stable code naming the rule, e.g. "unknown-agency".
    pub fn code(&self) -> &'static str {
        use Message::*;
        match self {
            CannotRead { .. } => "cannot-read",
            FileTooLarge { .. } => "file-too-large",
            NotUtf8 { .. } => "not-utf8",
            Utf16 => "utf16",
            EmptyFile => "empty-file",
            ForbiddenChar { .. } => "forbidden-char",
            NotRegularFile { .. } => "not-regular-file",
            WrongExtension { .. } => "wrong-extension",
            InvisibleChar { .. } => "invisible-char",
            TemplateUnknown { .. } => "template-unknown",
            TemplateSyntax { .. } => "template-syntax",
            TemplateRender { .. } => "template-render",
            TemplateFolder { .. } => "template-folder",
            YamlSyntax { .. } => "yaml-syntax",
            IndentChar { .. } => "indent-char",
            RecursiveAlias => "recursive-alias",
            UnknownKey { .. } => "unknown-key",
            DuplicateKey { .. } => "duplicate-key",
            MissingField { .. } => "missing-field",
            WrongType { .. } => "wrong-type",
            NullValue => "null-value",
            UnknownAnchor => "unknown-anchor",
            MultipleDocuments => "multiple-documents",
            LimitExceeded { .. } => "limit-exceeded",
            YamlOther { .. } => "yaml",
            WrongLength { .. } => "wrong-length",
            UnknownChoice { .. } => "unknown-value",
            EmptyText { .. } => "empty-text",
            TextTooLong { .. } => "text-too-long",
            BadDate { .. } => "bad-date",
            ImpossibleDate { .. } => "impossible-date",
            YearOutOfRange { .. } => "year-out-of-range",
            SymbolHasPrefix { .. } => "symbol-has-prefix",
            MalformedSymbol { .. } => "malformed-symbol",
            ZeroNumber { .. } => "zero-number",
            SymbolFormMismatch { .. } => "symbol-form",
            SymbolTypeMismatch { .. } => "symbol-type",
            SymbolBodyMismatch { .. } => "symbol-body",
            UnknownValue { .. } => "unknown-value",
            BadId { .. } => "bad-id",
            DuplicateId { .. } => "duplicate-id",
            UnknownAgency { .. } => "unknown-agency",
            MissingLead { .. } => "missing-lead",
            LeadIsCoordinator { .. } => "lead-is-coordinator",
            DuplicateCoordinator { .. } => "duplicate-coordinator",
            AdvisorIsLead { .. } => "advisor-is-lead",
            BadTimeframe { .. } => "bad-timeframe",
            NoTimeframe { .. } => "no-timeframe",
            DeadlineBeforeDocument { .. } => "deadline-before-document",
            RevisedSameAsOriginal { .. } => "revised-same",
            RevisedEarlier { .. } => "revised-earlier",
            RevisionBeforeDocument { .. } => "revision-before-document",
            RevisionWithoutOriginal => "revision-without-original",
            TargetNotFinite { .. } => "target-not-finite",
            TargetNegative { .. } => "target-negative",
            TargetDigits { .. } => "target-digits",
            TargetYearOutOfRange { .. } => "target-year-out-of-range",
            FontFolder { .. } => "font-folder",
            FontMissingStyle { .. } => "font-missing-style",
            FontNotParsed { .. } => "font-not-parsed",
            FontLacksVietnamese { .. } => "font-lacks-vietnamese",
            FontEmptyOutlines { .. } => "font-empty-outlines",
            AuthorityUnknownPrefix { .. } => "authority-prefix",
            AuthorityMissingBody { .. } => "authority-body",
            AuthorityWrongStyle { .. } => "authority-style",
            AuthorityNeedsOnBehalf { .. } => "authority-needs-tm",
            AuthorityOnBehalfForAdvisory => "authority-tm-advisory",
            DeputyNeedsKT { .. } => "deputy-needs-kt",
            CommitteeDeputyKT => "committee-kt",
            AuthorityTooManyLines { .. } => "authority-lines",
            AuthorityPair { .. } => "authority-pair",
            DeputyLineNeedsDeputyTitle { .. } => "kt-needs-deputy-title",
            StateDeputyNeedsKT { .. } => "state-deputy-needs-kt",
            AuthorityOnBehalfNotCollective { .. } => "authority-tm-not-collective",
            NoRecipients => "no-recipients",
            NoArchive => "no-archive",
            SummaryCase { .. } => "summary-case",
            CitedAfterDocument { .. } => "cited-after-document",
            NoGroups => "no-groups",
            EmptyGroup { .. } => "empty-group",
            UnusedAgency { .. } => "unused-agency",
            TargetYearPast { .. } => "target-year-past",
            FormatMismatch { .. } => "format-mismatch",
            NoImplementedDocument => "no-implemented-document",
            LoneStatusFile { .. } => "lone-status-file",
            DueSoonDaysOutOfRange { .. } => "due-soon-days-out-of-range",
            UnknownTask { .. } => "unknown-task",
            UnknownGroup { .. } => "unknown-group",
            CompletedBeforeProgram { .. } => "completed-before-program",
            CompletedAfterAsOf { .. } => "completed-after-as-of",
            PeriodReversed { .. } => "period-reversed",
            PeriodBeforeProgram { .. } => "period-before-program",
            ReportBeforePeriodEnd { .. } => "report-before-period-end",
            AsOfOutsidePeriod { .. } => "as-of-outside-period",
            NoDocuments => "no-documents",
            DuplicateOutput { .. } => "duplicate-output",
            EmptyFormats => "empty-formats",
            BadOutputName { .. } => "bad-output-name",
            OutsideProject { .. } => "outside-project",
            TooManyDiagnostics { .. } => "too-many-diagnostics",
            BadDocx { .. } => "bad-docx",
            BadPdf { .. } => "bad-pdf",
            EditedByHand { .. } => "edited-by-hand",
            OutputClash { .. } => "output-clash",
            StdoutFailed { .. } => "stdout-failed",
            BadBuildRecord { .. } => "bad-build-record",
            ProfileNotMapping { .. } => "profile-not-mapping",
            ProfileOutOfRange { .. } => "profile-out-of-range",
            ProfileTextArea { .. } => "profile-text-area",
            ProfileHeaderLeft { .. } => "profile-header-left",
            MissingGlyph { .. } => "missing-glyph",
            RowSplit { .. } => "row-split",
            ChartSplit { .. } => "chart-split",
            TemplateRecursion { .. } => "template-recursion",
            TemplateTooDeep { .. } => "template-too-deep",
            TemplateTooManyIncludes { .. } => "template-too-many-includes",
            TemplateTooLong { .. } => "template-too-long",
            TemplateForbiddenChar { .. } => "template-forbidden-char",
            TemplateUnboundedInclude { .. } => "template-unbounded-include",
        }
    }

    /// The message in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        use Message::*;
        let (vi, en) = match self {
            CannotRead { reason } => match reason {
                IoReason::NotFound => ("không tìm thấy tệp".into(), "file not found".into()),
                IoReason::PermissionDenied => {
                    ("không có quyền đọc tệp".into(), "permission denied".into())
                }
                IoReason::IsDirectory => (
                    "đây là một thư mục, không phải tệp YAML".into(),
                    "this is a directory, not a YAML file".into(),
                ),
                IoReason::Other => ("không đọc được tệp".into(), "cannot read the file".into()),
            },
            FileTooLarge { bytes, max } => (
                format!("tệp quá lớn ({bytes} byte; tối đa {max} byte)"),
                format!("file too large ({bytes} bytes; at most {max})"),
            ),
            NotUtf8 { offset } => (
                format!("tệp không phải văn bản UTF-8 (byte thứ {} không hợp lệ)", offset + 1),
                format!("the file is not UTF-8 text (invalid byte at offset {offset})"),
            ),
            Utf16 => (
                "tệp được lưu bằng bảng mã UTF-16, không phải UTF-8".into(),
                "the file is saved as UTF-16, not UTF-8".into(),
            ),
            EmptyFile => ("tệp rỗng, không có nội dung".into(), "the file is empty".into()),
            ForbiddenChar { name } => (
                format!("ký tự {name} không được phép trong văn bản"),
                format!("character {name} is not allowed in a document"),
            ),
            NotRegularFile { kind } => (
                format!("đây là {}, không phải một tệp; vanban chỉ đọc tệp thường", kind.text(Lang::Vi)),
                format!("this is {}, not a file; vanban reads regular files only", kind.text(Lang::En)),
            ),
            WrongExtension { expected } => (
                format!("tên tệp không có đuôi {expected}: vanban không đọc tệp này"),
                format!("the file name does not end in {expected}: vanban does not read it"),
            ),
            InvisibleChar { name, value, in_key } => {
                let shown = crate::text::show_invisible(value);
                if *in_key {
                    (
                        format!("ký tự ẩn {name} trong tên trường '{shown}'"),
                        format!("invisible character {name} in the key '{shown}'"),
                    )
                } else {
                    (
                        format!("ký tự ẩn {name} trong mã '{shown}'"),
                        format!("invisible character {name} in the id '{shown}'"),
                    )
                }
            }
            TemplateUnknown { name } => (
                format!("không có mẫu nào tên '{name}'"),
                format!("unknown template '{name}'"),
            ),
            TemplateSyntax { name, detail } => (
                format!("mẫu '{name}.hbs' sai cú pháp: {detail}"),
                format!("template '{name}.hbs' has a syntax error: {detail}"),
            ),
            TemplateRender { name, detail } => (
                format!("không dựng được mẫu '{name}.hbs': {detail}"),
                format!("cannot render template '{name}.hbs': {detail}"),
            ),
            TemplateFolder { reason } => (
                format!("không đọc được thư mục mẫu: {}", CannotRead { reason: *reason }.text(Lang::Vi)),
                format!("cannot read the template folder: {}", CannotRead { reason: *reason }.text(Lang::En)),
            ),
            RecursiveAlias => (
                "bí danh (*...) trỏ vào chính phần chứa nó: giá trị sẽ lặp vô tận".into(),
                "the alias (*...) refers to the node that contains it: the value would never end".into(),
            ),
            IndentChar { name } => (
                format!("dòng được thụt lề bằng ký tự {name}; YAML chỉ thụt lề bằng dấu cách"),
                format!("the line is indented with {name}; YAML indents with spaces only"),
            ),
            YamlSyntax { detail } => {
                (format!("lỗi cú pháp YAML: {}", syntax_vi(detail)), format!("YAML syntax error: {detail}"))
            }
            UnknownKey { key, .. } => {
                (format!("trường không hợp lệ '{key}'"), format!("unknown field '{key}'"))
            }
            DuplicateKey { key } => (
                format!("trường '{key}' được khai báo hai lần"),
                format!("field '{key}' is given twice"),
            ),
            MissingField { field } => (
                format!("thiếu trường bắt buộc '{field}'"),
                format!("missing required field '{field}'"),
            ),
            WrongType { expected, found: Some(found) } => (
                format!("sai kiểu giá trị: cần {}, nhưng gặp {}", kind_vi(expected), kind_vi(found)),
                format!("wrong type: expected {}, found {}", kind_en(expected), kind_en(found)),
            ),
            WrongType { expected, found: None } => (
                format!("sai kiểu giá trị: ở đây cần {}", kind_vi(expected)),
                format!("wrong type: {} is expected here", kind_en(expected)),
            ),
            NullValue => ("giá trị để trống".into(), "the value is empty".into()),
            UnknownAnchor => (
                "bí danh (*...) trỏ tới một neo (&...) không tồn tại".into(),
                "alias refers to an anchor that does not exist".into(),
            ),
            MultipleDocuments => (
                "tệp chứa nhiều tài liệu YAML (ngăn cách bằng ---)".into(),
                "the file holds more than one YAML document (separated by ---)".into(),
            ),
            LimitExceeded { limit } => (
                format!("tệp vượt giới hạn an toàn: {}", limit.text(Lang::Vi)),
                format!("the file exceeds a safety limit: {}", limit.text(Lang::En)),
            ),
            YamlOther { detail } => (format!("lỗi YAML: {detail}"), format!("YAML error: {detail}")),
            WrongLength { expected, len } => (
                format!("sai số phần tử: cần {}, nhưng gặp {len} phần tử", length_vi(expected)),
                format!("wrong number of items: expected {expected}, found {len}"),
            ),
            UnknownChoice { value, .. } => (
                format!("giá trị '{value}' không hợp lệ"),
                format!("'{value}' is not a valid value"),
            ),
            EmptyText { field } => (
                format!("trường '{field}' để trống"),
                format!("field '{field}' is empty"),
            ),
            TextTooLong { field, len, max } => (
                format!("trường '{field}' quá dài ({len} ký tự; tối đa {max})"),
                format!("field '{field}' is too long ({len} characters; at most {max})"),
            ),
            BadDate { value } => (
                format!("ngày '{value}' không đúng định dạng"),
                format!("date '{value}' is not in a recognised form"),
            ),
            ImpossibleDate { value } => {
                (format!("ngày '{value}' không tồn tại"), format!("date '{value}' does not exist"))
            }
            YearOutOfRange { value } => (
                format!("năm trong ngày '{value}' nằm ngoài khoảng 1930–2100"),
                format!("the year of date '{value}' is outside 1930–2100"),
            ),
            SymbolHasPrefix { value } => (
                format!("ký hiệu '{value}' không được ghi kèm chữ 'Số'"),
                format!("symbol '{value}' must not include the word 'Số'"),
            ),
            MalformedSymbol { value } => (
                format!("ký hiệu văn bản '{value}' sai định dạng"),
                format!("document symbol '{value}' is malformed"),
            ),
            ZeroNumber { value } => (
                format!("số văn bản trong '{value}' phải từ 01 trở lên"),
                format!("the number in '{value}' must be 01 or more"),
            ),
            SymbolFormMismatch { value, party: true } => (
                format!("ký hiệu '{value}' viết theo thể thức nhà nước, nhưng văn bản theo thể thức của Đảng"),
                format!("symbol '{value}' is in the state form, but the document follows the Party format"),
            ),
            SymbolFormMismatch { value, party: false } => (
                format!("ký hiệu '{value}' viết theo thể thức của Đảng, nhưng văn bản theo thể thức nhà nước"),
                format!("symbol '{value}' is in the Party form, but the document follows the state format"),
            ),
            SymbolTypeMismatch { value, abbr, kind, .. } => (
                format!("ký hiệu '{value}': chữ viết tắt '{abbr}' không khớp với loại văn bản '{kind}'"),
                format!("symbol '{value}': abbreviation '{abbr}' does not match the kind '{kind}'"),
            ),
            SymbolBodyMismatch { value, body, issuer } => (
                format!("ký hiệu '{value}' ghi cơ quan '{body}', nhưng cơ quan ban hành viết tắt là '{issuer}'"),
                format!("symbol '{value}' names body '{body}', but the issuer's abbreviation is '{issuer}'"),
            ),
            UnknownValue { field, value, .. } => (
                format!("giá trị '{value}' không hợp lệ cho trường '{field}'"),
                format!("'{value}' is not a valid value for '{field}'"),
            ),
            BadId { id } => (
                format!("mã '{id}' không hợp lệ"),
                format!("id '{id}' is not valid"),
            ),
            DuplicateId { kind, id, first_line } => (
                format!("mã {} '{id}' bị trùng (đã dùng ở dòng {first_line})", kind.name(Lang::Vi)),
                format!("duplicate {} id '{id}' (first used on line {first_line})", kind.name(Lang::En)),
            ),
            UnknownAgency { id, .. } => (
                format!("không có cơ quan mã '{id}' trong danh sách 'agencies'"),
                format!("no agency with id '{id}' in 'agencies'"),
            ),
            MissingLead { task } => (
                format!("nhiệm vụ '{task}' không có cơ quan chủ trì ('lead')"),
                format!("task '{task}' has no lead agency ('lead')"),
            ),
            LeadIsCoordinator { id } => (
                format!("cơ quan chủ trì '{id}' cũng được ghi là cơ quan phối hợp"),
                format!("lead agency '{id}' is also listed as a coordinator"),
            ),
            DuplicateCoordinator { id } => (
                format!("cơ quan phối hợp '{id}' được ghi hai lần"),
                format!("coordinator '{id}' is listed twice"),
            ),
            AdvisorIsLead { id } => (
                format!("cơ quan tham mưu '{id}' trùng với cơ quan chủ trì"),
                format!("advising agency '{id}' is the lead agency itself"),
            ),
            BadTimeframe { value } => (
                format!("không hiểu thời gian thực hiện '{value}'"),
                format!("time frame '{value}' is not recognised"),
            ),
            NoTimeframe { task } => (
                format!("nhiệm vụ '{task}' chưa có thời gian thực hiện ('timeframe')"),
                format!("task '{task}' has no time frame ('timeframe')"),
            ),
            DeadlineBeforeDocument { timeframe, deadline, date } => (
                format!("thời hạn '{timeframe}' (hết ngày {deadline}) sớm hơn ngày ban hành văn bản {date}"),
                format!("deadline '{timeframe}' (ends {deadline}) is before the document date {date}"),
            ),
            RevisedSameAsOriginal { timeframe } => (
                format!("thời hạn điều chỉnh '{timeframe}' trùng với thời hạn ban đầu"),
                format!("revised time frame '{timeframe}' is the same as the original"),
            ),
            RevisedEarlier { revised, original } => (
                format!("thời hạn điều chỉnh '{revised}' sớm hơn thời hạn ban đầu '{original}'"),
                format!("revised time frame '{revised}' ends before the original '{original}'"),
            ),
            RevisionBeforeDocument { date } => (
                format!("ngày điều chỉnh {date} sớm hơn ngày ban hành văn bản"),
                format!("revision date {date} is before the document date"),
            ),
            RevisionWithoutOriginal => (
                "nhiệm vụ có thời hạn điều chỉnh nhưng không có thời hạn ban đầu".into(),
                "the task has a revised time frame but no original one".into(),
            ),
            TargetNotFinite { value } => (
                format!("giá trị chỉ tiêu '{value}' không phải là một số"),
                format!("target value '{value}' is not a number"),
            ),
            TargetNegative { value } => (
                format!("giá trị chỉ tiêu '{value}' là số âm"),
                format!("target value '{value}' is negative"),
            ),
            TargetDigits { value } => (
                format!("giá trị chỉ tiêu '{value}' có quá nhiều chữ số (tối đa {TARGET_DIGITS} chữ số, trong đó {TARGET_DECIMALS} chữ số sau dấu thập phân)"),
                format!("target value '{value}' has too many digits (at most {TARGET_DIGITS}, {TARGET_DECIMALS} of them after the decimal point)"),
            ),
            TargetYearOutOfRange { year } => (
                format!("năm của chỉ tiêu {year} nằm ngoài khoảng 1930–2100"),
                format!("target year {year} is outside 1930–2100"),
            ),
            FontFolder { dir, reason } => (
                format!("không đọc được thư mục phông chữ {dir}: {}", CannotRead { reason: *reason }.text(Lang::Vi)),
                format!("cannot read the font folder {dir}: {}", CannotRead { reason: *reason }.text(Lang::En)),
            ),
            FontMissingStyle { style } => (
                format!("thư mục phông chữ thiếu kiểu {style} (cần times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf hoặc LiberationSerif-*.ttf)"),
                format!("the font folder has no {style} face (it needs times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf or LiberationSerif-*.ttf)"),
            ),
            FontNotParsed { file } => (
                format!("tệp phông chữ {file} hỏng hoặc không phải phông TrueType/OpenType"),
                format!("font file {file} is damaged or not a TrueType/OpenType font"),
            ),
            FontLacksVietnamese { file, chars } => (
                format!("phông chữ {file} không có đủ chữ tiếng Việt (thiếu {chars})"),
                format!("font {file} does not cover Vietnamese (it lacks {chars})"),
            ),
            FontEmptyOutlines { file, chars } => (
                format!("phông chữ {file} có chữ không có hình nét (trống: {chars}); tệp có thể bị chép dở"),
                format!("font {file} has letters with no outline (empty: {chars}); the file may be half-copied"),
            ),
            AuthorityUnknownPrefix { value, .. } => (
                format!("quyền hạn ký '{value}' không bắt đầu bằng một tiền tố hợp lệ"),
                format!("signing authority '{value}' does not start with a valid prefix"),
            ),
            AuthorityMissingBody { value } => (
                format!("quyền hạn ký '{value}' thiếu tên tập thể hoặc chức vụ sau tiền tố"),
                format!("signing authority '{value}' lacks the body or title after the prefix"),
            ),
            AuthorityWrongStyle { value, party: true } => (
                format!("'{value}' là cách viết của văn bản nhà nước; văn bản của Đảng viết T/M, K/T, T/L"),
                format!("'{value}' is the state spelling; Party documents write T/M, K/T, T/L"),
            ),
            AuthorityWrongStyle { value, party: false } => (
                format!("'{value}' là cách viết của văn bản Đảng; văn bản nhà nước viết TM., KT., TL., TUQ., Q."),
                format!("'{value}' is the Party spelling; state documents write TM., KT., TL., TUQ., Q."),
            ),
            AuthorityNeedsOnBehalf { issuer } => (
                format!("{issuer} là cơ quan lãnh đạo tập thể: người ký phải ký thay mặt (T/M) hoặc thừa lệnh (T/L)"),
                format!("{issuer} is a collective body: the signer must sign on its behalf (T/M) or by order (T/L)"),
            ),
            AuthorityOnBehalfForAdvisory => (
                "cơ quan tham mưu, giúp việc không ký T/M: người đứng đầu ký trực tiếp, cấp phó ký K/T".into(),
                "an advisory body does not sign T/M: its head signs directly, a deputy signs K/T".into(),
            ),
            DeputyNeedsKT { title } => (
                format!("cấp phó ('{title}') của cơ quan tham mưu phải ký thay (K/T)"),
                format!("a deputy ('{title}') of an advisory body signs K/T"),
            ),
            CommitteeDeputyKT => (
                "cấp ủy là tập thể lãnh đạo, thường ký T/M kể cả khi Phó Bí thư ký; K/T chỉ dùng theo quy định riêng".into(),
                "a Party committee usually signs T/M even when a deputy secretary signs; K/T only by local rule".into(),
            ),
            AuthorityTooManyLines { count, .. } => (
                format!("quyền hạn ký có {count} dòng; tối đa hai dòng: thay mặt, rồi ký thay"),
                format!("the signing authority has {count} lines; at most two: on behalf, then deputy"),
            ),
            AuthorityPair { first, second, party } => {
                let (tm, kt) = if *party { ("T/M", "K/T") } else { ("TM.", "KT.") };
                (
                    format!("hai dòng quyền hạn ký phải là thay mặt ({tm}) rồi ký thay ({kt}), nhưng ở đây là '{first}' rồi '{second}'"),
                    format!("two signing authority lines must be on behalf ({tm}) then deputy ({kt}), but here they are '{first}' then '{second}'"),
                )
            }
            DeputyLineNeedsDeputyTitle { value, title } => (
                format!("'{value}' là dòng ký thay, nhưng chức vụ '{title}' không phải của cấp phó (không bắt đầu bằng 'Phó')"),
                format!("'{value}' is a deputy line, but the title '{title}' is not a deputy's (it does not start with 'Phó')"),
            ),
            StateDeputyNeedsKT { title } => (
                format!("cấp phó ('{title}') ký văn bản nhà nước phải ký thay (KT.), kể cả khi ký thay mặt tập thể"),
                format!("a deputy ('{title}') signing a state document signs KT., also when signing on behalf of the collective"),
            ),
            AuthorityOnBehalfNotCollective { issuer } => (
                format!("{issuer} không phải tập thể lãnh đạo: chỉ ký thay mặt (TM.) cho một tập thể như Ủy ban nhân dân"),
                format!("{issuer} is not a collective body: TM. is signed only on behalf of a collective such as a People's Committee"),
            ),
            NoRecipients => (
                "văn bản chưa có nơi nhận ('recipients')".into(),
                "the document has no recipients ('recipients')".into(),
            ),
            NoArchive => (
                "thiếu nơi lưu văn bản ('archive'), dòng cuối của Nơi nhận".into(),
                "no archive line ('archive'), the last line of the recipients".into(),
            ),
            SummaryCase { party: true } => (
                "trích yếu văn bản của Đảng bắt đầu bằng chữ hoa".into(),
                "the summary line of a Party document starts in upper case".into(),
            ),
            SummaryCase { party: false } => (
                "trích yếu văn bản nhà nước bắt đầu bằng chữ thường".into(),
                "the summary line of a state document starts in lower case".into(),
            ),
            CitedAfterDocument { symbol, date, document_date } => (
                format!("văn bản được trích dẫn {symbol} ngày {date} ban hành sau văn bản này (ngày {document_date})"),
                format!("cited document {symbol} of {date} is later than this document ({document_date})"),
            ),
            NoGroups => (
                "chương trình chưa có nhóm nhiệm vụ nào ('groups')".into(),
                "the program has no task groups ('groups')".into(),
            ),
            EmptyGroup { group } => (
                format!("nhóm '{group}' chưa có nhiệm vụ nào"),
                format!("group '{group}' has no tasks"),
            ),
            UnusedAgency { id } => (
                format!("cơ quan '{id}' có trong danh sách nhưng không được giao nhiệm vụ nào"),
                format!("agency '{id}' is listed but never assigned"),
            ),
            TargetYearPast { year } => (
                format!("chỉ tiêu đến năm {year} nhưng năm này đã qua khi ban hành văn bản"),
                format!("target year {year} is before the document's year"),
            ),
            FormatMismatch { format, issuer } => (
                format!("thể thức '{format}' không phù hợp với loại cơ quan ban hành '{issuer}'"),
                format!("format '{format}' does not fit the issuer kind '{issuer}'"),
            ),
            NoImplementedDocument => (
                "chương trình chưa nêu văn bản được thực hiện (trong 'cited' với role: thực hiện)".into(),
                "the program names no document it implements (in 'cited' with role: thực hiện)".into(),
            ),
            LoneStatusFile { name } => (
                format!("{name}: đây là tệp tình hình thực hiện của một báo cáo; nó được kiểm tra cùng chương trình: vanban check THƯ_MỤC_DỰ_ÁN, hoặc vanban report CHƯƠNG_TRÌNH {name}"),
                format!("{name}: this is the status file of a report; it is checked with its program: vanban check PROJECT_DIR, or vanban report PROGRAM {name}"),
            ),
            DueSoonDaysOutOfRange { days, max } => (
                format!("due_soon_days {days} nằm ngoài khoảng 1–{max} ngày"),
                format!("due_soon_days {days} is outside 1–{max} days"),
            ),
            UnknownTask { id, .. } => (
                format!("chương trình không có nhiệm vụ mã '{id}'"),
                format!("the program has no task with id '{id}'"),
            ),
            UnknownGroup { id, .. } => (
                format!("chương trình không có nhóm nhiệm vụ mã '{id}'"),
                format!("the program has no task group with id '{id}'"),
            ),
            CompletedBeforeProgram { date, program_date } => (
                format!("ngày hoàn thành {date} sớm hơn ngày ban hành chương trình ({program_date})"),
                format!("completion date {date} is before the program was issued ({program_date})"),
            ),
            CompletedAfterAsOf { date, as_of } => (
                format!("ngày hoàn thành {date} sau ngày chốt số liệu {as_of}: báo cáo này coi nhiệm vụ là chưa hoàn thành"),
                format!("completion date {date} is after the as-of date {as_of}: this report counts the task as not done"),
            ),
            PeriodReversed { from, to } => (
                format!("kỳ báo cáo bắt đầu ({from}) sau khi kết thúc ({to})"),
                format!("the reporting period starts ({from}) after it ends ({to})"),
            ),
            PeriodBeforeProgram { to, program_date } => (
                format!("kỳ báo cáo kết thúc ngày {to}, trước khi chương trình được ban hành ({program_date})"),
                format!("the reporting period ends on {to}, before the program was issued ({program_date})"),
            ),
            ReportBeforePeriodEnd { date, end } => (
                format!("ngày báo cáo {date} sớm hơn ngày kết thúc kỳ báo cáo {end}"),
                format!("the report date {date} is before the end of the period {end}"),
            ),
            AsOfOutsidePeriod { as_of, from, to } => (
                format!("ngày chốt số liệu {as_of} nằm ngoài kỳ báo cáo {from} – {to}"),
                format!("the as-of date {as_of} is outside the period {from} – {to}"),
            ),
            NoDocuments => (
                "tệp dự án chưa có văn bản nào ('programs' hoặc 'reports')".into(),
                "the project file lists no documents ('programs' or 'reports')".into(),
            ),
            DuplicateOutput { name, first_line } => (
                format!("hai văn bản cùng ghi ra tệp kết quả '{name}' (văn bản kia ở dòng {first_line})"),
                format!("two documents write the same output '{name}' (the other is on line {first_line})"),
            ),
            EmptyFormats => (
                "danh sách định dạng 'formats' trống".into(),
                "the list of formats 'formats' is empty".into(),
            ),
            BadOutputName { name } => (
                format!("tên tệp kết quả '{name}' không hợp lệ"),
                format!("'{name}' is not a valid output name"),
            ),
            TooManyDiagnostics { more } => (
                format!("còn {more} thông báo khác không được hiển thị"),
                format!("{more} more diagnostics not shown"),
            ),
            OutsideProject { key, path, target, .. } => (
                format!("'{key}: {path}' dẫn ra ngoài thư mục dự án (tới {target})"),
                format!("'{key}: {path}' leads outside the project folder (to {target})"),
            ),
            BadDocx { part, fault } => (
                format!("tệp Word vừa dựng bị hỏng ở phần '{part}': {}; không ghi tệp nào", fault.text(Lang::Vi)),
                format!("the Word file just rendered is broken in part '{part}': {}; nothing was written", fault.text(Lang::En)),
            ),
            BadPdf { start } => {
                let (vi, en) = if *start {
                    ("không bắt đầu bằng %PDF-", "does not start with %PDF-")
                } else {
                    ("không kết thúc bằng %%EOF", "does not end with %%EOF")
                };
                (
                    format!("tệp PDF vừa dựng {vi}; không ghi tệp nào"),
                    format!("the PDF just rendered {en}; nothing was written"),
                )
            }
            EditedByHand { file, new } => (
                format!("'{file}' đã được sửa tay sau lần dựng trước: giữ nguyên tệp này, bản mới ghi vào '{new}'"),
                format!("'{file}' was edited by hand since it was built: it is left alone, the new render is in '{new}'"),
            ),
            OutputClash { output, first, second } => (
                format!("'{first}' và '{second}' cùng ghi ra tệp kết quả '{output}'; không ghi tệp nào"),
                format!("'{first}' and '{second}' write the same output '{output}'; nothing was written"),
            ),
            StdoutFailed { closed: true } => (
                "không ghi được ra stdout: stdout đã đóng".into(),
                "cannot write to stdout: it is closed".into(),
            ),
            StdoutFailed { closed: false } => (
                "không ghi được ra stdout (ống dẫn bị ngắt?)".into(),
                "cannot write to stdout (a broken pipe?)".into(),
            ),
            BadBuildRecord { file } => (
                format!("bản ghi dựng '{file}' không phải tệp thường, quá lớn hoặc hỏng: dựng lại mọi văn bản"),
                format!("the build record '{file}' is not a regular file, too large or damaged: every document is built again"),
            ),
            ProfileNotMapping { found } => (
                format!("hồ sơ thể thức phải là một nhóm khóa (tên: giá trị), nhưng tệp này là {}", kind_vi(found)),
                format!("a format profile is a mapping of keys (name: value), but this file holds {}", kind_en(found)),
            ),
            ProfileOutOfRange { key, value, range } => {
                let (vi, en) = (range.unit.text(Lang::Vi), range.unit.text(Lang::En));
                (
                    format!("'{key}' là {}{vi}, ngoài giới hạn cho phép: {}", num(Lang::Vi, value), range.text(Lang::Vi)),
                    format!("'{key}' is {value}{en}, outside the allowed range: {}", range.text(Lang::En)),
                )
            }
            ProfileTextArea { across: true, size, page, margins: [a, b], min } => (
                format!(
                    "lề trái {} mm và lề phải {} mm chỉ để lại vùng chữ rộng {} mm trên khổ giấy rộng {} mm; vùng chữ cần rộng ít nhất {} mm",
                    num(Lang::Vi, a), num(Lang::Vi, b), num(Lang::Vi, size), num(Lang::Vi, page), num(Lang::Vi, min)
                ),
                format!("left and right margins of {a} mm and {b} mm leave a text area {size} mm wide on a page {page} mm wide; it must be at least {min} mm wide"),
            ),
            ProfileTextArea { across: false, size, page, margins: [a, b], min } => (
                format!(
                    "lề trên {} mm và lề dưới {} mm chỉ để lại vùng chữ cao {} mm trên khổ giấy cao {} mm; vùng chữ cần cao ít nhất {} mm",
                    num(Lang::Vi, a), num(Lang::Vi, b), num(Lang::Vi, size), num(Lang::Vi, page), num(Lang::Vi, min)
                ),
                format!("top and bottom margins of {a} mm and {b} mm leave a text area {size} mm tall on a page {page} mm tall; it must be at least {min} mm tall"),
            ),
            ProfileHeaderLeft { value, right, line, needed, base, .. } => (
                format!(
                    "cột trái của phần tiêu đề rộng {} mm chỉ để lại {} mm cho cột phải, hẹp hơn dòng '{line}' của hồ sơ gốc {base} ({} mm)",
                    num(Lang::Vi, value), num(Lang::Vi, right), num(Lang::Vi, needed)
                ),
                format!("a left header column {value} mm wide leaves {right} mm for the right column, narrower than its line '{line}' in the base profile {base} ({needed} mm)"),
            ),
            MissingGlyph { ch, face, at } => {
                let code = u32::from(*ch);
                let (vi_at, en_at) = match at {
                    Some(t) => (format!(", trong “{t}”"), format!(", in “{t}”")),
                    None => (String::new(), String::new()),
                };
                (
                    format!("phông chữ {face} không có ký tự “{ch}” (U+{code:04X}){vi_at}: bản PDF sẽ thiếu ký tự này"),
                    format!("the font {face} has no glyph for “{ch}” (U+{code:04X}){en_at}: the PDF would lack it"),
                )
            }
            RowSplit { page, start } => (
                format!("một dòng của bảng cao hơn một trang, được ngắt sang trang sau (từ trang {page}, bắt đầu bằng “{start}”)"),
                format!("a table row taller than a page is broken across pages (from page {page}, starting “{start}”)"),
            ),
            ChartSplit { bars, parts } => (
                format!("biểu đồ có {bars} nhóm, cao hơn một trang, được chia thành {parts} phần, mỗi phần một trang, có trục và chú giải riêng"),
                format!("the chart has {bars} groups, taller than a page, and is drawn in {parts} parts, one per page, each with its axis and legend"),
            ),
            TemplateRecursion { chain } => {
                let c = chain.iter().map(|n| format!("'{n}.hbs'")).collect::<Vec<_>>().join(" → ");
                (
                    format!("các mẫu gọi lẫn nhau không có điểm dừng: {c}"),
                    format!("templates include each other without end: {c}"),
                )
            }
            TemplateTooDeep { chain, max } => {
                let c = chain.iter().map(|n| format!("'{n}.hbs'")).collect::<Vec<_>>().join(" → ");
                (
                    format!("chuỗi mẫu gọi mẫu sâu quá {max} tầng: {c}"),
                    format!("a chain of included templates is deeper than {max} levels: {c}"),
                )
            }
            TemplateTooManyIncludes { name, max } => (
                format!("mẫu '{name}.hbs' gọi các mẫu khác quá {max} lần khi dựng (các mẫu gọi nhau nhiều lần ở mỗi tầng)"),
                format!("template '{name}.hbs' would include other templates more than {max} times (templates that include each other several times per level)"),
            ),
            TemplateTooLong { name, max_mb } => (
                format!("mẫu '{name}.hbs' tạo ra văn bản dài quá {max_mb} MB"),
                format!("template '{name}.hbs' produces more than {max_mb} MB of text"),
            ),
            TemplateForbiddenChar { name, ch, what, line } => {
                let code = u32::from(*ch);
                let what_vi = if what.is_empty() { String::new() } else { format!(" ({what})") };
                match line {
                    Some(l) => (
                        format!("mẫu '{name}.hbs', dòng {l}, có ký tự điều khiển U+{code:04X}{what_vi} mà Word không mở được"),
                        format!("template '{name}.hbs', line {l}, holds the control character U+{code:04X}{what_vi}, which Word cannot open"),
                    ),
                    None => (
                        format!("mẫu '{name}.hbs' tạo ra ký tự điều khiển U+{code:04X}{what_vi} mà Word không mở được"),
                        format!("template '{name}.hbs' produces the control character U+{code:04X}{what_vi}, which Word cannot open"),
                    ),
                }
            }
            TemplateUnboundedInclude { name } => (
                format!("mẫu '{name}.hbs' gọi mẫu bằng tên tính ra hoặc định nghĩa mẫu con bên trong ({{{{#*inline}}}}): vanban không cho phép, vì không giới hạn trước được"),
                format!("template '{name}.hbs' includes a template by a computed name or defines one inline ({{{{#*inline}}}}): vanban refuses both, as they cannot be bounded in advance"),
            ),
        };
        pick(lang, vi, en)
    }

    /// A hint on how to fix it, when there is one.
    pub fn hint(&self, lang: Lang) -> Option<String> {
        use Message::*;
        let (vi, en): (String, String) = match self {
            NotUtf8 { .. } | Utf16 => (
                "lưu lại tệp với bảng mã UTF-8 (trong trình soạn thảo: Lưu thành… → Mã hóa: UTF-8)".into(),
                "save the file again as UTF-8".into(),
            ),
            EmptyFile => (
                "tạo một dự án mẫu bằng lệnh 'vanban init' rồi sửa tệp chuong-trinh.yaml của nó".into(),
                "make a sample project with 'vanban init' and adapt its chuong-trinh.yaml".into(),
            ),
            FontNotParsed { .. } | FontLacksVietnamese { .. } | FontEmptyOutlines { .. } => (
                "chép lại tệp phông từ bộ cài (Times New Roman hoặc Liberation Serif) hoặc bỏ --font-dir để dùng phông có sẵn".into(),
                "copy the font file again from its source (Times New Roman or Liberation Serif), or drop --font-dir to use the bundled font".into(),
            ),
            NotRegularFile { .. } => (
                "chỉ ra một tệp đã lưu trên đĩa".into(),
                "name a file saved on disk".into(),
            ),
            WrongExtension { .. } => (
                "kiểm tra lại đường dẫn: có thể đây là tệp khác; nếu đúng là tệp của vanban, đổi tên cho có đuôi đúng".into(),
                "check the path: this may be another file; if it is a vanban file, rename it with the right ending".into(),
            ),
            InvisibleChar { .. } => (
                "xóa ký tự ẩn này (gõ lại giá trị): nó không thấy được trên màn hình nhưng làm giá trị khác đi".into(),
                "delete this invisible character (type the value again): it cannot be seen but makes the value differ".into(),
            ),
            TemplateUnknown { .. } => (
                "tên tệp mẫu phải là tên một mẫu có sẵn; xem danh sách bằng 'vanban templates export'".into(),
                "a template file must be named after a built-in template; list them with 'vanban templates export'".into(),
            ),
            ForbiddenChar { .. } => (
                "xóa ký tự này (thường do sao chép từ PDF hoặc phần mềm khác)".into(),
                "delete this character (it usually comes from copying out of a PDF or another program)".into(),
            ),
            RecursiveAlias => (
                "viết giá trị ra, hoặc trỏ bí danh vào một neo (&...) ở chỗ khác".into(),
                "write the value out, or point the alias at an anchor (&...) elsewhere".into(),
            ),
            IndentChar { .. } => (
                "thay ký tự này bằng dấu cách (trình soạn thảo: tắt 'dùng tab', hoặc tìm và thay)".into(),
                "replace it with spaces (in the editor: turn off 'use tabs', or find and replace)".into(),
            ),
            YamlSyntax { .. } => (
                "kiểm tra thụt lề (chỉ dùng dấu cách), dấu ':' sau tên trường và dấu ngoặc kép đóng mở".into(),
                "check the indentation (spaces only), the ':' after each key and matching quotes".into(),
            ),
            UnknownKey { expected, suggestion, .. } => match suggestion {
                Some(s) => (
                    format!("có phải ý bạn là '{s}'? Các trường hợp lệ: {}", quote_list(expected)),
                    format!("did you mean '{s}'? Valid fields: {}", quote_list(expected)),
                ),
                None => (
                    format!("các trường hợp lệ: {}", quote_list(expected)),
                    format!("valid fields: {}", quote_list(expected)),
                ),
            },
            DuplicateKey { .. } => (
                "xóa một trong hai dòng, hoặc gộp nội dung vào một trường".into(),
                "delete one of the two lines or merge them".into(),
            ),
            NullValue => (
                "ghi nội dung sau dấu ':', hoặc xóa dòng nếu trường không bắt buộc".into(),
                "write a value after the ':', or delete the line if the field is optional".into(),
            ),
            LimitExceeded { .. } => (
                "tệp chương trình không cần lồng sâu hay bí danh lặp lại; hãy viết nội dung trực tiếp".into(),
                "a program file needs no deep nesting or repeated aliases; write the content directly".into(),
            ),
            WrongType { .. } | WrongLength { .. } => (
                "so sánh với tệp mẫu do 'vanban init' tạo, hoặc xem docs/huong-dan.md".into(),
                "compare with the sample 'vanban init' writes, or see docs/huong-dan.md".into(),
            ),
            UnknownChoice { accepted, suggestion, .. } => {
                let accepted = accepted.join(", ");
                match suggestion {
                    Some(s) => (
                        format!("có phải ý bạn là '{s}'? Các giá trị hợp lệ: {accepted}"),
                        format!("did you mean '{s}'? Valid values: {accepted}"),
                    ),
                    None => (
                        format!("các giá trị hợp lệ: {accepted}"),
                        format!("valid values: {accepted}"),
                    ),
                }
            }
            ProfileNotMapping { .. } => (
                "ghi mỗi giá trị cần đổi trên một dòng 'tên: giá trị', không có dấu '- ' ở đầu, ví dụ 'line_height_pt: 19'".into(),
                "write each value to change on its own line as 'key: value', without a leading '- ', e.g. 'line_height_pt: 19'".into(),
            ),
            ProfileOutOfRange { .. } => (
                "sửa giá trị cho nằm trong giới hạn, hoặc xóa dòng để dùng giá trị của hồ sơ gốc".into(),
                "bring the value within the range, or delete the line to keep the base profile's value".into(),
            ),
            ProfileTextArea { .. } => (
                "giảm lề (margins_mm: [trên, dưới, trái, phải], mm) hoặc tăng khổ giấy (page_mm: [rộng, cao], mm)".into(),
                "reduce the margins (margins_mm: [top, bottom, left, right], mm) or enlarge the page (page_mm: [width, height], mm)".into(),
            ),
            ProfileHeaderLeft { max, base, .. } => (
                format!("với hồ sơ gốc {base}, header_left_mm không được quá {} mm", num(Lang::Vi, max)),
                format!("over the base profile {base}, header_left_mm can be at most {max} mm"),
            ),
            MissingGlyph { .. } => (
                "thay bằng chữ, dấu câu có trong phông, hoặc chỉ ra thư mục phông có ký tự này (--font-dir)".into(),
                "use a letter or punctuation mark the font has, or name a font folder that has this character (--font-dir)".into(),
            ),
            RowSplit { .. } => (
                "nếu muốn dòng nằm trọn một trang, rút gọn nội dung của ô".into(),
                "to keep the row on one page, shorten the cell's text".into(),
            ),
            TemplateRecursion { .. } | TemplateTooDeep { .. } | TemplateTooManyIncludes { .. } | TemplateTooLong { .. } => (
                "bỏ lệnh gọi mẫu ({{> tên}}) tạo thành vòng hoặc lặp lại nhiều lần; xem mẫu gốc bằng 'vanban templates export'".into(),
                "remove the include ({{> name}}) that loops or repeats; see the defaults with 'vanban templates export'".into(),
            ),
            TemplateForbiddenChar { .. } => (
                "xóa ký tự này khỏi mẫu (hoặc khỏi giá trị mà mẫu chèn vào)".into(),
                "delete the character from the template (or from the value it inserts)".into(),
            ),
            TemplateUnboundedInclude { .. } => (
                "gọi mẫu bằng tên viết sẵn, ví dụ {{> place_date}}".into(),
                "include templates by a literal name, e.g. {{> place_date}}".into(),
            ),
            EmptyText { .. } => (
                "ghi nội dung cho trường này, hoặc xóa dòng nếu trường không bắt buộc".into(),
                "write a value, or delete the line if the field is optional".into(),
            ),
            AuthorityWrongStyle { party: true, .. } => (
                "ví dụ: T/M BAN THƯỜNG VỤ (dấu gạch chéo, không có dấu chấm)".into(),
                "e.g. T/M BAN THƯỜNG VỤ (slash, no dot)".into(),
            ),
            AuthorityWrongStyle { party: false, .. } => (
                "ví dụ: TM. ỦY BAN NHÂN DÂN".into(),
                "e.g. TM. ỦY BAN NHÂN DÂN".into(),
            ),
            NoGroups => (
                "thêm ít nhất một nhóm nhiệm vụ: '- id: nhom-1', 'title: …', 'tasks: …'".into(),
                "add at least one group: '- id: nhom-1', 'title: …', 'tasks: …'".into(),
            ),
            SummaryCase { party: true } => (
                "viết chữ đầu của trích yếu bằng chữ thường, ví dụ 'thực hiện Kết luận số …'".into(),
                "start the summary in lower case, e.g. 'thực hiện Kết luận số …'".into(),
            ),
            SummaryCase { party: false } => (
                "viết hoa chữ đầu của trích yếu, ví dụ 'Về việc …'".into(),
                "start the summary in upper case, e.g. 'Về việc …'".into(),
            ),
            MultipleDocuments => (
                "mỗi tệp chỉ chứa một chương trình; xóa dòng '---' thứ hai hoặc tách thành tệp riêng".into(),
                "one program per file; remove the second '---' or split the file".into(),
            ),
            BadDate { .. } => (
                "viết ngày theo dạng ngày/tháng/năm, ví dụ 12/9/2022".into(),
                "write dates as day/month/year, e.g. 12/9/2022".into(),
            ),
            ImpossibleDate { .. } | YearOutOfRange { .. } => (
                "kiểm tra lại ngày, tháng, năm".into(),
                "check the day, month and year".into(),
            ),
            SymbolHasPrefix { .. } => (
                "chỉ ghi ký hiệu, ví dụ 11-CTr/QU; chữ 'Số' do vanban tự thêm".into(),
                "write the symbol alone, e.g. 11-CTr/QU; vanban adds 'Số'".into(),
            ),
            MalformedSymbol { .. } | SymbolFormMismatch { .. } => (
                "văn bản của Đảng: số-loại/cơ quan, ví dụ 11-CTr/QU; văn bản nhà nước: số/loại-cơ quan, ví dụ 15/KH-UBND".into(),
                "Party documents: number-type/body, e.g. 11-CTr/QU; state documents: number/type-organ, e.g. 15/KH-UBND".into(),
            ),
            SymbolTypeMismatch { expected, .. } => (
                format!("loại văn bản này thường viết tắt là '{expected}'"),
                format!("this kind is usually abbreviated '{expected}'"),
            ),
            SymbolBodyMismatch { .. } => (
                "sửa ký hiệu hoặc trường 'issuer.abbreviation' cho khớp nhau".into(),
                "make the symbol and 'issuer.abbreviation' agree".into(),
            ),
            UnknownValue { accepted, suggestion, .. } => match suggestion {
                Some(s) => (
                    format!("có phải ý bạn là '{s}'? Các giá trị hợp lệ: {accepted}"),
                    format!("did you mean '{s}'? Valid values: {accepted}"),
                ),
                None => (
                    format!("các giá trị hợp lệ: {accepted}"),
                    format!("valid values: {accepted}"),
                ),
            },
            BadId { .. } => (
                "mã chỉ gồm chữ thường không dấu (a–z), chữ số và dấu '-', ví dụ 'ban-tuyen-giao'".into(),
                "ids use lower-case ASCII letters, digits and '-', e.g. 'ban-tuyen-giao'".into(),
            ),
            DuplicateId { .. } => (
                "mỗi mã chỉ dùng một lần; đổi một trong hai mã".into(),
                "each id is used once; rename one of them".into(),
            ),
            UnknownAgency { suggestion: Some(s), .. } => (
                format!("có phải ý bạn là '{s}'?"),
                format!("did you mean '{s}'?"),
            ),
            NoDocuments => (
                "thêm ít nhất một văn bản: 'programs:' rồi '- file: chuong-trinh.yaml'".into(),
                "add at least one document: 'programs:' then '- file: chuong-trinh.yaml'".into(),
            ),
            DuplicateOutput { .. } => (
                "đặt 'name' khác nhau cho hai văn bản (tên so sánh không phân biệt hoa thường)".into(),
                "give the two documents different 'name's (compared ignoring case)".into(),
            ),
            EmptyFormats => (
                "ghi ít nhất một định dạng, ví dụ 'formats: [docx, pdf]', hoặc bỏ dòng này để dùng mặc định".into(),
                "give at least one format, e.g. 'formats: [docx, pdf]', or drop the line for the default".into(),
            ),
            BadOutputName { .. } => (
                "tên là một tên tệp không có thư mục và không có đuôi, ví dụ 'bao-cao-quy-1'".into(),
                "a name is a file name without folder or extension, e.g. 'bao-cao-quy-1'".into(),
            ),
            OutsideProject { output: true, .. } => (
                "thư mục kết quả phải nằm trong thư mục dự án (kể cả khi đi qua liên kết tượng trưng), ví dụ 'output: ket-qua'".into(),
                "the output folder must be inside the project folder (symlinks included), e.g. 'output: ket-qua'".into(),
            ),
            OutsideProject { output: false, .. } => (
                "chuyển tệp vào thư mục dự án, hoặc cho phép đúng thư mục bên ngoài đó bằng 'allow_outside: [<thư mục>]' ở đầu vanban.yaml".into(),
                "move the file into the project folder, or allow that outside folder with 'allow_outside: [<folder>]' at the top of vanban.yaml".into(),
            ),
            BadDocx { .. } | BadPdf { .. } => (
                "tệp cũ (nếu có) được giữ nguyên; đây là lỗi của vanban, xin báo lại kèm tệp đầu vào".into(),
                "the old file (if any) is kept; this is a fault of vanban, please report it with the input".into(),
            ),
            EditedByHand { .. } => (
                "so sánh hai bản và đưa phần sửa vào tệp YAML; xóa tệp đã sửa (hoặc chép bản mới đè lên) để lần dựng sau ghi bình thường, hoặc dùng 'vanban build --force' để ghi đè".into(),
                "compare the two and carry the edits into the YAML; delete the edited file (or copy the new one over it) for the next build to write as usual, or use 'vanban build --force' to overwrite".into(),
            ),
            OutputClash { .. } => (
                "dựng từng tệp vào một thư mục riêng (-o) hoặc đổi tên một tệp (tên so sánh không phân biệt hoa thường và dạng Unicode)".into(),
                "render each into its own folder (-o) or rename one (names are compared ignoring case and Unicode form)".into(),
            ),
            UnknownTask { suggestion: Some(s), .. } | UnknownGroup { suggestion: Some(s), .. } => (
                format!("có phải ý bạn là '{s}'?"),
                format!("did you mean '{s}'?"),
            ),
            UnknownTask { suggestion: None, .. } => (
                "mã nhiệm vụ phải trùng với 'id' của một nhiệm vụ trong tệp chương trình".into(),
                "a task id must match the 'id' of a task in the program file".into(),
            ),
            UnknownGroup { suggestion: None, .. } => (
                "mã nhóm phải trùng với 'id' của một nhóm trong tệp chương trình".into(),
                "a group id must match the 'id' of a group in the program file".into(),
            ),
            CompletedBeforeProgram { .. } => (
                "kiểm tra lại ngày hoàn thành (ngày/tháng/năm)".into(),
                "check the completion date (day/month/year)".into(),
            ),
            CompletedAfterAsOf { .. } => (
                "nếu nhiệm vụ đã xong trước ngày chốt số liệu, sửa lại ngày hoàn thành".into(),
                "if the task was done before the as-of date, correct the completion date".into(),
            ),
            ReportBeforePeriodEnd { .. } => (
                "báo cáo được ký sau khi chốt số liệu: kiểm tra 'date', 'as_of' và 'period'".into(),
                "a report is signed after its figures are taken: check 'date', 'as_of' and 'period'".into(),
            ),
            UnknownAgency { suggestion: None, .. } => (
                "thêm cơ quan này vào 'agencies' hoặc sửa lại mã".into(),
                "add the agency to 'agencies' or correct the id".into(),
            ),
            MissingLead { .. } => (
                "mỗi nhiệm vụ có đúng một cơ quan chủ trì: thêm 'lead: <mã cơ quan>'".into(),
                "each task has exactly one lead: add 'lead: <agency id>'".into(),
            ),
            LeadIsCoordinator { .. } => (
                "xóa cơ quan này khỏi 'coordinators'".into(),
                "remove it from 'coordinators'".into(),
            ),
            DuplicateCoordinator { .. } | AdvisorIsLead { .. } => (
                "xóa phần bị lặp".into(),
                "remove the repetition".into(),
            ),
            BadTimeframe { .. } | NoTimeframe { .. } => (
                format!("các dạng hợp lệ: {}", crate::timeframe::TIMEFRAME_FORMS),
                format!("valid forms: {}", crate::timeframe::TIMEFRAME_FORMS),
            ),
            DeadlineBeforeDocument { .. } => (
                "kiểm tra lại năm của thời hạn hoặc ngày ban hành".into(),
                "check the year of the deadline or the document date".into(),
            ),
            AuthorityUnknownPrefix { accepted, .. } => (
                format!("các tiền tố hợp lệ: {accepted}; bỏ trống nếu người đứng đầu cơ quan tham mưu ký trực tiếp"),
                format!("valid prefixes: {accepted}; leave it empty when the head of an advisory body signs directly"),
            ),
            AuthorityNeedsOnBehalf { .. } => (
                "ví dụ: authority: T/M BAN THƯỜNG VỤ".into(),
                "e.g. authority: T/M BAN THƯỜNG VỤ".into(),
            ),
            AuthorityTooManyLines { party: true, .. } | AuthorityPair { party: true, .. } => (
                "văn bản của Đảng thường ký một dòng, ví dụ: authority: T/M BAN THƯỜNG VỤ (chức vụ: Phó Bí thư)".into(),
                "a Party document usually has one line, e.g. authority: T/M BAN THƯỜNG VỤ (title: Phó Bí thư)".into(),
            ),
            AuthorityTooManyLines { party: false, .. }
            | AuthorityPair { party: false, .. }
            | StateDeputyNeedsKT { .. } => (
                "ví dụ: authority: [TM. Ủy ban nhân dân, KT. Chủ tịch] (chức vụ: Phó Chủ tịch)".into(),
                "e.g. authority: [TM. Ủy ban nhân dân, KT. Chủ tịch] (title: Phó Chủ tịch)".into(),
            ),
            DeputyLineNeedsDeputyTitle { .. } => (
                "người ký thay là cấp phó: ghi chức vụ của họ, ví dụ 'Phó Chủ tịch'; nếu người đứng đầu ký thì bỏ dòng ký thay".into(),
                "a deputy signs on the head's behalf: write the deputy's title, e.g. 'Phó Chủ tịch'; if the head signs, drop the deputy line".into(),
            ),
            AuthorityOnBehalfNotCollective { .. } => (
                "người đứng đầu ký trực tiếp (bỏ trống 'authority'), cấp phó ký thay, ví dụ: authority: KT. Giám đốc".into(),
                "the head signs directly (leave 'authority' empty), a deputy signs KT., e.g. authority: KT. Giám đốc".into(),
            ),
            NoRecipients => (
                "thêm 'recipients:' với ít nhất một nơi nhận, ví dụ '- name: Ban Thường vụ Thành ủy'".into(),
                "add 'recipients:' with at least one entry".into(),
            ),
            NoArchive => (
                "ví dụ: archive: Văn phòng Quận ủy".into(),
                "e.g. archive: Văn phòng Quận ủy".into(),
            ),
            UnusedAgency { .. } => (
                "xóa cơ quan này khỏi 'agencies' nếu không cần".into(),
                "remove it from 'agencies' if it is not needed".into(),
            ),
            _ => return None,
        };
        Some(pick(lang, vi, en))
    }
}

/// Vietnamese for the usual YAML scanner messages; others stay as they are.
fn syntax_vi(detail: &str) -> String {
    const TABLE: &[(&str, &str)] = &[
        (
            "found a tab",
            "gặp ký tự tab; YAML chỉ thụt lề bằng dấu cách",
        ),
        ("simple key expected ':'", "thiếu dấu ':' sau tên trường"),
        (
            "trailing content after double-quoted scalar",
            "có nội dung thừa sau dấu ngoặc kép đóng (dấu ngoặc kép lồng nhau?)",
        ),
        (
            "trailing content after single-quoted scalar",
            "có nội dung thừa sau dấu nháy đơn đóng",
        ),
        (
            "mapping values are not allowed",
            "không được đặt dấu ':' ở đây (thiếu dấu ngoặc kép quanh giá trị có ': '?)",
        ),
        (
            "did not find expected key",
            "thụt lề không khớp với các dòng trên",
        ),
        (
            "did not find expected '-' indicator",
            "thụt lề của danh sách không khớp",
        ),
        (
            "found character that cannot start any token",
            "gặp ký tự không thể bắt đầu một giá trị (tab hoặc ký tự đặc biệt?)",
        ),
        (
            "found a tab character",
            "gặp ký tự tab; YAML chỉ thụt lề bằng dấu cách",
        ),
        (
            "tabs disallowed",
            "gặp ký tự tab; YAML chỉ thụt lề bằng dấu cách",
        ),
        (
            "unexpected end of stream",
            "tệp kết thúc đột ngột (thiếu dấu ngoặc đóng?)",
        ),
        ("did not find expected node content", "thiếu giá trị"),
        (
            "could not find expected ':'",
            "thiếu dấu ':' sau tên trường",
        ),
        ("invalid indentation", "thụt lề không hợp lệ"),
        (
            "while scanning a quoted scalar",
            "dấu ngoặc kép chưa được đóng",
        ),
    ];
    let lower = detail.to_lowercase();
    TABLE
        .iter()
        .find(|(en, _)| lower.contains(en))
        .map_or_else(|| detail.to_string(), |(_, vi)| (*vi).to_string())
}

/// Plain English for the deserializer's internal names of kinds of values.
fn kind_en(kind: &str) -> String {
    let k = kind.trim();
    let en = if k.contains("string") && k.contains("sequence") {
        "a text or a list of texts"
    } else if k.contains("string") {
        "a text"
    } else if k.contains("sequence") || k.starts_with("an array") {
        "a list"
    } else if k.starts_with("struct") || k.contains("map") {
        "a mapping (key: value lines)"
    } else if k.contains("float") || matches!(k, "f32" | "f64") {
        "a number"
    } else if matches!(k, "u8" | "u16" | "u32" | "u64" | "usize") {
        "a whole number, 0 or more"
    } else if k.starts_with("integer") || matches!(k, "i8" | "i16" | "i32" | "i64") {
        "a whole number"
    } else if matches!(k, "bool" | "boolean") {
        "true or false"
    } else if matches!(k, "null" | "unit") {
        "an empty value"
    } else {
        return k.to_string();
    };
    en.to_string()
}

/// Vietnamese for serde's "an array of length 4".
fn length_vi(expected: &str) -> String {
    match expected.strip_prefix("an array of length ") {
        Some(n) => format!("danh sách {n} phần tử"),
        None => kind_vi(expected),
    }
}

/// Vietnamese for serde's names of expected and found kinds of values.
fn kind_vi(kind: &str) -> String {
    let k = kind.trim();
    let vi = if k.contains("string") && k.contains("sequence") {
        "một chuỗi văn bản hoặc một danh sách chuỗi"
    } else if k.contains("string") || k == "text" {
        "một chuỗi văn bản"
    } else if k.contains("sequence") || k.contains("list") || k.starts_with("an array") {
        "một danh sách (các dòng bắt đầu bằng '- ')"
    } else if k.starts_with("struct") || k.contains("map") {
        "một nhóm trường (tên: giá trị)"
    } else if k.contains("null") || k == "unit" {
        "giá trị trống"
    } else if matches!(k, "u8" | "u16" | "u32" | "u64" | "usize") {
        "một số nguyên không âm (0, 1, 2 …)"
    } else if k.contains("integer") || k.starts_with('u') || k.starts_with('i') {
        "một số nguyên"
    } else if k.contains("float") || k.starts_with('f') {
        "một số"
    } else if k.contains("bool") {
        "giá trị đúng/sai"
    } else {
        return k.to_string();
    };
    vi.to_string()
}
