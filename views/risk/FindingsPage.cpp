#include "risk/FindingsPage.h"

#include "DisplayLanguage.h"
#include "EnumNames.h"
#include "LevelColors.h"
#include "document/LiveAssessment.h"
#include "document/ProjectDocument.h"
#include "widgets/TextFilter.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mamori {

namespace {
QString severityName(Severity s)
{
    switch (s) {
    case Severity::Critical:
        return EnumNames::level(QStringLiteral("critical"));
    case Severity::High:
        return EnumNames::level(QStringLiteral("high"));
    case Severity::Medium:
        return EnumNames::level(QStringLiteral("medium"));
    }
    return {};
}
} // namespace

FindingsPage::FindingsPage(ProjectDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_filterStatus(new FilterStatus(this))
{
    m_table->setObjectName(QStringLiteral("findingsTable"));
    m_table->setColumnCount(4);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);
    m_summary->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_filterStatus);
    layout->addWidget(m_table, 1);
    connect(m_filterStatus, &FilterStatus::clearRequested, this, &FindingsPage::filterClearRequested);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0)
            emit findingActivated(row);
    });
    connect(document->assessment(), &LiveAssessment::updated, this, &FindingsPage::refresh);
    connect(document, &ProjectDocument::modelReset, this, &FindingsPage::refresh);
    refresh();
}

void FindingsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void FindingsPage::refresh()
{
    const Assessment& a = m_document->assessment()->assessment();
    const Model& model = m_document->model();
    auto name = [&model](const QString& id) {
        const qsizetype at = indexOfId(model.assets, id);
        return at >= 0 ? QStringLiteral("%1 (%2)").arg(model.assets[at].name.text(displayLanguage()), id) : id;
    };
    m_summary->setText(a.findings.isEmpty()
            ? tr("No breach of the three-tier separation: every path between tiers passes a gateway.")
            : tr("%n breaches of the three-tier separation (§7(3)): tiers that reach each other over "
                 "network connections without passing a gateway, or systems that run on a host of another "
                 "tier. Select one to see its path in the dependency graph.",
                nullptr, int(a.findings.size())));
    m_table->setHorizontalHeaderLabels({tr("Severity"), tr("Tiers"), tr("Assets"), tr("Path")});
    m_table->setRowCount(int(a.findings.size()));
    for (int row = 0; row < a.findings.size(); ++row) {
        const Finding& f = a.findings[row];
        const QString label = severityKey(f.severity);
        auto* severity = new QTableWidgetItem(severityName(f.severity));
        severity->setBackground(levelColor(label));
        severity->setForeground(levelTextColor(label));
        m_table->setItem(row, 0, severity);
        m_table->setItem(row, 1,
            new QTableWidgetItem(
                QStringLiteral("%1 × %2").arg(EnumNames::name(f.firstTier), EnumNames::name(f.secondTier))));
        m_table->setItem(row, 2, new QTableWidgetItem(name(f.first) + QStringLiteral("\n") + name(f.second)));
        m_table->setItem(row, 3, new QTableWidgetItem(EnumNames::findingRoute(f.rule, f.path)));
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    applyFilter();
}

void FindingsPage::setFilterText(const QString& text)
{
    m_filterText = text.trimmed();
    applyFilter();
}

void FindingsPage::applyFilter()
{
    // A few dozen findings at most: hiding rows is enough, no proxy needed.
    const QString folded = foldForFilter(m_filterText);
    const auto shown = [this](int c) { return !m_table->isColumnHidden(c); };
    int visible = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const bool match = textMatchesRow(*m_table->model(), row, {}, folded, shown);
        m_table->setRowHidden(row, !match);
        visible += match ? 1 : 0;
    }
    m_filterStatus->showCounts(visible, m_table->rowCount(), m_filterText);
}

} // namespace mamori
