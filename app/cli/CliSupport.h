#pragma once

// What the engine and plan commands share (CliSupport.cpp): the --json and --scenario options,
// the model of a scenario, an assessment or its located errors, and the two output forms.

#include "CliCommand.h"
#include "ProjectLock.h"
#include "engine/Assessment.h"
#include "engine/Continuity.h"
#include "engine/Diff.h"

#include <QIODevice>
#include <QJsonObject>

#include <functional>
#include <memory>

namespace mamori::cli {

inline const QString kScenario = QStringLiteral("scenario");
inline const QString kAgainst = QStringLiteral("against");
inline const QString kAgainstFile = QStringLiteral("against-file");
inline const QString kJson = QStringLiteral("json");

void addJsonOption(QCommandLineParser& p);
void addScenarioOption(QCommandLineParser& p, const QString& help);

/// The model of `scenarioId` (the baseline when empty), or the located errors of resolving it.
std::optional<Model> modelFor(Context& c, const Model& baseline, const QString& scenarioId, int& code);
/// The assessment of `model`, or its errors reported (a `requires` cycle).
std::optional<Assessment> assessOrReport(Context& c, const Model& model, int& code);

/// The two sides `diff` compares (its risks or, with --continuity, its outages), from --scenario,
/// --against and --against-file: the scenario's model, and the base as a model of this file (a
/// scenario or the baseline) or as another file, read and assessed.
struct DiffSides {
    QString scenarioId;
    QString againstId;
    QString againstFile;
    Model scenario;
    std::optional<Model> base; ///< without --against-file
    std::optional<OtherModelFile> other; ///< with --against-file
    /// RISK-MODEL.md 5: against another file, `base` is that file's name.
    QString baseName() const;
    /// The line above the table: which scenario against what.
    QString heading() const;
};
/// The sides of `diff`, or nothing with the problem reported (`code` is then the exit code).
std::optional<DiffSides> diffSides(Context& c, int& code);

void printJson(Context& c, const QJsonObject& o);
/// --trials and --seed of the continuity simulation (simulate, diff --continuity, report) into `o`,
/// checked; false after reporting what is wrong (`code` is then the exit code).
bool readTrialsAndSeed(Context& c, ContinuityOptions& o, int& code);
/// Output too large to build first (an assessment at 10,000 assets is 50 MB): `write` streams it to
/// the output's device. False, with a message on the error stream, when a write failed.
bool printStreamedJson(Context& c, const std::function<bool(QIODevice*)>& write);
/// "error: message" on the error stream; returns InputError.
int reportInputError(Context& c, const QString& message);

/// The lock of a project a command reads, changes and saves (import-sheet, inspection import), held
/// from before the read until after the save so no window or script saves in between. Null, with
/// the holder said and `code` set, when another Mamori has the project open.
std::unique_ptr<ProjectWriteLock> lockForUpdate(Context& c, const QString& project, int& code);
/// Every problem, each on its line as "file: row N, column H: what" (not cut: the user fixes them all
/// before an import can go through), and as JSON too with --json; returns InputError.
int reportAllErrors(Context& c, const InputErrors& errors);
/// Columns a string takes in a terminal: East Asian wide and full-width characters take two.
int displayWidth(const QString& s);
/// Prints rows as aligned columns; `numeric[i]` right-aligns column i.
void printTable(
    QTextStream& out, const QStringList& header, const QList<QStringList>& rows, const QList<bool>& numeric);
QString fixed(double v, int decimals = 2);

/// The commands of the risk response plan (plan, plan optimize), defined in PlanCommands.cpp.
std::vector<Command> planCommands();

/// The spreadsheet commands (import-sheet, export-sheet), defined in SheetCommands.cpp.
std::vector<Command> sheetCommands();

/// The continuity commands (simulate), in ContinuityCommands.cpp.
std::vector<Command> continuityCommands();
/// --trials, --seed and --threads of a simulation.
void addSimulationOptions(QCommandLineParser& p);
/// diff --continuity: the simulation of the base and of the scenario with one seed, side by side.
int runContinuityDiff(Context& c);

/// The self-inspection commands (inspection template, inspection import), in InspectionCommands.cpp.
std::vector<Command> inspectionCommands();

} // namespace mamori::cli
