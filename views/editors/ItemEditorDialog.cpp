#include "editors/ItemEditorDialog.h"

#include "document/ProjectDocument.h"
#include "widgets/FormFields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QVBoxLayout>
#include <cmath>

namespace mamori {

ItemEditorDialog::ItemEditorDialog(ProjectDocument* document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_error(forms::errorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setSizeGripEnabled(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse); // the user may copy it into a ticket
    m_buttons->setObjectName(QStringLiteral("buttons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ItemEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ItemEditorDialog::reject);
}

QString ItemEditorDialog::errorMessage() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ItemEditorDialog::setBody(QWidget* body)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(body, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
}

void ItemEditorDialog::fitToContent(QSize minimum)
{
    resize(sizeHint().expandedTo(minimum));
    growToContent();
}

void ItemEditorDialog::growToContent()
{
    QLayout* l = layout();
    if (!l)
        return;
    l->activate();
    const int needed = l->hasHeightForWidth() ? l->totalHeightForWidth(width()) : l->totalSizeHint().height();
    if (height() < needed)
        resize(width(), needed);
}

void ItemEditorDialog::accept()
{
    const Change c = change();
    if (!c.error.isEmpty()) {
        showError(c.error, c.at);
        return;
    }
    const quint64 before = m_document->revision();
    const QString refused = m_document->edit(c.text, c.edits);
    if (!refused.isEmpty()) {
        showError(tr("The change was not applied: %1").arg(refused));
        return;
    }
    m_applied = m_document->revision() != before;
    QDialog::accept();
}

void ItemEditorDialog::showError(const QString& message, QWidget* at)
{
    m_error->setText(message);
    m_error->show();
    growToContent();
    if (!at)
        return;
    // A tab widget's pages sit in its internal stack: bring forward every page on the way to `at`.
    for (QWidget* w = at; w && w != this; w = w->parentWidget()) {
        QWidget* stack = w->parentWidget();
        if (auto* tabs = qobject_cast<QTabWidget*>(stack ? stack->parentWidget() : nullptr))
            tabs->setCurrentWidget(w);
    }
    at->setFocus(Qt::OtherFocusReason);
}

} // namespace mamori
