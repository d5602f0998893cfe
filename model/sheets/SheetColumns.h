#pragma once

// The one table of the registers' columns as spreadsheets carry them: per register, each field with
// its key, the Japanese and English header the exporter writes, and the other headers wards use for
// it (the MIC guideline's 情報資産管理台帳, IPA's リスク分析シート, English sheets). The importer
// recognises a column by any of them; the exporter writes the first Japanese or English one. The
// closed vocabularies (asset type, tier, statuses...) have the same kind of table: the word the
// exporter writes in each language and the words wards write for it.

#include "Enums.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mamori::sheets {

/// The registers a sheet can hold, in the order a workbook's sheets are merged (what a register
/// names comes before it).
enum class Register : std::uint8_t { OrgUnits, Assets, Threats, Controls, Dependencies, Exposures, Plan };
inline constexpr int kRegisterCount = 7;

/// How a cell of a field is read and written (SheetValues.h reads each kind).
enum class FieldKind : std::uint8_t {
    Id, ///< the register's own id
    Text, ///< a name or title: kept as written, line breaks folded
    Note, ///< free text, line breaks kept
    Choice, ///< one word of the field's vocabulary
    Level, ///< a classification level of the field's dimension
    Score, ///< 1..5 (impact, likelihood)
    Fraction, ///< 0..1 (weight, effectiveness, reduction)
    Yen, ///< an amount, 0 or more
    Hours, ///< a duration within a year, 0 to 8,760 hours (a recovery target)
    Rate, ///< events per year, 0 to 8,760 (one an hour: a threat's outages)
    Percent, ///< 0..100
    Category, ///< threat category 1..kThreatCategoryCount
    Group, ///< control group 1..kControlGroupCount
    Mark, ///< yes or no (〇/×, 有/無...)
    Date,
    AssetRef, ///< one asset id
    ThreatRef, ///< one threat id
    OrgUnitRef, ///< one org unit, by id or name (unknown names create the unit)
    ControlList, ///< control ids
    Dimensions, ///< a subset of C, I, A
    Filter, ///< asset types and tiers (a threat's applies_to)
    Scope, ///< a control's scope: empty for every asset, asset ids, or types and tiers
    Mitigations, ///< threat ids and categories, each with an optional reduction (T1-01=0.7, 1)
    RiskList, ///< asset/threat pairs (A-0001/T1-01)
    UnitStatuses, ///< a control's status per org unit (DEP-A=implemented; DEP-B=partial)
    Needs, ///< an asset's targets needed per dependency group (電源=1; クラスタ=2)
};

/// Which closed vocabulary a Choice field takes its words from.
enum class Vocabulary : std::uint8_t {
    None,
    AssetType,
    Tier,
    DependencyKind,
    ControlStatus,
    ControlEffect,
    ActionStatus,
    OrgUnitKind
};

struct FieldSpec {
    const char* key; ///< stable, used in mappings and summaries ("c", "owner", "cost_initial")
    FieldKind kind;
    const char* ja; ///< the header the exporter writes in Japanese (UTF-8)
    const char* en; ///< ... in English
    const char* aliases; ///< other headers, separated by '|' (UTF-8)
    Vocabulary vocabulary = Vocabulary::None;
    int dimension = -1; ///< for Level and per-dimension fields: dimIndex
};

/// The fields of a register, in the exporter's column order.
const QList<FieldSpec>& fieldSpecs(Register reg);
/// The field of `reg` with `key`, or null.
const FieldSpec* fieldSpec(Register reg, QStringView key);

/// A header or vocabulary word as compared: NFKC (full-width letters and digits folded), every
/// space and line break removed, case-folded. "情報資産の\n名称", "ＩＤ" and " id " compare equal
/// to "情報資産の名称", "id".
QString headerKey(const QString& text);

/// The field whose header or alias is `header` (compared by headerKey), or null.
const FieldSpec* fieldForHeader(Register reg, const QString& header);

/// The fields of `reg` a row gives all together or not at all, by key: a threat's outage is its rate
/// and both durations (RISK-MODEL.md 10), a rate without durations means nothing.
const QList<QStringList>& fieldsTogether(Register reg);

/// Every header a field is recognised by: its Japanese and English headers, its key, its aliases.
QStringList headersOf(const FieldSpec& field);

/// The register's stable key ("assets", "plan") and the sheet names the exporter writes.
QString registerKey(Register reg);
std::optional<Register> registerFromKey(QStringView key);
QString registerSheetName(Register reg, bool japanese);
/// The register a sheet of this name holds (its key, Japanese or English sheet name), if any.
std::optional<Register> registerForSheetName(const QString& name);

/// One entry of a vocabulary: the interchange key, the words the exporter writes and the aliases.
struct VocabularyWord {
    const char* key;
    const char* ja;
    const char* en;
    const char* aliases; ///< separated by '|' (UTF-8)
};
const QList<VocabularyWord>& vocabularyWords(Vocabulary vocabulary);
/// The key of the entry whose key, words or aliases equal `word` (by headerKey), if any.
std::optional<QString> vocabularyKey(Vocabulary vocabulary, const QString& word);
/// The keys of a vocabulary ("system, information, ...").
QStringList vocabularyKeys(Vocabulary vocabulary);
/// The words of a vocabulary as a sheet holds them, for messages: "情報システム (system), ..." (a
/// Japanese sheet is answered in its words, whatever the window's language).
QStringList vocabularyChoices(Vocabulary vocabulary);

} // namespace mamori::sheets
