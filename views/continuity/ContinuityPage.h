#pragma once

// The continuity page (継続性, RISK-MODEL.md 10): how often and how long the ward's services stop in a
// simulated year, along the dependency graph with its redundancy. A table of the services (assets
// with a continuity record) with the probability of an outage, the expected hours down a year, the
// probability that the longest outage exceeds the target recovery time and the annual loss
// expectancy; the ward's annual loss (expectation and percentiles); the loss exceedance curve and
// the histogram of the annual loss.
//
// The simulation runs on a worker (ContinuityRunner) with progress and Cancel, on the model the views
// show (the active scenario's, if any) and its live assessment. After a change of the model it runs
// again a second later (a burst of typing costs one run), and only while the page is shown: a hidden
// page catches up when shown. The numbers shown are always those of one complete run, with its
// trials and seed; a cancelled run leaves the last complete one in place.

#include "engine/Continuity.h"

#include <QTimer>
#include <QWidget>

class QChartView;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;
class QTableWidget;

namespace mamori {

class ContinuityRunner;
class FilterStatus;
class ProjectDocument;
class TextFilterProxy;

class ContinuityPage : public QWidget {
    Q_OBJECT

public:
    /// Columns of serviceModel().
    enum Column {
        ServiceColumn,
        RtoColumn,
        LossPerHourColumn,
        OutageColumn,
        HoursColumn,
        OverRtoColumn,
        AleColumn,
        ColumnCount
    };
    /// Rows of totalsTable(): the ward's annual loss.
    enum TotalsRow { AleRow, SdRow, P50Row, P90Row, P95Row, P99Row, TotalsRowCount };
    /// Role under which the services give numbers to sort by (a service without RTO sorts first).
    static constexpr int SortRole = Qt::UserRole + 1;
    /// Debounce after a change of the model.
    static constexpr int kDelayMs = 1000;

    explicit ContinuityPage(ProjectDocument* document, QWidget* parent = nullptr);
    ~ContinuityPage() override;

    /// The last complete run (trials 0 before the first).
    const ContinuityResult& result() const { return m_result; }
    bool isRunning() const;
    ContinuityOptions options() const;
    void setTrials(int trials);
    void setSeed(int seed);

    /// Simulates the model shown now (the Run button): at once if its assessment is current, else as
    /// soon as it is.
    void run();
    /// Stops the run in flight (the Cancel button); the last complete result stays.
    void cancel();

    QStandardItemModel* serviceModel() const { return m_services; }
    QTableView* serviceView() const { return m_view; }
    QTableWidget* totalsTable() const { return m_totals; }
    QChartView* curveView() const { return m_curve; }
    QChartView* histogramView() const { return m_histogram; }
    /// The window's text filter, over the services.
    void setFilterText(const QString& text);

signals:
    /// The user asked to clear the filter (the link under an empty result).
    void filterClearRequested();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createLayout();
    void retranslate();
    /// The model changed: run again after kDelayMs if shown, else when shown next.
    void markStale();
    /// Starts when the assessment has caught up with the model.
    void startWhenAssessed();
    void finished(const ContinuityResult& result);
    void updateStatus();
    void showResult();
    void showTotals();
    void showServices();
    void showCharts();
    void updateFilterStatus();

    ProjectDocument* m_document;
    ContinuityRunner* m_runner;
    QTimer m_delay;
    bool m_stale = true; ///< the model changed since the numbers shown were simulated
    bool m_waitingForAssessment = false;
    bool m_cancelled = false;
    ContinuityResult m_result;
    Model m_resultModel; ///< the model m_result was simulated on (names, RTO, loss per hour)
    Model m_runModel; ///< the model of the run in flight: m_resultModel once it finishes

    QLabel* m_trialsLabel;
    QSpinBox* m_trials;
    QLabel* m_seedLabel;
    QSpinBox* m_seed;
    QPushButton* m_runButton;
    QPushButton* m_cancelButton;
    QProgressBar* m_progress;
    QLabel* m_status;
    QLabel* m_note;
    QLabel* m_totalsLabel;
    QTableWidget* m_totals;
    QChartView* m_curve;
    QChartView* m_histogram;
    QLabel* m_servicesLabel;
    QStandardItemModel* m_services;
    TextFilterProxy* m_proxy;
    FilterStatus* m_filterStatus;
    QTableView* m_view;
};

} // namespace mamori
