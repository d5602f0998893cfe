#include "PageFlow.h"

#include "PdfText.h"
#include "Translations.h"

#include <QFontDatabase>
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
    qreal y = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(rect.width());
        line.setPosition(QPointF(0, y));
        y += m_lineHeight;
    }
    layout.endLayout();
    layout.draw(&painter, rect.topLeft());
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
}

void PageFlow::decorate()
{
    // The cover (page 1) carries the handling mark only: no running title, no page number.
    QPainter& p = *m_painter;
    const TextStyle small = style(7.5, false, QColor(0x44, 0x44, 0x44));
    const TextStyle mark = style(9, true, QColor(0xb0, 0x00, 0x00));
    const qreal headerTop = mm(kHeaderOffset) - small.lineHeight() / 2;
    const qreal left = m_content.left(), right = m_content.right();

    if (!m_decoration.handlingMark.isEmpty()) {
        const qreal w = mark.advance(m_decoration.handlingMark) + mm(4);
        const QRectF box(right - w, headerTop - mm(1.5), w, mark.lineHeight() + mm(2));
        p.setPen(QPen(mark.color(), pt(1)));
        p.setBrush(Qt::NoBrush);
        p.drawRect(box);
        mark.draw(p, box.adjusted(0, mm(1), 0, 0), m_decoration.handlingMark, Qt::AlignHCenter);
    }
    if (m_page > 1) {
        const qreal titleWidth = (right - left) * 0.75;
        small.draw(p, QRectF(left, headerTop, titleWidth, small.lineHeight()),
            small.elided(TextStyle::printable(m_decoration.title), titleWidth));
        p.setPen(QPen(QColor(0x99, 0x99, 0x99), pt(0.5)));
        p.drawLine(QPointF(left, mm(kMarginTop) - mm(4)), QPointF(right, mm(kMarginTop) - mm(4)));
    }

    const qreal footerTop = m_pageRect.bottom() - mm(kFooterOffset) - small.lineHeight() / 2;
    const QRectF footer(left, footerTop, right - left, small.lineHeight());
    if (m_page > 1) {
        p.setPen(QPen(QColor(0x99, 0x99, 0x99), pt(0.5)));
        p.drawLine(QPointF(left, footerTop - mm(2)), QPointF(right, footerTop - mm(2)));
        small.draw(p, footer, m_decoration.pageFormat.arg(m_page).arg(m_totalPages), Qt::AlignHCenter);
        small.draw(p, footer, small.elided(TextStyle::printable(m_decoration.organization), footer.width() * 0.3),
            Qt::AlignRight);
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
