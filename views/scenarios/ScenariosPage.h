#pragma once

// The scenario manager: the project's scenarios as a tree by base (the baseline at the
// root), create from the baseline or from another scenario, rename, describe, duplicate, delete, show
// (make active), compare, adopt; the quick what-ifs (an asset fails, a control is removed, the plan's
// budget is cut); and the selected scenario's list of changes, each of which can be reverted.
//
// Every change to the list of scenarios is one undo step (ProjectDocument::editScenarios); showing a
// scenario is not. Invariant: the tree is rebuilt from the baseline whenever its scenarios change.

#include "Scenario.h"
#include "document/ProjectDocument.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace mamori {

struct UserEdit;

class ScenariosPage : public QWidget {
    Q_OBJECT

public:
    explicit ScenariosPage(ProjectDocument* document, QWidget* parent = nullptr);

    /// Creates a scenario based on `base` (empty: the baseline) as one undo step; returns its id, or
    /// an empty string after telling the user why not.
    QString createScenario(const QString& base, const QString& name, const QList<ScenarioChange>& changes = {},
        const QString& description = {});
    /// The same for a scenario an edit function built (document/Edits.h).
    QString createScenario(const UserEdit& creation);
    /// The scenario selected in the tree; empty for the baseline or nothing.
    QString selectedScenario() const;
    void selectScenario(const QString& id);
    /// Removes changes `rows` of scenario `id` as one undo step; false (after telling the user) when
    /// the scenario would no longer apply without them.
    bool revertChanges(const QString& id, const QList<int>& rows);
    /// Asks (when `ask`), then adopts scenario `id`; false when refused or cancelled. The question
    /// offers to mark done, in the same undo step, the plan actions whose controls the scenario
    /// implements (checked by default); without asking, no action is marked.
    bool adopt(const QString& id, bool ask = true);

    /// The quick what-ifs, each a new scenario on top of what is shown now, which becomes active.
    QString whatIfAssetFails(const QString& assetId);
    QString whatIfControlRemoved(const QString& controlId);
    /// Two scenarios, the plan fully funded and at `percent` % of its initial cost; returns the second.
    QString whatIfBudgetCut(int percent);
    /// "A redundant supply is added" for dependency row `dependency` of the model shown (a second
    /// power line or host beside the one it depends on); compares it with its base. The new
    /// scenario's id, empty when refused.
    QString whatIfRedundantSupply(int dependency);

    QTreeWidget* tree() const { return m_tree; }
    QTableWidget* changesTable() const { return m_changes; }

signals:
    /// Compare `scenario` against `base` (empty: the baseline).
    void compareRequested(const QString& base, const QString& scenario);
    /// Show what depends on `assetId` in the dependency graph.
    void blastRadiusRequested(const QString& assetId);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    void retranslate();
    void rebuildTree();
    void showSelected();
    void updateActions();
    void applyName();
    void applyDescription();
    void duplicateSelected();
    void deleteSelected();
    void askAssetFails();
    void askControlRemoved();
    void askBudgetCut();
    void askRedundantSupply();
    /// What adopting `s` changes, for the confirmation; `completed` are the plan actions it carries out.
    QString adoptionSummary(
        const Scenario& s, const ProjectDocument::Adoption& adoption, const QStringList& completed) const;
    bool refuse(const QString& error);
    const Scenario* scenario(const QString& id) const;
    QString scenarioName(const QString& id) const;

    ProjectDocument* m_document;
    QTreeWidget* m_tree;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_descriptionLabel;
    QPlainTextEdit* m_description;
    QLabel* m_base;
    QLabel* m_changesLabel;
    QTableWidget* m_changes;
    QPushButton* m_revert;
    QAction* m_new = nullptr;
    QAction* m_newFrom = nullptr;
    QAction* m_duplicate = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_show = nullptr;
    QAction* m_baseline = nullptr;
    QAction* m_compare = nullptr;
    QAction* m_adopt = nullptr;
    QAction* m_assetFails = nullptr;
    QAction* m_controlRemoved = nullptr;
    QAction* m_budgetCut = nullptr;
    QAction* m_redundantSupply = nullptr;
    QPushButton* m_whatIf = nullptr;
};

} // namespace mamori
