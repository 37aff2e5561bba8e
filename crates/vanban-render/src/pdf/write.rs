//! The file: catalog, page tree, one content stream per page, the fonts,
//! the information dictionary and the ID, written with pdf-writer (objects,
//! cross-reference table and trailer) in a fixed order.

use pdf_writer::{Chunk, Filter, Finish, Name, Pdf, Rect, Ref, TextStr};

use super::{PdfError, content, embed, meta};
use crate::fonts::FontSet;
use crate::ir::Meta;
use crate::layout::Pages;

/// FNV-1a over 64-bit words: a stable hash for names and IDs (never for
/// security), fast enough to run over every stream of the file.
pub(super) fn fnv(seed: u64, bytes: &[u8]) -> u64 {
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut h = 0xcbf2_9ce4_8422_2325u64 ^ seed;
    let mut words = bytes.chunks_exact(8);
    for w in &mut words {
        let mut b = [0u8; 8];
        b.copy_from_slice(w);
        h = (h ^ u64::from_le_bytes(b)).wrapping_mul(PRIME);
    }
    for b in words.remainder() {
        h = (h ^ u64::from(*b)).wrapping_mul(PRIME);
    }
    h ^ (h >> 29)
}

/// Hands out object numbers in order.
pub(super) struct Refs(i32);

impl Refs {
    /// The next `N` numbers.
    pub fn take<const N: usize>(&mut self) -> [Ref; N] {
        std::array::from_fn(|_| {
            self.0 += 1;
            Ref::new(self.0)
        })
    }
}

/// Deflates streams at level 3 (twice as fast as the default level, the
/// file only a few per cent larger), with one compressor for the whole file:
/// its tables are allocated once, not once per stream.
pub(super) struct Deflater(flate2::Compress);

impl Deflater {
    pub fn new() -> Self {
        Self(flate2::Compress::new(flate2::Compression::new(3), true))
    }

    /// `bytes` as a zlib stream.
    pub fn pack(&mut self, bytes: &[u8]) -> Vec<u8> {
        self.0.reset();
        let mut out = Vec::with_capacity(bytes.len() / 3 + 64);
        loop {
            let read = self.0.total_in() as usize;
            let rest = bytes.get(read..).unwrap_or_default();
            match self
                .0
                .compress_vec(rest, &mut out, flate2::FlushCompress::Finish)
            {
                Ok(flate2::Status::StreamEnd) | Err(_) => return out,
                Ok(_) => out.reserve(out.capacity().max(64)),
            }
        }
    }
}

/// The PDF of `pages`, fonts embedded as subsets, with `meta`'s information.
pub(super) fn document(pages: &Pages, fonts: &FontSet, meta: &Meta) -> Result<Vec<u8>, PdfError> {
    let mut refs = Refs(0);
    let [catalog, tree, info] = refs.take();
    let faces = embed::faces(pages, fonts);
    let mut z = Deflater::new();

    let mut fonts_chunk = Chunk::new();
    let mut font_refs = Vec::with_capacity(faces.len());
    for e in &faces {
        font_refs.push(embed::write(e, &mut refs, &mut z, &mut fonts_chunk)?);
    }

    let mut body = Chunk::with_capacity(8 * 1024 * pages.pages.len());
    let mut kids = Vec::with_capacity(pages.pages.len());
    let mut ids = meta::Id::new(meta);
    for page in &pages.pages {
        let [page_ref, content_ref] = refs.take();
        kids.push(page_ref);
        let bytes = content::page(page, &faces);
        ids.add(&bytes);
        let rect = Rect::new(0.0, 0.0, page.width, page.height);
        body.page(page_ref)
            .parent(tree)
            .media_box(rect)
            .crop_box(rect)
            .trim_box(rect)
            .contents(content_ref);
        body.stream(content_ref, &z.pack(&bytes))
            .filter(Filter::FlateDecode);
    }

    let mut pdf = Pdf::with_capacity(body.len() + fonts_chunk.len() + 4096);
    pdf.catalog(catalog).pages(tree).lang(TextStr("vi"));
    let mut tree_dict = pdf.pages(tree);
    tree_dict
        .kids(kids.iter().copied())
        .count(kids.len() as i32);
    let mut resources = tree_dict.resources();
    let mut dict = resources.fonts();
    for (e, r) in faces.iter().zip(&font_refs) {
        dict.pair(Name(e.tag.as_bytes()), *r);
    }
    dict.finish();
    resources.finish();
    tree_dict.finish();
    meta::info(&mut pdf, info, meta);
    pdf.extend(&body);
    pdf.extend(&fonts_chunk);
    pdf.set_file_id(ids.finish());
    Ok(pdf.finish())
}
