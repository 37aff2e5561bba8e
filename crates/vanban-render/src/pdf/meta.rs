//! Metadata, document ID and saving: the deterministic end of the backend.

use lopdf::{Dictionary, Object, StringFormat};
use printpdf::{PdfDocument, PdfSaveOptions};

use super::PdfError;
use super::write::fnv;
use crate::ir::Meta;

/// A text string: PDFDocEncoding is not enough for Vietnamese, so UTF-16BE
/// with its byte-order mark.
fn text(s: &str) -> Object {
    let mut bytes = vec![0xFE, 0xFF];
    for unit in s.encode_utf16() {
        bytes.extend(unit.to_be_bytes());
    }
    Object::String(bytes, StringFormat::Hexadecimal)
}

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

/// Writes the information dictionary and the ID, then saves.
pub(super) fn finish(pdf: PdfDocument, meta: &Meta) -> Result<Vec<u8>, PdfError> {
    let opts = PdfSaveOptions {
        optimize: false,
        subset_fonts: true,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let mut doc = pdf.to_lopdf_document(&opts, &mut warnings);
    if let Ok(Object::Reference(old)) = doc.trailer.get(b"Info") {
        let old = *old;
        doc.objects.remove(&old);
    }
    let date = pdf_date(&meta.created);
    let mut info = Dictionary::new();
    info.set("Title", text(&meta.title));
    info.set("Author", text(&meta.author));
    info.set("Subject", text(&meta.subject));
    info.set("Keywords", text(&meta.keywords.join(", ")));
    info.set("Creator", text("vanban"));
    info.set(
        "Producer",
        text(&format!("vanban {} (printpdf)", env!("CARGO_PKG_VERSION"))),
    );
    info.set("CreationDate", Object::string_literal(date.clone()));
    info.set("ModDate", Object::string_literal(date));
    let info_id = doc.add_object(Object::Dictionary(info));
    doc.trailer.set("Info", Object::Reference(info_id));
    // The ID: a hash of every object's content, in object order.
    let mut h1 = fnv(1, meta.title.as_bytes());
    let mut h2 = fnv(2, meta.created.as_bytes());
    for (id, object) in &doc.objects {
        if let Object::Stream(s) = object {
            h1 = fnv(h1, &s.content);
            h2 = fnv(h2 ^ u64::from(id.0), &s.content);
        }
    }
    let id: Vec<u8> = [h1, h2].iter().flat_map(|h| h.to_be_bytes()).collect();
    doc.trailer.set(
        "ID",
        Object::Array(vec![
            Object::String(id.clone(), StringFormat::Hexadecimal),
            Object::String(id, StringFormat::Hexadecimal),
        ]),
    );
    compress(&mut doc);
    let mut out = Vec::new();
    doc.save_to(&mut out)
        .map_err(|e| PdfError::Write(e.to_string()))?;
    Ok(out)
}

/// Deflates every stream that is not compressed yet. Level 3 is twice as
/// fast as lopdf's default and the file only a few per cent larger.
fn compress(doc: &mut lopdf::Document) {
    use std::io::Write;
    for object in doc.objects.values_mut() {
        let Object::Stream(stream) = object else {
            continue;
        };
        if stream.dict.get(b"Filter").is_ok() || !stream.allows_compression {
            continue;
        }
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::new(3));
        if z.write_all(&stream.content).is_err() {
            continue;
        }
        if let Ok(packed) = z.finish()
            && packed.len() < stream.content.len()
        {
            stream
                .dict
                .set("Filter", Object::Name(b"FlateDecode".to_vec()));
            stream.set_content(packed);
        }
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
