#include "treatment/ProposalsDialog.h"

#include "BuiltIn.h"
#include "DisplayLanguage.h"
#include "EnumNames.h"
#include "NumberFormat.h"
#include "document/Edits.h"
#include "document/ProjectDocument.h"
#include "widgets/NumberCell.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mamori {

namespace {

enum Column {
    IdColumn,
    NameColumn,
    GroupColumn,
    StatusColumn,
    RiskColumn,
    TotalColumn,
    CostColumn,
    NoteColumn,
    ColumnCount
};

} // namespace

ProposalsDialog::ProposalsDialog(ProjectDocument* document, const RiskKey& risk, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_risk(risk)
    , m_proposals(proposeControls(document->model(), BuiltIn::catalogue(), risk))
{
    setWindowTitle(tr("Controls for %1 × %2").arg(risk.asset, risk.threat));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    intro->setText(m_proposals.isEmpty()
            ? tr("No control that is not implemented yet would mitigate this risk.")
            : tr("Controls that would mitigate this risk (by its threat or category, with the asset in "
                 "their scope) and are not implemented, best first. Residual of the risk now: %1.")
                  .arg(formatScore(m_proposals.first().riskResidualBefore)));
    layout->addWidget(intro);

    m_table = new QTableWidget(int(m_proposals.size()), ColumnCount, this);
    m_table->setObjectName(QStringLiteral("proposals"));
    m_table->setHorizontalHeaderLabels({tr("Control"), tr("Name"), tr("Group"), tr("Status"), tr("Risk after"),
        tr("Total reduction"), tr("Initial cost (yen)"), tr("Note")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int r = 0; r < m_proposals.size(); ++r) {
        const ControlProposal& p = m_proposals[r];
        m_table->setItem(r, IdColumn, new QTableWidgetItem(p.control.id));
        m_table->setItem(r, NameColumn, new QTableWidgetItem(p.control.name.text(displayLanguage())));
        m_table->setItem(r, GroupColumn, new QTableWidgetItem(EnumNames::controlGroup(p.control.group)));
        m_table->setItem(r, StatusColumn,
            new QTableWidgetItem(
                p.fromCatalogue ? tr("Not in the project (catalogue)") : EnumNames::name(p.control.status)));
        m_table->setItem(r, RiskColumn, numberCell(formatScore(p.riskResidualAfter)));
        m_table->setItem(r, TotalColumn, numberCell(formatScore(p.totalReduction)));
        m_table->setItem(r, CostColumn, numberCell(formatYen(p.control.cost.initial)));
        m_table->setItem(r, NoteColumn,
            new QTableWidgetItem(p.unmetRequirements.isEmpty()
                    ? QString()
                    : tr("Needs %1 first").arg(p.unmetRequirements.join(QStringLiteral(", ")))));
    }
    m_table->resizeColumnsToContents();
    if (!m_proposals.isEmpty())
        m_table->selectRow(0);
    layout->addWidget(m_table, 1);

    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_add = buttons->addButton(tr("&Add to the plan"), QDialogButtonBox::ActionRole);
    m_add->setEnabled(!m_proposals.isEmpty());
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        const QString error = addToPlan(row);
        m_status->setText(
            error.isEmpty() ? tr("Added to the plan as %1.").arg(m_document->model().actions.last().id) : error);
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, m_add, &QPushButton::click);
    resize(900, 420);
}

QString ProposalsDialog::addToPlan(int row)
{
    if (row < 0 || row >= m_proposals.size())
        return tr("Choose a control first.");
    return m_document->edit(edits::proposalToAction(m_document->model(), m_proposals[row], m_risk));
}

} // namespace mamori
