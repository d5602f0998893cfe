#include "registers/Registers.h"

#include "Clock.h"
#include "DisplayDate.h"
#include "DisplayLanguage.h"
#include "EnumNames.h"
#include "JapaneseCalendar.h"
#include "NumberFormat.h"
#include "document/LiveAssessment.h"
#include "document/ProjectDocument.h"
#include "engine/Plan.h"
#include "review/ReviewItems.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace mamori {

namespace {

QString trRegisters(const char* text)
{
    return QCoreApplication::translate("mamori::Registers", text);
}

// --- Which list a register shows ---------------------------------------------------------------

template <typename T> const T& item(ProjectDocument* d, int row)
{
    return d->model().list<T>()[row];
}

template <typename T>
RegisterTableModel* makeRegister(ProjectDocument* d, QList<RegisterColumn> columns, QObject* parent)
{
    auto* model = new RegisterTableModel(
        d, entityIndex<T>, [d] { return int(d->model().list<T>().size()); }, std::move(columns), parent);
    // Columns computed by the engine change when a new assessment arrives; only those are announced,
    // so a view sorted by another column does not re-sort its rows after every edit.
    int first = -1, last = -1;
    for (int c = 0; c < model->columnCount(); ++c) {
        if (model->column(c).fromAssessment) {
            first = first < 0 ? c : first;
            last = c;
        }
    }
    if (first >= 0) {
        QObject::connect(d->assessment(), &LiveAssessment::updated, model, [model, first, last] {
            if (model->rowCount() > 0)
                emit model->dataChanged(model->index(0, first), model->index(model->rowCount() - 1, last));
        });
    }
    return model;
}

// --- Parsing what a user typed ------------------------------------------------------------------

/// A number as typed: locale digits, grouping commas, a yen sign or 円 are accepted.
std::optional<double> parseNumber(const QVariant& value, bool& ok)
{
    ok = true;
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int)
        return value.toDouble();
    QString text = value.toString().trimmed();
    text.remove(QLatin1Char(','))
        .remove(QChar(0xFF0C))
        .remove(QChar(0x00A5))
        .remove(QChar(0xFFE5))
        .remove(QChar(0x5186));
    if (text.isEmpty())
        return std::nullopt;
    double v = QLocale().toDouble(text, &ok);
    if (!ok)
        v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v)) {
        ok = false;
        return std::nullopt;
    }
    return v;
}

QString notANumber(const QVariant& value)
{
    return trRegisters(QT_TRANSLATE_NOOP("mamori::Registers", "“%1” is not a number")).arg(value.toString());
}

QStringList parseIdList(const QVariant& value)
{
    QStringList out;
    for (QString part : value.toString().split(QRegularExpression(QStringLiteral("[,、\\s]+")), Qt::SkipEmptyParts))
        out.append(part.trimmed());
    return out;
}

// --- Column builders ----------------------------------------------------------------------------

/// A read-only column whose display text and sort key are the same value.
template <typename Fn> RegisterColumn readOnly(const char* header, Fn value, bool visible = true)
{
    return {header,
        [value](int row, int role) -> QVariant {
            return role == Qt::DisplayRole || role == RegisterTableModel::SortRole ? QVariant(value(row)) : QVariant();
        },
        {}, {}, visible};
}

/// A read-only number column computed by the engine: locale digit grouping, sorted as a number,
/// right-aligned, refreshed with every new assessment.
template <typename Fn> RegisterColumn engineNumber(const char* header, Fn value, bool visible = true)
{
    return {header,
        [value](int row, int role) -> QVariant {
            const std::optional<double> v = value(row);
            switch (role) {
            case Qt::DisplayRole:
                return v ? formatNumber(*v) : QString();
            case RegisterTableModel::SortRole:
                return v ? *v : -1.0;
            case Qt::TextAlignmentRole:
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            default:
                return {};
            }
        },
        {}, {}, visible, true};
}

/// An editable column of item type T. `get(item, role)` gives the cell's data, `set(copy, value)`
/// changes a copy of the item and returns an error message, or an empty string.
template <typename T, typename Get, typename Set>
RegisterColumn editable(ProjectDocument* d, const char* header, Get get, Set set,
    std::function<QList<Choice>()> choices = {}, bool visible = true)
{
    return {header, [d, get](int row, int role) -> QVariant { return get(item<T>(d, row), role); },
        [d, set](int row, const QVariant& value) -> CellEdit {
            T copy = item<T>(d, row);
            const QString error = set(copy, value);
            if (!error.isEmpty())
                return {{}, error};
            return {{ModelEdit::replace(row, std::move(copy))}, {}};
        },
        std::move(choices), visible};
}

/// Display and sort by one text.
QVariant text(const QString& s, int role)
{
    return role == Qt::DisplayRole || role == Qt::EditRole || role == RegisterTableModel::SortRole ? QVariant(s)
                                                                                                   : QVariant();
}

/// The ID: typing a new one renames the item and rewrites everything that names it (edits::renameId),
/// one undo step; a taken or malformed ID is refused with the reason.
template <typename T> RegisterColumn idColumn(ProjectDocument* d)
{
    return {QT_TRANSLATE_NOOP("mamori::Registers", "ID"),
        [d](int row, int role) { return text(item<T>(d, row).id, role); },
        [d](int row, const QVariant& value) -> CellEdit {
            UserEdit rename = edits::renameId<T>(d->model(), item<T>(d, row).id, value.toString());
            return {std::move(rename.edits), rename.error, rename.text};
        }};
}

/// An optional number: shown with grouping, edited as plain text, sorted as a number.
QVariant number(const std::optional<double>& v, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        return v ? formatNumber(*v) : QString();
    case Qt::EditRole:
        return v ? QString::number(*v) : QString();
    case RegisterTableModel::SortRole:
        return v ? *v : -1.0;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

/// Sets an optional number from what was typed (empty clears it).
QString setOptionalNumber(std::optional<double>& target, const QVariant& value)
{
    bool ok = true;
    const auto v = parseNumber(value, ok);
    if (!ok)
        return notANumber(value);
    target = v;
    return {};
}

QString setRequiredNumber(double& target, const QVariant& value)
{
    bool ok = true;
    const auto v = parseNumber(value, ok);
    if (!ok || !v)
        return notANumber(value);
    target = *v;
    return {};
}

/// An enum shown by its translated name, edited by choosing, stored by key.
template <typename E> QVariant enumData(E value, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        return EnumNames::name(value);
    case Qt::EditRole:
        return toKey(value);
    case RegisterTableModel::SortRole:
        return int(value);
    default:
        return {};
    }
}

template <typename E> QList<Choice> enumChoices()
{
    QList<Choice> out;
    for (const auto& [value, key] : EnumKeys<E>::table)
        out.append({EnumNames::name(value), QString::fromLatin1(key)});
    return out;
}

template <typename E> QString setEnum(E& target, const QVariant& value)
{
    const auto e = fromKey<E>(value.toString());
    if (!e)
        return trRegisters(QT_TRANSLATE_NOOP("mamori::Registers", "“%1” is not one of: %2"))
            .arg(value.toString(), allKeys<E>());
    target = *e;
    return {};
}

QString orgUnitName(const Model& m, const QString& id)
{
    for (const OrgUnit& u : m.orgUnits) {
        if (u.id == id)
            return u.name.text(displayLanguage());
    }
    return id;
}

} // namespace

QString unitStatusesText(const Model& model, const QMap<QString, ControlStatus>& statuses)
{
    QStringList out;
    for (auto it = statuses.begin(); it != statuses.end(); ++it)
        out.append(QStringLiteral("%1: %2").arg(orgUnitName(model, it.key()), EnumNames::name(it.value())));
    return out.join(QStringLiteral("; "));
}

namespace {

std::function<QList<Choice>()> orgUnitChoices(ProjectDocument* d)
{
    return [d] {
        QList<Choice> out {{trRegisters(QT_TRANSLATE_NOOP("mamori::Registers", "(none)")), QString()}};
        for (const OrgUnit& u : d->model().orgUnits)
            out.append({u.name.text(displayLanguage()), u.id});
        return out;
    };
}

QVariant orgUnitData(ProjectDocument* d, const QString& id, int role)
{
    switch (role) {
    case Qt::DisplayRole:
    case RegisterTableModel::SortRole:
        return orgUnitName(d->model(), id);
    case Qt::EditRole:
        return id;
    default:
        return {};
    }
}

/// The name in the display language, edited in that language.
/// A whole number 1..count from a fixed vocabulary (a threat's §3 category, a control's group): shown
/// by its translated name, sorted and edited by its number, chosen from the list of names.
template <typename T>
RegisterColumn vocabularyColumn(ProjectDocument* d, const char* header, int T::*member, QString (*name)(int), int count)
{
    return editable<T>(
        d, header,
        [member, name](const T& item, int role) -> QVariant {
            if (role == Qt::DisplayRole)
                return name(item.*member);
            return role == Qt::EditRole || role == RegisterTableModel::SortRole ? QVariant(item.*member) : QVariant();
        },
        [member](T& item, const QVariant& v) {
            item.*member = v.toInt();
            return QString();
        },
        [name, count] {
            QList<Choice> out;
            for (int n = 1; n <= count; ++n)
                out.append({name(n), n});
            return out;
        });
}

template <typename T> RegisterColumn nameColumn(ProjectDocument* d, const char* header, LocalizedText T::*member)
{
    return editable<T>(
        d, header, [member](const T& x, int role) { return text((x.*member).text(displayLanguage()), role); },
        [member](T& x, const QVariant& v) -> QString {
            const QString s = v.toString().trimmed();
            if (s.isEmpty())
                return trRegisters(QT_TRANSLATE_NOOP("mamori::Registers", "a name cannot be empty"));
            (displayLanguage() == Language::Japanese ? (x.*member).ja : (x.*member).en) = s;
            return {};
        });
}

QString filterText(const AssetFilter& f)
{
    QStringList parts;
    for (AssetType t : f.types)
        parts.append(EnumNames::name(t));
    for (Tier t : f.tiers)
        parts.append(EnumNames::name(t));
    return parts.isEmpty() ? trRegisters(QT_TRANSLATE_NOOP("mamori::Registers", "All assets"))
                           : parts.join(QStringLiteral(", "));
}

QString dimensionsText(DimensionSet set)
{
    QStringList dims;
    for (Dimension dim : kDimensions) {
        if (set.contains(dim))
            dims.append(toKey(dim));
    }
    return dims.join(QStringLiteral(", "));
}

/// One column per dimension for an asset's classification level.
RegisterColumn classificationColumn(ProjectDocument* d, const char* header, Dimension dim)
{
    const int i = dimIndex(dim);
    return editable<Asset>(
        d, header, [i](const Asset& a, int role) { return text(a.classification[i].value_or(QString()), role); },
        [i](Asset& a, const QVariant& v) -> QString {
            const QString level = v.toString().trimmed();
            a.classification[i] = level.isEmpty() ? std::nullopt : std::optional<QString>(level);
            return {};
        },
        [d, dim] {
            QList<Choice> out {{trRegisters(QT_TRANSLATE_NOOP("mamori::Registers", "(none)")), QString()}};
            for (const ImpactLevel& l : d->model().settings.impactTable[dimIndex(dim)])
                out.append({l.level, l.level});
            return out;
        });
}

RegisterColumn impactColumn(ProjectDocument* d, const char* header, Dimension dim)
{
    const int i = dimIndex(dim);
    return editable<Asset>(
        d, header, [i](const Asset& a, int role) { return number(a.impact[i], role); },
        [i](Asset& a, const QVariant& v) { return setOptionalNumber(a.impact[i], v); });
}

RegisterColumn weightColumn(ProjectDocument* d, const char* header, Dimension dim)
{
    const int i = dimIndex(dim);
    return editable<Dependency>(
        d, header,
        [i, dim](const Dependency& e, int role) -> QVariant {
            // Show the weight in effect (the kind's default when none is given), greyed when defaulted.
            if (role == Qt::DisplayRole)
                return QString::number(e.weight(dim));
            if (role == Qt::ForegroundRole && !e.weights[i])
                return QVariant::fromValue(QColor(Qt::gray));
            return number(e.weights[i], role);
        },
        [i](Dependency& e, const QVariant& v) { return setOptionalNumber(e.weights[i], v); });
}

/// How many of its group the dependent asset needs up (RISK-MODEL.md 10), "2 of 3", the same on every
/// row of the group. Typing a number sets the asset's `need` for the group: an edit of the asset.
RegisterColumn needColumn(ProjectDocument* d)
{
    const auto groupSize = [d](const Dependency& e) {
        return std::count_if(d->model().dependencies.cbegin(), d->model().dependencies.cend(),
            [&e](const Dependency& x) { return x.from == e.from && x.group == e.group; });
    };
    const auto assetOf = [d](const Dependency& e) -> const Asset* {
        const qsizetype i = indexOfId(d->model().assets, e.from);
        return i < 0 ? nullptr : &d->model().assets[i];
    };
    return {QT_TRANSLATE_NOOP("mamori::Registers", "Needed of group"),
        [d, groupSize, assetOf](int row, int role) -> QVariant {
            const Dependency& e = item<Dependency>(d, row);
            const Asset* asset = assetOf(e);
            if (e.group.isEmpty() || !asset)
                return role == RegisterTableModel::SortRole ? QVariant(0) : QVariant();
            const int need = asset->needFor(e.group);
            switch (role) {
            case Qt::DisplayRole:
                return trRegisters(QT_TRANSLATE_NOOP("mamori::Registers", "%1 of %2"))
                    .arg(QString::number(need), QString::number(groupSize(e)));
            case Qt::EditRole:
            case RegisterTableModel::SortRole:
                return need;
            case Qt::TextAlignmentRole:
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            default:
                return {};
            }
        },
        [d, groupSize, assetOf](int row, const QVariant& value) -> CellEdit {
            const Dependency& e = item<Dependency>(d, row);
            const Asset* asset = assetOf(e);
            if (e.group.isEmpty() || !asset)
                return {{}, trRegisters(QT_TRANSLATE_NOOP("mamori::Registers", "give the dependency a group first"))};
            bool ok = false;
            const int need = value.toString().normalized(QString::NormalizationForm_KC).trimmed().toInt(&ok);
            const qsizetype size = groupSize(e);
            if (!ok || need < 1 || need > size)
                return {{},
                    trRegisters(QT_TRANSLATE_NOOP("mamori::Registers", "“%1” is not a whole number from 1 to %2"))
                        .arg(value.toString(), QString::number(size))};
            Asset changed = *asset;
            if (need == 1 && !changed.need.contains(e.group))
                return {};
            changed.need.insert(e.group, need);
            return {{ModelEdit::replace(indexOfId(d->model().assets, e.from), std::move(changed))}, {}};
        }};
}

// --- The audit findings' columns ----------------------------------------------------------------

QColor overdueColor()
{
    return QColor(0xc0, 0x20, 0x20);
}

QString notADate(const QVariant& v)
{
    return trRegisters(QT_TRANSLATE_NOOP("mamori::Registers",
                           "“%1” is not a date: type it as 2026-12-02, 2026/12/2 or 令和8年12月2日"))
        .arg(v.toString());
}

/// A date typed or chosen; `ok` false when something was typed that is not a date. Empty: no date.
QDate parseDate(const QVariant& v, bool& ok)
{
    ok = true;
    if (v.typeId() == QMetaType::QDate)
        return v.toDate();
    const QString typed = v.toString().trimmed();
    if (typed.isEmpty())
        return {};
    const QDate date = dateFromText(typed);
    ok = date.isValid();
    return date;
}

QVariant dateData(const QDate& date, int role)
{
    // Sorted by the date itself: era dates do not sort as text (令和8年10月 before 令和8年9月).
    if (role == RegisterTableModel::SortRole)
        return date.toString(Qt::ISODate);
    return text(displayDate(date), role);
}

/// Choices of ids from one list of the model, "(none)" first.
template <typename T, typename Name> std::function<QList<Choice>()> idChoices(ProjectDocument* d, Name name)
{
    return [d, name] {
        QList<Choice> out {{trRegisters(QT_TRANSLATE_NOOP("mamori::Registers", "(none)")), QString()}};
        for (const T& item : d->model().template list<T>()) {
            const QString shown = name(item);
            out.append({shown.isEmpty() ? item.id : QStringLiteral("%1 %2").arg(item.id, shown), item.id});
        }
        return out;
    };
}

/// A reference to another item by id, chosen or typed; validation refuses an unknown one.
RegisterColumn findingRefColumn(ProjectDocument* d, const char* header, QString AuditFinding::*member,
    std::function<QList<Choice>()> choices, bool visible = true)
{
    return editable<AuditFinding>(
        d, header, [member](const AuditFinding& f, int role) { return text(f.*member, role); },
        [member](AuditFinding& f, const QVariant& v) {
            f.*member = v.toString().trimmed();
            return QString();
        },
        std::move(choices), visible);
}

RegisterColumn findingYearColumn(ProjectDocument* d)
{
    return editable<AuditFinding>(
        d, QT_TRANSLATE_NOOP("mamori::Registers", "Fiscal year"),
        [](const AuditFinding& f, int role) -> QVariant {
            if (role == Qt::DisplayRole)
                return displayLanguage() == Language::Japanese ? japaneseFiscalYear(f.fiscalYear)
                                                               : QString::number(f.fiscalYear);
            return role == Qt::EditRole || role == RegisterTableModel::SortRole ? QVariant(f.fiscalYear) : QVariant();
        },
        [](AuditFinding& f, const QVariant& v) -> QString {
            bool ok = false;
            const int year = v.toString().trimmed().toInt(&ok);
            if (!ok || year < 1989 || year > 2100)
                return trRegisters(
                    QT_TRANSLATE_NOOP("mamori::Registers", "“%1” is not a fiscal year from 1989 to 2100"))
                    .arg(v.toString());
            f.fiscalYear = year;
            return {};
        });
}

/// The status and the closing date say one thing: closing a finding dates it today unless a date is
/// there, reopening it clears the date, and typing a date closes it.
RegisterColumn findingStatusColumn(ProjectDocument* d)
{
    return editable<AuditFinding>(
        d, QT_TRANSLATE_NOOP("mamori::Registers", "Status"),
        [](const AuditFinding& f, int role) { return enumData(f.status, role); },
        [](AuditFinding& f, const QVariant& v) -> QString {
            if (QString e = setEnum(f.status, v); !e.isEmpty())
                return e;
            if (f.status == AuditStatus::Open)
                f.closed = QDate();
            else if (!f.closed.isValid())
                f.closed = Clock::today();
            return {};
        },
        enumChoices<AuditStatus>);
}

RegisterColumn findingClosedColumn(ProjectDocument* d)
{
    return editable<AuditFinding>(
        d, QT_TRANSLATE_NOOP("mamori::Registers", "Closed on"),
        [](const AuditFinding& f, int role) { return dateData(f.closed, role); },
        [](AuditFinding& f, const QVariant& v) -> QString {
            bool ok = true;
            const QDate date = parseDate(v, ok);
            if (!ok)
                return notADate(v);
            f.closed = date;
            f.status = date.isValid() ? AuditStatus::Closed : AuditStatus::Open;
            return {};
        });
}

/// The due date: the finding's own, else its corrective action's (greyed, since it is not the
/// finding's), red when the finding is open past it.
RegisterColumn findingDueColumn(ProjectDocument* d)
{
    return editable<AuditFinding>(
        d, QT_TRANSLATE_NOOP("mamori::Registers", "Due"),
        [d](const AuditFinding& f, int role) -> QVariant {
            const QDate due = auditFindingDue(d->model(), f);
            if (role == Qt::ForegroundRole) {
                if (isAuditFindingOverdue(d->model(), f, Clock::today()))
                    return QBrush(overdueColor());
                return f.due.isValid() ? QVariant() : QVariant(QBrush(QColor(Qt::gray)));
            }
            if (role == Qt::ToolTipRole && !f.due.isValid() && due.isValid())
                return trRegisters(QT_TRANSLATE_NOOP("mamori::Registers", "The due date of corrective action %1"))
                    .arg(f.action);
            if (role == Qt::EditRole)
                return displayDate(f.due);
            return dateData(due, role);
        },
        [](AuditFinding& f, const QVariant& v) -> QString {
            bool ok = true;
            const QDate date = parseDate(v, ok);
            if (!ok)
                return notADate(v);
            f.due = date;
            return {};
        });
}

RegisterColumn findingOverdueColumn(ProjectDocument* d)
{
    return {QT_TRANSLATE_NOOP("mamori::Registers", "Overdue"), [d](int row, int role) -> QVariant {
                const bool overdue = isAuditFindingOverdue(d->model(), item<AuditFinding>(d, row), Clock::today());
                switch (role) {
                case Qt::DisplayRole:
                    return overdue ? trRegisters(QT_TRANSLATE_NOOP("mamori::Registers", "Overdue")) : QString();
                case RegisterTableModel::SortRole:
                    return overdue ? 1 : 0;
                case Qt::ForegroundRole:
                    return overdue ? QVariant(QBrush(overdueColor())) : QVariant();
                default:
                    return {};
                }
            }};
}

} // namespace

RegisterTableModel* makeAssetRegister(ProjectDocument* d, QObject* parent)
{
    auto result = [d](int row) { return d->assessment()->assessment().findAsset(d->model().assets[row].id); };
    auto effective = [result](Dimension dim) {
        return [result, dim](int row) -> std::optional<double> {
            const AssetResult* r = result(row);
            return r ? std::optional<double>(r->impact[dimIndex(dim)]) : std::nullopt;
        };
    };
    return makeRegister<Asset>(d,
        {idColumn<Asset>(d), nameColumn<Asset>(d, QT_TRANSLATE_NOOP("mamori::Registers", "Name"), &Asset::name),
            editable<Asset>(
                d, QT_TRANSLATE_NOOP("mamori::Registers", "Type"),
                [](const Asset& a, int role) { return enumData(a.type, role); },
                [](Asset& a, const QVariant& v) { return setEnum(a.type, v); }, enumChoices<AssetType>),
            editable<Asset>(
                d, QT_TRANSLATE_NOOP("mamori::Registers", "Tier"),
                [](const Asset& a, int role) { return enumData(a.tier, role); },
                [](Asset& a, const QVariant& v) { return setEnum(a.tier, v); }, enumChoices<Tier>),
            editable<Asset>(
                d, QT_TRANSLATE_NOOP("mamori::Registers", "Owner"),
                [d](const Asset& a, int role) { return orgUnitData(d, a.owner, role); },
                [](Asset& a, const QVariant& v) {
                    a.owner = v.toString();
                    return QString();
                },
                orgUnitChoices(d)),
            classificationColumn(d, QT_TRANSLATE_NOOP("mamori::Registers", "Class. C"), Dimension::C),
            classificationColumn(d, QT_TRANSLATE_NOOP("mamori::Registers", "Class. I"), Dimension::I),
            classificationColumn(d, QT_TRANSLATE_NOOP("mamori::Registers", "Class. A"), Dimension::A),
            impactColumn(d, QT_TRANSLATE_NOOP("mamori::Registers", "Impact C"), Dimension::C),
            impactColumn(d, QT_TRANSLATE_NOOP("mamori::Registers", "Impact I"), Dimension::I),
            impactColumn(d, QT_TRANSLATE_NOOP("mamori::Registers", "Impact A"), Dimension::A),
            editable<Asset>(
                d, QT_TRANSLATE_NOOP("mamori::Registers", "Gateway"),
                [](const Asset& a, int role) -> QVariant {
                    if (role == Qt::CheckStateRole)
                        return a.gateway ? Qt::Checked : Qt::Unchecked;
                    return role == RegisterTableModel::SortRole ? QVariant(a.gateway) : QVariant();
                },
                [](Asset& a, const QVariant& v) {
                    a.gateway = v.toBool();
                    return QString();
                }),
            engineNumber(QT_TRANSLATE_NOOP("mamori::Registers", "Effective C"), effective(Dimension::C)),
            engineNumber(QT_TRANSLATE_NOOP("mamori::Registers", "Effective I"), effective(Dimension::I)),
            engineNumber(QT_TRANSLATE_NOOP("mamori::Registers", "Effective A"), effective(Dimension::A)),
            engineNumber(QT_TRANSLATE_NOOP("mamori::Registers", "Blast radius"),
                [result](int row) -> std::optional<double> {
                    const AssetResult* r = result(row);
                    return r ? std::optional<double>(double(r->blastRadius)) : std::nullopt;
                }),
            editable<Asset>(
                d, QT_TRANSLATE_NOOP("mamori::Registers", "Description"),
                [](const Asset& a, int role) { return text(a.description, role); },
                [](Asset& a, const QVariant& v) {
                    a.description = v.toString();
                    return QString();
                },
                {}, false)},
        parent);
}

RegisterTableModel* makeDependencyRegister(ProjectDocument* d, QObject* parent)
{
    auto assetId = [](QString Dependency::*member) {
        return [member](Dependency& e, const QVariant& v) {
            e.*member = v.toString().trimmed();
            return QString();
        };
    };
    RegisterTableModel* model = makeRegister<Dependency>(d,
        {editable<Dependency>(
             d, QT_TRANSLATE_NOOP("mamori::Registers", "Dependent asset"),
             [](const Dependency& e, int role) { return text(e.from, role); }, assetId(&Dependency::from)),
            editable<Dependency>(
                d, QT_TRANSLATE_NOOP("mamori::Registers", "Depends on"),
                [](const Dependency& e, int role) { return text(e.to, role); }, assetId(&Dependency::to)),
            editable<Dependency>(
                d, QT_TRANSLATE_NOOP("mamori::Registers", "Kind"),
                [](const Dependency& e, int role) { return enumData(e.kind, role); },
                [](Dependency& e, const QVariant& v) { return setEnum(e.kind, v); }, enumChoices<DependencyKind>),
            weightColumn(d, QT_TRANSLATE_NOOP("mamori::Registers", "Weight C"), Dimension::C),
            weightColumn(d, QT_TRANSLATE_NOOP("mamori::Registers", "Weight I"), Dimension::I),
            weightColumn(d, QT_TRANSLATE_NOOP("mamori::Registers", "Weight A"), Dimension::A),
            // Last, so that the columns a user hid (kept by position) stay the ones hidden.
            editable<Dependency>(
                d, QT_TRANSLATE_NOOP("mamori::Registers", "Group"),
                [](const Dependency& e, int role) { return text(e.group, role); },
                [](Dependency& e, const QVariant& v) {
                    e.group = v.toString().trimmed();
                    return QString();
                }),
            needColumn(d)},
        parent);
    // The need column reads the dependent asset and the other members of the group: an edit of
    // either changes cells of other rows.
    const int need = model->columnCount() - 1;
    QObject::connect(d, &ProjectDocument::changed, model, [model, need](const QList<ModelEdit>& edits) {
        const bool touches = std::any_of(edits.cbegin(), edits.cend(), [](const ModelEdit& e) {
            return e.entity() == entityIndex<Asset> || e.entity() == entityIndex<Dependency>;
        });
        if (touches && model->rowCount() > 0)
            emit model->dataChanged(model->index(0, need), model->index(model->rowCount() - 1, need));
    });
    return model;
}

RegisterTableModel* makeThreatRegister(ProjectDocument* d, QObject* parent)
{
    return makeRegister<Threat>(d,
        {idColumn<Threat>(d),
            vocabularyColumn<Threat>(d, QT_TRANSLATE_NOOP("mamori::Registers", "Category"), &Threat::category,
                &EnumNames::threatCategory, kThreatCategoryCount),
            nameColumn<Threat>(d, QT_TRANSLATE_NOOP("mamori::Registers", "Name"), &Threat::name),
            editable<Threat>(
                d, QT_TRANSLATE_NOOP("mamori::Registers", "Likelihood"),
                [](const Threat& t, int role) {
                    return number(role == Qt::EditRole ? t.likelihood : t.effectiveLikelihood(), role);
                },
                [](Threat& t, const QVariant& v) { return setOptionalNumber(t.likelihood, v); }),
            editable<Threat>(
                d, QT_TRANSLATE_NOOP("mamori::Registers", "Dimensions"),
                [](const Threat& t, int role) { return text(dimensionsText(t.dimensions), role); },
                [](Threat& t, const QVariant& v) -> QString {
                    DimensionSet set;
                    for (const QString& key : parseIdList(v)) {
                        const auto dim = fromKey<Dimension>(key.toUpper());
                        if (!dim)
                            return trRegisters(QT_TRANSLATE_NOOP("mamori::Registers", "“%1” is not one of C, I, A"))
                                .arg(key);
                        set.insert(*dim);
                    }
                    t.dimensions = set;
                    return {};
                }),
            readOnly(QT_TRANSLATE_NOOP("mamori::Registers", "Applies to"),
                [d](int r) { return filterText(d->model().threats[r].appliesTo); })},
        parent);
}

RegisterTableModel* makeControlRegister(ProjectDocument* d, QObject* parent)
{
    auto result = [d](int row) -> const ControlResult* {
        const QString& id = d->model().controls[row].id;
        for (const ControlResult& c : d->assessment()->assessment().controls) {
            if (c.id == id)
                return &c;
        }
        return nullptr;
    };
    auto costColumn = [d](const char* header, double Cost::*part) {
        return editable<Control>(
            d, header, [part](const Control& k, int role) { return number(k.cost.*part, role); },
            [part](Control& k, const QVariant& v) { return setRequiredNumber(k.cost.*part, v); });
    };
    return makeRegister<Control>(d,
        {idColumn<Control>(d),
            vocabularyColumn<Control>(d, QT_TRANSLATE_NOOP("mamori::Registers", "Group"), &Control::group,
                &EnumNames::controlGroup, kControlGroupCount),
            nameColumn<Control>(d, QT_TRANSLATE_NOOP("mamori::Registers", "Name"), &Control::name),
            editable<Control>(
                d, QT_TRANSLATE_NOOP("mamori::Registers", "Status"),
                [](const Control& k, int role) { return enumData(k.status, role); },
                [](Control& k, const QVariant& v) { return setEnum(k.status, v); }, enumChoices<ControlStatus>),
            editable<Control>(
                d, QT_TRANSLATE_NOOP("mamori::Registers", "Effectiveness"),
                [](const Control& k, int role) {
                    return number(role == Qt::EditRole ? k.effectiveness : k.effectiveEffectiveness(), role);
                },
                [](Control& k, const QVariant& v) { return setOptionalNumber(k.effectiveness, v); }),
            editable<Control>(
                d, QT_TRANSLATE_NOOP("mamori::Registers", "Effect"),
                [](const Control& k, int role) { return enumData(k.effect, role); },
                [](Control& k, const QVariant& v) { return setEnum(k.effect, v); }, enumChoices<ControlEffect>),
            editable<Control>(
                d, QT_TRANSLATE_NOOP("mamori::Registers", "Requires"),
                [](const Control& k, int role) { return text(k.requires_.join(QStringLiteral(", ")), role); },
                [](Control& k, const QVariant& v) {
                    k.requires_ = parseIdList(v);
                    return QString();
                }),
            readOnly(QT_TRANSLATE_NOOP("mamori::Registers", "Scope"),
                [d](int r) {
                    const ControlScope& s = d->model().controls[r].scope;
                    switch (s.mode) {
                    case ControlScope::Mode::All:
                        return trRegisters(QT_TRANSLATE_NOOP("mamori::Registers", "All assets"));
                    case ControlScope::Mode::Assets:
                        return s.assets.join(QStringLiteral(", "));
                    case ControlScope::Mode::Filter:
                        return filterText(s.filter);
                    }
                    return QString();
                }),
            engineNumber(QT_TRANSLATE_NOOP("mamori::Registers", "Readiness"),
                [result](int row) -> std::optional<double> {
                    const ControlResult* c = result(row);
                    return c ? std::optional<double>(c->readiness) : std::nullopt;
                }),
            engineNumber(QT_TRANSLATE_NOOP("mamori::Registers", "Strength"),
                [result](int row) -> std::optional<double> {
                    const ControlResult* c = result(row);
                    return c ? std::optional<double>(c->strength) : std::nullopt;
                }),
            costColumn(QT_TRANSLATE_NOOP("mamori::Registers", "Initial cost (yen)"), &Cost::initial),
            costColumn(QT_TRANSLATE_NOOP("mamori::Registers", "Annual cost (yen)"), &Cost::annual),
            editable<Control>(
                d, QT_TRANSLATE_NOOP("mamori::Registers", "Owner"),
                [d](const Control& k, int role) { return orgUnitData(d, k.owner, role); },
                [](Control& k, const QVariant& v) {
                    k.owner = v.toString();
                    return QString();
                },
                orgUnitChoices(d)),
            // Last, so that the columns a user hid (kept by position) stay the ones hidden.
            readOnly(QT_TRANSLATE_NOOP("mamori::Registers", "Status by unit"),
                [d](int r) { return unitStatusesText(d->model(), d->model().controls[r].statusByUnit); })},
        parent);
}

RegisterTableModel* makeExposureRegister(ProjectDocument* d, QObject* parent)
{
    return makeRegister<Exposure>(d,
        {readOnly(
             QT_TRANSLATE_NOOP("mamori::Registers", "Asset"), [d](int r) { return d->model().exposures[r].asset; }),
            readOnly(QT_TRANSLATE_NOOP("mamori::Registers", "Threat"),
                [d](int r) { return d->model().exposures[r].threat; }),
            editable<Exposure>(
                d, QT_TRANSLATE_NOOP("mamori::Registers", "Likelihood"),
                [](const Exposure& e, int role) { return number(e.likelihood, role); },
                [](Exposure& e, const QVariant& v) { return setOptionalNumber(e.likelihood, v); }),
            editable<Exposure>(
                d, QT_TRANSLATE_NOOP("mamori::Registers", "Excluded"),
                [](const Exposure& e, int role) -> QVariant {
                    if (role == Qt::CheckStateRole)
                        return e.excluded ? Qt::Checked : Qt::Unchecked;
                    return role == RegisterTableModel::SortRole ? QVariant(e.excluded) : QVariant();
                },
                [](Exposure& e, const QVariant& v) {
                    e.excluded = v.toBool();
                    return QString();
                }),
            editable<Exposure>(
                d, QT_TRANSLATE_NOOP("mamori::Registers", "Note"),
                [](const Exposure& e, int role) { return text(e.note, role); },
                [](Exposure& e, const QVariant& v) {
                    e.note = v.toString();
                    return QString();
                })},
        parent);
}

RegisterTableModel* makePlanRegister(ProjectDocument* d, QObject* parent)
{
    auto dateColumn = [d](const char* header, QDate PlanAction::*member) {
        return editable<PlanAction>(
            d, header,
            [member](const PlanAction& p, int role) -> QVariant {
                // The due date of an action past due and not done is marked, so the officer sees what slipped.
                if (member == &PlanAction::due && isOverdue(p, Clock::today())) {
                    if (role == Qt::ForegroundRole)
                        return QBrush(QColor(0xc0, 0x20, 0x20));
                    if (role == Qt::ToolTipRole)
                        return trRegisters(QT_TRANSLATE_NOOP("mamori::Registers", "Overdue"));
                }
                // Sorted by the date itself: era dates do not sort as text (令和8年10月 before 令和8年9月).
                if (role == RegisterTableModel::SortRole)
                    return (p.*member).toString(Qt::ISODate);
                return text(displayDate(p.*member), role);
            },
            [member](PlanAction& p, const QVariant& v) -> QString {
                const QDate date = v.typeId() == QMetaType::QDate ? v.toDate() : dateFromText(v.toString());
                if (!date.isValid())
                    return trRegisters(QT_TRANSLATE_NOOP("mamori::Registers",
                                           "“%1” is not a date: type it as 2026-12-02, 2026/12/2 or 令和8年12月2日"))
                        .arg(v.toString());
                p.*member = date;
                return {};
            });
    };
    auto costColumn = [d](const char* header, double Cost::*part) {
        return editable<PlanAction>(
            d, header, [part](const PlanAction& p, int role) { return number(p.cost.*part, role); },
            [part](PlanAction& p, const QVariant& v) { return setRequiredNumber(p.cost.*part, v); });
    };
    return makeRegister<PlanAction>(d,
        {idColumn<PlanAction>(d),
            nameColumn<PlanAction>(d, QT_TRANSLATE_NOOP("mamori::Registers", "Action"), &PlanAction::title),
            editable<PlanAction>(
                d, QT_TRANSLATE_NOOP("mamori::Registers", "Controls"),
                [](const PlanAction& p, int role) { return text(p.controls.join(QStringLiteral(", ")), role); },
                [](PlanAction& p, const QVariant& v) {
                    p.controls = parseIdList(v);
                    return QString();
                }),
            editable<PlanAction>(
                d, QT_TRANSLATE_NOOP("mamori::Registers", "Target risks"),
                [](const PlanAction& p, int role) {
                    QStringList pairs;
                    for (const RiskKey& k : p.risks)
                        pairs.append(k.asset + QLatin1Char('/') + k.threat);
                    return text(pairs.join(QStringLiteral(", ")), role);
                },
                [](PlanAction& p, const QVariant& v) -> QString {
                    // "ASSET/THREAT, ASSET/THREAT"; validation names an unknown id.
                    QList<RiskKey> risks;
                    for (const QString& pair : parseIdList(v)) {
                        const qsizetype slash = pair.indexOf(QLatin1Char('/'));
                        if (slash <= 0 || slash + 1 >= pair.size())
                            return trRegisters(QT_TRANSLATE_NOOP("mamori::Registers", "“%1” is not ASSET/THREAT"))
                                .arg(pair);
                        risks.append({pair.left(slash).trimmed(), pair.mid(slash + 1).trimmed()});
                    }
                    p.risks = risks;
                    return QString();
                }),
            editable<PlanAction>(
                d, QT_TRANSLATE_NOOP("mamori::Registers", "Responsible unit"),
                [d](const PlanAction& p, int role) { return orgUnitData(d, p.owner, role); },
                [](PlanAction& p, const QVariant& v) {
                    p.owner = v.toString();
                    return QString();
                },
                orgUnitChoices(d)),
            editable<PlanAction>(
                d, QT_TRANSLATE_NOOP("mamori::Registers", "Assignee"),
                [](const PlanAction& p, int role) { return text(p.assignee, role); },
                [](PlanAction& p, const QVariant& v) {
                    p.assignee = v.toString().trimmed();
                    return QString();
                }),
            dateColumn(QT_TRANSLATE_NOOP("mamori::Registers", "Start"), &PlanAction::start),
            dateColumn(QT_TRANSLATE_NOOP("mamori::Registers", "Due"), &PlanAction::due),
            editable<PlanAction>(
                d, QT_TRANSLATE_NOOP("mamori::Registers", "Status"),
                [](const PlanAction& p, int role) { return enumData(p.status, role); },
                [](PlanAction& p, const QVariant& v) { return setEnum(p.status, v); }, enumChoices<ActionStatus>),
            editable<PlanAction>(
                d, QT_TRANSLATE_NOOP("mamori::Registers", "Progress (%)"),
                [](const PlanAction& p, int role) {
                    return number(p.progress ? std::optional<double>(*p.progress) : std::nullopt, role);
                },
                [](PlanAction& p, const QVariant& v) -> QString {
                    std::optional<double> value;
                    if (QString e = setOptionalNumber(value, v); !e.isEmpty())
                        return e;
                    p.progress = value ? std::optional<int>(qRound(*value)) : std::nullopt;
                    return {};
                }),
            costColumn(QT_TRANSLATE_NOOP("mamori::Registers", "Initial cost (yen)"), &Cost::initial),
            costColumn(QT_TRANSLATE_NOOP("mamori::Registers", "Annual cost (yen)"), &Cost::annual)},
        parent);
}

RegisterTableModel* makeAuditFindingRegister(ProjectDocument* d, QObject* parent)
{
    auto named = [](const auto& item) { return item.name.text(displayLanguage()); };
    RegisterTableModel* model = makeRegister<AuditFinding>(d,
        {idColumn<AuditFinding>(d), findingYearColumn(d),
            editable<AuditFinding>(
                d, QT_TRANSLATE_NOOP("mamori::Registers", "Source"),
                [](const AuditFinding& f, int role) { return enumData(f.source, role); },
                [](AuditFinding& f, const QVariant& v) { return setEnum(f.source, v); }, enumChoices<InspectionKind>),
            editable<AuditFinding>(
                d, QT_TRANSLATE_NOOP("mamori::Registers", "Unit"),
                [d](const AuditFinding& f, int role) { return orgUnitData(d, f.unit, role); },
                [](AuditFinding& f, const QVariant& v) {
                    f.unit = v.toString().trimmed();
                    return QString();
                },
                orgUnitChoices(d)),
            findingRefColumn(d, QT_TRANSLATE_NOOP("mamori::Registers", "Control"), &AuditFinding::control,
                idChoices<Control>(d, named)),
            findingRefColumn(
                d, QT_TRANSLATE_NOOP("mamori::Registers", "Asset"), &AuditFinding::asset, idChoices<Asset>(d, named)),
            editable<AuditFinding>(
                d, QT_TRANSLATE_NOOP("mamori::Registers", "Severity"),
                [](const AuditFinding& f, int role) { return enumData(f.severity, role); },
                [](AuditFinding& f, const QVariant& v) { return setEnum(f.severity, v); }, enumChoices<AuditSeverity>),
            editable<AuditFinding>(
                d, QT_TRANSLATE_NOOP("mamori::Registers", "Description"),
                [](const AuditFinding& f, int role) { return text(f.description, role); },
                [](AuditFinding& f, const QVariant& v) {
                    f.description = v.toString().trimmed();
                    return QString();
                }),
            findingRefColumn(d, QT_TRANSLATE_NOOP("mamori::Registers", "Corrective action"), &AuditFinding::action,
                idChoices<PlanAction>(d, [](const PlanAction& p) { return p.title.text(displayLanguage()); })),
            findingStatusColumn(d), findingClosedColumn(d), findingDueColumn(d), findingOverdueColumn(d)},
        parent);
    // A finding without a due date of its own is due when its corrective action is: a change of the
    // plan changes its due and overdue cells.
    QObject::connect(d, &ProjectDocument::changed, model, [model](const QList<ModelEdit>& edits) {
        const bool plan = std::any_of(
            edits.cbegin(), edits.cend(), [](const ModelEdit& e) { return e.entity() == entityIndex<PlanAction>; });
        if (plan && model->rowCount() > 0)
            emit model->dataChanged(model->index(0, 0), model->index(model->rowCount() - 1, model->columnCount() - 1));
    });
    return model;
}

} // namespace mamori
