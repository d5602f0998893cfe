#pragma once

// The risk response policy page: the risk acceptance criteria (appetite and level
// bands) edited in place with their effect at once; the risks above the appetite (or all) with
// the suggested and decided responses; decisions on one risk or a filtered selection in one undo
// step; proposals of controls for a risk to mitigate, turned into a plan action in one step.

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace mamori {

class FilterStatus;
class ProjectDocument;
class ResponsePolicyModel;
class ResponsePolicyProxy;
struct Response;

class ResponsePolicyPage : public QWidget {
    Q_OBJECT

public:
    explicit ResponsePolicyPage(ProjectDocument* document, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    ResponsePolicyModel* policyModel() const { return m_model; }
    ResponsePolicyProxy* proxy() const { return m_proxy; }
    void setFilterText(const QString& text);
    /// Makes the risk current (clearing filters that hide it); false when it is not exposed.
    bool selectRisk(const QString& asset, const QString& threat);
    /// Source rows selected, ascending.
    QList<int> selectedRows() const;

    /// Records `decision` (its asset and threat are replaced per row) for every row in one undo
    /// step; an empty string on success, else why nothing changed (tests call it directly).
    QString decide(const QList<int>& rows, const Response& decision);
    /// Removes the decisions of `rows` (back to the suggested response).
    QString clearDecisions(const QList<int>& rows);

public slots:
    void openDecideDialog();
    void openProposals();

signals:
    void riskSelected(const QString& asset, const QString& threat);
    void editFailed(const QString& message);
    /// The page's filters were cleared: the window's filter box empties too.
    void filterClearRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    /// The risks of `rows` named for the decide dialog (the first few, then how many more).
    QString decidedRisksText(const QList<int>& rows) const;
    void retranslate();
    void refreshCriteria();
    void refreshWarnings();
    void commitCriteria();
    /// Shows every risk: the check boxes off and the text filter cleared (the window's box too).
    void clearFilters();

    ProjectDocument* m_document;
    ResponsePolicyModel* m_model;
    ResponsePolicyProxy* m_proxy;
    QTableView* m_view;
    QLabel* m_appetiteLabel;
    QDoubleSpinBox* m_appetite;
    QList<QDoubleSpinBox*> m_bands;
    QCheckBox* m_aboveOnly;
    QCheckBox* m_undecidedOnly;
    QLabel* m_warning;
    QLabel* m_count;
    FilterStatus* m_filterStatus;
    QPushButton* m_decide;
    QPushButton* m_clear;
    QPushButton* m_propose;
};

} // namespace mamori
