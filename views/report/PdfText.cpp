#include "PdfText.h"

#include <QIODevice>
#include <QRawFont>

#include <algorithm>
#include <map>
#include <vector>

namespace mamori {

namespace {

struct Twin {
    char32_t lowest; // what Qt writes: the lowest code point of the glyph
    char32_t printed; // what the report drew, unless it drew `lowest` itself
};

// Every CJK radical and stroke with the unified ideograph it looks like (Unicode's
// Equivalent_Unified_Ideograph, which for the Kangxi radicals is also their NFKC); sorted.
constexpr Twin kRadicals[] = {
#include "EquivalentIdeographs.inc"
};

// Symbols that Japanese fonts draw with the glyph of a lower code point (found in Noto Sans CJK JP's
// character map; the same pairs are one glyph in Yu Gothic and Meiryo): the Japanese form is what
// a Japanese report prints. Sorted.
constexpr Twin kSymbols[] = {
    {0x02BB, 0x2018}, // ʻ: ‘
    {0x2003, 0x3000}, // em space: ideographic space
    {0x2012, 0x2013}, // figure dash: en dash
    {0x2027, 0x30FB}, // hyphenation point: katakana middle dot 「・」
    {0x2035, 0xFF40}, // reversed prime: fullwidth grave accent
    {0x2215, 0xFF0F}, // division slash: fullwidth solidus 「／」
    {0x2329, 0x3008}, // deprecated angle brackets: 〈 〉
    {0x232A, 0x3009}, {0x301C, 0xFF5E}, // 〜 and ～: Windows' IME types ～ (an 〜 the report drew alone stays 〜)
};

thread_local DrawnCharacters* t_drawn = nullptr;

template <size_t N> std::optional<char32_t> find(const Twin (&table)[N], char32_t lowest)
{
    const Twin* found = std::lower_bound(
        std::begin(table), std::end(table), lowest, [](const Twin& t, char32_t c) { return t.lowest < c; });
    if (found != std::end(table) && found->lowest == lowest)
        return found->printed;
    return std::nullopt;
}

std::optional<char32_t> twinOf(char32_t lowest)
{
    if (const auto radical = find(kRadicals, lowest))
        return radical;
    return find(kSymbols, lowest);
}

/// Which of a glyph's code points a Japanese report prints, lowest first.
int rank(char32_t c)
{
    const auto in = [c](char32_t first, char32_t last) { return c >= first && c <= last; };
    if (in(0x2E80, 0x2FDF) || in(0x31C0, 0x31EF))
        return 3; // radicals and strokes
    if (in(0xF900, 0xFAFF) || in(0x2F800, 0x2FA1F))
        return 2; // compatibility ideographs
    if (in(0x3000, 0x30FF) || in(0x3130, 0x318F) || in(0x3400, 0x4DBF) || in(0x4E00, 0x9FFF) || in(0xAC00, 0xD7AF)
        || in(0xFF00, 0xFFEF) || in(0x20000, 0x3FFFF))
        return 0; // CJK symbols, kana, ideographs, Hangul, fullwidth forms
    return 1;
}

/// Where the twins of a PDF font's code points come from.
struct TwinSource {
    const GlyphTwins* font = nullptr; // the report's font the PDF font was made from
    const std::vector<GlyphTwins>* all = nullptr; // without `font`: all of the report's fonts
};

QList<char32_t> candidates(const TwinSource& source, char32_t c)
{
    if (source.font) {
        const QList<char32_t> twins = source.font->of(c);
        return twins.isEmpty() ? QList<char32_t> {c} : twins; // the font has no twin for `c`
    }
    QList<char32_t> twins;
    for (const GlyphTwins& font : source.all ? *source.all : std::vector<GlyphTwins>())
        twins += font.of(c);
    std::sort(twins.begin(), twins.end());
    twins.erase(std::unique(twins.begin(), twins.end()), twins.end());
    return twins;
}

// ---- ToUnicode CMaps ----

struct Token {
    enum Kind { Hex, Open, Close, Word, End } kind = End;
    QByteArrayView text;
};

class CMapTokens {
public:
    explicit CMapTokens(QByteArrayView data)
        : m_data(data)
    {
    }

    Token next()
    {
        while (m_at < m_data.size() && isSpace(m_data[m_at]))
            ++m_at;
        if (m_at >= m_data.size())
            return {};
        const qsizetype start = m_at;
        const char c = m_data[m_at];
        if (c == '<') {
            const qsizetype close = m_data.indexOf('>', start);
            if (close < 0)
                return {};
            m_at = close + 1;
            return {Token::Hex, m_data.sliced(start + 1, close - start - 1)};
        }
        if (c == '[' || c == ']') {
            ++m_at;
            return {c == '[' ? Token::Open : Token::Close, m_data.sliced(start, 1)};
        }
        while (m_at < m_data.size() && !isSpace(m_data[m_at]) && m_data[m_at] != '<' && m_data[m_at] != '['
            && m_data[m_at] != ']')
            ++m_at;
        return {Token::Word, m_data.sliced(start, m_at - start)};
    }

private:
    static bool isSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0; }

    QByteArrayView m_data;
    qsizetype m_at = 0;
};

std::optional<QString> utf16FromHex(QByteArrayView hex)
{
    if (hex.isEmpty() || hex.size() % 4 != 0)
        return std::nullopt;
    QString s;
    for (qsizetype i = 0; i < hex.size(); i += 4) {
        bool ok = false;
        const ushort unit = hex.sliced(i, 4).toByteArray().toUShort(&ok, 16);
        if (!ok)
            return std::nullopt;
        s += QChar(unit);
    }
    return s;
}

std::optional<quint16> codeFromHex(QByteArrayView hex)
{
    bool ok = false;
    const ushort code = hex.toByteArray().toUShort(&ok, 16);
    if (!ok || hex.size() != 4)
        return std::nullopt;
    return code;
}

using GlyphText = std::map<quint16, QString>;

// One `lo hi dst` or `lo hi [dst …]` of a bfrange section.
bool readRange(CMapTokens& tokens, Token lo, GlyphText& out)
{
    const Token hi = tokens.next();
    const auto first = codeFromHex(lo.text);
    const auto last = hi.kind == Token::Hex ? codeFromHex(hi.text) : std::nullopt;
    if (!first || !last || *last < *first)
        return false;
    Token dst = tokens.next();
    if (dst.kind == Token::Hex) {
        auto text = utf16FromHex(dst.text);
        if (!text)
            return false;
        for (int code = *first; code <= *last; ++code) {
            out[quint16(code)] = *text;
            text->back() = QChar(ushort(text->back().unicode() + 1)); // the last byte counts up
        }
        return true;
    }
    if (dst.kind != Token::Open)
        return false;
    for (int code = *first; code <= *last; ++code) {
        dst = tokens.next();
        const auto text = dst.kind == Token::Hex ? utf16FromHex(dst.text) : std::nullopt;
        if (!text)
            return false;
        out[quint16(code)] = *text;
    }
    return tokens.next().kind == Token::Close;
}

std::optional<GlyphText> parseToUnicode(QByteArrayView cmap)
{
    GlyphText glyphs;
    CMapTokens tokens(cmap);
    for (Token t = tokens.next(); t.kind != Token::End; t = tokens.next()) {
        if (t.kind != Token::Word)
            continue;
        const bool chars = t.text == "beginbfchar";
        if (!chars && t.text != "beginbfrange")
            continue;
        const QByteArrayView end = chars ? "endbfchar" : "endbfrange";
        for (t = tokens.next(); !(t.kind == Token::Word && t.text == end); t = tokens.next()) {
            if (t.kind != Token::Hex)
                return std::nullopt;
            if (chars) {
                const auto code = codeFromHex(t.text);
                const Token dst = tokens.next();
                const auto text = dst.kind == Token::Hex ? utf16FromHex(dst.text) : std::nullopt;
                if (!code || !text)
                    return std::nullopt;
                glyphs[*code] = *text;
            } else if (!readRange(tokens, t, glyphs)) {
                return std::nullopt;
            }
        }
    }
    return glyphs;
}

QByteArray hex4(uint value)
{
    return QByteArray::number(value, 16).toUpper().rightJustified(4, '0');
}

QByteArray writeToUnicode(const GlyphText& glyphs)
{
    QByteArray out = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                     "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                     "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                     "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    // At most 100 entries a section (PDF 32000-1, 9.10.3).
    auto it = glyphs.begin();
    while (it != glyphs.end()) {
        const auto n = std::min<std::ptrdiff_t>(100, std::distance(it, glyphs.end()));
        out += QByteArray::number(n) + " beginbfchar\n";
        for (std::ptrdiff_t i = 0; i < n; ++i, ++it) {
            out += '<' + hex4(it->first) + "> <";
            for (const QChar unit : it->second)
                out += hex4(unit.unicode());
            out += ">\n";
        }
        out += "endbfchar\n";
    }
    out += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return out;
}

struct CorrectedMap {
    QByteArray cmap;
    int changed = 0;
};

std::optional<CorrectedMap> correctMap(QByteArrayView cmap, const TwinSource& source, const DrawnCharacters* drawn)
{
    auto glyphs = parseToUnicode(cmap);
    if (!glyphs)
        return std::nullopt;
    CorrectedMap result;
    for (auto& [code, text] : *glyphs) {
        const QList<uint> ucs4 = text.toUcs4();
        if (ucs4.size() != 1)
            continue;
        const char32_t printed = printedCharacter(candidates(source, ucs4.front()), ucs4.front(), drawn);
        if (printed != ucs4.front()) {
            text = QString::fromUcs4(&printed, 1);
            ++result.changed;
        }
    }
    result.cmap = writeToUnicode(*glyphs);
    return result;
}

// ---- the file ----

bool isDelimiter(char c)
{
    return QByteArrayView(" \t\r\n\f/[]<>(){}%").contains(c);
}

/// The number N of "key N 0 R" (or "key [N 0 R]") in a dictionary.
std::optional<int> referenceAfter(QByteArrayView dict, QByteArrayView key)
{
    qsizetype at = dict.indexOf(key);
    if (at < 0)
        return std::nullopt;
    at += key.size();
    while (at < dict.size() && (dict[at] == ' ' || dict[at] == '[' || dict[at] == '\n'))
        ++at;
    qsizetype end = at;
    while (end < dict.size() && dict[end] >= '0' && dict[end] <= '9')
        ++end;
    bool ok = false;
    const int number = dict.sliced(at, end - at).toByteArray().toInt(&ok);
    if (!ok || !dict.sliced(end).startsWith(" 0 R"))
        return std::nullopt;
    return number;
}

/// The name after `key` ("/BaseFont /Name" gives "Name").
QByteArray nameAfter(QByteArrayView dict, QByteArrayView key)
{
    qsizetype at = dict.indexOf(key);
    if (at < 0)
        return {};
    at += key.size();
    while (at < dict.size() && (dict[at] == ' ' || dict[at] == '\n'))
        ++at;
    if (at >= dict.size() || dict[at] != '/')
        return {};
    qsizetype end = ++at;
    while (end < dict.size() && !isDelimiter(dict[end]))
        ++end;
    return dict.sliced(at, end - at).toByteArray();
}

bool isSubsetName(QByteArrayView name)
{
    if (name.size() < 8 || name[6] != '+')
        return false;
    return std::all_of(name.begin(), name.begin() + 6, [](char c) { return c >= 'A' && c <= 'Z'; });
}

struct PdfObject {
    int number = 0;
    qsizetype offset = 0;
    QByteArrayView bytes; // "N 0 obj" up to the next object or the xref table
    QByteArrayView dict() const
    {
        const qsizetype stream = bytes.indexOf("stream");
        return stream < 0 ? bytes : bytes.first(stream);
    }
};

struct PdfLayout {
    QByteArrayView header; // up to the first object
    std::vector<PdfObject> objects; // in file order
    std::vector<QByteArray> xrefEntries; // by object number, as written (20 bytes each)
    QByteArrayView trailer; // "trailer" up to "startxref"
};

std::optional<PdfLayout> readLayout(QByteArrayView pdf)
{
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    if (startxref < 0)
        return std::nullopt;
    bool ok = false;
    const qsizetype xref
        = pdf.sliced(startxref + 9).toByteArray().trimmed().split('\n').front().trimmed().toLongLong(&ok);
    if (!ok || xref <= 0 || xref >= startxref || !pdf.sliced(xref).startsWith("xref"))
        return std::nullopt;
    const qsizetype trailer = pdf.indexOf("trailer", xref);
    if (trailer < 0 || trailer > startxref)
        return std::nullopt;
    const QList<QByteArray> lines = pdf.sliced(xref, trailer - xref).toByteArray().trimmed().split('\n');
    const QList<QByteArray> subsection = lines.value(1).trimmed().split(' ');
    const int count = subsection.value(1).toInt(&ok);
    if (lines.size() != count + 2 || subsection.value(0) != "0" || !ok || count < 2)
        return std::nullopt; // one subsection from 0, as Qt writes it
    PdfLayout layout;
    for (int n = 0; n < count; ++n) {
        const QByteArray entry = lines[n + 2].trimmed();
        layout.xrefEntries.push_back(entry);
        if (!entry.endsWith(" n"))
            continue;
        const qsizetype offset = entry.left(10).toLongLong(&ok);
        if (!ok || offset <= 0 || offset >= xref)
            return std::nullopt;
        layout.objects.push_back({n, offset, {}});
    }
    std::sort(layout.objects.begin(), layout.objects.end(),
        [](const PdfObject& a, const PdfObject& b) { return a.offset < b.offset; });
    for (size_t i = 0; i < layout.objects.size(); ++i) {
        PdfObject& o = layout.objects[i];
        const qsizetype end = i + 1 < layout.objects.size() ? layout.objects[i + 1].offset : xref;
        o.bytes = pdf.sliced(o.offset, end - o.offset);
        if (!o.bytes.startsWith(QByteArray::number(o.number) + " 0 obj"))
            return std::nullopt;
    }
    if (layout.objects.empty())
        return std::nullopt;
    layout.header = pdf.first(layout.objects.front().offset);
    layout.trailer = pdf.sliced(trailer, startxref - trailer);
    return layout;
}

/// The stream of a ToUnicode object written without a filter; empty if it has one or another form.
QByteArrayView plainStream(const PdfObject& o)
{
    const QByteArrayView dict = o.dict();
    if (dict.contains("/Filter") || dict.size() == o.bytes.size())
        return {};
    const qsizetype lengthAt = dict.indexOf("/Length ");
    if (lengthAt < 0)
        return {};
    bool ok = false;
    const QByteArray rest = dict.sliced(lengthAt + 8).toByteArray().simplified();
    const QList<QByteArray> words = rest.split(' ');
    const qsizetype length = words.value(0).toLongLong(&ok);
    if (!ok || words.value(2).startsWith('R'))
        return {}; // an indirect length
    qsizetype start = dict.size() + 6; // after "stream"
    if (o.bytes.sliced(start).startsWith("\r\n"))
        start += 2;
    else if (o.bytes.sliced(start).startsWith("\n"))
        start += 1;
    else
        return {};
    if (start + length > o.bytes.size())
        return {};
    return o.bytes.sliced(start, length);
}

struct Edits {
    std::map<int, QByteArray> objects; // object number: its new bytes
    PdfTextResult result;
};

void correctMaps(const std::map<int, const PdfObject*>& byNumber, const std::vector<std::pair<int, TwinSource>>& maps,
    const DrawnCharacters* drawn, Edits& edits)
{
    for (const auto& [number, source] : maps) {
        const auto it = byNumber.find(number);
        if (it == byNumber.end() || edits.objects.count(number))
            continue;
        const QByteArrayView stream = plainStream(*it->second);
        const auto corrected = stream.isEmpty() ? std::nullopt : correctMap(stream, source, drawn);
        if (!corrected)
            continue;
        edits.objects[number] = QByteArray::number(number) + " 0 obj\n<< /Length "
            + QByteArray::number(corrected->cmap.size()) + " >>\nstream\n" + corrected->cmap + "\nendstream\nendobj\n";
        ++edits.result.mapsCorrected;
        edits.result.entriesChanged += corrected->changed;
    }
}

/// Gives `font` (a Type0 or CID font dictionary) the BaseFont `tagged` in place of `plain`.
void tagFont(const PdfObject& font, const QByteArray& plain, const QByteArray& tagged, Edits& edits)
{
    QByteArray bytes = edits.objects.count(font.number) ? edits.objects[font.number] : font.bytes.toByteArray();
    const QByteArray from = "/BaseFont /" + plain;
    const qsizetype at = bytes.indexOf(from);
    if (at < 0 || (at + from.size() < bytes.size() && !isDelimiter(bytes[at + from.size()])))
        return;
    bytes.replace(at, from.size(), "/BaseFont /" + tagged);
    edits.objects[font.number] = bytes;
    ++edits.result.fontsTagged;
}

Edits planEdits(const PdfLayout& layout, const std::vector<GlyphTwins>& fonts, const DrawnCharacters* drawn)
{
    std::map<int, const PdfObject*> byNumber;
    for (const PdfObject& o : layout.objects)
        byNumber[o.number] = &o;
    auto object = [&](std::optional<int> n) -> const PdfObject* {
        const auto it = n ? byNumber.find(*n) : byNumber.end();
        return it == byNumber.end() ? nullptr : it->second;
    };
    Edits edits;
    std::vector<std::pair<int, TwinSource>> maps;
    for (const PdfObject& o : layout.objects) {
        const QByteArrayView dict = o.dict();
        if (!dict.contains("/Subtype /Type0"))
            continue;
        const QByteArray plain = nameAfter(dict, "/BaseFont");
        if (const auto map = referenceAfter(dict, "/ToUnicode")) {
            const auto font = std::find_if(
                fonts.begin(), fonts.end(), [&](const GlyphTwins& f) { return f.postscriptName() == plain; });
            maps.emplace_back(*map, TwinSource {font == fonts.end() ? nullptr : &*font, &fonts});
        }
        // Qt tags the descriptor's FontName only; the fonts' BaseFont must carry the same tag.
        const PdfObject* cidFont = object(referenceAfter(dict, "/DescendantFonts"));
        const PdfObject* descriptor = cidFont ? object(referenceAfter(cidFont->dict(), "/FontDescriptor")) : nullptr;
        if (!descriptor)
            continue;
        const QByteArray tagged = nameAfter(descriptor->dict(), "/FontName");
        if (!isSubsetName(tagged) || tagged.mid(7) != plain || nameAfter(cidFont->dict(), "/BaseFont") != plain)
            continue;
        tagFont(o, plain, tagged, edits);
        tagFont(*cidFont, plain, tagged, edits);
    }
    correctMaps(byNumber, maps, drawn, edits);
    edits.result.ok = true;
    return edits;
}

} // namespace

// ---- GlyphTwins ----

namespace {

/// Name 6 of the font's name table, as Qt writes it into the PDF.
QByteArray postscriptNameOf(const QRawFont& font)
{
    const QByteArray table = font.fontTable("name");
    const auto u16 = [&table](qsizetype at) {
        return at >= 0 && at + 2 <= table.size() ? int(uchar(table[at])) << 8 | uchar(table[at + 1]) : 0;
    };
    const int count = u16(2), strings = u16(4);
    for (int i = 0; i < count; ++i) {
        const qsizetype record = 6 + 12 * qsizetype(i);
        const int platform = u16(record), nameId = u16(record + 6);
        const qsizetype length = u16(record + 8), at = strings + u16(record + 10);
        if (nameId != 6 || at + length > table.size())
            continue;
        if (platform == 1)
            return table.mid(at, length);
        QString name; // platforms 0 and 3: UTF-16BE
        for (qsizetype k = 0; k + 1 < length; k += 2)
            name += QChar(ushort(u16(at + k)));
        return name.toLatin1();
    }
    return {};
}

} // namespace

GlyphTwins::GlyphTwins(const QRawFont& font)
    : m_postscriptName(postscriptNameOf(font))
{
    // Qt maps a glyph back to its lowest code point of the Basic Multilingual Plane; the twins of
    // the ideographic planes count too (⺇ draws 𠘨 in Noto Sans CJK JP).
    std::vector<char32_t> codePoints;
    for (char32_t c = 0x20; c < 0x10000; ++c) {
        if (!QChar::isSurrogate(c))
            codePoints.push_back(c);
    }
    for (char32_t c = 0x20000; c < 0x30000; ++c)
        codePoints.push_back(c);
    const QString text = QString::fromUcs4(codePoints.data(), qsizetype(codePoints.size()));
    const QList<quint32> glyphs = font.glyphIndexesForString(text);
    if (glyphs.size() != qsizetype(codePoints.size()))
        return;
    std::unordered_map<quint32, QList<char32_t>> byGlyph;
    for (size_t i = 0; i < codePoints.size(); ++i) {
        if (glyphs[qsizetype(i)] != 0)
            byGlyph[glyphs[qsizetype(i)]].append(codePoints[i]);
    }
    for (auto& [glyph, twins] : byGlyph) {
        if (twins.size() < 2)
            continue;
        for (const char32_t c : twins)
            m_group[c] = int(m_groups.size());
        m_groups.push_back(std::move(twins));
    }
}

QList<char32_t> GlyphTwins::of(char32_t c) const
{
    const auto it = m_group.find(c);
    return it == m_group.end() ? QList<char32_t>() : m_groups[size_t(it->second)];
}

// ---- DrawnCharacters ----

DrawnCharacters::DrawnCharacters()
    : m_seen(0x110000)
    , m_outer(t_drawn)
{
    t_drawn = this;
}

DrawnCharacters::~DrawnCharacters()
{
    t_drawn = m_outer;
}

void DrawnCharacters::add(const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        m_seen.setBit(int(c));
    }
}

void DrawnCharacters::record(const QString& text)
{
    if (t_drawn)
        t_drawn->add(text);
}

// ---- the rewrite ----

char32_t printedCharacter(const QList<char32_t>& twins, char32_t lowest, const DrawnCharacters* drawn)
{
    QList<char32_t> pool = twins;
    if (pool.isEmpty()) {
        const auto twin = twinOf(lowest);
        if (!twin)
            return lowest;
        pool = {lowest, *twin};
    }
    if (drawn) {
        QList<char32_t> printed;
        for (const char32_t c : pool) {
            if (drawn->contains(c))
                printed.append(c);
        }
        if (!printed.isEmpty())
            pool = printed;
    }
    return *std::min_element(
        pool.begin(), pool.end(), [](char32_t a, char32_t b) { return std::pair(rank(a), a) < std::pair(rank(b), b); });
}

std::optional<QByteArray> correctedToUnicodeMap(
    QByteArrayView cmap, const GlyphTwins* font, const DrawnCharacters* drawn)
{
    auto corrected = correctMap(cmap, TwinSource {font, nullptr}, drawn);
    if (!corrected)
        return std::nullopt;
    return corrected->cmap;
}

PdfTextResult correctPdfText(
    QByteArrayView pdf, QIODevice& out, const std::vector<GlyphTwins>& fonts, const DrawnCharacters* drawn)
{
    const auto layout = readLayout(pdf);
    if (!layout)
        return {};
    const Edits edits = planEdits(*layout, fonts, drawn);
    // The objects in their order, then a cross-reference table with their new offsets.
    std::vector<qint64> offsets(layout->xrefEntries.size(), -1);
    qint64 at = out.write(layout->header.data(), layout->header.size());
    for (const PdfObject& o : layout->objects) {
        offsets[size_t(o.number)] = at;
        const auto edit = edits.objects.find(o.number);
        if (edit != edits.objects.end())
            at += out.write(edit->second);
        else
            at += out.write(o.bytes.data(), o.bytes.size());
    }
    QByteArray xref = "xref\n0 " + QByteArray::number(qsizetype(offsets.size())) + '\n';
    for (size_t n = 0; n < offsets.size(); ++n) {
        if (offsets[n] < 0)
            xref += layout->xrefEntries[n] + " \n";
        else
            xref += QByteArray::number(offsets[n]).rightJustified(10, '0') + " 00000 n \n";
    }
    out.write(xref);
    out.write(layout->trailer.data(), layout->trailer.size());
    out.write("startxref\n" + QByteArray::number(at) + "\n%%EOF\n");
    return edits.result;
}

} // namespace mamori
