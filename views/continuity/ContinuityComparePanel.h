#pragma once

// Service continuity side by side for a comparison (the compare page's tab): both sides simulated
// with the same trials and seed, so that each trial meets the same random draws on both sides
// (common random numbers) and a difference is the scenario's, not noise. The ward's annual loss
// expectancy and, per service, the probability of exceeding the RTO and the ALE, base against
// scenario with the difference.
//
// The simulation runs on a worker (ContinuityRunner), when the panel is shown after its sides
// changed; Cancel stops it.

#include "continuity/ContinuityRunner.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace mamori {

class ContinuityComparePanel : public QWidget {
    Q_OBJECT

public:
    enum Column {
        ServiceColumn,
        BaseOverRtoColumn,
        ScenarioOverRtoColumn,
        OverRtoDeltaColumn,
        BaseAleColumn,
        ScenarioAleColumn,
        AleDeltaColumn,
        ColumnCount
    };

    explicit ContinuityComparePanel(QWidget* parent = nullptr);

    /// The two sides to compare (resolved models with their assessments); simulated when the panel
    /// is shown, at once if it is.
    void setSides(ContinuityInput base, ContinuityInput scenario);
    /// Nothing to compare (no scenario, or a side that does not resolve).
    void clearSides();
    ContinuityOptions options() const { return m_options; }
    void setOptions(const ContinuityOptions& options);

    /// Simulates both sides now (the Simulate button).
    void run();
    void cancel();
    bool isRunning() const { return m_runner->isRunning(); }
    /// The base's and the scenario's results of the last complete run; empty before one.
    const QList<ContinuityResult>& results() const { return m_results; }
    QTableWidget* table() const { return m_table; }

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void finished(const QList<ContinuityResult>& results);
    void showTable();
    void updateStatus();

    ContinuityRunner* m_runner;
    std::optional<std::pair<ContinuityInput, ContinuityInput>> m_sides;
    ContinuityOptions m_options;
    QList<ContinuityResult> m_results;
    Model m_baseModel; ///< the models m_results were simulated on (names, which assets are services)
    Model m_scenarioModel;
    std::pair<Model, Model> m_runModels; ///< the models of the run in flight: the two above once it finishes
    bool m_stale = false;
    bool m_cancelled = false;
    QPushButton* m_runButton;
    QPushButton* m_cancelButton;
    QProgressBar* m_progress;
    QLabel* m_status;
    QTableWidget* m_table;
};

} // namespace mamori
