// Helpers shared by the commands: options, loading a scenario's model, output as JSON or as aligned
// columns, and input errors reported the same way by every importer.

#include "CliSupport.h"

#include "Scenarios.h"
#include "Validation.h"

#include <QBuffer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace mamori::cli {

void addJsonOption(QCommandLineParser& p)
{
    p.addOption({kJson, Tr::tr("Print JSON instead of a table.")});
}

void addScenarioOption(QCommandLineParser& p, const QString& help)
{
    p.addOption({kScenario, help, QStringLiteral("ID")});
}

std::optional<Model> modelFor(Context& c, const Model& baseline, const QString& scenarioId, int& code)
{
    if (scenarioId.isEmpty())
        return baseline;
    const QString file
        = QFileInfo(c.parser.positionalArguments().last()).fileName(); // the FILE after any sub-command word
    ResolvedScenario resolved = resolveScenario(baseline, scenarioId, file);
    if (!resolved.ok()) {
        code = reportErrors(resolved.errors, c.err);
        return std::nullopt;
    }
    // A loaded model's scenarios were validated already; this guards models built in other ways.
    const InputErrors errors = validateContent(resolved.model, file, Source::Json);
    if (!errors.isEmpty()) {
        code = reportErrors(errors, c.err);
        return std::nullopt;
    }
    return std::move(resolved.model);
}

std::optional<Assessment> assessOrReport(Context& c, const Model& model, int& code)
{
    Assessment a = assess(model);
    if (!a.ok()) {
        code = reportErrors(a.errors, c.err);
        return std::nullopt;
    }
    return a;
}

QString DiffSides::baseName() const
{
    return againstFile.isEmpty() ? againstId : QFileInfo(againstFile).fileName();
}

QString DiffSides::heading() const
{
    if (!againstFile.isEmpty()) {
        return scenarioId.isEmpty() ? Tr::tr("Baseline against the file %1").arg(baseName())
                                    : Tr::tr("Scenario %1 against the file %2").arg(scenarioId, baseName());
    }
    return Tr::tr("Scenario %1 against %2").arg(scenarioId, againstId.isEmpty() ? Tr::tr("the baseline") : againstId);
}

std::optional<DiffSides> diffSides(Context& c, int& code)
{
    DiffSides sides;
    sides.scenarioId = c.parser.value(kScenario);
    sides.againstId = c.parser.value(kAgainst);
    sides.againstFile = c.parser.value(kAgainstFile);
    if (!sides.againstFile.isEmpty() && !sides.againstId.isEmpty()) {
        code = reportInputError(c, Tr::tr("--against and --against-file exclude each other"));
        return std::nullopt;
    }
    if (sides.scenarioId.isEmpty() && sides.againstFile.isEmpty()) {
        code = reportInputError(c, Tr::tr("--scenario ID is required (or --against-file OLD)"));
        return std::nullopt;
    }
    auto loaded = loadArgument(c, code);
    if (!loaded)
        return std::nullopt;
    auto scenario = modelFor(c, loaded->model, sides.scenarioId, code);
    if (!scenario)
        return std::nullopt;
    sides.scenario = std::move(*scenario);
    if (sides.againstFile.isEmpty()) {
        sides.base = modelFor(c, loaded->model, sides.againstId, code);
        if (!sides.base)
            return std::nullopt;
        return sides;
    }
    sides.other = readOtherModelFile(sides.againstFile);
    if (!sides.other->ok()) {
        code = reportErrors(sides.other->errors, c.err);
        return std::nullopt;
    }
    return sides;
}

int reportInputError(Context& c, const QString& message)
{
    c.err << Tr::tr("error: %1").arg(message) << Qt::endl;
    return InputError;
}

int reportAllErrors(Context& c, const InputErrors& errors)
{
    for (const mamori::InputError& e : errors)
        c.err << Tr::tr("error: %1").arg(terminalText(e.toString())) << Qt::endl;
    if (c.parser.isSet(kJson)) {
        QJsonArray list;
        for (const mamori::InputError& e : errors)
            list.append(QJsonObject {{QStringLiteral("file"), e.file}, {QStringLiteral("where"), e.where},
                {QStringLiteral("what"), e.what}, {QStringLiteral("message"), e.toString()}});
        printJson(c, {{QStringLiteral("ok"), false}, {QStringLiteral("errors"), list}});
    }
    return InputError;
}

void printJson(Context& c, const QJsonObject& o)
{
    const QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Indented);
    // An assessment of 10,000 assets is tens of megabytes: write the UTF-8 as it is when the stream
    // has a device, instead of decoding it to a QString for the stream to encode it again.
    if (QIODevice* device = c.out.device()) {
        c.out.flush();
        device->write(bytes);
    } else {
        c.out << QString::fromUtf8(bytes);
    }
}

bool printStreamedJson(Context& c, const std::function<bool(QIODevice*)>& write)
{
    if (QIODevice* device = c.out.device()) {
        c.out.flush();
        if (write(device))
            return true;
    } else {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (write(&buffer)) {
            c.out << QString::fromUtf8(buffer.data());
            return true;
        }
    }
    c.err << Tr::tr("error: the output could not be written (disk full, or the reading end closed)") << Qt::endl;
    return false;
}

int displayWidth(const QString& s)
{
    int w = 0;
    for (const char32_t u : s.toUcs4()) {
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
            || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
            || (u >= 0xFFE0 && u <= 0xFFE6) || (u >= 0x20000 && u <= 0x3FFFD);
        w += wide ? 2 : 1;
    }
    return w;
}

void printTable(
    QTextStream& out, const QStringList& headerIn, const QList<QStringList>& rowsIn, const QList<bool>& numeric)
{
    // Ids and names are the user's text: escaped, so that they cannot drive the terminal.
    QStringList header = headerIn;
    for (QString& h : header)
        h = terminalText(h);
    QList<QStringList> rows = rowsIn;
    for (QStringList& row : rows) {
        for (QString& cell : row)
            cell = terminalText(cell);
    }
    QList<int> widths(header.size(), 0);
    for (qsizetype i = 0; i < header.size(); ++i)
        widths[i] = displayWidth(header[i]);
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row[i]));
    }
    auto line = [&](const QStringList& cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const QString pad(std::max(0, widths[i] - displayWidth(cells[i])), QLatin1Char(' '));
            if (i > 0)
                text += QStringLiteral("  ");
            text += numeric.value(i) ? pad + cells[i] : cells[i] + (i + 1 < cells.size() ? pad : QString());
        }
        out << text << Qt::endl;
    };
    line(header);
    QStringList rule;
    for (const int w : widths)
        rule.append(QString(w, QLatin1Char('-')));
    line(rule);
    for (const QStringList& row : rows)
        line(row);
}

QString fixed(double v, int decimals)
{
    return QString::number(v, 'f', decimals);
}

std::unique_ptr<ProjectWriteLock> lockForUpdate(Context& c, const QString& project, int& code)
{
    auto lock = std::make_unique<ProjectWriteLock>(project);
    if (!lock->ok()) {
        c.err << Tr::tr("error: %1 is open in %2; close it there first").arg(project, lock->holder()) << Qt::endl;
        code = Failure;
        return nullptr;
    }
    return lock;
}

} // namespace mamori::cli
