#include "ReportTranslation.h"

#include <QLocale>
#include <QTranslator>

namespace mamori {

namespace {
// One per thread: the GUI thread keeps translating with the application's translators while a worker
// renders a report in another language.
thread_local const QTranslator* t_reportTranslator = nullptr;
thread_local QLocale::Language t_reportLocale = QLocale::Japanese;

/// What QCoreApplication::translate does to a plural text and QTranslator does not: %n becomes n,
/// %Ln n in the report's locale (1,433; the window's locale may be another).
void replacePercentN(QString& text, int n)
{
    if (n < 0)
        return;
    const QLocale locale(t_reportLocale, t_reportLocale == QLocale::English ? QLocale::UnitedStates : QLocale::Japan);
    for (qsizetype at = text.indexOf(QLatin1Char('%')); at >= 0 && at + 1 < text.size();
         at = text.indexOf(QLatin1Char('%'), at)) {
        const QChar next = text[at + 1];
        if (next == QLatin1Char('n')) {
            const QString number = QString::number(n);
            text.replace(at, 2, number);
            at += number.size();
        } else if (next == QLatin1Char('L') && at + 2 < text.size() && text[at + 2] == QLatin1Char('n')) {
            const QString number = locale.toString(n);
            text.replace(at, 3, number);
            at += number.size();
        } else {
            ++at;
        }
    }
}
} // namespace

QString reportAwareTranslate(const char* context, const char* source, const char* disambiguation, int n)
{
    if (!t_reportTranslator)
        return QCoreApplication::translate(context, source, disambiguation, n);
    QString text = t_reportTranslator->translate(context, source, disambiguation, n);
    if (text.isNull())
        text = QString::fromUtf8(source); // what QCoreApplication::translate does without a translation
    replacePercentN(text, n);
    return text;
}

ScopedReportLanguage::ScopedReportLanguage(const QString& code)
    : m_translator(std::make_unique<QTranslator>())
    , m_previous(t_reportTranslator)
{
    const QString lang = code == QLatin1StringView("en") ? QStringLiteral("en") : QStringLiteral("ja");
    m_loaded = m_translator->load(QStringLiteral(":/i18n/mamori_%1.qm").arg(lang));
    m_previousLocale = int(t_reportLocale);
    t_reportLocale = lang == QLatin1StringView("en") ? QLocale::English : QLocale::Japanese;
    t_reportTranslator = m_translator.get();
}

ScopedReportLanguage::~ScopedReportLanguage()
{
    t_reportTranslator = m_previous;
    t_reportLocale = QLocale::Language(m_previousLocale);
}

} // namespace mamori
