#include "ProjectRecords.h"

namespace mamori::ProjectFile::detail {

namespace {

// Version 4: the yearly cycle's records (RISK-MODEL.md 9 and Mamori's own). References are
// deferred foreign keys like the others, except a review's `ref`, which names a control, an audit
// finding, an exception or a risk's asset depending on its subject. A reference an edit cleared
// (what it named was removed) is NULL.
const char* const kMigrateV3toV4[] = {
    "CREATE TABLE control_status_by_unit (control TEXT NOT NULL REFERENCES controls(id) DEFERRABLE INITIALLY "
    "DEFERRED, unit TEXT NOT NULL REFERENCES org_units(id) DEFERRABLE INITIALLY DEFERRED, status TEXT NOT NULL,"
    " PRIMARY KEY (control, unit))",
    "CREATE TABLE inspections (pos INTEGER NOT NULL, id TEXT PRIMARY KEY, fiscal_year INTEGER NOT NULL,"
    " kind TEXT NOT NULL, unit TEXT REFERENCES org_units(id) DEFERRABLE INITIALLY DEFERRED, date TEXT)",
    "CREATE TABLE inspection_answers (inspection TEXT NOT NULL REFERENCES inspections(id) DEFERRABLE INITIALLY "
    "DEFERRED, pos INTEGER NOT NULL, control TEXT REFERENCES controls(id) DEFERRABLE INITIALLY DEFERRED,"
    " item TEXT NOT NULL, answer TEXT NOT NULL, evidence TEXT NOT NULL, note TEXT NOT NULL,"
    " PRIMARY KEY (inspection, pos))",
    "CREATE TABLE audit_findings (pos INTEGER NOT NULL, id TEXT PRIMARY KEY, fiscal_year INTEGER NOT NULL,"
    " source TEXT NOT NULL, unit TEXT REFERENCES org_units(id) DEFERRABLE INITIALLY DEFERRED,"
    " control TEXT REFERENCES controls(id) DEFERRABLE INITIALLY DEFERRED,"
    " asset TEXT REFERENCES assets(id) DEFERRABLE INITIALLY DEFERRED, severity TEXT NOT NULL,"
    " description TEXT NOT NULL, action TEXT REFERENCES plan_actions(id) DEFERRABLE INITIALLY DEFERRED,"
    " status TEXT NOT NULL, closed TEXT, due TEXT)",
    "CREATE TABLE finding_exceptions (pos INTEGER NOT NULL, id TEXT PRIMARY KEY, rule TEXT NOT NULL,"
    " tiers TEXT NOT NULL, rationale TEXT NOT NULL, approver TEXT NOT NULL, approved TEXT, expires TEXT)",
    "CREATE TABLE finding_exception_assets (exception TEXT NOT NULL REFERENCES finding_exceptions(id) DEFERRABLE "
    "INITIALLY DEFERRED, pos INTEGER NOT NULL, asset TEXT NOT NULL REFERENCES assets(id) DEFERRABLE INITIALLY "
    "DEFERRED, PRIMARY KEY (exception, pos))",
    "CREATE TABLE reviews (pos INTEGER NOT NULL, id TEXT PRIMARY KEY, fiscal_year INTEGER NOT NULL, date TEXT,"
    " subject TEXT NOT NULL, ref TEXT, threat TEXT, decision TEXT NOT NULL, decided_by TEXT NOT NULL)",
};

// Version 5: the report's document control (Model::document, one per project): its fields as
// key/value rows like the settings, the revision history, the distribution list and the budgets by
// fiscal year, each in its order. A fiscal year may appear twice here (validation refuses it before a
// save; a file written otherwise reads back and is then reported).
const char* const kMigrateV4toV5[] = {
    "CREATE TABLE document (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE document_revisions (pos INTEGER PRIMARY KEY, version TEXT NOT NULL, date TEXT,"
    " description TEXT NOT NULL, author TEXT NOT NULL)",
    "CREATE TABLE document_distribution (pos INTEGER PRIMARY KEY, recipient TEXT NOT NULL)",
    "CREATE TABLE document_budgets (pos INTEGER PRIMARY KEY, fiscal_year INTEGER NOT NULL, initial REAL NOT NULL,"
    " running REAL NOT NULL)",
};

QVariant dateOrNull(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

void writeStatusByUnit(const QSqlDatabase& db, Sql& sql, const Model& m)
{
    Inserter ins(db, sql, "control_status_by_unit", {"control", "unit", "status"});
    for (const Control& k : m.controls) {
        for (auto it = k.statusByUnit.begin(); it != k.statusByUnit.end(); ++it)
            ins({k.id, it.key(), toKey(it.value())});
    }
}

void writeInspections(const QSqlDatabase& db, Sql& sql, const Model& m)
{
    Inserter ins(db, sql, "inspections", {"pos", "id", "fiscal_year", "kind", "unit", "date"});
    Inserter ans(db, sql, "inspection_answers", {"inspection", "pos", "control", "item", "answer", "evidence", "note"});
    for (qsizetype i = 0; i < m.inspections.size(); ++i) {
        const Inspection& x = m.inspections[i];
        ins({i, x.id, x.fiscalYear, toKey(x.kind), nullableText(x.unit), dateOrNull(x.date)});
        for (qsizetype j = 0; j < x.answers.size(); ++j) {
            const InspectionAnswer& a = x.answers[j];
            ans({x.id, j, nullableText(a.control), a.item, toKey(a.answer), a.evidence, a.note});
        }
    }
}

void writeAuditFindings(const QSqlDatabase& db, Sql& sql, const Model& m)
{
    Inserter ins(db, sql, "audit_findings",
        {"pos", "id", "fiscal_year", "source", "unit", "control", "asset", "severity", "description", "action",
            "status", "closed", "due"});
    for (qsizetype i = 0; i < m.auditFindings.size(); ++i) {
        const AuditFinding& f = m.auditFindings[i];
        ins({i, f.id, f.fiscalYear, toKey(f.source), nullableText(f.unit), nullableText(f.control),
            nullableText(f.asset), toKey(f.severity), f.description, nullableText(f.action), toKey(f.status),
            dateOrNull(f.closed), dateOrNull(f.due)});
    }
}

void writeFindingExceptions(const QSqlDatabase& db, Sql& sql, const Model& m)
{
    Inserter ins(
        db, sql, "finding_exceptions", {"pos", "id", "rule", "tiers", "rationale", "approver", "approved", "expires"});
    Inserter assets(db, sql, "finding_exception_assets", {"exception", "pos", "asset"});
    for (qsizetype i = 0; i < m.findingExceptions.size(); ++i) {
        const FindingException& x = m.findingExceptions[i];
        ins({i, x.id, x.rule, joinKeys(x.tiers), x.rationale, x.approver, dateOrNull(x.approved),
            dateOrNull(x.expires)});
        for (qsizetype j = 0; j < x.assets.size(); ++j)
            assets({x.id, j, x.assets[j]});
    }
}

void writeReviews(const QSqlDatabase& db, Sql& sql, const Model& m)
{
    Inserter ins(
        db, sql, "reviews", {"pos", "id", "fiscal_year", "date", "subject", "ref", "threat", "decision", "decided_by"});
    for (qsizetype i = 0; i < m.reviewDecisions.size(); ++i) {
        const ReviewDecision& r = m.reviewDecisions[i];
        ins({i, r.id, r.fiscalYear, dateOrNull(r.date), toKey(r.subject), nullableText(r.ref), nullableText(r.threat),
            r.decision, r.decidedBy});
    }
}

void readStatusByUnit(RowReader& r, Model& m)
{
    const auto controls = pointersById(m.controls);
    r.each("control_status_by_unit", "control, unit, status", "control, unit", [&](const QSqlQuery& q, qsizetype row) {
        Control* k = controls.value(q.value(0).toString());
        if (!k)
            return r.error(row, "control", Tr::tr("control \"%1\" does not exist").arg(q.value(0).toString()));
        k->statusByUnit.insert(
            q.value(1).toString(), r.enumValue<ControlStatus>(q.value(2), row, "status", ControlStatus::None));
    });
}

void readInspections(RowReader& r, Model& m)
{
    r.each("inspections", "id, fiscal_year, kind, unit, date", "pos", [&](const QSqlQuery& q, qsizetype row) {
        Inspection x;
        x.id = q.value(0).toString();
        x.fiscalYear = r.integer(q.value(1), row, "fiscal_year");
        x.kind = r.enumValue<InspectionKind>(q.value(2), row, "kind", InspectionKind::Self);
        x.unit = q.value(3).toString();
        x.date = r.date(q.value(4), row, "date");
        m.inspections.append(std::move(x));
    });
    const auto inspections = pointersById(m.inspections);
    r.each("inspection_answers", "inspection, control, item, answer, evidence, note", "inspection, pos",
        [&](const QSqlQuery& q, qsizetype row) {
            Inspection* x = inspections.value(q.value(0).toString());
            if (!x)
                return r.error(
                    row, "inspection", Tr::tr("inspection \"%1\" does not exist").arg(q.value(0).toString()));
            x->answers.append({q.value(1).toString(), q.value(2).toString(),
                r.enumValue<InspectionAnswerKind>(q.value(3), row, "answer", InspectionAnswerKind::Yes),
                q.value(4).toString(), q.value(5).toString()});
        });
}

void readAuditFindings(RowReader& r, Model& m)
{
    r.each("audit_findings",
        "id, fiscal_year, source, unit, control, asset, severity, description, action, status, closed, due", "pos",
        [&](const QSqlQuery& q, qsizetype row) {
            AuditFinding f;
            f.id = q.value(0).toString();
            f.fiscalYear = r.integer(q.value(1), row, "fiscal_year");
            f.source = r.enumValue<InspectionKind>(q.value(2), row, "source", InspectionKind::InternalAudit);
            f.unit = q.value(3).toString();
            f.control = q.value(4).toString();
            f.asset = q.value(5).toString();
            f.severity = r.enumValue<AuditSeverity>(q.value(6), row, "severity", AuditSeverity::Medium);
            f.description = q.value(7).toString();
            f.action = q.value(8).toString();
            f.status = r.enumValue<AuditStatus>(q.value(9), row, "status", AuditStatus::Open);
            f.closed = r.date(q.value(10), row, "closed");
            f.due = r.date(q.value(11), row, "due");
            m.auditFindings.append(std::move(f));
        });
}

void readFindingExceptions(RowReader& r, Model& m)
{
    r.each("finding_exceptions", "id, rule, tiers, rationale, approver, approved, expires", "pos",
        [&](const QSqlQuery& q, qsizetype row) {
            FindingException x;
            x.id = q.value(0).toString();
            x.rule = q.value(1).toString();
            x.tiers = r.enumList<Tier>(q.value(2), row, "tiers");
            x.rationale = q.value(3).toString();
            x.approver = q.value(4).toString();
            x.approved = r.date(q.value(5), row, "approved");
            x.expires = r.date(q.value(6), row, "expires");
            m.findingExceptions.append(std::move(x));
        });
    const auto exceptions = pointersById(m.findingExceptions);
    r.each("finding_exception_assets", "exception, asset", "exception, pos", [&](const QSqlQuery& q, qsizetype row) {
        if (FindingException* x = exceptions.value(q.value(0).toString()))
            x->assets.append(q.value(1).toString());
        else
            r.error(row, "exception", Tr::tr("exception \"%1\" does not exist").arg(q.value(0).toString()));
    });
}

void readReviews(RowReader& r, Model& m)
{
    r.each("reviews", "id, fiscal_year, date, subject, ref, threat, decision, decided_by", "pos",
        [&](const QSqlQuery& q, qsizetype row) {
            ReviewDecision d;
            d.id = q.value(0).toString();
            d.fiscalYear = r.integer(q.value(1), row, "fiscal_year");
            d.date = r.date(q.value(2), row, "date");
            d.subject = r.enumValue<ReviewSubject>(q.value(3), row, "subject", ReviewSubject::Other);
            d.ref = q.value(4).toString();
            d.threat = q.value(5).toString();
            d.decision = q.value(6).toString();
            d.decidedBy = q.value(7).toString();
            m.reviewDecisions.append(std::move(d));
        });
}

void writeDocument(const QSqlDatabase& db, Sql& sql, const Model& m)
{
    const DocumentControl& d = m.document;
    Inserter fields(db, sql, "document", {"key", "value"});
    for (const auto& [key, value] :
        {std::pair {"number", d.number}, std::pair {"version", d.version}, std::pair {"department", d.department},
            std::pair {"approved", d.approvedOn.isValid() ? d.approvedOn.toString(Qt::ISODate) : QString()}}) {
        if (!value.isEmpty())
            fields({QString::fromLatin1(key), value});
    }
    Inserter revisions(db, sql, "document_revisions", {"pos", "version", "date", "description", "author"});
    for (qsizetype i = 0; i < d.revisions.size(); ++i) {
        const DocumentRevision& r = d.revisions[i];
        revisions({i, r.version, dateOrNull(r.date), r.description, r.by});
    }
    Inserter distribution(db, sql, "document_distribution", {"pos", "recipient"});
    for (qsizetype i = 0; i < d.distribution.size(); ++i)
        distribution({i, d.distribution[i]});
    Inserter budgets(db, sql, "document_budgets", {"pos", "fiscal_year", "initial", "running"});
    for (qsizetype i = 0; i < d.budgets.size(); ++i)
        budgets({i, d.budgets[i].fiscalYear, d.budgets[i].initial, d.budgets[i].running});
}

void readDocument(RowReader& r, Model& m)
{
    DocumentControl& d = m.document;
    r.each("document", "key, value", "key", [&](const QSqlQuery& q, qsizetype row) {
        const QString key = q.value(0).toString();
        if (key == QLatin1StringView("number"))
            d.number = q.value(1).toString();
        else if (key == QLatin1StringView("version"))
            d.version = q.value(1).toString();
        else if (key == QLatin1StringView("department"))
            d.department = q.value(1).toString();
        else if (key == QLatin1StringView("approved"))
            d.approvedOn = r.date(q.value(1), row, "value");
        // Other keys are a newer Mamori's: a minor version may add fields, which this one ignores.
    });
    r.each("document_revisions", "version, date, description, author", "pos", [&](const QSqlQuery& q, qsizetype row) {
        d.revisions.append(
            {q.value(0).toString(), r.date(q.value(1), row, "date"), q.value(2).toString(), q.value(3).toString()});
    });
    r.each("document_distribution", "recipient", "pos",
        [&](const QSqlQuery& q, qsizetype) { d.distribution.append(q.value(0).toString()); });
    r.each("document_budgets", "fiscal_year, initial, running", "pos", [&](const QSqlQuery& q, qsizetype row) {
        d.budgets.append({r.integer(q.value(0), row, "fiscal_year"), r.number(q.value(1), row, "initial"),
            r.number(q.value(2), row, "running")});
    });
}

} // namespace

QStringList migrationV4toV5()
{
    QStringList out;
    for (const char* s : kMigrateV4toV5)
        out.append(QString::fromLatin1(s));
    return out;
}

QStringList migrationV3toV4()
{
    QStringList out;
    for (const char* s : kMigrateV3toV4)
        out.append(QString::fromLatin1(s));
    return out;
}

void writeRecords(const QSqlDatabase& db, Sql& sql, const Model& m)
{
    for (auto write :
        {writeStatusByUnit, writeInspections, writeAuditFindings, writeFindingExceptions, writeReviews, writeDocument})
        write(db, sql, m);
}

void readRecords(RowReader& r, Model& m)
{
    for (auto read :
        {readStatusByUnit, readInspections, readAuditFindings, readFindingExceptions, readReviews, readDocument})
        read(r, m);
}

} // namespace mamori::ProjectFile::detail
