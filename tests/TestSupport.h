#pragma once

// Helpers shared by the test programs: running mamori-cli as a user would, and finding a register
// column by its (untranslated) header.

#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace mamori::test {

/// What one run of mamori-cli gave: exit code (-1 if it crashed), standard output and error.
struct CliRun {
    int code = -1;
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(MAMORI_CLI_PATH), args);
    if (!p.waitForFinished(120000))
        qFatal("mamori-cli did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError())};
}

/// The Python that CMake found for this build (find_package(Python3)): "python3" is not a command
/// on Windows. Empty when that Python is gone.
inline QString python()
{
    const QString path = QString::fromUtf8(MAMORI_PYTHON);
    return QFileInfo(path).isFile() ? path : QString();
}

/// `p` set to run the build's Python in UTF-8 mode: on Windows Python would otherwise read and
/// write files and pipes in the ANSI code page (CP932), not the UTF-8 the tests compare with.
inline void usePython(QProcess& p)
{
    p.setProgram(python());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PYTHONUTF8"), QStringLiteral("1"));
    p.setProcessEnvironment(environment);
}

/// The column of a register (RegisterTableModel or anything with column(i).header) by its header.
template <typename RegisterModel> int columnOf(const RegisterModel& m, const char* header)
{
    for (int c = 0; c < m.columnCount(); ++c) {
        if (qstrcmp(m.column(c).header, header) == 0)
            return c;
    }
    qFatal("no column %s", header);
}

} // namespace mamori::test
