#pragma once

#include <QString>

namespace mamori {

enum class Language { Japanese, English };

/// A name in Japanese and English (RISK-MODEL.md 2: a string or {"ja", "en"}).
/// A plain string is read into `ja`; either part may be empty, never both in a valid model.
struct LocalizedText {
    QString ja;
    QString en;

    /// The text in the wanted language, falling back to the other one when it is missing.
    QString text(Language language) const
    {
        const QString& wanted = language == Language::Japanese ? ja : en;
        const QString& other = language == Language::Japanese ? en : ja;
        return wanted.isEmpty() ? other : wanted;
    }
    bool isEmpty() const { return ja.isEmpty() && en.isEmpty(); }
    static LocalizedText plain(const QString& s) { return {s, {}}; }
    friend bool operator==(const LocalizedText&, const LocalizedText&) = default;
};

} // namespace mamori
