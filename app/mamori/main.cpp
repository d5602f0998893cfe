// The Mamori desktop application: opens the file given on the command line, else the bundled
// sample ward, so that a new user sees a real model, not an empty window.

#include "BuiltIn.h"
#include "DisplayDate.h"
#include "Translations.h"
#include "document/ProjectDocument.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFont>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Mamori"));
    QApplication::setApplicationDisplayName(QStringLiteral("Mamori"));
    QApplication::setOrganizationName(QStringLiteral("Mamori"));
    QApplication::setApplicationVersion(QStringLiteral(MAMORI_VERSION_STRING));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/mamori.png")));

    // Japanese first: an explicit CJK family, or Qt may fall back to Chinese glyph forms.
    if (const QString family = mamori::japaneseFontFamily(); !family.isEmpty()) {
        QFont font = QApplication::font();
        font.setFamilies({family});
        QApplication::setFont(font);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Mamori: cyber risk assessment for municipalities"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption language(
        QStringLiteral("lang"), QStringLiteral("User interface language: ja or en."), QStringLiteral("LANG"));
    parser.addOption(language);
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("A .mamori project or a model .json to open."));
    parser.process(app);

    mamori::setDateStyle(mamori::savedDateStyle());
    mamori::installLanguage(parser.isSet(language) ? parser.value(language) : mamori::startupLanguageCode());

    // With a file to open, the window starts empty and is painted at once; the file is read on a
    // worker while it says so (a large ward takes a second or two), and the sample is shown only if
    // the file cannot be opened.
    const QStringList files = parser.positionalArguments();
    mamori::ProjectDocument document;
    if (files.isEmpty())
        document.reset(mamori::BuiltIn::sampleWard(), QString());
    mamori::MainWindow window(&document);
    window.showAtStart();
    window.offerRecovery();
    if (!files.isEmpty() && !window.isWindowModified() && !window.openFile(files.first())
        && document.filePath().isEmpty() && document.model().assets.isEmpty())
        document.reset(mamori::BuiltIn::sampleWard(), QString());
    return QApplication::exec();
}
