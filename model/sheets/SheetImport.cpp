#include "SheetImport.h"

#include "SheetMerge.h"
#include "SheetRecords.h"
#include "Validation.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace mamori::sheets {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mamori::SheetImport)
};

/// A header names at least this many fields before a sheet counts as holding the register.
constexpr int kMinimumMatched = 2;

QString fileNameOf(const Workbook& workbook)
{
    return workbook.path.isEmpty() ? QString() : QFileInfo(workbook.path).fileName();
}

/// The register and position a validation error's JSON pointer names ("/assets/3/classification/C",
/// "/plan/actions/0/due"), and the field of the sheet it is about ("c", "due"); nothing for settings.
struct PointerPlace {
    Register reg;
    qsizetype index;
    QString field;
};

std::optional<PointerPlace> placeOfPointer(const QString& pointer)
{
    QStringList parts = pointer.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() >= 2 && parts[0] == QLatin1StringView("plan"))
        parts.removeFirst();
    if (parts.size() < 2)
        return std::nullopt;
    const QString collection = parts[0] == QLatin1StringView("actions") ? QStringLiteral("plan") : parts[0];
    const std::optional<Register> reg = registerFromKey(collection);
    bool isIndex = false;
    const qsizetype index = parts[1].toLongLong(&isIndex);
    if (!reg || !isIndex)
        return std::nullopt;
    QString field = parts.value(2);
    const QString sub = parts.value(3).toLower();
    if (field == QLatin1StringView("classification"))
        field = sub;
    else if (field == QLatin1StringView("impact") || field == QLatin1StringView("cost"))
        field += QLatin1Char('_') + sub;
    else if (field == QLatin1StringView("weights"))
        field = QStringLiteral("weight_") + sub;
    else if (field == QLatin1StringView("name") && *reg == Register::Plan)
        field = QStringLiteral("title");
    else if (field == QLatin1StringView("continuity"))
        field = sub; // rto_hours, loss_per_hour
    else if (field == QLatin1StringView("outage") && sub == QLatin1StringView("rate"))
        field = QStringLiteral("outage_rate");
    else if (field == QLatin1StringView("outage") && sub == QLatin1StringView("hours"))
        field = parts.value(4) == QLatin1StringView("0") ? QStringLiteral("outage_p5") : QStringLiteral("outage_p95");
    return PointerPlace {*reg, index, field};
}

QString keyAt(const Model& m, Register reg, qsizetype i)
{
    auto key = [i](const auto& list) { return i < list.size() ? itemKey(list[i]) : QString(); };
    switch (reg) {
    case Register::OrgUnits:
        return key(m.orgUnits);
    case Register::Assets:
        return key(m.assets);
    case Register::Threats:
        return key(m.threats);
    case Register::Controls:
        return key(m.controls);
    case Register::Dependencies:
        return key(m.dependencies);
    case Register::Exposures:
        return key(m.exposures);
    case Register::Plan:
        break;
    }
    return key(m.actions);
}

/// Reports a validation error of the merged model at the row (and column) of the item it is about,
/// when a row gave that item.
bool reportAtRow(MergeState& state, const InputError& e)
{
    const std::optional<PointerPlace> place = placeOfPointer(e.where);
    if (!place)
        return false;
    const QString key = keyAt(state.model, place->reg, place->index);
    for (const RowOrigin& origin : std::as_const(state.origins)) {
        if (origin.reg != place->reg || origin.item != key)
            continue;
        const auto column = origin.columns.value(place->field, {-1, QString()});
        state.problem(origin.sheet, origin.row, column.first, column.second, e.what);
        return true;
    }
    return false;
}

/// Problems the merge made: validation errors of the merged model that the project did not have.
void validateMerged(MergeState& state, const Model& original)
{
    const InputErrors before = validate(original, state.file, Source::Json);
    for (const InputError& e : validate(state.model, state.file, Source::Json)) {
        if (before.contains(e) || reportAtRow(state, e))
            continue;
        state.errors.append({e.file, Tr::tr("after the import, %1").arg(e.where), e.what});
    }
}

ImportResult finish(MergeState& state, const Model& original, QList<RegisterSummary> registers)
{
    if (state.errors.isEmpty())
        validateMerged(state, original);
    ImportResult result;
    result.errors = state.errors;
    result.problemCells = state.problemCells;
    result.registers = std::move(registers);
    result.newOrgUnits = state.newOrgUnits;
    if (!state.scope.all) {
        result.scopeUnits = QStringList(state.scope.units.cbegin(), state.scope.units.cend());
        std::sort(result.scopeUnits.begin(), result.scopeUnits.end(),
            [](const QString& a, const QString& b) { return compareIds(a, b) < 0; });
    }
    if (result.errors.isEmpty())
        result.edits = state.edits;
    return result;
}

bool mergeOne(MergeState& state, const Sheet& sheet, Register reg, const ImportOptions& options,
    QList<RegisterSummary>& registers)
{
    const HeaderLayout layout = detectHeader(sheet, reg, options.mapping);
    if (!layout.found()) {
        const QString where = state.nameSheets ? Tr::tr("sheet %1").arg(sheet.name) : QString();
        state.errors.append({state.file, where,
            Tr::tr("no header row: none of the first %1 rows names a column of the %2 register")
                .arg(QString::number(kHeaderSearchRows), registerKey(reg))});
        return false;
    }
    const ValueContext context {
        state.model.settings, options.scale.value_or(options.mapping.scale.value_or(Scale::Mic)), &options.mapping};
    registers.append(mergeRegister(state, sheet, reg, layout, context, options.removeMissing));
    return true;
}

/// The sheets of a workbook the exporter wrote: named after their registers, in merge order.
QList<std::pair<Register, const Sheet*>> registerSheets(const Workbook& workbook)
{
    QList<std::pair<Register, const Sheet*>> out;
    for (int r = 0; r < kRegisterCount; ++r) {
        for (const Sheet& sheet : workbook.sheets) {
            if (registerForSheetName(sheet.name) == Register(r)) {
                out.append({Register(r), &sheet});
                break;
            }
        }
    }
    return out;
}

/// The sheets whose header names enough fields of `reg`.
QList<const Sheet*> candidateSheets(const Workbook& workbook, Register reg, const SheetMapping& mapping)
{
    QList<const Sheet*> out;
    for (const Sheet& sheet : workbook.sheets) {
        if (detectHeader(sheet, reg, mapping).matched >= kMinimumMatched)
            out.append(&sheet);
    }
    return out;
}

const Sheet* chooseSheet(MergeState& state, const Workbook& workbook, Register reg, const ImportOptions& options)
{
    if (!options.sheet.isEmpty()) {
        for (const Sheet& sheet : workbook.sheets) {
            if (sheet.name == options.sheet)
                return &sheet;
        }
        state.errors.append({state.file, QString(), Tr::tr("there is no sheet \"%1\"").arg(options.sheet)});
        return nullptr;
    }
    if (workbook.sheets.size() == 1)
        return &workbook.sheets.first();
    const QList<const Sheet*> candidates = candidateSheets(workbook, reg, options.mapping);
    if (candidates.size() == 1)
        return candidates.first();
    QStringList names;
    for (const Sheet* s : candidates)
        names.append(s->name);
    state.errors.append({state.file, QString(),
        candidates.isEmpty()
            ? Tr::tr("no sheet holds the %1 register").arg(registerKey(reg))
            : Tr::tr("several sheets could be imported (%1): choose one").arg(names.join(QStringLiteral(", ")))});
    return nullptr;
}

/// The part of the project the import may find missing items in: the unit asked for, else the units a
/// department's workbook lists (read from its org-unit sheet before anything is merged), else all.
bool chooseScope(
    MergeState& state, const QList<std::pair<Register, const Sheet*>>& exported, const ImportOptions& options)
{
    if (!options.unit.isEmpty()) {
        const std::optional<UnitScope> scope = unitScope(state.model, options.unit);
        if (!scope) {
            state.errors.append({state.file, QString(), Tr::tr("there is no org unit \"%1\"").arg(options.unit)});
            return false;
        }
        state.scope = *scope;
        return true;
    }
    for (const auto& [reg, sheet] : exported) {
        if (reg != Register::OrgUnits)
            continue;
        MergeState probe;
        probe.model = state.model;
        probe.file = state.file;
        ImportOptions listOnly = options;
        listOnly.removeMissing = false;
        QList<RegisterSummary> ignored;
        mergeOne(probe, *sheet, reg, listOnly, ignored);
        QSet<QString> listed;
        for (const OrgUnit& u : state.model.orgUnits) {
            if (probe.listedUnits.contains(u.id))
                listed.insert(u.id);
        }
        if (listed.size() < state.model.orgUnits.size() && !listed.isEmpty())
            state.scope = unitsScope(state.model, listed);
    }
    return true;
}

} // namespace

ImportResult importSheet(
    const Sheet& sheet, const QString& file, Register reg, const Model& model, const ImportOptions& options)
{
    MergeState state;
    state.model = model;
    state.file = file;
    QList<RegisterSummary> registers;
    if (chooseScope(state, {}, options))
        mergeOne(state, sheet, reg, options, registers);
    return finish(state, model, std::move(registers));
}

ImportResult importWorkbook(const Workbook& workbook, const Model& model, const ImportOptions& options)
{
    MergeState state;
    state.model = model;
    state.file = fileNameOf(workbook);
    state.nameSheets = workbook.sheets.size() > 1;
    QList<RegisterSummary> registers;
    const std::optional<Register> what = options.what ? options.what : options.mapping.reg;
    const QList<std::pair<Register, const Sheet*>> exported = registerSheets(workbook);
    if (!chooseScope(state, exported, options))
        return finish(state, model, std::move(registers));
    if (options.sheet.isEmpty() && exported.size() > 1) {
        // A workbook the exporter wrote: every register it holds (or only the one asked for).
        for (const auto& [reg, sheet] : exported) {
            if (!what || *what == reg)
                mergeOne(state, *sheet, reg, options, registers);
        }
        return finish(state, model, std::move(registers));
    }
    const Register reg = what.value_or(Register::Assets);
    if (const Sheet* sheet = chooseSheet(state, workbook, reg, options))
        mergeOne(state, *sheet, reg, options, registers);
    return finish(state, model, std::move(registers));
}

} // namespace mamori::sheets
