#pragma once

#include <QString>
#include <QStringList>

class QTranslator;

namespace mamori {

/// Installs Mamori's and Qt's own translations for `code` ("ja" or "en"), replacing the ones
/// installed before, and sets the display language of names. Widgets get a LanguageChange event.
void installLanguage(const QString& code);

/// The files to try, in order, for Qt's own translations (standard buttons, file dialogs) in `lang`:
/// in each folder first qt_<lang>.qm, what windeployqt ships (Qt's modules merged into one file),
/// then qtbase_<lang>.qm, what a Qt installation and Linux distributions have. The first that
/// loads is used.
QStringList qtTranslationCandidates(const QString& lang, const QStringList& folders);

/// Where Qt's own translations are looked for: the `translations` folder beside the executable
/// first (a deployed copy, made for the Qt libraries shipped with it; Qt does not look there when
/// windeployqt wrote no qt.conf), then the translations of the Qt installation.
QStringList qtTranslationFolders();

/// Loads into `translator` the first of qtTranslationCandidates(lang, folders) that exists and
/// loads; returns its path, empty when none did.
QString loadQtTranslation(QTranslator& translator, const QString& lang, const QStringList& folders);

/// Sends every widget a LanguageChange, so each shows its texts anew: after a setting that changes
/// how texts read (the date style) without changing the language.
void showTextsAnew();

/// "ja" or "en": the language installed last.
QString currentLanguageCode();

/// The language to start in: the saved choice, else the system's when it is Japanese or English,
/// else Japanese.
QString startupLanguageCode();

/// The font family for Japanese text on this platform (Yu Gothic UI or Meiryo on Windows, Noto Sans
/// CJK JP elsewhere), so that kanji are not drawn with Chinese glyph forms.
QString japaneseFontFamily();

} // namespace mamori
