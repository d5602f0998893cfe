#include "ReportTranslation.h"

#include <QTranslator>

namespace mamori {

namespace {
// One per thread: the GUI thread keeps translating with the application's translators while a worker
// renders a report in another language.
thread_local const QTranslator* t_reportTranslator = nullptr;
} // namespace

QString reportAwareTranslate(const char* context, const char* source, const char* disambiguation, int n)
{
    if (!t_reportTranslator)
        return QCoreApplication::translate(context, source, disambiguation, n);
    QString text = t_reportTranslator->translate(context, source, disambiguation, n);
    if (text.isNull()) {
        // What QCoreApplication::translate does without a translation: the source, with %n filled in.
        text = QString::fromUtf8(source);
        if (n >= 0)
            text.replace(QStringLiteral("%n"), QString::number(n));
    }
    return text;
}

ScopedReportLanguage::ScopedReportLanguage(const QString& code)
    : m_translator(std::make_unique<QTranslator>())
    , m_previous(t_reportTranslator)
{
    const QString lang = code == QLatin1StringView("en") ? QStringLiteral("en") : QStringLiteral("ja");
    m_loaded = m_translator->load(QStringLiteral(":/i18n/mamori_%1.qm").arg(lang));
    t_reportTranslator = m_translator.get();
}

ScopedReportLanguage::~ScopedReportLanguage()
{
    t_reportTranslator = m_previous;
}

} // namespace mamori
