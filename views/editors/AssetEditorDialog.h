#pragma once

// Edits one asset: names, type, tier, owner, gateway, description, classification per dimension
// (a level of the impact table, or none) and explicit impact (1 to 5, or blank to use the
// classification). For orientation it lists, read-only, what the asset depends on and what depends
// on it, and its attributes (the columns of a ward's inventory that no field takes, kept as written by
// the import) as an editable table of headings and values. Its service continuity (RISK-MODEL.md 10):
// whether it is a service, its target recovery time and the loss of an hour down, and for each group
// of alternative dependencies (two power lines) how many it needs up. OK applies the whole asset as
// one undoable edit ("Edit asset A-JUKI").

#include "editors/ItemEditorDialog.h"
#include "widgets/FormFields.h"
#include "widgets/NumberField.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;
class QTreeWidget;

namespace mamori {

class AssetEditorDialog : public ItemEditorDialog {
    Q_OBJECT

public:
    /// Edits item `index` of the document's assets (it must exist).
    AssetEditorDialog(ProjectDocument* document, qsizetype index, QWidget* parent = nullptr);

protected:
    Change change() const override;

private:
    QWidget* createDependencies(QWidget* parent);
    QWidget* createAttributes(QWidget* parent);
    QWidget* createContinuity(QWidget* parent);
    /// The continuity and the need per group as the inputs give them, or why not.
    Change readContinuity(Asset& asset) const;
    /// The attributes as the table holds them, or why not (a heading missing or written twice).
    std::optional<QMap<QString, QString>> readAttributes(QString* error) const;
    /// The impact fields' placeholders say what a blank gives: the chosen level's impact, or 1.
    void updateImpactPlaceholders();

    Asset m_original;
    QLineEdit* m_id = nullptr;
    QLineEdit* m_nameJa;
    QLineEdit* m_nameEn;
    QComboBox* m_type;
    QComboBox* m_tier;
    QComboBox* m_owner;
    QCheckBox* m_gateway;
    QPlainTextEdit* m_description;
    QString m_descriptionShown; ///< the description as the editor shows it, before any typing
    std::array<QComboBox*, 3> m_classification {};
    std::array<NumberField*, 3> m_impact {};
    QTableWidget* m_attributes = nullptr;
    QCheckBox* m_isService = nullptr;
    NumberField* m_rto = nullptr;
    NumberField* m_lossPerHour = nullptr;
    /// The groups of this asset's dependencies, in the order shown, with the input of each one's need.
    QList<std::pair<QString, QSpinBox*>> m_needs;
};

} // namespace mamori
