#include "Cli.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
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
