#include "risk/ExceptionDialog.h"

#include "Clock.h"
#include "DisplayDate.h"
#include "widgets/FormFields.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace mamori {

ExceptionDialog::ExceptionDialog(const QString& finding, Apply apply, QWidget* parent)
    : QDialog(parent)
    , m_apply(std::move(apply))
    , m_rationale(new QPlainTextEdit(this))
    , m_approver(new QLineEdit(this))
    , m_approved(new QDateEdit(Clock::today(), this))
    , m_hasExpiry(new QCheckBox(tr("Expires on"), this))
    , m_expires(new QDateEdit(Clock::today().addYears(1), this))
    , m_error(forms::errorLabel(this))
{
    setObjectName(QStringLiteral("exceptionDialog"));
    setWindowTitle(tr("Accept as exception"));
    m_rationale->setObjectName(QStringLiteral("rationale"));
    m_approver->setObjectName(QStringLiteral("approver"));
    m_approved->setObjectName(QStringLiteral("approved"));
    m_hasExpiry->setObjectName(QStringLiteral("hasExpiry"));
    m_expires->setObjectName(QStringLiteral("expires"));
    for (QDateEdit* date : {m_approved, m_expires}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(dateFieldFormat());
    }
    m_hasExpiry->setChecked(true);
    m_expires->setEnabled(true);
    connect(m_hasExpiry, &QCheckBox::toggled, m_expires, &QWidget::setEnabled);
    m_rationale->setTabChangesFocus(true);
    m_rationale->setPlaceholderText(tr("Why the tiers may meet here, and what makes up for it"));

    auto* about = new QLabel(finding, this);
    about->setWordWrap(true);
    about->setTextFormat(Qt::PlainText);
    auto* form = new QFormLayout;
    form->addRow(tr("Rationale:"), m_rationale);
    form->addRow(tr("Approved by:"), m_approver);
    form->addRow(tr("Approved on:"), m_approved);
    form->addRow(m_hasExpiry, m_expires);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExceptionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExceptionDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
}

edits::ExceptionInput ExceptionDialog::input() const
{
    return {m_rationale->toPlainText(), m_approver->text(), m_approved->date(),
        m_hasExpiry->isChecked() ? m_expires->date() : QDate()};
}

QString ExceptionDialog::errorMessage() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ExceptionDialog::accept()
{
    const QString refused = m_apply(input());
    if (refused.isEmpty()) {
        QDialog::accept();
        return;
    }
    m_error->setText(refused);
    m_error->show();
}

} // namespace mamori
