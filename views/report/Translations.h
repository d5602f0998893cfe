#pragma once

#include <QString>

namespace mamori {

/// Installs Mamori's and Qt's own translations for `code` ("ja" or "en"), replacing the ones
/// installed before, and sets the display language of names. Widgets get a LanguageChange event.
void installLanguage(const QString& code);

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
