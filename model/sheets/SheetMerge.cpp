#include "SheetMerge.h"

#include "SheetRecords.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace mamori::sheets {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mamori::SheetImport)
};

/// One data row: its canonical values by field key, and the column each came from.
struct Row {
    int row = 0;
    Record values;
    QHash<QString, int> columnOf; ///< field key → index in HeaderLayout::columns
};

// What the merge needs to know of each item type beyond SheetRecords.
LocalizedText nameOf(const OrgUnit& u)
{
    return u.name;
}
LocalizedText nameOf(const Asset& a)
{
    return a.name;
}
LocalizedText nameOf(const Threat& t)
{
    return t.name;
}
LocalizedText nameOf(const Control& k)
{
    return k.name;
}
LocalizedText nameOf(const PlanAction& p)
{
    return p.title;
}
LocalizedText nameOf(const Dependency&)
{
    return {};
}
LocalizedText nameOf(const Exposure&)
{
    return {};
}

template <typename T> constexpr bool hasId = !std::is_same_v<T, Dependency> && !std::is_same_v<T, Exposure>;

/// The prefix of ids the import gives to new named items without an id.
QString idPrefix(Register reg)
{
    switch (reg) {
    case Register::OrgUnits:
        return QStringLiteral("ORG-");
    case Register::Assets:
        return QStringLiteral("A-");
    case Register::Threats:
        return QStringLiteral("T-");
    case Register::Controls:
        return QStringLiteral("K-");
    default:
        break;
    }
    return QStringLiteral("P-");
}

QList<ModelEdit> removalEdits(const Model& m, const Asset& a)
{
    return removeAssetEdits(m, a.id);
}
QList<ModelEdit> removalEdits(const Model& m, const Threat& t)
{
    return removeThreatEdits(m, t.id);
}
QList<ModelEdit> removalEdits(const Model& m, const Control& k)
{
    return removeControlEdits(m, k.id);
}
QList<ModelEdit> removalEdits(const Model& m, const OrgUnit& u)
{
    return removeOrgUnitEdits(m, u.id);
}
QList<ModelEdit> removalEdits(const Model& m, const PlanAction& p)
{
    return removeActionEdits(m, p.id);
}
template <typename T> QList<ModelEdit> removalEdits(const Model& m, const T& item)
{
    const QList<T>& list = m.list<T>();
    const QString key = itemKey(item);
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (itemKey(list[i]) == key)
            return {ModelEdit::remove(i, list[i])};
    }
    return {};
}

template <typename T> class Merger {
public:
    Merger(MergeState& state, const Sheet& sheet, Register reg, const HeaderLayout& layout, const ValueContext& context)
        : m_state(state)
        , m_sheet(sheet)
        , m_reg(reg)
        , m_layout(layout)
        , m_context(context)
    {
        m_summary.reg = reg;
        m_summary.sheet = sheet.name;
        m_summary.headerRow = layout.lastRow + 1;
        const QList<T>& list = state.model.list<T>();
        for (qsizetype i = 0; i < list.size(); ++i) {
            m_index.insert(itemKey(list[i]), i);
            for (const QString& n : {nameOf(list[i]).ja, nameOf(list[i]).en}) {
                if (!n.isEmpty())
                    m_byName.insert(headerKey(n), itemKey(list[i]));
            }
        }
    }

    RegisterSummary run(bool removeMissing)
    {
        QList<Row> rows;
        for (int r = m_layout.lastRow + 1; r < m_sheet.rows.size(); ++r) {
            if (std::optional<Row> row = readRow(r))
                rows.append(*row);
        }
        if (m_reg == Register::OrgUnits)
            noteSheetUnits(rows);
        for (Row& row : rows) {
            resolveOrgUnits(row);
            resolveNames(row);
        }
        QHash<QString, int> firstRowOf;
        for (Row& row : rows) {
            const QString key = keyOf(row);
            if (key.isEmpty())
                continue;
            if (firstRowOf.contains(key)) {
                const QString field = hasId<T> ? QStringLiteral("id") : QString();
                problem(row, field,
                    Tr::tr("\"%1\" appears twice: rows %2 and %3")
                        .arg(key, QString::number(firstRowOf[key] + 1), QString::number(row.row + 1)));
                continue;
            }
            firstRowOf.insert(key, row.row);
            if constexpr (std::is_same_v<T, OrgUnit>)
                m_state.listedUnits.insert(key);
            merge(row, key);
        }
        const ModelIndex index(m_state.model);
        for (const Row& row : rows)
            checkReferences(row, index);
        handleMissing(firstRowOf, removeMissing);
        return m_summary;
    }

private:
    void problem(const Row& row, const QString& field, const QString& what)
    {
        const int at = row.columnOf.value(field, -1);
        const SheetColumn* column = at >= 0 ? &m_layout.columns[at] : nullptr;
        m_state.problem(m_sheet.name, row.row, column ? column->column : -1, column ? column->header : QString(), what);
    }

    std::optional<Row> readRow(int r)
    {
        Row row {r, {}, {}};
        bool failed = false;
        for (int i = 0; i < m_layout.columns.size(); ++i) {
            const SheetColumn& column = m_layout.columns[i];
            const Cell& cell = m_sheet.at(r, column.column);
            if (column.ignored || cell.isEmpty())
                continue;
            if (!column.field) {
                if constexpr (std::is_same_v<T, Asset>) // only assets keep free columns (RISK-MODEL 9)
                    row.values.insert(kAttributePrefix + column.header, attributeText(cell));
                continue;
            }
            CellValue v = normalizeCell(*column.field, cell, m_context);
            if (!v.ok()) {
                m_state.problem(m_sheet.name, r, column.column, column.header, v.error);
                failed = true;
                continue;
            }
            if (v.value.isEmpty())
                continue; // a dash: nothing to change
            const QString key = QString::fromLatin1(column.field->key);
            if (std::is_same_v<T, Asset> && column.field->kind == FieldKind::Id)
                v.value = assetIdText(v.value);
            row.values.insert(key, v.value);
            row.columnOf.insert(key, i);
        }
        if (failed || row.values.isEmpty() || !givenTogether(row))
            return std::nullopt;
        return row;
    }

    /// Fields that go together (a threat's outage rate, P5 and P95) are all given or none: a part
    /// alone would half-describe the outage. Reported at the first missing column the sheet has,
    /// else at the given one.
    bool givenTogether(const Row& row)
    {
        for (const QStringList& keys : fieldsTogether(m_reg)) {
            QStringList missing;
            int missingColumn = -1;
            QString given;
            for (const QString& key : keys) {
                if (row.values.contains(key)) {
                    if (given.isEmpty())
                        given = key;
                    continue;
                }
                const int at = layoutColumnOf(key);
                if (missingColumn < 0)
                    missingColumn = at;
                missing.append(at >= 0 ? m_layout.columns[at].header : headerNames(key));
            }
            if (given.isEmpty() || missing.isEmpty())
                continue;
            QStringList all;
            for (const QString& key : keys) {
                const int at = layoutColumnOf(key);
                all.append(at >= 0 ? m_layout.columns[at].header : headerNames(key));
            }
            const QString what = Tr::tr("give all of %1 or none of them; missing: %2")
                                     .arg(all.join(QStringLiteral(", ")), missing.join(QStringLiteral(", ")));
            if (missingColumn >= 0) {
                const SheetColumn& column = m_layout.columns[missingColumn];
                m_state.problem(m_sheet.name, row.row, column.column, column.header, what);
            } else {
                problem(row, given, what);
            }
            return false;
        }
        return true;
    }

    /// The index in the layout of the column of field `key`, or -1 when the sheet lacks it.
    int layoutColumnOf(const QString& key) const
    {
        for (int i = 0; i < m_layout.columns.size(); ++i) {
            const SheetColumn& c = m_layout.columns[i];
            if (!c.ignored && c.field && key == QLatin1StringView(c.field->key))
                return i;
        }
        return -1;
    }

    /// A field's headers as a message names a column the sheet does not have: "停止時間P5（時間） (Outage hours P5)".
    QString headerNames(const QString& key) const
    {
        const FieldSpec* f = fieldSpec(m_reg, key);
        return f ? QStringLiteral("%1 (%2)").arg(QString::fromUtf8(f->ja), QString::fromUtf8(f->en)) : key;
    }

    /// An owner given by id or by name (either language); an unknown name creates the unit.
    void resolveOrgUnits(Row& row)
    {
        for (const FieldSpec& f : fieldSpecs(m_reg)) {
            const QString key = QString::fromLatin1(f.key);
            if (f.kind != FieldKind::OrgUnitRef || !row.values.contains(key))
                continue;
            row.values[key] = orgUnitId(row.values[key]);
        }
    }

    /// An asset or threat written by its name (either language) where its id is expected, as wards
    /// write dependencies and exposures: the id of the one item of that name.
    void resolveNames(Row& row)
    {
        for (const FieldSpec& f : fieldSpecs(m_reg)) {
            const QString key = QString::fromLatin1(f.key);
            if (!row.values.contains(key))
                continue;
            if (f.kind == FieldKind::AssetRef)
                row.values[key] = idOfName(m_state.model.assets, m_assetNames, row.values[key]);
            else if (f.kind == FieldKind::ThreatRef)
                row.values[key] = idOfName(m_state.model.threats, m_threatNames, row.values[key]);
        }
    }

    template <typename Item>
    static QString idOfName(const QList<Item>& items, QHash<QString, QString>& names, const QString& text)
    {
        if (names.isEmpty()) {
            for (const Item& item : items) {
                for (const QString& n : {item.name.ja, item.name.en}) {
                    if (!n.isEmpty())
                        names.insert(headerKey(n), item.id);
                }
            }
        }
        if (indexOfId(items, text) >= 0)
            return text;
        return names.value(headerKey(text), text);
    }

    /// The units the org unit sheet itself adds: a parent may be named before its own row.
    void noteSheetUnits(const QList<Row>& rows)
    {
        for (const Row& row : rows) {
            const QString id = row.values.value(QStringLiteral("id"));
            for (const char* key : {"id", "name", "name_en"}) {
                if (const QString v = row.values.value(QString::fromLatin1(key)); !id.isEmpty() && !v.isEmpty())
                    m_sheetUnits.insert(headerKey(v), id);
            }
        }
    }

    QString orgUnitId(const QString& text)
    {
        const QString wanted = headerKey(text);
        if (m_units.isEmpty()) {
            for (const OrgUnit& u : m_state.model.orgUnits)
                noteUnit(u);
        }
        for (const auto* known : {&m_units, &m_sheetUnits}) {
            if (const QString id = known->value(wanted); !id.isEmpty())
                return id;
        }
        OrgUnit unit;
        unit.id = freeId(m_state.model.orgUnits, QStringLiteral("ORG-"));
        unit.name.ja = text;
        unit.kind = OrgUnitKind::Department;
        m_state.apply(ModelEdit::insert(m_state.model.orgUnits.size(), unit));
        m_state.newOrgUnits.append(unit.id);
        noteUnit(unit);
        return unit.id;
    }

    void noteUnit(const OrgUnit& u)
    {
        // The id wins over a name that happens to spell another unit's id.
        for (const QString& n : {u.name.en, u.name.ja, u.id}) {
            if (!n.isEmpty())
                m_units.insert(headerKey(n), u.id);
        }
    }

    /// The row's item: its id, the item of its name, a new id, or the pair it joins.
    QString keyOf(Row& row)
    {
        if constexpr (hasId<T>) {
            if (row.values.contains(QStringLiteral("id")))
                return row.values[QStringLiteral("id")];
            const QString name = row.values.value(QStringLiteral("name"), row.values.value(QStringLiteral("title")));
            const QString en
                = row.values.value(QStringLiteral("name_en"), row.values.value(QStringLiteral("title_en")));
            for (const QString& n : {name, en}) {
                if (const QString id = m_byName.value(headerKey(n)); !n.isEmpty() && !id.isEmpty())
                    return row.values[QStringLiteral("id")] = id;
            }
            if (name.isEmpty() && en.isEmpty()) {
                problem(row, QString(), Tr::tr("the row has neither an id nor a name"));
                return {};
            }
            return row.values[QStringLiteral("id")] = freeId(m_state.model.list<T>(), idPrefix(m_reg));
        } else {
            T probe;
            for (auto it = row.values.begin(); it != row.values.end(); ++it)
                setField(probe, it.key(), it.value());
            const Record r = recordOf(probe);
            for (const FieldSpec& f : fieldSpecs(m_reg)) {
                if ((f.kind == FieldKind::AssetRef || f.kind == FieldKind::ThreatRef)
                    && r.value(QString::fromLatin1(f.key)).isEmpty()) {
                    const QString column
                        = QStringLiteral("%1 (%2)").arg(QString::fromUtf8(f.ja), QString::fromUtf8(f.en));
                    problem(row, QString(), Tr::tr("the row has no %1").arg(column));
                    return {};
                }
            }
            return itemKey(probe);
        }
    }

    void noteOrigin(const Row& row, const QString& key)
    {
        RowOrigin origin {m_reg, key, m_sheet.name, row.row, {}};
        for (auto it = row.columnOf.begin(); it != row.columnOf.end(); ++it) {
            const SheetColumn& c = m_layout.columns[it.value()];
            origin.columns.insert(it.key(), {c.column, c.header});
        }
        m_state.origins.append(origin);
    }

    void merge(const Row& row, const QString& key)
    {
        noteOrigin(row, key);
        QList<T>& list = m_state.model.list<T>();
        const qsizetype at = m_index.value(key, -1);
        if (at < 0) {
            T item;
            for (auto it = row.values.begin(); it != row.values.end(); ++it)
                setField(item, it.key(), it.value());
            if (hasId<T> && nameOf(item).isEmpty()) {
                problem(row, QStringLiteral("id"), Tr::tr("a new item needs a name"));
                return;
            }
            m_index.insert(key, list.size());
            m_state.apply(ModelEdit::insert(list.size(), item));
            m_summary.added.append(key);
            return;
        }
        const Record before = recordOf(list[at]);
        ItemUpdate update {key, {}};
        T item = list[at];
        for (auto it = row.values.begin(); it != row.values.end(); ++it) {
            if (before.value(it.key()) == it.value())
                continue;
            update.changes.append({it.key(), before.value(it.key()), it.value()});
            setField(item, it.key(), it.value());
        }
        if (update.changes.isEmpty()) {
            ++m_summary.unchanged;
            return;
        }
        // In the register's column order, the free columns last, as the summary shows them.
        std::stable_sort(update.changes.begin(), update.changes.end(),
            [this](const FieldChange& a, const FieldChange& b) { return fieldOrder(a.field) < fieldOrder(b.field); });
        m_state.apply(ModelEdit::replace(at, item));
        m_summary.updated.append(update);
    }

    qsizetype fieldOrder(const QString& key) const
    {
        const QList<FieldSpec>& specs = fieldSpecs(m_reg);
        for (qsizetype i = 0; i < specs.size(); ++i) {
            if (key == QLatin1StringView(specs[i].key))
                return i;
        }
        return specs.size();
    }

    void checkReferences(const Row& row, const ModelIndex& index)
    {
        for (auto it = row.values.begin(); it != row.values.end(); ++it) {
            const FieldSpec* f = fieldSpec(m_reg, it.key());
            if (!f)
                continue;
            for (const QString& missing : unknownReferences(*f, it.value(), index))
                problem(row, it.key(), missing);
        }
    }

    QStringList unknownReferences(const FieldSpec& f, const QString& value, const ModelIndex& index) const
    {
        QStringList out;
        auto check = [&](const QHash<QString, qsizetype>& known, const QString& id, const QString& what) {
            if (!id.isEmpty() && !known.contains(id))
                out.append(what.arg(id));
        };
        const QString asset = Tr::tr("asset \"%1\" does not exist"), threat = Tr::tr("threat \"%1\" does not exist");
        const QStringList items = value.split(QStringLiteral(", "), Qt::SkipEmptyParts);
        switch (f.kind) {
        case FieldKind::AssetRef:
            check(index.assets, value, asset);
            break;
        case FieldKind::ThreatRef:
            check(index.threats, value, threat);
            break;
        case FieldKind::ControlList:
            for (const QString& id : items)
                check(index.controls, id, Tr::tr("control \"%1\" does not exist"));
            break;
        case FieldKind::RiskList:
            for (const QString& pair : items) {
                check(index.assets, pair.section(QLatin1Char('/'), 0, 0), asset);
                check(index.threats, pair.section(QLatin1Char('/'), 1), threat);
            }
            break;
        case FieldKind::Mitigations:
            for (const QString& m : items) {
                if (const QString target = m.section(QLatin1Char('='), 0, 0); target.toInt() == 0)
                    check(index.threats, target, threat);
            }
            break;
        case FieldKind::UnitStatuses:
            for (const QString& entry : items)
                check(index.orgUnits, entry.section(QLatin1Char('='), 0, 0), Tr::tr("org unit \"%1\" does not exist"));
            break;
        case FieldKind::Scope:
            for (const QString& id : items) {
                // "all", asset types and tiers are no references
                if (id != QLatin1StringView("all") && !fromKey<AssetType>(id) && !fromKey<Tier>(id))
                    check(index.assets, id, asset);
            }
            break;
        default:
            break;
        }
        return out;
    }

    void handleMissing(const QHash<QString, int>& seen, bool remove)
    {
        QList<T> missing;
        for (const T& item : m_state.model.list<T>()) {
            if (!seen.contains(itemKey(item)) && inScope(m_state.scope, item))
                missing.append(item);
        }
        for (const T& item : missing) {
            m_summary.missing.append(itemKey(item));
            if (remove)
                m_state.applyAll(removalEdits(m_state.model, item));
        }
        m_summary.missingRemoved = remove && !missing.isEmpty();
    }

    MergeState& m_state;
    const Sheet& m_sheet;
    Register m_reg;
    const HeaderLayout& m_layout;
    const ValueContext& m_context;
    RegisterSummary m_summary;
    QHash<QString, qsizetype> m_index; ///< item key → position; inserts append
    QHash<QString, QString> m_byName; ///< headerKey of a name → item key
    QHash<QString, QString> m_assetNames, m_threatNames; ///< headerKey of a name → id, filled when needed
    QHash<QString, QString> m_units; ///< headerKey of a project unit's id or name → its id
    QHash<QString, QString> m_sheetUnits; ///< headerKey of an org unit sheet's id or name → its id
};

template <typename T>
RegisterSummary merge(MergeState& state, const Sheet& sheet, Register reg, const HeaderLayout& layout,
    const ValueContext& context, bool removeMissing)
{
    return Merger<T>(state, sheet, reg, layout, context).run(removeMissing);
}

} // namespace

void MergeState::problem(const QString& sheet, int row, int column, const QString& header, const QString& what)
{
    QString where = header.isEmpty() ? Tr::tr("row %1").arg(row + 1)
                                     : Tr::tr("row %1, column %2").arg(QString::number(row + 1), header);
    if (nameSheets)
        where = Tr::tr("sheet %1, %2").arg(sheet, where);
    errors.append({file, where, what});
    problemCells.append({sheet, row, column, errors.size() - 1});
}

RegisterSummary mergeRegister(MergeState& state, const Sheet& sheet, Register reg, const HeaderLayout& layout,
    const ValueContext& context, bool removeMissing)
{
    switch (reg) {
    case Register::OrgUnits:
        return merge<OrgUnit>(state, sheet, reg, layout, context, removeMissing);
    case Register::Assets:
        return merge<Asset>(state, sheet, reg, layout, context, removeMissing);
    case Register::Threats:
        return merge<Threat>(state, sheet, reg, layout, context, removeMissing);
    case Register::Controls:
        return merge<Control>(state, sheet, reg, layout, context, removeMissing);
    case Register::Dependencies:
        return merge<Dependency>(state, sheet, reg, layout, context, removeMissing);
    case Register::Exposures:
        return merge<Exposure>(state, sheet, reg, layout, context, removeMissing);
    case Register::Plan:
        break;
    }
    return merge<PlanAction>(state, sheet, reg, layout, context, removeMissing);
}

} // namespace mamori::sheets
