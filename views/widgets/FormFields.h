#pragma once

// Small builders shared by the editors and pages: plain-text labels, hints, combos of the model's
// units and of an enum's translated names, and "ID  name" for lists of the model's items.

#include "EnumNames.h"
#include "Model.h"
#include "widgets/CheckList.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

class QHBoxLayout;
class QLabel;
class QLineEdit;

namespace mamori {

namespace forms {

/// A label that never interprets its text as rich text (names come from model files).
QLabel* plainLabel(const QString& text, QWidget* parent);
/// A form label whose mnemonic (&L) focuses `buddy`, for rows whose field is a layout.
QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent);
/// Where a dialog says why it refuses what was entered: plain text (it may quote a name), word-wrapped,
/// dark red, hidden until there is something to say; object name "errorMessage" for the tests.
QLabel* errorLabel(QWidget* parent);
/// A hint under an input: smaller, muted, word-wrapped.
QLabel* hintLabel(const QString& text, QWidget* parent);
/// `field` with its unit after it (an amount and "yen"), left-aligned, as a form row's field.
QHBoxLayout* withUnit(QWidget* field, const QString& unit, QWidget* parent);
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

} // namespace forms

} // namespace mamori
