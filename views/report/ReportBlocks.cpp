#include "ReportBlocks.h"

#include <QHash>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace mamori {

namespace {
const QColor kAccent(0x1f, 0x3a, 0x5f); // headings, rules: a sober navy
const QColor kHeaderFill(0xdd, 0xe4, 0xee); // table headers
const QColor kZebra(0xf4, 0xf6, 0xf9); // every other row
const QColor kGrid(0x9a, 0xa5, 0xb1);
constexpr qreal kCellPadMm = 0.8;
constexpr qint64 kTickRows = 200; // rows between progress reports

/// The vertical lines between columns, from `segmentTop` down to the flow's position.
void drawColumnRules(PageFlow& flow, const std::vector<qreal>& widths, qreal segmentTop)
{
    if (!flow.painting() || flow.y() <= segmentTop)
        return;
    QPainter& p = flow.painter();
    p.setPen(QPen(kGrid, flow.pt(0.3)));
    qreal x = flow.content().left();
    p.drawLine(QPointF(x, segmentTop), QPointF(x, flow.y()));
    for (const qreal w : widths) {
        x += w;
        p.drawLine(QPointF(x, segmentTop), QPointF(x, flow.y()));
    }
}
} // namespace

void PageBreakBlock::layout(PageFlow& flow)
{
    flow.newPage(m_orientation);
}

void SpacerBlock::layout(PageFlow& flow)
{
    if (!flow.atTop())
        flow.advance(std::min(flow.mm(m_mm), flow.remaining()));
}

HeadingBlock::HeadingBlock(int level, QString number, QString text)
    : m_level(level)
    , m_number(std::move(number))
    , m_text(std::move(text))
{
}

void HeadingBlock::layout(PageFlow& flow)
{
    const TextStyle style = flow.style(m_level == 1 ? 14 : 11, true, kAccent);
    const QString text = m_number.isEmpty() ? m_text : m_number + QStringLiteral("  ") + m_text;
    const qreal before = m_level == 1 ? flow.mm(2) : flow.mm(4);
    const qreal height = style.height(text, flow.content().width());
    // Keep with what follows: a heading alone at the bottom of a page helps nobody.
    flow.ensure(before + height + flow.mm(30));
    if (!flow.atTop())
        flow.advance(before);
    m_page = flow.page();
    const QRectF rect(flow.content().left(), flow.y(), flow.content().width(), height);
    if (flow.painting()) {
        style.draw(flow.painter(), rect, text);
        if (m_level == 1) {
            flow.painter().setPen(QPen(kAccent, flow.pt(1.2)));
            const qreal y = rect.bottom() + flow.mm(1);
            flow.painter().drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
        }
    }
    flow.advance(height + (m_level == 1 ? flow.mm(4) : flow.mm(2)));
}

void ParagraphBlock::layout(PageFlow& flow)
{
    const TextStyle style = flow.style(m_style.points, m_style.bold, m_style.color);
    const QString text = TextStyle::printable(m_text);
    const qreal left = flow.content().left() + flow.mm(m_style.indentMm);
    const qreal width = flow.content().right() - left;
    // Line by line, so that a long paragraph continues on the next page.
    QTextLayout layout(text, style.font(), flow.device());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    std::vector<std::pair<int, int>> lines;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        lines.emplace_back(line.textStart(), line.textLength());
    }
    layout.endLayout();
    const qreal lineHeight = style.lineHeight() * 1.25; // Japanese body text reads better with air
    for (const auto& [start, length] : lines) {
        flow.ensure(lineHeight);
        if (flow.painting())
            style.draw(flow.painter(), QRectF(left, flow.y(), width + flow.mm(1), lineHeight),
                text.mid(start, length).trimmed());
        flow.advance(lineHeight);
    }
    flow.advance(std::min(flow.mm(m_style.spaceAfterMm), std::max<qreal>(0, flow.remaining())));
}

// ---- TableBlock ----

TableBlock::TableBlock(QList<TableColumn> columns, qsizetype rows, std::function<TableRow(qsizetype)> row, qreal points)
    : m_columns(std::move(columns))
    , m_rows(rows)
    , m_row(std::move(row))
    , m_points(points)
{
}

void TableBlock::drawHeader(PageFlow& flow, const std::vector<qreal>& widths, qreal height)
{
    if (flow.painting()) {
        QPainter& p = flow.painter();
        const TextStyle style = flow.style(m_points, true);
        const qreal pad = flow.mm(kCellPadMm);
        qreal x = flow.content().left();
        p.setPen(QPen(kGrid, flow.pt(0.4)));
        p.setBrush(kHeaderFill);
        p.drawRect(QRectF(x, flow.y(), flow.content().width(), height));
        for (qsizetype c = 0; c < m_columns.size(); ++c) {
            const QRectF cell(x, flow.y(), widths[std::size_t(c)], height);
            style.draw(p, cell.adjusted(pad, pad, -pad, -pad), m_columns[c].title,
                m_columns[c].align & Qt::AlignHorizontal_Mask);
            if (c > 0) {
                p.setPen(QPen(kGrid, flow.pt(0.4)));
                p.drawLine(cell.topLeft(), cell.bottomLeft());
            }
            x += widths[std::size_t(c)];
        }
    }
    flow.advance(height);
}

/// What every row of one layout pass shares: the column widths, the padding and text styles, and
/// the heights measured so far.
struct TableBlock::Pass {
    Pass(PageFlow& flow, const QList<TableColumn>& columns, qreal points)
        : width(flow.content().width())
        , pad(flow.mm(kCellPadMm))
        , plain(flow.style(points))
        , bold(flow.style(points, true))
        , heightCache(std::size_t(columns.size()))
    {
        qreal totalWeight = 0;
        for (const TableColumn& c : columns)
            totalWeight += c.weight;
        for (const TableColumn& c : columns)
            widths.push_back(width * c.weight / totalWeight);
        for (qsizetype c = 0; c < columns.size(); ++c)
            headerHeight = std::max(headerHeight, bold.height(columns[c].title, widths[std::size_t(c)] - 2 * pad));
        headerHeight += 2 * pad;
        // The tallest a row may be: one page below the header. Longer cells are cut (a
        // 10,000-character name is an accident, not content).
        maxRow = flow.content().height() - headerHeight;
    }

    qreal width;
    std::vector<qreal> widths;
    qreal pad;
    TextStyle plain;
    TextStyle bold;
    qreal headerHeight = 0;
    qreal maxRow = 0;
    std::vector<QHash<QString, qreal>> heightCache; ///< per column: the height of each text measured
};

void TableBlock::layout(PageFlow& flow)
{
    Pass pass(flow, m_columns, m_points);
    const bool measuring = !flow.painting();
    if (measuring)
        m_heights.assign(std::size_t(m_rows), 0.f);

    flow.ensure(pass.headerHeight + pass.plain.lineHeight() * 3 + 2 * pass.pad);
    drawHeader(flow, pass.widths, pass.headerHeight);
    // The column rules are drawn once per page, from the header down to the last row on it: cheaper
    // than two lines per row in a 90,000-row register, and a ledger's look.
    qreal segmentTop = flow.y();
    if (m_rows == 0 && !m_emptyText.isEmpty()) {
        drawEmptyNote(flow, pass);
        segmentTop = flow.y(); // no column rules across the note
    }

    for (qsizetype r = 0; r < m_rows; ++r) {
        if (r % kTickRows == kTickRows - 1 && !flow.tick(kTickRows))
            return;
        TableRow row = m_row(r);
        for (TableCell& cell : row)
            cell.text = TextStyle::printable(cell.text);
        qreal height = 0;
        if (measuring) {
            height = measureRow(row, pass);
            m_heights[std::size_t(r)] = float(height);
        } else {
            height = m_heights[std::size_t(r)];
        }
        if (height > flow.remaining()) {
            drawColumnRules(flow, pass.widths, segmentTop);
            flow.newPage();
            drawHeader(flow, pass.widths, pass.headerHeight);
            segmentTop = flow.y();
        }
        if (flow.painting())
            paintRow(flow, row, r, height, pass);
        flow.advance(height);
    }
    drawColumnRules(flow, pass.widths, segmentTop);
    flow.tick(m_rows % kTickRows + 1);
    flow.advance(std::min(flow.mm(4), std::max<qreal>(0, flow.remaining())));
}

void TableBlock::drawEmptyNote(PageFlow& flow, const Pass& pass) const
{
    const qreal pad = pass.pad;
    const QRectF row(flow.content().left(), flow.y(), pass.width, pass.plain.lineHeight() + 2 * pad);
    if (flow.painting()) {
        pass.plain.draw(flow.painter(), row.adjusted(pad, pad, -pad, -pad), m_emptyText);
        flow.painter().setPen(QPen(kGrid, flow.pt(0.3)));
        flow.painter().setBrush(Qt::NoBrush);
        flow.painter().drawRect(row);
    }
    flow.advance(row.height());
}

qreal TableBlock::measureRow(const TableRow& row, Pass& pass) const
{
    qreal height = 0;
    for (qsizetype c = 0; c < row.size() && c < m_columns.size(); ++c) {
        // Numbers and levels (right-aligned or centred) are short: one line, not measured.
        if (m_columns[c].align & (Qt::AlignRight | Qt::AlignHCenter)) {
            height = std::max(height, pass.plain.lineHeight());
            continue;
        }
        // Names repeat down a register (every threat of an asset, every asset of a threat):
        // each distinct text of a column is measured once.
        auto& cache = pass.heightCache[std::size_t(c)];
        const auto it = cache.constFind(row[c].text);
        qreal h = 0;
        if (it != cache.constEnd()) {
            h = *it;
        } else {
            const TextStyle& s = row[c].bold ? pass.bold : pass.plain;
            h = s.height(row[c].text, pass.widths[std::size_t(c)] - 2 * pass.pad);
            if (cache.size() < 100000)
                cache.insert(row[c].text, h);
        }
        height = std::max(height, h);
    }
    return std::min(height + 2 * pass.pad, pass.maxRow);
}

void TableBlock::paintRow(PageFlow& flow, const TableRow& row, qsizetype r, qreal height, const Pass& pass) const
{
    QPainter& p = flow.painter();
    const qreal pad = pass.pad;
    const QRectF rowRect(flow.content().left(), flow.y(), pass.width, height);
    // Only a row cut to the page's height needs a clip; clipping every row doubles the time
    // a 4,000-page register takes to write.
    const bool cut = height >= pass.maxRow;
    if (cut) {
        p.save();
        p.setClipRect(rowRect.adjusted(0, 0, 0, flow.pt(0.5)));
    }
    p.setPen(Qt::NoPen);
    if (r % 2 == 1) {
        p.setBrush(kZebra);
        p.drawRect(rowRect);
    }
    qreal x = rowRect.left();
    for (qsizetype c = 0; c < row.size() && c < m_columns.size(); ++c) {
        const QRectF cell(x, rowRect.top(), pass.widths[std::size_t(c)], height);
        if (row[c].background.isValid()) {
            p.setPen(Qt::NoPen);
            p.setBrush(row[c].background);
            p.drawRect(cell);
        }
        const TextStyle& s = row[c].bold ? pass.bold : pass.plain;
        const QRectF inner = cell.adjusted(pad, pad, -pad, -pad);
        const Qt::Alignment align = m_columns[c].align & Qt::AlignHorizontal_Mask;
        if (row[c].foreground == Qt::black)
            s.draw(p, inner, row[c].text, align);
        else
            TextStyle(s.font(), flow.device(), row[c].foreground).draw(p, inner, row[c].text, align);
        x += pass.widths[std::size_t(c)];
    }
    p.setPen(QPen(kGrid, flow.pt(0.3)));
    p.drawLine(rowRect.bottomLeft(), rowRect.bottomRight());
    if (cut)
        p.restore();
}

void DrawingBlock::layout(PageFlow& flow)
{
    const qreal height = std::min(flow.mm(m_heightMm), flow.content().height());
    flow.ensure(height);
    if (flow.painting()) {
        QPainter& p = flow.painter();
        p.save();
        m_paint(flow, p, QRectF(flow.content().left(), flow.y(), flow.content().width(), height));
        p.restore();
    }
    flow.advance(height);
    flow.advance(std::min(flow.mm(3), std::max<qreal>(0, flow.remaining())));
    flow.tick(1);
}

void TocBlock::layout(PageFlow& flow)
{
    const TextStyle title = flow.style(14, true, kAccent);
    flow.ensure(title.lineHeight() * 3);
    if (flow.painting())
        title.draw(flow.painter(), QRectF(flow.content().left(), flow.y(), flow.content().width(), title.lineHeight()),
            m_title);
    flow.advance(title.lineHeight() + flow.mm(8));
    // The numbers' column fits the widest number ("付録A", "Appendix C", "5.3") of each level.
    qreal numberWidths[2] = {0, 0};
    for (const HeadingBlock* h : m_headings) {
        const TextStyle style = flow.style(h->level() == 1 ? 10.5 : 9.5, h->level() == 1);
        qreal& w = numberWidths[h->level() == 1 ? 0 : 1];
        w = std::max(w, style.advance(h->number()) + flow.mm(4));
    }
    for (const HeadingBlock* h : m_headings) {
        const TextStyle style = flow.style(h->level() == 1 ? 10.5 : 9.5, h->level() == 1);
        const qreal lineHeight = style.lineHeight() * (h->level() == 1 ? 1.9 : 1.5);
        flow.ensure(lineHeight);
        if (flow.painting()) {
            QPainter& p = flow.painter();
            const qreal indent = h->level() == 1 ? 0 : std::min(numberWidths[0], flow.mm(12));
            const qreal numberWidth = numberWidths[h->level() == 1 ? 0 : 1];
            const QRectF row(
                flow.content().left() + indent, flow.y(), flow.content().width() - indent, style.lineHeight());
            const QString page = QString::number(h->page());
            const qreal pageWidth = style.advance(page);
            style.draw(p, row, h->number());
            const QString text = h->text();
            const qreal textWidth = std::min(style.advance(text), row.width() - numberWidth - pageWidth - flow.mm(8));
            style.draw(p, QRectF(row.left() + numberWidth, row.top(), textWidth + flow.mm(1), row.height()), text);
            style.draw(p, row, page, Qt::AlignRight);
            // Dotted leader from the title to the page number, as printed tables of contents have.
            p.setPen(QPen(QColor(0x88, 0x88, 0x88), flow.pt(0.6), Qt::DotLine));
            const qreal y = row.top() + style.lineHeight() * 0.75;
            p.drawLine(QPointF(row.left() + numberWidth + textWidth + flow.mm(2), y),
                QPointF(row.right() - pageWidth - flow.mm(2), y));
        }
        flow.advance(lineHeight);
    }
}

} // namespace mamori
