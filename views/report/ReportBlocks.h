#pragma once

// The blocks a report is made of, each laid out by PageFlow in both passes (see PageFlow.h): page
// breaks, headings (which remember their page for the table of contents), paragraphs that flow line
// by line across pages, tables that break between rows and repeat their header, drawings (charts)
// kept on one page, and the table of contents.

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
    int level() const { return m_level; }
    QString number() const { return m_number; }
    QString text() const { return m_text; }
    int page() const { return m_page; } ///< known after the measuring pass

private:
    int m_level;
    QString m_number;
    QString m_text;
    int m_page = 0;
};

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

private:
    QString m_text;
    Style m_style;
};

struct TableColumn {
    QString title;
    qreal weight = 1; ///< share of the width
    Qt::Alignment align = Qt::AlignLeft;
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
class TableBlock : public Block {
public:
    TableBlock(QList<TableColumn> columns, qsizetype rows, std::function<TableRow(qsizetype)> row, qreal points = 8);
    void layout(PageFlow& flow) override;
    qint64 workUnits() const override { return m_rows + 1; }
    /// A short note printed when the table has no rows.
    void setEmptyText(QString text) { m_emptyText = std::move(text); }

private:
    struct Pass;

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
    std::vector<float> m_heights; ///< measured in the first pass, reused when painting
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
