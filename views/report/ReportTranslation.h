#pragma once

// Translations that can follow the report's language instead of the window's.
//
// A report in English may be exported from a window in Japanese, on a worker thread, while the window
// keeps translating its own texts. Installing a second QTranslator globally would switch the window's
// language too, so classes whose text goes into reports declare their tr() with MAMORI_TR_FUNCTIONS:
// while a ScopedReportLanguage is alive on the calling thread, tr() reads from its translator; on
// every other thread (and when none is alive) it is QCoreApplication::translate, exactly as
// Q_DECLARE_TR_FUNCTIONS. lupdate knows the macro through -tr-function-alias
// (scripts/update-translations.sh), so the strings are extracted under the same context.

#include <QCoreApplication>
#include <QString>

#include <memory>

class QTranslator;

namespace mamori {

/// The report language's translation of `source`, or the application's when no report language is
/// set on this thread. Missing translations fall back to the source text (English).
QString reportAwareTranslate(const char* context, const char* source, const char* disambiguation, int n);

/// Sets the language of report text on the current thread for its lifetime. Not copyable; nests.
class ScopedReportLanguage {
public:
    /// `code` is "ja" or "en"; the translation is read from Mamori's embedded .qm files.
    explicit ScopedReportLanguage(const QString& code);
    ~ScopedReportLanguage();
    ScopedReportLanguage(const ScopedReportLanguage&) = delete;
    ScopedReportLanguage& operator=(const ScopedReportLanguage&) = delete;

    /// False when the translation could not be loaded (the text is then in English).
    bool loaded() const { return m_loaded; }

private:
    std::unique_ptr<QTranslator> m_translator;
    const QTranslator* m_previous = nullptr;
    int m_previousLocale = 0; ///< the QLocale::Language of the enclosing report language
    bool m_loaded = false;
};

} // namespace mamori

/// Q_DECLARE_TR_FUNCTIONS for classes whose text may go into a report (see above).
#define MAMORI_TR_FUNCTIONS(context)                                                                                   \
public:                                                                                                                \
    static inline QString tr(const char* sourceText, const char* disambiguation = nullptr, int n = -1)                 \
    {                                                                                                                  \
        return ::mamori::reportAwareTranslate(#context, sourceText, disambiguation, n);                                \
    }                                                                                                                  \
                                                                                                                       \
private:
