#include "inspection/CheckItems.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace mamori {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mamori::CheckItems)
};

const QString kResource = QStringLiteral(":/mamori/catalogue/check-items.json");

/// A text of both languages, or the errors of the missing ones.
LocalizedText bothLanguages(const QJsonObject& o, const JsonPointer& at, const QString& file, InputErrors& errors)
{
    LocalizedText text {
        o.value(QStringLiteral("ja")).toString().trimmed(), o.value(QStringLiteral("en")).toString().trimmed()};
    for (const char* language : {"ja", "en"}) {
        if (o.value(QLatin1StringView(language)).toString().trimmed().isEmpty())
            errors.append({file, (at / language).toString(), Tr::tr("a non-empty text is required")});
    }
    return text;
}

/// The items of one control entry; their ids must be the control's id, a dash and 1, 2, ... in order.
QList<CheckItem> readControl(
    const QJsonObject& entry, const JsonPointer& at, const QString& file, QSet<QString>& seenItems, InputErrors& errors)
{
    const QString control = entry.value(QStringLiteral("control")).toString();
    if (control.isEmpty())
        errors.append({file, (at / "control").toString(), Tr::tr("a control id is required")});
    const QJsonArray list = entry.value(QStringLiteral("items")).toArray();
    QList<CheckItem> items;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const JsonPointer itemAt = at / "items" / i;
        const QJsonObject o = list[i].toObject();
        CheckItem item {o.value(QStringLiteral("id")).toString(), control, bothLanguages(o, itemAt, file, errors)};
        const QString expected = QStringLiteral("%1-%2").arg(control, QString::number(i + 1));
        if (item.id != expected)
            errors.append({file, (itemAt / "id").toString(),
                Tr::tr("\"%1\" should be \"%2\" (the control's id and the item's number)").arg(item.id, expected)});
        else if (seenItems.contains(item.id))
            errors.append({file, (itemAt / "id").toString(), Tr::tr("\"%1\" is listed twice").arg(item.id)});
        seenItems.insert(item.id);
        items.append(item);
    }
    return items;
}

bool scopeHolds(const ControlScope& scope, const Asset& a)
{
    switch (scope.mode) {
    case ControlScope::Mode::All:
        return true;
    case ControlScope::Mode::Assets:
        return scope.assets.contains(a.id);
    case ControlScope::Mode::Filter:
        return scope.filter.matches(a.type, a.tier);
    }
    return false;
}

} // namespace

CheckItems::ReadResult CheckItems::fromJson(const QByteArray& json, const QString& file)
{
    ReadResult r;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        r.errors.append({file, Tr::tr("offset %1").arg(parseError.offset), parseError.errorString()});
        return r;
    }
    if (doc.object().value(QStringLiteral("format")).toString() != QLatin1StringView("mamori-check-items")) {
        r.errors.append({file, QStringLiteral("/format"), Tr::tr("expected \"mamori-check-items\"")});
        return r;
    }
    const QJsonArray controls = doc.object().value(QStringLiteral("controls")).toArray();
    QSet<QString> seenItems;
    for (qsizetype c = 0; c < controls.size(); ++c) {
        const JsonPointer at = JsonPointer() / "controls" / c;
        QList<CheckItem> items = readControl(controls[c].toObject(), at, file, seenItems, r.errors);
        const QString control = controls[c].toObject().value(QStringLiteral("control")).toString();
        if (items.size() < 2 || items.size() > 4)
            r.errors.append({file, (at / "items").toString(),
                Tr::tr("%1 has %2 items; a control has two to four").arg(control, QString::number(items.size()))});
        if (r.items.m_byControl.contains(control))
            r.errors.append({file, (at / "control").toString(), Tr::tr("\"%1\" is listed twice").arg(control)});
        r.items.m_byControl.insert(control, items);
        r.items.m_order.append(control);
    }
    return r;
}

const CheckItems& CheckItems::builtIn()
{
    static const CheckItems items = [] {
        QFile f(kResource);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("Mamori resource %s is missing from the build", qPrintable(kResource));
        ReadResult r = fromJson(f.readAll(), kResource);
        if (!r.ok())
            qFatal("Mamori resource %s is invalid: %s", qPrintable(kResource), qPrintable(r.errors.first().toString()));
        return r.items;
    }();
    return items;
}

QList<CheckItem> CheckItems::forControl(const Control& k) const
{
    if (const auto it = m_byControl.constFind(k.id); it != m_byControl.cend())
        return *it;
    // Data in both languages (the sheet's language is chosen per file, not the window's).
    const QString ja = k.name.text(Language::Japanese);
    const QString en = k.name.text(Language::English);
    return {{QStringLiteral("%1-1").arg(k.id), k.id,
        {QStringLiteral("「%1」を実施しているか。").arg(ja), QStringLiteral("Is \"%1\" in place?").arg(en)}}};
}

QList<const Control*> controlsToInspect(const Model& model, const QString& unit)
{
    QList<const Asset*> owned;
    for (const Asset& a : model.assets) {
        if (a.owner == unit)
            owned.append(&a);
    }
    QList<const Control*> out;
    for (const Control& k : model.controls) {
        if (std::any_of(owned.cbegin(), owned.cend(), [&](const Asset* a) { return scopeHolds(k.scope, *a); }))
            out.append(&k);
    }
    return out;
}

QList<CheckItem> checklistFor(const Model& model, const QString& unit, const CheckItems& items)
{
    QList<CheckItem> out;
    for (const Control* k : controlsToInspect(model, unit))
        out.append(items.forControl(*k));
    return out;
}

} // namespace mamori
