#include "Registers.h"

#include "DisplayLanguage.h"
#include "EnumNames.h"
#include "ProjectDocument.h"

#include <QCoreApplication>
#include <QLocale>

namespace mamori {

namespace {

/// A column whose display text and sort key are the same value.
template <typename Fn> RegisterColumn column(const char* header, Fn value)
{
    return {header, [value](int row, int role) -> QVariant {
                return role == Qt::DisplayRole || role == RegisterTableModel::SortRole ? QVariant(value(row))
                                                                                       : QVariant();
            }};
}

/// A number column: shown with the locale's digit grouping, sorted as a number, right-aligned.
template <typename Fn> RegisterColumn numberColumn(const char* header, Fn value)
{
    return {header, [value](int row, int role) -> QVariant {
                const std::optional<double> v = value(row);
                switch (role) {
                case Qt::DisplayRole: return v ? QLocale().toString(*v, 'f', *v == std::floor(*v) ? 0 : 2) : QString();
                case RegisterTableModel::SortRole: return v ? *v : -1.0;
                case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
                default: return {};
                }
            }};
}

QString orgUnitName(const Model& m, const QString& id)
{
    for (const OrgUnit& u : m.orgUnits) {
        if (u.id == id)
            return u.name.text(displayLanguage());
    }
    return id;
}

QString perDimension(const PerDimension<double>& values)
{
    QStringList parts;
    for (Dimension d : kDimensions) {
        if (const auto& v = values[dimIndex(d)])
            parts.append(toKey(d) + QLatin1Char(' ') + QString::number(*v));
    }
    return parts.join(QStringLiteral(", "));
}

QString filterText(const AssetFilter& f)
{
    QStringList parts;
    for (AssetType t : f.types)
        parts.append(EnumNames::name(t));
    for (Tier t : f.tiers)
        parts.append(EnumNames::name(t));
    return parts.isEmpty() ? QCoreApplication::translate("mamori::Registers", "All assets") : parts.join(QStringLiteral(", "));
}

} // namespace

RegisterTableModel* makeAssetRegister(ProjectDocument* d, QObject* parent)
{
    auto a = [d](int row) -> const Asset& { return d->model().assets[row]; };
    return new RegisterTableModel(
        d, [d] { return int(d->model().assets.size()); },
        {column(QT_TRANSLATE_NOOP("mamori::Registers", "ID"), [a](int r) { return a(r).id; }),
         column(QT_TRANSLATE_NOOP("mamori::Registers", "Name"), [a](int r) { return a(r).name.text(displayLanguage()); }),
         column(QT_TRANSLATE_NOOP("mamori::Registers", "Type"), [a](int r) { return EnumNames::name(a(r).type); }),
         column(QT_TRANSLATE_NOOP("mamori::Registers", "Tier"), [a](int r) { return EnumNames::name(a(r).tier); }),
         column(QT_TRANSLATE_NOOP("mamori::Registers", "Owner"),
                [a, d](int r) { return orgUnitName(d->model(), a(r).owner); }),
         column(QT_TRANSLATE_NOOP("mamori::Registers", "Classification"),
                [a](int r) {
                    QStringList parts;
                    for (Dimension dim : kDimensions) {
                        if (const auto& l = a(r).classification[dimIndex(dim)])
                            parts.append(toKey(dim) + QLatin1Char(' ') + *l);
                    }
                    return parts.join(QStringLiteral(", "));
                }),
         column(QT_TRANSLATE_NOOP("mamori::Registers", "Impact"), [a](int r) { return perDimension(a(r).impact); }),
         column(QT_TRANSLATE_NOOP("mamori::Registers", "Gateway"),
                [a](int r) {
                    return a(r).gateway ? QCoreApplication::translate("mamori::Registers", "Gateway") : QString();
                })},
        parent);
}

RegisterTableModel* makeDependencyRegister(ProjectDocument* d, QObject* parent)
{
    auto e = [d](int row) -> const Dependency& { return d->model().dependencies[row]; };
    return new RegisterTableModel(
        d, [d] { return int(d->model().dependencies.size()); },
        {column(QT_TRANSLATE_NOOP("mamori::Registers", "Dependent asset"), [e](int r) { return e(r).from; }),
         column(QT_TRANSLATE_NOOP("mamori::Registers", "Depends on"), [e](int r) { return e(r).to; }),
         column(QT_TRANSLATE_NOOP("mamori::Registers", "Kind"), [e](int r) { return EnumNames::name(e(r).kind); }),
         column(QT_TRANSLATE_NOOP("mamori::Registers", "Weights"), [e](int r) { return perDimension(e(r).weights); })},
        parent);
}

RegisterTableModel* makeThreatRegister(ProjectDocument* d, QObject* parent)
{
    auto t = [d](int row) -> const Threat& { return d->model().threats[row]; };
    return new RegisterTableModel(
        d, [d] { return int(d->model().threats.size()); },
        {column(QT_TRANSLATE_NOOP("mamori::Registers", "ID"), [t](int r) { return t(r).id; }),
         column(QT_TRANSLATE_NOOP("mamori::Registers", "Category"),
                [t](int r) { return EnumNames::threatCategory(t(r).category); }),
         column(QT_TRANSLATE_NOOP("mamori::Registers", "Name"), [t](int r) { return t(r).name.text(displayLanguage()); }),
         numberColumn(QT_TRANSLATE_NOOP("mamori::Registers", "Likelihood"),
                      [t](int r) { return std::optional<double>(t(r).effectiveLikelihood()); }),
         column(QT_TRANSLATE_NOOP("mamori::Registers", "Dimensions"),
                [t](int r) {
                    QStringList dims;
                    for (Dimension dim : kDimensions) {
                        if (t(r).dimensions.contains(dim))
                            dims.append(toKey(dim));
                    }
                    return dims.join(QStringLiteral(", "));
                }),
         column(QT_TRANSLATE_NOOP("mamori::Registers", "Applies to"), [t](int r) { return filterText(t(r).appliesTo); })},
        parent);
}

RegisterTableModel* makeControlRegister(ProjectDocument* d, QObject* parent)
{
    auto k = [d](int row) -> const Control& { return d->model().controls[row]; };
    return new RegisterTableModel(
        d, [d] { return int(d->model().controls.size()); },
        {column(QT_TRANSLATE_NOOP("mamori::Registers", "ID"), [k](int r) { return k(r).id; }),
         column(QT_TRANSLATE_NOOP("mamori::Registers", "Group"), [k](int r) { return EnumNames::controlGroup(k(r).group); }),
         column(QT_TRANSLATE_NOOP("mamori::Registers", "Name"), [k](int r) { return k(r).name.text(displayLanguage()); }),
         column(QT_TRANSLATE_NOOP("mamori::Registers", "Status"), [k](int r) { return EnumNames::name(k(r).status); }),
         numberColumn(QT_TRANSLATE_NOOP("mamori::Registers", "Effectiveness"),
                      [k](int r) { return std::optional<double>(k(r).effectiveEffectiveness()); }),
         column(QT_TRANSLATE_NOOP("mamori::Registers", "Effect"), [k](int r) { return EnumNames::name(k(r).effect); }),
         numberColumn(QT_TRANSLATE_NOOP("mamori::Registers", "Initial cost (yen)"),
                      [k](int r) { return std::optional<double>(k(r).cost.initial); }),
         numberColumn(QT_TRANSLATE_NOOP("mamori::Registers", "Annual cost (yen)"),
                      [k](int r) { return std::optional<double>(k(r).cost.annual); })},
        parent);
}

RegisterTableModel* makePlanRegister(ProjectDocument* d, QObject* parent)
{
    auto p = [d](int row) -> const PlanAction& { return d->model().actions[row]; };
    return new RegisterTableModel(
        d, [d] { return int(d->model().actions.size()); },
        {column(QT_TRANSLATE_NOOP("mamori::Registers", "ID"), [p](int r) { return p(r).id; }),
         column(QT_TRANSLATE_NOOP("mamori::Registers", "Action"), [p](int r) { return p(r).title.text(displayLanguage()); }),
         column(QT_TRANSLATE_NOOP("mamori::Registers", "Controls"),
                [p](int r) { return p(r).controls.join(QStringLiteral(", ")); }),
         column(QT_TRANSLATE_NOOP("mamori::Registers", "Responsible unit"),
                [p, d](int r) { return orgUnitName(d->model(), p(r).owner); }),
         column(QT_TRANSLATE_NOOP("mamori::Registers", "Start"),
                [p](int r) { return p(r).start.toString(Qt::ISODate); }),
         column(QT_TRANSLATE_NOOP("mamori::Registers", "Due"), [p](int r) { return p(r).due.toString(Qt::ISODate); }),
         column(QT_TRANSLATE_NOOP("mamori::Registers", "Status"), [p](int r) { return EnumNames::name(p(r).status); }),
         numberColumn(QT_TRANSLATE_NOOP("mamori::Registers", "Initial cost (yen)"),
                      [p](int r) { return std::optional<double>(p(r).cost.initial); }),
         numberColumn(QT_TRANSLATE_NOOP("mamori::Registers", "Annual cost (yen)"),
                      [p](int r) { return std::optional<double>(p(r).cost.annual); })},
        parent);
}

} // namespace mamori
