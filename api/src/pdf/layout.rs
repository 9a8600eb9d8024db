//! Laying a document out on A4 pages, then writing the PDF objects: a first
//! pass places every line and breaks pages, so the second knows how many pages
//! there are for "Page N of M".

use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, Str, TextStr};

use super::text::{Font, encode, fit, wrap};
use super::{Block, NOT_ANSWERED, PdfDocument};

/// A4 portrait, in points.
const PAGE_WIDTH: f32 = 595.28;
const PAGE_HEIGHT: f32 = 841.89;
/// 20 mm each side.
const MARGIN_X: f32 = 56.69;
/// Where the body starts, below the header.
const BODY_TOP: f32 = PAGE_HEIGHT - 72.0;
/// The body stays above this, clear of the footer.
const BODY_BOTTOM: f32 = 62.0;
pub(super) const BODY_WIDTH: f32 = PAGE_WIDTH - 2.0 * MARGIN_X;
pub(super) const BODY_FONT_SIZE: f32 = 11.0;
const SMALL_FONT_SIZE: f32 = 9.0;
const TITLE_FONT_SIZE: f32 = 20.0;
/// Line height as a multiple of the font size.
const LEADING: f32 = 1.35;
/// Where list items' text starts, right of the bullet or number.
const LIST_INDENT: f32 = 18.0;
const GREY: f32 = 0.3;

const REGULAR: Name<'static> = Name(b"F1");
const BOLD: Name<'static> = Name(b"F2");

/// One line of text placed on a page.
#[derive(Debug, Clone)]
struct Line {
    font: Font,
    size: f32,
    x: f32,
    /// The baseline.
    y: f32,
    text: Vec<u8>,
    grey: bool,
}

/// The pages being filled, and how far down the current one is.
struct Pages {
    pages: Vec<Vec<Line>>,
    /// The top of the free space on the current page.
    y: f32,
}

impl Pages {
    fn new() -> Self {
        Pages {
            pages: vec![Vec::new()],
            y: BODY_TOP,
        }
    }

    fn at_top(&self) -> bool {
        self.y >= BODY_TOP
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = BODY_TOP;
    }

    /// Starts a new page unless `height` more fits on this one.
    fn keep(&mut self, height: f32) {
        if !self.at_top() && self.y - height < BODY_BOTTOM {
            self.new_page();
        }
    }

    /// Vertical space, dropped at the top of a page.
    fn gap(&mut self, height: f32) {
        if !self.at_top() {
            self.y -= height;
        }
    }

    /// Places one line at `x`, on a new page when it does not fit here.
    fn line(&mut self, font: Font, size: f32, x: f32, text: Vec<u8>, grey: bool) {
        let height = size * LEADING;
        self.keep(height);
        let y = self.y - size;
        self.y -= height;
        if !text.is_empty()
            && let Some(page) = self.pages.last_mut()
        {
            page.push(Line {
                font,
                size,
                x,
                y,
                text,
                grey,
            });
        }
    }

    /// `text` wrapped to `width` from `x`, line by line.
    fn text(&mut self, text: &str, font: Font, size: f32, x: f32, width: f32, grey: bool) {
        for line in wrap(&encode(text.trim()), font, size, width) {
            self.line(font, size, x, line, grey);
        }
    }

    /// A list item: its marker at the margin, its text indented beside it.
    fn item(&mut self, marker: &str, text: &str) {
        let size = BODY_FONT_SIZE;
        let lines = wrap(
            &encode(nonempty(text)),
            Font::Regular,
            size,
            BODY_WIDTH - LIST_INDENT,
        );
        for (i, line) in lines.into_iter().enumerate() {
            if i == 0 {
                self.keep(size * LEADING);
                if let Some(page) = self.pages.last_mut() {
                    page.push(Line {
                        font: Font::Regular,
                        size,
                        x: MARGIN_X,
                        y: self.y - size,
                        text: encode(marker),
                        grey: false,
                    });
                }
            }
            self.line(Font::Regular, size, MARGIN_X + LIST_INDENT, line, false);
        }
    }
}

fn nonempty(text: &str) -> &str {
    if text.trim().is_empty() {
        NOT_ANSWERED
    } else {
        text.trim()
    }
}

/// A heading's size, and the space above it.
fn heading_style(level: u8) -> (f32, f32) {
    match level {
        0 | 1 => (15.0, 14.0),
        2 => (13.0, 10.0),
        3 => (12.0, 6.0),
        _ => (BODY_FONT_SIZE, 0.0),
    }
}

/// Every line of the document, page by page.
fn lay_out(doc: &PdfDocument) -> Vec<Vec<Line>> {
    let mut pages = Pages::new();
    let body = BODY_FONT_SIZE;
    if !doc.title.trim().is_empty() {
        pages.text(
            &doc.title,
            Font::Bold,
            TITLE_FONT_SIZE,
            MARGIN_X,
            BODY_WIDTH,
            false,
        );
    }
    for line in &doc.subtitle {
        pages.text(line, Font::Regular, body, MARGIN_X, BODY_WIDTH, true);
    }
    pages.gap(body);
    for block in &doc.blocks {
        match block {
            Block::Heading { level, text } => {
                let (size, above) = heading_style(*level);
                pages.gap(above);
                let lines = wrap(&encode(text.trim()), Font::Bold, size, BODY_WIDTH);
                // Never alone at the foot of a page: keep it with a line of what follows.
                pages.keep(lines.len() as f32 * size * LEADING + body * LEADING);
                for line in lines {
                    pages.line(Font::Bold, size, MARGIN_X, line, false);
                }
                pages.gap(3.0);
            }
            Block::Paragraph(text) => {
                pages.text(text, Font::Regular, body, MARGIN_X, BODY_WIDTH, false);
                pages.gap(6.0);
            }
            Block::Field { label, value } => {
                let label = wrap(&encode(label.trim()), Font::Bold, body, BODY_WIDTH);
                pages.keep((label.len() + 1) as f32 * body * LEADING);
                for line in label {
                    pages.line(Font::Bold, body, MARGIN_X, line, false);
                }
                if value.trim().is_empty() {
                    pages.text(
                        NOT_ANSWERED,
                        Font::Regular,
                        body,
                        MARGIN_X,
                        BODY_WIDTH,
                        true,
                    );
                } else {
                    pages.text(value, Font::Regular, body, MARGIN_X, BODY_WIDTH, false);
                }
                pages.gap(8.0);
            }
            Block::Bullets(items) => {
                for item in items {
                    pages.item("\u{2022}", item);
                    pages.gap(2.0);
                }
                pages.gap(4.0);
            }
            Block::Numbered(items) => {
                for (i, item) in items.iter().enumerate() {
                    pages.item(&format!("{}.", i + 1), item);
                    pages.gap(2.0);
                }
                pages.gap(4.0);
            }
        }
    }
    pages.pages
}

fn font_name(font: Font) -> Name<'static> {
    match font {
        Font::Regular => REGULAR,
        Font::Bold => BOLD,
    }
}

fn show(content: &mut Content, line: &Line) {
    content.set_fill_gray(if line.grey { GREY } else { 0.0 });
    content
        .begin_text()
        .set_font(font_name(line.font), line.size)
        .next_line(line.x, line.y)
        .show(Str(&line.text))
        .end_text();
}

/// The header and footer of page `number` of `total`.
fn furniture(doc: &PdfDocument, number: usize, total: usize) -> Vec<Line> {
    let small = SMALL_FONT_SIZE;
    let right = PAGE_WIDTH - MARGIN_X;
    let header_y = PAGE_HEIGHT - 40.0;
    let footer_y = 34.0;
    let mut lines = Vec::new();
    let marking = doc
        .marking
        .as_deref()
        .map(|m| fit(&encode(m.trim()), Font::Bold, small, BODY_WIDTH / 2.0))
        .filter(|m| !m.is_empty());
    let marking_width = marking
        .as_ref()
        .map_or(0.0, |m| Font::Bold.width(m, small) + 12.0);
    let title = fit(
        &encode(doc.title.trim()),
        Font::Regular,
        small,
        BODY_WIDTH - marking_width,
    );
    lines.push(Line {
        font: Font::Regular,
        size: small,
        x: MARGIN_X,
        y: header_y,
        text: title,
        grey: true,
    });
    if let Some(marking) = marking {
        lines.push(Line {
            font: Font::Bold,
            size: small,
            x: right - Font::Bold.width(&marking, small),
            y: header_y,
            text: marking,
            grey: false,
        });
    }
    let page = encode(&format!("Page {number} of {total}"));
    let page_width = Font::Regular.width(&page, small);
    if let Some(footer) = doc.footer.as_deref() {
        lines.push(Line {
            font: Font::Regular,
            size: small,
            x: MARGIN_X,
            y: footer_y,
            text: fit(
                &encode(footer.trim()),
                Font::Regular,
                small,
                BODY_WIDTH - page_width - 12.0,
            ),
            grey: true,
        });
    }
    lines.push(Line {
        font: Font::Regular,
        size: small,
        x: right - page_width,
        y: footer_y,
        text: page,
        grey: false,
    });
    lines
}

/// The whole file.
pub(super) fn render(doc: &PdfDocument) -> Vec<u8> {
    let pages = lay_out(doc);
    let total = pages.len();
    let catalog_id = Ref::new(1);
    let tree_id = Ref::new(2);
    let regular_id = Ref::new(3);
    let bold_id = Ref::new(4);
    let info_id = Ref::new(5);
    let first = 6;
    let page_id = |i: usize| Ref::new(first + 2 * i as i32);
    let content_id = |i: usize| Ref::new(first + 2 * i as i32 + 1);

    let mut pdf = Pdf::new();
    {
        let mut catalog = pdf.catalog(catalog_id);
        catalog.pages(tree_id).lang(TextStr("en-GB"));
        catalog.viewer_preferences().display_doc_title(true);
    }
    pdf.pages(tree_id)
        .kids((0..total).map(page_id))
        .count(total as i32);
    for (id, font) in [(regular_id, Font::Regular), (bold_id, Font::Bold)] {
        pdf.type1_font(id)
            .base_font(Name(font.base_font()))
            .encoding_predefined(Name(b"WinAnsiEncoding"));
    }
    {
        let mut info = pdf.document_info(info_id);
        info.title(TextStr(doc.title.trim()));
        info.producer(TextStr("ehc-hub"));
        info.finish();
    }
    for (i, lines) in pages.iter().enumerate() {
        let mut page = pdf.page(page_id(i));
        page.media_box(Rect::new(0.0, 0.0, PAGE_WIDTH, PAGE_HEIGHT))
            .parent(tree_id)
            .contents(content_id(i));
        page.resources()
            .fonts()
            .pair(REGULAR, regular_id)
            .pair(BOLD, bold_id);
        page.finish();

        let mut content = Content::new();
        // A thin rule under the header and over the footer.
        content
            .set_stroke_gray(0.6)
            .set_line_width(0.5)
            .move_to(MARGIN_X, PAGE_HEIGHT - 48.0)
            .line_to(PAGE_WIDTH - MARGIN_X, PAGE_HEIGHT - 48.0)
            .move_to(MARGIN_X, 48.0)
            .line_to(PAGE_WIDTH - MARGIN_X, 48.0)
            .stroke();
        for line in furniture(doc, i + 1, total).iter().chain(lines) {
            show(&mut content, line);
        }
        pdf.stream(content_id(i), &content.finish());
    }
    pdf.finish()
}
