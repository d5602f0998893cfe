#pragma once

#include <QString>

namespace mamori {

/// Whether `c` is set without spaces in Japanese text: kana, kanji, and full-width punctuation,
/// brackets and forms (「」（）、。・ー and the like).
inline bool isJapaneseCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3000 && u <= 0x30FF) // CJK punctuation, hiragana, katakana
        || (u >= 0x3400 && u <= 0x4DBF) // CJK extension A
        || (u >= 0x4E00 && u <= 0x9FFF) // CJK unified ideographs
        || (u >= 0xF900 && u <= 0xFAFF) // CJK compatibility ideographs
        || (u >= 0xFF01 && u <= 0xFF60) // full-width forms
        || c.isSurrogate(); // the rarer kanji of extension B and beyond
}

/// Drops the ASCII spaces that stand between two Japanese characters. Texts put together from a
/// translation and an argument ("%1 の停止" with a Japanese name) would otherwise read
/// "住民記録システム の停止"; a space next to a Latin id ("情報資産 A-01 の追加") stays.
inline QString withoutSpacesBetweenJapanese(QString text)
{
    for (qsizetype i = text.size() - 2; i >= 1; --i) {
        if (text[i] == QLatin1Char(' ') && isJapaneseCharacter(text[i - 1]) && isJapaneseCharacter(text[i + 1]))
            text.remove(i, 1);
    }
    return text;
}

} // namespace mamori
