#include "Translations.h"

#include "DisplayLanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace mamori {

namespace {
QTranslator* g_mamori = nullptr;
QTranslator* g_qt = nullptr;
QString g_code = QStringLiteral("ja");
} // namespace

QStringList qtTranslationCandidates(const QString& lang, const QStringList& folders)
{
    QStringList files;
    for (const QString& folder : folders) {
        for (const QLatin1StringView prefix : {QLatin1StringView("qt_"), QLatin1StringView("qtbase_")})
            files.append(QDir(folder).filePath(prefix + lang + QLatin1StringView(".qm")));
    }
    return files;
}

QString loadQtTranslation(QTranslator& translator, const QString& lang, const QStringList& folders)
{
    for (const QString& file : qtTranslationCandidates(lang, folders)) {
        const QFileInfo info(file);
        // Name and folder apart: qt_ja.qm of a Qt installation only names the module files it
        // includes (qtbase_ja.qm, ...), and they are read from that folder.
        if (info.isFile() && translator.load(info.fileName(), info.absolutePath()))
            return file;
    }
    return {};
}

QStringList qtTranslationFolders()
{
    QStringList folders {QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("translations")),
        QLibraryInfo::path(QLibraryInfo::TranslationsPath)};
    for (QString& folder : folders)
        folder = QDir::cleanPath(folder);
    folders.removeDuplicates();
    return folders;
}

void installLanguage(const QString& code)
{
    const QString lang = code == QLatin1StringView("en") ? QStringLiteral("en") : QStringLiteral("ja");
    for (QTranslator** t : {&g_mamori, &g_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    g_mamori = new QTranslator(qApp);
    if (g_mamori->load(QStringLiteral(":/i18n/mamori_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(g_mamori);
    g_qt = new QTranslator(qApp);
    // Qt's own strings (standard buttons, dialogs); absent for English, which is Qt's source language.
    if (!loadQtTranslation(*g_qt, lang, qtTranslationFolders()).isEmpty())
        QCoreApplication::installTranslator(g_qt);
    g_code = lang;
    setDisplayLanguage(lang == QLatin1StringView("en") ? Language::English : Language::Japanese);
    // Names from the model change language even when no translator was installed or removed (the
    // English file may hold nothing Qt needs), so tell every widget in any case.
    showTextsAnew();
}

void showTextsAnew()
{
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(qApp, &change);
}

QString currentLanguageCode()
{
    return g_code;
}

QString startupLanguageCode()
{
    const QString saved = QSettings().value(QStringLiteral("ui/language")).toString();
    if (saved == QLatin1StringView("ja") || saved == QLatin1StringView("en"))
        return saved;
    return QLocale::system().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("ja");
}

QString japaneseFontFamily()
{
    const QStringList families = QFontDatabase::families();
    for (const char* candidate : {"Yu Gothic UI", "Meiryo UI", "Meiryo", "Noto Sans CJK JP", "Noto Sans JP",
             "IPAexGothic", "IPAGothic", "Hiragino Sans"}) {
        const QString family = QString::fromLatin1(candidate);
        if (families.contains(family))
            return family;
    }
    return {};
}

} // namespace mamori
