// The JSON of the report's document control (Mamori's own record, key "document"; README "Records"):
//
//   "document": {"number": "…", "version": "1.0", "department": "…", "approved": "2026-11-30",
//                "revisions": [{"version": "1.0", "date": "2026-11-30", "description": "…", "by": "…"}],
//                "distribution": ["…", "…"],
//                "budgets": [{"fiscal_year": 2026, "initial": 5000000, "running": 1200000}]}
//
// Every field may be left out; a model without document control is written without the key.

#include "JsonCodec.h"

#include "JsonFieldReader.h"

namespace mamori::JsonCodec {

namespace {

class DocumentReader : public JsonFieldReader {
    Q_DECLARE_TR_FUNCTIONS(mamori::JsonReader)

public:
    using JsonFieldReader::JsonFieldReader;

    std::optional<DocumentControl> document(const QJsonValue& v, const JsonPointer& at)
    {
        if (!expectObject(v, at))
            return std::nullopt;
        const QJsonObject o = v.toObject();
        DocumentControl d;
        d.number = string(o, "number", at, false);
        d.version = string(o, "version", at, false);
        d.department = string(o, "department", at, false);
        d.approvedOn = date(o, "approved", at, false);
        const QJsonArray revisions = array(o, "revisions", at);
        for (qsizetype i = 0; i < revisions.size(); ++i) {
            const JsonPointer here = at / "revisions" / i;
            if (!expectObject(revisions[i], here))
                continue;
            const QJsonObject r = revisions[i].toObject();
            DocumentRevision rev;
            rev.version = string(r, "version", here, false);
            rev.date = date(r, "date", here, false);
            rev.description = string(r, "description", here, false);
            rev.by = string(r, "by", here, false);
            d.revisions.append(rev);
        }
        d.distribution = stringList(o, "distribution", at);
        const QJsonArray budgets = array(o, "budgets", at);
        for (qsizetype i = 0; i < budgets.size(); ++i) {
            const JsonPointer here = at / "budgets" / i;
            if (!expectObject(budgets[i], here))
                continue;
            const QJsonObject b = budgets[i].toObject();
            FiscalBudget budget;
            const QJsonValue year = b.value(QLatin1StringView("fiscal_year"));
            if (year.isUndefined() || year.isNull())
                error(here / "fiscal_year", tr("is missing"));
            else
                budget.fiscalYear = integer(year, here / "fiscal_year").value_or(0);
            budget.initial = number(b, "initial", here).value_or(0);
            budget.running = number(b, "running", here).value_or(0);
            d.budgets.append(budget);
        }
        return d;
    }
};

QJsonValue dateOrNull(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject toJson(const DocumentControl& d)
{
    QJsonObject o;
    insertIfNotEmpty(o, "number", d.number);
    insertIfNotEmpty(o, "version", d.version);
    insertIfNotEmpty(o, "department", d.department);
    if (d.approvedOn.isValid())
        o.insert(QStringLiteral("approved"), d.approvedOn.toString(Qt::ISODate));
    if (!d.revisions.isEmpty()) {
        QJsonArray revisions;
        for (const DocumentRevision& r : d.revisions) {
            QJsonObject x {{QStringLiteral("version"), r.version}, {QStringLiteral("date"), dateOrNull(r.date)},
                {QStringLiteral("description"), r.description}};
            insertIfNotEmpty(x, "by", r.by);
            revisions.append(x);
        }
        o.insert(QStringLiteral("revisions"), revisions);
    }
    if (!d.distribution.isEmpty())
        o.insert(QStringLiteral("distribution"), QJsonArray::fromStringList(d.distribution));
    if (!d.budgets.isEmpty()) {
        QJsonArray budgets;
        for (const FiscalBudget& b : d.budgets)
            budgets.append(QJsonObject {{QStringLiteral("fiscal_year"), b.fiscalYear},
                {QStringLiteral("initial"), b.initial}, {QStringLiteral("running"), b.running}});
        o.insert(QStringLiteral("budgets"), budgets);
    }
    return o;
}

std::optional<DocumentControl> documentFromJson(
    const QJsonValue& v, const JsonPointer& at, const QString& file, InputErrors& errors)
{
    DocumentReader reader(file, errors);
    return reader.document(v, at);
}

} // namespace mamori::JsonCodec
