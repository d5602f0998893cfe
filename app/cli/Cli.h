#pragma once

#include <QStringList>
#include <QTextStream>

namespace mamori::cli {

/// Exit codes: 0 success, 1 a failure that is not the input's fault (cannot write, out of memory),
/// 2 an input error (a bad model, an unknown option, a missing file).
enum ExitCode { Success = 0, Failure = 1, InputError = 2 };

/// Runs `mamori-cli` with `args` (without the program name), writing results to `out` and
/// messages to `err`.
int run(const QStringList& args, QTextStream& out, QTextStream& err);

/// True for the commands that draw (the PDF report): main() then makes a QGuiApplication, on the
/// offscreen platform unless QT_QPA_PLATFORM says otherwise, so they run without a display.
bool commandNeedsGui(const QString& command);

} // namespace mamori::cli
