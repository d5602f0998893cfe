#pragma once

// Edits one action of the risk response plan: its title in both languages, the controls it introduces,
// the risks it targets, the responsible unit and the assignee, start and due dates (due not before
// start, RISK-MODEL.md 2), status, progress (0 to 100 %, or blank) and its initial and annual costs in
// yen. OK applies the whole action as one undoable edit ("Edit plan action P-01"); an invalid value
// is refused with the reason and the dialog stays open.

#include "editors/ItemEditorDialog.h"
#include "widgets/FormFields.h"
#include "widgets/NumberField.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTabWidget;

namespace mamori {

class PlanActionEditorDialog : public ItemEditorDialog {
    Q_OBJECT

public:
    /// Edits item `index` of the document's plan actions (it must exist).
    PlanActionEditorDialog(ProjectDocument* document, qsizetype index, QWidget* parent = nullptr);

protected:
    Change change() const override;

private:
    QWidget* createBasicPage();
    QWidget* createControlsPage();
    QWidget* createRisksPage();
    /// A date input with a calendar, in the form of the window's other date inputs.
    QDateEdit* dateEdit(QDate date, const char* name, QWidget* parent) const;
    /// Choosing "done" fills in 100 % when no progress was given or less: the two say the same then.
    void statusChosen();
    void updateTabTitles();

    PlanAction m_original;
    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_titleJa = nullptr;
    QLineEdit* m_titleEn = nullptr;
    QComboBox* m_owner = nullptr;
    QLineEdit* m_assignee = nullptr;
    QDateEdit* m_start = nullptr;
    QDateEdit* m_due = nullptr;
    QComboBox* m_status = nullptr;
    NumberField* m_progress = nullptr;
    NumberField* m_costInitial = nullptr;
    NumberField* m_costAnnual = nullptr;
    CheckList* m_controls = nullptr;
    CheckList* m_risks = nullptr;
};

} // namespace mamori
