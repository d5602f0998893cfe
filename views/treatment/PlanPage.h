#pragma once

// The risk response plan page: the plan register on top; below, the
// timeline by fiscal year and the projection (total residual and risks above appetite after each
// action in due order, each action's own reduction and its cost per point reduced); the budget
// optimizer from the tool bar.

#include <QWidget>

class QChart;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace mamori {

class PlanProjectionRunner;
class PlanTimeline;
class ProjectDocument;
class RegisterPage;

class PlanPage : public QWidget {
    Q_OBJECT

public:
    /// Shows `registerPage` (the plan register) as its upper half.
    PlanPage(ProjectDocument* document, RegisterPage* registerPage, QWidget* parent = nullptr);

    RegisterPage* registerPage() const { return m_register; }
    PlanProjectionRunner* projectionRunner() const { return m_runner; }
    PlanTimeline* timeline() const { return m_timeline; }
    QTableWidget* stepsTable() const { return m_steps; }

public slots:
    void openOptimizer();

signals:
    /// What an action on the page did, for the status bar (the optimizer's choice applied or kept).
    void statusMessage(const QString& message);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void refreshActions();
    void refreshProjection();
    void refreshOutageLoss(); ///< the column of the annual loss from outages after each action
    void refreshFiscalYears();
    void retranslate();
    void selectAction(const QString& id);

    ProjectDocument* m_document;
    RegisterPage* m_register;
    PlanProjectionRunner* m_runner;
    PlanTimeline* m_timeline;
    QComboBox* m_fiscalYear;
    QLabel* m_summary;
    QLabel* m_fiscalYearLabel;
    QTableWidget* m_steps;
    QChart* m_chart;
    QPushButton* m_optimize;
    QTabWidget* m_tabs;
};

} // namespace mamori
