#include "SheetImport.h"

#include "SheetMerge.h"
#include "Validation.h"

#include <QCoreApplication>
#include <QFileInfo>

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

/// Problems the merge made: validation errors of the merged model that the project did not have.
void validateMerged(MergeState& state, const Model& original)
{
    const InputErrors before = validate(original, state.file, Source::Json);
    for (const InputError& e : validate(state.model, state.file, Source::Json)) {
        if (!before.contains(e))
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
                .arg(kHeaderSearchRows)
                .arg(registerKey(reg))});
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

} // namespace

ImportResult importSheet(
    const Sheet& sheet, const QString& file, Register reg, const Model& model, const ImportOptions& options)
{
    MergeState state {model, {}, {}, {}, {}, file, false};
    QList<RegisterSummary> registers;
    mergeOne(state, sheet, reg, options, registers);
    return finish(state, model, std::move(registers));
}

ImportResult importWorkbook(const Workbook& workbook, const Model& model, const ImportOptions& options)
{
    MergeState state {model, {}, {}, {}, {}, fileNameOf(workbook), workbook.sheets.size() > 1};
    QList<RegisterSummary> registers;
    const std::optional<Register> what = options.what ? options.what : options.mapping.reg;
    const QList<std::pair<Register, const Sheet*>> exported = registerSheets(workbook);
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
