//! The information dictionary and the document ID: the deterministic end
//! of the backend (the dates are the document's, the ID a hash of the
//! pages' content).

use pdf_writer::{Pdf, Ref, Str, TextStr};

use super::write::fnv;
use crate::ir::Meta;

/// "2022-09-12" as a PDF date. The library reads no clock and no
/// environment: every document has its date (the IR's `created`), and a
/// malformed one gives 1 January 1980, the fixed day of the .docx's zip
/// entries.
fn pdf_date(iso: &str) -> String {
    let digits: String = iso.chars().filter(char::is_ascii_digit).collect();
    let day = if digits.len() == 8 {
        digits
    } else {
        "19800101".to_owned()
    };
    format!("D:{day}000000Z")
}

/// Writes the information dictionary (text strings in UTF-16BE where they
/// are not ASCII: PDFDocEncoding is not enough for Vietnamese).
pub(super) fn info(pdf: &mut Pdf, id: Ref, meta: &Meta) {
    let date = pdf_date(&meta.created);
    let keywords = meta.keywords.join(", ");
    let producer = format!("vanban {}", env!("CARGO_PKG_VERSION"));
    let mut info = pdf.document_info(id);
    info.title(TextStr(&meta.title))
        .author(TextStr(&meta.author))
        .subject(TextStr(&meta.subject))
        .keywords(TextStr(&keywords))
        .creator(TextStr("vanban"))
        .producer(TextStr(&producer));
    info.pair(pdf_writer::Name(b"CreationDate"), Str(date.as_bytes()));
    info.pair(pdf_writer::Name(b"ModDate"), Str(date.as_bytes()));
}

/// The trailer's ID: two hashes of the title, the date and every page's
/// content, in page order.
pub(super) struct Id(u64, u64);

impl Id {
    pub fn new(meta: &Meta) -> Self {
        Self(
            fnv(1, meta.title.as_bytes()),
            fnv(2, meta.created.as_bytes()),
        )
    }

    /// Adds a content stream.
    pub fn add(&mut self, content: &[u8]) {
        self.0 = fnv(self.0, content);
        self.1 = fnv(self.1.rotate_left(7), content);
    }

    /// Both halves of the ID (the same: the file is never updated).
    pub fn finish(self) -> (Vec<u8>, Vec<u8>) {
        let id: Vec<u8> = [self.0, self.1]
            .iter()
            .flat_map(|h| h.to_be_bytes())
            .collect();
        (id.clone(), id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_come_from_the_document_or_a_fixed_day() {
        assert_eq!(pdf_date("2022-09-12"), "D:20220912000000Z");
    }
}
