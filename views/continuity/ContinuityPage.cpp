#include "continuity/ContinuityPage.h"

#include "DisplayLanguage.h"
#include "ModelEdit.h"
#include "NumberFormat.h"
#include "continuity/ContinuityCharts.h"
#include "continuity/ContinuityRunner.h"
#include "continuity/ContinuityText.h"
#include "document/Edits.h"
#include "document/LiveAssessment.h"
#include "document/ProjectDocument.h"
#include "widgets/ColumnChooser.h"
#include "widgets/FormFields.h"
#include "widgets/NumberCell.h"
#include "widgets/TextFilter.h"

#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace mamori {

namespace {

constexpr int kMinimumTrials = 100;
constexpr int kMaximumTrials = 1000000;

/// A number cell of the services: the text shown, the value sorted by.
QStandardItem* numberItem(const QString& text, double sortValue)
{
    auto* item = new QStandardItem(text);
    item->setData(sortValue, ContinuityPage::SortRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

void replaceChart(QChartView* view, QChart* chart)
{
    QChart* old = view->chart();
    view->setChart(chart);
    view->setAccessibleName(chart->title());
    delete old; // setChart() hands the previous chart back
}

} // namespace

ContinuityPage::ContinuityPage(ProjectDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_runner(new ContinuityRunner(this))
    , m_trialsLabel(new QLabel(this))
    , m_trials(new QSpinBox(this))
    , m_seedLabel(new QLabel(this))
    , m_seed(new QSpinBox(this))
    , m_runButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_note(new QLabel(this))
    , m_totalsLabel(new QLabel(this))
    , m_totals(new QTableWidget(TotalsRowCount, 1, this))
    , m_curve(new QChartView(this))
    , m_histogram(new QChartView(this))
    , m_servicesLabel(new QLabel(this))
    , m_services(new QStandardItemModel(0, ColumnCount, this))
    , m_proxy(new TextFilterProxy(this))
    , m_filterStatus(new FilterStatus(this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("continuityPage"));
    m_trials->setObjectName(QStringLiteral("continuityTrials"));
    m_trials->setRange(kMinimumTrials, kMaximumTrials);
    m_trials->setSingleStep(1000);
    m_trials->setGroupSeparatorShown(true);
    m_trials->setValue(ContinuityOptions {}.trials);
    m_seed->setObjectName(QStringLiteral("continuitySeed"));
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(int(ContinuityOptions {}.seed));
    m_runButton->setObjectName(QStringLiteral("continuityRun"));
    m_cancelButton->setObjectName(QStringLiteral("continuityCancel"));
    m_cancelButton->setEnabled(false);
    m_progress->setObjectName(QStringLiteral("continuityProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(180);
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("continuityStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("continuityNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_totals->setObjectName(QStringLiteral("continuityTotals"));
    m_totals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_totals->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_totals->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_totals->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_totals->setMinimumWidth(380); // the row names and a yen amount in the billions, uncut
    m_totals->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_totals->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (QChartView* chart : {m_curve, m_histogram}) {
        chart->setRenderHint(QPainter::Antialiasing);
        chart->setMinimumSize(320, 260);
    }
    m_curve->setObjectName(QStringLiteral("continuityCurve"));
    m_histogram->setObjectName(QStringLiteral("continuityHistogram"));
    m_proxy->setSourceModel(m_services);
    m_proxy->setSortRole(SortRole);
    m_proxy->setColumnShown([this](int c) { return !m_view->isColumnHidden(c); });
    m_view->setObjectName(QStringLiteral("continuityServices"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AleColumn, Qt::DescendingOrder);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->setWordWrap(false);
    connect(m_filterStatus, &FilterStatus::clearRequested, this, &ContinuityPage::filterClearRequested);
    onRowsChanged(m_proxy, this, [this] { updateFilterStatus(); });
    createLayout();

    m_delay.setSingleShot(true);
    m_delay.setInterval(kDelayMs);
    connect(&m_delay, &QTimer::timeout, this, &ContinuityPage::startWhenAssessed);
    connect(m_runButton, &QPushButton::clicked, this, &ContinuityPage::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &ContinuityPage::cancel);
    // Another number of trials or seed is another simulation: run it once the typing pauses.
    connect(m_trials, &QSpinBox::valueChanged, this, &ContinuityPage::markStale);
    connect(m_seed, &QSpinBox::valueChanged, this, &ContinuityPage::markStale);
    connect(m_document, &ProjectDocument::changed, this, &ContinuityPage::markStale);
    connect(m_document, &ProjectDocument::modelReset, this, &ContinuityPage::markStale);
    connect(m_document->assessment(), &LiveAssessment::updated, this, [this] {
        if (m_waitingForAssessment)
            startWhenAssessed();
    });
    connect(m_runner, &ContinuityRunner::progress, this,
        [this](int done, int total) { m_progress->setValue(total > 0 ? int(qint64(done) * 1000 / total) : 0); });
    connect(m_runner, &ContinuityRunner::runningChanged, this, [this](bool running) {
        m_progress->setVisible(running);
        m_cancelButton->setEnabled(running);
        updateStatus();
    });
    connect(m_runner, &ContinuityRunner::finished, this,
        [this](const QList<ContinuityResult>& results) { finished(results.value(0)); });
    retranslate();
    showResult();
}

ContinuityPage::~ContinuityPage() = default;

void ContinuityPage::createLayout()
{
    auto* controls = new QHBoxLayout;
    controls->addWidget(m_trialsLabel);
    controls->addWidget(m_trials);
    controls->addWidget(m_seedLabel);
    controls->addWidget(m_seed);
    controls->addWidget(m_runButton);
    controls->addWidget(m_cancelButton);
    controls->addWidget(m_progress);
    controls->addWidget(m_status, 1);

    // Top: the ward's annual loss beside the two charts; below, the services over the whole width.
    auto* totals = new QVBoxLayout;
    totals->addWidget(m_totalsLabel);
    totals->addWidget(m_totals);
    totals->addStretch(1);
    auto* top = new QWidget(this);
    auto* topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(totals);
    topLayout->addWidget(m_curve, 1);
    topLayout->addWidget(m_histogram, 1);

    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_servicesLabel);
    bottomLayout->addWidget(m_filterStatus);
    bottomLayout->addWidget(m_view, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({330, 400});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_note);
    layout->addWidget(splitter, 1);
}

void ContinuityPage::retranslate()
{
    m_trialsLabel->setText(tr("&Trials:"));
    m_trialsLabel->setBuddy(m_trials);
    m_seedLabel->setText(tr("S&eed:"));
    m_seedLabel->setBuddy(m_seed);
    m_runButton->setText(tr("&Simulate"));
    m_cancelButton->setText(tr("Cancel"));
    m_totalsLabel->setText(tr("The ward's annual loss (yen)"));
    m_totals->setHorizontalHeaderLabels({tr("Yen")});
    m_totals->setVerticalHeaderLabels({tr("Annual loss expectancy (ALE)"), tr("Standard deviation"), tr("Median (P50)"),
        tr("1 year in 10 (P90)"), tr("1 year in 20 (P95)"), tr("1 year in 100 (P99)")});
    m_servicesLabel->setText(tr("Services"));
    m_services->setHorizontalHeaderLabels({tr("Service"), tr("Target recovery time (h)"), tr("Loss per hour (yen)"),
        tr("Probability of an outage"), tr("Expected hours down a year"), tr("Probability of exceeding the RTO"),
        tr("Annual loss expectancy (yen)")});
    updateStatus();
    if (m_result.trials > 0)
        showResult(); // names and numbers in the new language
}

bool ContinuityPage::isRunning() const
{
    return m_runner->isRunning();
}

ContinuityOptions ContinuityPage::options() const
{
    ContinuityOptions options;
    options.trials = m_trials->value();
    options.seed = quint64(m_seed->value());
    return options;
}

void ContinuityPage::setTrials(int trials)
{
    m_trials->setValue(trials);
}

void ContinuityPage::setSeed(int seed)
{
    m_seed->setValue(seed);
}

void ContinuityPage::markStale()
{
    m_stale = true;
    m_cancelled = false; // a cancelled run was of the model as it was
    if (isVisible()) {
        m_delay.start();
    } else {
        // A run of the model as it was is of no use on a page nobody sees, and on a desktop's two or
        // four cores it would slow every edit made meanwhile: it starts again when the page is shown.
        m_delay.stop();
        m_waitingForAssessment = false;
        m_runner->cancel();
    }
    updateStatus();
}

void ContinuityPage::run()
{
    m_delay.stop();
    m_stale = true;
    startWhenAssessed();
}

void ContinuityPage::startWhenAssessed()
{
    m_delay.stop();
    // The factors of 3.5 come from the assessment: it must include every edit the model has.
    if (m_document->assessment()->isBusy()) {
        m_waitingForAssessment = true;
        updateStatus();
        return;
    }
    m_waitingForAssessment = false;
    m_cancelled = false;
    m_stale = false;
    // Cheap shared copies, safe to read on the worker while the document moves on.
    ContinuityInput input {m_document->model(), m_document->assessment()->assessment(), m_document->activeScenario()};
    m_runModel = input.model;
    m_runner->start({std::move(input)}, options());
}

void ContinuityPage::cancel()
{
    m_delay.stop();
    m_waitingForAssessment = false;
    if (!m_runner->isRunning())
        return;
    m_runner->cancel();
    m_cancelled = true;
    m_stale = true; // the numbers shown are not of the model's latest state
    updateStatus();
}

void ContinuityPage::finished(const ContinuityResult& result)
{
    m_result = result;
    m_resultModel = m_runModel;
    showResult();
}

void ContinuityPage::showResult()
{
    showTotals();
    showServices();
    showCharts();
    updateStatus();
}

void ContinuityPage::updateStatus()
{
    QStringList parts;
    if (isRunning())
        parts.append(tr("Simulating %Ln year(s)…", nullptr, m_trials->value()));
    else if (m_waitingForAssessment)
        parts.append(tr("Waiting for the assessment…"));
    else if (m_cancelled)
        parts.append(tr("Cancelled."));
    if (m_result.trials > 0) {
        const QString side = m_result.scenario.isEmpty()
            ? tr("baseline")
            : edits::scenarioName(m_document->baseline(), m_result.scenario, displayLanguage());
        parts.append(tr("Shown: %Ln simulated year(s), seed %1, %2.", nullptr, m_result.trials)
                         .arg(QString::number(m_result.seed), side));
        if (m_stale && !isRunning())
            parts.append(tr("The model changed since."));
    }
    m_status->setText(parts.join(QLatin1Char(' ')));

    // What the simulation needs from the model, said where it is missing.
    const Model& model = m_document->model();
    const bool services = std::any_of(
        model.assets.cbegin(), model.assets.cend(), [](const Asset& a) { return a.continuity.has_value(); });
    const bool outages = std::any_of(
        model.threats.cbegin(), model.threats.cend(), [](const Threat& t) { return t.outage.has_value(); });
    QString note;
    if (!services)
        note = tr("No asset is a service yet: open an asset's editor and check “A service whose outages are "
                  "simulated”, with its target recovery time and loss per hour.");
    else if (!outages)
        note = tr("No threat causes outages yet: open a threat's editor (a power failure, an earthquake) and check "
                  "“Causes outages”, with its rate and durations.");
    else
        note = tr("A model, not a forecast: the numbers follow the outage rates and durations entered on the threats, "
                  "the controls and the redundancy of the dependencies.");
    m_note->setText(note);
}

void ContinuityPage::showTotals()
{
    const ContinuityTotals& t = m_result.total;
    const bool shown = m_result.trials > 0;
    const double values[TotalsRowCount] = {t.ale, t.sd, t.p50, t.p90, t.p95, t.p99};
    for (int row = 0; row < TotalsRowCount; ++row)
        m_totals->setItem(row, 0,
            shown ? numberCell(formatYen(values[row]), values[row]) : numberCell(QStringLiteral("–"), std::nullopt));
}

void ContinuityPage::showServices()
{
    // Filled detached from the sorting proxy: a sorted proxy re-sorts on every appended row.
    m_proxy->setSourceModel(nullptr);
    m_services->removeRows(0, m_services->rowCount());
    const ModelIndex index(m_resultModel);
    for (const AssetContinuity& a : std::as_const(m_result.assets)) {
        const qsizetype at = index.assets.value(a.id, -1);
        if (at < 0 || !m_resultModel.assets[at].continuity)
            continue; // not a service: in the ward's loss, not in the list
        const Asset& asset = m_resultModel.assets[at];
        const Continuity& c = *asset.continuity;
        auto* name = new QStandardItem(forms::idAndName(asset.id, asset.name));
        name->setData(asset.id, SortRole);
        name->setData(asset.id, Qt::UserRole);
        QList<QStandardItem*> row {name,
            c.rtoHours ? numberItem(formatNumber(*c.rtoHours), *c.rtoHours) : numberItem(tr("none"), -1),
            numberItem(formatYen(c.lossPerHour.value_or(0)), c.lossPerHour.value_or(0)),
            numberItem(formatProbability(a.pOutage), a.pOutage), numberItem(formatHours(a.meanHours), a.meanHours),
            a.pOverRto ? numberItem(formatProbability(*a.pOverRto), *a.pOverRto) : numberItem(tr("no target"), -1),
            numberItem(formatYen(a.ale), a.ale)};
        // The exact values, for tests and copying (the text is rounded).
        row[OutageColumn]->setData(a.pOutage, Qt::UserRole);
        row[HoursColumn]->setData(a.meanHours, Qt::UserRole);
        if (a.pOverRto)
            row[OverRtoColumn]->setData(*a.pOverRto, Qt::UserRole);
        row[AleColumn]->setData(a.ale, Qt::UserRole);
        m_services->appendRow(row);
    }
    m_proxy->setSourceModel(m_services);
    m_proxy->sort(m_view->horizontalHeader()->sortIndicatorSection(), m_view->horizontalHeader()->sortIndicatorOrder());
    fitColumnsToContents(m_view, 360);
    updateFilterStatus();
}

void ContinuityPage::showCharts()
{
    replaceChart(m_curve, lossExceedanceChart(m_result, font()));
    replaceChart(m_histogram, lossHistogramChart(m_result, font()));
}

void ContinuityPage::setFilterText(const QString& text)
{
    m_proxy->setFilterText(text);
    updateFilterStatus();
}

void ContinuityPage::updateFilterStatus()
{
    m_filterStatus->showCounts(m_proxy->rowCount(), m_services->rowCount(), m_proxy->filterText());
}

void ContinuityPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale && !isRunning() && !m_cancelled)
        startWhenAssessed();
}

void ContinuityPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::FontChange)
        showCharts();
    QWidget::changeEvent(event);
}

} // namespace mamori
