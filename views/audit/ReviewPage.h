#pragma once

// The policy review page (見直し, policy §10): what the year's self-inspections, audits and
// assessment put up for review (ReviewItems.h), each with the decision recorded on it this fiscal
// year, and "Record decision…".

#include "review/ReviewItems.h"
#include "widgets/StaleRefresh.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace mamori {

class FilterStatus;
class ProjectDocument;

class ReviewPage : public QWidget {
    Q_OBJECT

public:
    explicit ReviewPage(ProjectDocument* document, QWidget* parent = nullptr);

    /// The table, brought up to date first (a page follows edits only while it is shown).
    QTableWidget* table() const { return m_staleness->current(m_table); }
    QPushButton* recordButton() const { return m_record; }
    /// The items shown, one per row.
    const QList<ReviewItem>& items() const { return m_staleness->current(m_items); }
    /// The fiscal year the decisions are recorded in and shown for: today's.
    int fiscalYear() const;
    /// The window's text filter: rows whose shown texts do not contain it are hidden.
    void setFilterText(const QString& text);

    /// Records a decision on the item of row `row` (one undo step); returns why not, or an empty string.
    QString recordDecision(int row, QDate date, const QString& decision, const QString& decidedBy);

signals:
    /// An action of the page was refused: why.
    void editFailed(const QString& message);
    /// The user asked to clear the filter (the link under an empty result).
    void filterClearRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void updateButton();
    void applyFilter();
    void openDecisionDialog();
    /// What the item names, as the officer knows it (ids with names).
    QString itemText(const ReviewItem& item, const ModelIndex* index = nullptr) const;

    ProjectDocument* m_document;
    QLabel* m_summary;
    QTableWidget* m_table;
    QPushButton* m_record;
    FilterStatus* m_filterStatus;
    QString m_filterText;
    QList<ReviewItem> m_items;
    /// The model or its assessment changed: rebuilt once the events of the edit are handled, and only
    /// when the page is shown (else when it is shown next, or read).
    StaleRefresh* m_staleness = nullptr;
};

} // namespace mamori
