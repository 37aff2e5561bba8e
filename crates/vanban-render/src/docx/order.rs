//! The schema order of the children of each WordprocessingML container that
//! docx-rs writes out of order, from ISO/IEC 29500-4:2016 `wml.xsd`.

/// Schema child order of each container element, by local name in the `w:`
/// namespace, flattened from ISO/IEC 29500-4:2016 `wml.xsd` (groups and
/// extensions resolved). For `xsd:choice` groups (EG_RPrBase, CT_TrPrBase)
/// any order is valid and the declaration order is used as the canonical one,
/// which is also the order Word writes.
#[rustfmt::skip]
pub(super) const ORDERS: &[(&str, &[&str])] = &[
    // CT_PPr (w:p/w:pPr); CT_PPrGeneral (styles, numbering) is a prefix of it.
    ("pPr", &[
        "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
        "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
        "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
        "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap",
        "jc", "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId",
        "cnfStyle", "rPr", "sectPr", "pPrChange",
    ]),
    // CT_ParaRPr (ins..moveTo, EG_RPrBase, rPrChange); CT_RPr is the same without ins..moveTo.
    ("rPr", &[
        "ins", "del", "moveFrom", "moveTo", "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps",
        "smallCaps", "strike", "dstrike", "outline", "shadow", "emboss", "imprint", "noProof",
        "snapToGrid", "vanish", "webHidden", "color", "spacing", "w", "kern", "position", "sz",
        "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs",
        "em", "lang", "eastAsianLayout", "specVanish", "oMath", "rPrChange",
    ]),
    // CT_PBdr
    ("pBdr", &["top", "left", "bottom", "right", "between", "bar"]),
    // CT_NumPr
    ("numPr", &["ilvl", "numId", "numberingChange", "ins"]),
    // CT_SectPr (EG_HdrFtrReferences, EG_SectPrContents, sectPrChange)
    ("sectPr", &[
        "headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar",
        "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign",
        "noEndnote", "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings",
        "sectPrChange",
    ]),
    // CT_TblPr (CT_TblPrBase + tblPrChange)
    ("tblPr", &[
        "tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
        "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd",
        "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription", "tblPrChange",
    ]),
    // CT_TblBorders
    ("tblBorders", &["top", "start", "left", "bottom", "end", "right", "insideH", "insideV"]),
    // CT_TblCellMar
    ("tblCellMar", &["top", "start", "left", "bottom", "end", "right"]),
    // CT_TrPr (CT_TrPrBase choice, then ins, del, trPrChange)
    ("trPr", &[
        "cnfStyle", "divId", "gridBefore", "gridAfter", "wBefore", "wAfter", "cantSplit",
        "trHeight", "tblHeader", "tblCellSpacing", "jc", "hidden", "ins", "del", "trPrChange",
    ]),
    // CT_TcPr
    ("tcPr", &[
        "cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar",
        "textDirection", "tcFitText", "vAlign", "hideMark", "headers", "cellIns", "cellDel",
        "cellMerge", "tcPrChange",
    ]),
    // CT_TcBorders
    ("tcBorders", &[
        "top", "start", "left", "bottom", "end", "right", "insideH", "insideV", "tl2br", "tr2bl",
    ]),
    // CT_TcMar
    ("tcMar", &["top", "start", "left", "bottom", "end", "right"]),
    // CT_Style
    ("style", &[
        "name", "aliases", "basedOn", "next", "link", "autoRedefine", "hidden", "uiPriority",
        "semiHidden", "unhideWhenUsed", "qFormat", "locked", "personal", "personalCompose",
        "personalReply", "rsid", "pPr", "rPr", "tblPr", "trPr", "tcPr", "tblStylePr",
    ]),
    // CT_DocDefaults
    ("docDefaults", &["rPrDefault", "pPrDefault"]),
    // CT_Numbering, CT_AbstractNum, CT_Lvl
    ("numbering", &["numPicBullet", "abstractNum", "num", "numIdMacAtCleanup"]),
    ("abstractNum", &[
        "nsid", "multiLevelType", "tmpl", "name", "styleLink", "numStyleLink", "lvl",
    ]),
    ("lvl", &[
        "start", "numFmt", "lvlRestart", "pStyle", "isLgl", "suff", "lvlText", "lvlPicBulletId",
        "legacy", "lvlJc", "pPr", "rPr",
    ]),
    // CT_Settings (w: children only; m:mathPr and sl:schemaLibrary are not written by docx-rs)
    ("settings", &[
        "writeProtection", "view", "zoom", "removePersonalInformation", "removeDateAndTime",
        "doNotDisplayPageBoundaries", "displayBackgroundShape", "printPostScriptOverText",
        "printFractionalCharacterWidth", "printFormsData", "embedTrueTypeFonts",
        "embedSystemFonts", "saveSubsetFonts", "saveFormsData", "mirrorMargins",
        "alignBordersAndEdges", "bordersDoNotSurroundHeader", "bordersDoNotSurroundFooter",
        "gutterAtTop", "hideSpellingErrors", "hideGrammaticalErrors", "activeWritingStyle",
        "proofState", "formsDesign", "attachedTemplate", "linkStyles", "stylePaneFormatFilter",
        "stylePaneSortMethod", "documentType", "mailMerge", "revisionView", "trackRevisions",
        "doNotTrackMoves", "doNotTrackFormatting", "documentProtection", "autoFormatOverride",
        "styleLockTheme", "styleLockQFSet", "defaultTabStop", "autoHyphenation",
        "consecutiveHyphenLimit", "hyphenationZone", "doNotHyphenateCaps", "showEnvelope",
        "summaryLength", "clickAndTypeStyle", "defaultTableStyle", "evenAndOddHeaders",
        "bookFoldRevPrinting", "bookFoldPrinting", "bookFoldPrintingSheets",
        "drawingGridHorizontalSpacing", "drawingGridVerticalSpacing",
        "displayHorizontalDrawingGridEvery", "displayVerticalDrawingGridEvery",
        "doNotUseMarginsForDrawingGridOrigin", "drawingGridHorizontalOrigin",
        "drawingGridVerticalOrigin", "doNotShadeFormData", "noPunctuationKerning",
        "characterSpacingControl", "printTwoOnOne", "strictFirstAndLastChars", "noLineBreaksAfter",
        "noLineBreaksBefore", "savePreviewPicture", "doNotValidateAgainstSchema", "saveInvalidXml",
        "ignoreMixedContent", "alwaysShowPlaceholderText", "doNotDemarcateInvalidXml",
        "saveXmlDataOnly", "useXSLTWhenSaving", "saveThroughXslt", "showXMLTags",
        "alwaysMergeEmptyNamespace", "updateFields", "hdrShapeDefaults", "footnotePr", "endnotePr",
        "compat", "docVars", "rsids", "attachedSchema", "themeFontLang", "clrSchemeMapping",
        "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures", "forceUpgrade", "captions",
        "readModeInkLockDown", "smartTagType", "shapeDefaults", "doNotEmbedSmartTags",
        "decimalSymbol", "listSeparator",
    ]),
];
