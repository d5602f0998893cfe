#include "Cli.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

int main(int argc, char* argv[])
{
    // Only the report draws; every other command stays a plain QCoreApplication that needs no Gui.
    std::unique_ptr<QCoreApplication> app;
    if (argc > 1 && mamori::cli::commandNeedsGui(QString::fromLocal8Bit(argv[1]))) {
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        // Headless by default: a server or CI has no display, and the report needs none.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("mamori-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAMORI_VERSION_STRING));
    QCoreApplication::setOrganizationName(QStringLiteral("Mamori"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    const int code = mamori::cli::run(args, out, err);
    out.flush();
    err.flush();
    return code;
}
