#include "widgets/IdDialog.h"

#include "widgets/FormFields.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace mamori {

IdDialog::IdDialog(const QString& title, const QString& label, const QString& proposed, Apply apply, QWidget* parent)
    : QDialog(parent)
    , m_apply(std::move(apply))
    , m_id(new QLineEdit(proposed, this))
    , m_error(forms::errorLabel(this))
{
    setObjectName(QStringLiteral("idDialog"));
    setWindowTitle(title);
    m_id->setObjectName(QStringLiteral("id"));
    m_id->selectAll();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &IdDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &IdDialog::reject);

    auto* form = new QFormLayout;
    auto* caption = new QLabel(label, this);
    caption->setBuddy(m_id);
    form->addRow(caption, m_id);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 48);
}

QString IdDialog::id() const
{
    return m_id->text();
}

QString IdDialog::errorMessage() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void IdDialog::accept()
{
    const QString refused = m_apply(m_id->text());
    if (refused.isEmpty()) {
        QDialog::accept();
        return;
    }
    m_error->setText(refused);
    m_error->show();
    m_id->setFocus(Qt::OtherFocusReason);
    m_id->selectAll();
}

} // namespace mamori
