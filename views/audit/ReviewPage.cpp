#include "audit/ReviewPage.h"

#include "Clock.h"
#include "DisplayDate.h"
#include "DisplayLanguage.h"
#include "EnumNames.h"
#include "FiscalYear.h"
#include "JapaneseCalendar.h"
#include "audit/ReviewDecisionDialog.h"
#include "document/Edits.h"
#include "document/LiveAssessment.h"
#include "document/ProjectDocument.h"
#include "widgets/TextFilter.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace mamori {

namespace {
/// Above this many rows, rows keep the default height: measuring every row's wrapped text on each
/// refresh blocks the window for seconds at 10,000 assets.
constexpr int kRowsSizedToContents = 500;

template <typename T>
QString withName(const QList<T>& items, const QString& id, const QHash<QString, qsizetype>* index = nullptr)
{
    const qsizetype at = index ? index->value(id, -1) : indexOfId(items, id);
    const QString name = at >= 0 ? items[at].name.text(displayLanguage()) : QString();
    return name.isEmpty() ? id : QStringLiteral("%1 %2").arg(id, name);
}
} // namespace

ReviewPage::ReviewPage(ProjectDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_record(new QPushButton(this))
    , m_filterStatus(new FilterStatus(this))
    , m_staleness(new StaleRefresh(
          this, [this] { refresh(); }, false))
{
    m_table->setObjectName(QStringLiteral("reviewTable"));
    m_record->setObjectName(QStringLiteral("recordDecision"));
    m_table->setColumnCount(4);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);
    m_summary->setWordWrap(true);
    auto* tools = new QHBoxLayout;
    tools->addWidget(m_summary, 1);
    tools->addWidget(m_record);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tools);
    layout->addWidget(m_filterStatus);
    layout->addWidget(m_table, 1);
    connect(m_filterStatus, &FilterStatus::clearRequested, this, &ReviewPage::filterClearRequested);

    connect(m_record, &QPushButton::clicked, this, &ReviewPage::openDecisionDialog);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ReviewPage::updateButton);
    connect(m_table, &QTableWidget::cellActivated, this, &ReviewPage::openDecisionDialog);
    m_table->horizontalHeader()->setResizeContentsPrecision(200); // columns sized from the first rows
    connect(document->assessment(), &LiveAssessment::updated, m_staleness, &StaleRefresh::invalidate);
    connect(document, &ProjectDocument::changed, m_staleness, &StaleRefresh::invalidate);
    connect(document, &ProjectDocument::modelReset, m_staleness, &StaleRefresh::invalidate);
    refresh();
}

int ReviewPage::fiscalYear() const
{
    return fiscalYearOf(Clock::today());
}

void ReviewPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_staleness->invalidate();
    QWidget::changeEvent(event);
}

QString ReviewPage::itemText(const ReviewItem& item, const ModelIndex* index) const
{
    const Model& model = m_document->model();
    switch (item.subject) {
    case ReviewSubject::Control:
        return withName(model.controls, item.ref, index ? &index->controls : nullptr);
    case ReviewSubject::Risk:
        return QStringLiteral("%1 × %2").arg(withName(model.assets, item.ref, index ? &index->assets : nullptr),
            withName(model.threats, item.threat, index ? &index->threats : nullptr));
    case ReviewSubject::AuditFinding: {
        const qsizetype at = indexOfId(model.auditFindings, item.ref);
        const QString description = at >= 0 ? model.auditFindings[at].description : QString();
        return description.isEmpty() ? item.ref : QStringLiteral("%1 %2").arg(item.ref, description);
    }
    case ReviewSubject::Exception: {
        const qsizetype at = indexOfId(model.findingExceptions, item.ref);
        return at >= 0
            ? QStringLiteral("%1 (%2)").arg(item.ref, model.findingExceptions[at].assets.join(QStringLiteral(" × ")))
            : item.ref;
    }
    case ReviewSubject::Other:
        break;
    }
    return item.ref;
}

void ReviewPage::refresh()
{
    m_staleness->markCurrent();
    const Model& model = m_document->model();
    const ModelIndex index(model);
    const int year = fiscalYear();
    m_items = reviewItems(model, m_document->assessment()->assessment(), Clock::today());
    const QString yearName
        = displayLanguage() == Language::Japanese ? japaneseFiscalYear(year) : tr("fiscal year %1").arg(year);
    int decided = 0;
    m_table->setHorizontalHeaderLabels({tr("Kind"), tr("Item"), tr("Why it is up for review"), tr("Decision")});
    m_table->setRowCount(int(m_items.size()));
    for (int row = 0; row < m_items.size(); ++row) {
        const ReviewItem& item = m_items[row];
        m_table->setItem(row, 0, new QTableWidgetItem(EnumNames::name(item.subject)));
        m_table->setItem(row, 1, new QTableWidgetItem(itemText(item, &index)));
        m_table->setItem(row, 2, new QTableWidgetItem(item.reason));
        const ReviewDecision* decision = decisionFor(model, item, year);
        decided += decision ? 1 : 0;
        m_table->setItem(row, 3,
            new QTableWidgetItem(decision
                    ? tr("%1 (%2, %3)").arg(decision->decision, displayDate(decision->date), decision->decidedBy)
                    : QString()));
    }
    m_summary->setText(m_items.isEmpty()
            ? tr("Review of %1 (§10): nothing the year's results put up for review.").arg(yearName)
            : tr("Review of %1 (§10): %n item(s) the self-inspections, audits and assessment put up for review",
                  nullptr, int(m_items.size()))
                    .arg(yearName)
                + tr(", ") + tr("%n decided", nullptr, decided));
    m_record->setText(tr("Record decision…"));
    m_table->resizeColumnsToContents();
    if (m_table->rowCount() <= kRowsSizedToContents)
        m_table->resizeRowsToContents();
    applyFilter();
    updateButton();
}

void ReviewPage::setFilterText(const QString& text)
{
    m_staleness->ensureCurrent();
    m_filterText = text.trimmed();
    applyFilter();
}

void ReviewPage::applyFilter()
{
    // Hundreds of rows at most (a ward's risks above the appetite): hiding rows is enough.
    m_filterStatus->showCounts(hideUnmatchedRows(m_table, m_filterText), m_table->rowCount(), m_filterText);
}

void ReviewPage::updateButton()
{
    m_record->setEnabled(m_table->currentRow() >= 0 && !m_table->selectedItems().isEmpty());
}

QString ReviewPage::recordDecision(int row, QDate date, const QString& decision, const QString& decidedBy)
{
    m_staleness->ensureCurrent();
    if (row < 0 || row >= m_items.size())
        return tr("Select an item to decide on first.");
    const ReviewItem& item = m_items[row];
    ReviewDecision d;
    d.fiscalYear = fiscalYear();
    d.date = date;
    d.subject = item.subject;
    d.ref = item.ref;
    d.threat = item.threat;
    d.decision = decision;
    d.decidedBy = decidedBy;
    return m_document->edit(edits::recordReviewDecision(m_document->model(), d));
}

void ReviewPage::openDecisionDialog()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_items.size())
        return;
    const ReviewItem item = m_items[row];
    ReviewDecisionDialog dialog(
        QStringLiteral("%1: %2\n%3").arg(EnumNames::name(item.subject), itemText(item), item.reason),
        [this, row](
            QDate date, const QString& decision, const QString& by) { return recordDecision(row, date, decision, by); },
        this);
    dialog.exec();
}

} // namespace mamori
