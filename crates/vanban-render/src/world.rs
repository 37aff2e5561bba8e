//! The environment seam, in the spirit of Typst's `World`: everything a
//! render needs from outside the document, built once by the caller. The
//! library itself reads no file, no environment variable and no clock: the
//! fonts and the wording come from here, the format from the [`Profile`]
//! the caller passes, and every date from the document (its date of issue,
//! the report's as-of date).

use crate::docx::{self, FixError};
use crate::fonts::FontSet;
use crate::ir::Document;
use crate::pdf::{self, Pdf, PdfError};
use crate::profile::Profile;
use crate::templates::{TemplateError, Templates};
use vanban_core::{Program, StatusFile};

/// The fonts both formats are measured with (the .docx names their family,
/// the PDF embeds them) and the wording templates.
pub struct World {
    /// The four faces.
    pub fonts: FontSet,
    /// The wording.
    pub templates: Templates,
}

impl World {
    /// The bundled Liberation Serif and the built-in wording.
    pub fn builtin() -> Self {
        Self {
            fonts: FontSet::builtin().clone(),
            templates: Templates::builtin(),
        }
    }

    /// The program's document (its IR).
    pub fn program(&self, program: &Program, profile: &Profile) -> Result<Document, TemplateError> {
        crate::program_document(program, profile, &self.templates)
    }

    /// The report on `status`, compared with `previous` when given.
    pub fn report(
        &self,
        program: &Program,
        status: &StatusFile,
        previous: Option<&StatusFile>,
        profile: &Profile,
    ) -> Result<Document, TemplateError> {
        crate::report_document(program, status, previous, profile, &self.templates)
    }

    /// The .docx of a document.
    pub fn docx(&self, doc: &Document, profile: &Profile) -> Result<Vec<u8>, FixError> {
        docx::to_docx(doc, profile, &self.fonts)
    }

    /// The PDF of a document, with its page count.
    pub fn pdf(&self, doc: &Document, profile: &Profile) -> Result<Pdf, PdfError> {
        pdf::render(doc, profile, &self.fonts)
    }
}
