#pragma once

// Edits one threat: its name in Japanese and English, category, likelihood (blank: the default 3),
// the dimensions it harms, the asset types and tiers it applies to, and its source. OK applies the
// whole threat as one undoable edit ("Edit threat T1-01").

#include "editors/ItemEditorDialog.h"
#include "widgets/FormFields.h"
#include "widgets/NumberField.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace mamori {

class ThreatEditorDialog : public ItemEditorDialog {
    Q_OBJECT

public:
    /// Edits item `index` of the document's threats (it must exist).
    ThreatEditorDialog(ProjectDocument* document, qsizetype index, QWidget* parent = nullptr);

protected:
    Change change() const override;

private:
    Threat m_original;
    QLineEdit* m_id = nullptr;
    QLineEdit* m_nameJa;
    QLineEdit* m_nameEn;
    QComboBox* m_category;
    NumberField* m_likelihood;
    std::array<QCheckBox*, 3> m_dimensions {};
    CheckList* m_types;
    CheckList* m_tiers;
    QLineEdit* m_source;
};

} // namespace mamori
