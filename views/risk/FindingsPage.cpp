#include "risk/FindingsPage.h"

#include "Clock.h"
#include "DisplayDate.h"
#include "DisplayLanguage.h"
#include "EnumNames.h"
#include "LevelColors.h"
#include "document/LiveAssessment.h"
#include "document/ProjectDocument.h"
#include "review/ReviewItems.h"
#include "risk/ExceptionDialog.h"
#include "widgets/IdDialog.h"
#include "widgets/TextFilter.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
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

const QColor kExpired(0xc0, 0x20, 0x20);

QTableWidget* readOnlyTable(QWidget* parent, const QString& name, int columns)
{
    auto* table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setColumnCount(columns);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(true);
    return table;
}
} // namespace

FindingsPage::FindingsPage(ProjectDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_summary(new QLabel(this))
    , m_table(readOnlyTable(this, QStringLiteral("findingsTable"), 5))
    , m_record(new QPushButton(this))
    , m_accept(new QPushButton(this))
    , m_exceptionsTitle(new QLabel(this))
    , m_exceptions(readOnlyTable(this, QStringLiteral("exceptionsTable"), 7))
    , m_revoke(new QPushButton(this))
    , m_filterStatus(new FilterStatus(this))
    , m_staleness(new StaleRefresh(this, [this] { refresh(); }))
{
    m_record->setObjectName(QStringLiteral("recordAsAuditFinding"));
    m_accept->setObjectName(QStringLiteral("acceptAsException"));
    m_revoke->setObjectName(QStringLiteral("revokeException"));
    m_summary->setWordWrap(true);
    auto* findingTools = new QHBoxLayout;
    findingTools->addStretch(1);
    findingTools->addWidget(m_record);
    findingTools->addWidget(m_accept);
    auto* exceptionTools = new QHBoxLayout;
    exceptionTools->addWidget(m_exceptionsTitle, 1);
    exceptionTools->addWidget(m_revoke);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_filterStatus);
    layout->addWidget(m_table, 3);
    layout->addLayout(findingTools);
    layout->addLayout(exceptionTools);
    layout->addWidget(m_exceptions, 1);
    connect(m_filterStatus, &FilterStatus::clearRequested, this, &FindingsPage::filterClearRequested);
    // A double-click (or Enter) shows the path in the graph; a click only selects, for the buttons.
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row) {
        if (row >= 0)
            emit findingActivated(row);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &FindingsPage::updateButtons);
    connect(m_exceptions, &QTableWidget::itemSelectionChanged, this, &FindingsPage::updateButtons);
    connect(m_record, &QPushButton::clicked, this, &FindingsPage::openRecordDialog);
    connect(m_accept, &QPushButton::clicked, this, &FindingsPage::openExceptionDialog);
    connect(m_revoke, &QPushButton::clicked, this, [this] {
        const int row = m_exceptions->currentRow();
        if (row < 0 || row >= m_document->model().findingExceptions.size())
            return;
        if (const QString error = revokeException(m_document->model().findingExceptions[row].id); !error.isEmpty())
            emit editFailed(error);
    });
    connect(document->assessment(), &LiveAssessment::updated, m_staleness, &StaleRefresh::invalidate);
    connect(document, &ProjectDocument::modelReset, m_staleness, &StaleRefresh::invalidate);
    connect(document, &ProjectDocument::changed, this, [this](const QList<ModelEdit>& edits) {
        // Exceptions change no score: the assessment does not announce them.
        for (const ModelEdit& e : edits) {
            if (e.entity() == entityIndex<FindingException>) {
                m_staleness->invalidate();
                return;
            }
        }
    });
}

void FindingsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_staleness->invalidate();
    QWidget::changeEvent(event);
}

QString FindingsPage::exceptionState(const Finding& finding, bool& expired) const
{
    const Model& model = m_document->model();
    const qsizetype at = exceptionFor(model, finding);
    expired = false;
    if (at < 0)
        return {};
    const FindingException& x = model.findingExceptions[at];
    expired = isExpired(x, Clock::today());
    if (expired)
        return tr("Exception %1 expired on %2").arg(x.id, displayDate(x.expires));
    if (!x.expires.isValid())
        return tr("Approved exception %1, no expiry").arg(x.id);
    return tr("Approved exception %1 until %2").arg(x.id, displayDate(x.expires));
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
                 "tier. Double-click one to see its path in the dependency graph.",
                nullptr, int(a.findings.size())));
    m_table->setHorizontalHeaderLabels({tr("Severity"), tr("Tiers"), tr("Assets"), tr("Exception"), tr("Path")});
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
        bool expired = false;
        auto* exception = new QTableWidgetItem(exceptionState(f, expired));
        if (expired)
            exception->setForeground(kExpired);
        m_table->setItem(row, 3, exception);
        m_table->setItem(row, 4, new QTableWidgetItem(EnumNames::findingRoute(f.rule, f.path)));
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    m_record->setText(tr("Record as audit finding…"));
    m_accept->setText(tr("Accept as exception…"));
    m_revoke->setText(tr("Revoke exception"));
    refreshExceptions();
    applyFilter();
    updateButtons();
}

void FindingsPage::refreshExceptions()
{
    const Model& model = m_document->model();
    const QDate today = Clock::today();
    m_exceptionsTitle->setText(tr("Exceptions on record: %n", nullptr, int(model.findingExceptions.size())));
    m_exceptions->setHorizontalHeaderLabels(
        {tr("ID"), tr("Tiers"), tr("Assets"), tr("Approved by"), tr("Approved on"), tr("Expires"), tr("Rationale")});
    m_exceptions->setRowCount(int(model.findingExceptions.size()));
    for (int row = 0; row < model.findingExceptions.size(); ++row) {
        const FindingException& x = model.findingExceptions[row];
        QStringList tiers;
        for (Tier t : x.tiers)
            tiers.append(EnumNames::name(t));
        auto* expires = new QTableWidgetItem(x.expires.isValid() ? displayDate(x.expires) : tr("No expiry"));
        if (isExpired(x, today)) {
            expires->setText(tr("%1 (expired)").arg(displayDate(x.expires)));
            expires->setForeground(kExpired);
        }
        const QStringList texts {x.id, tiers.join(QStringLiteral(" × ")), x.assets.join(QStringLiteral(" × ")),
            x.approver, displayDate(x.approved)};
        for (int c = 0; c < texts.size(); ++c)
            m_exceptions->setItem(row, c, new QTableWidgetItem(texts[c]));
        m_exceptions->setItem(row, 5, expires);
        m_exceptions->setItem(row, 6, new QTableWidgetItem(x.rationale));
    }
    m_exceptions->resizeColumnsToContents();
}

void FindingsPage::updateButtons()
{
    const int finding = m_table->selectedItems().isEmpty() ? -1 : m_table->currentRow();
    const bool valid = finding >= 0 && finding < m_document->assessment()->assessment().findings.size();
    m_record->setEnabled(valid);
    m_accept->setEnabled(valid);
    m_revoke->setEnabled(!m_exceptions->selectedItems().isEmpty() && m_exceptions->currentRow() >= 0);
}

QString FindingsPage::recordAsAuditFinding(int row, const QString& id)
{
    const QList<Finding>& findings = m_document->assessment()->assessment().findings;
    if (row < 0 || row >= findings.size())
        return tr("Select a finding first.");
    const QString error = m_document->edit(edits::recordFindingAsAudit(m_document->model(), findings[row], id));
    if (error.isEmpty())
        emit statusMessage(tr("Recorded as audit finding %1.").arg(id));
    return error;
}

QString FindingsPage::acceptException(int row, const edits::ExceptionInput& input)
{
    const QList<Finding>& findings = m_document->assessment()->assessment().findings;
    if (row < 0 || row >= findings.size())
        return tr("Select a finding first.");
    return m_document->edit(edits::acceptException(m_document->model(), findings[row], input, Clock::today()));
}

QString FindingsPage::revokeException(const QString& id)
{
    return m_document->edit(edits::revokeException(m_document->model(), id));
}

void FindingsPage::openRecordDialog()
{
    const int row = m_table->currentRow();
    IdDialog dialog(
        tr("Record as audit finding"), tr("ID of the audit finding:"),
        edits::proposedId<AuditFinding>(m_document->model()),
        [this, row](const QString& id) { return recordAsAuditFinding(row, id); }, this);
    dialog.exec();
}

void FindingsPage::openExceptionDialog()
{
    const int row = m_table->currentRow();
    const QList<Finding>& findings = m_document->assessment()->assessment().findings;
    if (row < 0 || row >= findings.size())
        return;
    const Finding& f = findings[row];
    ExceptionDialog dialog(
        tr("%1 × %2: %3")
            .arg(EnumNames::name(f.firstTier), EnumNames::name(f.secondTier), EnumNames::findingRoute(f.rule, f.path)),
        [this, row](const edits::ExceptionInput& input) { return acceptException(row, input); }, this);
    dialog.exec();
}

void FindingsPage::setFilterText(const QString& text)
{
    m_filterText = text.trimmed();
    m_staleness->ensureCurrent();
    applyFilter();
}

void FindingsPage::applyFilter()
{
    // A few dozen findings at most: hiding rows is enough, no proxy needed.
    m_filterStatus->showCounts(hideUnmatchedRows(m_table, m_filterText), m_table->rowCount(), m_filterText);
}

} // namespace mamori
