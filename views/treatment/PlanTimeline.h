#pragma once

// The plan on a timeline: one row per action, a bar from start to due across the
// twelve months of a fiscal year (April to March), coloured by status with the progress filled in,
// overdue actions (past due, not done) in red with a mark, and a line at today.

#include "Model.h"

#include <QWidget>

namespace mamori {

class PlanTimeline : public QWidget {
    Q_OBJECT

public:
    explicit PlanTimeline(QWidget* parent = nullptr);

    /// The actions to draw, in the order given.
    void setActions(const QList<PlanAction>& actions);
    void setFiscalYear(int fiscalYear);
    int fiscalYear() const { return m_fiscalYear; }
    /// The row under a point of the widget, or -1.
    int rowAt(const QPoint& pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /// A bar or its label was clicked.
    void actionActivated(const QString& id);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    /// The x of a date, clamped to the year shown.
    double xOf(QDate date) const;
    QRectF chartArea() const;

    QList<PlanAction> m_actions;
    int m_fiscalYear = 2026;
};

/// "令和8年度" / "FY2026 (Reiwa 8)": how a fiscal year is named in the plan and its timeline.
QString fiscalYearName(int fiscalYear);

} // namespace mamori
