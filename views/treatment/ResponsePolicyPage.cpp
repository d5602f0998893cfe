#include "treatment/ResponsePolicyPage.h"

#include "Clock.h"
#include "DisplayDate.h"
#include "EnumNames.h"
#include "NumberFormat.h"
#include "document/Edits.h"
#include "document/LiveAssessment.h"
#include "document/ProjectDocument.h"
#include "engine/ResponsePolicy.h"
#include "treatment/ProposalsDialog.h"
#include "treatment/ResponsePolicyModel.h"
#include "widgets/FormFields.h"
#include "widgets/TextFilter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace mamori {

namespace {
const QString kDecidedByKey = QStringLiteral("responses/decidedBy");
} // namespace

ResponsePolicyPage::ResponsePolicyPage(ProjectDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new ResponsePolicyModel(document, this))
    , m_proxy(new ResponsePolicyProxy(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    // Risk acceptance criteria (リスク受容基準): edits apply at once and are undoable.
    auto* criteria = new QHBoxLayout;
    m_appetiteLabel = new QLabel(this);
    m_appetite = new QDoubleSpinBox(this);
    m_appetite->setObjectName(QStringLiteral("appetite"));
    m_appetite->setRange(1, 25);
    m_appetite->setSingleStep(0.5);
    m_appetite->setDecimals(2);
    m_appetite->setKeyboardTracking(false);
    m_appetiteLabel->setBuddy(m_appetite);
    criteria->addWidget(m_appetiteLabel);
    criteria->addWidget(m_appetite);
    // The bands need no label of their own: each box reads "中 ≤ 9.00" (what it is: its tooltip).
    criteria->addSpacing(12);
    auto* bandsBox = new QHBoxLayout;
    criteria->addLayout(bandsBox);
    for (int i = 0; i < 4; ++i) {
        auto* box = new QDoubleSpinBox(this);
        box->setRange(1, 25);
        box->setSingleStep(0.5);
        box->setKeyboardTracking(false);
        box->setObjectName(QStringLiteral("band%1").arg(i));
        bandsBox->addWidget(box);
        m_bands.append(box);
        connect(box, &QDoubleSpinBox::valueChanged, this, &ResponsePolicyPage::commitCriteria);
    }
    criteria->addStretch(1);
    layout->addLayout(criteria);

    auto* filters = new QHBoxLayout;
    m_aboveOnly = new QCheckBox(this);
    m_aboveOnly->setObjectName(QStringLiteral("aboveAppetiteOnly"));
    m_aboveOnly->setChecked(true);
    m_undecidedOnly = new QCheckBox(this);
    m_undecidedOnly->setObjectName(QStringLiteral("undecidedOnly"));
    m_count = new QLabel(this);
    m_count->setMinimumWidth(0);
    m_count->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // may be cut, never widens the page
    m_decide = new QPushButton(this);
    m_decide->setObjectName(QStringLiteral("decideButton"));
    m_clear = new QPushButton(this);
    m_propose = new QPushButton(this);
    m_propose->setObjectName(QStringLiteral("proposeButton"));
    filters->addWidget(m_aboveOnly);
    filters->addWidget(m_undecidedOnly);
    filters->addWidget(m_count, 1);
    filters->addWidget(m_decide);
    filters->addWidget(m_clear);
    filters->addWidget(m_propose);
    layout->addLayout(filters);

    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("policyWarning"));
    m_warning->setStyleSheet(QStringLiteral("QLabel { background: #f8d7da; color: #721c24; padding: 4px; }"));
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->hide();
    layout->addWidget(m_warning);
    m_filterStatus = new FilterStatus(this);
    layout->addWidget(m_filterStatus);

    m_proxy->setSourceModel(m_model);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("responsePolicy"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ResponsePolicyModel::Residual, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    for (const auto& [column, width] :
        {std::pair {ResponsePolicyModel::AssetId, 120}, {ResponsePolicyModel::AssetName, 220},
            {ResponsePolicyModel::ThreatId, 60}, {ResponsePolicyModel::ThreatName, 200},
            {ResponsePolicyModel::Residual, 90}, {ResponsePolicyModel::Level, 90}, {ResponsePolicyModel::Suggested, 70},
            {ResponsePolicyModel::Decided, 70}, {ResponsePolicyModel::Rationale, 280}})
        m_view->setColumnWidth(column, width);
    layout->addWidget(m_view, 1);

    connect(m_appetite, &QDoubleSpinBox::valueChanged, this, &ResponsePolicyPage::commitCriteria);
    connect(m_aboveOnly, &QCheckBox::toggled, m_proxy, &ResponsePolicyProxy::setAboveAppetiteOnly);
    connect(m_undecidedOnly, &QCheckBox::toggled, m_proxy, &ResponsePolicyProxy::setUndecidedOnly);
    connect(m_decide, &QPushButton::clicked, this, &ResponsePolicyPage::openDecideDialog);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        if (const QString e = clearDecisions(selectedRows()); !e.isEmpty())
            emit editFailed(e);
    });
    connect(m_propose, &QPushButton::clicked, this, &ResponsePolicyPage::openProposals);
    connect(m_view, &QTableView::doubleClicked, this, &ResponsePolicyPage::openDecideDialog);
    connect(m_filterStatus, &FilterStatus::clearRequested, this, &ResponsePolicyPage::clearFilters);
    m_proxy->setColumnShown([this](int c) { return !m_view->isColumnHidden(c); });
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            if (!current.isValid())
                return;
            const RiskResult& r = m_model->risk(m_proxy->mapToSource(current).row());
            emit riskSelected(r.asset, r.threat);
        });
    onRowsChanged(m_proxy, this, [this] { refreshWarnings(); });
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &ResponsePolicyPage::refreshWarnings);
    connect(document, &ProjectDocument::modelReset, this, &ResponsePolicyPage::refreshCriteria);
    connect(document, &ProjectDocument::changed, this, &ResponsePolicyPage::refreshCriteria);
    retranslate();
    refreshCriteria();
    refreshWarnings();
}

void ResponsePolicyPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ResponsePolicyPage::retranslate()
{
    m_appetiteLabel->setText(tr("Risk &appetite:"));
    m_appetite->setToolTip(tr("Risks whose residual is above this value are above the appetite and, undecided, "
                              "are to be mitigated"));
    for (QDoubleSpinBox* box : m_bands)
        box->setToolTip(tr("Level bands (upper bounds):"));
    m_aboveOnly->setText(tr("Above appetite &only"));
    m_undecidedOnly->setText(tr("&Undecided only"));
    m_decide->setText(tr("&Decide…"));
    m_decide->setToolTip(tr("Decide the response of the selected risks (Ctrl+D)"));
    m_clear->setText(tr("&Clear decision"));
    m_clear->setToolTip(tr("Back to the suggested response for the selected risks (Delete)"));
    m_propose->setText(tr("&Propose controls…"));
    m_propose->setToolTip(tr("Controls that would mitigate the current risk, to add to the plan"));
    refreshCriteria();
    refreshWarnings();
}

void ResponsePolicyPage::refreshCriteria()
{
    const Settings& s = m_document->model().settings;
    const QSignalBlocker block(m_appetite);
    m_appetite->setValue(s.appetite);
    for (int i = 0; i < m_bands.size(); ++i) {
        QDoubleSpinBox* box = m_bands[i];
        const QSignalBlocker b(box);
        box->setVisible(i < s.bands.size());
        if (i >= s.bands.size())
            continue;
        box->setPrefix(EnumNames::level(s.bands[i].label) + QStringLiteral(" ≤ "));
        box->setValue(s.bands[i].bound);
        // The last band closes the scale at 25 (RISK-MODEL.md 2): not editable.
        box->setEnabled(i + 1 < s.bands.size());
    }
}

void ResponsePolicyPage::commitCriteria()
{
    QList<double> bounds;
    for (const QDoubleSpinBox* box : std::as_const(m_bands))
        bounds.append(box->value());
    const QString error
        = m_document->edit(edits::setAcceptanceCriteria(m_document->model(), m_appetite->value(), bounds));
    if (!error.isEmpty()) {
        refreshCriteria(); // show the criteria that stand
        emit editFailed(error);
    }
}

void ResponsePolicyPage::refreshWarnings()
{
    m_count->setText(tr("%n risks shown", nullptr, m_proxy->rowCount()));
    QStringList others;
    for (const QCheckBox* box : {m_aboveOnly, m_undecidedOnly}) {
        if (box->isChecked())
            others.append(withoutMnemonic(box->text()));
    }
    m_filterStatus->showCounts(m_proxy->rowCount(), m_model->rowCount(), m_proxy->filterText(), others);
    const QList<RiskKey> broken = acceptedWithoutRationale(m_document->model(), m_document->assessment()->assessment());
    m_warning->setVisible(!broken.isEmpty());
    if (!broken.isEmpty())
        m_warning->setText(tr("%n risks are accepted above the appetite without a rationale (for example %1 × %2): "
                              "write why, or decide another response.",
            nullptr, int(broken.size()))
                               .arg(broken.first().asset, broken.first().threat));
}

void ResponsePolicyPage::setFilterText(const QString& text)
{
    m_proxy->setFilterText(text);
    refreshWarnings();
}

void ResponsePolicyPage::clearFilters()
{
    m_aboveOnly->setChecked(false);
    m_undecidedOnly->setChecked(false);
    m_proxy->setFilterText(QString());
    refreshWarnings();
    emit filterClearRequested();
}

bool ResponsePolicyPage::selectRisk(const QString& asset, const QString& threat)
{
    const RiskResult* risk = m_document->assessment()->assessment().findRisk(asset, threat);
    if (!risk)
        return false;
    const int row = int(risk - m_document->assessment()->assessment().risks.constData());
    QModelIndex shown = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!shown.isValid()) { // filtered out: show every risk
        clearFilters();
        shown = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_view->setCurrentIndex(shown);
    m_view->selectRow(shown.row());
    m_view->scrollTo(shown);
    return shown.isValid();
}

QList<int> ResponsePolicyPage::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex& i : m_view->selectionModel()->selectedRows())
        rows.append(m_proxy->mapToSource(i).row());
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows.append(m_proxy->mapToSource(m_view->currentIndex()).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

QString ResponsePolicyPage::decide(const QList<int>& rows, const Response& decision)
{
    QList<RiskResult> risks;
    for (const int row : rows)
        risks.append(m_model->risk(row));
    return m_document->edit(edits::decideResponses(m_document->model(), risks, decision, m_model->appetite()));
}

QString ResponsePolicyPage::clearDecisions(const QList<int>& rows)
{
    QList<RiskKey> risks;
    for (const int row : rows)
        risks.append({m_model->risk(row).asset, m_model->risk(row).threat});
    return m_document->edit(edits::clearResponses(m_document->model(), risks));
}

QString ResponsePolicyPage::decidedRisksText(const QList<int>& rows) const
{
    // The risks the decision applies to, as the user knows them: names, a few of them, then a count.
    constexpr int kShown = 5;
    const Model& model = m_document->model();
    QStringList lines;
    for (int i = 0; i < rows.size() && i < kShown; ++i) {
        const RiskResult& r = m_model->risk(rows[i]);
        const qsizetype asset = indexOfId(model.assets, r.asset);
        const qsizetype threat = indexOfId(model.threats, r.threat);
        lines.append(tr("%1 × %2 (residual %3)")
                         .arg(asset >= 0 ? forms::idAndName(r.asset, model.assets[asset].name) : r.asset,
                             threat >= 0 ? forms::idAndName(r.threat, model.threats[threat].name) : r.threat,
                             formatScore(r.residual)));
    }
    if (rows.size() > kShown)
        lines.append(tr("… and %n more risks", nullptr, int(rows.size() - kShown)));
    return lines.join(QLatin1Char('\n'));
}

void ResponsePolicyPage::openDecideDialog()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Decide the response of %n risks", nullptr, int(rows.size())));
    auto* form = new QFormLayout(&dialog);
    auto* kind = new QComboBox(&dialog);
    for (const ResponseKind k :
        {ResponseKind::Accept, ResponseKind::Mitigate, ResponseKind::Transfer, ResponseKind::Avoid})
        kind->addItem(EnumNames::name(k), int(k));
    auto* rationale = new QPlainTextEdit(&dialog);
    rationale->setTabChangesFocus(true);
    auto* by = new QLineEdit(&dialog);
    auto* on = new QDateEdit(Clock::today(), &dialog);
    on->setCalendarPopup(true);
    on->setDisplayFormat(dateFieldFormat());
    auto* rule = new QLabel(&dialog);
    rule->setWordWrap(true);
    rule->setStyleSheet(QStringLiteral("color: #a01010"));
    by->setObjectName(QStringLiteral("decidedBy"));
    on->setObjectName(QStringLiteral("decidedOn"));
    form->addRow(forms::plainLabel(decidedRisksText(rows), &dialog));
    form->addRow(tr("&Response:"), kind);
    form->addRow(tr("R&ationale:"), rationale);
    form->addRow(tr("Decided &by:"), by);
    form->addRow(tr("Decided &on:"), on);
    form->addRow(rule);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);

    // Start from the first row's decision, else its suggestion.
    const Response* first = m_model->response(rows.first());
    const RiskResult& firstRisk = m_model->risk(rows.first());
    const ResponseKind start = first
        ? first->response
        : (firstRisk.residual > m_model->appetite() ? ResponseKind::Mitigate : ResponseKind::Accept);
    kind->setCurrentIndex(kind->findData(int(start)));
    // A decision made now is dated today and made by the officer at this desk (kept in Settings), even
    // when it replaces an older one; the old rationale is offered to edit.
    if (first)
        rationale->setPlainText(first->rationale);
    const QString me = QSettings().value(kDecidedByKey).toString();
    by->setText(!me.isEmpty() || !first ? me : first->decidedBy);
    int above = 0;
    for (const int row : rows)
        above += m_model->risk(row).residual > m_model->appetite() ? 1 : 0;
    auto check = [&] {
        const bool needs = ResponseKind(kind->currentData().toInt()) == ResponseKind::Accept && above > 0;
        rule->setVisible(needs);
        rule->setText(
            tr("%n of the selected risks are above the appetite: accepting them needs a rationale.", nullptr, above));
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!needs || !rationale->toPlainText().trimmed().isEmpty());
    };
    connect(kind, &QComboBox::currentIndexChanged, &dialog, check);
    connect(rationale, &QPlainTextEdit::textChanged, &dialog, check);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    check();
    if (dialog.exec() != QDialog::Accepted)
        return;
    QSettings().setValue(kDecidedByKey, by->text().trimmed());
    Response decision;
    decision.response = ResponseKind(kind->currentData().toInt());
    decision.rationale = rationale->toPlainText().trimmed();
    decision.decidedBy = by->text().trimmed();
    decision.decidedOn = on->date();
    if (const QString e = decide(rows, decision); !e.isEmpty())
        emit editFailed(e);
}

void ResponsePolicyPage::openProposals()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const RiskResult& r = m_model->risk(m_proxy->mapToSource(current).row());
    ProposalsDialog dialog(m_document, {r.asset, r.threat}, this);
    dialog.exec();
}

} // namespace mamori
