#pragma once

// Edits one asset: names, type, tier, owner, gateway, description, classification per dimension
// (a level of the impact table, or none) and explicit impact (1 to 5, or blank to use the
// classification). For orientation it lists, read-only, what the asset depends on and what depends
// on it, and its attributes (the columns of a ward's inventory that no field takes, kept as written by
// the import) as an editable table of headings and values. OK applies the whole asset as one
// undoable edit ("Edit asset A-JUKI").

#include "editors/ItemEditorDialog.h"
#include "widgets/FormFields.h"
#include "widgets/NumberField.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
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
};

} // namespace mamori
