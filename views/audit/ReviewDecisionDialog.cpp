#include "audit/ReviewDecisionDialog.h"

#include "Clock.h"
#include "DisplayDate.h"
#include "widgets/FormFields.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace mamori {

ReviewDecisionDialog::ReviewDecisionDialog(const QString& item, Apply apply, QWidget* parent)
    : QDialog(parent)
    , m_apply(std::move(apply))
    , m_date(new QDateEdit(Clock::today(), this))
    , m_decision(new QPlainTextEdit(this))
    , m_decidedBy(new QLineEdit(this))
    , m_error(forms::errorLabel(this))
{
    setObjectName(QStringLiteral("reviewDecisionDialog"));
    setWindowTitle(tr("Record decision"));
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(dateFieldFormat());
    m_decision->setObjectName(QStringLiteral("decision"));
    m_decision->setTabChangesFocus(true);
    m_decision->setPlaceholderText(tr("What the review decided: revise the policy or a standard, add a control, "
                                      "keep it as it is and why"));
    m_decidedBy->setObjectName(QStringLiteral("decidedBy"));

    auto* about = new QLabel(item, this);
    about->setWordWrap(true);
    about->setTextFormat(Qt::PlainText);
    auto* form = new QFormLayout;
    form->addRow(tr("Date:"), m_date);
    form->addRow(tr("Decision:"), m_decision);
    form->addRow(tr("Decided by:"), m_decidedBy);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReviewDecisionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReviewDecisionDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
}

QString ReviewDecisionDialog::errorMessage() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ReviewDecisionDialog::accept()
{
    const QString refused = m_apply(m_date->date(), m_decision->toPlainText(), m_decidedBy->text());
    if (refused.isEmpty()) {
        QDialog::accept();
        return;
    }
    m_error->setText(refused);
    m_error->show();
}

} // namespace mamori
