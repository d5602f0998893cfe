#include "Validation.h"

#include "Cycles.h"
#include "InputLimits.h"
#include "JoinKey.h"
#include "Scenarios.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>
#include <vector>

namespace mamori {

namespace {

/// Collects errors for one model, writing each place the way its source is read by people.
class Validator {
    Q_DECLARE_TR_FUNCTIONS(mamori::Validator)

public:
    Validator(const Model& model, QString file, Source source, InputErrors& errors)
        : m_model(model)
        , m_index(model)
        , m_file(std::move(file))
        , m_source(source)
        , m_errors(errors)
    {
    }

    void run()
    {
        checkLengths();
        checkSettings();
        checkOrgUnits();
        checkAssets();
        checkDependencies();
        checkThreats();
        checkExposures();
        checkControls();
        checkResponses();
        checkActions();
        checkInspections();
        checkAuditFindings();
        checkFindingExceptions();
        checkReviews();
        checkDocument();
    }

    /// The report's document control alone (validateDocument).
    void runDocument() { checkDocument(); }

    void checkScenarios()
    {
        // Each scenario is resolved once, from its base's resolved model, walking the tree of bases from
        // the baseline with an explicit stack: linear in the changes, and a chain of bases as deep as the
        // input likes needs no recursion. What is inherent, validating each scenario's model in full, is
        // bounded by limits::kScenarios.
        const qsizetype count = m_model.scenarios.size();
        if (count > limits::kScenarios) {
            error("scenarios", -1, QString(),
                tr("%1 scenarios; a model may have at most %2")
                    .arg(QString::number(count), QString::number(limits::kScenarios)));
            return;
        }
        checkUniqueIds(m_model.scenarios, "scenarios");
        for (qsizetype i = 0; i < count; ++i) {
            const Scenario& s = m_model.scenarios[i];
            if (!s.base.isEmpty() && !m_index.scenarios.contains(s.base))
                error("scenarios", i, QStringLiteral("base"), tr("scenario \"%1\" does not exist").arg(s.base));
        }
        if (!m_errors.isEmpty())
            return;
        std::vector<std::vector<int>> children(static_cast<std::size_t>(count) + 1); // the last: the baseline's
        std::vector<std::vector<int>> base(static_cast<std::size_t>(count));
        for (qsizetype i = 0; i < count; ++i) {
            const QString& b = m_model.scenarios[i].base;
            const int parent = b.isEmpty() ? int(count) : int(m_index.scenarios.value(b));
            children[std::size_t(parent)].push_back(int(i));
            if (parent < count)
                base[std::size_t(i)].push_back(parent);
        }
        const auto baseOf = [&](int i) -> const std::vector<int>& { return base[std::size_t(i)]; };
        for (const std::vector<int>& component : cyclicComponents(int(count), baseOf)) {
            QStringList chain;
            for (const int i : cycleThrough(component.front(), component, baseOf))
                chain.prepend(m_model.scenarios[i].id); // "A <- B": B is built on A
            error("scenarios", component.front(), QStringLiteral("base"),
                tr("the scenario base chain loops: %1").arg(shortChain(chain, QStringLiteral(" <- "))));
        }
        if (!m_errors.isEmpty())
            return;
        // Scenarios built on a loop are never reached: the loop is reported, once. Errors are kept per
        // scenario and told in model order.
        std::vector<InputErrors> found(static_cast<std::size_t>(count));
        std::vector<std::pair<int, Model>> stack;
        for (auto it = children.back().crbegin(); it != children.back().crend(); ++it)
            stack.emplace_back(*it, m_model);
        while (!stack.empty()) {
            auto [si, model] = std::move(stack.back());
            stack.pop_back();
            const Scenario& s = m_model.scenarios[si];
            InputErrors changeErrors;
            bool applied = true;
            for (qsizetype ci = 0; ci < s.changes.size() && applied; ++ci)
                applied = applyChange(model, s.changes[ci],
                    JsonPointer() / "scenarios" / qsizetype(si) / "changes" / ci, m_file, changeErrors);
            if (!applied) {
                found[std::size_t(si)] = changeErrors; // its descendants would only repeat it
                continue;
            }
            const InputErrors content = validateContent(model, m_file, m_source);
            if (!content.isEmpty()) {
                std::swap(m_errors, found[std::size_t(si)]);
                for (const InputError& e : content)
                    error("scenarios", si, QString(),
                        tr("after its changes, the model is not valid: %1: %2").arg(e.where, e.what));
                std::swap(m_errors, found[std::size_t(si)]);
            }
            const std::vector<int>& next = children[std::size_t(si)];
            for (std::size_t c = next.size(); c-- > 0;) // the model is shared until a child changes it
                stack.emplace_back(next[c], c == 0 ? std::move(model) : model);
        }
        for (const InputErrors& errors : found)
            m_errors.append(errors);
    }

private:
    /// The place of item `index` of `collection`, then `field` inside it.
    void error(const char* collection, qsizetype index, const QString& field, const QString& what)
    {
        const QString name = QString::fromLatin1(collection);
        QString where;
        if (m_source == Source::Json) {
            where = (name == QLatin1StringView("actions") ? QStringLiteral("/plan/actions") : QLatin1Char('/') + name);
            if (index >= 0)
                where += QLatin1Char('/') + QString::number(index);
            if (!field.isEmpty())
                where += QLatin1Char('/') + field;
        } else if (m_source == Source::Window) {
            where = itemWords(name, index);
            if (!field.isEmpty())
                where += QStringLiteral(", ") + fieldWords(field);
        } else if (name == QLatin1StringView("document")) {
            where = documentTablePlace(field);
        } else {
            const QString table = name == QLatin1StringView("actions") ? QStringLiteral("plan_actions") : name;
            where = index >= 0 ? tr("table %1, row %2").arg(table, QString::number(index + 1))
                               : tr("table %1").arg(table);
            if (!field.isEmpty())
                where += QStringLiteral(", ") + field;
        }
        m_errors.append({m_file, where, what});
    }

    /// A document control field ("revisions/1/date", "number") as the project file holds it: its
    /// fields are rows of table document, its lists tables of their own.
    static QString documentTablePlace(const QString& field)
    {
        const QStringList parts = field.split(QLatin1Char('/'));
        if (parts.size() >= 2) {
            const QString table = QStringLiteral("document_") + parts[0];
            const int row = parts[1].toInt() + 1;
            return parts.size() > 2 ? tr("table %1, row %2").arg(table).arg(row) + QStringLiteral(", ") + parts[2]
                                    : tr("table %1, row %2").arg(table).arg(row);
        }
        return tr("table %1").arg(QStringLiteral("document")) + QStringLiteral(", ") + field;
    }

    /// Item `index` of `collection` as the window names it: its kind and id, or both ends of a pair.
    QString itemWords(const QString& collection, qsizetype index) const
    {
        auto byId = [&](const auto& items, const QString& kind) {
            const QString id = index >= 0 && index < items.size() ? items[index].id : QString();
            return id.isEmpty() ? tr("%1 without an id (row %2)").arg(kind, QString::number(index + 1))
                                : tr("%1 %2").arg(kind, id);
        };
        auto pair = [&](const auto& items, const QString& format) {
            return index >= 0 && index < items.size() ? format.arg(items[index].asset, items[index].threat) : format;
        };
        if (collection == QLatin1StringView("assets"))
            return byId(m_model.assets, asset());
        if (collection == QLatin1StringView("threats"))
            return byId(m_model.threats, threat());
        if (collection == QLatin1StringView("controls"))
            return byId(m_model.controls, control());
        if (collection == QLatin1StringView("actions"))
            return byId(m_model.actions, tr("plan action"));
        if (collection == QLatin1StringView("org_units"))
            return byId(m_model.orgUnits, orgUnit());
        if (collection == QLatin1StringView("scenarios"))
            return byId(m_model.scenarios, tr("scenario"));
        if (collection == QLatin1StringView("inspections"))
            return byId(m_model.inspections, tr("inspection"));
        if (collection == QLatin1StringView("audit_findings"))
            return byId(m_model.auditFindings, tr("audit finding"));
        if (collection == QLatin1StringView("finding_exceptions"))
            return byId(m_model.findingExceptions, tr("exception"));
        if (collection == QLatin1StringView("reviews"))
            return byId(m_model.reviewDecisions, tr("review decision"));
        if (collection == QLatin1StringView("document"))
            return tr("document control");
        if (collection == QLatin1StringView("exposures"))
            return pair(m_model.exposures, tr("exposure %1 × %2"));
        if (collection == QLatin1StringView("responses"))
            return pair(m_model.responses, tr("response %1 × %2"));
        if (collection == QLatin1StringView("dependencies") && index >= 0 && index < m_model.dependencies.size())
            return tr("dependency %1 → %2").arg(m_model.dependencies[index].from, m_model.dependencies[index].to);
        return tr("settings");
    }

    /// A field path ("risks/0/asset") in words: the field's name, then the keys inside it ("target risks
    /// (asset)"); positions in lists are left out, the item already says which one it is.
    static QString fieldWords(const QString& field)
    {
        static const std::pair<const char*, const char*> words[] = {{"id", QT_TR_NOOP("ID")},
            {"name", QT_TR_NOOP("name")}, {"title", QT_TR_NOOP("title")}, {"owner", QT_TR_NOOP("owner")},
            {"parent", QT_TR_NOOP("parent unit")}, {"from", QT_TR_NOOP("dependent asset")},
            {"to", QT_TR_NOOP("depends on")}, {"asset", QT_TR_NOOP("asset")}, {"threat", QT_TR_NOOP("threat")},
            {"classification", QT_TR_NOOP("classification")}, {"impact", QT_TR_NOOP("impact")},
            {"weights", QT_TR_NOOP("weights")}, {"category", QT_TR_NOOP("category")},
            {"likelihood", QT_TR_NOOP("likelihood")}, {"dimensions", QT_TR_NOOP("dimensions")},
            {"group", QT_TR_NOOP("group")}, {"effectiveness", QT_TR_NOOP("effectiveness")},
            {"mitigates", QT_TR_NOOP("mitigated threats")}, {"scope", QT_TR_NOOP("scope")},
            {"requires", QT_TR_NOOP("required controls")}, {"cost", QT_TR_NOOP("cost")},
            {"controls", QT_TR_NOOP("controls")}, {"risks", QT_TR_NOOP("target risks")},
            {"due", QT_TR_NOOP("due date")}, {"progress", QT_TR_NOOP("progress")}, {"base", QT_TR_NOOP("base")},
            {"appetite", QT_TR_NOOP("risk appetite")}, {"bands", QT_TR_NOOP("level bands")},
            {"impact_table", QT_TR_NOOP("impact table")}, {"status_by_unit", QT_TR_NOOP("status by unit")},
            {"unit", QT_TR_NOOP("org unit")}, {"fiscal_year", QT_TR_NOOP("fiscal year")},
            {"answers", QT_TR_NOOP("answers")}, {"control", QT_TR_NOOP("control")},
            {"action", QT_TR_NOOP("corrective action")}, {"closed", QT_TR_NOOP("closed on")},
            {"rule", QT_TR_NOOP("rule")}, {"tiers", QT_TR_NOOP("tiers")}, {"assets", QT_TR_NOOP("assets")},
            {"expires", QT_TR_NOOP("expires on")}, {"ref", QT_TR_NOOP("about")},
            {"number", QT_TR_NOOP("document number")}, {"version", QT_TR_NOOP("version")},
            {"department", QT_TR_NOOP("preparing department")}, {"approved", QT_TR_NOOP("approval date")},
            {"revisions", QT_TR_NOOP("revision history")}, {"distribution", QT_TR_NOOP("distribution")},
            {"budgets", QT_TR_NOOP("budgets")}, {"outage", QT_TR_NOOP("outage")},
            {"continuity", QT_TR_NOOP("continuity")}, {"need", QT_TR_NOOP("needed in group")}};
        QStringList parts = field.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        parts.removeIf([](const QString& p) { return !p.isEmpty() && p.front().isDigit(); });
        if (parts.isEmpty())
            return field;
        QString head = parts.takeFirst();
        for (const auto& [key, word] : words) {
            if (head == QLatin1StringView(key)) {
                head = tr(word);
                break;
            }
        }
        return parts.isEmpty() ? head : tr("%1 (%2)").arg(head, parts.join(QStringLiteral(", ")));
    }

    void checkRange(const char* coll, qsizetype i, const QString& field, double value, double low, double high)
    {
        if (value < low || value > high)
            error(coll, i, field,
                tr("%1 is out of range; expected %2 to %3")
                    .arg(QString::number(value), QString::number(low), QString::number(high)));
    }

    /// A finite number of at least `low` (more than `low` when `strict`) and at most `high`: a rate,
    /// hours, an amount. Not a number (from a window or a project file) is refused, not let through.
    void checkAtLeast(
        const char* coll, qsizetype i, const QString& field, double value, double low, bool strict, double high)
    {
        if (!std::isfinite(value))
            error(coll, i, field, tr("is not a finite number"));
        else if (strict && (value <= low || value > high))
            error(coll, i, field,
                tr("%1 is out of range; expected more than %2 and at most %3")
                    .arg(QString::number(value), QString::number(low), QString::number(high)));
        else if (value < low || value > high)
            error(coll, i, field,
                tr("%1 is out of range; expected %2 to %3")
                    .arg(QString::number(value), QString::number(low), QString::number(high)));
    }

    void checkRef(const char* coll, qsizetype i, const QString& field, const QString& id,
        const QHash<QString, qsizetype>& index, const QString& kind)
    {
        if (!id.isEmpty() && !index.contains(id))
            error(coll, i, field, tr("%1 \"%2\" does not exist").arg(kind, id));
    }

    template <typename T> void checkUniqueIds(const QList<T>& items, const char* coll)
    {
        QHash<QString, qsizetype> seen;
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (items[i].id.isEmpty())
                continue; // reported by the reader
            const auto it = seen.constFind(items[i].id);
            if (it != seen.cend())
                error(coll, i, QStringLiteral("id"),
                    tr("duplicate id \"%1\" (first used at item %2)").arg(items[i].id, QString::number(it.value())));
            else
                seen.insert(items[i].id, i);
        }
    }

    void checkName(const char* coll, qsizetype i, const LocalizedText& name, const char* field = "name")
    {
        if (name.isEmpty())
            error(coll, i, QString::fromLatin1(field), tr("needs a name in Japanese or English"));
    }

    /// Ids, names and free texts up to the limits of InputLimits.h: a 50 MB asset name would make every
    /// table, graph and report that shows it crawl. Checked first, and cheaply (lengths only).
    void checkLength(const char* coll, qsizetype i, const QString& field, const QString& text, qsizetype limit)
    {
        if (text.size() > limit)
            error(coll, i, field, tooLong(text.size(), limit));
    }
    void checkLength(const char* coll, qsizetype i, const char* field, const QString& text, qsizetype limit)
    {
        checkLength(coll, i, QString::fromLatin1(field), text, limit);
    }
    static QString tooLong(qsizetype size, qsizetype limit)
    {
        return tr("is %1 characters long; at most %2 are allowed").arg(QString::number(size), QString::number(limit));
    }
    void checkLength(const char* coll, qsizetype i, const char* field, const LocalizedText& text, qsizetype limit)
    {
        checkLength(coll, i, field, text.ja.size() >= text.en.size() ? text.ja : text.en, limit);
    }
    template <typename T> void checkIdLengths(const QList<T>& items, const char* coll)
    {
        for (qsizetype i = 0; i < items.size(); ++i)
            checkLength(coll, i, "id", items[i].id, limits::kIdLength);
    }

    void checkLengths()
    {
        using limits::kIdLength, limits::kNameLength, limits::kTextLength;
        const Model& m = m_model;
        if (std::max(m.name.ja.size(), m.name.en.size()) > kNameLength) {
            const QString where = m_source == Source::Json ? QStringLiteral("/name")
                : m_source == Source::Project              ? tr("table %1").arg(QStringLiteral("meta"))
                                                           : tr("the model's name");
            m_errors.append({m_file, where, tooLong(std::max(m.name.ja.size(), m.name.en.size()), kNameLength)});
        }
        for (qsizetype i = 0; i < m.settings.bands.size(); ++i)
            checkLength("settings", -1, "bands", m.settings.bands[i].label, kIdLength);
        for (const auto& levels : m.settings.impactTable) {
            for (const ImpactLevel& l : levels)
                checkLength("settings", -1, "impact_table", l.level, kIdLength);
        }
        checkIdLengths(m.orgUnits, "org_units");
        for (qsizetype i = 0; i < m.orgUnits.size(); ++i)
            checkLength("org_units", i, "name", m.orgUnits[i].name, kNameLength);
        checkIdLengths(m.assets, "assets");
        for (qsizetype i = 0; i < m.assets.size(); ++i) {
            const Asset& a = m.assets[i];
            checkLength("assets", i, "name", a.name, kNameLength);
            checkLength("assets", i, "description", a.description, kTextLength);
            for (auto it = a.attributes.cbegin(); it != a.attributes.cend(); ++it) {
                checkLength("assets", i, "attributes", it.key(), kIdLength);
                checkLength("assets", i, "attributes", it.value(), kTextLength);
            }
            for (auto it = a.need.cbegin(); it != a.need.cend(); ++it)
                checkLength("assets", i, "need", it.key(), kIdLength);
        }
        for (qsizetype i = 0; i < m.dependencies.size(); ++i)
            checkLength("dependencies", i, "group", m.dependencies[i].group, kIdLength);
        checkIdLengths(m.threats, "threats");
        for (qsizetype i = 0; i < m.threats.size(); ++i) {
            checkLength("threats", i, "name", m.threats[i].name, kNameLength);
            checkLength("threats", i, "source", m.threats[i].source, kNameLength);
        }
        for (qsizetype i = 0; i < m.exposures.size(); ++i)
            checkLength("exposures", i, "note", m.exposures[i].note, kTextLength);
        checkIdLengths(m.controls, "controls");
        for (qsizetype i = 0; i < m.controls.size(); ++i) {
            checkLength("controls", i, "name", m.controls[i].name, kNameLength);
            checkLength("controls", i, "source", m.controls[i].source, kNameLength);
        }
        for (qsizetype i = 0; i < m.responses.size(); ++i) {
            checkLength("responses", i, "rationale", m.responses[i].rationale, kTextLength);
            checkLength("responses", i, "decided_by", m.responses[i].decidedBy, kNameLength);
        }
        checkIdLengths(m.actions, "actions");
        for (qsizetype i = 0; i < m.actions.size(); ++i) {
            checkLength("actions", i, "title", m.actions[i].title, kNameLength);
            checkLength("actions", i, "assignee", m.actions[i].assignee, kNameLength);
        }
        checkIdLengths(m.scenarios, "scenarios");
        for (qsizetype i = 0; i < m.scenarios.size(); ++i) {
            checkLength("scenarios", i, "name", m.scenarios[i].name, kNameLength);
            checkLength("scenarios", i, "description", m.scenarios[i].description, kTextLength);
        }
        checkIdLengths(m.inspections, "inspections");
        for (qsizetype i = 0; i < m.inspections.size(); ++i) {
            for (const InspectionAnswer& a : m.inspections[i].answers) {
                checkLength("inspections", i, "answers", a.evidence, kTextLength);
                checkLength("inspections", i, "answers", a.note, kTextLength);
            }
        }
        checkIdLengths(m.auditFindings, "audit_findings");
        for (qsizetype i = 0; i < m.auditFindings.size(); ++i)
            checkLength("audit_findings", i, "description", m.auditFindings[i].description, kTextLength);
        checkIdLengths(m.findingExceptions, "finding_exceptions");
        for (qsizetype i = 0; i < m.findingExceptions.size(); ++i) {
            checkLength("finding_exceptions", i, "rationale", m.findingExceptions[i].rationale, kTextLength);
            checkLength("finding_exceptions", i, "approver", m.findingExceptions[i].approver, kNameLength);
        }
        checkIdLengths(m.reviewDecisions, "reviews");
        for (qsizetype i = 0; i < m.reviewDecisions.size(); ++i) {
            checkLength("reviews", i, "decision", m.reviewDecisions[i].decision, kTextLength);
            checkLength("reviews", i, "decided_by", m.reviewDecisions[i].decidedBy, kNameLength);
        }
    }

    QString asset() const { return tr("asset"); }
    QString threat() const { return tr("threat"); }
    QString control() const { return tr("control"); }
    QString orgUnit() const { return tr("org unit"); }

    void checkSettings()
    {
        const Settings& s = m_model.settings;
        for (Dimension d : kDimensions) {
            const auto& levels = s.impactTable[dimIndex(d)];
            if (levels.isEmpty())
                error("settings", -1, QStringLiteral("impact_table/") + toKey(d), tr("needs at least one level"));
            for (const ImpactLevel& l : levels)
                checkRange("settings", -1, QStringLiteral("impact_table/%1/%2").arg(toKey(d), l.level), l.impact, 1, 5);
        }
        if (s.bands.isEmpty())
            error("settings", -1, QStringLiteral("bands"), tr("needs at least one band"));
        for (qsizetype i = 0; i < s.bands.size(); ++i) {
            const QString field = QStringLiteral("bands/%1").arg(i);
            if (s.bands[i].label.isEmpty())
                error("settings", -1, field, tr("a band needs a label"));
            if (i > 0 && s.bands[i].bound <= s.bands[i - 1].bound)
                error("settings", -1, field, tr("band bounds must increase"));
        }
        if (!s.bands.isEmpty() && s.bands.constLast().bound < 25)
            error("settings", -1, QStringLiteral("bands"),
                tr("the last band must reach 25, the highest possible risk value"));
        checkRange("settings", -1, QStringLiteral("appetite"), s.appetite, 0, 25);
    }

    void checkOrgUnits()
    {
        checkUniqueIds(m_model.orgUnits, "org_units");
        for (qsizetype i = 0; i < m_model.orgUnits.size(); ++i) {
            const OrgUnit& u = m_model.orgUnits[i];
            checkName("org_units", i, u.name);
            checkRef("org_units", i, QStringLiteral("parent"), u.parent, m_index.orgUnits, orgUnit());
        }
        // A parent chain that loops would hang any tree view of the organization. Each unit is walked once
        // (a chain of 100,000 units is linear, not quadratic): the walk from a unit stops at one already
        // settled; a unit met again in the same walk closes a loop, reported at every unit of that walk.
        const qsizetype n = m_model.orgUnits.size();
        std::vector<qsizetype> walk(std::size_t(n), -1); // the walk that reached the unit
        std::vector<char> loops(std::size_t(n), 0);
        for (qsizetype i = 0; i < n; ++i) {
            if (walk[std::size_t(i)] >= 0)
                continue;
            std::vector<qsizetype> path;
            qsizetype cur = i;
            bool loop = false;
            while (cur >= 0) {
                if (walk[std::size_t(cur)] >= 0) {
                    loop = walk[std::size_t(cur)] == i || loops[std::size_t(cur)];
                    break;
                }
                walk[std::size_t(cur)] = i;
                path.push_back(cur);
                const QString& parent = m_model.orgUnits[cur].parent;
                cur = parent.isEmpty() ? -1 : m_index.orgUnits.value(parent, -1);
            }
            for (const qsizetype u : path)
                loops[std::size_t(u)] = loop;
        }
        for (qsizetype i = 0; i < n; ++i) {
            if (loops[std::size_t(i)])
                error("org_units", i, QStringLiteral("parent"), tr("the parent chain loops"));
        }
    }

    void checkAssets()
    {
        checkUniqueIds(m_model.assets, "assets");
        for (qsizetype i = 0; i < m_model.assets.size(); ++i) {
            const Asset& a = m_model.assets[i];
            checkName("assets", i, a.name);
            checkRef("assets", i, QStringLiteral("owner"), a.owner, m_index.orgUnits, orgUnit());
            for (Dimension d : kDimensions) {
                if (const auto& level = a.classification[dimIndex(d)]) {
                    if (!m_model.settings.impactOf(d, *level)) {
                        QStringList known;
                        for (const ImpactLevel& l : m_model.settings.impactTable[dimIndex(d)])
                            known.append(l.level);
                        error("assets", i, QStringLiteral("classification/") + toKey(d),
                            tr("level \"%1\" is not in the impact table for %2 (levels: %3)")
                                .arg(*level, toKey(d), known.join(QStringLiteral(", "))));
                    }
                }
                if (const auto& imp = a.impact[dimIndex(d)])
                    checkRange("assets", i, QStringLiteral("impact/") + toKey(d), *imp, 1, 5);
            }
            checkContinuity(i, a);
        }
        checkNeeds();
    }

    /// The hours of the simulated year (RISK-MODEL.md 10): no target, event or duration needs more.
    static constexpr double kYearHours = 8760;

    /// An asset's continuity target and cost (RISK-MODEL.md 10): hours within a year, yen up to the
    /// bound of every other amount.
    void checkContinuity(qsizetype i, const Asset& a)
    {
        if (!a.continuity)
            return;
        if (a.continuity->rtoHours)
            checkAtLeast(
                "assets", i, QStringLiteral("continuity/rto_hours"), *a.continuity->rtoHours, 0, false, kYearHours);
        if (a.continuity->lossPerHour)
            checkAtLeast(
                "assets", i, QStringLiteral("continuity/loss_per_hour"), *a.continuity->lossPerHour, 0, false, 1e15);
    }

    /// An asset's `need` names a group of its own dependencies and asks for 1 to all of its targets:
    /// more than the group has could never be met, and a group it has no dependency in is a typo.
    void checkNeeds()
    {
        QHash<QString, QHash<QString, int>> groupSizes; // asset → group → its dependencies in the group
        bool anyNeed = false;
        for (const Asset& a : m_model.assets)
            anyNeed = anyNeed || !a.need.isEmpty();
        if (!anyNeed)
            return;
        for (const Dependency& d : m_model.dependencies) {
            if (!d.group.isEmpty())
                ++groupSizes[d.from][d.group];
        }
        for (qsizetype i = 0; i < m_model.assets.size(); ++i) {
            const Asset& a = m_model.assets[i];
            const QHash<QString, int> sizes = a.need.isEmpty() ? QHash<QString, int>() : groupSizes.value(a.id);
            for (auto it = a.need.cbegin(); it != a.need.cend(); ++it) {
                const QString field = QStringLiteral("need/") + pointerKey(it.key());
                const int size = sizes.value(it.key(), 0);
                if (size == 0)
                    error("assets", i, field, tr("asset \"%1\" has no dependency in group \"%2\"").arg(a.id, it.key()));
                else if (it.value() < 1 || it.value() > size)
                    error("assets", i, field,
                        tr("needs %1 of group \"%2\", which has %3 dependencies of this asset; expected 1 to %3")
                            .arg(QString::number(it.value()), it.key(), QString::number(size)));
            }
        }
    }

    /// The kind as a person reads it, in the window and in `mamori-cli validate` alike.
    static QString kindText(DependencyKind kind)
    {
        static const char* const words[]
            = {QT_TR_NOOP("runs on"), QT_TR_NOOP("processed by"), QT_TR_NOOP("connects via"), QT_TR_NOOP("located in"),
                QT_TR_NOOP("powered by"), QT_TR_NOOP("supplied by"), QT_TR_NOOP("other")};
        return tr(words[static_cast<int>(kind)]);
    }

    void checkDependencies()
    {
        QSet<QString> seen;
        for (qsizetype i = 0; i < m_model.dependencies.size(); ++i) {
            const Dependency& d = m_model.dependencies[i];
            checkRef("dependencies", i, QStringLiteral("from"), d.from, m_index.assets, asset());
            checkRef("dependencies", i, QStringLiteral("to"), d.to, m_index.assets, asset());
            if (!d.from.isEmpty() && d.from == d.to)
                error("dependencies", i, QString(), tr("asset \"%1\" cannot depend on itself").arg(d.from));
            const QString key = joinKey({d.from, d.to, toKey(d.kind)});
            if (seen.contains(key))
                error("dependencies", i, QString(),
                    tr("duplicate dependency: %1 -> %2 of the kind \"%3\" is listed already")
                        .arg(d.from, d.to, kindText(d.kind)));
            seen.insert(key);
            for (Dimension dim : kDimensions) {
                if (const auto& w = d.weights[dimIndex(dim)])
                    checkRange("dependencies", i, QStringLiteral("weights/") + toKey(dim), *w, 0, 1);
            }
            if (!d.group.isEmpty() && d.group.trimmed().isEmpty())
                error("dependencies", i, QStringLiteral("group"), tr("a group needs a name that is not only spaces"));
        }
    }

    void checkThreats()
    {
        checkUniqueIds(m_model.threats, "threats");
        for (qsizetype i = 0; i < m_model.threats.size(); ++i) {
            const Threat& t = m_model.threats[i];
            checkName("threats", i, t.name);
            checkRange("threats", i, QStringLiteral("category"), t.category, 1, kThreatCategoryCount);
            if (t.likelihood)
                checkRange("threats", i, QStringLiteral("likelihood"), *t.likelihood, 1, 5);
            if (t.dimensions.isEmpty())
                error("threats", i, QStringLiteral("dimensions"), tr("needs at least one of C, I, A"));
            if (t.outage)
                checkOutage(i, *t.outage);
        }
    }

    /// A threat's outage (RISK-MODEL.md 10): 0 to one event an hour a year, and durations with
    /// 0 < P5 <= P95 up to a year (the lognormal needs positive hours; P5 = P95 is a fixed duration).
    /// The upper bounds keep a hostile file from asking the simulation for billions of events.
    void checkOutage(qsizetype i, const Outage& o)
    {
        checkAtLeast("threats", i, QStringLiteral("outage/rate"), o.rate, 0, false, kYearHours);
        checkAtLeast("threats", i, QStringLiteral("outage/hours/0"), o.p5Hours, 0, true, kYearHours);
        checkAtLeast("threats", i, QStringLiteral("outage/hours/1"), o.p95Hours, 0, true, kYearHours);
        if (std::isfinite(o.p5Hours) && std::isfinite(o.p95Hours) && o.p5Hours > 0 && o.p95Hours > 0
            && o.p95Hours < o.p5Hours)
            error("threats", i, QStringLiteral("outage/hours/1"),
                tr("the 95th percentile, %1 hours, is below the 5th, %2 hours")
                    .arg(QString::number(o.p95Hours), QString::number(o.p5Hours)));
    }

    /// One entry per (asset, threat) pair, with both references checked.
    template <typename T> void checkPairs(const QList<T>& items, const char* coll, const QString& what)
    {
        QSet<QString> seen;
        for (qsizetype i = 0; i < items.size(); ++i) {
            checkRef(coll, i, QStringLiteral("asset"), items[i].asset, m_index.assets, asset());
            checkRef(coll, i, QStringLiteral("threat"), items[i].threat, m_index.threats, threat());
            const QString key = joinKey({items[i].asset, items[i].threat});
            if (seen.contains(key))
                error(coll, i, QString(),
                    tr("a second %1 for asset \"%2\" and threat \"%3\"").arg(what, items[i].asset, items[i].threat));
            seen.insert(key);
        }
    }

    void checkExposures()
    {
        checkPairs(m_model.exposures, "exposures", tr("exposure"));
        for (qsizetype i = 0; i < m_model.exposures.size(); ++i) {
            if (const auto& l = m_model.exposures[i].likelihood)
                checkRange("exposures", i, QStringLiteral("likelihood"), *l, 1, 5);
        }
    }

    void checkControls()
    {
        checkUniqueIds(m_model.controls, "controls");
        for (qsizetype i = 0; i < m_model.controls.size(); ++i) {
            const Control& k = m_model.controls[i];
            checkName("controls", i, k.name);
            checkRange("controls", i, QStringLiteral("group"), k.group, 1, kControlGroupCount);
            if (k.effectiveness)
                checkRange("controls", i, QStringLiteral("effectiveness"), *k.effectiveness, 0, 1);
            for (qsizetype j = 0; j < k.mitigates.size(); ++j) {
                const Mitigation& m = k.mitigates[j];
                const QString at = QStringLiteral("mitigates/%1").arg(j);
                if (m.category)
                    checkRange("controls", i, at + QStringLiteral("/category"), *m.category, 1, kThreatCategoryCount);
                else
                    checkRef("controls", i, at + QStringLiteral("/threat"), m.threat, m_index.threats, threat());
                if (m.reduction)
                    checkRange("controls", i, at + QStringLiteral("/reduction"), *m.reduction, 0, 1);
            }
            for (qsizetype j = 0; j < k.scope.assets.size(); ++j)
                checkRef("controls", i, QStringLiteral("scope/assets/%1").arg(j), k.scope.assets[j], m_index.assets,
                    asset());
            for (qsizetype j = 0; j < k.requires_.size(); ++j) {
                checkRef(
                    "controls", i, QStringLiteral("requires/%1").arg(j), k.requires_[j], m_index.controls, control());
                if (k.requires_[j] == k.id)
                    error("controls", i, QStringLiteral("requires/%1").arg(j), tr("a control cannot require itself"));
            }
            checkRange("controls", i, QStringLiteral("cost/initial"), k.cost.initial, 0, 1e15);
            checkRange("controls", i, QStringLiteral("cost/annual"), k.cost.annual, 0, 1e15);
            checkRef("controls", i, QStringLiteral("owner"), k.owner, m_index.orgUnits, orgUnit());
            for (auto it = k.statusByUnit.begin(); it != k.statusByUnit.end(); ++it)
                checkRef("controls", i, QStringLiteral("status_by_unit/") + pointerKey(it.key()), it.key(),
                    m_index.orgUnits, orgUnit());
        }
        checkRequiresCycles();
    }

    /// The strongly connected components of `requires` (iterative: a chain of 100,000 controls must not
    /// overflow the stack); reports each loop once, at its first control in model order, with a shortest
    /// cycle through that control.
    void checkRequiresCycles()
    {
        const int n = int(m_model.controls.size());
        std::vector<std::vector<int>> requires_(static_cast<std::size_t>(n));
        for (int i = 0; i < n; ++i) {
            for (const QString& r : m_model.controls[i].requires_) {
                const auto it = m_index.controls.constFind(r);
                if (it != m_index.controls.cend() && r != m_model.controls[i].id) // a self-reference is reported above
                    requires_[std::size_t(i)].push_back(int(*it));
            }
        }
        const auto successors = [&](int i) -> const std::vector<int>& { return requires_[std::size_t(i)]; };
        for (const std::vector<int>& component : cyclicComponents(n, successors)) {
            QStringList cycle;
            for (const int k : cycleThrough(component.front(), component, successors))
                cycle.append(m_model.controls[k].id);
            error("controls", component.front(), QStringLiteral("requires"),
                tr("the requires chain loops: %1").arg(shortChain(cycle, QStringLiteral(" -> "))));
        }
    }

    void checkResponses() { checkPairs(m_model.responses, "responses", tr("response")); }

    void checkActions()
    {
        checkUniqueIds(m_model.actions, "actions");
        for (qsizetype i = 0; i < m_model.actions.size(); ++i) {
            const PlanAction& p = m_model.actions[i];
            checkName("actions", i, p.title, "title");
            for (qsizetype j = 0; j < p.controls.size(); ++j)
                checkRef(
                    "actions", i, QStringLiteral("controls/%1").arg(j), p.controls[j], m_index.controls, control());
            for (qsizetype j = 0; j < p.risks.size(); ++j) {
                checkRef(
                    "actions", i, QStringLiteral("risks/%1/asset").arg(j), p.risks[j].asset, m_index.assets, asset());
                checkRef("actions", i, QStringLiteral("risks/%1/threat").arg(j), p.risks[j].threat, m_index.threats,
                    threat());
            }
            checkRef("actions", i, QStringLiteral("owner"), p.owner, m_index.orgUnits, orgUnit());
            if (p.start.isValid() && p.due.isValid() && p.due < p.start)
                error("actions", i, QStringLiteral("due"),
                    tr("the due date %1 is before the start %2")
                        .arg(p.due.toString(Qt::ISODate), p.start.toString(Qt::ISODate)));
            if (p.progress)
                checkRange("actions", i, QStringLiteral("progress"), *p.progress, 0, 100);
            checkRange("actions", i, QStringLiteral("cost/initial"), p.cost.initial, 0, 1e15);
            checkRange("actions", i, QStringLiteral("cost/annual"), p.cost.annual, 0, 1e15);
        }
    }

    /// A key as one step of a JSON pointer (RFC 6901) when places are pointers: a unit id may hold '/'.
    QString pointerKey(QString key) const
    {
        if (m_source != Source::Json)
            return key;
        return key.replace(QLatin1Char('~'), QStringLiteral("~0")).replace(QLatin1Char('/'), QStringLiteral("~1"));
    }

    // The records of the yearly cycle (RISK-MODEL.md 9 and Mamori's own). Their references may be
    // empty (an edit clears them when what they named is removed: they are history); the ones given
    // must name what the model has.

    /// Fiscal years from Heisei 1 (1989) to 2100, as RISK-MODEL.md 9 bounds them.
    void checkFiscalYear(const char* coll, qsizetype i, int year)
    {
        if (year < 1989 || year > 2100)
            error(coll, i, QStringLiteral("fiscal_year"),
                tr("fiscal year %1 is out of range; expected 1989 to 2100").arg(year));
    }

    void checkInspections()
    {
        checkUniqueIds(m_model.inspections, "inspections");
        for (qsizetype i = 0; i < m_model.inspections.size(); ++i) {
            const Inspection& x = m_model.inspections[i];
            checkFiscalYear("inspections", i, x.fiscalYear);
            checkRef("inspections", i, QStringLiteral("unit"), x.unit, m_index.orgUnits, orgUnit());
            for (qsizetype j = 0; j < x.answers.size(); ++j)
                checkRef("inspections", i, QStringLiteral("answers/%1/control").arg(j), x.answers[j].control,
                    m_index.controls, control());
        }
    }

    void checkAuditFindings()
    {
        checkUniqueIds(m_model.auditFindings, "audit_findings");
        for (qsizetype i = 0; i < m_model.auditFindings.size(); ++i) {
            const AuditFinding& f = m_model.auditFindings[i];
            checkFiscalYear("audit_findings", i, f.fiscalYear);
            checkRef("audit_findings", i, QStringLiteral("unit"), f.unit, m_index.orgUnits, orgUnit());
            checkRef("audit_findings", i, QStringLiteral("control"), f.control, m_index.controls, control());
            checkRef("audit_findings", i, QStringLiteral("asset"), f.asset, m_index.assets, asset());
            checkRef("audit_findings", i, QStringLiteral("action"), f.action, m_index.actions, tr("plan action"));
            // The closing date and the status say the same thing twice: they must agree.
            if (f.status == AuditStatus::Open && f.closed.isValid())
                error("audit_findings", i, QStringLiteral("closed"),
                    tr("an open audit finding cannot have a closing date; set its status to closed or clear the date"));
            if (f.status == AuditStatus::Closed && !f.closed.isValid())
                error(
                    "audit_findings", i, QStringLiteral("closed"), tr("a closed finding needs the date it was closed"));
        }
    }

    void checkFindingExceptions()
    {
        checkUniqueIds(m_model.findingExceptions, "finding_exceptions");
        for (qsizetype i = 0; i < m_model.findingExceptions.size(); ++i) {
            const FindingException& x = m_model.findingExceptions[i];
            // The rules of the three-tier findings (RISK-MODEL.md 3.8), the only findings an exception covers.
            if (x.rule != QLatin1StringView("tier-separation") && x.rule != QLatin1StringView("tier-hosting"))
                error("finding_exceptions", i, QStringLiteral("rule"),
                    tr("\"%1\" is not one of: tier-separation, tier-hosting").arg(x.rule));
            for (qsizetype j = 0; j < x.assets.size(); ++j)
                checkRef(
                    "finding_exceptions", i, QStringLiteral("assets/%1").arg(j), x.assets[j], m_index.assets, asset());
            if (x.approved.isValid() && x.expires.isValid() && x.expires < x.approved)
                error("finding_exceptions", i, QStringLiteral("expires"),
                    tr("the expiry %1 is before the approval %2")
                        .arg(x.expires.toString(Qt::ISODate), x.approved.toString(Qt::ISODate)));
        }
    }

    void checkReviews()
    {
        checkUniqueIds(m_model.reviewDecisions, "reviews");
        QHash<QString, qsizetype> findings, exceptions;
        for (qsizetype i = 0; i < m_model.auditFindings.size(); ++i)
            findings.insert(m_model.auditFindings[i].id, i);
        for (qsizetype i = 0; i < m_model.findingExceptions.size(); ++i)
            exceptions.insert(m_model.findingExceptions[i].id, i);
        for (qsizetype i = 0; i < m_model.reviewDecisions.size(); ++i) {
            const ReviewDecision& r = m_model.reviewDecisions[i];
            checkFiscalYear("reviews", i, r.fiscalYear);
            const QString ref = QStringLiteral("ref");
            switch (r.subject) {
            case ReviewSubject::Control:
                checkRef("reviews", i, ref, r.ref, m_index.controls, control());
                break;
            case ReviewSubject::AuditFinding:
                checkRef("reviews", i, ref, r.ref, findings, tr("audit finding"));
                break;
            case ReviewSubject::Exception:
                checkRef("reviews", i, ref, r.ref, exceptions, tr("exception"));
                break;
            case ReviewSubject::Risk: // a risk is named by its asset (ref) and its threat
                checkRef("reviews", i, ref, r.ref, m_index.assets, asset());
                checkRef("reviews", i, QStringLiteral("threat"), r.threat, m_index.threats, threat());
                break;
            case ReviewSubject::Other:
                break;
            }
        }
    }

    /// The report's document control: texts a cover or a table cell can hold, dates a ward could mean,
    /// budgets that are amounts (one per fiscal year).
    void checkDocument()
    {
        const DocumentControl& d = m_model.document;
        constexpr qsizetype kShort = 200; // a number, a version, a unit, a name: one line on the cover
        constexpr qsizetype kLong = 1000; // a revision's description: a few lines in the table
        auto checkLength = [&](const QString& field, const QString& text, qsizetype limit) {
            this->checkLength("document", -1, field, text, limit);
        };
        auto checkDate = [&](const QString& field, const QDate& date) {
            if (date.isValid() && (date.year() < 1989 || date.year() > 2100))
                error("document", -1, field,
                    tr("%1 is out of range; expected a date from 1989 to 2100").arg(date.toString(Qt::ISODate)));
        };
        checkLength(QStringLiteral("number"), d.number, kShort);
        checkLength(QStringLiteral("version"), d.version, kShort);
        checkLength(QStringLiteral("department"), d.department, kShort);
        checkDate(QStringLiteral("approved"), d.approvedOn);
        for (qsizetype i = 0; i < d.revisions.size(); ++i) {
            const DocumentRevision& r = d.revisions[i];
            checkLength(QStringLiteral("revisions/%1/version").arg(i), r.version, kShort);
            checkDate(QStringLiteral("revisions/%1/date").arg(i), r.date);
            checkLength(QStringLiteral("revisions/%1/description").arg(i), r.description, kLong);
            checkLength(QStringLiteral("revisions/%1/by").arg(i), r.by, kShort);
        }
        for (qsizetype i = 0; i < d.distribution.size(); ++i)
            checkLength(QStringLiteral("distribution/%1").arg(i), d.distribution[i], kShort);
        QHash<int, qsizetype> years;
        for (qsizetype i = 0; i < d.budgets.size(); ++i) {
            const FiscalBudget& b = d.budgets[i];
            const QString at = QStringLiteral("budgets/%1/").arg(i);
            if (b.fiscalYear < 1989 || b.fiscalYear > 2100)
                error("document", -1, at + QStringLiteral("fiscal_year"),
                    tr("fiscal year %1 is out of range; expected 1989 to 2100").arg(b.fiscalYear));
            else if (years.contains(b.fiscalYear))
                error("document", -1, at + QStringLiteral("fiscal_year"),
                    tr("fiscal year %1 has a budget already (item %2)").arg(b.fiscalYear).arg(years[b.fiscalYear]));
            else
                years.insert(b.fiscalYear, i);
            for (const auto& [key, value] : {std::pair {"initial", b.initial}, std::pair {"running", b.running}}) {
                if (value < 0)
                    error(
                        "document", -1, at + QLatin1StringView(key), tr("a budget cannot be negative (%1)").arg(value));
            }
        }
    }

    const Model& m_model;
    const ModelIndex m_index;
    QString m_file;
    Source m_source;
    InputErrors& m_errors;
};

} // namespace

InputErrors validateContent(const Model& model, const QString& file, Source source)
{
    InputErrors errors;
    Validator(model, file, source, errors).run();
    return errors;
}

InputErrors validateDocument(const DocumentControl& document, const QString& file, Source source)
{
    Model model;
    model.document = document;
    InputErrors errors;
    Validator(model, file, source, errors).runDocument();
    return errors;
}

InputErrors validate(const Model& model, const QString& file, Source source)
{
    InputErrors errors;
    Validator v(model, file, source, errors);
    v.run();
    if (errors.isEmpty()) // scenarios apply to a valid baseline only
        v.checkScenarios();
    return errors;
}

} // namespace mamori
