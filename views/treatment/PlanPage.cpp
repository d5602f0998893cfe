#include "treatment/PlanPage.h"

#include "Clock.h"
#include "DisplayDate.h"
#include "DisplayLanguage.h"
#include "FiscalYear.h"
#include "ModelEdit.h"
#include "NumberFormat.h"
#include "document/ProjectDocument.h"
#include "registers/RegisterPage.h"
#include "registers/RegisterTableModel.h"
#include "treatment/OptimizerDialog.h"
#include "treatment/PlanProjectionRunner.h"
#include "treatment/PlanTimeline.h"
#include "widgets/NumberCell.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace mamori {

namespace {

enum StepColumn {
    StepAction,
    StepTitle,
    StepDue,
    StepResidual,
    StepAbove,
    StepReduction,
    StepInitial,
    StepAnnual,
    StepPerPoint,
    StepOutageLoss, ///< the ward's ALE from outages after the action (RISK-MODEL.md 10)
    StepColumns
};

} // namespace

PlanPage::PlanPage(ProjectDocument* document, RegisterPage* registerPage, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_register(registerPage)
    , m_runner(new PlanProjectionRunner(document, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* bar = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_fiscalYearLabel = new QLabel(this);
    m_fiscalYear = new QComboBox(this);
    m_fiscalYear->setObjectName(QStringLiteral("fiscalYear"));
    m_fiscalYearLabel->setBuddy(m_fiscalYear);
    m_optimize = new QPushButton(this);
    m_optimize->setObjectName(QStringLiteral("optimizeButton"));
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_fiscalYearLabel);
    bar->addWidget(m_fiscalYear);
    bar->addWidget(m_optimize);
    layout->addLayout(bar);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_register);
    m_tabs = new QTabWidget(splitter);

    m_timeline = new PlanTimeline;
    m_timeline->setObjectName(QStringLiteral("planTimeline"));
    auto* scroll = new QScrollArea;
    scroll->setWidget(m_timeline);
    scroll->setWidgetResizable(true);
    m_tabs->addTab(scroll, QString());

    auto* projection = new QSplitter(Qt::Horizontal);
    m_chart = new QChart;
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setLocalizeNumbers(true); // axis labels grouped as the tables group them
    auto* chartView = new QChartView(m_chart);
    chartView->setRenderHint(QPainter::Antialiasing);
    chartView->setMinimumWidth(320);
    projection->addWidget(chartView);
    m_steps = new QTableWidget(0, StepColumns);
    m_steps->setObjectName(QStringLiteral("projectionSteps"));
    m_steps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->verticalHeader()->hide();
    m_steps->horizontalHeader()->setStretchLastSection(true);
    projection->addWidget(m_steps);
    projection->setSizes({560, 440});
    m_tabs->addTab(projection, QString());
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_optimize, &QPushButton::clicked, this, &PlanPage::openOptimizer);
    connect(m_fiscalYear, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0)
            m_timeline->setFiscalYear(m_fiscalYear->itemData(i).toInt());
    });
    connect(m_timeline, &PlanTimeline::actionActivated, this, &PlanPage::selectAction);
    connect(m_steps, &QTableWidget::cellDoubleClicked, this,
        [this](int row, int) { selectAction(m_steps->item(row, StepAction)->text()); });
    connect(document, &ProjectDocument::modelReset, this, &PlanPage::refreshActions);
    connect(document, &ProjectDocument::changed, this, &PlanPage::refreshActions);
    connect(m_runner, &PlanProjectionRunner::updated, this, &PlanPage::refreshProjection);
    connect(m_runner, &PlanProjectionRunner::continuityUpdated, this, &PlanPage::refreshOutageLoss);
    retranslate();
    refreshActions();
}

void PlanPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlanPage::retranslate()
{
    m_fiscalYearLabel->setText(tr("&Fiscal year:"));
    m_optimize->setText(tr("&Optimize for a budget…"));
    m_optimize->setToolTip(tr("Choose the actions that reduce the residual risk the most within a budget"));
    m_tabs->setTabText(0, tr("Timeline"));
    m_tabs->setTabText(1, tr("Projection"));
    m_steps->setHorizontalHeaderLabels({tr("Action"), tr("Title"), tr("Due"), tr("Residual after"),
        tr("Above appetite"), tr("Reduction alone"), tr("Initial cost (yen)"), tr("Annual cost (yen)"),
        tr("Yen per point"), tr("Annual loss from outages (yen)")});
    m_chart->setTitle(tr("Projected residual risk over the fiscal year"));
    refreshFiscalYears();
    refreshProjection();
}

void PlanPage::refreshActions()
{
    QList<PlanAction> actions = m_document->model().actions;
    std::stable_sort(actions.begin(), actions.end(),
        [](const PlanAction& x, const PlanAction& y) { return x.due != y.due ? x.due < y.due : x.id < y.id; });
    m_timeline->setActions(actions);
    refreshFiscalYears();
}

void PlanPage::refreshFiscalYears()
{
    // Every fiscal year an action touches, and the current one.
    int first = fiscalYearOf(Clock::today()), last = first;
    for (const PlanAction& a : m_document->model().actions) {
        if (a.start.isValid())
            first = std::min(first, fiscalYearOf(a.start));
        if (a.due.isValid())
            last = std::max(last, fiscalYearOf(a.due));
    }
    const int shown = m_timeline->fiscalYear();
    const QSignalBlocker block(m_fiscalYear);
    m_fiscalYear->clear();
    for (int fy = first; fy <= last; ++fy)
        m_fiscalYear->addItem(fiscalYearName(fy), fy);
    const int index = m_fiscalYear->findData(std::clamp(shown, first, last));
    m_fiscalYear->setCurrentIndex(index);
    m_timeline->setFiscalYear(m_fiscalYear->itemData(index).toInt());
}

void PlanPage::refreshProjection()
{
    const PlanProjection& p = m_runner->projection();
    double initial = 0, annual = 0;
    for (const PlanStep& s : p.steps) {
        initial += s.cost.initial;
        annual += s.cost.annual;
    }
    const PlanStep* last = p.steps.isEmpty() ? nullptr : &p.steps.last();
    m_summary->setText(
        tr("Residual %1 → %2 after the plan; above appetite %3 → %4; %n actions to do, initial %5 yen, annual %6 yen",
            nullptr, int(p.steps.size()))
            .arg(formatScore(p.baselineResidual), formatScore(last ? last->residual : p.baselineResidual),
                QString::number(p.baselineAboveAppetite),
                QString::number(last ? last->aboveAppetite : p.baselineAboveAppetite), formatYen(initial),
                formatYen(annual)));

    m_steps->setSortingEnabled(false);
    m_steps->setRowCount(int(p.steps.size()));
    for (int r = 0; r < p.steps.size(); ++r) {
        const PlanStep& s = p.steps[r];
        const QString title = actionTitle(m_document->model(), s.action, displayLanguage());
        m_steps->setItem(r, StepAction, new QTableWidgetItem(s.action));
        m_steps->setItem(r, StepTitle, new QTableWidgetItem(title));
        m_steps->setItem(r, StepDue, new QTableWidgetItem(displayDate(s.due)));
        m_steps->setItem(r, StepResidual, numberCell(formatScore(s.residual), s.residual));
        m_steps->setItem(r, StepAbove, numberCell(formatCount(s.aboveAppetite), double(s.aboveAppetite)));
        m_steps->setItem(r, StepReduction, numberCell(formatScore(s.reductionAlone), s.reductionAlone));
        m_steps->setItem(r, StepInitial, numberCell(formatYen(s.cost.initial), s.cost.initial));
        m_steps->setItem(r, StepAnnual, numberCell(formatYen(s.cost.annual), s.cost.annual));
        const auto perPoint = s.costPerReduction();
        m_steps->setItem(r, StepPerPoint,
            perPoint ? numberCell(formatYen(*perPoint), *perPoint) : new QTableWidgetItem(QStringLiteral("–")));
    }
    refreshOutageLoss();
    m_steps->resizeColumnsToContents();

    // The chart: steps at each due date, from the start of the first fiscal year shown.
    m_chart->removeAllSeries(); // deletes the series
    for (QAbstractAxis* axis : m_chart->axes()) {
        m_chart->removeAxis(axis); // gives the axis back to us without deleting it
        delete axis;
    }
    auto* residual = new QLineSeries;
    residual->setName(tr("Total residual"));
    auto* above = new QLineSeries;
    above->setName(tr("Risks above appetite"));
    QDate from = fiscalYearStart(m_timeline->fiscalYear());
    if (!p.steps.isEmpty())
        from = std::min(from, fiscalYearStart(fiscalYearOf(p.steps.first().due)));
    QDate to = fiscalYearEnd(m_timeline->fiscalYear());
    if (!p.steps.isEmpty())
        to = std::max(to, p.steps.last().due);
    auto ms = [](QDate d) { return double(d.startOfDay().toMSecsSinceEpoch()); };
    double r = p.baselineResidual, a = double(p.baselineAboveAppetite);
    residual->append(ms(from), r);
    above->append(ms(from), a);
    for (const PlanStep& s : p.steps) {
        residual->append(ms(s.due), r);
        above->append(ms(s.due), a);
        r = s.residual;
        a = double(s.aboveAppetite);
        residual->append(ms(s.due), r);
        above->append(ms(s.due), a);
    }
    residual->append(ms(to), r);
    above->append(ms(to), a);
    m_chart->addSeries(residual);
    m_chart->addSeries(above);
    auto* time = new QDateTimeAxis;
    time->setFormat(QStringLiteral("yy/MM"));
    time->setRange(from.startOfDay(), to.startOfDay());
    time->setTickCount(5);
    auto* left = new QValueAxis;
    left->setTitleText(tr("Total residual"));
    left->setRange(0, std::max(1.0, p.baselineResidual * 1.05));
    left->applyNiceNumbers();
    left->setLabelFormat(QStringLiteral("%.0f"));
    auto* right = new QValueAxis;
    right->setTitleText(tr("Risks above appetite"));
    right->setRange(0, std::max(1.0, double(p.baselineAboveAppetite) * 1.05));
    right->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(time, Qt::AlignBottom);
    m_chart->addAxis(left, Qt::AlignLeft);
    m_chart->addAxis(right, Qt::AlignRight);
    residual->attachAxis(time);
    residual->attachAxis(left);
    above->attachAxis(time);
    above->attachAxis(right);
}

void PlanPage::refreshOutageLoss()
{
    const auto& c = m_runner->continuity();
    const qsizetype steps = m_runner->projection().steps.size();
    const bool shown = c && c->aleAfter.size() == steps;
    m_steps->setColumnHidden(StepOutageLoss, !shown && !hasContinuityInputs(m_document->model()));
    for (int r = 0; r < m_steps->rowCount() && r < steps; ++r) {
        // While the simulation runs the cell says so; the figures arrive a moment after the projection.
        m_steps->setItem(r, StepOutageLoss,
            shown ? numberCell(formatYen(c->aleAfter[r]), c->aleAfter[r]) : new QTableWidgetItem(QStringLiteral("…")));
    }
    if (shown && m_steps->horizontalHeaderItem(StepOutageLoss))
        m_steps->horizontalHeaderItem(StepOutageLoss)
            ->setToolTip(tr("Annual loss from outages: the expected loss from the continuity simulation with the "
                            "actions up to that row completed, %Ln simulated years each with the same random numbers.",
                nullptr, c->trials));
}

void PlanPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_runner->setOutageLossShown(true); // the column's figures while the page is seen
}

void PlanPage::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_runner->setOutageLossShown(false);
}

void PlanPage::selectAction(const QString& id)
{
    const qsizetype row = indexOfId(m_document->model().actions, id);
    if (row >= 0)
        m_register->selectRow(int(row));
}

void PlanPage::openOptimizer()
{
    OptimizerDialog dialog(m_document, this);
    connect(&dialog, &OptimizerDialog::actionActivated, this, &PlanPage::selectAction);
    dialog.exec();
    if (!dialog.outcome().isEmpty())
        emit statusMessage(dialog.outcome());
}

} // namespace mamori
