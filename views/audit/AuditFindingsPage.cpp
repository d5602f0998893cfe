#include "audit/AuditFindingsPage.h"

#include "Clock.h"
#include "DisplayLanguage.h"
#include "document/Edits.h"
#include "document/ProjectDocument.h"
#include "registers/RegisterPage.h"
#include "registers/RegisterTableModel.h"
#include "review/ReviewItems.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mamori {

AuditFindingsPage::AuditFindingsPage(ProjectDocument* document, RegisterPage* registerPage, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_register(registerPage)
    , m_summary(new QLabel(this))
    , m_createAction(new QPushButton(this))
{
    m_summary->setObjectName(QStringLiteral("auditSummary"));
    m_createAction->setObjectName(QStringLiteral("createCorrectiveAction"));
    auto* tools = new QHBoxLayout;
    tools->addWidget(m_summary, 1);
    tools->addWidget(m_createAction);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tools);
    m_register->setParent(this);
    layout->addWidget(m_register, 1);

    connect(m_createAction, &QPushButton::clicked, this, [this] {
        if (const QString error = createCorrectiveAction(m_register->currentRow()); !error.isEmpty())
            emit editFailed(error);
    });
    connect(m_register, &RegisterPage::currentRowChanged, this, &AuditFindingsPage::refresh);
    connect(document, &ProjectDocument::changed, this, &AuditFindingsPage::refresh);
    connect(document, &ProjectDocument::modelReset, this, &AuditFindingsPage::refresh);
    retranslate();
}

QString AuditFindingsPage::createCorrectiveAction(int row)
{
    const Model& model = m_document->model();
    if (row < 0 || row >= model.auditFindings.size())
        return tr("Select an audit finding first.");
    const UserEdit edit = edits::createCorrectiveAction(model, model.auditFindings[row].id, displayLanguage());
    if (const QString error = m_document->edit(edit); !error.isEmpty())
        return error;
    emit statusMessage(tr("Plan action %1 corrects audit finding %2.").arg(edit.created, model.auditFindings[row].id));
    return {};
}

void AuditFindingsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AuditFindingsPage::retranslate()
{
    m_createAction->setText(tr("Create corrective action"));
    m_createAction->setToolTip(tr("A plan action from the selected finding (its description, control, unit and "
                                  "due date), linked to it as its corrective action"));
    refresh();
}

void AuditFindingsPage::refresh()
{
    const Model& model = m_document->model();
    const QDate today = Clock::today();
    int open = 0, overdue = 0;
    for (const AuditFinding& f : model.auditFindings) {
        open += f.status == AuditStatus::Open ? 1 : 0;
        overdue += isAuditFindingOverdue(model, f, today) ? 1 : 0;
    }
    const QString counts = tr("%n audit finding(s)", nullptr, int(model.auditFindings.size())) + tr(", ")
        + tr("%n open", nullptr, open) + tr(", ") + tr("%n overdue", nullptr, overdue);
    m_summary->setText(counts);
    const int row = m_register->currentRow();
    m_createAction->setEnabled(
        row >= 0 && row < model.auditFindings.size() && model.auditFindings[row].action.isEmpty());
}

} // namespace mamori
