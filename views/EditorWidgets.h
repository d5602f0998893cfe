#pragma once

// Pieces shared by the item editor dialogs (threat, control, asset): a number field that may be left
// blank, a checklist with an optional search box, and the dialog base that turns the inputs into one
// undoable edit of the document.
//
// Invariant of every editor: an input the user did not touch gives back exactly the value the dialog
// was opened with (the same double, the same list order), so OK without changes adds no undo step and
// changing one field changes that field only.

#include "EnumNames.h"
#include "ModelEdit.h"

#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QStringList>
#include <QWidget>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;

namespace mamori {

class ProjectDocument;

/// A number that may be blank (then the field's default applies; the placeholder says which).
/// Shown in the locale's form; accepts full-width digits, and for amounts grouping commas and 円/¥.
class NumberField : public QLineEdit {
    Q_OBJECT

public:
    /// `grouped`: an amount of yen, shown with digit grouping (1,200,000).
    NumberField(double minimum, double maximum, bool grouped, QWidget* parent = nullptr);

    void setValue(std::optional<double> value);

    /// What was typed: nothing for blank, or an error message naming `fieldName`.
    struct Read {
        std::optional<double> value;
        QString error;
    };
    Read read(const QString& fieldName) const;

private:
    QString format(double value) const;
    std::optional<double> parse(const QString& text, bool& ok) const;

    double m_minimum;
    double m_maximum;
    bool m_grouped;
    std::optional<double> m_initial;
    QString m_initialText;
};

/// Checkable items (assets, controls, asset types, tiers), each with a key, optionally with a search
/// box, a count of what is checked and "show only the checked ones" for long lists.
class CheckList : public QWidget {
    Q_OBJECT

public:
    CheckList(bool searchable, QWidget* parent = nullptr);

    /// Names the list `name`, its search box `name + "Search"` (for tests and accessibility).
    void setNames(const QString& name);
    void addItem(const QString& key, const QString& text);
    void setChecked(const QStringList& keys);
    /// The checked keys: those of `keep` that are still checked, in keep's order, then the newly
    /// checked ones in list order; so an untouched list gives `keep` back as it was.
    QStringList checkedKeys(const QStringList& keep = {}) const;
    /// Makes the list exactly as tall as its items (for short, fixed vocabularies).
    void fitToContents();
    QListWidget* list() const { return m_list; }

signals:
    void checkedChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFilter();
    void updateCount();

    QListWidget* m_list;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_onlyChecked = nullptr;
    QLabel* m_count = nullptr;
};

/// A dialog that edits one item of the document. OK applies the inputs as one undoable edit; when
/// the inputs cannot be read or the document refuses the edit, the reason is shown in the dialog and
/// it stays open with everything the user typed.
class ItemEditorDialog : public QDialog {
    Q_OBJECT

public:
    ProjectDocument* document() const { return m_document; }
    /// Whether OK changed the model (false when cancelled or when nothing was changed).
    bool applied() const { return m_applied; }
    /// The message shown for the last refused OK; empty when none.
    QString errorMessage() const;

    void accept() override;

protected:
    ItemEditorDialog(ProjectDocument* document, QWidget* parent);

    /// What OK would apply: the undo text and the edits, or why it cannot and the input to fix.
    struct Change {
        QString text;
        QList<ModelEdit> edits;
        QString error;
        QWidget* at = nullptr;
    };
    static Change refuse(const QString& error, QWidget* at) { return {{}, {}, error, at}; }
    virtual Change change() const = 0;

    /// Puts `body` above the message line and the OK and Cancel buttons.
    void setBody(QWidget* body);
    /// Opens at least `minimum` large and as tall as the content needs at that width.
    void fitToContent(QSize minimum);

private:
    /// Shows why OK did not apply; `at`, the input to fix, gets the focus (its tab is brought forward).
    void showError(const QString& message, QWidget* at = nullptr);
    /// Grows the height to what the layout needs at the current width. Word-wrapped hints make the
    /// needed height depend on the width, which a window's minimum size does not follow by itself:
    /// without this, the checklists above a new message would be squeezed and cut off.
    void growToContent();

    ProjectDocument* m_document;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    bool m_applied = false;
};

namespace editors {

/// A label that never interprets its text as rich text (names come from model files).
QLabel* plainLabel(const QString& text, QWidget* parent);
/// A form label whose mnemonic (&L) focuses `buddy`, for rows whose field is a layout.
QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent);
/// A hint under an input: smaller, muted, word-wrapped.
QLabel* hintLabel(const QString& text, QWidget* parent);
/// What a name field holds: the original when unchanged, else the text without outer spaces.
QString editedText(const QLineEdit* edit, const QString& original);
/// A combo of the organization's units, "(none)" first; data is the unit id. An id that is not a
/// unit of the model is kept as an item of its own, so opening and confirming never loses it.
QComboBox* orgUnitCombo(const Model& model, const QString& current, QWidget* parent);
/// The selected item's data as a string.
QString comboKey(const QComboBox* combo);
/// "ID  name" for lists of the model's items.
QString idAndName(const QString& id, const LocalizedText& name);

/// A combo of an enum's translated names; data is the interchange key.
template <typename E> QComboBox* enumCombo(E current, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    for (const auto& [value, key] : EnumKeys<E>::table) {
        combo->addItem(EnumNames::name(value), QString::fromLatin1(key));
        if (value == current)
            combo->setCurrentIndex(combo->count() - 1);
    }
    return combo;
}

template <typename E> E enumValue(const QComboBox* combo, E fallback)
{
    return fromKey<E>(comboKey(combo)).value_or(fallback);
}

/// Every value of an enum as a checkable item of `list`, in declaration order.
template <typename E> void addEnumItems(CheckList* list)
{
    for (const auto& [value, key] : EnumKeys<E>::table)
        list->addItem(QString::fromLatin1(key), EnumNames::name(value));
}

template <typename E> QStringList enumKeys(const QList<E>& values)
{
    QStringList out;
    for (E value : values)
        out.append(toKey(value));
    return out;
}

template <typename E> QList<E> enumsFromKeys(const QStringList& keys)
{
    QList<E> out;
    for (const QString& key : keys) {
        if (const std::optional<E> value = fromKey<E>(key))
            out.append(*value);
    }
    return out;
}

} // namespace editors

} // namespace mamori
