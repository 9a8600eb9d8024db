//! Documents: scanned letters and reports, photos and short videos attached to
//! the child's and the parents' views, to advice, to a request for assessment or
//! to the case as evidence.
//!
//! What a file is comes from its first bytes, never from the name or the type a
//! client claims: only the formats on the allow-list below are kept, each kind
//! with its own size limit. Nobody deletes a statutory record; an administrator
//! may redact one, with a reason.

use serde::{Deserialize, Serialize};

use crate::people::Role;

/// What sort of file: it decides the size limit and how the SPA shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    /// PDF or Word (DOCX).
    Document,
    /// A photo or scan: JPEG, PNG, GIF, WebP or HEIC.
    Image,
    /// A short video: MP4, QuickTime or WebM.
    Video,
}

impl DocumentKind {
    pub const ALL: [DocumentKind; 3] = [
        DocumentKind::Document,
        DocumentKind::Image,
        DocumentKind::Video,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DocumentKind::Document => "document",
            DocumentKind::Image => "image",
            DocumentKind::Video => "video",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// "a photo", "a video", "a document": for timeline entries.
    pub fn noun(self) -> &'static str {
        match self {
            DocumentKind::Document => "a document",
            DocumentKind::Image => "a photo",
            DocumentKind::Video => "a video",
        }
    }
}

/// A recognised file: its media type (as served back), kind and usual extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileType {
    pub media_type: &'static str,
    pub kind: DocumentKind,
    pub extension: &'static str,
}

impl FileType {
    /// A picture every common browser draws in a page (HEIC only Safari does).
    pub fn shows_in_browsers(&self) -> bool {
        self.kind == DocumentKind::Image && self.media_type != HEIC.media_type
    }
}

const PDF: FileType = FileType {
    media_type: "application/pdf",
    kind: DocumentKind::Document,
    extension: "pdf",
};
const DOCX: FileType = FileType {
    media_type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    kind: DocumentKind::Document,
    extension: "docx",
};
const JPEG: FileType = FileType {
    media_type: "image/jpeg",
    kind: DocumentKind::Image,
    extension: "jpg",
};
const PNG: FileType = FileType {
    media_type: "image/png",
    kind: DocumentKind::Image,
    extension: "png",
};
const GIF: FileType = FileType {
    media_type: "image/gif",
    kind: DocumentKind::Image,
    extension: "gif",
};
const WEBP: FileType = FileType {
    media_type: "image/webp",
    kind: DocumentKind::Image,
    extension: "webp",
};
const HEIC: FileType = FileType {
    media_type: "image/heic",
    kind: DocumentKind::Image,
    extension: "heic",
};
const MP4: FileType = FileType {
    media_type: "video/mp4",
    kind: DocumentKind::Video,
    extension: "mp4",
};
const QUICKTIME: FileType = FileType {
    media_type: "video/quicktime",
    kind: DocumentKind::Video,
    extension: "mov",
};
const WEBM: FileType = FileType {
    media_type: "video/webm",
    kind: DocumentKind::Video,
    extension: "webm",
};

/// Every media type on the allow-list, for messages and the contract.
pub const ALLOWED: [FileType; 10] = [PDF, DOCX, JPEG, PNG, GIF, WEBP, HEIC, MP4, QUICKTIME, WEBM];

/// The file type of `bytes` by its magic numbers, or `None` when it is not on
/// the allow-list (whatever its name or claimed type says).
pub fn sniff(bytes: &[u8]) -> Option<FileType> {
    let starts = |magic: &[u8]| bytes.starts_with(magic);
    if starts(b"%PDF-") {
        return Some(PDF);
    }
    if starts(&[0xFF, 0xD8, 0xFF]) {
        return Some(JPEG);
    }
    if starts(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
        return Some(PNG);
    }
    if starts(b"GIF87a") || starts(b"GIF89a") {
        return Some(GIF);
    }
    if starts(b"RIFF") && bytes.get(8..12) == Some(b"WEBP") {
        return Some(WEBP);
    }
    if starts(&[0x1A, 0x45, 0xDF, 0xA3]) {
        // EBML: WebM names its doctype near the start (Matroska is not allowed).
        let head = &bytes[..bytes.len().min(64)];
        return contains(head, b"webm").then_some(WEBM);
    }
    if bytes.get(4..8) == Some(b"ftyp") {
        return iso_media(bytes);
    }
    if starts(b"PK\x03\x04") && is_docx(bytes) {
        return Some(DOCX);
    }
    None
}

/// ISO base media files name a "major brand" after `ftyp`.
fn iso_media(bytes: &[u8]) -> Option<FileType> {
    let brand = bytes.get(8..12)?;
    match brand {
        b"heic" | b"heix" | b"heim" | b"heis" | b"mif1" | b"msf1" => Some(HEIC),
        b"qt  " => Some(QUICKTIME),
        b"isom" | b"iso2" | b"iso4" | b"iso5" | b"iso6" | b"mp41" | b"mp42" | b"avc1" | b"M4V "
        | b"dash" | b"3gp4" | b"3gp5" | b"3gp6" | b"3g2a" | b"mmp4" => Some(MP4),
        _ => None,
    }
}

/// A Word document is a ZIP holding `[Content_Types].xml` and `word/document.xml`;
/// the names are stored uncompressed in the ZIP's headers.
fn is_docx(bytes: &[u8]) -> bool {
    contains(bytes, b"[Content_Types].xml") && contains(bytes, b"word/document.xml")
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

const MIB: u64 = 1024 * 1024;

/// Largest file accepted of each kind, in bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SizeLimits {
    pub document_bytes: u64,
    pub image_bytes: u64,
    pub video_bytes: u64,
}

impl Default for SizeLimits {
    fn default() -> Self {
        SizeLimits {
            document_bytes: 20 * MIB,
            image_bytes: 20 * MIB,
            video_bytes: 100 * MIB,
        }
    }
}

impl SizeLimits {
    pub fn of(&self, kind: DocumentKind) -> u64 {
        match kind {
            DocumentKind::Document => self.document_bytes,
            DocumentKind::Image => self.image_bytes,
            DocumentKind::Video => self.video_bytes,
        }
    }

    /// The most any upload may be before its kind is known.
    pub fn largest(&self) -> u64 {
        DocumentKind::ALL
            .into_iter()
            .map(|k| self.of(k))
            .max()
            .unwrap_or(0)
    }
}

/// Why an upload is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadProblem {
    Empty,
    NotAllowed,
    TooLarge {
        kind: DocumentKind,
        limit: u64,
    },
    /// The child's photo must be a picture every browser shows (not a video,
    /// a document or a HEIC photo).
    NotAPhoto,
}

impl UploadProblem {
    pub fn code(&self) -> &'static str {
        match self {
            UploadProblem::Empty => "empty",
            UploadProblem::NotAllowed => "file_type_not_allowed",
            UploadProblem::TooLarge { .. } => "too_large",
            UploadProblem::NotAPhoto => "not_a_photo",
        }
    }

    pub fn message(&self) -> String {
        match self {
            UploadProblem::Empty => "The selected file is empty".to_owned(),
            UploadProblem::NotAllowed => {
                "The selected file must be a PDF, a Word document (DOCX), a photo (JPEG, PNG, GIF, WebP or HEIC) or a video (MP4, MOV or WebM)".to_owned()
            }
            UploadProblem::TooLarge { kind, limit } => format!(
                "{} must be smaller than {}",
                match kind {
                    DocumentKind::Document => "A document",
                    DocumentKind::Image => "A photo",
                    DocumentKind::Video => "A video",
                },
                megabytes(*limit)
            ),
            UploadProblem::NotAPhoto => {
                "The child's photo must be a JPEG, PNG, GIF or WebP picture".to_owned()
            }
        }
    }
}

fn megabytes(bytes: u64) -> String {
    format!("{} MB", bytes.div_ceil(MIB))
}

/// Checks a whole upload: on the allow-list, not empty, within its kind's limit.
pub fn check_upload(bytes: &[u8], limits: &SizeLimits) -> Result<FileType, UploadProblem> {
    if bytes.is_empty() {
        return Err(UploadProblem::Empty);
    }
    let file_type = sniff(bytes).ok_or(UploadProblem::NotAllowed)?;
    let limit = limits.of(file_type.kind);
    if bytes.len() as u64 > limit {
        return Err(UploadProblem::TooLarge {
            kind: file_type.kind,
            limit,
        });
    }
    Ok(file_type)
}

/// [`check_upload`] for a file going to `section`, which may take only some kinds.
pub fn check_upload_to(
    section: Section,
    bytes: &[u8],
    limits: &SizeLimits,
) -> Result<FileType, UploadProblem> {
    let file_type = check_upload(bytes, limits)?;
    if section == Section::ChildPhoto && !file_type.shows_in_browsers() {
        return Err(UploadProblem::NotAPhoto);
    }
    Ok(file_type)
}

/// Longest file name kept, in characters.
pub const MAX_NAME_CHARS: usize = 200;

/// The name shown for a file: the last part of what the client sent (no
/// folders), without control characters, trimmed and cut to length. It is only
/// ever displayed; files are stored under keys the server makes.
pub fn display_name(raw: &str, file_type: &FileType) -> String {
    let last = raw.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = last
        .chars()
        .filter(|c| !c.is_control())
        .collect::<String>()
        .trim()
        .trim_start_matches('.')
        .chars()
        .take(MAX_NAME_CHARS)
        .collect();
    if cleaned.is_empty() {
        format!("{}.{}", file_type.kind.as_str(), file_type.extension)
    } else {
        cleaned
    }
}

/// What a document is attached to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    /// "About me": the child's views.
    ChildViews,
    /// The parents' or carers' views.
    ParentViews,
    /// Reports and letters the family, a setting or the co-ordinator add to the case.
    Evidence,
    /// A contributor's advice.
    Advice,
    /// A request for assessment (kept with the case it becomes).
    Request,
    /// The child's photo in the child's details (the latest one shows).
    ChildPhoto,
}

impl Section {
    pub const ALL: [Section; 6] = [
        Section::ChildViews,
        Section::ParentViews,
        Section::Evidence,
        Section::Advice,
        Section::Request,
        Section::ChildPhoto,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Section::ChildViews => "child_views",
            Section::ParentViews => "parent_views",
            Section::Evidence => "evidence",
            Section::Advice => "advice",
            Section::Request => "request",
            Section::ChildPhoto => "child_photo",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// Where on the case, for timeline entries ("to the child's views").
    pub fn place(self) -> &'static str {
        match self {
            Section::ChildViews => "the child's views",
            Section::ParentViews => "the parents' views",
            Section::Evidence => "the case's evidence",
            Section::Advice => "advice",
            Section::Request => "the request for assessment",
            Section::ChildPhoto => "the child's details",
        }
    }

    pub fn is_views(self) -> bool {
        matches!(self, Section::ChildViews | Section::ParentViews)
    }

    /// What a person must be allowed to add a file to this section of a case;
    /// `None` for advice and requests, which are added to through their own record.
    pub fn case_upload_action(self) -> Option<crate::access::Action> {
        use crate::access::Action;
        match self {
            Section::ChildPhoto => Some(Action::EditChildDetails),
            Section::ChildViews | Section::ParentViews | Section::Evidence => {
                Some(Action::AddFamilyViews)
            }
            Section::Advice | Section::Request => None,
        }
    }

    /// Views are the family's own: anyone else writing or adding to them does
    /// so on the family's behalf, and it is recorded as such.
    pub fn on_behalf(self, role: Role) -> bool {
        self.is_views() && role != Role::Family
    }
}

/// Longest redaction reason, in characters.
pub const MAX_REASON_CHARS: usize = 2000;

/// A redaction needs a reason people can read later.
pub fn check_redaction_reason(reason: &str) -> Result<&str, &'static str> {
    let reason = reason.trim();
    if reason.is_empty() {
        Err("Enter why this document is being redacted")
    } else if reason.chars().count() > MAX_REASON_CHARS {
        Err("The reason must be 2000 characters or fewer")
    } else {
        Ok(reason)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn docx_bytes() -> Vec<u8> {
        let mut b = b"PK\x03\x04\x14\x00\x06\x00".to_vec();
        b.extend_from_slice(b"....[Content_Types].xml....word/document.xml....");
        b
    }

    #[test]
    fn each_allowed_format_is_known_by_its_first_bytes() {
        let cases: Vec<(Vec<u8>, &str)> = vec![
            (b"%PDF-1.7\n...".to_vec(), "application/pdf"),
            (vec![0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10], "image/jpeg"),
            (
                vec![0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0],
                "image/png",
            ),
            (b"GIF89a....".to_vec(), "image/gif"),
            (b"RIFF\x10\x00\x00\x00WEBPVP8 ".to_vec(), "image/webp"),
            (b"\x00\x00\x00\x18ftypheic\x00\x00".to_vec(), "image/heic"),
            (b"\x00\x00\x00\x18ftypisom\x00\x00".to_vec(), "video/mp4"),
            (
                b"\x00\x00\x00\x14ftypqt  \x00\x00".to_vec(),
                "video/quicktime",
            ),
            (
                b"\x1A\x45\xDF\xA3\x9F\x42\x86\x81\x01\x42\x82\x84webm".to_vec(),
                "video/webm",
            ),
            (docx_bytes(), DOCX.media_type),
        ];
        for (bytes, media_type) in cases {
            assert_eq!(
                sniff(&bytes).map(|t| t.media_type),
                Some(media_type),
                "{media_type}"
            );
        }
    }

    #[test]
    fn a_script_or_page_is_refused_whatever_it_is_called() {
        for bytes in [
            b"<html><script>alert(1)</script>".as_slice(),
            b"<svg xmlns='http://www.w3.org/2000/svg'/>",
            b"MZ\x90\x00",
            b"#!/bin/sh\nrm -rf /",
            b"PK\x03\x04 a zip that is not a Word document",
            b"\x1A\x45\xDF\xA3\x9F\x42\x86\x81\x01matroska",
            b"\x00\x00\x00\x18ftypcrx \x00",
            b"",
        ] {
            assert_eq!(sniff(bytes), None);
        }
    }

    #[test]
    fn each_kind_has_its_own_limit_and_videos_may_be_largest() {
        let limits = SizeLimits {
            document_bytes: 10,
            image_bytes: 12,
            video_bytes: 40,
        };
        let mut pdf = b"%PDF-".to_vec();
        pdf.resize(11, b'x');
        assert_eq!(
            check_upload(&pdf, &limits),
            Err(UploadProblem::TooLarge {
                kind: DocumentKind::Document,
                limit: 10
            })
        );
        let mut mp4 = b"\x00\x00\x00\x18ftypmp42".to_vec();
        mp4.resize(40, 0);
        assert_eq!(
            check_upload(&mp4, &limits).map(|t| t.kind),
            Ok(DocumentKind::Video)
        );
        assert_eq!(limits.largest(), 40);
        assert_eq!(check_upload(b"", &limits), Err(UploadProblem::Empty));
        assert_eq!(
            check_upload(b"hello", &limits),
            Err(UploadProblem::NotAllowed)
        );
        let defaults = SizeLimits::default();
        assert!(defaults.video_bytes > defaults.image_bytes);
    }

    #[test]
    fn a_display_name_never_carries_folders_or_control_characters() {
        assert_eq!(
            display_name("C:\\Users\\me\\report.pdf", &PDF),
            "report.pdf"
        );
        assert_eq!(display_name("../../etc/passwd", &PDF), "passwd");
        assert_eq!(display_name("bad\r\nname\u{0}.jpg", &JPEG), "badname.jpg");
        assert_eq!(display_name("  .hidden.png ", &PNG), "hidden.png");
        assert_eq!(display_name("", &JPEG), "image.jpg");
        assert_eq!(
            display_name("x".repeat(300).as_str(), &PDF).chars().count(),
            MAX_NAME_CHARS
        );
    }

    #[test]
    fn a_redaction_needs_a_reason() {
        assert!(check_redaction_reason("  ").is_err());
        assert_eq!(check_redaction_reason(" Wrong child "), Ok("Wrong child"));
        assert!(check_redaction_reason(&"x".repeat(2001)).is_err());
    }

    #[test]
    fn only_someone_else_adding_to_the_views_does_so_on_the_family_s_behalf() {
        assert!(Section::ChildViews.on_behalf(Role::Setting));
        assert!(Section::ParentViews.on_behalf(Role::CaseCoordinator));
        assert!(!Section::ParentViews.on_behalf(Role::Family));
        assert!(!Section::Evidence.on_behalf(Role::CaseCoordinator));
    }

    #[test]
    fn names_round_trip() {
        for s in Section::ALL {
            assert_eq!(Section::parse(s.as_str()), Some(s));
        }
        for k in DocumentKind::ALL {
            assert_eq!(DocumentKind::parse(k.as_str()), Some(k));
        }
    }

    #[test]
    fn the_child_s_photo_is_a_picture_a_browser_shows() {
        let limits = SizeLimits::default();
        let jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10];
        assert_eq!(
            check_upload_to(Section::ChildPhoto, &jpeg, &limits).map(|t| t.media_type),
            Ok("image/jpeg")
        );
        for refused in [
            b"%PDF-1.7\n...".as_slice(),
            b"\x00\x00\x00\x18ftypheic\x00\x00",
            b"\x00\x00\x00\x18ftypisom\x00\x00",
        ] {
            assert_eq!(
                check_upload_to(Section::ChildPhoto, refused, &limits),
                Err(UploadProblem::NotAPhoto)
            );
        }
        // Views take any allowed kind.
        assert!(check_upload_to(Section::ChildViews, b"%PDF-1.7\n...", &limits).is_ok());
    }
}
