#pragma once

// Helpers shared by the test programs: running mamori-cli as a user would, and finding a register
// column by its (untranslated) header.

#include <QProcess>
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
