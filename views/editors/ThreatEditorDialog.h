#pragma once

// Edits one threat: its name in Japanese and English, category, likelihood (blank: the default 3),
// the dimensions it harms, the asset types and tiers it applies to, its source, and whether it causes
// outages (RISK-MODEL.md 10: events per year on each exposed asset, P5 and P95 of one event's hours).
// OK applies the whole threat as one undoable edit ("Edit threat T1-01").

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
    QWidget* createOutage(QWidget* parent);
    /// The outage as the inputs give it (nothing when the box is unchecked), or why not.
    std::optional<Outage> readOutage(Change& refusal) const;

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
    QCheckBox* m_causesOutage = nullptr;
    NumberField* m_outageRate = nullptr;
    NumberField* m_outageP5 = nullptr;
    NumberField* m_outageP95 = nullptr;
};

} // namespace mamori
