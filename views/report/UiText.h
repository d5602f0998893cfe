#pragma once

// A text the window shows in whatever language it is in when shown: the source of a translation and
// its arguments, translated anew each time it is read. The undo history keeps its texts this way, so
// "Undo 三層区分の変更" becomes "Undo Change of tier" after the user switches to English.
//
// lupdate finds the texts because they are written UiText::translate("context", "source"), the form
// it reads as QCoreApplication::translate.

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace mamori {

class UiText {
public:
    UiText() = default;
    /// A text that reads the same in every language (as fixed()): an id, a name, a test's label.
    /// Translated texts come from translate(), never from a tr() result, which would stay in the
    /// language it was made in.
    UiText(const QString& text) // NOLINT(google-explicit-constructor): ids and names pass as they are
        : m_fixed(text)
    {
    }

    /// QCoreApplication::translate(context, source, disambiguation, n), done when the text is read.
    static UiText translate(const char* context, const char* source, const char* disambiguation = nullptr, int n = -1)
    {
        UiText t;
        t.m_context = context;
        t.m_source = source;
        t.m_disambiguation = disambiguation;
        t.m_n = n;
        return t;
    }
    /// A text shown as it is, in every language (an id, a name the user typed).
    static UiText fixed(const QString& text)
    {
        UiText t;
        t.m_fixed = text;
        return t;
    }

    /// The next argument: %1 for the first, %2 for the second... (in one pass, so an argument that holds
    /// "%2" stays as it is).
    UiText arg(const UiText& a) const
    {
        UiText t = *this;
        t.m_args.append(a);
        return t;
    }
    UiText arg(const QString& a) const { return arg(fixed(a)); }
    UiText arg(const QString& a, const QString& b) const { return arg(a).arg(b); }
    UiText arg(const QString& a, const QString& b, const QString& c) const { return arg(a).arg(b).arg(c); }
    UiText arg(qlonglong a) const { return arg(QString::number(a)); }

    /// The text in the language installed now.
    QString toString() const
    {
        const QString text
            = m_source ? QCoreApplication::translate(m_context, m_source, m_disambiguation, m_n) : m_fixed;
        if (m_args.isEmpty())
            return text;
        QString out;
        out.reserve(text.size());
        for (qsizetype i = 0; i < text.size(); ++i) {
            qsizetype end = i + 1;
            int number = 0;
            while (end < text.size() && end - i <= 2 && text[end].isDigit())
                number = number * 10 + text[end++].digitValue();
            if (text[i] == u'%' && number >= 1 && number <= m_args.size()) {
                out += m_args[number - 1].toString();
                i = end - 1;
            } else {
                out += text[i];
            }
        }
        return out;
    }
    bool isEmpty() const { return !m_source && m_fixed.isEmpty(); }

private:
    const char* m_context = nullptr;
    const char* m_source = nullptr; ///< null for a fixed text
    const char* m_disambiguation = nullptr;
    int m_n = -1;
    QString m_fixed;
    QList<UiText> m_args;
};

} // namespace mamori
