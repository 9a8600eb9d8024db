//! Text for the standard 14 fonts: Unicode to WinAnsiEncoding, the Adobe AFM
//! glyph widths of Helvetica and Helvetica-Bold for those codes, and breaking
//! text into lines that fit a width.

/// The two faces the writer uses; neither is embedded (every PDF reader has them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Font {
    Regular,
    Bold,
}

impl Font {
    /// The font's PostScript name, as `/BaseFont`.
    pub fn base_font(self) -> &'static [u8] {
        match self {
            Font::Regular => b"Helvetica",
            Font::Bold => b"Helvetica-Bold",
        }
    }

    /// The width of one WinAnsi code, in thousandths of the font size.
    pub fn glyph_width(self, code: u8) -> u16 {
        let table = match self {
            Font::Regular => &HELVETICA,
            Font::Bold => &HELVETICA_BOLD,
        };
        match code {
            0..FIRST_CODE => 0,
            _ => table[usize::from(code - FIRST_CODE)],
        }
    }

    /// The width of WinAnsi-encoded `text` at `size` points, in points.
    pub fn width(self, text: &[u8], size: f32) -> f32 {
        let units: u32 = text.iter().map(|&b| u32::from(self.glyph_width(b))).sum();
        units as f32 * size / 1000.0
    }
}

/// The first code the tables cover (the space).
const FIRST_CODE: u8 = 32;

/// Helvetica's advance widths (Adobe's AFM, as FPDF's `helvetica.php` carries
/// them) for WinAnsi codes 32 to 255. Codes WinAnsi leaves undefined (127, 129,
/// 141, 143, 144, 157) carry the bullet's width; they are never written.
#[rustfmt::skip]
const HELVETICA: [u16; 224] = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // 0x20
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0x30
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // 0x40
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // 0x50
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // 0x60
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, 350, // 0x70
    556, 350, 222, 556, 333, 1000, 556, 556, 333, 1000, 667, 333, 1000, 350, 611, 350, // 0x80
    350, 222, 222, 333, 333, 350, 556, 1000, 333, 1000, 500, 333, 944, 350, 500, 667, // 0x90
    278, 333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556, 584, 333, 737, 333, // 0xa0
    400, 584, 333, 333, 333, 556, 537, 278, 333, 333, 365, 556, 834, 834, 834, 611, // 0xb0
    667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278, // 0xc0
    722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611, // 0xd0
    556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278, // 0xe0
    556, 556, 556, 556, 556, 556, 556, 584, 611, 556, 556, 556, 556, 500, 556, 500, // 0xf0
];

/// Helvetica-Bold's advance widths (Adobe's AFM, as FPDF's `helveticab.php`
/// carries them) for WinAnsi codes 32 to 255.
#[rustfmt::skip]
const HELVETICA_BOLD: [u16; 224] = [
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, // 0x20
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, // 0x30
    975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, // 0x40
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, // 0x50
    333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, // 0x60
    611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584, 350, // 0x70
    556, 350, 278, 556, 500, 1000, 556, 556, 333, 1000, 667, 333, 1000, 350, 611, 350, // 0x80
    350, 278, 278, 500, 500, 350, 556, 1000, 333, 1000, 556, 333, 944, 350, 500, 667, // 0x90
    278, 333, 556, 556, 556, 556, 280, 556, 333, 737, 370, 556, 584, 333, 737, 333, // 0xa0
    400, 584, 333, 333, 333, 611, 556, 278, 333, 333, 365, 556, 834, 834, 834, 611, // 0xb0
    722, 722, 722, 722, 722, 722, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278, // 0xc0
    722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611, // 0xd0
    556, 556, 556, 556, 556, 556, 889, 556, 556, 556, 556, 556, 278, 278, 278, 278, // 0xe0
    611, 611, 611, 611, 611, 611, 611, 584, 611, 611, 611, 611, 611, 556, 611, 556, // 0xf0
];

/// The WinAnsi code for `c`, if it has one. Latin-1 maps to itself; the
/// typographic punctuation of Windows-1252 (curly quotes, dashes, ellipsis,
/// bullet, euro...) to its codes in 128-159.
fn win_ansi(c: char) -> Option<u8> {
    let code = u32::from(c);
    match code {
        0x20..=0x7E | 0xA0..=0xFF => u8::try_from(code).ok(),
        _ => Some(match c {
            '\u{20AC}' => 0x80, // euro sign
            '\u{201A}' => 0x82, // single low-9 quotation mark
            '\u{0192}' => 0x83, // latin small letter f with hook
            '\u{201E}' => 0x84, // double low-9 quotation mark
            '\u{2026}' => 0x85, // horizontal ellipsis
            '\u{2020}' => 0x86, // dagger
            '\u{2021}' => 0x87, // double dagger
            '\u{02C6}' => 0x88, // modifier letter circumflex accent
            '\u{2030}' => 0x89, // per mille sign
            '\u{0160}' => 0x8A, // S with caron
            '\u{2039}' => 0x8B, // single left-pointing angle quotation mark
            '\u{0152}' => 0x8C, // OE ligature
            '\u{017D}' => 0x8E, // Z with caron
            '\u{2018}' => 0x91, // left single quotation mark
            '\u{2019}' => 0x92, // right single quotation mark (and apostrophe)
            '\u{201C}' => 0x93, // left double quotation mark
            '\u{201D}' => 0x94, // right double quotation mark
            '\u{2022}' => 0x95, // bullet
            '\u{2013}' => 0x96, // en dash
            '\u{2014}' => 0x97, // em dash
            '\u{02DC}' => 0x98, // small tilde
            '\u{2122}' => 0x99, // trade mark sign
            '\u{0161}' => 0x9A, // s with caron
            '\u{203A}' => 0x9B, // single right-pointing angle quotation mark
            '\u{0153}' => 0x9C, // oe ligature
            '\u{017E}' => 0x9E, // z with caron
            '\u{0178}' => 0x9F, // Y with diaeresis
            // Near enough: other dashes, spaces and quotes.
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2212}' => b'-',
            '\u{2015}' => 0x97,
            '\u{2002}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => b' ',
            '\u{2032}' | '\u{201B}' => b'\'',
            '\u{2033}' | '\u{201F}' => b'"',
            '\u{2043}' | '\u{25CF}' | '\u{25E6}' | '\u{2219}' => 0x95,
            _ => return None,
        }),
    }
}

/// `text` in WinAnsiEncoding, one byte a character: line breaks (`\n`, `\r\n`,
/// `\r`, and the Unicode line and paragraph separators) become `\n`, a tab a
/// space; other control and invisible formatting characters are dropped;
/// anything else WinAnsi cannot show becomes `?`.
pub fn encode(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push(b'\n');
            }
            '\n' | '\u{2028}' | '\u{2029}' | '\u{0085}' => out.push(b'\n'),
            '\t' => out.push(b' '),
            // Zero-width and direction marks, soft hyphen, byte order mark, variation selectors.
            '\u{00AD}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'
            | '\u{FEFF}'
            | '\u{FE00}'..='\u{FE0F}' => {}
            c if c.is_control() => {}
            c => out.push(win_ansi(c).unwrap_or(b'?')),
        }
    }
    out
}

/// The Unicode text of WinAnsi-encoded bytes (for reading a document back).
pub fn decode(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => WIN_ANSI_HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

/// The characters of codes 128 to 159 (`?` where WinAnsi defines none).
const WIN_ANSI_HIGH: [char; 32] = [
    '\u{20AC}', '?', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{02C6}', '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '?', '\u{017D}', '?', '?',
    '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}', '\u{02DC}',
    '\u{2122}', '\u{0161}', '\u{203A}', '\u{0153}', '?', '\u{017E}', '\u{0178}',
];

/// Breaks WinAnsi-encoded `text` into lines no wider than `max_width` points
/// in `font` at `size`. Each `\n` starts a new line (an empty one for a blank
/// line); lines break at spaces, and a word too long for a line on its own
/// breaks between characters. Runs of spaces collapse into one. Only a single
/// character wider than `max_width` can be wider than it.
pub fn wrap(text: &[u8], font: Font, size: f32, max_width: f32) -> Vec<Vec<u8>> {
    let mut lines = Vec::new();
    for hard in text.split(|&b| b == b'\n') {
        wrap_line(hard, font, size, max_width, &mut lines);
    }
    lines
}

fn wrap_line(line: &[u8], font: Font, size: f32, max_width: f32, lines: &mut Vec<Vec<u8>>) {
    let space = font.width(b" ", size);
    let mut current: Vec<u8> = Vec::new();
    let mut width = 0.0_f32;
    let before = lines.len();
    for word in line.split(|&b| b == b' ').filter(|w| !w.is_empty()) {
        let word_width = font.width(word, size);
        if !current.is_empty() && width + space + word_width <= max_width {
            current.push(b' ');
            current.extend_from_slice(word);
            width += space + word_width;
            continue;
        }
        if !current.is_empty() {
            lines.push(std::mem::take(&mut current));
            width = 0.0;
        }
        if word_width <= max_width {
            current.extend_from_slice(word);
            width = word_width;
            continue;
        }
        for &b in word {
            let w = font.width(&[b], size);
            if !current.is_empty() && width + w > max_width {
                lines.push(std::mem::take(&mut current));
                width = 0.0;
            }
            current.push(b);
            width += w;
        }
    }
    if !current.is_empty() || lines.len() == before {
        lines.push(current);
    }
}

/// `text` cut to fit `max_width`, ending in an ellipsis when it was cut.
pub fn fit(text: &[u8], font: Font, size: f32, max_width: f32) -> Vec<u8> {
    if font.width(text, size) <= max_width {
        return text.to_vec();
    }
    let ellipsis = font.width(&[0x85], size);
    let mut out = Vec::new();
    let mut width = 0.0;
    for &b in text {
        let w = font.width(&[b], size);
        if width + w + ellipsis > max_width {
            break;
        }
        out.push(b);
        width += w;
    }
    while out.last() == Some(&b' ') {
        out.pop();
    }
    out.push(0x85);
    out
}
