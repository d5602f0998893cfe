#include "Cli.h"
#include "ConsoleOutput.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>

#include <cerrno>
#include <cstdio>
#include <memory>

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
#include <sys/stat.h>
#include <unistd.h>
#endif

int main(int argc, char* argv[])
{
    // Only the report draws; every other command stays a plain QCoreApplication that needs no Gui.
    // argv is read only here, before there is an application to ask: command names are ASCII, which
    // every code page keeps. Everything else comes from QCoreApplication::arguments(), which on
    // Windows reads the UTF-16 command line, so Japanese file names arrive whole.
    std::unique_ptr<QCoreApplication> app;
    if (argc > 1 && mamori::cli::commandNeedsGui(QString::fromLocal8Bit(argv[1]))) {
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        // Headless by default: a server or CI has no display, and the report needs none.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Without a login session (cron, CI, ssh) there is no runtime folder and Qt would warn on
        // stderr, where scripts look for errors: give it the private folder it would fall back to.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QByteArray dir = QDir::tempPath().toLocal8Bit() + "/runtime-" + QByteArray::number(getuid());
            if (::mkdir(dir.constData(), 0700) == 0 || errno == EEXIST) {
                struct stat info { };
                if (::stat(dir.constData(), &info) == 0 && info.st_uid == getuid() && (info.st_mode & 0077) == 0)
                    qputenv("XDG_RUNTIME_DIR", dir);
            }
        }
#endif
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("mamori-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAMORI_VERSION_STRING));
    QCoreApplication::setOrganizationName(QStringLiteral("Mamori"));
    // Every print of every command goes through these two streams: UTF-8 to pipes and files, UTF-16
    // to a Windows console (ConsoleOutput.h).
    const auto outDevice = mamori::cli::ConsoleDevice::forStandardStream(stdout);
    const auto errDevice = mamori::cli::ConsoleDevice::forStandardStream(stderr);
    QTextStream out(outDevice.get());
    QTextStream err(errDevice.get());
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    const int code = mamori::cli::run(args, out, err);
    out.flush();
    err.flush();
    return code;
}
