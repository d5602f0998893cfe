#include "ProjectFile.h"

#include "FileReplace.h"
#include "InputFile.h"
#include "JsonCodec.h"
#include "ProjectRecords.h"
#include "ProjectSchemaCheck.h"
#include "ProjectSql.h"
#include "Validation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

namespace mamori::ProjectFile {

namespace {

using namespace detail;

/// One uniquely named QSQLITE connection, closed and removed when it goes out of scope.
/// Queries made on it must be destroyed first (they are, being locals of inner scopes).
/// Every connection refuses to run functions with side effects from the file's schema
/// (trusted_schema off); a read-only one opens the file with SQLITE_OPEN_READONLY, so reading never
/// changes it or writes beside it.
class Connection {
public:
    enum class Access { ReadOnly, ReadWrite };

    explicit Connection(const QString& path, Access access = Access::ReadWrite)
        : m_name(QStringLiteral("mamori-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (access == Access::ReadOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_open = db.open();
        if (!m_open) {
            m_error = db.lastError().text();
            m_code = db.lastError().nativeErrorCode().toInt();
            return;
        }
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA trusted_schema = OFF"));
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    bool isOpen() const { return m_open; }
    QString openError() const { return m_error; }
    /// SQLite's result code of the failed open, 0 when it opened.
    int openErrorCode() const { return m_code; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
    int m_code = 0;
};

// Schema version 1: exactly the fields of RISK-MODEL.md section 2. `pos` keeps the model's order.
// Every reference is a deferred foreign key so rows can be written in any order inside the save.
const char* const kSchemaV1[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE org_units (pos INTEGER NOT NULL, id TEXT PRIMARY KEY, name_ja TEXT NOT NULL, name_en TEXT NOT NULL)",
    "CREATE TABLE assets (pos INTEGER NOT NULL, id TEXT PRIMARY KEY, name_ja TEXT NOT NULL, name_en TEXT NOT NULL,"
    " type TEXT NOT NULL, tier TEXT NOT NULL,"
    " owner TEXT REFERENCES org_units(id) DEFERRABLE INITIALLY DEFERRED,"
    " class_c TEXT, class_i TEXT, class_a TEXT, impact_c REAL, impact_i REAL, impact_a REAL,"
    " gateway INTEGER NOT NULL)",
    "CREATE TABLE dependencies (pos INTEGER NOT NULL,"
    " from_asset TEXT NOT NULL REFERENCES assets(id) DEFERRABLE INITIALLY DEFERRED,"
    " to_asset TEXT NOT NULL REFERENCES assets(id) DEFERRABLE INITIALLY DEFERRED,"
    " kind TEXT NOT NULL, weight_c REAL, weight_i REAL, weight_a REAL, PRIMARY KEY (from_asset, to_asset, kind))",
    "CREATE INDEX dependencies_to ON dependencies(to_asset)",
    "CREATE TABLE threats (pos INTEGER NOT NULL, id TEXT PRIMARY KEY, category INTEGER NOT NULL,"
    " name_ja TEXT NOT NULL, name_en TEXT NOT NULL, likelihood REAL, dimensions TEXT NOT NULL,"
    " applies_types TEXT NOT NULL, applies_tiers TEXT NOT NULL)",
    "CREATE TABLE exposures (pos INTEGER NOT NULL,"
    " asset TEXT NOT NULL REFERENCES assets(id) DEFERRABLE INITIALLY DEFERRED,"
    " threat TEXT NOT NULL REFERENCES threats(id) DEFERRABLE INITIALLY DEFERRED,"
    " likelihood REAL, excluded INTEGER NOT NULL, PRIMARY KEY (asset, threat))",
    "CREATE TABLE controls (pos INTEGER NOT NULL, id TEXT PRIMARY KEY, grp INTEGER NOT NULL,"
    " name_ja TEXT NOT NULL, name_en TEXT NOT NULL, status TEXT NOT NULL, effectiveness REAL, effect TEXT NOT NULL,"
    " scope_mode TEXT NOT NULL, scope_types TEXT NOT NULL, scope_tiers TEXT NOT NULL,"
    " cost_initial REAL NOT NULL, cost_annual REAL NOT NULL,"
    " owner TEXT REFERENCES org_units(id) DEFERRABLE INITIALLY DEFERRED)",
    "CREATE TABLE control_mitigates (control TEXT NOT NULL REFERENCES controls(id) DEFERRABLE INITIALLY DEFERRED,"
    " pos INTEGER NOT NULL, threat TEXT REFERENCES threats(id) DEFERRABLE INITIALLY DEFERRED, category INTEGER,"
    " reduction REAL, PRIMARY KEY (control, pos))",
    "CREATE TABLE control_scope_assets (control TEXT NOT NULL REFERENCES controls(id) DEFERRABLE INITIALLY DEFERRED,"
    " pos INTEGER NOT NULL, asset TEXT NOT NULL REFERENCES assets(id) DEFERRABLE INITIALLY DEFERRED,"
    " PRIMARY KEY (control, pos))",
    "CREATE TABLE control_requires (control TEXT NOT NULL REFERENCES controls(id) DEFERRABLE INITIALLY DEFERRED,"
    " pos INTEGER NOT NULL, required TEXT NOT NULL REFERENCES controls(id) DEFERRABLE INITIALLY DEFERRED,"
    " PRIMARY KEY (control, pos))",
    "CREATE TABLE responses (pos INTEGER NOT NULL,"
    " asset TEXT NOT NULL REFERENCES assets(id) DEFERRABLE INITIALLY DEFERRED,"
    " threat TEXT NOT NULL REFERENCES threats(id) DEFERRABLE INITIALLY DEFERRED,"
    " response TEXT NOT NULL, rationale TEXT NOT NULL, PRIMARY KEY (asset, threat))",
    "CREATE TABLE plan_actions (pos INTEGER NOT NULL, id TEXT PRIMARY KEY, title_ja TEXT NOT NULL,"
    " title_en TEXT NOT NULL, owner TEXT REFERENCES org_units(id) DEFERRABLE INITIALLY DEFERRED,"
    " start TEXT NOT NULL, due TEXT NOT NULL, status TEXT NOT NULL,"
    " cost_initial REAL NOT NULL, cost_annual REAL NOT NULL)",
    "CREATE TABLE plan_action_controls (action TEXT NOT NULL REFERENCES plan_actions(id) DEFERRABLE INITIALLY DEFERRED,"
    " pos INTEGER NOT NULL, control TEXT NOT NULL REFERENCES controls(id) DEFERRABLE INITIALLY DEFERRED,"
    " PRIMARY KEY (action, pos))",
    "CREATE TABLE scenarios (pos INTEGER NOT NULL, id TEXT PRIMARY KEY, name_ja TEXT NOT NULL, name_en TEXT NOT NULL,"
    " base TEXT REFERENCES scenarios(id) DEFERRABLE INITIALLY DEFERRED)",
    "CREATE TABLE scenario_changes (scenario TEXT NOT NULL REFERENCES scenarios(id) DEFERRABLE INITIALLY DEFERRED,"
    " pos INTEGER NOT NULL, change TEXT NOT NULL, PRIMARY KEY (scenario, pos))",
};

// Version 2: the fields the response policy, the plan and the scenario manager keep beyond the
// interchange minimum (who decided and when, assignee, progress, targeted risks, descriptions).
const char* const kMigrateV1toV2[] = {
    "ALTER TABLE org_units ADD COLUMN kind TEXT NOT NULL DEFAULT 'other'",
    "ALTER TABLE org_units ADD COLUMN parent TEXT REFERENCES org_units(id) DEFERRABLE INITIALLY DEFERRED",
    "ALTER TABLE assets ADD COLUMN description TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE threats ADD COLUMN source TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE exposures ADD COLUMN note TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE controls ADD COLUMN source TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE responses ADD COLUMN decided_by TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE responses ADD COLUMN decided_on TEXT",
    "ALTER TABLE plan_actions ADD COLUMN assignee TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE plan_actions ADD COLUMN progress INTEGER",
    "CREATE TABLE plan_action_risks (action TEXT NOT NULL REFERENCES plan_actions(id) DEFERRABLE INITIALLY DEFERRED,"
    " pos INTEGER NOT NULL, asset TEXT NOT NULL, threat TEXT NOT NULL, PRIMARY KEY (action, pos))",
    "ALTER TABLE scenarios ADD COLUMN description TEXT NOT NULL DEFAULT ''",
};

// Version 3: an asset's free attributes (RISK-MODEL.md 9), kept as one JSON object of strings since
// nothing queries them one by one.
const char* const kMigrateV2toV3[] = {
    "ALTER TABLE assets ADD COLUMN attributes TEXT NOT NULL DEFAULT '{}'",
};

// Version 6: service continuity (RISK-MODEL.md 10). A threat's outage is its three numbers, all NULL
// when it causes none; an asset is a service when is_service is 1, its target and cost each NULL when
// not given; a dependency's group is '' when it is needed on its own (grp: GROUP is an SQL keyword);
// an asset's `need` is a table of its own, one row per group.
const char* const kMigrateV5toV6[] = {
    "ALTER TABLE threats ADD COLUMN outage_rate REAL",
    "ALTER TABLE threats ADD COLUMN outage_p5 REAL",
    "ALTER TABLE threats ADD COLUMN outage_p95 REAL",
    "ALTER TABLE assets ADD COLUMN is_service INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE assets ADD COLUMN rto_hours REAL",
    "ALTER TABLE assets ADD COLUMN loss_per_hour REAL",
    "ALTER TABLE dependencies ADD COLUMN grp TEXT NOT NULL DEFAULT ''",
    "CREATE TABLE asset_needs (asset TEXT NOT NULL REFERENCES assets(id) DEFERRABLE INITIALLY DEFERRED,"
    " grp TEXT NOT NULL, need INTEGER NOT NULL, PRIMARY KEY (asset, grp))",
};

/// Brings a database from `from` to kSchemaVersion, one step per version, in one transaction.
bool migrate(Sql& sql, int from, int to)
{
    if (!sql.exec(QStringLiteral("BEGIN")))
        return false;
    if (from < 1 && to >= 1) {
        for (const char* s : kSchemaV1)
            sql.exec(QString::fromLatin1(s));
    }
    if (from < 2 && to >= 2) {
        for (const char* s : kMigrateV1toV2)
            sql.exec(QString::fromLatin1(s));
    }
    if (from < 3 && to >= 3) {
        for (const char* s : kMigrateV2toV3)
            sql.exec(QString::fromLatin1(s));
    }
    if (from < 4 && to >= 4) { // the yearly cycle's records (ProjectRecords.cpp)
        for (const QString& s : migrationV3toV4())
            sql.exec(s);
    }
    if (from < 5 && to >= 5) { // the report's document control (ProjectRecords.cpp)
        for (const QString& s : migrationV4toV5())
            sql.exec(s);
    }
    if (from < 6 && to >= 6) {
        for (const char* s : kMigrateV5toV6)
            sql.exec(QString::fromLatin1(s));
    }
    sql.exec(QStringLiteral("PRAGMA user_version = %1").arg(to));
    if (!sql.error().isEmpty()) {
        sql.rollback();
        return false;
    }
    return sql.exec(QStringLiteral("COMMIT"));
}

/// The schema objects of a database (sqlite_master), in the order they were made.
QList<SchemaObject> schemaOf(const QSqlDatabase& db, Sql& sql)
{
    QList<SchemaObject> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY rowid"))) {
        sql.fail(q.lastError().text());
        return out;
    }
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

/// The schema Mamori writes for `version`: made in memory by the same statements a save runs.
QList<SchemaObject> expectedSchema(int version)
{
    Connection c(QStringLiteral(":memory:"));
    Sql sql(c.db());
    if (!c.isOpen() || !migrate(sql, 0, version))
        return {};
    return schemaOf(c.db(), sql);
}

/// The files SQLite keeps beside a database while it writes it.
const char* const kSideFiles[] = {"-wal", "-shm", "-journal"};

QString dimensionKeys(DimensionSet set)
{
    QStringList keys;
    for (Dimension d : kDimensions) {
        if (set.contains(d))
            keys.append(toKey(d));
    }
    return keys.join(QLatin1Char(','));
}

void writeMeta(const QSqlDatabase& db, Sql& sql, const Model& m)
{
    Inserter meta(db, sql, "meta", {"key", "value"});
    meta({QStringLiteral("name_ja"), m.name.ja});
    meta({QStringLiteral("name_en"), m.name.en});
    meta({QStringLiteral("written_by"), QStringLiteral("Mamori " MAMORI_VERSION_STRING)});
}

void writeSettings(const QSqlDatabase& db, Sql& sql, const Model& m)
{
    Inserter settings(db, sql, "settings", {"key", "value"});
    const QJsonObject s = JsonCodec::settingsToJson(m.settings);
    for (auto it = s.begin(); it != s.end(); ++it) {
        const QJsonArray wrapped {it.value()}; // QJsonDocument holds arrays and objects only
        settings({it.key(), QString::fromUtf8(QJsonDocument(wrapped).toJson(QJsonDocument::Compact))});
    }
}

void writeOrgUnits(const QSqlDatabase& db, Sql& sql, const Model& m)
{
    Inserter ins(db, sql, "org_units", {"pos", "id", "name_ja", "name_en", "kind", "parent"});
    for (qsizetype i = 0; i < m.orgUnits.size(); ++i) {
        const OrgUnit& u = m.orgUnits[i];
        ins({i, u.id, u.name.ja, u.name.en, toKey(u.kind), nullableText(u.parent)});
    }
}

QString attributesText(const QMap<QString, QString>& attributes)
{
    QJsonObject o;
    for (auto it = attributes.begin(); it != attributes.end(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/// The attributes column: a JSON object of strings, as the JSON model holds them; anything else is an error.
QMap<QString, QString> attributesFromText(RowReader& r, const QString& text, qsizetype row)
{
    QMap<QString, QString> out;
    QJsonParseError parsed;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parsed);
    if (parsed.error != QJsonParseError::NoError || !doc.isObject()) {
        r.error(row, "attributes", Tr::tr("is not a JSON object"));
        return out;
    }
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!it.value().isString())
            r.error(row, "attributes", Tr::tr("the attribute \"%1\" is not text").arg(it.key()));
        out.insert(it.key(), it.value().toString());
    }
    return out;
}

void writeAssets(const QSqlDatabase& db, Sql& sql, const Model& m)
{
    Inserter ins(db, sql, "assets",
        {"pos", "id", "name_ja", "name_en", "type", "tier", "owner", "class_c", "class_i", "class_a", "impact_c",
            "impact_i", "impact_a", "gateway", "description", "attributes", "is_service", "rto_hours",
            "loss_per_hour"});
    Inserter needs(db, sql, "asset_needs", {"asset", "grp", "need"});
    for (qsizetype i = 0; i < m.assets.size(); ++i) {
        const Asset& a = m.assets[i];
        const Continuity c = a.continuity.value_or(Continuity {});
        ins({i, a.id, a.name.ja, a.name.en, toKey(a.type), toKey(a.tier), nullableText(a.owner),
            nullable(a.classification[0]), nullable(a.classification[1]), nullable(a.classification[2]),
            nullable(a.impact[0]), nullable(a.impact[1]), nullable(a.impact[2]), a.gateway ? 1 : 0, a.description,
            attributesText(a.attributes), a.continuity ? 1 : 0, nullable(c.rtoHours), nullable(c.lossPerHour)});
        for (auto it = a.need.cbegin(); it != a.need.cend(); ++it)
            needs({a.id, it.key(), it.value()});
    }
}

void writeDependencies(const QSqlDatabase& db, Sql& sql, const Model& m)
{
    Inserter ins(
        db, sql, "dependencies", {"pos", "from_asset", "to_asset", "kind", "weight_c", "weight_i", "weight_a", "grp"});
    for (qsizetype i = 0; i < m.dependencies.size(); ++i) {
        const Dependency& d = m.dependencies[i];
        ins({i, d.from, d.to, toKey(d.kind), nullable(d.weights[0]), nullable(d.weights[1]), nullable(d.weights[2]),
            d.group});
    }
}

void writeThreats(const QSqlDatabase& db, Sql& sql, const Model& m)
{
    Inserter ins(db, sql, "threats",
        {"pos", "id", "category", "name_ja", "name_en", "likelihood", "dimensions", "applies_types", "applies_tiers",
            "source", "outage_rate", "outage_p5", "outage_p95"});
    for (qsizetype i = 0; i < m.threats.size(); ++i) {
        const Threat& t = m.threats[i];
        const auto outage = [&](double Outage::*field) { return t.outage ? QVariant((*t.outage).*field) : QVariant(); };
        ins({i, t.id, t.category, t.name.ja, t.name.en, nullable(t.likelihood), dimensionKeys(t.dimensions),
            joinKeys(t.appliesTo.types), joinKeys(t.appliesTo.tiers), t.source, outage(&Outage::rate),
            outage(&Outage::p5Hours), outage(&Outage::p95Hours)});
    }
}

void writeExposures(const QSqlDatabase& db, Sql& sql, const Model& m)
{
    Inserter ins(db, sql, "exposures", {"pos", "asset", "threat", "likelihood", "excluded", "note"});
    for (qsizetype i = 0; i < m.exposures.size(); ++i) {
        const Exposure& e = m.exposures[i];
        ins({i, e.asset, e.threat, nullable(e.likelihood), e.excluded ? 1 : 0, e.note});
    }
}

void writeControls(const QSqlDatabase& db, Sql& sql, const Model& m)
{
    Inserter ins(db, sql, "controls",
        {"pos", "id", "grp", "name_ja", "name_en", "status", "effectiveness", "effect", "scope_mode", "scope_types",
            "scope_tiers", "cost_initial", "cost_annual", "owner", "source"});
    Inserter mit(db, sql, "control_mitigates", {"control", "pos", "threat", "category", "reduction"});
    Inserter scope(db, sql, "control_scope_assets", {"control", "pos", "asset"});
    Inserter req(db, sql, "control_requires", {"control", "pos", "required"});
    static const char* const modes[] = {"all", "assets", "filter"};
    for (qsizetype i = 0; i < m.controls.size(); ++i) {
        const Control& k = m.controls[i];
        ins({i, k.id, k.group, k.name.ja, k.name.en, toKey(k.status), nullable(k.effectiveness), toKey(k.effect),
            QString::fromLatin1(modes[int(k.scope.mode)]), joinKeys(k.scope.filter.types),
            joinKeys(k.scope.filter.tiers), k.cost.initial, k.cost.annual, nullableText(k.owner), k.source});
        for (qsizetype j = 0; j < k.mitigates.size(); ++j) {
            const Mitigation& x = k.mitigates[j];
            mit({k.id, j, x.category ? QVariant() : QVariant(x.threat), nullable(x.category), nullable(x.reduction)});
        }
        for (qsizetype j = 0; j < k.scope.assets.size(); ++j)
            scope({k.id, j, k.scope.assets[j]});
        for (qsizetype j = 0; j < k.requires_.size(); ++j)
            req({k.id, j, k.requires_[j]});
    }
}

void writeResponses(const QSqlDatabase& db, Sql& sql, const Model& m)
{
    Inserter ins(db, sql, "responses", {"pos", "asset", "threat", "response", "rationale", "decided_by", "decided_on"});
    for (qsizetype i = 0; i < m.responses.size(); ++i) {
        const Response& r = m.responses[i];
        ins({i, r.asset, r.threat, toKey(r.response), r.rationale, r.decidedBy,
            r.decidedOn.isValid() ? QVariant(r.decidedOn.toString(Qt::ISODate)) : QVariant()});
    }
}

void writeActions(const QSqlDatabase& db, Sql& sql, const Model& m)
{
    Inserter ins(db, sql, "plan_actions",
        {"pos", "id", "title_ja", "title_en", "owner", "start", "due", "status", "cost_initial", "cost_annual",
            "assignee", "progress"});
    Inserter ctl(db, sql, "plan_action_controls", {"action", "pos", "control"});
    Inserter risk(db, sql, "plan_action_risks", {"action", "pos", "asset", "threat"});
    for (qsizetype i = 0; i < m.actions.size(); ++i) {
        const PlanAction& p = m.actions[i];
        ins({i, p.id, p.title.ja, p.title.en, nullableText(p.owner), p.start.toString(Qt::ISODate),
            p.due.toString(Qt::ISODate), toKey(p.status), p.cost.initial, p.cost.annual, p.assignee,
            nullable(p.progress)});
        for (qsizetype j = 0; j < p.controls.size(); ++j)
            ctl({p.id, j, p.controls[j]});
        for (qsizetype j = 0; j < p.risks.size(); ++j)
            risk({p.id, j, p.risks[j].asset, p.risks[j].threat});
    }
}

void writeScenarios(const QSqlDatabase& db, Sql& sql, const Model& m)
{
    Inserter ins(db, sql, "scenarios", {"pos", "id", "name_ja", "name_en", "base", "description"});
    Inserter chg(db, sql, "scenario_changes", {"scenario", "pos", "change"});
    for (qsizetype i = 0; i < m.scenarios.size(); ++i) {
        const Scenario& s = m.scenarios[i];
        ins({i, s.id, s.name.ja, s.name.en, nullableText(s.base), s.description});
        for (qsizetype j = 0; j < s.changes.size(); ++j) {
            const QJsonDocument doc(JsonCodec::toJson(s.changes[j]));
            chg({s.id, j, QString::fromUtf8(doc.toJson(QJsonDocument::Compact))});
        }
    }
}

/// One function per table (and its child tables), in the order the schema lists them.
void writeRows(const QSqlDatabase& db, Sql& sql, const Model& m)
{
    for (auto write : {writeMeta, writeSettings, writeOrgUnits, writeAssets, writeDependencies, writeThreats,
             writeExposures, writeControls, writeResponses, writeActions, writeScenarios})
        write(db, sql, m);
    writeRecords(db, sql, m);
}

void readMeta(RowReader& r, Sql&, Model& m)
{
    r.each("meta", "key, value", "key", [&](const QSqlQuery& q, qsizetype) {
        if (q.value(0).toString() == QLatin1StringView("name_ja"))
            m.name.ja = q.value(1).toString();
        else if (q.value(0).toString() == QLatin1StringView("name_en"))
            m.name.en = q.value(1).toString();
    });
}

void readSettings(RowReader& r, Sql&, Model& m)
{
    QJsonObject settings;
    r.each("settings", "key, value", "key", [&](const QSqlQuery& q, qsizetype row) {
        const QJsonDocument doc = QJsonDocument::fromJson(q.value(1).toString().toUtf8());
        if (!doc.isArray() || doc.array().size() != 1)
            r.error(row, "value", Tr::tr("is not a JSON value"));
        else
            settings.insert(q.value(0).toString(), doc.array().first());
    });
    if (auto s = JsonCodec::settingsFromJson(settings, JsonPointer() / "settings", r.file(), r.errors()))
        m.settings = *s;
}

void readOrgUnits(RowReader& r, Sql&, Model& m)
{
    r.each("org_units", "id, name_ja, name_en, kind, parent", "pos", [&](const QSqlQuery& q, qsizetype row) {
        m.orgUnits.append({q.value(0).toString(), {q.value(1).toString(), q.value(2).toString()},
            r.enumValue<OrgUnitKind>(q.value(3), row, "kind", OrgUnitKind::Other), q.value(4).toString()});
    });
}

const char* const kImpactColumns[] = {"impact_c", "impact_i", "impact_a"};
const char* const kWeightColumns[] = {"weight_c", "weight_i", "weight_a"};

void readAssets(RowReader& r, Sql& sql, Model& m)
{
    m.assets.reserve(int(sql.scalar(QStringLiteral("SELECT count(*) FROM assets")).toLongLong()));
    r.each("assets",
        "id, name_ja, name_en, type, tier, owner, class_c, class_i, class_a, impact_c, impact_i, impact_a, "
        "gateway, description, attributes, is_service, rto_hours, loss_per_hour",
        "pos", [&](const QSqlQuery& q, qsizetype row) {
            Asset a;
            a.id = q.value(0).toString();
            a.name = {q.value(1).toString(), q.value(2).toString()};
            a.type = r.enumValue<AssetType>(q.value(3), row, "type", AssetType::System);
            a.tier = r.enumValue<Tier>(q.value(4), row, "tier", Tier::None);
            a.owner = q.value(5).toString();
            for (int d = 0; d < 3; ++d) {
                a.classification[d] = r.optionalText(q.value(6 + d));
                a.impact[d] = r.optionalNumber(q.value(9 + d), row, kImpactColumns[d]);
            }
            a.gateway = r.flag(q.value(12), row, "gateway");
            a.description = q.value(13).toString();
            a.attributes = attributesFromText(r, q.value(14).toString(), row);
            const std::optional<double> rto = r.optionalNumber(q.value(16), row, "rto_hours");
            const std::optional<double> loss = r.optionalNumber(q.value(17), row, "loss_per_hour");
            if (q.value(15).toInt() != 0)
                a.continuity = Continuity {rto, loss};
            else if (rto || loss) // numbers of an asset that is not a service would be lost on saving
                r.error(row, "is_service", Tr::tr("is 0, but the asset has a recovery target or a loss per hour"));
            m.assets.append(std::move(a));
        });
    const auto assets = pointersById(m.assets);
    r.each("asset_needs", "asset, grp, need", "asset, grp", [&](const QSqlQuery& q, qsizetype row) {
        Asset* a = assets.value(q.value(0).toString());
        if (!a)
            return r.error(row, "asset", Tr::tr("asset \"%1\" does not exist").arg(q.value(0).toString()));
        a->need.insert(q.value(1).toString(), r.integer(q.value(2), row, "need"));
    });
}

void readDependencies(RowReader& r, Sql& sql, Model& m)
{
    m.dependencies.reserve(int(sql.scalar(QStringLiteral("SELECT count(*) FROM dependencies")).toLongLong()));
    r.each("dependencies", "from_asset, to_asset, kind, weight_c, weight_i, weight_a, grp", "pos",
        [&](const QSqlQuery& q, qsizetype row) {
            Dependency d;
            d.from = q.value(0).toString();
            d.to = q.value(1).toString();
            d.kind = r.enumValue<DependencyKind>(q.value(2), row, "kind", DependencyKind::Other);
            for (int i = 0; i < 3; ++i)
                d.weights[i] = r.optionalNumber(q.value(3 + i), row, kWeightColumns[i]);
            d.group = q.value(6).toString();
            m.dependencies.append(std::move(d));
        });
}

void readThreats(RowReader& r, Sql&, Model& m)
{
    r.each("threats",
        "id, category, name_ja, name_en, likelihood, dimensions, applies_types, applies_tiers, source, outage_rate, "
        "outage_p5, outage_p95",
        "pos", [&](const QSqlQuery& q, qsizetype row) {
            Threat t;
            t.id = q.value(0).toString();
            t.category = r.integer(q.value(1), row, "category");
            t.name = {q.value(2).toString(), q.value(3).toString()};
            t.likelihood = r.optionalNumber(q.value(4), row, "likelihood");
            for (Dimension d : r.enumList<Dimension>(q.value(5), row, "dimensions"))
                t.dimensions.insert(d);
            t.appliesTo.types = r.enumList<AssetType>(q.value(6), row, "applies_types");
            t.appliesTo.tiers = r.enumList<Tier>(q.value(7), row, "applies_tiers");
            t.source = q.value(8).toString();
            const std::optional<double> rate = r.optionalNumber(q.value(9), row, "outage_rate");
            const std::optional<double> p5 = r.optionalNumber(q.value(10), row, "outage_p5");
            const std::optional<double> p95 = r.optionalNumber(q.value(11), row, "outage_p95");
            if (rate && p5 && p95)
                t.outage = Outage {*rate, *p5, *p95};
            else if ((q.value(9).isNull() || q.value(10).isNull() || q.value(11).isNull())
                && !(q.value(9).isNull() && q.value(10).isNull() && q.value(11).isNull()))
                r.error(row,
                    q.value(9).isNull()        ? "outage_rate"
                        : q.value(10).isNull() ? "outage_p5"
                                               : "outage_p95",
                    Tr::tr("is empty; an outage needs its rate and both durations, or none of them"));
            m.threats.append(std::move(t));
        });
}

void readExposures(RowReader& r, Sql&, Model& m)
{
    r.each("exposures", "asset, threat, likelihood, excluded, note", "pos", [&](const QSqlQuery& q, qsizetype row) {
        m.exposures.append(
            {q.value(0).toString(), q.value(1).toString(), r.optionalNumber(q.value(2), row, "likelihood"),
                r.flag(q.value(3), row, "excluded"), q.value(4).toString()});
    });
}

void readControls(RowReader& r, Sql&, Model& m)
{
    r.each("controls",
        "id, grp, name_ja, name_en, status, effectiveness, effect, scope_mode, scope_types, scope_tiers, "
        "cost_initial, cost_annual, owner, source",
        "pos", [&](const QSqlQuery& q, qsizetype row) {
            Control k;
            k.id = q.value(0).toString();
            k.group = r.integer(q.value(1), row, "grp");
            k.name = {q.value(2).toString(), q.value(3).toString()};
            k.status = r.enumValue<ControlStatus>(q.value(4), row, "status", ControlStatus::None);
            k.effectiveness = r.optionalNumber(q.value(5), row, "effectiveness");
            k.effect = r.enumValue<ControlEffect>(q.value(6), row, "effect", ControlEffect::Likelihood);
            const QString mode = q.value(7).toString();
            if (mode == QLatin1StringView("assets"))
                k.scope.mode = ControlScope::Mode::Assets;
            else if (mode == QLatin1StringView("filter"))
                k.scope.mode = ControlScope::Mode::Filter;
            else if (mode != QLatin1StringView("all"))
                r.error(row, "scope_mode", Tr::tr("\"%1\" is not one of: all, assets, filter").arg(mode));
            k.scope.filter.types = r.enumList<AssetType>(q.value(8), row, "scope_types");
            k.scope.filter.tiers = r.enumList<Tier>(q.value(9), row, "scope_tiers");
            k.cost = {r.number(q.value(10), row, "cost_initial"), r.number(q.value(11), row, "cost_annual")};
            k.owner = q.value(12).toString();
            k.source = q.value(13).toString();
            m.controls.append(std::move(k));
        });
    const auto controls = pointersById(m.controls);
    r.each("control_mitigates", "control, threat, category, reduction", "control, pos",
        [&](const QSqlQuery& q, qsizetype row) {
            Control* k = controls.value(q.value(0).toString());
            if (!k)
                return r.error(row, "control", Tr::tr("control \"%1\" does not exist").arg(q.value(0).toString()));
            Mitigation x;
            x.threat = q.value(1).toString();
            x.category = r.optionalInteger(q.value(2), row, "category");
            x.reduction = r.optionalNumber(q.value(3), row, "reduction");
            k->mitigates.append(std::move(x));
        });
    r.each("control_scope_assets", "control, asset", "control, pos", [&](const QSqlQuery& q, qsizetype row) {
        if (Control* k = controls.value(q.value(0).toString()))
            k->scope.assets.append(q.value(1).toString());
        else
            r.error(row, "control", Tr::tr("control \"%1\" does not exist").arg(q.value(0).toString()));
    });
    r.each("control_requires", "control, required", "control, pos", [&](const QSqlQuery& q, qsizetype row) {
        if (Control* k = controls.value(q.value(0).toString()))
            k->requires_.append(q.value(1).toString());
        else
            r.error(row, "control", Tr::tr("control \"%1\" does not exist").arg(q.value(0).toString()));
    });
}

void readResponses(RowReader& r, Sql&, Model& m)
{
    r.each("responses", "asset, threat, response, rationale, decided_by, decided_on", "pos",
        [&](const QSqlQuery& q, qsizetype row) {
            m.responses.append({q.value(0).toString(), q.value(1).toString(),
                r.enumValue<ResponseKind>(q.value(2), row, "response", ResponseKind::Mitigate), q.value(3).toString(),
                q.value(4).toString(), r.date(q.value(5), row, "decided_on")});
        });
}

void readActions(RowReader& r, Sql&, Model& m)
{
    r.each("plan_actions",
        "id, title_ja, title_en, owner, start, due, status, cost_initial, cost_annual, assignee, progress", "pos",
        [&](const QSqlQuery& q, qsizetype row) {
            PlanAction p;
            p.id = q.value(0).toString();
            p.title = {q.value(1).toString(), q.value(2).toString()};
            p.owner = q.value(3).toString();
            p.start = r.date(q.value(4), row, "start");
            p.due = r.date(q.value(5), row, "due");
            p.status = r.enumValue<ActionStatus>(q.value(6), row, "status", ActionStatus::NotStarted);
            p.cost = {r.number(q.value(7), row, "cost_initial"), r.number(q.value(8), row, "cost_annual")};
            p.assignee = q.value(9).toString();
            p.progress = r.optionalInteger(q.value(10), row, "progress");
            m.actions.append(std::move(p));
        });
    const auto actions = pointersById(m.actions);
    r.each("plan_action_controls", "action, control", "action, pos", [&](const QSqlQuery& q, qsizetype row) {
        if (PlanAction* p = actions.value(q.value(0).toString()))
            p->controls.append(q.value(1).toString());
        else
            r.error(row, "action", Tr::tr("plan action \"%1\" does not exist").arg(q.value(0).toString()));
    });
    r.each("plan_action_risks", "action, asset, threat", "action, pos", [&](const QSqlQuery& q, qsizetype row) {
        if (PlanAction* p = actions.value(q.value(0).toString()))
            p->risks.append({q.value(1).toString(), q.value(2).toString()});
        else
            r.error(row, "action", Tr::tr("plan action \"%1\" does not exist").arg(q.value(0).toString()));
    });
}

void readScenarios(RowReader& r, Sql&, Model& m)
{
    r.each("scenarios", "id, name_ja, name_en, base, description", "pos", [&](const QSqlQuery& q, qsizetype) {
        m.scenarios.append({q.value(0).toString(), {q.value(1).toString(), q.value(2).toString()},
            q.value(4).toString(), q.value(3).toString(), {}});
    });
    const auto scenarios = pointersById(m.scenarios);
    r.each("scenario_changes", "scenario, change", "scenario, pos", [&](const QSqlQuery& q, qsizetype row) {
        Scenario* s = scenarios.value(q.value(0).toString());
        if (!s)
            return r.error(row, "scenario", Tr::tr("scenario \"%1\" does not exist").arg(q.value(0).toString()));
        const QJsonDocument doc = QJsonDocument::fromJson(q.value(1).toString().toUtf8());
        const JsonPointer at = JsonPointer() / "scenarios" / s->id / "changes" / s->changes.size();
        if (auto c = JsonCodec::changeFromJson(doc.object(), at, r.file(), r.errors()))
            s->changes.append(std::move(*c));
    });
}

/// One function per table (with its child tables), in the order writeRows wrote them.
void readRows(const QSqlDatabase& db, Sql& sql, const QString& file, Model& m, InputErrors& errors)
{
    RowReader r(db, file, errors, sql);
    for (auto read : {readMeta, readSettings, readOrgUnits, readAssets, readDependencies, readThreats, readExposures,
             readControls, readResponses, readActions, readScenarios})
        read(r, sql, m);
    readRecords(r, m);
}

QString fileLabel(const QString& path)
{
    return QFileInfo(path).fileName();
}

/// Why a save failed, in a sentence that names the file and what to do; SQLite's own text (for
/// support) only at the end. `code` is SQLite's primary result code.
QString saveFailure(const QString& path, int code, const QString& detail)
{
    const QString file = QDir::toNativeSeparators(path);
    QString what;
    switch (code & 0xFF) {
    case 13: // SQLITE_FULL
        what = Tr::tr("there is not enough free space on the disk. Free some space, or save to another drive.");
        break;
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        what = Tr::tr("the file is in use by another program. Close it there and save again.");
        break;
    case 26: // SQLITE_NOTADB
    case 11: // SQLITE_CORRUPT
        what = Tr::tr("what is in its place is not a Mamori project, or it is damaged. Save under another name "
                      "(File > Save As).");
        break;
    case 10: // SQLITE_IOERR
        what = Tr::tr("the drive reported an error while writing (a network drive may have been disconnected). "
                      "Save again, or save to another drive.");
        break;
    case 19: // SQLITE_CONSTRAINT: validation passed, so the model and the file format disagree
        what = Tr::tr("the model holds a reference the project file cannot store. Undo the last change and save "
                      "again, and report this problem.");
        break;
    default: { // SQLITE_CANTOPEN, SQLITE_READONLY, SQLITE_PERM and anything the folder refuses
        const QString folder = QFileInfo(path).absolutePath();
        what = QFileInfo(folder).isDir()
            ? Tr::tr("Mamori cannot write in the folder “%1”. Save to another folder (File > Save As), or ask "
                     "for permission to write there.")
                  .arg(QDir::toNativeSeparators(folder))
            : Tr::tr("the folder “%1” does not exist (a network drive may have been disconnected). Save to "
                     "another folder (File > Save As).")
                  .arg(QDir::toNativeSeparators(folder));
        break;
    }
    }
    QString out = Tr::tr("“%1” was not saved: %2").arg(file, what);
    if (!detail.isEmpty())
        out += QLatin1Char(' ') + Tr::tr("(Details: %1)").arg(detail);
    return out;
}

} // namespace

bool looksLikeSqlite(const QString& path)
{
    if (!InputFile::refusal(path, limits::kProjectBytes).isEmpty()) // a pipe would block the read below
        return false;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

QString createSchema(const QString& path, int version)
{
    Connection c(path);
    if (!c.isOpen())
        return c.openError();
    Sql sql(c.db());
    sql.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
    sql.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    sql.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (sql.error().isEmpty())
        migrate(sql, 0, version);
    return sql.error();
}

ReadResult read(const QString& path)
{
    ReadResult result;
    const QString label = fileLabel(path);
    auto fail = [&](const QString& what) {
        result.errors.append({label, QString(), what});
        return result;
    };
    if (const QString why = InputFile::refusal(path, limits::kProjectBytes); !why.isEmpty())
        return fail(why);
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly))
        return fail(Tr::tr("the file cannot be read: %1").arg(probe.errorString()));
    probe.close();
    const FileHeader header = FileHeader::of(path);
    if (!header.sqlite)
        return fail(Tr::tr("this is not a Mamori project file (it is not an SQLite database)"));
    if (header.applicationId != kApplicationId)
        return fail(Tr::tr("this is an SQLite database but not a Mamori project file"));

    // The file itself is only ever opened read-only. SQLite would still write beside a file in WAL
    // mode (older Mamori saved so) or with a journal left next to it (it creates -wal and -shm files,
    // or rolls the journal back), and an older schema is migrated before reading: in those cases a
    // copy in a temporary folder is read instead, with its side files, and the user's folder is left
    // exactly as it was.
    QTemporaryDir workDir; // removed on return
    QString source = path;
    bool copied = false;
    auto copyToWorkDir = [&]() {
        const QString copy = workDir.filePath(QStringLiteral("reading.mamori"));
        if (!workDir.isValid() || !QFile::copy(path, copy))
            return false;
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        for (const char* side : kSideFiles) {
            const QString from = path + QLatin1StringView(side);
            if (QFileInfo::exists(from) && QLatin1StringView(side) != QLatin1StringView("-shm")) {
                if (!QFile::copy(from, copy + QLatin1StringView(side)))
                    return false;
                QFile::setPermissions(copy + QLatin1StringView(side), QFile::ReadOwner | QFile::WriteOwner);
            }
        }
        source = copy;
        copied = true;
        return true;
    };
    const bool sideFiles
        = QFileInfo::exists(path + QStringLiteral("-wal")) || QFileInfo::exists(path + QStringLiteral("-journal"));
    if ((header.wal || sideFiles) && !copyToWorkDir())
        return fail(Tr::tr("cannot make a temporary copy to read the project file"));
    auto access = [&] { return copied ? Connection::Access::ReadWrite : Connection::Access::ReadOnly; };

    {
        Connection c(source, access());
        if (!c.isOpen())
            return fail(Tr::tr("the project file cannot be opened: %1").arg(c.openError()));
        Sql sql(c.db());
        result.schemaVersion = sql.scalar(QStringLiteral("PRAGMA user_version")).toInt();
        if (!sql.error().isEmpty())
            return fail(Tr::tr("the project file is damaged or truncated: %1").arg(sql.error()));
        if (result.schemaVersion > kSchemaVersion)
            return fail(Tr::tr("the project was saved by a newer Mamori (file format %1; this version reads up to %2); "
                               "update Mamori to open it")
                            .arg(QString::number(result.schemaVersion), QString::number(kSchemaVersion)));
        if (result.schemaVersion < 1)
            return fail(Tr::tr("the project file is damaged: it has no schema"));
        // Nothing of the file is used before its schema is known to be Mamori's own (nothing to run).
        const QList<SchemaObject> found = schemaOf(c.db(), sql);
        if (!sql.error().isEmpty())
            return fail(Tr::tr("the project file is damaged or truncated: %1").arg(sql.error()));
        const QStringList refusals = SchemaCheck::refusals(found, expectedSchema(result.schemaVersion));
        constexpr qsizetype shown = 20;
        for (qsizetype i = 0; i < refusals.size() && i < shown; ++i)
            result.errors.append({label, Tr::tr("schema"), refusals[i]});
        if (refusals.size() > shown)
            result.errors.append({label, Tr::tr("schema"),
                Tr::tr("… and %n more object(s) that are not Mamori's own", nullptr, int(refusals.size() - shown))});
        if (!refusals.isEmpty())
            return result;
        const QString check = sql.scalar(QStringLiteral("PRAGMA quick_check")).toString();
        if (!sql.error().isEmpty() || check != QLatin1StringView("ok"))
            return fail(Tr::tr("the project file is damaged or truncated: %1")
                            .arg(sql.error().isEmpty() ? check : sql.error()));
    }

    if (result.schemaVersion < kSchemaVersion) {
        // Read older files through a migrated copy: the user's file stays as it is until saved.
        if (!copied && !copyToWorkDir())
            return fail(Tr::tr("cannot make a temporary copy to upgrade the project file"));
        Connection c(source);
        Sql sql(c.db());
        if (!c.isOpen() || !migrate(sql, result.schemaVersion, kSchemaVersion))
            return fail(Tr::tr("cannot upgrade the project file from format %1: %2")
                            .arg(QString::number(result.schemaVersion), c.isOpen() ? sql.error() : c.openError()));
    }

    {
        Connection c(source, access());
        if (!c.isOpen())
            return fail(Tr::tr("the project file cannot be opened: %1").arg(c.openError()));
        Sql sql(c.db());
        readRows(c.db(), sql, label, result.model, result.errors);
        if (!sql.error().isEmpty())
            return fail(Tr::tr("the project file is damaged or truncated: %1").arg(sql.error()));
    }
    if (result.ok())
        result.errors = validate(result.model, label, Source::Project);
    return result;
}

WriteResult write(const Model& model, const QString& path)
{
    WriteResult result;
    // A name of its own for this save: two saves at once never write into, or remove, each other's file.
    const QString temp = FileReplace::temporaryPathFor(path);
    auto removeTemp = [&] {
        QFile::remove(temp);
        for (const char* side : kSideFiles)
            QFile::remove(temp + QLatin1StringView(side));
    };

    {
        Connection c(temp);
        if (!c.isOpen()) {
            result.error = saveFailure(path, c.openErrorCode(), c.openError());
            removeTemp();
            return result;
        }
        Sql sql(c.db());
        sql.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
        // The rollback journal, not WAL: WAL does not work on network folders and makes every reader
        // write -wal and -shm files beside the project. Saving to a new file and renaming it is atomic
        // already; the journal only covers this one transaction and is gone when it commits.
        sql.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
        sql.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        if (sql.error().isEmpty())
            migrate(sql, 0, kSchemaVersion);
        if (sql.exec(QStringLiteral("BEGIN"))) {
            writeRows(c.db(), sql, model);
            if (sql.error().isEmpty())
                sql.exec(QStringLiteral("COMMIT")); // deferred foreign keys are checked here
            else
                sql.rollback();
        }
        if (!sql.error().isEmpty())
            result.error = saveFailure(path, sql.errorCode(), sql.error());
    }
    if (!result.error.isEmpty()) {
        removeTemp();
        return result;
    }

    // Keep a file of an older schema before replacing it (name.v1.mamori), as users may still need it
    // in the version of Mamori that wrote it. Its header says which it is: the file is not opened.
    const FileHeader old = FileHeader::of(path);
    if (old.sqlite && old.applicationId == kApplicationId && old.userVersion > 0 && old.userVersion < kSchemaVersion) {
        const QFileInfo info(path);
        const QString backup = info.dir().filePath(
            QStringLiteral("%1.v%2.%3").arg(info.completeBaseName(), QString::number(old.userVersion), info.suffix()));
        if (!QFileInfo::exists(backup) && !QFile::copy(path, backup)) {
            removeTemp();
            result.error = Tr::tr("“%1” was not saved: a copy of the older file could not be kept as “%2”. "
                                  "Save to a folder you can write to (File > Save As).")
                               .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(backup));
            return result;
        }
        result.backupPath = backup;
    }

    // A -wal, -shm or -journal beside the target belongs to the file being replaced (an older Mamori
    // saved in WAL mode): left there, SQLite would apply that old WAL to the new file when it opens it.
    for (const char* side : kSideFiles)
        QFile::remove(path + QLatin1StringView(side));
    if (const QString why = FileReplace::moveOver(temp, path); !why.isEmpty()) {
        removeTemp();
        result.error = Tr::tr("“%1” was not saved: %2").arg(QDir::toNativeSeparators(path), why);
        return result;
    }
    removeTemp(); // only side files can be left: the journal of a committed save is gone already
    return result;
}

} // namespace mamori::ProjectFile
