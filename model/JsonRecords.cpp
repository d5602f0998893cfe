// The item codecs of the yearly cycle's records (RISK-MODEL.md 9 and Mamori's own): inspections,
// audit findings, finding exceptions, review decisions, and a control's status_by_unit map. Declared
// in JsonCodec.h with the other items; kept apart so that file stays about the risk model itself.

#include "JsonCodec.h"

#include "JsonFieldReader.h"

namespace mamori::JsonCodec {

namespace {

/// Reads the records field by field, collecting every error, like JsonCodec's item reader.
class RecordReader : public JsonFieldReader {
    Q_DECLARE_TR_FUNCTIONS(mamori::JsonReader)

public:
    using JsonFieldReader::JsonFieldReader;

    /// A required whole number (a fiscal year); 0 when missing or wrong, with the error.
    int requiredInteger(const QJsonObject& o, const char* key, const JsonPointer& at)
    {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull()) {
            error(at / key, tr("is missing"));
            return 0;
        }
        return integer(v, at / key).value_or(0);
    }

    std::optional<InspectionAnswer> answer(const QJsonValue& v, const JsonPointer& at)
    {
        if (!expectObject(v, at))
            return std::nullopt;
        const QJsonObject o = v.toObject();
        InspectionAnswer a;
        a.control = string(o, "control", at, false);
        a.item = string(o, "item", at, false);
        a.answer = requiredEnum<InspectionAnswerKind>(o, "answer", at, InspectionAnswerKind::Yes);
        a.evidence = string(o, "evidence", at, false);
        a.note = string(o, "note", at, false);
        return a;
    }

    std::optional<Inspection> inspection(const QJsonValue& v, const JsonPointer& at)
    {
        if (!expectObject(v, at))
            return std::nullopt;
        const QJsonObject o = v.toObject();
        Inspection x;
        x.id = string(o, "id", at, true);
        x.fiscalYear = requiredInteger(o, "fiscal_year", at);
        x.kind = requiredEnum<InspectionKind>(o, "kind", at, InspectionKind::Self);
        x.unit = string(o, "unit", at, false);
        x.date = date(o, "date", at, false);
        const QJsonArray answers = array(o, "answers", at);
        for (qsizetype i = 0; i < answers.size(); ++i) {
            if (auto a = answer(answers[i], at / "answers" / i))
                x.answers.append(std::move(*a));
        }
        return x;
    }

    std::optional<AuditFinding> auditFinding(const QJsonValue& v, const JsonPointer& at)
    {
        if (!expectObject(v, at))
            return std::nullopt;
        const QJsonObject o = v.toObject();
        AuditFinding f;
        f.id = string(o, "id", at, true);
        f.fiscalYear = requiredInteger(o, "fiscal_year", at);
        f.source = requiredEnum<InspectionKind>(o, "source", at, InspectionKind::InternalAudit);
        f.unit = string(o, "unit", at, false);
        f.control = string(o, "control", at, false);
        f.asset = string(o, "asset", at, false);
        f.severity = requiredEnum<AuditSeverity>(o, "severity", at, AuditSeverity::Medium);
        f.description = string(o, "description", at, false);
        f.action = string(o, "action", at, false);
        f.status = requiredEnum<AuditStatus>(o, "status", at, AuditStatus::Open);
        f.closed = date(o, "closed", at, false);
        f.due = date(o, "due", at, false);
        return f;
    }

    std::optional<FindingException> findingException(const QJsonValue& v, const JsonPointer& at)
    {
        if (!expectObject(v, at))
            return std::nullopt;
        const QJsonObject o = v.toObject();
        FindingException x;
        x.id = string(o, "id", at, true);
        x.rule = string(o, "rule", at, true);
        const QJsonArray tiers = array(o, "tiers", at);
        for (qsizetype i = 0; i < tiers.size(); ++i) {
            if (auto t = enumValue<Tier>(tiers[i], at / "tiers" / i))
                x.tiers.append(*t);
        }
        x.assets = stringList(o, "assets", at);
        x.rationale = string(o, "rationale", at, false);
        x.approver = string(o, "approver", at, false);
        x.approved = date(o, "approved", at, false);
        x.expires = date(o, "expires", at, false);
        return x;
    }

    std::optional<ReviewDecision> review(const QJsonValue& v, const JsonPointer& at)
    {
        if (!expectObject(v, at))
            return std::nullopt;
        const QJsonObject o = v.toObject();
        ReviewDecision r;
        r.id = string(o, "id", at, true);
        r.fiscalYear = requiredInteger(o, "fiscal_year", at);
        r.date = date(o, "date", at, false);
        r.subject = requiredEnum<ReviewSubject>(o, "subject", at, ReviewSubject::Other);
        r.ref = string(o, "ref", at, false);
        r.threat = string(o, "threat", at, false);
        r.decision = string(o, "decision", at, false);
        r.decidedBy = string(o, "decided_by", at, false);
        return r;
    }

    std::optional<QMap<QString, ControlStatus>> statusByUnit(const QJsonValue& v, const JsonPointer& at)
    {
        QMap<QString, ControlStatus> out;
        if (v.isUndefined() || v.isNull())
            return out;
        if (!v.isObject()) {
            error(at, tr("expected an object of org unit id → status (%1)").arg(allKeys<ControlStatus>()));
            return std::nullopt;
        }
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (auto s = enumValue<ControlStatus>(it.value(), at / it.key()))
                out.insert(it.key(), *s);
        }
        return out;
    }
};

/// A reference or a date the contract writes as null when there is none (RISK-MODEL.md 9).
QJsonValue orNull(const QString& id)
{
    return id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(id);
}
QJsonValue orNull(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject toJson(const Inspection& x)
{
    QJsonArray answers;
    for (const InspectionAnswer& a : x.answers) {
        QJsonObject o {{QStringLiteral("control"), orNull(a.control)}, {QStringLiteral("answer"), toKey(a.answer)}};
        insertIfNotEmpty(o, "item", a.item);
        insertIfNotEmpty(o, "evidence", a.evidence);
        insertIfNotEmpty(o, "note", a.note);
        answers.append(o);
    }
    return {{QStringLiteral("id"), x.id}, {QStringLiteral("fiscal_year"), x.fiscalYear},
        {QStringLiteral("kind"), toKey(x.kind)}, {QStringLiteral("unit"), orNull(x.unit)},
        {QStringLiteral("date"), orNull(x.date)}, {QStringLiteral("answers"), answers}};
}

QJsonObject toJson(const AuditFinding& f)
{
    QJsonObject o {{QStringLiteral("id"), f.id}, {QStringLiteral("fiscal_year"), f.fiscalYear},
        {QStringLiteral("source"), toKey(f.source)}, {QStringLiteral("unit"), orNull(f.unit)},
        {QStringLiteral("control"), orNull(f.control)}, {QStringLiteral("asset"), orNull(f.asset)},
        {QStringLiteral("severity"), toKey(f.severity)}, {QStringLiteral("description"), f.description},
        {QStringLiteral("action"), orNull(f.action)}, {QStringLiteral("status"), toKey(f.status)},
        {QStringLiteral("closed"), orNull(f.closed)}};
    if (f.due.isValid()) // Mamori's own field: left out when not set, as the contract has none
        o.insert(QStringLiteral("due"), f.due.toString(Qt::ISODate));
    return o;
}

QJsonObject toJson(const FindingException& x)
{
    QJsonArray tiers;
    for (Tier t : x.tiers)
        tiers.append(toKey(t));
    QJsonObject o {{QStringLiteral("id"), x.id}, {QStringLiteral("rule"), x.rule}, {QStringLiteral("tiers"), tiers},
        {QStringLiteral("assets"), QJsonArray::fromStringList(x.assets)},
        {QStringLiteral("approved"), orNull(x.approved)}, {QStringLiteral("expires"), orNull(x.expires)}};
    insertIfNotEmpty(o, "rationale", x.rationale);
    insertIfNotEmpty(o, "approver", x.approver);
    return o;
}

QJsonObject toJson(const ReviewDecision& r)
{
    QJsonObject o {{QStringLiteral("id"), r.id}, {QStringLiteral("fiscal_year"), r.fiscalYear},
        {QStringLiteral("date"), orNull(r.date)}, {QStringLiteral("subject"), toKey(r.subject)},
        {QStringLiteral("ref"), orNull(r.ref)}, {QStringLiteral("threat"), orNull(r.threat)}};
    insertIfNotEmpty(o, "decision", r.decision);
    insertIfNotEmpty(o, "decided_by", r.decidedBy);
    return o;
}

QJsonObject statusByUnitToJson(const QMap<QString, ControlStatus>& statusByUnit)
{
    QJsonObject o;
    for (auto it = statusByUnit.begin(); it != statusByUnit.end(); ++it)
        o.insert(it.key(), toKey(it.value()));
    return o;
}

#define MAMORI_RECORD_READER(Type, fn, member)                                                                         \
    std::optional<Type> fn(const QJsonValue& v, const JsonPointer& at, const QString& file, InputErrors& errors)       \
    {                                                                                                                  \
        RecordReader reader(file, errors);                                                                             \
        return reader.member(v, at);                                                                                   \
    }
MAMORI_RECORD_READER(Inspection, inspectionFromJson, inspection)
MAMORI_RECORD_READER(AuditFinding, auditFindingFromJson, auditFinding)
MAMORI_RECORD_READER(FindingException, findingExceptionFromJson, findingException)
MAMORI_RECORD_READER(ReviewDecision, reviewFromJson, review)
#undef MAMORI_RECORD_READER

std::optional<QMap<QString, ControlStatus>> statusByUnitFromJson(
    const QJsonValue& v, const JsonPointer& at, const QString& file, InputErrors& errors)
{
    RecordReader reader(file, errors);
    return reader.statusByUnit(v, at);
}

} // namespace mamori::JsonCodec
