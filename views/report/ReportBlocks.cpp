#include "ReportBlocks.h"

#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <numeric>

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

namespace {
struct HeadingMetrics {
    TextStyle style;
    QString text;
    qreal before;
    qreal height;
    qreal after;
};

HeadingMetrics headingMetrics(PageFlow& flow, int level, const QString& number, const QString& text)
{
    HeadingMetrics m {flow.style(level == 1 ? 14 : 11, true, kAccent),
        number.isEmpty() ? text : number + QStringLiteral("  ") + text, level == 1 ? flow.mm(2) : flow.mm(4), 0,
        level == 1 ? flow.mm(4) : flow.mm(2)};
    m.height = m.style.height(m.text, flow.content().width());
    return m;
}
} // namespace

qreal HeadingBlock::leadHeight(PageFlow& flow)
{
    const HeadingMetrics m = headingMetrics(flow, m_level, m_number, m_text);
    qreal lead = m.before + m.height + m.after;
    if (m_next)
        lead += m_next->leadHeight(flow);
    if (const auto* paragraph = dynamic_cast<const ParagraphBlock*>(m_next);
        paragraph && m_afterNext && paragraph->isShort(flow))
        lead += m_afterNext->leadHeight(flow);
    return lead;
}

void HeadingBlock::layout(PageFlow& flow)
{
    const HeadingMetrics m = headingMetrics(flow, m_level, m_number, m_text);
    // Keep with what follows: a heading alone at the bottom of a page helps nobody.
    flow.ensure(leadHeight(flow));
    if (!flow.atTop())
        flow.advance(m.before);
    m_page = flow.page();
    if (m_level == 1)
        flow.setRunningTitle(m.text);
    const QRectF rect(flow.content().left(), flow.y(), flow.content().width(), m.height);
    if (flow.painting()) {
        m.style.draw(flow.painter(), rect, m.text);
        if (m_level == 1) {
            flow.painter().setPen(QPen(kAccent, flow.pt(1.2)));
            const qreal y = rect.bottom() + flow.mm(1);
            flow.painter().drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
        }
    }
    flow.advance(m.height + m.after);
}

void keepHeadingsWithNext(const Blocks& blocks)
{
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        auto* heading = dynamic_cast<HeadingBlock*>(blocks[i].get());
        if (!heading)
            continue;
        // The next two blocks past spacers; what follows a page break is on another page anyway.
        std::vector<Block*> next;
        for (std::size_t j = i + 1; j < blocks.size() && next.size() < 2; ++j) {
            if (dynamic_cast<PageBreakBlock*>(blocks[j].get()))
                break;
            if (!dynamic_cast<SpacerBlock*>(blocks[j].get()))
                next.push_back(blocks[j].get());
        }
        heading->setNext(next.empty() ? nullptr : next[0], next.size() < 2 ? nullptr : next[1]);
    }
}

namespace {
/// The lines of `text` wrapped to `width`, as (start, length).
std::vector<std::pair<int, int>> paragraphLines(
    const QString& text, const TextStyle& style, PageFlow& flow, qreal width)
{
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
    return lines;
}

constexpr qreal kParagraphLineSpacing = 1.25; // Japanese body text reads better with air
constexpr std::size_t kLeadLines = 3;
} // namespace

bool ParagraphBlock::isShort(PageFlow& flow) const
{
    const TextStyle style = flow.style(m_style.points, m_style.bold, m_style.color);
    const qreal width = flow.content().width() - flow.mm(m_style.indentMm);
    return paragraphLines(TextStyle::printable(m_text), style, flow, width).size() <= kLeadLines;
}

qreal ParagraphBlock::leadHeight(PageFlow& flow)
{
    const TextStyle style = flow.style(m_style.points, m_style.bold, m_style.color);
    const qreal width = flow.content().width() - flow.mm(m_style.indentMm);
    const std::size_t lines = paragraphLines(TextStyle::printable(m_text), style, flow, width).size();
    // A short paragraph whole, with the space after it, as the block after it is kept with it too.
    return qreal(std::min(lines, kLeadLines)) * style.lineHeight() * kParagraphLineSpacing
        + (lines <= kLeadLines ? flow.mm(m_style.spaceAfterMm) : 0);
}

void ParagraphBlock::layout(PageFlow& flow)
{
    const TextStyle style = flow.style(m_style.points, m_style.bold, m_style.color);
    const QString text = TextStyle::printable(m_text);
    const qreal left = flow.content().left() + flow.mm(m_style.indentMm);
    const qreal width = flow.content().right() - left;
    // Line by line, so that a long paragraph continues on the next page.
    const std::vector<std::pair<int, int>> lines = paragraphLines(text, style, flow, width);
    const qreal lineHeight = style.lineHeight() * kParagraphLineSpacing;
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

namespace {
/// The unwrapped extent of a cell of a wrapping column: its widest line and its lines.
struct Extent {
    float width = 0;
    float piece = 0; ///< the widest unbreakable piece
    int lines = 1;
};

/// Column widths. No-wrap columns get their need. The wrapping columns start at their need (their
/// widest unbreakable piece) and grow where width saves the most lines over the measured rows: a row
/// is as tall as its tallest cell, so the width goes to the column that makes rows taller, not to one
/// whose cells would only get blank room. Once no width saves a line, it goes by weight; never past a
/// column's natural width (its widest cell unwrapped).
/// What is left once every column has its natural width goes to all columns by weight, so that the
/// table spans the page. Needs that do not fit together are scaled down (then words break: nothing
/// better is possible).
std::vector<qreal> shareWidths(qreal width, const std::vector<qreal>& need, const std::vector<qreal>& natural,
    const QList<TableColumn>& columns, const std::vector<std::vector<Extent>>& rows, qreal pad)
{
    const std::size_t n = need.size();
    std::vector<qreal> widths(need);
    const qreal needed = std::accumulate(need.begin(), need.end(), qreal(0));
    if (needed >= width) {
        for (qreal& w : widths)
            w *= width / needed;
        return widths;
    }
    const auto weightOf = [&](std::size_t c) { return std::max<qreal>(columns[qsizetype(c)].weight, 0.01); };
    // Lines of a cell at a column width. Wrapping leaves on average half a piece blank at the end of
    // each line: little in Japanese, which breaks between characters, a half word in English.
    const auto linesAt = [pad](const Extent& e, qreal w) {
        const double inner = std::max<qreal>(w - 2 * pad, 1);
        if (e.width <= inner)
            return double(e.lines);
        return e.lines * std::max(2.0, std::ceil(double(e.width) / std::max(inner - e.piece / 2, inner / 2)));
    };
    // The cost of a layout: the rows' heights in lines, plus a little of every cell's lines, so that
    // a step that shortens a cell which is not its row's tallest still counts for something.
    constexpr double kCellShare = 0.01;
    const std::size_t m = rows.size();
    std::vector<double> lines(m * n, 1); // lines[row * n + column] at the current widths
    for (std::size_t r = 0; r < m; ++r) {
        for (std::size_t c = 0; c < n; ++c)
            lines[r * n + c] = columns[qsizetype(c)].noWrap ? 1 : linesAt(rows[r][c], widths[c]);
    }
    std::vector<double> tallest(m), second(m);
    std::vector<std::size_t> tallestAt(m);
    qreal left = width - needed;
    const qreal step = width / 200;
    while (left > 1e-6) {
        // Each row's tallest cell and the next tallest, to know a row's height without any one column.
        for (std::size_t r = 0; r < m; ++r) {
            tallest[r] = second[r] = 0;
            tallestAt[r] = n;
            for (std::size_t c = 0; c < n; ++c) {
                const double l = lines[r * n + c];
                if (l > tallest[r]) {
                    second[r] = tallest[r];
                    tallest[r] = l;
                    tallestAt[r] = c;
                } else {
                    second[r] = std::max(second[r], l);
                }
            }
        }
        // Growing one column by 1, 2, 4 ... steps (up to its natural width): the most lines saved for
        // the width spent. Looking further than one step passes the widths where nothing is saved yet.
        std::size_t best = n;
        qreal bestAdd = 0;
        double bestRate = 0;
        for (std::size_t c = 0; c < n; ++c) {
            if (columns[qsizetype(c)].noWrap || widths[c] >= natural[c] - 1e-6)
                continue;
            for (qreal k = 1;; k *= 2) {
                const qreal add = std::min({k * step, left, natural[c] - widths[c]});
                double saved = 0;
                for (std::size_t r = 0; r < m; ++r) {
                    const double before = lines[r * n + c];
                    const double after = linesAt(rows[r][c], widths[c] + add);
                    const double others = tallestAt[r] == c ? second[r] : tallest[r];
                    saved += std::max(others, before) - std::max(others, after) + kCellShare * (before - after);
                }
                if (saved / add > bestRate + 1e-12) {
                    best = c;
                    bestAdd = add;
                    bestRate = saved / add;
                }
                if (add < k * step)
                    break; // reached the natural width or the width left
            }
        }
        if (best == n) {
            // Nothing saves a line any more: the wrapping column with the least width for its weight.
            for (std::size_t c = 0; c < n; ++c) {
                if (columns[qsizetype(c)].noWrap || widths[c] >= natural[c] - 1e-6)
                    continue;
                if (best == n || widths[c] / weightOf(c) < widths[best] / weightOf(best))
                    best = c;
            }
            if (best == n)
                break; // every wrapping column has its natural width
            bestAdd = std::min({step, left, natural[best] - widths[best]});
        }
        widths[best] += bestAdd;
        left -= bestAdd;
        for (std::size_t r = 0; r < m; ++r)
            lines[r * n + best] = linesAt(rows[r][best], widths[best]);
    }
    if (left > 0) {
        // Nothing wraps any more: every column gets its weight's share of the rest.
        qreal weight = 0;
        for (std::size_t c = 0; c < n; ++c)
            weight += weightOf(c);
        for (std::size_t c = 0; c < n; ++c)
            widths[c] += left * weightOf(c) / weight;
    }
    return widths;
}

/// The rows measured for the column widths: all of a table up to `all` rows, else the first rows and
/// an even sample of the others (the last included).
template <typename F> void forSampledRows(qsizetype rows, qsizetype all, F&& f)
{
    if (rows <= all) {
        for (qsizetype r = 0; r < rows; ++r)
            f(r);
        return;
    }
    const qsizetype head = all / 3;
    const qsizetype stride = std::max<qsizetype>(1, (rows - head) / (all - head));
    for (qsizetype r = 0; r < head; ++r)
        f(r);
    for (qsizetype r = head; r < rows - 1; r += stride)
        f(r);
    f(rows - 1);
}
} // namespace

const TableBlock::Columns& TableBlock::columns(PageFlow& flow)
{
    if (m_layout.contentWidth != flow.content().width())
        computeColumns(flow);
    return m_layout;
}

void TableBlock::computeColumns(PageFlow& flow)
{
    const std::size_t n = std::size_t(m_columns.size());
    const qreal width = flow.content().width();
    const qreal pad = flow.mm(kCellPadMm);
    const TextStyle plain = flow.style(m_points), bold = flow.style(m_points, true);

    // The cells: the widest unbreakable piece of a wrapping column, the widest cell of a no-wrap one.
    // Each distinct text of a column is measured once; the sampled rows keep their cells' extents.
    std::vector<qreal> cells(n, 0), natural(n, 0);
    std::vector<QHash<QString, Extent>> seen(n);
    std::vector<std::vector<Extent>> rows;
    forSampledRows(m_rows, kAllRowsMeasured, [&](qsizetype r) {
        const TableRow row = m_row(r);
        std::vector<Extent> extents(n);
        for (std::size_t c = 0; c < n && c < std::size_t(row.size()); ++c) {
            const TableCell& cell = row[qsizetype(c)];
            if (cell.text.isEmpty())
                continue;
            if (const auto it = seen[c].constFind(cell.text); it != seen[c].constEnd()) {
                extents[c] = *it;
                continue;
            }
            const QString text = TextStyle::printable(cell.text);
            const TextStyle& s = cell.bold ? bold : plain;
            const qreal whole = s.naturalWidth(text);
            const qreal piece = m_columns[qsizetype(c)].noWrap ? whole : s.minimumWidth(text);
            natural[c] = std::max(natural[c], whole);
            cells[c] = std::max(cells[c], piece);
            extents[c] = Extent {float(whole), float(piece), int(text.count(QChar::LineSeparator)) + 1};
            seen[c].insert(cell.text, extents[c]);
        }
        rows.push_back(std::move(extents));
    });

    // The header at the table's size, or a point smaller if fewer titles must break at that size.
    struct Try {
        qreal points;
        std::vector<qreal> widths;
        std::vector<bool> fits;
        int broken = 0;
    };
    auto attempt = [&](qreal points) {
        Try t {points, {}, {}, 0};
        const TextStyle header = flow.style(points, true);
        std::vector<qreal> need(n), whole(n);
        for (std::size_t c = 0; c < n; ++c) {
            qreal piece = 0;
            for (const QString& p : TextStyle::headerPieces(m_columns[qsizetype(c)].title))
                piece = std::max(piece, header.advance(p.trimmed()));
            need[c] = std::max(piece, cells[c]) + 2 * pad + 0.5;
            whole[c] = std::max(header.advance(m_columns[qsizetype(c)].title), natural[c]) + 2 * pad + 0.5;
        }
        t.widths = shareWidths(width, need, whole, m_columns, rows, pad);
        for (std::size_t c = 0; c < n; ++c) {
            t.fits.push_back(t.widths[c] + 0.01 >= need[c]);
            t.broken += header.advance(m_columns[qsizetype(c)].title) + 2 * pad > t.widths[c] ? 1 : 0;
        }
        return t;
    };
    Try chosen = attempt(m_points);
    if (chosen.broken > 0) {
        Try smaller = attempt(m_points - 1);
        if (smaller.broken < chosen.broken)
            chosen = std::move(smaller);
    }
    m_layout.contentWidth = width;
    m_layout.widths = chosen.widths;
    m_layout.fits = chosen.fits;
    m_layout.titlePoints = chosen.points;
    m_layout.padding = pad;
    m_layout.titles.clear();
    const TextStyle header = flow.style(chosen.points, true);
    for (std::size_t c = 0; c < n; ++c) {
        const QString& title = m_columns[qsizetype(c)].title;
        m_layout.titles.append(header.joinWrapped(TextStyle::headerPieces(title), chosen.widths[c] - 2 * pad));
    }
}

void TableBlock::drawHeader(PageFlow& flow, const std::vector<qreal>& widths, qreal height)
{
    if (flow.painting()) {
        QPainter& p = flow.painter();
        const TextStyle style = flow.style(m_layout.titlePoints, true);
        const qreal pad = flow.mm(kCellPadMm);
        qreal x = flow.content().left();
        p.setPen(QPen(kGrid, flow.pt(0.4)));
        p.setBrush(kHeaderFill);
        p.drawRect(QRectF(x, flow.y(), flow.content().width(), height));
        for (qsizetype c = 0; c < m_columns.size(); ++c) {
            const QRectF cell(x, flow.y(), widths[std::size_t(c)], height);
            style.draw(p, cell.adjusted(pad, pad, -pad, -pad), m_layout.titles.value(c),
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
    Pass(PageFlow& flow, const QList<TableColumn>& columns, const Columns& layout, qreal points)
        : width(flow.content().width())
        , widths(layout.widths)
        , pad(layout.padding)
        , plain(flow.style(points))
        , bold(flow.style(points, true))
        , heightCache(std::size_t(columns.size()))
    {
        const TextStyle header = flow.style(layout.titlePoints, true);
        for (qsizetype c = 0; c < columns.size(); ++c)
            headerHeight
                = std::max(headerHeight, header.height(layout.titles.value(c), widths[std::size_t(c)] - 2 * pad));
        headerHeight += 2 * pad;
        // Columns whose cells are one line: no-wrap ones that got their width, and numbers and levels
        // (right-aligned or centred), which are short.
        for (qsizetype c = 0; c < columns.size(); ++c)
            oneLine.push_back((columns[c].noWrap && layout.fits[std::size_t(c)])
                || (columns[c].align & (Qt::AlignRight | Qt::AlignHCenter)));
        // The tallest a row may be: one page below the header. Longer cells are cut (a
        // 10,000-character name is an accident, not content).
        maxRow = flow.content().height() - headerHeight;
    }

    qreal width;
    std::vector<qreal> widths;
    qreal pad;
    TextStyle plain;
    TextStyle bold;
    std::vector<bool> oneLine;
    qreal headerHeight = 0;
    qreal maxRow = 0;
    std::vector<QHash<QString, qreal>> heightCache; ///< per column: the height of each text measured
};

qreal TableBlock::rowHeight(qsizetype r, Pass& pass, bool measuring)
{
    float& h = m_heights[std::size_t(r)];
    if (measuring && h == 0.f) {
        TableRow row = m_row(r);
        for (TableCell& cell : row)
            cell.text = TextStyle::printable(cell.text);
        h = float(measureRow(row, pass));
    }
    return h;
}

qreal TableBlock::leadHeight(PageFlow& flow)
{
    Pass pass(flow, m_columns, columns(flow), m_points);
    const bool measuring = !flow.painting();
    if (measuring)
        m_heights.assign(std::size_t(m_rows), 0.f);
    qreal height = pass.headerHeight;
    if (m_rows == 0)
        return height + pass.plain.lineHeight() + 2 * pass.pad;
    // A small table is kept whole: split, it would leave one or two rows alone.
    const qsizetype lead = m_rows <= kKeepLastRows + 1 ? m_rows : 2;
    for (qsizetype r = 0; r < lead; ++r)
        height += rowHeight(r, pass, measuring);
    return height;
}

void TableBlock::layout(PageFlow& flow)
{
    const bool measuring = !flow.painting();
    const qreal lead = leadHeight(flow); // measures the first rows
    Pass pass(flow, m_columns, columns(flow), m_points);

    flow.ensure(lead);
    drawHeader(flow, pass.widths, pass.headerHeight);
    // The column rules are drawn once per page, from the header down to the last row on it: cheaper
    // than two lines per row in a 90,000-row register, and a ledger's look.
    qreal segmentTop = flow.y();
    if (m_rows == 0 && !m_emptyText.isEmpty()) {
        drawEmptyNote(flow, pass);
        segmentTop = flow.y(); // no column rules across the note
    }

    qsizetype rowsOnPage = 0;
    m_rowsStartingPages.clear();
    for (qsizetype r = 0; r < m_rows; ++r) {
        if (r % kTickRows == kTickRows - 1 && !flow.tick(kTickRows))
            return;
        const qreal height = rowHeight(r, pass, measuring);
        bool breakHere = height > flow.remaining();
        if (!breakHere && rowsOnPage > 0 && m_rows - r <= kKeepLastRows && m_rows - r > 1) {
            // The last rows: if they will not all fit here, they go over together.
            qreal rest = 0;
            for (qsizetype k = r; k < m_rows; ++k)
                rest += rowHeight(k, pass, measuring);
            breakHere = rest > flow.remaining();
        }
        if (breakHere && rowsOnPage > 0) {
            drawColumnRules(flow, pass.widths, segmentTop);
            flow.newPage();
            drawHeader(flow, pass.widths, pass.headerHeight);
            segmentTop = flow.y();
            rowsOnPage = 0;
            m_rowsStartingPages.push_back(r);
        }
        if (flow.painting()) {
            TableRow row = m_row(r);
            for (TableCell& cell : row)
                cell.text = TextStyle::printable(cell.text);
            paintRow(flow, row, r, height, pass);
        }
        flow.advance(height);
        ++rowsOnPage;
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
        if (pass.oneLine[std::size_t(c)]) {
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

qreal DrawingBlock::leadHeight(PageFlow& flow)
{
    return std::min(flow.mm(m_heightMm), flow.content().height());
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
            const QString page = QLocale(QLocale::English).toString(h->page()); // 1,234 in both languages
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
