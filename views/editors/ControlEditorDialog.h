#pragma once

// Edits one control: names, group, status, effectiveness (blank: the default 0.5), effect, the
// threats and threat categories it mitigates (each with an optional reduction), its scope (every
// asset, a list of assets, or asset types and tiers), the controls it requires, its costs and owner,
// and its status in single org units (status_by_unit, RISK-MODEL.md 3.4).
// OK applies the whole control as one undoable edit ("Edit control K6-01"); a `requires` cycle or any
// other invalid value is refused with the model's validation message, and the dialog stays open.

#include "editors/ItemEditorDialog.h"
#include "widgets/FormFields.h"
#include "widgets/NumberField.h"

class QButtonGroup;
class QComboBox;
class QLineEdit;
class QTableWidget;
class QTabWidget;

namespace mamori {

class ControlEditorDialog : public ItemEditorDialog {
    Q_OBJECT

public:
    /// Edits item `index` of the document's controls (it must exist).
    ControlEditorDialog(ProjectDocument* document, qsizetype index, QWidget* parent = nullptr);

    /// The columns of the mitigates table (objectName "mitigates"): each row holds a QComboBox
    /// (threat or category), a NumberField (reduction) and a remove button as cell widgets.
    enum MitigatesColumn { TargetColumn, ReductionColumn, RemoveColumn };
    /// The scope choices (buttons "scopeAll", "scopeAssets", "scopeFilter").
    enum ScopeChoice { ScopeAll, ScopeAssets, ScopeFilter };
    /// The columns of the status-by-unit table (objectName "unitStatuses"): a QComboBox of the org
    /// units, a QComboBox of the statuses and a remove button as cell widgets.
    enum UnitStatusColumn { UnitColumn, UnitStatusColumn, UnitRemoveColumn };

protected:
    Change change() const override;

private:
    QWidget* createBasicPage();
    QWidget* createMitigatesPage();
    QWidget* createScopePage();
    QWidget* createRequiresPage();
    QWidget* createUnitStatusPage();
    /// Appends a row for `unit` (empty: a row to fill in) at `status`.
    void addUnitStatusRow(const QString& unit, ControlStatus status);
    void removeUnitStatusRow(const QWidget* removeButton);
    struct UnitStatuses {
        QMap<QString, ControlStatus> entries;
        QString error;
        QWidget* at = nullptr;
    };
    UnitStatuses unitStatuses() const;
    /// Appends a row showing `entry`; an entry naming nothing gives an empty row to fill in.
    void addMitigationRow(const Mitigation& entry);
    void removeMitigationRow(const QWidget* removeButton);
    void updateReductionPlaceholders();
    void updateTabTitles();
    /// The mitigates entries the table describes, or why it cannot be read.
    struct Mitigations {
        QList<Mitigation> entries;
        QString error;
        QWidget* at = nullptr; ///< the cell to fix
    };
    Mitigations mitigations() const;

    Control m_original;
    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_id = nullptr;
    QLineEdit* m_nameJa = nullptr;
    QLineEdit* m_nameEn = nullptr;
    QComboBox* m_group = nullptr;
    QComboBox* m_status = nullptr;
    NumberField* m_effectiveness = nullptr;
    QComboBox* m_effect = nullptr;
    NumberField* m_costInitial = nullptr;
    NumberField* m_costAnnual = nullptr;
    QComboBox* m_owner = nullptr;
    QLineEdit* m_source = nullptr;
    QTableWidget* m_mitigates = nullptr;
    QButtonGroup* m_scopeChoice = nullptr;
    CheckList* m_scopeAssets = nullptr;
    CheckList* m_scopeTypes = nullptr;
    CheckList* m_scopeTiers = nullptr;
    CheckList* m_requires = nullptr;
    QTableWidget* m_unitStatuses = nullptr;
};

} // namespace mamori
