#pragma once

// The audit findings page (監査指摘事項, policy §9): the register of the findings, a line that counts
// the open and overdue ones, and "Create corrective action", which turns the selected finding into a
// plan action linked to it.

#include <QWidget>

class QLabel;
class QPushButton;

namespace mamori {

class ProjectDocument;
class RegisterPage;

class AuditFindingsPage : public QWidget {
    Q_OBJECT

public:
    /// Shows `registerPage` (the audit findings register) below its tool row.
    AuditFindingsPage(ProjectDocument* document, RegisterPage* registerPage, QWidget* parent = nullptr);

    RegisterPage* registerPage() const { return m_register; }
    QPushButton* correctiveActionButton() const { return m_createAction; }
    QLabel* summary() const { return m_summary; }

    /// Creates the corrective action of the finding in source row `row` (one undo step); returns why
    /// not, or an empty string.
    QString createCorrectiveAction(int row);

signals:
    /// What the page did, for the status bar.
    void statusMessage(const QString& message);
    /// An action of the page was refused: why.
    void editFailed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void retranslate();

    ProjectDocument* m_document;
    RegisterPage* m_register;
    QLabel* m_summary;
    QPushButton* m_createAction;
};

} // namespace mamori
