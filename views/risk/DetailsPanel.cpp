#include "risk/DetailsPanel.h"

#include "DisplayLanguage.h"
#include "EnumNames.h"
#include "LevelColors.h"
#include "ModelEdit.h"
#include "NumberFormat.h"
#include "document/LiveAssessment.h"
#include "document/ProjectDocument.h"
#include "risk/ExplanationPanel.h"

#include <QEvent>
#include <QLocale>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include <cmath>

namespace mamori {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

/// A link for the summary's anchors: "asset:ID", "control:ID", "risk:ASSET\tTHREAT" (percent-encoded).
QString link(const QString& kind, const QString& target, const QString& text)
{
    return QStringLiteral("<a href=\"%1:%2\">%3</a>")
        .arg(kind, QString::fromLatin1(QUrl::toPercentEncoding(target)), esc(text));
}

QString row(const QString& label, const QString& valueHtml)
{
    return QStringLiteral("<tr><td style=\"padding-right:12px;color:#555\">%1</td><td>%2</td></tr>")
        .arg(esc(label), valueHtml);
}

QString levelBadge(const Assessment& a, int level)
{
    const QString label = a.levelLabel(level);
    return QStringLiteral("<span style=\"background:%1;color:%2\">&nbsp;%3&nbsp;</span>")
        .arg(levelColor(label).name(), levelTextColor(label).name(), esc(EnumNames::level(label)));
}

} // namespace

DetailsPanel::DetailsPanel(ProjectDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_stack(new QStackedWidget(this))
    , m_summary(new QTextBrowser(this))
    , m_explanation(new ExplanationPanel(document, this))
{
    m_summary->setObjectName(QStringLiteral("detailsSummary"));
    m_summary->setOpenLinks(false);
    m_summary->setOpenExternalLinks(false);
    m_stack->addWidget(m_summary);
    m_stack->addWidget(m_explanation);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_summary, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        const QString target = QUrl::fromPercentEncoding(url.path().toUtf8());
        if (url.scheme() == QLatin1StringView("asset"))
            emit assetActivated(target);
        else if (url.scheme() == QLatin1StringView("control"))
            emit controlActivated(target);
        else if (url.scheme() == QLatin1StringView("risk"))
            emit riskActivated(target.section(QLatin1Char('\t'), 0, 0), target.section(QLatin1Char('\t'), 1));
    });
    connect(m_explanation, &ExplanationPanel::assetActivated, this, &DetailsPanel::assetActivated);
    connect(m_explanation, &ExplanationPanel::controlActivated, this, &DetailsPanel::controlActivated);
    // A renamed asset or control stays in view under its new id (undo renames it back the same way).
    connect(document, &ProjectDocument::editAboutToApply, this, [this](const ModelEdit& e) {
        if (e.op != ModelEdit::Op::Replace)
            return;
        const Model& m = m_document->model();
        if (const auto* a = std::get_if<Asset>(&e.value); a && m_kind == Kind::Asset && m.assets[e.index].id == m_id)
            m_id = a->id;
        if (const auto* k = std::get_if<Control>(&e.value);
            k && m_kind == Kind::Control && m.controls[e.index].id == m_id)
            m_id = k->id;
    });
    connect(document->assessment(), &LiveAssessment::updated, this, &DetailsPanel::refresh);
    // Switching to a scenario keeps the selected item in view, with the scenario's numbers; only
    // another project starts empty.
    connect(document, &ProjectDocument::modelReset, this, &DetailsPanel::refresh);
    connect(document, &ProjectDocument::projectReset, this, [this] {
        m_kind = Kind::None;
        refresh();
    });
    refresh();
}

void DetailsPanel::showAsset(const QString& id)
{
    m_kind = Kind::Asset;
    m_id = id;
    refresh();
}

void DetailsPanel::showControl(const QString& id)
{
    m_kind = Kind::Control;
    m_id = id;
    refresh();
}

void DetailsPanel::showRisk(const QString& asset, const QString& threat)
{
    m_kind = Kind::Risk;
    m_id = asset + QLatin1Char('\t') + threat;
    m_explanation->showRisk(asset, threat);
    m_stack->setCurrentWidget(m_explanation);
}

void DetailsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void DetailsPanel::refresh()
{
    switch (m_kind) {
    case Kind::None:
        m_summary->setHtml(QStringLiteral("<p style=\"color:#666\">%1</p>")
                               .arg(esc(tr("Select an asset, a control or a risk to see its details here."))));
        m_stack->setCurrentWidget(m_summary);
        break;
    case Kind::Asset:
        m_summary->setHtml(assetHtml(m_id));
        m_stack->setCurrentWidget(m_summary);
        break;
    case Kind::Control:
        m_summary->setHtml(controlHtml(m_id));
        m_stack->setCurrentWidget(m_summary);
        break;
    case Kind::Risk:
        break; // the explanation panel follows the assessment by itself
    }
}

QString DetailsPanel::assetHtml(const QString& id) const
{
    const Model& m = m_document->model();
    const Assessment& a = m_document->assessment()->assessment();
    const qsizetype at = indexOfId(m.assets, id);
    if (at < 0)
        return esc(tr("Asset “%1” no longer exists.").arg(id));
    const Asset& asset = m.assets[at];
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(esc(asset.name.text(displayLanguage())));
    html += row(tr("ID"), esc(asset.id));
    html += row(tr("Type"), esc(EnumNames::name(asset.type)));
    html += row(tr("Tier"),
        esc(EnumNames::name(asset.tier)) + (asset.gateway ? esc(QStringLiteral(" · ") + tr("gateway")) : QString()));
    if (const AssetResult* r = a.findAsset(id)) {
        QStringList own, effective;
        for (Dimension d : kDimensions) {
            own.append(toKey(d) + QLatin1Char(' ') + formatScore(r->ownImpact[dimIndex(d)]));
            effective.append(toKey(d) + QLatin1Char(' ') + formatScore(r->impact[dimIndex(d)]));
        }
        html += row(tr("Own impact"), esc(own.join(QStringLiteral(", "))));
        html += row(tr("Effective impact"), esc(effective.join(QStringLiteral(", "))));
        html += row(tr("Blast radius"), esc(tr("%n assets depend on it", nullptr, int(r->blastRadius))));
    }
    html += QStringLiteral("</table><h4>%1</h4><table>").arg(esc(tr("Risks")));
    int shown = 0;
    for (const RiskResult& r : a.risks) {
        if (r.asset != id)
            continue;
        const qsizetype t = indexOfId(m.threats, r.threat);
        const QString threatName = t >= 0 ? m.threats[t].name.text(displayLanguage()) : r.threat;
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td>%3</td></tr>")
                    .arg(link(QStringLiteral("risk"), r.asset + QLatin1Char('\t') + r.threat, threatName),
                        esc(formatScore(r.residual)), levelBadge(a, r.level));
        ++shown;
    }
    if (shown == 0)
        html += QStringLiteral("<tr><td>%1</td></tr>").arg(esc(tr("No threat applies to this asset.")));
    return html + QStringLiteral("</table>");
}

QString DetailsPanel::controlHtml(const QString& id) const
{
    const Model& m = m_document->model();
    const Assessment& a = m_document->assessment()->assessment();
    const qsizetype at = indexOfId(m.controls, id);
    if (at < 0)
        return esc(tr("Control “%1” no longer exists.").arg(id));
    const Control& k = m.controls[at];
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(esc(k.name.text(displayLanguage())));
    html += row(tr("ID"), esc(k.id));
    html += row(tr("Group"), esc(EnumNames::controlGroup(k.group)));
    html += row(tr("Status"), esc(EnumNames::name(k.status)));
    for (const ControlResult& c : a.controls) {
        if (c.id == id) {
            html += row(tr("Readiness"), esc(formatNumber(c.readiness)));
            html += row(tr("Strength"), esc(formatNumber(c.strength)));
        }
    }
    QStringList requires_;
    for (const QString& r : k.requires_)
        requires_.append(link(QStringLiteral("control"), r, r));
    if (!requires_.isEmpty())
        html += row(tr("Requires"), requires_.join(QStringLiteral(", ")));
    html += row(tr("Cost"),
        esc(tr("%1 yen initially, %2 yen a year").arg(formatYen(k.cost.initial), formatYen(k.cost.annual))));
    qsizetype applied = 0;
    for (const RiskResult& r : a.risks)
        applied += r.controls.contains(id) ? 1 : 0;
    html += row(tr("Applies to"), esc(tr("%n risks", nullptr, int(applied))));
    return html + QStringLiteral("</table>");
}

} // namespace mamori
