#pragma once

// The page layout of the report: a flow of blocks laid out on A4 pages, portrait or landscape, with
// the header (title, handling mark) and footer (page X of Y) on every page.
//
// The report is laid out twice with the same code: first measuring only (no painter), which counts
// the pages and finds the page of every heading, then painting, when "of Y" and the table of
// contents can be filled in. Both passes make the same decisions because they measure with the same
// fonts on the same device, so what was counted is what is painted.
//
// Text is only ever drawn as plain text (QPainter::drawText, QTextLayout): nothing in the model is
// interpreted as markup or can load a resource.
//
// Units are device pixels of the paint device (QPdfWriter or QPrinter); mm() converts.

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QRectF>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QPagedPaintDevice;
class QPainter;

namespace mamori {

/// A font on the report's device, measuring and drawing plain text, wrapped at word boundaries (or
/// anywhere, for a word longer than the width). Every line of a text sits on the same baselines,
/// one lineHeight() apart from the first ascent(), whichever font (Latin or Japanese) a line uses:
/// cells side by side start on the same line whether they wrap or not.
class TextStyle {
public:
    TextStyle(const QFont& font, QPaintDevice* device, QColor color = Qt::black);

    const QFont& font() const { return m_font; }
    QColor color() const { return m_color; }
    qreal lineHeight() const { return m_lineHeight; }
    qreal advance(const QString& text) const { return m_metrics.horizontalAdvance(text); }
    /// The width `text` takes unwrapped: its widest line (line breaks kept).
    qreal naturalWidth(const QString& text) const;
    /// The width of the widest piece of `text` that cannot be broken (a word, a number, a date part):
    /// any narrower and wrapping would cut inside it.
    qreal minimumWidth(const QString& text) const;
    /// `pieces` (see headerPieces()) joined into lines of at most `width`, a line break between lines.
    QString joinWrapped(const QStringList& pieces, qreal width) const;
    /// The pieces a column title may be broken into. A Japanese title has no spaces, and breaking it
    /// anywhere cuts words (発生可/能性): it breaks only where the script changes between kanji,
    /// katakana and Latin, after a run of hiragana (a particle: 脅威の|分類), around brackets and 「・」,
    /// and never leaves a single character alone (リスク数, not リスク|数). An English title breaks at
    /// spaces. Joined, the pieces give the title back.
    static QStringList headerPieces(const QString& title);
    /// The height `text` takes wrapped to `width`.
    qreal height(const QString& text, qreal width) const;
    /// `text` on one line, cut with "…" to fit `width`.
    QString elided(const QString& text, qreal width) const;
    /// Draws `text` wrapped into `rect` (top-aligned; horizontal alignment from `align`).
    void draw(QPainter& painter, const QRectF& rect, const QString& text, Qt::Alignment align = Qt::AlignLeft) const;

    /// What may be drawn of a model string: line breaks kept as line breaks, other control characters
    /// and bidirectional overrides (which could make a name read as another) removed.
    static QString printable(const QString& text);

private:
    bool fitsOneLine(const QString& text, qreal width) const;

    QFont m_font;
    QPaintDevice* m_device;
    QFontMetricsF m_metrics;
    QColor m_color;
    qreal m_lineHeight;
};

/// The report's font families, first choice first: a Latin one, then the Japanese one.
QStringList reportFontFamilies();

/// Text on every page.
struct PageDecoration {
    QString handlingMark; ///< header, right, boxed; footer, left
    QString organization; ///< footer, right
    QString pageFormat; ///< footer, centre: "%1 / %2" (page, pages), translated
    /// A page's running header, left: the chapter it belongs to (see PageFlow::setRunningTitle), or this
    /// when no chapter has begun (the contents).
    QString title;
    /// How the running header is written around the title: "%1", or "%1（要約版）" in the summary
    /// edition, so that a page copied out of it says what it is part of.
    QString titleFormat = QStringLiteral("%1");
};

class PageFlow {
public:
    /// `painter` null: measuring only. `totalPages`: known when painting (from the measuring pass).
    /// `progress` is called with work units done; false from it cancels.
    PageFlow(QPagedPaintDevice& device, QPainter* painter, PageDecoration decoration, int totalPages,
        std::function<bool(qint64)> progress);

    bool painting() const { return m_painter != nullptr; }
    QPainter& painter() const { return *m_painter; }
    QPaintDevice* device() const;

    qreal mm(qreal millimetres) const { return millimetres * m_dpi / 25.4; }
    /// Points to device pixels, for line widths.
    qreal pt(qreal points) const { return points * m_dpi / 72.0; }
    /// The report's font: the Japanese family (so kanji get Japanese glyph forms) at `points`.
    QFont font(qreal points, bool bold = false) const;
    TextStyle style(qreal points, bool bold = false, QColor color = Qt::black) const;

    /// The chapter now laid out, shown in the header of its pages. The measuring pass records it for
    /// every page (runningTitles()); the painting pass draws the recorded ones (setRunningTitles()), as
    /// a header is drawn when its page starts, before the chapter's heading is reached.
    void setRunningTitle(const QString& title);
    QStringList runningTitles() const { return m_runningTitles; }
    void setRunningTitles(QStringList titles) { m_runningTitles = std::move(titles); }

    /// Starts the first page; every later page starts with newPage().
    void begin(QPageLayout::Orientation orientation);
    /// Ends the current page and starts the next, in `orientation`.
    void newPage(QPageLayout::Orientation orientation);
    void newPage() { newPage(m_orientation); }
    QPageLayout::Orientation orientation() const { return m_orientation; }

    int page() const { return m_page; } ///< 1-based
    int pages() const { return m_page; } ///< pages begun so far (the total once done)
    /// The area between header and footer on the current page.
    QRectF content() const { return m_content; }
    qreal y() const { return m_y; }
    void advance(qreal height) { m_y += height; }
    qreal remaining() const { return m_content.bottom() - m_y; }
    bool atTop() const { return m_y <= m_content.top() + 0.5; }
    /// Starts a new page when `height` does not fit below y (unless at the top already).
    void ensure(qreal height);

    /// Reports work done; false once the user cancelled (then stop laying out).
    bool tick(qint64 units);
    bool cancelled() const { return m_cancelled; }

private:
    void startPage(QPageLayout::Orientation orientation);
    void decorate();

    QPagedPaintDevice& m_device;
    QPainter* m_painter;
    PageDecoration m_decoration;
    int m_totalPages;
    std::function<bool(qint64)> m_progress;
    QStringList m_families;
    qreal m_dpi;
    QPageLayout::Orientation m_orientation = QPageLayout::Portrait;
    int m_page = 0;
    QRectF m_pageRect;
    QRectF m_content;
    qreal m_y = 0;
    bool m_cancelled = false;
    QString m_runningTitle;
    QStringList m_runningTitles; ///< per page, 0-based
};

} // namespace mamori
