#include "PageFlow.h"

#include "PdfText.h"
#include "Translations.h"

#include <QFontDatabase>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>

namespace mamori {

namespace {
// A4, with margins wide enough for a punch and a binder (ward documents are filed on paper).
constexpr qreal kMarginTop = 22, kMarginBottom = 20, kMarginLeft = 20, kMarginRight = 16;
constexpr qreal kHeaderOffset = 11, kFooterOffset = 11; // from the page edge, mm
} // namespace

// ---- TextStyle ----

TextStyle::TextStyle(const QFont& font, QPaintDevice* device, QColor color)
    : m_font(font)
    , m_device(device)
    , m_metrics(font, device)
    , m_color(color)
    , m_lineHeight(m_metrics.height())
{
}

QString TextStyle::printable(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const char16_t u = c.unicode();
        if (u == u'\r') {
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            out += QChar::LineSeparator;
        } else if (u == u'\n') {
            out += QChar::LineSeparator;
        } else if (u == u'\t') {
            out += QLatin1Char(' ');
        } else if (u < 0x20 || u == 0x7f || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069)) {
            continue;
        } else {
            out += c;
        }
    }
    return out;
}

bool TextStyle::fitsOneLine(const QString& text, qreal width) const
{
    return !text.contains(QChar::LineSeparator) && m_metrics.horizontalAdvance(text) <= width;
}

qreal TextStyle::height(const QString& text, qreal width) const
{
    if (text.isEmpty() || fitsOneLine(text, width))
        return m_lineHeight;
    QTextLayout layout(text, m_font, m_device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    int lines = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        ++lines;
    }
    layout.endLayout();
    return std::max(1, lines) * m_lineHeight;
}

QString TextStyle::elided(const QString& text, qreal width) const
{
    return m_metrics.elidedText(QString(text).replace(QChar::LineSeparator, QLatin1Char(' ')), Qt::ElideRight, width);
}

void TextStyle::draw(QPainter& painter, const QRectF& rect, const QString& text, Qt::Alignment align) const
{
    if (text.isEmpty())
        return;
    DrawnCharacters::record(text);
    painter.setPen(m_color);
    painter.setFont(m_font);
    if (fitsOneLine(text, rect.width())) {
        qreal x = rect.left();
        if (align & (Qt::AlignRight | Qt::AlignHCenter)) {
            const qreal free = rect.width() - m_metrics.horizontalAdvance(text);
            x += align & Qt::AlignRight ? free : free / 2;
        }
        painter.drawText(QPointF(x, rect.top() + m_metrics.ascent()), text);
        return;
    }
    QTextLayout layout(text, m_font, m_device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setAlignment(align & Qt::AlignHorizontal_Mask);
    layout.setTextOption(option);
    layout.beginLayout();
    // Each line's baseline where the one-line case above puts it: a line's own ascent is the
    // Japanese font's, taller than the Latin one's, and would start a wrapped cell lower than its
    // neighbours.
    qreal baseline = m_metrics.ascent();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(rect.width());
        line.setPosition(QPointF(0, baseline - line.ascent()));
        baseline += m_lineHeight;
    }
    layout.endLayout();
    layout.draw(&painter, rect.topLeft());
}

qreal TextStyle::naturalWidth(const QString& text) const
{
    if (!text.contains(QChar::LineSeparator))
        return m_metrics.horizontalAdvance(text);
    qreal widest = 0;
    for (const QStringView line : QStringView(text).split(QChar::LineSeparator))
        widest = std::max(widest, m_metrics.horizontalAdvance(line.toString()));
    return widest;
}

qreal TextStyle::minimumWidth(const QString& text) const
{
    if (text.isEmpty())
        return 0;
    // Laid out at no width with word wrapping, every line holds exactly one unbreakable piece.
    QTextLayout layout(text, m_font, m_device);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal widest = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(0);
        widest = std::max(widest, line.naturalTextWidth());
    }
    layout.endLayout();
    return widest;
}

namespace {
enum class Script { Space, Kanji, Katakana, Hiragana, Open, Close, Other };

Script scriptOf(QChar c)
{
    const char16_t u = c.unicode();
    if (c.isSpace())
        return Script::Space;
    if ((u >= 0x4e00 && u <= 0x9fff) || (u >= 0x3400 && u <= 0x4dbf) || u == 0x3005 || (u >= 0xf900 && u <= 0xfaff))
        return Script::Kanji;
    if ((u >= 0x30a0 && u <= 0x30ff && u != 0x30fb) || (u >= 0xff66 && u <= 0xff9f))
        return Script::Katakana;
    if (u >= 0x3040 && u <= 0x309f)
        return Script::Hiragana;
    if (u == 0xff08 || u == 0x300c || u == 0x300e || u == 0x3010 || u == u'(' || u == u'[')
        return Script::Open;
    if (u == 0xff09 || u == 0x300d || u == 0x300f || u == 0x3011 || u == 0x30fb || u == 0x3001 || u == u')' || u == u']'
        || u == u'/' || u == 0xff0f)
        return Script::Close; // a break may follow, never precede
    return Script::Other;
}

/// Whether a title may break between `before` and `after` (see TextStyle::headerPieces()).
bool breakBetween(Script before, Script after)
{
    if (before == Script::Open || after == Script::Close)
        return false;
    if (before == Script::Space || before == Script::Close || after == Script::Open)
        return true;
    if (after == Script::Space)
        return false;
    if (before == Script::Hiragana)
        return after != Script::Hiragana;
    if (after == Script::Hiragana)
        return false;
    return before != after; // kanji | katakana | Latin and digits
}
} // namespace

QStringList TextStyle::headerPieces(const QString& title)
{
    QStringList pieces;
    qsizetype start = 0;
    for (qsizetype i = 1; i <= title.size(); ++i) {
        if (i < title.size() && !breakBetween(scriptOf(title[i - 1]), scriptOf(title[i])))
            continue;
        const QString piece = title.mid(start, i - start);
        // A piece of one character (数 of リスク数) stays with the one before it; the first with the next.
        if (!pieces.isEmpty() && (piece.trimmed().size() <= 1 || pieces.constLast().trimmed().size() <= 1))
            pieces.last() += piece;
        else
            pieces.append(piece);
        start = i;
    }
    return pieces;
}

QString TextStyle::joinWrapped(const QStringList& pieces, qreal width) const
{
    QString out, line;
    for (const QString& piece : pieces) {
        if (!line.isEmpty() && m_metrics.horizontalAdvance((line + piece).trimmed()) > width) {
            out += line.trimmed() + QChar::LineSeparator;
            line.clear();
        }
        line += piece;
    }
    return out + line.trimmed();
}

// ---- PageFlow ----

PageFlow::PageFlow(QPagedPaintDevice& device, QPainter* painter, PageDecoration decoration, int totalPages,
    std::function<bool(qint64)> progress)
    : m_device(device)
    , m_painter(painter)
    , m_decoration(std::move(decoration))
    , m_totalPages(totalPages)
    , m_progress(std::move(progress))
    , m_dpi(device.logicalDpiY())
{
    m_families = reportFontFamilies();
}

QStringList reportFontFamilies()
{
    // Latin letters and digits from a Latin family, everything else from the Japanese one, named
    // explicitly (without it Qt may pick Chinese glyph forms). Not the CJK font's own Latin: Qt's PDF
    // writer cannot map its digits shaped in a Latin run back to text, so "2026" would vanish from
    // copy, search and pdftotext.
    QStringList families;
    const QStringList installed = QFontDatabase::families();
    for (const char* latin : {"Segoe UI", "Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial"}) {
        if (installed.contains(QLatin1StringView(latin))) {
            families.append(QString::fromLatin1(latin));
            break;
        }
    }
    if (const QString family = japaneseFontFamily(); !family.isEmpty())
        families.append(family);
    return families;
}

QPaintDevice* PageFlow::device() const
{
    return &m_device;
}

QFont PageFlow::font(qreal points, bool bold) const
{
    QFont f;
    if (!m_families.isEmpty())
        f.setFamilies(m_families);
    f.setPointSizeF(points);
    f.setBold(bold);
    // Any letter spacing turns off ligatures: "file" stays four letters a reader can search for and
    // copy, instead of the "ﬁ" glyph. 0.05 device pixels (at 600 dpi) is invisible; less rounds to 0.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

TextStyle PageFlow::style(qreal points, bool bold, QColor color) const
{
    return TextStyle(font(points, bold), &m_device, color);
}

void PageFlow::begin(QPageLayout::Orientation orientation)
{
    startPage(orientation);
}

void PageFlow::newPage(QPageLayout::Orientation orientation)
{
    if (painting()) {
        // The next page takes the layout set before newPage(): a landscape page for a wide table.
        m_device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF()));
        m_device.newPage();
    }
    startPage(orientation);
}

void PageFlow::startPage(QPageLayout::Orientation orientation)
{
    ++m_page;
    m_orientation = orientation;
    const QPageLayout layout(QPageSize(QPageSize::A4), orientation, QMarginsF());
    m_pageRect = QRectF(layout.fullRectPixels(int(m_dpi)));
    m_content = m_pageRect.adjusted(mm(kMarginLeft), mm(kMarginTop), -mm(kMarginRight), -mm(kMarginBottom));
    m_y = m_content.top();
    if (painting())
        decorate();
    else
        m_runningTitles.append(m_runningTitle); // a chapter runs on until the next one begins
}

void PageFlow::setRunningTitle(const QString& title)
{
    m_runningTitle = title;
    if (!painting() && !m_runningTitles.isEmpty())
        m_runningTitles.last() = title;
}

namespace {
/// `text` in `style`; else one step smaller, on one line or two (a long chapter title in English, a
/// long name of the organisation); elided only if even that does not fit.
void drawFitted(QPainter& p, const TextStyle& style, const TextStyle& smaller, const QRectF& rect, const QString& text,
    Qt::Alignment align)
{
    if (style.advance(text) <= rect.width())
        style.draw(p, rect, text, align);
    else if (smaller.height(text, rect.width()) <= 2 * smaller.lineHeight())
        smaller.draw(p, QRectF(rect.left(), rect.top(), rect.width(), 2 * smaller.lineHeight()), text, align);
    else
        smaller.draw(p, rect, smaller.elided(text, rect.width()), align);
}
} // namespace

void PageFlow::decorate()
{
    // The cover (page 1) carries the handling mark only: no running title, no page number.
    QPainter& p = *m_painter;
    const QColor grey(0x44, 0x44, 0x44);
    const TextStyle small = style(7.5, false, grey);
    const TextStyle smaller = style(6.5, false, grey);
    const TextStyle mark = style(9, true, QColor(0xb0, 0x00, 0x00));
    const qreal headerTop = mm(kHeaderOffset) - small.lineHeight() / 2;
    const qreal left = m_content.left(), right = m_content.right();

    qreal markWidth = 0;
    if (!m_decoration.handlingMark.isEmpty()) {
        markWidth = mark.advance(m_decoration.handlingMark) + mm(4);
        const QRectF box(right - markWidth, headerTop - mm(1.5), markWidth, mark.lineHeight() + mm(2));
        p.setPen(QPen(mark.color(), pt(1)));
        p.setBrush(Qt::NoBrush);
        p.drawRect(box);
        mark.draw(p, box.adjusted(0, mm(1), 0, 0), m_decoration.handlingMark, Qt::AlignHCenter);
    }
    if (m_page > 1) {
        // The chapter the page belongs to: what a reader leafing through the binder looks for. The
        // report's title and the ward are on the cover; repeating them on every page told nothing.
        QString title = m_runningTitles.value(m_page - 1);
        if (title.isEmpty())
            title = m_decoration.title;
        title = m_decoration.titleFormat.arg(title);
        const qreal titleWidth = right - left - markWidth - mm(6);
        drawFitted(p, small, smaller, QRectF(left, headerTop, titleWidth, small.lineHeight()),
            TextStyle::printable(title), Qt::AlignLeft);
        p.setPen(QPen(QColor(0x99, 0x99, 0x99), pt(0.5)));
        p.drawLine(QPointF(left, mm(kMarginTop) - mm(4)), QPointF(right, mm(kMarginTop) - mm(4)));
    }

    const qreal footerTop = m_pageRect.bottom() - mm(kFooterOffset) - small.lineHeight() / 2;
    const QRectF footer(left, footerTop, right - left, small.lineHeight());
    if (m_page > 1) {
        p.setPen(QPen(QColor(0x99, 0x99, 0x99), pt(0.5)));
        p.drawLine(QPointF(left, footerTop - mm(2)), QPointF(right, footerTop - mm(2)));
        const QLocale numbers(QLocale::English); // 1,234: the grouping both languages print
        const QString pageText = m_decoration.pageFormat.arg(numbers.toString(m_page), numbers.toString(m_totalPages));
        small.draw(p, footer, pageText, Qt::AlignHCenter);
        // The organisation takes the room right of the page number, the mark the room left of it.
        const qreal side = (footer.width() - small.advance(pageText)) / 2 - mm(3);
        drawFitted(p, small, smaller, QRectF(right - side, footerTop, side, small.lineHeight()),
            TextStyle::printable(m_decoration.organization), Qt::AlignRight);
    }
    if (!m_decoration.handlingMark.isEmpty())
        mark.draw(p, footer, m_decoration.handlingMark, Qt::AlignLeft);
}

void PageFlow::ensure(qreal height)
{
    if (!atTop() && height > remaining())
        newPage();
}

bool PageFlow::tick(qint64 units)
{
    if (!m_cancelled && m_progress && !m_progress(units))
        m_cancelled = true;
    return !m_cancelled;
}

} // namespace mamori
