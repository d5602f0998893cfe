#pragma once

// The 5 x 5 risk map of an assessment: likelihood on the vertical axis (5 at the
// top, as Japanese risk maps draw it), impact on the horizontal one, the number of risks in each
// cell, each cell coloured by the level band that likelihood x impact at its centre falls in.
//
// A risk's likelihood and impact are fractional once controls apply (and impact can be after
// inheritance with weights); RiskMatrix::cellOf() is the one rule that puts a value in a row or column, shared
// with the risk register's cell filter so that a cell's count and the rows it filters to agree.
//
// Invariants: counts are only ever taken from the Assessment given to setAssessment(); the focus
// cell is always a valid cell (1..5, 1..5).

#include "widgets/StaleRefresh.h"

#include <QFont>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <array>

namespace mamori {

struct Assessment;
class ProjectDocument;

class HeatMapWidget : public QWidget {
    Q_OBJECT
    Q_PROPERTY(bool residual READ isResidual WRITE setResidual)

public:
    static constexpr int kSize = 5;

    explicit HeatMapWidget(bool residual = false, QWidget* parent = nullptr);

    bool isResidual() const { return m_residual; }
    /// Shows the inherent (L, I) or the residual (L_res, I_res) values of the same assessment.
    void setResidual(bool residual);

    void setAssessment(const Assessment& assessment);

    /// The number of risks in the cell of the last assessment.
    int count(int likelihood, int impact) const;
    /// The band label of the cell ("low" ... "critical", a ward's own label, or empty without bands).
    QString cellLevel(int likelihood, int impact) const;
    /// Where the cell is drawn, in widget coordinates (empty for a cell outside 1..5).
    QRect cellRect(int likelihood, int impact) const;

    int focusLikelihood() const { return m_focusLikelihood; }
    int focusImpact() const { return m_focusImpact; }
    void setFocusCell(int likelihood, int impact);

    /// Marks the cell the register is filtered to (0, 0: none); drawn with a heavy border.
    void setSelectedCell(int likelihood, int impact);
    int selectedLikelihood() const { return m_selectedLikelihood; }
    int selectedImpact() const { return m_selectedImpact; }

    /// What a cell shows for `count` and in which font: the count with grouping in a bold font that
    /// shrinks until it fits `cell`; a count that still does not fit is shortened ("12k").
    struct CellText {
        QString text;
        QFont font;
    };
    static CellText cellText(int count, const QRect& cell, const QFont& base);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    /// Square cells: the height that fits the grid, axes and legend for a width.
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

signals:
    /// A click on a cell, or Enter / Space on the focus cell.
    void cellActivated(bool residual, int likelihood, int impact);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Geometry {
        QRect title;
        QRect verticalTitle; ///< the rotated 発生可能性, before rotation
        QRect horizontalTitle;
        QRect legend;
        QPoint origin; ///< top left of the grid
        int cell = 0; ///< side of a square cell
    };
    Geometry geometry() const;
    /// Widths and heights around the grid: title, axes and legend.
    struct Decorations {
        int left, right, top, bottom;
    };
    Decorations decorations() const;
    /// The cell under `pos` as (likelihood, impact), or (0, 0).
    QPoint cellAt(const QPoint& pos) const;
    QString titleText() const;
    QString cellDescription(int likelihood, int impact) const;
    void activate(int likelihood, int impact);
    void updateAccessibleText();

    bool m_residual = false;
    using Counts = std::array<std::array<int, kSize>, kSize>; ///< [likelihood - 1][impact - 1]
    std::array<Counts, 2> m_counts {}; ///< inherent, residual
    std::array<std::array<QString, kSize>, kSize> m_levels; ///< band label of each cell's centre value
    QStringList m_legendLabels; ///< band labels in order, each once
    int m_total = 0;
    int m_focusLikelihood = kSize;
    int m_focusImpact = 1;
    int m_selectedLikelihood = 0;
    int m_selectedImpact = 0;
    QPoint m_pressedCell;
};

/// The inherent and the residual map of the document's current assessment side by side, kept up to
/// date as the assessment changes. Activating a cell marks it (and unmarks the other map).
class RiskMatrixPair : public QWidget {
    Q_OBJECT

public:
    explicit RiskMatrixPair(ProjectDocument* document, QWidget* parent = nullptr);

    /// The maps of the latest assessment (the pair is redrawn when shown, not on every edit).
    HeatMapWidget* inherentMap() const { return m_staleness->current(m_inherent); }
    HeatMapWidget* residualMap() const { return m_staleness->current(m_residual); }

    /// Removes the mark of the cell the register was filtered to (the filter was cleared elsewhere).
    void clearSelection();

signals:
    void cellActivated(bool residual, int likelihood, int impact);

private:
    void refresh();

    ProjectDocument* m_document;
    HeatMapWidget* m_inherent;
    HeatMapWidget* m_residual;
    StaleRefresh* m_staleness = nullptr;
};

} // namespace mamori
