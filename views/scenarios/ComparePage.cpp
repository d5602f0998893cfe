#include "scenarios/ComparePage.h"

#include "DisplayLanguage.h"
#include "EnumNames.h"
#include "ModelEdit.h"
#include "NumberFormat.h"
#include "continuity/ContinuityComparePanel.h"
#include "document/LiveAssessment.h"
#include "document/ProjectDocument.h"
#include "scenarios/CompareRisksModel.h"
#include "widgets/ColumnChooser.h"
#include "widgets/HeatMapWidget.h"
#include "widgets/TextFilter.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QColor>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace mamori {

namespace {

Cost planCost(const Model& m)
{
    Cost total;
    for (const PlanAction& p : m.actions) {
        total.initial += p.cost.initial;
        total.annual += p.cost.annual;
    }
    return total;
}

static_assert(int(ComparePage::DeltaColumn) == int(CompareRisksModel::DeltaColumn)
    && int(ComparePage::RiskColumnCount) == int(CompareRisksModel::ColumnCount)
    && ComparePage::SortRole == CompareRisksModel::SortRole);

} // namespace

ComparePage::ComparePage(ProjectDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_scenarioLabel(new QLabel(this))
    , m_scenario(new QComboBox(this))
    , m_againstLabel(new QLabel(this))
    , m_base(new QComboBox(this))
    , m_otherFile(new QLabel(this))
    , m_backToScenarios(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_totals(new QTableWidget(TotalsRowCount, 3, this))
    , m_baseTitle(new QLabel(this))
    , m_scenarioTitle(new QLabel(this))
    , m_baseMap(new HeatMapWidget(true, this))
    , m_scenarioMap(new HeatMapWidget(true, this))
    , m_chart(new QChartView(this))
    , m_risks(new CompareRisksModel(this))
    , m_riskProxy(new TextFilterProxy(this))
    , m_riskView(new QTableView(this))
    , m_filterStatus(new FilterStatus(this))
    , m_risksLabel(new QLabel(this))
    , m_findingsLabel(new QLabel(this))
    , m_findings(new QListWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_continuity(new ContinuityComparePanel(this))
{
    setObjectName(QStringLiteral("comparePage"));
    setUpViews();
    createLayout();
    connectSides();
    retranslate();
    fillChoices();
}

void ComparePage::setUpViews()
{
    m_scenario->setObjectName(QStringLiteral("compareScenario"));
    m_base->setObjectName(QStringLiteral("compareBase"));
    m_otherFile->setObjectName(QStringLiteral("compareOtherFile"));
    m_otherFile->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_backToScenarios->setObjectName(QStringLiteral("compareBackToScenarios"));
    m_otherFile->hide();
    m_backToScenarios->hide();
    m_totals->setObjectName(QStringLiteral("compareTotals"));
    m_totals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_totals->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_totals->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_totals->setMinimumWidth(380);
    m_totals->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_totals->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_riskProxy->setSourceModel(m_risks);
    m_riskProxy->setSortRole(SortRole);
    m_riskProxy->setColumnShown([this](int c) { return !m_riskView->isColumnHidden(c); });
    connect(m_filterStatus, &FilterStatus::clearRequested, this, &ComparePage::filterClearRequested);
    onRowsChanged(m_riskProxy, this, [this] { updateFilterStatus(); });
    m_riskView->setObjectName(QStringLiteral("compareRisks"));
    m_riskView->setModel(m_riskProxy);
    m_riskView->setSortingEnabled(true);
    m_riskView->sortByColumn(DeltaColumn, Qt::DescendingOrder);
    m_riskView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_riskView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_riskView->verticalHeader()->hide();
    m_riskView->verticalHeader()->setDefaultSectionSize(m_riskView->fontMetrics().height() + 8);
    m_riskView->horizontalHeader()->setStretchLastSection(true);
    m_riskView->setWordWrap(false);
    m_findings->setObjectName(QStringLiteral("compareFindings"));
    m_findings->setWordWrap(true);
    m_chart->setObjectName(QStringLiteral("compareChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumSize(320, 260);
    for (QLabel* title : {m_baseTitle, m_scenarioTitle}) {
        title->setAlignment(Qt::AlignCenter);
        title->setWordWrap(true);
    }
}

void ComparePage::createLayout()
{
    auto* pick = new QHBoxLayout;
    pick->addWidget(m_scenarioLabel);
    pick->addWidget(m_scenario, 1);
    pick->addWidget(m_againstLabel);
    pick->addWidget(m_base, 1);
    pick->addWidget(m_otherFile, 1);
    pick->addWidget(m_backToScenarios);
    pick->addWidget(m_status, 1);

    // Top: the totals with the findings under them, both heat maps, the delta chart; below, the
    // risks that changed over the whole width (the list a risk officer reads through).
    auto* maps = new QGridLayout;
    maps->addWidget(m_baseTitle, 0, 0);
    maps->addWidget(m_scenarioTitle, 0, 1);
    maps->addWidget(m_baseMap, 1, 0);
    maps->addWidget(m_scenarioMap, 1, 1);
    maps->setRowStretch(2, 1);
    auto* left = new QVBoxLayout;
    left->addWidget(m_totals);
    left->addWidget(m_findingsLabel);
    left->addWidget(m_findings, 1);
    m_findings->setMinimumHeight(m_findings->fontMetrics().height() * 3);
    auto* top = new QWidget(this);
    auto* topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(left);
    topLayout->addLayout(maps, 2);
    topLayout->addWidget(m_chart, 1);

    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_risksLabel);
    bottomLayout->addWidget(m_filterStatus);
    bottomLayout->addWidget(m_riskView, 1);

    m_tabs->setObjectName(QStringLiteral("compareTabs"));
    m_tabs->addTab(bottom, QString());
    m_tabs->addTab(m_continuity, QString());

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({340, 460});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(pick);
    layout->addWidget(splitter, 1);
}

void ComparePage::connectSides()
{
    const auto sidesChanged = [this] {
        m_dirty = true;
        if (isVisible())
            recompute();
        sortByMovement();
    };
    connect(m_scenario, &QComboBox::activated, this, sidesChanged);
    connect(m_base, &QComboBox::activated, this, sidesChanged);
    connect(m_backToScenarios, &QPushButton::clicked, this, &ComparePage::compareScenarios);
    // Any change of the project may change either side: recompute when next seen.
    const auto stale = [this] {
        m_dirty = true;
        if (isVisible())
            recompute();
    };
    connect(m_document, &ProjectDocument::scenariosChanged, this, [this, stale] {
        fillChoices();
        stale();
    });
    connect(m_document, &ProjectDocument::changed, this, [this] { m_dirty = true; });
    connect(m_document, &ProjectDocument::projectReset, this, [this, stale] {
        fillChoices();
        stale();
    });
}

QAbstractItemModel* ComparePage::riskModel() const
{
    return m_risks;
}

QString ComparePage::baseId() const
{
    return m_base->currentData().toString();
}

QString ComparePage::scenarioId() const
{
    return m_scenario->currentData().toString();
}

void ComparePage::compare(const QString& base, const QString& scenario)
{
    if (m_other) {
        m_other.reset();
        showMode();
    }
    fillChoices();
    m_base->setCurrentIndex(qMax(0, m_base->findData(base)));
    m_scenario->setCurrentIndex(qMax(0, m_scenario->findData(scenario)));
    m_dirty = true;
    recompute();
    sortByMovement();
}

void ComparePage::compareWithFile(OtherModelFile other, const QString& scenario)
{
    Q_ASSERT(other.ok());
    m_other = std::move(other);
    showMode();
    fillChoices();
    m_scenario->setCurrentIndex(qMax(0, m_scenario->findData(scenario)));
    m_dirty = true;
    recompute();
    sortByMovement();
}

void ComparePage::compareScenarios()
{
    if (!m_other)
        return;
    const QString scenario = scenarioId();
    m_other.reset();
    showMode();
    fillChoices();
    m_scenario->setCurrentIndex(qMax(0, m_scenario->findData(scenario)));
    m_dirty = true;
    recompute();
    sortByMovement();
}

QString ComparePage::cannotCompareMessage(const OtherModelFile& other)
{
    // Every problem, as the command line lists them: the user fixes the file, or picks another.
    constexpr qsizetype shown = 10;
    QStringList lines {
        tr("“%1” cannot be compared with this project: %n problem(s) in the file.", nullptr, int(other.errors.size()))
            .arg(other.fileName)};
    for (qsizetype i = 0; i < other.errors.size() && i < shown; ++i)
        lines.append(QStringLiteral("• ") + other.errors[i].toString());
    if (other.errors.size() > shown)
        lines.append(tr("… and %n more problem(s)", nullptr, int(other.errors.size() - shown)));
    return lines.join(QLatin1Char('\n'));
}

void ComparePage::setFilterText(const QString& text)
{
    m_riskProxy->setFilterText(text);
    updateFilterStatus();
}

void ComparePage::updateFilterStatus()
{
    m_filterStatus->showCounts(m_riskProxy->rowCount(), m_risks->rowCount(), m_riskProxy->filterText());
}

void ComparePage::sortByMovement()
{
    // The biggest movers first, in the direction the total moved: a scenario that lowers risk lists
    // its largest reductions first, one that raises it its largest increases.
    const bool lower = m_comparison.diff.scenario.residual < m_comparison.diff.base.residual;
    m_riskView->sortByColumn(DeltaColumn, lower ? Qt::AscendingOrder : Qt::DescendingOrder);
}

void ComparePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        recompute();
}

void ComparePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ComparePage::showMode()
{
    const bool file = m_other.has_value();
    m_againstLabel->setVisible(!file);
    m_base->setVisible(!file);
    m_otherFile->setVisible(file);
    m_backToScenarios->setVisible(file);
    m_scenarioLabel->setText(file ? tr("Compare:") : tr("Scenario:"));
    m_otherFile->setText(file ? tr("against the other file %1").arg(m_other->fileName) : QString());
    m_backToScenarios->setText(tr("Compare scenarios instead"));
    if (file) {
        m_totals->setHorizontalHeaderLabels({otherSideName(), currentSideName(), tr("Difference")});
        m_risks->setHeaders({tr("Asset"), tr("Threat"), tr("Residual in the other file"),
            tr("Residual in this project"), tr("Difference")});
    } else {
        m_totals->setHorizontalHeaderLabels({tr("Base"), tr("Scenario"), tr("Difference")});
        m_risks->setHeaders(
            {tr("Asset"), tr("Threat"), tr("Base residual"), tr("Scenario residual"), tr("Difference")});
    }
}

QString ComparePage::otherSideName() const
{
    //: The side of a comparison read from another project file, e.g. last fiscal year's
    return m_other ? tr("Other file: %1").arg(m_other->fileName) : QString();
}

QString ComparePage::currentSideName() const
{
    const QString scenario = scenarioId();
    return scenario.isEmpty() ? tr("This project") : sideName(scenario);
}

void ComparePage::retranslate()
{
    showMode();
    m_totals->setVerticalHeaderLabels({tr("Inherent total"), tr("Residual total"), tr("Above appetite"), tr("Risks"),
        tr("Findings"), tr("Plan, initial cost (yen)"), tr("Plan, annual cost (yen)")});
    m_risksLabel->setText(tr("Risks that changed"));
    m_tabs->setTabText(0, tr("Risks"));
    m_tabs->setTabText(1, tr("Service continuity"));
    m_findingsLabel->setText(tr("Three-tier findings added and removed"));
    fillChoices();
    if (!m_dirty)
        recompute(); // names and numbers in the new language
}

QString ComparePage::sideName(const QString& id) const
{
    if (id.isEmpty())
        return tr("Baseline");
    const QList<Scenario>& list = m_document->baseline().scenarios;
    const qsizetype i = indexOfId(list, id);
    const QString name = i < 0 ? QString() : list[i].name.text(displayLanguage());
    return name.isEmpty() ? id : name;
}

void ComparePage::fillChoices()
{
    const QString base = baseId();
    const QString scenario = scenarioId();
    const QSignalBlocker b1(m_base);
    const QSignalBlocker b2(m_scenario);
    m_base->clear();
    m_scenario->clear();
    m_base->addItem(tr("Baseline"), QString());
    if (m_other) // against another file the project's own baseline is a side too
        m_scenario->addItem(tr("This project"), QString());
    for (const Scenario& s : m_document->baseline().scenarios) {
        m_base->addItem(sideName(s.id), s.id);
        m_scenario->addItem(sideName(s.id), s.id);
    }
    m_base->setCurrentIndex(qMax(0, m_base->findData(base)));
    m_scenario->setCurrentIndex(qMax(0, m_scenario->findData(scenario)));
}

void ComparePage::recompute()
{
    m_dirty = false;
    m_risks->setComparison(nullptr, false); // the rows read m_comparison, which is replaced here
    const QString scenario = scenarioId();
    const Assessment* baseline = liveBaselineAssessment();
    if (m_other)
        m_comparison = mamori::compareWithFile(m_document->baseline(), scenario, *m_other, baseline);
    else
        m_comparison = scenario.isEmpty()
            ? ScenarioComparison {}
            : mamori::compareScenarios(m_document->baseline(), baseId(), scenario, baseline);
    if (scenario.isEmpty() && !m_other)
        m_status->setText(tr("The project has no scenarios yet: create one on the Scenarios page."));
    else if (!m_comparison.ok())
        m_status->setText(m_comparison.errors.first().what);
    else
        m_status->setText(tr("%n risk(s) changed", nullptr, int(m_comparison.diff.risks.size())));
    if (m_other)
        showMode(); // the headers name the side chosen
    m_baseTitle->setText(tr("Residual risk: %1").arg(m_other ? otherSideName() : sideName(baseId())));
    m_scenarioTitle->setText(tr("Residual risk: %1").arg(m_other ? currentSideName() : sideName(scenario)));
    m_baseMap->setAssessment(m_comparison.base);
    m_scenarioMap->setAssessment(m_comparison.scenario);
    showTotals();
    showRisks();
    showFindings();
    showChart();
    showContinuity();
}

const Assessment* ComparePage::liveBaselineAssessment() const
{
    // The window's assessment is the baseline's while no scenario is active, and current once the
    // engine has every edit: then a baseline side shares it rather than holding its own copy.
    const LiveAssessment* live = m_document->assessment();
    if (!m_document->activeScenario().isEmpty() || live->isBusy() || live->assessedRevision() != m_document->revision())
        return nullptr;
    return &live->assessment();
}

void ComparePage::showContinuity()
{
    const QString scenario = scenarioId();
    if (!m_comparison.ok() || (scenario.isEmpty() && !m_other)) {
        m_continuity->clearSides();
        return;
    }
    // The same options on both sides: the panel runs them with one seed (common random numbers).
    m_continuity->setSides({m_comparison.baseModel, m_comparison.base, m_other ? QString() : baseId()},
        {m_comparison.scenarioModel, m_comparison.scenario, scenario});
}

void ComparePage::showTotals()
{
    const ScenarioComparison& c = m_comparison;
    const Cost baseCost = planCost(c.baseModel);
    const Cost scenarioCost = planCost(c.scenarioModel);
    const QLocale locale;
    auto setRow = [&](int row, double base, double scenario, bool whole) {
        const auto text = [&](double v, bool withSign) {
            if (whole) {
                const QString s = formatCount(std::llround(v), locale);
                return withSign && std::llround(v) > 0 ? QStringLiteral("+") + s : s;
            }
            return withSign ? formatSignedScore(v, locale) : formatScore(v, locale);
        };
        const QStringList cells {text(base, false), text(scenario, false), text(scenario - base, true)};
        for (int col = 0; col < 3; ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_totals->setItem(row, col, item);
        }
    };
    setRow(InherentRow, c.diff.base.inherent, c.diff.scenario.inherent, false);
    setRow(ResidualRow, c.diff.base.residual, c.diff.scenario.residual, false);
    setRow(AboveAppetiteRow, double(c.diff.base.aboveAppetite), double(c.diff.scenario.aboveAppetite), true);
    setRow(RisksRow, double(c.base.risks.size()), double(c.scenario.risks.size()), true);
    setRow(FindingsRow, double(c.base.findings.size()), double(c.scenario.findings.size()), true);
    setRow(PlanInitialRow, baseCost.initial, scenarioCost.initial, true);
    setRow(PlanAnnualRow, baseCost.annual, scenarioCost.annual, true);
}

void ComparePage::showRisks()
{
    // Detached from the sorting proxy while reset, then sorted once.
    m_riskProxy->setSourceModel(nullptr);
    m_risks->setComparison(&m_comparison, m_other.has_value());
    m_riskProxy->setSourceModel(m_risks);
    m_riskProxy->sort(
        m_riskView->horizontalHeader()->sortIndicatorSection(), m_riskView->horizontalHeader()->sortIndicatorOrder());
    fitColumnsToContents(m_riskView, 360); // long names must leave room for the numbers
}

void ComparePage::showFindings()
{
    m_findings->clear();
    const auto describe = [](const Finding& f) {
        return QStringLiteral("%1 · %2 / %3 · %4 – %5")
            .arg(EnumNames::level(severityKey(f.severity)), EnumNames::name(f.firstTier), EnumNames::name(f.secondTier),
                f.first, f.second);
    };
    for (const Finding& f : m_comparison.diff.findingsAdded)
        m_findings->addItem(tr("Added: %1").arg(describe(f)));
    for (const Finding& f : m_comparison.diff.findingsRemoved)
        m_findings->addItem(tr("Removed: %1").arg(describe(f)));
    if (m_findings->count() == 0)
        m_findings->addItem(tr("No finding added or removed"));
}

void ComparePage::showChart()
{
    // Residual delta (scenario − base) per threat category, then per asset tier.
    QStringList categories;
    QList<qreal> values;
    for (int c = 0; c < kThreatCategoryCount; ++c) {
        categories.append(EnumNames::threatCategory(c + 1));
        values.append(roundScore(m_comparison.scenario.totals.byCategory[std::size_t(c)].residual
            - m_comparison.base.totals.byCategory[std::size_t(c)].residual));
    }
    for (Tier t : {Tier::MyNumber, Tier::Lgwan, Tier::Internet, Tier::None}) {
        categories.append(EnumNames::name(t));
        values.append(roundScore(m_comparison.scenario.totals.byTier[std::size_t(t)].residual
            - m_comparison.base.totals.byTier[std::size_t(t)].residual));
    }
    auto* chart = new QChart;
    chart->setTitle(tr("Residual risk difference by category and tier"));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setVisible(false);
    // Horizontal bars draw the first category at the bottom: reversed, so they read top to bottom.
    std::reverse(categories.begin(), categories.end());
    std::reverse(values.begin(), values.end());
    auto* set = new QBarSet(tr("Difference"));
    set->append(values);
    set->setColor(QColor(0x45, 0x5a, 0x64));
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    double extent = 1;
    for (qreal v : std::as_const(values))
        extent = std::max(extent, std::abs(v));
    series->setLabelsPrecision(chartLabelPrecision(extent));
    chart->setLocalizeNumbers(true); // grouped as the tables group them
    chart->addSeries(series);
    auto* axis = new QBarCategoryAxis;
    axis->append(categories);
    auto* valueAxis = new QValueAxis;
    valueAxis->setRange(-extent * 1.2, extent * 1.2);
    valueAxis->applyNiceNumbers();
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(axis, Qt::AlignLeft);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(axis);
    series->attachAxis(valueAxis);
    QChart* old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

} // namespace mamori
