#pragma once

// The budget optimizer in the window: a budget for initial cost and optionally
// for annual cost; the search runs on a worker thread with a cancel button; the result says what
// was chosen, what each chosen action contributes, and why each other one was left out. The choice
// can be applied to the plan (the chosen actions' controls that are not planned yet become planned:
// edits::planChosenActions) or kept as a scenario that carries the chosen actions out, to compare
// with the baseline; either closes the dialog and leaves outcome() to tell the user.
//
// Ownership: owns its one-thread pool and waits for (a cancelled) search when closed.

#include "engine/Plan.h"

#include <QDialog>
#include <QThreadPool>

#include <atomic>
#include <memory>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace mamori {

class ProjectDocument;

class OptimizerDialog : public QDialog {
    Q_OBJECT

public:
    explicit OptimizerDialog(ProjectDocument* document, QWidget* parent = nullptr);
    ~OptimizerDialog() override;

    /// Runs the search now, on this thread (tests), with the budgets set in the dialog.
    void runNow();
    const std::optional<Optimization>& result() const { return m_result; }
    QTableWidget* table() const { return m_table; }
    QDoubleSpinBox* budget() const { return m_budget; }
    QDoubleSpinBox* annualBudget() const { return m_annual; }
    QCheckBox* limitAnnual() const { return m_limitAnnual; }
    QPushButton* applyButton() const { return m_apply; }
    QPushButton* scenarioButton() const { return m_makeScenario; }
    /// What "Apply to the plan" or "Make a scenario" did, for the status bar; empty otherwise.
    QString outcome() const { return m_outcome; }
    /// The scenario "Make a scenario" created; empty otherwise.
    QString createdScenario() const { return m_createdScenario; }

signals:
    /// The user asked to see an action in the plan.
    void actionActivated(const QString& id);

protected:
    void reject() override;

private:
    BudgetLimits limits() const;
    void start();
    void cancel();
    void finished(const Optimization& result);
    void setRunning(bool running);
    void applyToPlan();
    void makeScenario();
    /// Shows why the choice could not be kept; the dialog stays open.
    void showRefusal(const QString& why);

    ProjectDocument* m_document;
    QDoubleSpinBox* m_budget;
    QCheckBox* m_limitAnnual;
    QDoubleSpinBox* m_annual;
    QPushButton* m_run;
    QPushButton* m_cancel;
    QPushButton* m_apply;
    QPushButton* m_makeScenario;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QTableWidget* m_table;
    std::optional<Optimization> m_result;
    QString m_outcome;
    QString m_createdScenario;
    QThreadPool m_pool;
    std::shared_ptr<std::atomic_bool> m_stop;
};

} // namespace mamori
