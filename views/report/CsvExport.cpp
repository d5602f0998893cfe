#include "CsvExport.h"

#include "EnumNames.h"
#include "ReportTranslation.h"
#include "SaveWhole.h"

#include <algorithm>
#include <numeric>

namespace mamori {

namespace {

struct Tr {
    MAMORI_TR_FUNCTIONS(mamori::CsvExport)
};

/// Full precision, no grouping: what a spreadsheet reads as a number in any locale.
QString num(double v)
{
    return QString::number(v, 'g', 15);
}

class Writer {
public:
    void row(const QStringList& fields, const QList<bool>& numeric = {})
    {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                m_text += QLatin1Char(',');
            m_text += csvField(fields[i], numeric.value(i));
        }
        m_text += QStringLiteral("\r\n");
    }
    QByteArray bytes() const { return QByteArray("\xEF\xBB\xBF") + m_text.toUtf8(); }

private:
    QString m_text;
};

QString name(const LocalizedText& text, Language language)
{
    return text.text(language);
}

} // namespace

QString csvField(const QString& text, bool isNumber)
{
    QString t = text;
    if (!isNumber && !t.isEmpty()) {
        const QChar first = t.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
            t.prepend(QLatin1Char('\''));
    }
    if (t.contains(QLatin1Char(',')) || t.contains(QLatin1Char('"')) || t.contains(QLatin1Char('\n'))
        || t.contains(QLatin1Char('\r'))) {
        t.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return QLatin1Char('"') + t + QLatin1Char('"');
    }
    return t;
}

QByteArray csvExport(CsvKind kind, const Model& model, const Assessment& assessment, const QString& languageCode)
{
    ScopedReportLanguage scoped(languageCode);
    const Language language = languageCode == QLatin1StringView("en") ? Language::English : Language::Japanese;
    QHash<QString, const Asset*> assets;
    for (const Asset& a : model.assets)
        assets.insert(a.id, &a);
    QHash<QString, const Threat*> threats;
    for (const Threat& t : model.threats)
        threats.insert(t.id, &t);
    QHash<QString, const OrgUnit*> units;
    for (const OrgUnit& o : model.orgUnits)
        units.insert(o.id, &o);
    auto unitName = [&](const QString& id) {
        const OrgUnit* o = units.value(id);
        return o ? name(o->name, language) : id;
    };

    Writer w;
    if (kind == CsvKind::Risks) {
        w.row({Tr::tr("Rank"), Tr::tr("Asset ID"), Tr::tr("Information asset"), Tr::tr("Tier"), Tr::tr("Owner"),
            Tr::tr("Threat ID"), Tr::tr("Threat"), Tr::tr("Threat category"), Tr::tr("Likelihood"), Tr::tr("Impact"),
            Tr::tr("Inherent risk"), Tr::tr("Inherent level"), Tr::tr("Residual likelihood"), Tr::tr("Residual impact"),
            Tr::tr("Residual risk"), Tr::tr("Level"), Tr::tr("Above the appetite"), Tr::tr("Response"),
            Tr::tr("Decided"), Tr::tr("Controls")});
        std::vector<qsizetype> order(std::size_t(assessment.risks.size()));
        std::iota(order.begin(), order.end(), qsizetype(0));
        std::stable_sort(order.begin(), order.end(),
            [&](qsizetype x, qsizetype y) { return assessment.risks[x].residual > assessment.risks[y].residual; });
        const QList<bool> numeric = {true, false, false, false, false, false, false, false, true, true, true, false,
            true, true, true, false, false, false, false, false};
        qsizetype rank = 0;
        for (const qsizetype i : order) {
            const RiskResult& r = assessment.risks[i];
            const Asset* a = assets.value(r.asset);
            const Threat* t = threats.value(r.threat);
            w.row({QString::number(++rank), r.asset, a ? name(a->name, language) : QString(),
                      a ? EnumNames::name(a->tier) : QString(), a ? unitName(a->owner) : QString(), r.threat,
                      t ? name(t->name, language) : QString(), EnumNames::threatCategory(r.category), num(r.likelihood),
                      num(r.impact), num(r.inherent), EnumNames::level(assessment.levelLabel(r.levelInherent)),
                      num(r.residualLikelihood), num(r.residualImpact), num(r.residual),
                      EnumNames::level(assessment.levelLabel(r.level)),
                      r.residual > assessment.appetite ? Tr::tr("Yes") : Tr::tr("No"), EnumNames::name(r.response),
                      r.decided ? Tr::tr("Yes") : Tr::tr("No"), r.controls.join(QStringLiteral(" "))},
                numeric);
        }
    } else {
        w.row({Tr::tr("ID"), Tr::tr("Action"), Tr::tr("Controls"), Tr::tr("Responsible"), Tr::tr("Assignee"),
            Tr::tr("Start"), Tr::tr("Due"), Tr::tr("Status"), Tr::tr("Progress (%)"), Tr::tr("Initial cost (yen)"),
            Tr::tr("Annual cost (yen)")});
        const QList<bool> numeric = {false, false, false, false, false, false, false, false, true, true, true};
        for (const PlanAction& a : model.actions) {
            w.row({a.id, name(a.title, language), a.controls.join(QStringLiteral(" ")), unitName(a.owner), a.assignee,
                      a.start.toString(Qt::ISODate), a.due.toString(Qt::ISODate), EnumNames::name(a.status),
                      a.progress ? QString::number(*a.progress) : QString(), num(a.cost.initial), num(a.cost.annual)},
                numeric);
        }
    }
    return w.bytes();
}

QString writeCsvExport(
    CsvKind kind, const Model& model, const Assessment& assessment, const QString& language, const QString& path)
{
    const QByteArray bytes = csvExport(kind, model, assessment, language);
    if (const SaveWholeResult saved = saveWhole(path, bytes); !saved.ok())
        return Tr::tr("cannot write %1: %2").arg(path, saved.error);
    return {};
}

} // namespace mamori
