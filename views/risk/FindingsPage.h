#pragma once

// The three-tier separation findings of the latest assessment (§7(3)): the two tiers that meet, the
// severity, the two assets named, the path between them over connects_via without a gateway, and
// the exception (例外措置) accepted for it. A finding is recorded as an audit finding or accepted as
// an exception from here; below, the exceptions on record, which can be revoked.

#include "document/Edits.h"
#include "widgets/StaleRefresh.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace mamori {

struct Finding;
class FilterStatus;
class ProjectDocument;

class FindingsPage : public QWidget {
    Q_OBJECT

public:
    explicit FindingsPage(ProjectDocument* document, QWidget* parent = nullptr);

    // Of the latest assessment: the page is rebuilt when shown, not on every edit.
    QTableWidget* table() const { return m_staleness->current(m_table); }
    QTableWidget* exceptionsTable() const { return m_staleness->current(m_exceptions); }
    QPushButton* recordButton() const { return m_staleness->current(m_record); }
    QPushButton* acceptButton() const { return m_staleness->current(m_accept); }
    QPushButton* revokeButton() const { return m_staleness->current(m_revoke); }
    /// Records finding `row` of the assessment as audit finding `id` (one undo step); why not, or empty.
    QString recordAsAuditFinding(int row, const QString& id);
    /// Accepts finding `row` of the assessment as an exception (one undo step); why not, or empty.
    QString acceptException(int row, const edits::ExceptionInput& input);
    /// Revokes exception `id` (one undo step); why not, or empty.
    QString revokeException(const QString& id);
    /// The window's text filter: rows whose shown texts do not contain it are hidden.
    void setFilterText(const QString& text);

signals:
    /// The user chose finding `index` of the assessment (to show its path in the graph).
    void findingActivated(int index);
    /// The user asked to clear the filter (the link under an empty result).
    void filterClearRequested();
    /// What the page did, for the status bar.
    void statusMessage(const QString& message);
    /// An action of the page was refused: why.
    void editFailed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void refreshExceptions();
    void updateButtons();
    void applyFilter();
    void openRecordDialog();
    void openExceptionDialog();
    /// The finding's state of exception, and whether it has expired; empty when none covers it.
    QString exceptionState(const Finding& finding, bool& expired) const;

    ProjectDocument* m_document;
    QLabel* m_summary;
    QTableWidget* m_table;
    QPushButton* m_record;
    QPushButton* m_accept;
    QLabel* m_exceptionsTitle;
    QTableWidget* m_exceptions;
    QPushButton* m_revoke;
    FilterStatus* m_filterStatus;
    QString m_filterText;
    StaleRefresh* m_staleness = nullptr;
};

} // namespace mamori
