// normalizeCell(): one reader per field kind (SheetValues.h).

#include "SheetValues.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace mamori::sheets {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mamori::SheetImport)
};

CellValue fail(const QString& what)
{
    return {QString(), what};
}

QString quoted(const Cell& cell)
{
    return QLatin1Char('"') + cell.text.trimmed() + QLatin1Char('"');
}

CellValue notOneOf(const Cell& cell, const QStringList& allowed)
{
    return fail(Tr::tr("%1 is not one of %2").arg(quoted(cell), allowed.join(QStringLiteral(", "))));
}

CellValue number(const Cell& cell, double low, double high)
{
    const std::optional<double> v = numberValue(cell);
    if (!v)
        return fail(Tr::tr("%1 is not a number").arg(quoted(cell)));
    if (*v < low || *v > high)
        return fail(Tr::tr("%1 is not between %2 and %3").arg(quoted(cell), numberText(low), numberText(high)));
    return {numberText(*v), {}};
}

/// A fraction may be written as a percent (70%).
CellValue fraction(const Cell& cell)
{
    const bool percent = cell.text.normalized(QString::NormalizationForm_KC).trimmed().endsWith(u'%');
    if (!percent)
        return number(cell, 0, 1);
    CellValue v = number(cell, 0, 100);
    if (v.ok())
        v.value = numberText(v.value.toDouble() / 100);
    return v;
}

/// A whole number in 1..count, also written with words around it (第3分類, 分類3, category 3).
CellValue wholeNumber(const Cell& cell, int count)
{
    static const QRegularExpression digits(QStringLiteral("^\\D*(\\d+)\\D*$"));
    const QRegularExpressionMatch m = digits.match(cell.text.normalized(QString::NormalizationForm_KC).trimmed());
    const int n = m.hasMatch() ? m.captured(1).toInt() : 0;
    if (n < 1 || n > count)
        return fail(
            Tr::tr("%1 is not between %2 and %3").arg(quoted(cell), QStringLiteral("1"), QString::number(count)));
    return {QString::number(n), {}};
}

CellValue choice(const FieldSpec& field, const Cell& cell, const ValueContext& context)
{
    QString key = context.mapping ? context.mapping->valueFor(QString::fromLatin1(field.key), cell.text) : QString();
    if (key.isEmpty())
        key = vocabularyKey(field.vocabulary, cell.text).value_or(QString());
    if (key.isEmpty() || !vocabularyKeys(field.vocabulary).contains(key))
        return notOneOf(cell, vocabularyChoices(field.vocabulary));
    return {key, {}};
}

QStringList levelNames(const Settings& settings, int dimension)
{
    QStringList out;
    for (const ImpactLevel& l : settings.impactTable[dimension])
        out.append(l.level);
    return out;
}

/// 3, ３, 機密性3, 3A, 自治体機密性3A, レベル2 → the level's name; IPA's 0..2 mapped on the scale.
CellValue level(const FieldSpec& field, const Cell& cell, const ValueContext& context)
{
    const QStringList names = levelNames(context.settings, field.dimension);
    QString s = context.mapping ? context.mapping->valueFor(QString::fromLatin1(field.key), cell.text) : QString();
    if (s.isEmpty()) {
        static const QRegularExpression prefix(QStringLiteral("^(自治体)?(機密性|完全性|可用性|レベル|level|lv\\.?)"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression spaces(QStringLiteral("\\s"));
        s = cell.text.normalized(QString::NormalizationForm_KC).remove(spaces);
        s = s.remove(prefix).toUpper();
    }
    if (context.scale == Scale::Ipa) {
        static const QStringList ipa = {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2")};
        if (!ipa.contains(s))
            return notOneOf(cell, ipa);
        const int v = s.toInt();
        s = QString::number(field.dimension == 0 ? v + 1 : qMax(v, 1));
    }
    if (names.contains(s))
        return {s, {}};
    static const QRegularExpression scheme2024(QStringLiteral("^3[ABC]$"));
    if (field.dimension == 0 && scheme2024.match(s).hasMatch()) {
        return fail(Tr::tr("%1 is a level of the 2024 scheme (3A, 3B, 3C); this project uses %2")
                        .arg(quoted(cell), names.join(QStringLiteral(", "))));
    }
    return notOneOf(cell, names);
}

CellValue mark(const Cell& cell)
{
    if (const std::optional<bool> m = markValue(cell.text))
        return {*m ? QStringLiteral("yes") : QStringLiteral("no"), {}};
    return fail(Tr::tr("%1 is neither yes (〇) nor no (×)").arg(quoted(cell)));
}

CellValue date(const Cell& cell)
{
    const QDate d = dateValue(cell);
    if (!d.isValid())
        return fail(Tr::tr("%1 is not a date").arg(quoted(cell)));
    return {d.toString(Qt::ISODate), {}};
}

CellValue idList(const Cell& cell, QString (*id)(const QString&))
{
    QStringList out;
    for (const QString& item : listItems(cell.text))
        out.append(id(item));
    return {out.join(QStringLiteral(", ")), {}};
}

CellValue dimensions(const Cell& cell)
{
    const QString s = headerKey(cell.text);
    QStringList out;
    const char* const letters[] = {"c", "i", "a"};
    const char* const words[] = {"機密性", "完全性", "可用性"};
    for (int d = 0; d < 3; ++d) {
        if (s.contains(QLatin1StringView(letters[d])) || s.contains(QString::fromUtf8(words[d])))
            out.append(QString::fromLatin1(letters[d]).toUpper());
    }
    if (out.isEmpty())
        return fail(Tr::tr("%1 names none of C, I, A").arg(quoted(cell)));
    return {out.join(QStringLiteral(", ")), {}};
}

/// Asset types and tiers, types first (the order SheetRecords writes a filter in).
CellValue filter(const Cell& cell)
{
    QStringList types, tiers;
    for (const QString& item : listItems(cell.text)) {
        if (auto t = vocabularyKey(Vocabulary::AssetType, item))
            types.append(*t);
        else if (auto t = vocabularyKey(Vocabulary::Tier, item))
            tiers.append(*t);
        else
            return fail(Tr::tr("\"%1\" is neither an asset type nor a tier").arg(item));
    }
    return {(types + tiers).join(QStringLiteral(", ")), {}};
}

CellValue scope(const Cell& cell)
{
    static const QStringList all = {QStringLiteral("all"), QStringLiteral("*"), QStringLiteral("全て"),
        QStringLiteral("すべて"), QStringLiteral("全資産"), QStringLiteral("全体")};
    if (all.contains(headerKey(cell.text)))
        return {QStringLiteral("all"), {}};
    if (CellValue f = filter(cell); f.ok())
        return f;
    return idList(cell, assetIdText);
}

/// T1-01=0.7, T1-02 (0.5), 1 (a category), 分類2
CellValue mitigations(const Cell& cell)
{
    static const QRegularExpression entry(
        QStringLiteral("^(.*?)\\s*(?:[=:]\\s*([0-9.]+%?)|\\(\\s*([0-9.]+%?)\\s*\\))?$"));
    static const QRegularExpression category(
        QStringLiteral("^(?:分類|カテゴリ|category)?\\s*([0-9])$"), QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    for (const QString& item : listItems(cell.text)) {
        const QRegularExpressionMatch m = entry.match(item);
        const QString target = m.captured(1);
        const QRegularExpressionMatch c = category.match(target);
        QString text = c.hasMatch() ? c.captured(1) : idText(target);
        if (const QString r = m.captured(2) + m.captured(3); !r.isEmpty()) {
            const CellValue reduction = fraction(Cell {Cell::Kind::Text, r, std::nullopt, {}});
            if (!reduction.ok())
                return fail(Tr::tr("in %1: %2").arg(quoted(cell), reduction.error));
            text += QLatin1Char('=') + reduction.value;
        }
        out.append(text);
    }
    return {out.join(QStringLiteral(", ")), {}};
}

/// A/T pairs: A-0001/T1-01 (or A-0001:T1-01), the asset part read as a 管理番号.
CellValue riskList(const Cell& cell)
{
    QStringList out;
    for (const QString& item : listItems(cell.text)) {
        const qsizetype cut = item.indexOf(QRegularExpression(QStringLiteral("[/:]")));
        if (cut <= 0)
            return fail(Tr::tr("\"%1\" is not an asset and a threat (A-0001/T1-01)").arg(item));
        out.append(assetIdText(item.left(cut)) + QLatin1Char('/') + idText(item.mid(cut + 1)));
    }
    return {out.join(QStringLiteral(", ")), {}};
}

/// DEP-A=実施済み; DEP-B=partial (also DEP-A:…): each unit (as an id) with a word of the control
/// statuses; canonical as "DEP-A=implemented, DEP-B=partial", sorted by unit as a control holds them.
CellValue unitStatuses(const Cell& cell)
{
    static const QRegularExpression pair(QStringLiteral("^(.+?)\\s*[=:]\\s*(.+)$"));
    QMap<QString, QString> statuses;
    for (const QString& item : listItems(cell.text)) {
        const QRegularExpressionMatch m = pair.match(item);
        if (!m.hasMatch())
            return fail(Tr::tr("\"%1\" is not an org unit and a status (DEP-A=implemented)").arg(item));
        const QString unit = idText(m.captured(1));
        const std::optional<QString> status = vocabularyKey(Vocabulary::ControlStatus, m.captured(2));
        if (!status)
            return fail(
                Tr::tr("in \"%1\": \"%2\" is not one of %3")
                    .arg(item, m.captured(2), vocabularyChoices(Vocabulary::ControlStatus).join(QStringLiteral(", "))));
        if (statuses.contains(unit))
            return fail(Tr::tr("org unit \"%1\" is given twice").arg(unit));
        statuses.insert(unit, *status);
    }
    QStringList out;
    for (auto it = statuses.begin(); it != statuses.end(); ++it)
        out.append(it.key() + QLatin1Char('=') + it.value());
    return {out.join(QStringLiteral(", ")), {}};
}

/// 電源=1; クラスタ=2 (also 電源:1, full-width ＝：；, separated like every list): each dependency
/// group (as its text, the way a dependency's 代替グループ is read) with a whole number of 1 or
/// more; canonical as "クラスタ=2, 電源=1", sorted by group as an asset holds them. Whether the group
/// exists and has that many is the model's check (Validation), made after the import.
CellValue needs(const Cell& cell)
{
    static const QRegularExpression separators(QStringLiteral("[,、，;；\n\r]+"));
    static const QRegularExpression pair(QStringLiteral("^(.+?)\\s*[=:＝：]\\s*(.*)$"));
    static const QRegularExpression whole(QStringLiteral("^\\d{1,6}$"));
    QMap<QString, int> needed;
    for (const QString& part : cell.text.split(separators)) {
        const QString item = part.trimmed();
        if (item.isEmpty())
            continue;
        const QRegularExpressionMatch m = pair.match(item);
        if (!m.hasMatch() || foldedText(m.captured(1)).isEmpty())
            return fail(Tr::tr("\"%1\" is not a dependency group and a number (電源=1)").arg(item));
        const QString group = foldedText(m.captured(1));
        const QString count = m.captured(2).normalized(QString::NormalizationForm_KC).trimmed();
        if (!whole.match(count).hasMatch() || count.toInt() < 1)
            return fail(Tr::tr("in \"%1\": \"%2\" is not a whole number of 1 or more").arg(item, count));
        if (needed.contains(group))
            return fail(Tr::tr("group \"%1\" is given twice").arg(group));
        needed.insert(group, count.toInt());
    }
    QStringList out;
    for (auto it = needed.begin(); it != needed.end(); ++it)
        out.append(it.key() + QLatin1Char('=') + QString::number(it.value()));
    return {out.join(QStringLiteral(", ")), {}};
}

/// A dash in a level, number or date column says "nothing here" (－, -, ―, ー), as wards fill the
/// cells that do not apply.
bool isDash(const FieldSpec& field, const Cell& cell)
{
    static const QStringList dashes
        = {QStringLiteral("-"), QStringLiteral("―"), QStringLiteral("ー"), QStringLiteral("‐"), QStringLiteral("—")};
    switch (field.kind) {
    case FieldKind::Level:
    case FieldKind::Score:
    case FieldKind::Fraction:
    case FieldKind::Yen:
    case FieldKind::Hours:
    case FieldKind::Rate:
    case FieldKind::Percent:
    case FieldKind::Date:
    case FieldKind::Needs:
        return dashes.contains(cell.text.normalized(QString::NormalizationForm_KC).trimmed());
    default:
        return false;
    }
}

} // namespace

CellValue normalizeCell(const FieldSpec& field, const Cell& cell, const ValueContext& context)
{
    if (cell.isEmpty() || isDash(field, cell))
        return {};
    switch (field.kind) {
    case FieldKind::Id:
    case FieldKind::ThreatRef:
        return {idText(cell.text), {}};
    case FieldKind::AssetRef:
        return {assetIdText(cell.text), {}};
    case FieldKind::Text:
    case FieldKind::OrgUnitRef:
        return {foldedText(cell.text), {}};
    case FieldKind::Note:
        return {cell.text.trimmed(), {}};
    case FieldKind::Choice:
        return choice(field, cell, context);
    case FieldKind::Level:
        return level(field, cell, context);
    case FieldKind::Score:
        return number(cell, 1, 5);
    case FieldKind::Fraction:
        return fraction(cell);
    case FieldKind::Yen:
        return number(cell, 0, 1e15);
    case FieldKind::Hours:
    case FieldKind::Rate:
        return number(cell, 0, 8760);
    case FieldKind::Percent:
        return number(cell, 0, 100);
    case FieldKind::Category:
        return wholeNumber(cell, kThreatCategoryCount);
    case FieldKind::Group:
        return wholeNumber(cell, kControlGroupCount);
    case FieldKind::Mark:
        return mark(cell);
    case FieldKind::Date:
        return date(cell);
    case FieldKind::ControlList:
        return idList(cell, idText);
    case FieldKind::Dimensions:
        return dimensions(cell);
    case FieldKind::Filter:
        return filter(cell);
    case FieldKind::Scope:
        return scope(cell);
    case FieldKind::Mitigations:
        return mitigations(cell);
    case FieldKind::RiskList:
        return riskList(cell);
    case FieldKind::UnitStatuses:
        return unitStatuses(cell);
    case FieldKind::Needs:
        return needs(cell);
    }
    return {};
}

} // namespace mamori::sheets
