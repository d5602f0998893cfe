#include "risk/ExplanationPanel.h"

#include "DisplayLanguage.h"
#include "EnumNames.h"
#include "LevelColors.h"
#include "ModelEdit.h"
#include "NumberFormat.h"
#include "document/LiveAssessment.h"
#include "document/ProjectDocument.h"
#include "engine/Explain.h"

#include <QCoreApplication>
#include <QEvent>
#include <QPromise>
#include <QScrollBar>
#include <QTextBrowser>
#include <QThreadPool>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <memory>

namespace mamori {

namespace {

const QString kAssetScheme = QStringLiteral("asset");
const QString kControlScheme = QStringLiteral("control");

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

/// The numbers of the arithmetic as the engine computes them and the command line prints them (the
/// headline scores read as everywhere else: formatScore).
QString number(double value)
{
    return QString::number(value, 'g', 6);
}

/// A browser that shows what it is given and fetches nothing: no image, style sheet or file behind
/// any URL, whatever a page contains.
class InertBrowser : public QTextBrowser {
public:
    using QTextBrowser::QTextBrowser;
    QVariant loadResource(int, const QUrl&) override { return {}; }
};

/// Builds the page for one explanation; every model string passes through esc() here. Runs on a
/// pool thread: it reads only its own copies and translations (translate() is thread-safe).
class Page {
    Q_DECLARE_TR_FUNCTIONS(mamori::ExplanationPanel)

public:
    Page(const Model& model, Language language, const QColor& headerColor)
        : m_model(model)
        , m_language(language)
        , m_headerColor(headerColor.name())
    {
    }

    QString explanation(const Explanation& x) const;
    QString notExposed(const QString& asset, const QString& threat) const;

private:
    QString link(const QString& scheme, const QString& id, const LocalizedText* name) const;
    QString assetLink(const QString& id) const;
    QString controlLink(const QString& id) const;
    QString unitName(const QString& id) const;
    QString statusUsed(const Explanation& x, const ControlExplanation& c) const;
    QString threatText(const QString& id) const;
    QString levelChip(const QString& label) const;
    QString ownImpact(const OwnImpactSource& own) const;
    QString dimension(const DimensionExplanation& d, bool largest) const;
    QString controls(const Explanation& x) const;
    QStringList heldBackText(const Explanation& x, const ControlExplanation& c, QSet<QString>& shown) const;
    QString multiplier(const Explanation& x, ControlEffect effect) const;

    const Model& m_model;
    Language m_language;
    QString m_headerColor; ///< behind each control's name in the table
};

QString Page::link(const QString& scheme, const QString& id, const LocalizedText* name) const
{
    // Percent-encoding leaves only unreserved ASCII and '%', so an id cannot end the attribute.
    const QString href = scheme + u':' + QString::fromLatin1(QUrl::toPercentEncoding(id));
    const QString shown
        = name && !name->text(m_language).isEmpty() ? tr("%1 (%2)").arg(esc(name->text(m_language)), esc(id)) : esc(id);
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(href), shown);
}

QString Page::assetLink(const QString& id) const
{
    const qsizetype i = indexOfId(m_model.assets, id);
    return link(kAssetScheme, id, i >= 0 ? &m_model.assets[i].name : nullptr);
}

QString Page::controlLink(const QString& id) const
{
    const qsizetype i = indexOfId(m_model.controls, id);
    return link(kControlScheme, id, i >= 0 ? &m_model.controls[i].name : nullptr);
}

/// An org unit as the officer knows it: its name in the window's language, else its id.
QString Page::unitName(const QString& id) const
{
    const qsizetype i = indexOfId(m_model.orgUnits, id);
    const QString name = i >= 0 ? m_model.orgUnits[i].name.text(m_language) : QString();
    return esc(name.isEmpty() ? id : name);
}

/// Whose status of the control the risk reads (RISK-MODEL.md 3.4): the asset's owning unit's own
/// status, when the control has one for it; said only for controls that have statuses by unit.
QString Page::statusUsed(const Explanation& x, const ControlExplanation& c) const
{
    const QString status = esc(EnumNames::name(c.status));
    if (!c.unit.isEmpty())
        return tr("Status of %1: %2").arg(unitName(c.unit), status);
    if (!c.hasUnitStatuses)
        return {};
    return x.owner.isEmpty()
        ? tr("The control's own status: %1 (the asset has no owning unit)").arg(status)
        : tr("The control's own status: %1 (%2 has no status of its own)").arg(status, unitName(x.owner));
}

QString Page::threatText(const QString& id) const
{
    const qsizetype i = indexOfId(m_model.threats, id);
    const QString name = i >= 0 ? m_model.threats[i].name.text(m_language) : QString();
    return name.isEmpty() ? esc(id) : tr("%1 (%2)").arg(esc(name), esc(id));
}

QString Page::levelChip(const QString& label) const
{
    return QStringLiteral("<span style=\"background-color:%1; color:%2;\">&nbsp;%3&nbsp;</span>")
        .arg(levelColor(label).name(), levelTextColor(label).name(), esc(EnumNames::level(label)));
}

QString Page::ownImpact(const OwnImpactSource& own) const
{
    switch (own.kind) {
    case OwnImpactSource::Kind::Explicit:
        return tr("its own impact %1, set on the asset").arg(number(own.value));
    case OwnImpactSource::Kind::Classification:
        return tr("its own impact %1, from classification level %2").arg(number(own.value), esc(own.level));
    case OwnImpactSource::Kind::Default:
        return tr("its own impact %1, the default (no impact or classification given)").arg(number(own.value));
    }
    return {};
}

QString Page::dimension(const DimensionExplanation& d, bool largest) const
{
    QString out = QStringLiteral("<p><b>%1 %2</b>%3: ")
                      .arg(esc(EnumNames::name(d.dimension)), number(d.impact),
                          largest ? QStringLiteral(" ") + tr("(the largest)") : QString());
    if (d.steps.isEmpty()) {
        out += tr("the asset's own impact (%1).").arg(ownImpact(d.own)) + QStringLiteral("</p>");
        return out;
    }
    out += tr("inherited along the dependencies from %1.").arg(assetLink(d.source)) + QStringLiteral("</p>");
    // The chain top down, from the asset whose impact it is to the explained one: one asset per
    // row and the dependency between them, so it stays readable in a narrow dock.
    out += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\"><tr><td></td><td>%1 <small>%2</small></td></tr>")
               .arg(assetLink(d.source), tr("(%1)").arg(ownImpact(d.own)));
    // The chain starts at an asset whose effective impact is its own; each step passes on weight
    // times the impact before it (the engine traces only edges where that product is exact).
    double before = d.own.value;
    for (const ImpactStep& s : d.steps) {
        out += QStringLiteral("<tr><td align=\"center\">↓</td><td><small>%1</small></td></tr>"
                              "<tr><td></td><td>%2 <small>%3</small></td></tr>")
                   .arg(tr("depends on (%1, weight %2): %2 × %3 = %4")
                            .arg(esc(EnumNames::name(s.kind)), number(s.weight), number(before), number(s.value)),
                       assetLink(s.to), tr("(impact %1)").arg(number(s.value)));
        before = s.value;
    }
    out += QStringLiteral("</table>");
    return out;
}

QStringList Page::heldBackText(const Explanation& x, const ControlExplanation& c, QSet<QString>& shown) const
{
    QStringList out;
    for (const HeldBack& h : heldBack(x, c, shown)) {
        const RequirementExplanation& r = *h.requirement;
        if (h.shownBefore) {
            out.append(tr("%1 (see above)").arg(controlLink(r.control)));
            continue;
        }
        const QString status = r.unit.isEmpty()
            ? esc(EnumNames::name(r.status))
            : tr("Status of %1: %2").arg(unitName(r.unit), esc(EnumNames::name(r.status)));
        out.append(tr("%1 (%2, readiness %3)").arg(controlLink(r.control), status, number(r.readiness)));
    }
    return out;
}

QString Page::controls(const Explanation& x) const
{
    if (x.controls.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(tr("No control applies to this risk."));
    QString out = QStringLiteral("<p>%1</p>")
                      .arg(tr("Each control multiplies the likelihood or the impact "
                              "above 1 by its factor = 1 − reduction × readiness; "
                              "readiness = status factor × the readiness of the "
                              "controls it requires."));
    // Two rows per control, its name above its numbers, so that long names do not squeeze the
    // numbers in a narrow dock.
    out += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" width=\"100%\"><tr>");
    for (const QString& header : {tr("Reduces"), tr("Reduction"), tr("Status"), tr("Readiness"), tr("Factor")})
        out += QStringLiteral("<th align=\"left\">%1</th>").arg(header);
    out += QStringLiteral("</tr>");
    QSet<QString> shown; // a requirement is listed once, for the first control it holds back
    for (const ControlExplanation& c : x.controls) {
        QString reduction = number(c.reduction);
        QStringList notes;
        if (!c.byThreat)
            notes.append(tr("for the threat category"));
        if (c.reductionDefaulted)
            notes.append(tr("from the effectiveness"));
        if (!notes.isEmpty())
            reduction += QStringLiteral("<br><small>%1</small>").arg(notes.join(tr(", ")));
        const QString effect = c.effect == ControlEffect::Likelihood ? tr("Likelihood") : tr("Impact");
        out += QStringLiteral("<tr><td colspan=\"5\" bgcolor=\"%1\">%2</td></tr>")
                   .arg(m_headerColor, controlLink(c.id));
        out += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td>%3</td><td align=\"right\">%4</td>"
                              "<td align=\"right\"><b>%5</b></td></tr>")
                   .arg(effect, reduction, tr("%1 (%2)").arg(esc(EnumNames::name(c.status)), number(c.statusFactor)),
                       number(c.readiness),
                       tr("1 − %1 × %2 = %3").arg(number(c.reduction), number(c.readiness), number(c.factor)));
        if (const QString used = statusUsed(x, c); !used.isEmpty())
            out += QStringLiteral("<tr><td colspan=\"5\"><small>%1</small></td></tr>").arg(used);
        const QStringList held = heldBackText(x, c, shown);
        if (!held.isEmpty()) {
            out += QStringLiteral("<tr><td colspan=\"5\"><small>%1</small></td></tr>")
                       .arg(tr("Readiness held back by the controls it requires: %1").arg(held.join(tr(", "))));
        }
    }
    out += QStringLiteral("</table>");
    return out;
}

QString Page::multiplier(const Explanation& x, ControlEffect effect) const
{
    QStringList factors;
    for (const ControlExplanation& c : x.controls) {
        if (c.effect == effect)
            factors.append(number(c.factor));
    }
    const bool likelihood = effect == ControlEffect::Likelihood;
    const double value = likelihood ? x.likelihoodMultiplier : x.impactMultiplier;
    if (factors.isEmpty()) {
        return likelihood ? tr("m<sub>L</sub> = 1 (no control reduces the likelihood)")
                          : tr("m<sub>I</sub> = 1 (no control reduces the impact)");
    }
    const QString product = factors.join(QStringLiteral(" × "));
    return likelihood ? tr("m<sub>L</sub> = %1 = %2").arg(product, number(value))
                      : tr("m<sub>I</sub> = %1 = %2").arg(product, number(value));
}

QString Page::explanation(const Explanation& x) const
{
    QString out;
    out += QStringLiteral("<h3>%1</h3>").arg(tr("Why this score?"));
    out += QStringLiteral("<p>%1<br>%2<br>%3</p>")
               .arg(tr("Asset: %1").arg(assetLink(x.asset)),
                   tr("Threat: %1, %2").arg(threatText(x.threat), esc(EnumNames::threatCategory(x.category))),
                   x.exposedByEntry ? tr("Exposed because an exposure entry names this pair.")
                                    : tr("Exposed because the threat applies to this asset's type and tier."));

    out += QStringLiteral("<p>%1 %2 &nbsp;→&nbsp; %3 %4</p>")
               .arg(tr("Inherent risk %1").arg(QStringLiteral("<b>%1</b>").arg(formatScore(x.inherent))),
                   levelChip(x.levelInherent),
                   tr("Residual risk %1").arg(QStringLiteral("<b>%1</b>").arg(formatScore(x.residual))),
                   levelChip(x.level));

    // Likelihood.
    out += QStringLiteral("<h4>%1</h4><p>%2</p>")
               .arg(tr("Likelihood L = %1").arg(number(x.likelihood)),
                   x.likelihoodFromExposure    ? tr("From the exposure entry of this pair.")
                       : x.likelihoodDefaulted ? tr("The threat gives no likelihood, so the default 3 applies.")
                                               : tr("The threat's likelihood."));

    // Impact, per dimension, traced to an own impact.
    out += QStringLiteral("<h4>%1</h4><p>%2</p>")
               .arg(tr("Impact I = %1").arg(number(x.impact)),
                   tr("The largest effective impact over the dimensions the threat affects. An asset carries "
                      "the impact of what depends on it, times the dependency's weight."));
    for (const DimensionExplanation& d : x.dimensions)
        out += dimension(d, d.dimension == x.impactDimension && x.dimensions.size() > 1);

    // Inherent risk.
    out += QStringLiteral("<h4>%1</h4><p>%2 %3</p>")
               .arg(tr("Inherent risk"),
                   tr("L × I = %1 × %2 = <b>%3</b>").arg(number(x.likelihood), number(x.impact), number(x.inherent)),
                   levelChip(x.levelInherent));

    // Controls.
    out += QStringLiteral("<h4>%1</h4>").arg(tr("Applicable controls"));
    out += controls(x);

    // Residual risk, with the numbers in the formulas.
    out += QStringLiteral("<h4>%1</h4><p>").arg(tr("Residual risk"));
    out += multiplier(x, ControlEffect::Likelihood) + QStringLiteral("<br>");
    out += tr("L<sub>res</sub> = 1 + (L − 1) × m<sub>L</sub> = 1 + (%1 − 1) × %2 = %3")
               .arg(number(x.likelihood), number(x.likelihoodMultiplier), number(x.residualLikelihood))
        + QStringLiteral("<br>");
    out += multiplier(x, ControlEffect::Impact) + QStringLiteral("<br>");
    out += tr("I<sub>res</sub> = 1 + (I − 1) × m<sub>I</sub> = 1 + (%1 − 1) × %2 = %3")
               .arg(number(x.impact), number(x.impactMultiplier), number(x.residualImpact))
        + QStringLiteral("<br>");
    out += tr("Residual risk = L<sub>res</sub> × I<sub>res</sub> = %1 × %2 = <b>%3</b>")
               .arg(number(x.residualLikelihood), number(x.residualImpact), number(x.residual));
    out += QStringLiteral("</p>");

    // Band and response.
    out += QStringLiteral("<p>%1 %2</p>")
               .arg(tr("Level (the first band whose bound is at least the residual risk, here up to %1):")
                        .arg(number(x.levelBound)),
                   levelChip(x.level));
    QString response;
    if (x.decided)
        response = tr("Response: %1 (decided).").arg(esc(EnumNames::name(x.response)));
    else if (x.response == ResponseKind::Accept)
        response = tr("Suggested response: %1, as the residual risk is within the risk appetite (%2).")
                       .arg(esc(EnumNames::name(x.response)), number(x.appetite));
    else
        response = tr("Suggested response: %1, as the residual risk is above the risk appetite (%2).")
                       .arg(esc(EnumNames::name(x.response)), number(x.appetite));
    out += QStringLiteral("<p>%1</p>").arg(response);
    return out;
}

QString Page::notExposed(const QString& asset, const QString& threat) const
{
    QString reason;
    if (indexOfId(m_model.assets, asset) < 0) {
        reason = tr("The asset %1 no longer exists.").arg(esc(asset));
    } else if (indexOfId(m_model.threats, threat) < 0) {
        reason = tr("The threat %1 no longer exists.").arg(esc(threat));
    } else {
        bool excluded = false;
        for (const Exposure& e : m_model.exposures) {
            if (e.asset == asset && e.threat == threat && e.excluded)
                excluded = true;
        }
        reason = excluded ? tr("%1 is not exposed to %2: an exposure entry excludes the pair.")
                                .arg(assetLink(asset), threatText(threat))
                          : tr("%1 is not exposed to %2: the threat does not apply to this asset's type and "
                               "tier, and no exposure entry names the pair.")
                                .arg(assetLink(asset), threatText(threat));
    }
    return QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p>")
        .arg(tr("No risk to explain"), reason, tr("There is no score for this pair, so nothing to explain."));
}

} // namespace

ExplanationPanel::ExplanationPanel(ProjectDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_browser(new InertBrowser(this))
    , m_watcher(new QFutureWatcher<QString>(this))
    , m_slowTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("explanationPanel"));
    m_browser->setObjectName(QStringLiteral("explanation"));
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    // The page is read in a narrow dock: wrap, even inside a long id, rather than scroll sideways
    // (a full-width table's border would otherwise overflow by a pixel and show a scroll bar).
    m_browser->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_browser->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    m_slowTimer->setSingleShot(true);
    m_slowTimer->setInterval(200);
    connect(m_slowTimer, &QTimer::timeout, this, [this] {
        if (isBusy())
            setPage(QStringLiteral("<p>%1</p>").arg(tr("Working out the explanation…")), false);
    });
    connect(m_browser, &QTextBrowser::anchorClicked, this, &ExplanationPanel::openLink);
    connect(m_watcher, &QFutureWatcher<QString>::finished, this, &ExplanationPanel::finished);
    connect(m_document->assessment(), &LiveAssessment::updated, this, [this] {
        // While the engine is still behind the model another update follows; explain once, then.
        if (!m_asset.isEmpty() && !m_document->assessment()->isBusy())
            refresh();
    });
    clear();
}

ExplanationPanel::~ExplanationPanel() = default;

void ExplanationPanel::showRisk(const QString& asset, const QString& threat)
{
    const bool sameRisk = asset == m_asset && threat == m_threat;
    m_asset = asset;
    m_threat = threat;
    if (!sameRisk)
        m_slowTimer->start(); // a different risk: say so if its page takes a moment
    refresh();
}

void ExplanationPanel::clear()
{
    m_asset.clear();
    m_threat.clear();
    ++m_request; // a page still being worked out is for a risk no longer wanted
    m_slowTimer->stop();
    setPage(QStringLiteral("<p>%1</p>").arg(tr("Select a risk to see why it has its score.")), false);
}

void ExplanationPanel::refresh()
{
    if (m_asset.isEmpty()) {
        clear();
        return;
    }
    ++m_request;
    if (m_running)
        return; // finished() starts the latest request
    start();
}

void ExplanationPanel::start()
{
    // explain() assesses the whole model: on a ward of ten thousand assets that takes long enough to
    // freeze the window after every edit, so it runs on the thread pool with copies of what it reads
    // (the model is implicitly shared, so the copy is cheap).
    m_started = m_request;
    m_running = true;
    auto promise = std::make_shared<QPromise<QString>>();
    m_watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, model = m_document->model(), asset = m_asset, threat = m_threat,
                                             language = displayLanguage(),
                                             header = palette().color(QPalette::AlternateBase)] {
        const Page page(model, language, header);
        const ExplainResult result = explain(model, asset, threat);
        promise->addResult(result.explanation ? page.explanation(*result.explanation) : page.notExposed(asset, threat));
        promise->finish();
    });
}

void ExplanationPanel::finished()
{
    m_running = false;
    if (m_asset.isEmpty())
        return; // cleared meanwhile
    if (m_started != m_request) {
        start(); // the model, the risk or the language changed meanwhile: this page is out of date
        return;
    }
    m_slowTimer->stop();
    if (m_watcher->future().resultCount() > 0)
        setPage(m_watcher->result(), true);
    emit pageShown();
}

void ExplanationPanel::setPage(const QString& html, bool keepPlace)
{
    // Keep the reader's place when the same risk is explained again after an edit.
    const int scroll = m_browser->verticalScrollBar()->value();
    m_browser->setHtml(html);
    if (keepPlace)
        m_browser->verticalScrollBar()->setValue(scroll);
}

bool ExplanationPanel::isBusy() const
{
    if (m_asset.isEmpty())
        return false; // the hint is shown at once; a computation still running is dropped when it ends
    return m_running || m_started != m_request;
}

void ExplanationPanel::openLink(const QUrl& url)
{
    const QString id = QUrl::fromPercentEncoding(url.path(QUrl::FullyEncoded).toLatin1());
    if (url.scheme() == kAssetScheme)
        emit assetActivated(id);
    else if (url.scheme() == kControlScheme)
        emit controlActivated(id);
}

void ExplanationPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace mamori
