#pragma once

// "Record decision…" of the review (§10): the date (today unless changed), the decision and who
// decided. OK hands them to a function that applies them or says why not; a refusal is shown and
// the dialog stays open with what was typed.

#include <QDate>
#include <QDialog>

#include <functional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace mamori {

class ReviewDecisionDialog : public QDialog {
    Q_OBJECT

public:
    using Apply = std::function<QString(QDate date, const QString& decision, const QString& decidedBy)>;

    /// `item` says what the decision is about, as the page shows it.
    ReviewDecisionDialog(const QString& item, Apply apply, QWidget* parent = nullptr);

    /// The reason shown for the last refused OK; empty when none.
    QString errorMessage() const;

    void accept() override;

private:
    Apply m_apply;
    QDateEdit* m_date;
    QPlainTextEdit* m_decision;
    QLineEdit* m_decidedBy;
    QLabel* m_error;
};

} // namespace mamori
