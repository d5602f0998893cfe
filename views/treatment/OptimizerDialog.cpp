#include "treatment/OptimizerDialog.h"

#include "DisplayLanguage.h"
#include "NumberFormat.h"
#include "document/Edits.h"
#include "document/ProjectDocument.h"
#include "widgets/NumberCell.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace mamori {

namespace {

enum Column { ActionColumn, TitleColumn, InitialColumn, AnnualColumn, EffectColumn, OutcomeColumn, ColumnCount };

const QString kBudgetKey = QStringLiteral("optimizer/budget");
const QString kAnnualKey = QStringLiteral("optimizer/annualBudget");

QDoubleSpinBox* yenBox(QWidget* parent)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(0, 1e13);
    box->setDecimals(0);
    box->setSingleStep(1000000);
    box->setGroupSeparatorShown(true);
    box->setSuffix(OptimizerDialog::tr(" yen"));
    box->setMinimumWidth(180);
    return box;
}

} // namespace

OptimizerDialog::OptimizerDialog(ProjectDocument* document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
{
    setWindowTitle(tr("Optimize the plan for a budget"));
    m_pool.setMaxThreadCount(1);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    double total = 0;
    for (const PlanAction& a : document->model().actions)
        if (a.status != ActionStatus::Done)
            total += a.cost.initial;
    const QSettings settings;
    m_budget = yenBox(this);
    m_budget->setObjectName(QStringLiteral("budget"));
    m_budget->setValue(settings.value(kBudgetKey, total / 2).toDouble());
    form->addRow(tr("&Budget for initial cost:"), m_budget);
    m_limitAnnual = new QCheckBox(tr("&Limit the annual cost to:"), this);
    m_annual = yenBox(this);
    m_annual->setObjectName(QStringLiteral("annualBudget"));
    m_annual->setValue(settings.value(kAnnualKey, 0).toDouble());
    m_annual->setEnabled(false);
    connect(m_limitAnnual, &QCheckBox::toggled, m_annual, &QWidget::setEnabled);
    form->addRow(m_limitAnnual, m_annual);
    layout->addLayout(form);

    auto* note = new QLabel(tr("Candidates are the actions not done yet. Up to %1 candidates the result is the "
                               "proven optimum; beyond, a greedy choice by reduction per yen improved by swaps, "
                               "compared with the floor of doing every action.")
                                .arg(kExactCandidates),
        this);
    note->setWordWrap(true);
    layout->addWidget(note);

    auto* buttons = new QHBoxLayout;
    m_run = new QPushButton(tr("&Run"), this);
    m_run->setDefault(true);
    m_cancel = new QPushButton(tr("&Stop"), this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);
    layout->addLayout(buttons);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("optimizerSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("optimizerResult"));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Title"), tr("Initial cost (yen)"), tr("Annual cost (yen)"),
        tr("Residual reduced"), tr("Outcome")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_apply = close->addButton(tr("&Apply to the plan"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyToPlan"));
    m_apply->setToolTip(tr("Mark the controls the chosen actions introduce as planned, where they are not yet"));
    m_makeScenario = close->addButton(tr("&Make a scenario"), QDialogButtonBox::ActionRole);
    m_makeScenario->setObjectName(QStringLiteral("makeScenario"));
    m_makeScenario->setToolTip(tr("A new scenario in which the chosen actions are carried out, to compare with the "
                                  "baseline"));
    layout->addWidget(close);
    connect(m_apply, &QPushButton::clicked, this, &OptimizerDialog::applyToPlan);
    connect(m_makeScenario, &QPushButton::clicked, this, &OptimizerDialog::makeScenario);

    connect(m_run, &QPushButton::clicked, this, &OptimizerDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &OptimizerDialog::cancel);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::cellDoubleClicked, this,
        [this](int row, int) { emit actionActivated(m_table->item(row, ActionColumn)->text()); });
    setRunning(false);
    resize(980, 540);
}

OptimizerDialog::~OptimizerDialog()
{
    cancel();
    m_pool.waitForDone(); // the search calls back into this dialog
}

BudgetLimits OptimizerDialog::limits() const
{
    return {m_budget->value(), m_limitAnnual->isChecked() ? std::optional<double>(m_annual->value()) : std::nullopt};
}

void OptimizerDialog::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_progress->setVisible(running);
    m_budget->setEnabled(!running);
    m_limitAnnual->setEnabled(!running);
    const bool chosen = !running && m_result && !m_result->chosen.isEmpty();
    m_apply->setEnabled(chosen);
    m_makeScenario->setEnabled(chosen);
}

void OptimizerDialog::applyToPlan()
{
    if (!m_result || m_result->chosen.isEmpty())
        return;
    const QStringList& chosen = m_result->chosen;
    const UserEdit e = edits::planChosenActions(m_document->model(), chosen);
    if (!e.ok())
        return showRefusal(e.error);
    if (e.edits.isEmpty()) {
        m_outcome = tr("The controls of the %n chosen action(s) are planned or further along already; nothing "
                       "was changed.",
            nullptr, int(chosen.size()));
    } else {
        if (const QString refused = m_document->edit(e); !refused.isEmpty())
            return showRefusal(refused);
        m_outcome = tr("%n control(s) of the chosen actions marked planned (%1).", nullptr, int(e.edits.size()))
                        .arg(chosen.join(QStringLiteral(", ")));
    }
    accept();
}

void OptimizerDialog::makeScenario()
{
    if (!m_result)
        return;
    const UserEdit e = edits::scenarioOfChosenActions(m_document->model(), m_document->baseline(),
        m_document->activeScenario(), m_result->chosen, m_result->budget.initial, displayLanguage());
    if (const QString refused = m_document->editScenarios(e); !refused.isEmpty())
        return showRefusal(refused);
    m_createdScenario = e.created;
    m_outcome = tr("Scenario “%1” carries out the %n chosen action(s); compare it with the baseline on the "
                   "Compare page.",
        nullptr, int(m_result->chosen.size()))
                    .arg(edits::scenarioName(m_document->baseline(), e.created, displayLanguage()));
    accept();
}

void OptimizerDialog::showRefusal(const QString& why)
{
    m_summary->setText(tr("Not applied: %1").arg(why));
}

void OptimizerDialog::start()
{
    QSettings settings;
    settings.setValue(kBudgetKey, m_budget->value());
    settings.setValue(kAnnualKey, m_annual->value());
    m_stop = std::make_shared<std::atomic_bool>(false);
    setRunning(true);
    m_summary->setText(tr("Searching…"));
    const Model model = m_document->model();
    const BudgetLimits budget = limits();
    std::shared_ptr<std::atomic_bool> stop = m_stop;
    m_pool.start([this, model, budget, stop] {
        OptimizerOptions options;
        options.progress = [stop](qint64) { return !stop->load(); };
        Optimization o = optimizePlan(model, budget, options);
        QMetaObject::invokeMethod(
            this, [this, o = std::move(o)] { finished(o); }, Qt::QueuedConnection);
    });
}

void OptimizerDialog::runNow()
{
    finished(optimizePlan(m_document->model(), limits()));
}

void OptimizerDialog::cancel()
{
    if (m_stop)
        m_stop->store(true);
}

void OptimizerDialog::reject()
{
    cancel();
    QDialog::reject();
}

void OptimizerDialog::finished(const Optimization& o)
{
    m_result = o;
    setRunning(false); // after the result: it enables keeping the choice
    const bool stopped = m_stop && m_stop->load();
    QString summary = tr("Residual %1 → %2 with %n chosen actions (initial %3 yen, annual %4 yen). Doing every "
                         "action would reach %5.",
        nullptr, int(o.chosen.size()))
                          .arg(formatScore(o.residualBefore), formatScore(o.residualAfter), formatYen(o.cost.initial),
                              formatYen(o.cost.annual), formatScore(o.residualFloor));
    summary += QLatin1Char(' ');
    if (o.exact)
        summary += tr("This is the proven optimum (%n sets assessed).", nullptr, int(o.setsAssessed));
    else if (stopped)
        summary += tr("Stopped: the best set found so far, not proven.");
    else
        summary += tr("Heuristic result: too many candidates to try every set.");
    m_summary->setText(summary);

    auto title = [this](const QString& id) { return actionTitle(m_document->model(), id, displayLanguage()); };
    m_table->setRowCount(int(o.chosenDetails.size() + o.leftOut.size()));
    int row = 0;
    const QColor chosenColor(0xdf, 0xf0, 0xd8);
    for (const ChosenAction& c : o.chosenDetails) {
        m_table->setItem(row, ActionColumn, new QTableWidgetItem(c.action));
        m_table->setItem(row, TitleColumn, new QTableWidgetItem(title(c.action)));
        m_table->setItem(row, InitialColumn, numberCell(formatYen(c.cost.initial)));
        m_table->setItem(row, AnnualColumn, numberCell(formatYen(c.cost.annual)));
        m_table->setItem(row, EffectColumn, numberCell(formatScore(c.contribution)));
        m_table->setItem(row, OutcomeColumn, new QTableWidgetItem(tr("Chosen")));
        for (int col = 0; col < ColumnCount; ++col)
            m_table->item(row, col)->setBackground(chosenColor);
        ++row;
    }
    for (const LeftOutAction& l : o.leftOut) {
        const QString why = tr("Left out: %1").arg(leftOutReasonText(l.reason));
        m_table->setItem(row, ActionColumn, new QTableWidgetItem(l.action));
        m_table->setItem(row, TitleColumn, new QTableWidgetItem(title(l.action)));
        m_table->setItem(row, InitialColumn, numberCell(formatYen(l.cost.initial)));
        m_table->setItem(row, AnnualColumn, numberCell(formatYen(l.cost.annual)));
        m_table->setItem(row, EffectColumn, numberCell(formatScore(l.wouldReduce)));
        auto* outcome = new QTableWidgetItem(why);
        outcome->setToolTip(why);
        m_table->setItem(row, OutcomeColumn, outcome);
        ++row;
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(TitleColumn, std::min(m_table->columnWidth(TitleColumn), 260)); // the reason must show
}

} // namespace mamori
