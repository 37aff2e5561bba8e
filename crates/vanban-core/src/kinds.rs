//! Closed vocabularies written in Vietnamese in the YAML: kinds of documents,
//! issuing bodies, agencies and citations.

use crate::text::{collapse_spaces, lower_vi};

/// Normalises a vocabulary value for matching: NFC, lower case, single spaces.
fn key(text: &str) -> String {
    lower_vi(&collapse_spaces(text))
}

macro_rules! vocabulary {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident => [$($word:literal),+]),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($(#[$vdoc])* $variant),+
        }
        impl $name {
            /// Every value, in order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// Reads a value from its Vietnamese name (case and spacing forgiven).
            pub fn parse(text: &str) -> Option<Self> {
                let k = key(text);
                $(if [$($word),+].contains(&k.as_str()) { return Some(Self::$variant); })+
                None
            }
            /// The Vietnamese name, lower case, as written in the YAML.
            pub fn name(self) -> &'static str {
                match self { $(Self::$variant => [$($word),+][0]),+ }
            }
            /// Every spelling `parse` accepts as written (lower case), the name first.
            pub fn spellings(self) -> &'static [&'static str] {
                match self { $(Self::$variant => &[$($word),+]),+ }
            }
            /// The accepted names, for hints: "a, b, c".
            pub fn accepted() -> String {
                Self::ALL.iter().map(|v| v.name()).collect::<Vec<_>>().join(", ")
            }
        }
    };
}

vocabulary! {
    /// Kinds of documents (Quy định 66-QĐ/TW, Nghị định 30/2020/NĐ-CP).
    DocumentKind {
        /// Chương trình hành động.
        ActionProgram => ["chương trình hành động"],
        /// Chương trình.
        Program => ["chương trình"],
        /// Kế hoạch.
        Plan => ["kế hoạch"],
        /// Báo cáo.
        Report => ["báo cáo"],
        /// Nghị quyết.
        Resolution => ["nghị quyết"],
        /// Kết luận.
        Conclusion => ["kết luận"],
        /// Chỉ thị.
        Directive => ["chỉ thị"],
        /// Quyết định.
        Decision => ["quyết định"],
        /// Quy định.
        Regulation => ["quy định"],
        /// Quy chế.
        Rules => ["quy chế"],
        /// Hướng dẫn.
        Guidance => ["hướng dẫn"],
        /// Thông báo.
        Notice => ["thông báo"],
        /// Thông tri.
        Circular => ["thông tri"],
        /// Đề án.
        Scheme => ["đề án"],
        /// Phương án.
        Option => ["phương án"],
        /// Tờ trình.
        Submission => ["tờ trình"],
        /// Công văn.
        OfficialLetter => ["công văn"],
        /// Biên bản.
        Minutes => ["biên bản"],
        /// Luật.
        Law => ["luật"],
        /// Nghị định.
        Decree => ["nghị định"],
        /// Thông tư.
        Ministerial => ["thông tư"],
    }
}

impl DocumentKind {
    /// The name as it starts a sentence or a citation: "Kết luận".
    pub fn title(self) -> String {
        let n = self.name();
        let mut c = n.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect())
            .unwrap_or_default()
    }

    /// The type abbreviation of the symbol in each form, when the kind has one.
    /// A state công văn has none (its symbol names the organ instead).
    pub fn abbreviation(self, party: bool) -> Option<&'static str> {
        use DocumentKind::*;
        Some(match self {
            ActionProgram | Program => "CTr",
            Plan => "KH",
            Report => "BC",
            Resolution => "NQ",
            Conclusion => "KL",
            Directive => "CT",
            Decision => "QĐ",
            Regulation if party => "QĐ",
            Regulation => "QyĐ",
            Rules => "QC",
            Guidance => "HD",
            Notice => "TB",
            Circular => "TT",
            Scheme => "ĐA",
            Option => "PA",
            Submission => "TTr",
            OfficialLetter if party => "CV",
            Minutes => "BB",
            OfficialLetter | Law | Decree | Ministerial => return None,
        })
    }

    /// Other abbreviations seen for the same kind (Quy định: "QĐi").
    pub fn also_accepted(self) -> &'static [&'static str] {
        match self {
            DocumentKind::Regulation => &["QĐi", "QĐ", "QyĐ"],
            _ => &[],
        }
    }
}

vocabulary! {
    /// Kinds of issuing bodies; they decide the format and who may sign how.
    IssuerKind {
        /// A Party committee (cấp ủy: Quận ủy, Đảng ủy phường, Thành ủy, …).
        PartyCommittee => ["cấp ủy", "cấp uỷ"],
        /// An advisory or support body of a Party committee (Văn phòng, Ban Tổ chức, …).
        PartyAdvisory => ["cơ quan tham mưu"],
        /// An inspection committee (ủy ban kiểm tra).
        InspectionCommittee => ["ủy ban kiểm tra", "uỷ ban kiểm tra"],
        /// A Party delegation (đảng đoàn).
        PartyDelegation => ["đảng đoàn"],
        /// A Party board of cadres (ban cán sự đảng).
        PartyBoard => ["ban cán sự đảng"],
        /// A People's Committee (ủy ban nhân dân).
        PeoplesCommittee => ["ủy ban nhân dân", "uỷ ban nhân dân"],
        /// Another state body.
        StateAgency => ["cơ quan nhà nước"],
    }
}

impl IssuerKind {
    /// Whether its documents follow the Party format (HD 36) rather than NĐ 30.
    pub fn is_party(self) -> bool {
        !matches!(self, IssuerKind::PeoplesCommittee | IssuerKind::StateAgency)
    }

    /// Whether it is a collective body that signs "T/M" (HD 36 §1.7.1).
    pub fn is_collective(self) -> bool {
        !matches!(self, IssuerKind::PartyAdvisory | IssuerKind::StateAgency)
    }
}

vocabulary! {
    /// Kinds of agencies that carry out tasks.
    AgencyKind {
        /// A Party body (advisory body, Party committee of a unit).
        Party => ["đảng"],
        /// A government body or office.
        Government => ["chính quyền"],
        /// The Fatherland Front.
        Front => ["mặt trận"],
        /// A mass organisation.
        MassOrganisation => ["đoàn thể"],
        /// Police.
        Police => ["công an"],
        /// Military.
        Military => ["quân sự"],
        /// Wards and communes.
        Ward => ["phường", "xã", "phường, xã"],
        /// Anything else.
        Other => ["khác"],
    }
}

vocabulary! {
    /// How a document relates to a document it cites.
    CitationRole {
        /// The document implements it ("Thực hiện …").
        Implements => ["thực hiện"],
        /// The document carries on from it.
        Continues => ["kế thừa"],
        /// A legal basis ("Căn cứ …").
        Basis => ["căn cứ"],
        /// Related.
        Related => ["liên quan"],
    }
}

vocabulary! {
    /// The format rule set a document follows.
    FormatKind {
        /// Hướng dẫn 36-HD/VPTW (Party documents).
        Party => ["đảng"],
        /// Nghị định 30/2020/NĐ-CP (state documents).
        State => ["nhà nước"],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vocabularies_parse_their_names() {
        for k in DocumentKind::ALL {
            assert_eq!(DocumentKind::parse(k.name()), Some(*k));
        }
        assert_eq!(
            DocumentKind::parse("  Chương Trình  Hành động "),
            Some(DocumentKind::ActionProgram)
        );
        assert_eq!(
            IssuerKind::parse("cấp uỷ"),
            Some(IssuerKind::PartyCommittee)
        );
        assert_eq!(AgencyKind::parse("bộ"), None);
        assert_eq!(DocumentKind::Conclusion.title(), "Kết luận");
        assert_eq!(DocumentKind::ActionProgram.abbreviation(true), Some("CTr"));
        assert_eq!(DocumentKind::OfficialLetter.abbreviation(false), None);
        assert!(CitationRole::accepted().starts_with("thực hiện, kế thừa"));
    }
}

vocabulary! {
    /// Kinds of report (format reference §5.2).
    ReportKind {
        /// Định kỳ: monthly, quarterly, six-monthly, yearly.
        Periodic => ["định kỳ"],
        /// Sơ kết: an interim review after one or several years.
        Interim => ["sơ kết"],
        /// Tổng kết: the final review.
        Final => ["tổng kết"],
    }
}
