#include "continuity/ContinuityComparePanel.h"

#include "ModelEdit.h"
#include "NumberFormat.h"
#include "continuity/ContinuityText.h"
#include "widgets/FormFields.h"
#include "widgets/NumberCell.h"

#include <QBrush>
#include <QColor>
#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace mamori {

namespace {

const QColor kWorse(0xb7, 0x1c, 0x1c);
const QColor kBetter(0x1b, 0x5e, 0x20);

/// A difference cell, red when the scenario loses more, green when less.
QTableWidgetItem* deltaCell(const QString& text, double delta, bool zero)
{
    QTableWidgetItem* item = numberCell(text, delta);
    if (!zero)
        item->setForeground(QBrush(delta > 0 ? kWorse : kBetter));
    return item;
}

} // namespace

ContinuityComparePanel::ContinuityComparePanel(QWidget* parent)
    : QWidget(parent)
    , m_runner(new ContinuityRunner(this))
    , m_runButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    setObjectName(QStringLiteral("compareContinuity"));
    m_runButton->setObjectName(QStringLiteral("compareContinuityRun"));
    m_cancelButton->setObjectName(QStringLiteral("compareContinuityCancel"));
    m_cancelButton->setEnabled(false);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(180);
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("compareContinuityStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("compareContinuityTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ServiceColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false);

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_runButton);
    controls->addWidget(m_cancelButton);
    controls->addWidget(m_progress);
    controls->addWidget(m_status, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_table, 1);

    connect(m_runButton, &QPushButton::clicked, this, &ContinuityComparePanel::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &ContinuityComparePanel::cancel);
    connect(m_runner, &ContinuityRunner::progress, this,
        [this](int done, int total) { m_progress->setValue(total > 0 ? int(qint64(done) * 1000 / total) : 0); });
    connect(m_runner, &ContinuityRunner::runningChanged, this, [this](bool running) {
        m_progress->setVisible(running);
        m_cancelButton->setEnabled(running);
        updateStatus();
    });
    connect(m_runner, &ContinuityRunner::finished, this, &ContinuityComparePanel::finished);
    retranslate();
}

void ContinuityComparePanel::setSides(ContinuityInput base, ContinuityInput scenario)
{
    // The comparison is recomputed for other reasons too (the language changed): the same sides are
    // not simulated again. The models are shared copies, so comparing them is cheap.
    if (m_sides && !m_cancelled && m_sides->first.scenario == base.scenario
        && m_sides->second.scenario == scenario.scenario && m_sides->first.model == base.model
        && m_sides->second.model == scenario.model)
        return;
    m_sides = std::make_pair(std::move(base), std::move(scenario));
    m_stale = true;
    m_cancelled = false;
    if (isVisible()) {
        run();
    } else {
        m_runner->cancel(); // a run of the old sides, of no use on a hidden page: run() again when shown
        updateStatus();
    }
}

void ContinuityComparePanel::clearSides()
{
    m_runner->cancel();
    m_sides.reset();
    m_results.clear();
    m_stale = false;
    showTable();
    updateStatus();
}

void ContinuityComparePanel::setOptions(const ContinuityOptions& options)
{
    m_options = options;
    m_stale = true;
}

void ContinuityComparePanel::run()
{
    if (!m_sides)
        return;
    m_stale = false;
    m_cancelled = false;
    m_runModels = {m_sides->first.model, m_sides->second.model};
    m_runner->start({m_sides->first, m_sides->second}, m_options);
}

void ContinuityComparePanel::cancel()
{
    if (!m_runner->isRunning())
        return;
    m_runner->cancel();
    m_cancelled = true;
    m_stale = true;
    updateStatus();
}

void ContinuityComparePanel::finished(const QList<ContinuityResult>& results)
{
    m_results = results;
    m_baseModel = m_runModels.first;
    m_scenarioModel = m_runModels.second;
    showTable();
    updateStatus();
}

void ContinuityComparePanel::retranslate()
{
    m_runButton->setText(tr("&Simulate both"));
    m_cancelButton->setText(tr("Cancel"));
    m_table->setHorizontalHeaderLabels({tr("Service"), tr("Base: P(over RTO)"), tr("Scenario: P(over RTO)"),
        tr("Difference (points)"), tr("Base: ALE (yen)"), tr("Scenario: ALE (yen)"), tr("Difference (yen)")});
    showTable();
    updateStatus();
}

void ContinuityComparePanel::updateStatus()
{
    QString text;
    if (!m_sides)
        text = tr("Choose a scenario to compare.");
    else if (isRunning())
        text = tr("Simulating both sides, %Ln year(s) each…", nullptr, m_options.trials);
    else if (m_cancelled)
        text = tr("Cancelled.");
    else if (m_results.size() == 2)
        //: Common random numbers: both sides meet the same random draws in each simulated year.
        text = tr("%Ln simulated year(s) each, seed %1, the same draws on both sides: the difference is the "
                  "scenario's, not chance.",
            nullptr, m_results.first().trials)
                   .arg(QString::number(m_results.first().seed));
    if (m_stale && m_results.size() == 2 && !isRunning())
        text += QLatin1Char(' ') + tr("The sides changed since: simulate again.");
    m_status->setText(text);
}

void ContinuityComparePanel::showTable()
{
    m_table->setRowCount(0);
    if (m_results.size() != 2)
        return;
    const ContinuityResult& base = m_results[0];
    const ContinuityResult& scenario = m_results[1];
    const auto addRow = [&](const QString& name, std::optional<double> baseOver, std::optional<double> scenarioOver,
                            double baseAle, double scenarioAle) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* nameItem = new QTableWidgetItem(name);
        m_table->setItem(row, ServiceColumn, nameItem);
        const auto probability
            = [](std::optional<double> p) { return p ? numberCell(formatProbability(*p), *p) : numberCell(QString()); };
        m_table->setItem(row, BaseOverRtoColumn, probability(baseOver));
        m_table->setItem(row, ScenarioOverRtoColumn, probability(scenarioOver));
        if (baseOver && scenarioOver) {
            const double delta = *scenarioOver - *baseOver;
            m_table->setItem(row, OverRtoDeltaColumn,
                deltaCell(formatSignedProbability(delta), delta, std::round(delta * 1000.0) == 0));
        } else {
            m_table->setItem(row, OverRtoDeltaColumn, numberCell(QString()));
        }
        m_table->setItem(row, BaseAleColumn, numberCell(formatYen(baseAle), baseAle));
        m_table->setItem(row, ScenarioAleColumn, numberCell(formatYen(scenarioAle), scenarioAle));
        const double delta = scenarioAle - baseAle;
        m_table->setItem(row, AleDeltaColumn, deltaCell(formatSignedYen(delta), delta, std::round(delta) == 0));
        return nameItem;
    };
    QTableWidgetItem* ward
        = addRow(tr("The ward (every asset)"), std::nullopt, std::nullopt, base.total.ale, scenario.total.ale);
    QFont bold = ward->font();
    bold.setBold(true);
    for (int c = 0; c < ColumnCount; ++c)
        m_table->item(0, c)->setFont(bold);

    // The services of either side, the largest change of the ALE first.
    struct Row {
        QString id;
        QString name;
        const AssetContinuity* base = nullptr;
        const AssetContinuity* scenario = nullptr;
        double delta() const { return (scenario ? scenario->ale : 0) - (base ? base->ale : 0); }
    };
    QList<Row> rows;
    QHash<QString, qsizetype> at;
    const auto collect = [&](const Model& model, const ContinuityResult& result, bool isBase) {
        const ModelIndex index(model);
        for (const AssetContinuity& a : result.assets) {
            const qsizetype i = index.assets.value(a.id, -1);
            if (i < 0 || !model.assets[i].continuity)
                continue;
            qsizetype r = at.value(a.id, -1);
            if (r < 0) {
                r = rows.size();
                at.insert(a.id, r);
                rows.append({a.id, forms::idAndName(a.id, model.assets[i].name)});
            }
            (isBase ? rows[r].base : rows[r].scenario) = &a;
        }
    };
    collect(m_baseModel, base, true);
    collect(m_scenarioModel, scenario, false);
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        return std::abs(a.delta()) != std::abs(b.delta()) ? std::abs(a.delta()) > std::abs(b.delta()) : a.id < b.id;
    });
    for (const Row& r : std::as_const(rows)) {
        QTableWidgetItem* name
            = addRow(r.name, r.base ? r.base->pOverRto : std::nullopt, r.scenario ? r.scenario->pOverRto : std::nullopt,
                r.base ? r.base->ale : 0, r.scenario ? r.scenario->ale : 0);
        name->setData(Qt::UserRole, r.id);
    }
}

void ContinuityComparePanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale && !m_cancelled && !isRunning())
        run();
}

void ContinuityComparePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace mamori
