#include "window/SettingsDialog.h"

#include "Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSettings>
#include <QSpinBox>

namespace mamori {

namespace {
const QString kAutosaveKey = QStringLiteral("autosave/seconds");
}

int SettingsDialog::autosaveSeconds()
{
    return qBound(10, QSettings().value(kAutosaveKey, 60).toInt(), 3600);
}

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_autosave(new QSpinBox(this))
{
    setWindowTitle(tr("Settings"));
    m_language->setObjectName(QStringLiteral("languageChoice"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(m_language->findData(currentLanguageCode()));
    m_autosave->setRange(10, 3600);
    m_autosave->setSuffix(tr(" s"));
    m_autosave->setValue(autosaveSeconds());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Recovery copy of unsaved work every:"), m_autosave);
    form->addRow(buttons);
}

void SettingsDialog::accept()
{
    QSettings settings;
    settings.setValue(kAutosaveKey, m_autosave->value());
    const QString language = m_language->currentData().toString();
    settings.setValue(QStringLiteral("ui/language"), language);
    if (language != currentLanguageCode())
        installLanguage(language);
    QDialog::accept();
}

} // namespace mamori
