#pragma once

// What every mamori-cli command shares: its description, option set, and the helpers that load a
// model argument and report input errors the same way everywhere.

#include "Cli.h"
#include "ModelFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <functional>
#include <optional>
#include <vector>

namespace mamori::cli {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mamori::cli)
};

/// What one invocation needs: its parsed options and the streams.
struct Context {
    QCommandLineParser& parser;
    QTextStream& out;
    QTextStream& err;
};

struct Command {
    const char* name;
    const char* synopsis; ///< arguments after the command name
    const char* description; ///< one line, translated when shown
    std::function<void(QCommandLineParser&)> options;
    std::function<int(Context&)> run;
};

/// `text` as a terminal may show it: control characters (ESC, BEL, …, and newlines unless kept) and the
/// characters that reorder text (RLO and the other bidirectional controls) are written as \u{1b}, so
/// that an id cannot move the cursor, ring the bell or make a line read backwards. JSON output is left
/// as JSON.
inline QString terminalText(const QString& text, bool keepNewlines = false)
{
    const auto unsafe = [keepNewlines](char16_t u) {
        return (u < 0x20 && !(keepNewlines && u == u'\n')) || (u >= 0x7F && u <= 0x9F) || u == 0x061C || u == 0x200E
            || u == 0x200F || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
    };
    if (std::none_of(text.cbegin(), text.cend(), [&](QChar c) { return unsafe(c.unicode()); }))
        return text;
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (unsafe(c.unicode()))
            out += QStringLiteral("\\u{%1}").arg(QString::number(c.unicode(), 16));
        else
            out += c;
    }
    return out;
}

inline int reportErrors(const InputErrors& errors, QTextStream& err)
{
    // Long lists are cut: the first errors are what a user fixes first.
    constexpr qsizetype kShown = 50;
    for (qsizetype i = 0; i < errors.size() && i < kShown; ++i)
        err << Tr::tr("error: %1").arg(terminalText(errors[i].toString())) << Qt::endl;
    if (errors.size() > kShown)
        err << Tr::tr("… and %n more errors", nullptr, int(errors.size() - kShown)) << Qt::endl;
    return InputError;
}

/// Loads the model named by the first positional argument, or reports why it cannot.
inline std::optional<LoadedModel> loadArgument(Context& c, int& exitCode)
{
    const QStringList args = c.parser.positionalArguments();
    if (args.size() != 1) {
        c.err << Tr::tr("error: expected one model file (.mamori or .json)") << Qt::endl;
        exitCode = InputError;
        return std::nullopt;
    }
    LoadedModel loaded = loadModelFile(args.first());
    if (!loaded.ok()) {
        exitCode = reportErrors(loaded.errors, c.err);
        return std::nullopt;
    }
    return loaded;
}

/// The -o/--output file, refused when it exists unless --force was given.
inline std::optional<QString> outputArgument(Context& c, int& exitCode)
{
    const QString path = c.parser.value(QStringLiteral("output"));
    if (path.isEmpty()) {
        c.err << Tr::tr("error: -o FILE is required") << Qt::endl;
        exitCode = InputError;
        return std::nullopt;
    }
    if (QFileInfo::exists(path) && !c.parser.isSet(QStringLiteral("force"))) {
        c.err << Tr::tr("error: %1 exists; use --force to replace it").arg(path) << Qt::endl;
        exitCode = InputError;
        return std::nullopt;
    }
    return path;
}

/// The commands of the risk engine (assess, diff, explain, generate, ...), defined in EngineCommands.cpp.
std::vector<Command> engineCommands();

#ifdef MAMORI_HAVE_REPORT
/// The report commands (report, export-csv), defined in ReportCommands.cpp.
std::vector<Command> reportCommands();
#endif

} // namespace mamori::cli
