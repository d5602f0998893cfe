#pragma once

// "Accept as exception…" of a three-tier finding: the rationale, who approved it, when, and until
// when (no expiry unless one is given). OK hands the input to a function that applies it or says
// why not; a refusal is shown and the dialog stays open with what was typed.

#include "document/Edits.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace mamori {

class ExceptionDialog : public QDialog {
    Q_OBJECT

public:
    using Apply = std::function<QString(const edits::ExceptionInput&)>;

    /// `finding` says which finding the exception is for, as the page shows it.
    ExceptionDialog(const QString& finding, Apply apply, QWidget* parent = nullptr);

    edits::ExceptionInput input() const;
    /// The reason shown for the last refused OK; empty when none.
    QString errorMessage() const;

    void accept() override;

private:
    Apply m_apply;
    QPlainTextEdit* m_rationale;
    QLineEdit* m_approver;
    QDateEdit* m_approved;
    QCheckBox* m_hasExpiry;
    QDateEdit* m_expires;
    QLabel* m_error;
};

} // namespace mamori
