#pragma once

// The blocks a report is made of, each laid out by PageFlow in both passes (see PageFlow.h): page
// breaks, headings (which remember their page for the table of contents), paragraphs that flow line
// by line across pages, tables that break between rows and repeat their header, drawings (charts)
// kept on one page, and the table of contents.
//
// Keeping together: a heading starts a new page unless it fits with the beginning of the block after
// it (that block's leadHeight(): three lines of a paragraph, a table's header and two rows, a whole
// drawing); a table never leaves its last rows alone on a page (see TableBlock).

#include "PageFlow.h"

#include <QColor>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace mamori {

class Block {
public:
    virtual ~Block() = default;
    virtual void layout(PageFlow& flow) = 0;
    /// The height of this block's beginning, which a heading before it must share a page with. The
    /// same in both passes.
    virtual qreal leadHeight(PageFlow& /*flow*/) { return 0; }
    /// Work units for the progress bar: about one per table row.
    virtual qint64 workUnits() const { return 1; }
};

using Blocks = std::vector<std::unique_ptr<Block>>;

class PageBreakBlock : public Block {
public:
    explicit PageBreakBlock(QPageLayout::Orientation orientation)
        : m_orientation(orientation)
    {
    }
    void layout(PageFlow& flow) override;

private:
    QPageLayout::Orientation m_orientation;
};

class SpacerBlock : public Block {
public:
    explicit SpacerBlock(qreal millimetres)
        : m_mm(millimetres)
    {
    }
    void layout(PageFlow& flow) override;

private:
    qreal m_mm;
};

class HeadingBlock : public Block {
public:
    /// `level` 1 (chapter) or 2 (section); `number` such as "3" or "3.2".
    HeadingBlock(int level, QString number, QString text);
    void layout(PageFlow& flow) override;
    /// Its own height and the lead of the block it is kept with.
    qreal leadHeight(PageFlow& flow) override;
    /// The block the heading is kept on one page with (see keepHeadingsWithNext()), and the one after
    /// it, kept too when `next` is a short paragraph (an introduction belongs with what it introduces).
    void setNext(Block* next, Block* afterNext)
    {
        m_next = next;
        m_afterNext = afterNext;
    }
    int level() const { return m_level; }
    QString number() const { return m_number; }
    QString text() const { return m_text; }
    int page() const { return m_page; } ///< known after the measuring pass

private:
    int m_level;
    QString m_number;
    QString m_text;
    int m_page = 0;
    Block* m_next = nullptr;
    Block* m_afterNext = nullptr;
};

/// Tells every heading of `blocks` the block that follows it (past spacers), to keep them together.
void keepHeadingsWithNext(const Blocks& blocks);

class ParagraphBlock : public Block {
public:
    struct Style {
        qreal points = 9.5;
        bool bold = false;
        QColor color = Qt::black;
        qreal spaceAfterMm = 2;
        qreal indentMm = 0;
    };
    explicit ParagraphBlock(QString text)
        : m_text(std::move(text))
    {
    }
    ParagraphBlock(QString text, Style style)
        : m_text(std::move(text))
        , m_style(style)
    {
    }
    void layout(PageFlow& flow) override;
    /// Its first three lines (all of a shorter paragraph).
    qreal leadHeight(PageFlow& flow) override;
    /// Whether the whole paragraph is no longer than its lead.
    bool isShort(PageFlow& flow) const;

private:
    QString m_text;
    Style m_style;
};

/// A column of a TableBlock. Its width is at least its widest word (see TableBlock); `weight` shares
/// out the width that saves no line.
struct TableColumn {
    QString title;
    qreal weight = 1; ///< share of the width that no column needs to save lines
    Qt::Alignment align = Qt::AlignLeft;
    /// Never wraps: a level, a date, a number, an ID. The column is as wide as its widest cell.
    bool noWrap = false;
};

struct TableCell {
    QString text;
    QColor background; ///< invalid: the row's
    QColor foreground = Qt::black;
    bool bold = false;
    TableCell() = default;
    TableCell(QString t)
        : text(std::move(t))
    {
    } // NOLINT: cells are mostly plain text
    TableCell(QString t, QColor bg, QColor fg, bool b = false)
        : text(std::move(t))
        , background(bg)
        , foreground(fg)
        , bold(b)
    {
    }
};
using TableRow = QList<TableCell>;

/// A table that breaks between rows, repeating its header on every page. Rows come from a function
/// so that a register of 90,000 risks is never copied into the report.
///
/// Column widths come from the content. Each column gets at least the width of its widest piece
/// that cannot be broken (a word of a cell, a piece of its title: TextStyle::minimumWidth() and
/// headerPieces()), a no-wrap column the width of its widest cell. The rest goes to the columns that
/// wrap, where it saves the most lines over the measured rows (a row is as tall as its tallest cell),
/// then by weight, up to each column's widest cell unwrapped. When a title would still break, the
/// header is set one point smaller if fewer titles break so. Only when the minimums do not fit at all
/// are words broken. The cells are measured in the measuring pass: all rows of a table up to
/// kAllRowsMeasured rows, a sample spread over a longer one (a 90,000-row register); the painting
/// pass reuses the widths.
///
/// The last kKeepLastRows rows go to the next page together rather than leave one or two alone there.
class TableBlock : public Block {
public:
    static constexpr qsizetype kAllRowsMeasured = 3000;
    static constexpr qsizetype kKeepLastRows = 3;

    TableBlock(QList<TableColumn> columns, qsizetype rows, std::function<TableRow(qsizetype)> row, qreal points = 8);
    void layout(PageFlow& flow) override;
    /// The header and the first two rows (all rows of a table of up to kKeepLastRows + 1).
    qreal leadHeight(PageFlow& flow) override;
    qint64 workUnits() const override { return m_rows + 1; }
    /// A short note printed when the table has no rows.
    void setEmptyText(QString text) { m_emptyText = std::move(text); }

    /// The columns as laid out at the flow's content width.
    struct Columns {
        qreal contentWidth = -1; ///< what they were computed for
        std::vector<qreal> widths; ///< with padding
        std::vector<bool> fits; ///< the column got its minimum: its cells need no breaking inside a word
        QStringList titles; ///< the titles with their line breaks
        qreal titlePoints = 0; ///< the header's size: the table's, or a point less
        qreal padding = 0; ///< each side of a cell
    };
    const Columns& columns(PageFlow& flow);
    /// The rows that begin a page after the table's first, as the last pass laid them out.
    const std::vector<qsizetype>& rowsStartingPages() const { return m_rowsStartingPages; }

private:
    struct Pass;

    void computeColumns(PageFlow& flow);
    /// The height of row `r`: measured (and kept) in the measuring pass, the kept one when painting.
    qreal rowHeight(qsizetype r, Pass& pass, bool measuring);
    void drawHeader(PageFlow& flow, const std::vector<qreal>& widths, qreal height);
    /// The note in place of rows when there are none.
    void drawEmptyNote(PageFlow& flow, const Pass& pass) const;
    /// The row's height with padding, at most one page.
    qreal measureRow(const TableRow& row, Pass& pass) const;
    void paintRow(PageFlow& flow, const TableRow& row, qsizetype r, qreal height, const Pass& pass) const;

    QList<TableColumn> m_columns;
    qsizetype m_rows;
    std::function<TableRow(qsizetype)> m_row;
    qreal m_points;
    QString m_emptyText;
    std::vector<float> m_heights; ///< measured in the first pass (0: not yet), reused when painting
    Columns m_layout;
    std::vector<qsizetype> m_rowsStartingPages;
};

/// A drawing of a fixed height (a chart), moved to the next page rather than split.
class DrawingBlock : public Block {
public:
    using Paint = std::function<void(PageFlow& flow, QPainter& painter, const QRectF& rect)>;
    DrawingBlock(qreal heightMm, Paint paint)
        : m_heightMm(heightMm)
        , m_paint(std::move(paint))
    {
    }
    void layout(PageFlow& flow) override;
    qreal leadHeight(PageFlow& flow) override;

private:
    qreal m_heightMm;
    Paint m_paint;
};

/// The table of contents: the chapters and sections that follow, with their pages.
class TocBlock : public Block {
public:
    TocBlock(QString title, std::vector<const HeadingBlock*> headings)
        : m_title(std::move(title))
        , m_headings(std::move(headings))
    {
    }
    void layout(PageFlow& flow) override;

private:
    QString m_title;
    std::vector<const HeadingBlock*> m_headings;
};

} // namespace mamori
