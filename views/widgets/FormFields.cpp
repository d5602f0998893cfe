#include "widgets/FormFields.h"

#include "DisplayLanguage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QVBoxLayout>
#include <cmath>

namespace mamori {

namespace forms {

QLabel* plainLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    return label;
}

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

QLabel* errorLabel(QWidget* parent)
{
    QLabel* label = plainLabel(QString(), parent);
    label->setObjectName(QStringLiteral("errorMessage"));
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xB0, 0x00, 0x20));
    label->setPalette(palette);
    label->hide();
    return label;
}

QLabel* hintLabel(const QString& text, QWidget* parent)
{
    QLabel* label = plainLabel(text, parent);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
    return label;
}

QHBoxLayout* withUnit(QWidget* field, const QString& unit, QWidget* parent)
{
    auto* row = new QHBoxLayout;
    row->addWidget(field);
    row->addWidget(plainLabel(unit, parent));
    row->addStretch(1);
    return row;
}

QString editedText(const QLineEdit* edit, const QString& original)
{
    return edit->text() == original ? original : edit->text().trimmed();
}

QComboBox* orgUnitCombo(const Model& model, const QString& current, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->addItem(QCoreApplication::translate("mamori::FormFields", "(none)"), QString());
    for (const OrgUnit& unit : model.orgUnits) {
        const QString name = unit.name.text(displayLanguage());
        combo->addItem(name.isEmpty() ? unit.id : name, unit.id);
    }
    int index = combo->findData(current);
    if (index < 0) {
        combo->addItem(current, current);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
    return combo;
}

QString comboKey(const QComboBox* combo)
{
    return combo->currentData().toString();
}

QString idAndName(const QString& id, const LocalizedText& name)
{
    const QString text = name.text(displayLanguage());
    return text.isEmpty() ? id : QStringLiteral("%1  %2").arg(id, text);
}

} // namespace forms

} // namespace mamori
