//! A small PDF writer for the documents people download: advice, requests for
//! assessment, and later the EHC plan. A document is a title, a few subtitle
//! lines and a list of blocks (headings, paragraphs, labelled fields, lists);
//! the writer lays them out on A4 pages with a header (the title, and a marking
//! such as "DRAFT" when there is one) and "Page N of M" in the footer of each.
//!
//! It needs nothing from outside: the text is set in Helvetica and
//! Helvetica-Bold, two of the PDF standard 14 fonts every reader has, so no font
//! file is embedded; characters are written in WinAnsiEncoding, and lines are
//! broken with the fonts' published glyph widths. Characters WinAnsi cannot show
//! come out as `?`. Content streams are left uncompressed: the documents are
//! small, and their text stays readable to [`text_of`] and to tests.

mod layout;
mod text;

pub use text::{Font, encode, wrap};

/// One document to render.
#[derive(Debug, Clone, Default)]
pub struct PdfDocument {
    /// On the first page in large type, in every page's header, and as the
    /// document's title in the reader's window.
    pub title: String,
    /// Lines under the title on the first page (what it is about, for whom).
    pub subtitle: Vec<String>,
    /// Shown in bold at the right of every page's header, e.g. "DRAFT — not submitted".
    pub marking: Option<String>,
    /// Small print at the left of every page's footer, e.g. when it was downloaded.
    pub footer: Option<String>,
    pub blocks: Vec<Block>,
}

/// A piece of a document, laid out in order down the page.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A heading; level 1 is the largest (sections), 2 and 3 smaller. Kept on
    /// the same page as the line after it.
    Heading { level: u8, text: String },
    /// Running text; its line breaks are kept.
    Paragraph(String),
    /// A question and its answer: the label in bold, the value under it with
    /// its line breaks kept. An empty value reads "Not answered".
    Field { label: String, value: String },
    /// A bulleted list.
    Bullets(Vec<String>),
    /// A numbered list (1., 2., ...).
    Numbered(Vec<String>),
}

impl Block {
    pub fn heading(level: u8, text: impl Into<String>) -> Self {
        Block::Heading {
            level,
            text: text.into(),
        }
    }

    pub fn paragraph(text: impl Into<String>) -> Self {
        Block::Paragraph(text.into())
    }

    pub fn field(label: impl Into<String>, value: impl Into<String>) -> Self {
        Block::Field {
            label: label.into(),
            value: value.into(),
        }
    }
}

/// What an empty field reads.
pub const NOT_ANSWERED: &str = "Not answered";

impl PdfDocument {
    pub fn new(title: impl Into<String>) -> Self {
        PdfDocument {
            title: title.into(),
            ..PdfDocument::default()
        }
    }

    pub fn push(&mut self, block: Block) -> &mut Self {
        self.blocks.push(block);
        self
    }

    /// The document as the bytes of a PDF file.
    pub fn render(&self) -> Vec<u8> {
        layout::render(self)
    }
}

/// The text a PDF made by [`PdfDocument::render`] shows, one entry per line
/// as it was laid out (page headers and footers included), in page order. For
/// tests and checks; it reads only the uncompressed content streams this
/// writer makes, not PDF files in general.
pub fn text_of(pdf: &[u8]) -> Vec<String> {
    let mut lines = Vec::new();
    let mut i = 0;
    while i < pdf.len() {
        let parsed = match pdf[i] {
            b'(' => literal_string(pdf, i),
            b'<' if pdf.get(i + 1) != Some(&b'<') => hex_string(pdf, i),
            b'<' => {
                i += 2;
                continue;
            }
            _ => None,
        };
        match parsed {
            Some((bytes, end)) => {
                let mut next = end;
                while pdf.get(next).is_some_and(u8::is_ascii_whitespace) {
                    next += 1;
                }
                if pdf.get(next..next + 2) == Some(b"Tj") {
                    lines.push(text::decode(&bytes));
                }
                i = end;
            }
            None => i += 1,
        }
    }
    lines
}

/// The bytes of the literal string opening at `start`, and the index after it.
fn literal_string(pdf: &[u8], start: usize) -> Option<(Vec<u8>, usize)> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut i = start + 1;
    while let Some(&b) = pdf.get(i) {
        match b {
            b'\\' => {
                let next = *pdf.get(i + 1)?;
                i += 2;
                match next {
                    b'n' => out.push(b'\n'),
                    b'r' => out.push(b'\r'),
                    b't' => out.push(b'\t'),
                    b'b' => out.push(0x08),
                    b'f' => out.push(0x0C),
                    b'0'..=b'7' => {
                        let mut value = u32::from(next - b'0');
                        for _ in 0..2 {
                            match pdf.get(i) {
                                Some(&d @ b'0'..=b'7') => {
                                    value = value * 8 + u32::from(d - b'0');
                                    i += 1;
                                }
                                _ => break,
                            }
                        }
                        out.push((value & 0xFF) as u8);
                    }
                    b'\r' | b'\n' => {}
                    other => out.push(other),
                }
                continue;
            }
            b'(' => depth += 1,
            b')' if depth == 0 => return Some((out, i + 1)),
            b')' => depth -= 1,
            _ => {}
        }
        out.push(b);
        i += 1;
    }
    None
}

/// The bytes of the hex string opening at `start`, and the index after it.
fn hex_string(pdf: &[u8], start: usize) -> Option<(Vec<u8>, usize)> {
    let end = start + 1 + pdf.get(start + 1..)?.iter().position(|&b| b == b'>')?;
    let digits: Vec<u8> = pdf[start + 1..end]
        .iter()
        .filter(|b| !b.is_ascii_whitespace())
        .map(|&b| char::from(b).to_digit(16).map(|d| d as u8))
        .collect::<Option<_>>()?;
    let bytes = digits
        .chunks(2)
        .map(|pair| pair[0] << 4 | pair.get(1).copied().unwrap_or(0))
        .collect();
    Some((bytes, end + 1))
}

#[cfg(test)]
mod tests {
    use super::layout::{BODY_FONT_SIZE, BODY_WIDTH};
    use super::*;

    fn page_count(pdf: &[u8]) -> usize {
        let needle = b"/Type /Page";
        pdf.windows(needle.len() + 1)
            .filter(|w| &w[..needle.len()] == needle && w[needle.len()] != b's')
            .count()
    }

    fn sample() -> PdfDocument {
        let mut doc = PdfDocument::new("Advice for EHC-2026-000042");
        doc.subtitle = vec!["Alex Smith".into(), "Requested by Chris Okafor".into()];
        doc.marking = Some("DRAFT — not submitted".into());
        doc.push(Block::heading(1, "Background"))
            .push(Block::field(
                "When did the child first come into contact with your organisation?",
                "Referred by the GP in March 2024.\nSeen in clinic (twice) since.",
            ))
            .push(Block::field("Details", ""))
            .push(Block::paragraph(
                "A paragraph with a \\ backslash and (brackets).",
            ))
            .push(Block::Bullets(vec!["One".into(), "Two".into()]))
            .push(Block::Numbered(vec!["First step, by 1 March 2027".into()]));
        doc
    }

    #[test]
    fn a_document_is_a_pdf_file_from_header_to_end_of_file_marker() {
        let pdf = sample().render();
        assert!(pdf.starts_with(b"%PDF-"));
        let end = String::from_utf8_lossy(&pdf[pdf.len() - 8..]).into_owned();
        assert!(end.trim_end().ends_with("%%EOF"), "{end:?}");
        assert_eq!(page_count(&pdf), 1);
        let text = String::from_utf8_lossy(&pdf);
        assert!(text.contains("/BaseFont /Helvetica"));
        assert!(text.contains("/BaseFont /Helvetica-Bold"));
        assert!(text.contains("/Encoding /WinAnsiEncoding"));
        assert!(!text.contains("/FontFile"), "no font is embedded");
        assert!(
            !text.contains("/Filter"),
            "content streams stay uncompressed"
        );
    }

    #[test]
    fn the_text_reads_back_with_header_marking_labels_values_and_page_numbers() {
        let lines = text_of(&sample().render());
        for expected in [
            "Advice for EHC-2026-000042",
            "DRAFT — not submitted",
            "Alex Smith",
            "Background",
            "Referred by the GP in March 2024.",
            "Seen in clinic (twice) since.",
            NOT_ANSWERED,
            "A paragraph with a \\ backslash and (brackets).",
            "First step, by 1 March 2027",
            "Page 1 of 1",
        ] {
            assert!(
                lines.iter().any(|l| l == expected),
                "{expected:?} in {lines:#?}"
            );
        }
        assert!(
            lines.iter().any(|l| l == "\u{2022}"),
            "a bullet: {lines:#?}"
        );
    }

    #[test]
    fn long_text_runs_over_several_pages_each_numbered_of_the_total() {
        let mut doc = PdfDocument::new("A long document");
        doc.marking = Some("DRAFT".into());
        let long = "All work and no play makes a dull report. ".repeat(60);
        for i in 0..12 {
            doc.push(Block::heading(2, format!("Section {i}")));
            doc.push(Block::field("Notes", long.clone()));
        }
        let pdf = doc.render();
        let pages = page_count(&pdf);
        assert!(pages >= 4, "{pages} pages");
        let lines = text_of(&pdf);
        for n in 1..=pages {
            let footer = format!("Page {n} of {pages}");
            assert_eq!(
                lines.iter().filter(|l| **l == footer).count(),
                1,
                "{footer}"
            );
        }
        assert_eq!(
            lines.iter().filter(|l| *l == "DRAFT").count(),
            pages,
            "the marking heads every page"
        );
        assert_eq!(
            lines.iter().filter(|l| *l == "A long document").count(),
            pages + 1,
            "the title heads every page, and opens the first"
        );
    }

    #[test]
    fn wrapped_lines_never_run_past_the_width_and_keep_every_word() {
        let text = "Supercalifragilisticexpialidocious-and-then-some-more-without-any-spaces-at-all \
            is followed by ordinary words, W W W W W W W W W mmmmmmmm iiiiiiii, and a \
            line break\nhere.\n\nAfter a blank line.";
        for font in [Font::Regular, Font::Bold] {
            for width in [40.0, 100.0, 233.3, BODY_WIDTH] {
                let lines = wrap(&encode(text), font, BODY_FONT_SIZE, width);
                for line in &lines {
                    let w = font.width(line, BODY_FONT_SIZE);
                    assert!(
                        w <= width,
                        "{w} > {width}: {:?}",
                        String::from_utf8_lossy(line)
                    );
                    assert!(!line.starts_with(b" ") && !line.ends_with(b" "));
                }
                let joined: Vec<u8> = lines.join(&b' ');
                let squeeze = |b: &[u8]| -> Vec<u8> {
                    b.iter()
                        .copied()
                        .filter(|c| !c.is_ascii_whitespace())
                        .collect()
                };
                assert_eq!(squeeze(&joined), squeeze(&encode(text)));
            }
        }
        let lines = wrap(&encode("one\ntwo\n\nthree"), Font::Regular, 11.0, 500.0);
        assert_eq!(
            lines,
            vec![b"one".to_vec(), b"two".to_vec(), vec![], b"three".to_vec()]
        );
    }

    #[test]
    fn the_widths_are_helveticas() {
        assert_eq!(Font::Regular.glyph_width(b' '), 278);
        assert_eq!(Font::Regular.glyph_width(b'@'), 1015);
        assert_eq!(Font::Regular.glyph_width(b'i'), 222);
        assert_eq!(Font::Regular.glyph_width(b'W'), 944);
        assert_eq!(Font::Bold.glyph_width(b'i'), 278);
        assert_eq!(Font::Bold.glyph_width(b'@'), 975);
        assert_eq!(Font::Regular.glyph_width(0x97), 1000, "em dash");
        assert_eq!(Font::Regular.glyph_width(0xFF), 500, "y with diaeresis");
        assert_eq!(Font::Bold.glyph_width(0xFF), 556);
        assert!((Font::Regular.width(b"Hello", 10.0) - 22.78).abs() < 0.001);
    }

    #[test]
    fn unicode_punctuation_maps_to_win_ansi_and_the_rest_becomes_a_question_mark() {
        assert_eq!(
            encode("\u{2018}a\u{2019} \u{201C}b\u{201D} \u{2013} \u{2014} \u{2026} £5 €6 \u{2022}"),
            vec![
                0x91, b'a', 0x92, b' ', 0x93, b'b', 0x94, b' ', 0x96, b' ', 0x97, b' ', 0x85, b' ',
                0xA3, b'5', b' ', 0x80, b'6', b' ', 0x95
            ]
        );
        assert_eq!(encode("Zoë Ñúñez"), b"Zo\xEB \xD1\xFA\xF1ez".to_vec());
        assert_eq!(encode("a\r\nb\rc\td"), b"a\nb\nc d".to_vec());
        assert_eq!(encode("\u{200B}x\u{0007}"), b"x".to_vec());
        assert_eq!(encode("Анна 李 🙂"), b"???? ? ?".to_vec());
        assert_eq!(text::decode(&encode("£ € — “ok”")), "£ € — “ok”");
    }

    #[test]
    fn non_latin_text_renders_without_panicking() {
        let mut doc = PdfDocument::new("Дитина 孩子 طفل 🙂");
        doc.subtitle = vec!["ελληνικά".into()];
        doc.push(Block::field("Ім'я", "名前 ".repeat(400)));
        doc.push(Block::Bullets(vec!["🙂".repeat(1000)]));
        let pdf = doc.render();
        assert!(pdf.starts_with(b"%PDF-"));
        assert!(text_of(&pdf).iter().any(|l| l.starts_with("??????")));
    }

    #[test]
    fn an_empty_document_is_still_one_page() {
        let pdf = PdfDocument::default().render();
        assert!(pdf.starts_with(b"%PDF-"));
        assert_eq!(page_count(&pdf), 1);
        assert!(text_of(&pdf).iter().any(|l| l == "Page 1 of 1"));
    }
}
