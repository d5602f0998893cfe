#include "window/SettingsDialog.h"

#include "Clock.h"
#include "DisplayDate.h"
#include "JapaneseCalendar.h"
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
    , m_dateStyle(new QComboBox(this))
    , m_autosave(new QSpinBox(this))
{
    setWindowTitle(tr("Settings"));
    m_language->setObjectName(QStringLiteral("languageChoice"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_shownLanguage = currentLanguageCode();
    m_language->setCurrentIndex(m_language->findData(m_shownLanguage));
    // Each choice shows today's date as it would read, so the officer need not know the words.
    const QDate today = Clock::today();
    m_dateStyle->setObjectName(QStringLiteral("dateStyleChoice"));
    m_dateStyle->addItem(tr("Japanese era (%1)").arg(japaneseEraDate(today)), int(DateStyle::Era));
    m_dateStyle->addItem(tr("Western (%1)").arg(today.toString(QStringLiteral("yyyy/MM/dd"))), int(DateStyle::Western));
    m_dateStyle->setCurrentIndex(m_dateStyle->findData(int(dateStyle())));
    m_dateStyle->setToolTip(tr("How the Japanese window shows dates. The English window shows ISO dates "
                               "(2026-12-02). Either form can be typed."));
    m_autosave->setRange(10, 3600);
    m_autosave->setSuffix(tr(" s"));
    m_autosave->setValue(autosaveSeconds());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Dates in Japanese:"), m_dateStyle);
    form->addRow(tr("&Recovery copy of unsaved work every:"), m_autosave);
    form->addRow(buttons);
}

void SettingsDialog::accept()
{
    QSettings settings;
    settings.setValue(kAutosaveKey, m_autosave->value());
    // The language is saved only when the user chose another one here: a language given on the
    // command line (--lang) is for that run, and OK on this dialog must not make it permanent.
    const QString language = m_language->currentData().toString();
    const auto style = DateStyle(m_dateStyle->currentData().toInt());
    const bool styleChanged = style != dateStyle();
    if (styleChanged) {
        setDateStyle(style);
        saveDateStyle(style);
    }
    if (language != m_shownLanguage) {
        settings.setValue(QStringLiteral("ui/language"), language);
        installLanguage(language);
    } else if (styleChanged) {
        showTextsAnew(); // every view shows its dates anew
    }
    QDialog::accept();
}

} // namespace mamori
