#pragma once

// The text of the report's PDF as what was printed: copy, search and screen readers get the
// characters the report drew.
//
// Qt's PDF writer gives every glyph of an embedded font one ToUnicode entry, the lowest code point
// of the font's character map that reaches the glyph. Japanese fonts (Noto Sans CJK JP here, Yu
// Gothic and Meiryo on Windows) draw a CJK radical and its ideograph with one glyph, so 方 日 月 戸
// 民 … came back as the radicals ⽅ ⽇ ⽉ ⼾ ⺠ (U+2E80–U+2FDF), 「・」 as U+2027, 「　」 as U+2003,
// 「／」 as U+2215. Once Qt has written the file, correctPdfText() rewrites those entries to the
// character the report drew, and names the fonts as the subsets they are (Qt tags only the font
// descriptor, so viewers and pdffonts took them for whole fonts).
//
// Invariant: the rewrite changes no page content and no font program; only ToUnicode maps, the
// /BaseFont names of Type0 and CID fonts, and the cross-reference table that follows from them.

#include <QBitArray>
#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>
#include <unordered_map>
#include <vector>

class QIODevice;
class QRawFont;

namespace mamori {

/// The characters drawn on this thread while an instance lives (TextStyle::draw records them):
/// the rewrite keeps a radical or another twin the report really drew.
class DrawnCharacters {
public:
    DrawnCharacters();
    ~DrawnCharacters();
    DrawnCharacters(const DrawnCharacters&) = delete;
    DrawnCharacters& operator=(const DrawnCharacters&) = delete;

    bool contains(char32_t c) const { return c < char32_t(m_seen.size()) && m_seen.testBit(int(c)); }
    void add(const QString& text);

    /// Adds `text` to the innermost instance of this thread, if any.
    static void record(const QString& text);

private:
    QBitArray m_seen;
    DrawnCharacters* m_outer;
};

/// The code points of a font that reach one glyph, read from the font's character map (a Japanese
/// font draws ⼾ and 戸, ⽅ and 方, U+2027 and 「・」 alike; which ones differs from font to font).
class GlyphTwins {
public:
    GlyphTwins() = default;
    explicit GlyphTwins(const QRawFont& font);

    /// As Qt names the font in a PDF (its PostScript name).
    const QByteArray& postscriptName() const { return m_postscriptName; }
    /// The code points that reach the glyph of `c`, `c` among them, ascending; empty if only `c` does.
    QList<char32_t> of(char32_t c) const;

private:
    QByteArray m_postscriptName;
    std::unordered_map<char32_t, int> m_group; // code point: index in m_groups
    std::vector<QList<char32_t>> m_groups;
};

/// The character a glyph stands for, of `twins` (the code points that reach it): one the report
/// drew, else the Japanese one (an ideograph, not its radical or compatibility form; 「・」, not
/// U+2027), else the lowest. Empty `twins`: `lowest` alone, or its twin from Unicode's data.
char32_t printedCharacter(const QList<char32_t>& twins, char32_t lowest, const DrawnCharacters* drawn);

/// A ToUnicode CMap with every entry passed through printedCharacter(); nullopt if it is not one
/// with two-byte codes as Qt writes them. `font` null: the twins from Unicode's data.
std::optional<QByteArray> correctedToUnicodeMap(
    QByteArrayView cmap, const GlyphTwins* font, const DrawnCharacters* drawn);

struct PdfTextResult {
    bool ok = false; ///< false: `pdf` is not laid out as Qt writes it; nothing was written
    int mapsCorrected = 0; ///< ToUnicode maps rewritten
    int entriesChanged = 0; ///< glyphs whose text changed
    int fontsTagged = 0; ///< font dictionaries given their subset tag
};

/// Writes `pdf` (a file as QPdfWriter wrote it, PDF 1.4 with one cross-reference table) to `out`
/// with its ToUnicode maps corrected and its fonts named as subsets. `fonts`: the report's fonts; a
/// PDF font is matched by name, else the twins of all of them serve.
PdfTextResult correctPdfText(
    QByteArrayView pdf, QIODevice& out, const std::vector<GlyphTwins>& fonts, const DrawnCharacters* drawn);

} // namespace mamori
