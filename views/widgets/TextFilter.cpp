#include "widgets/TextFilter.h"

#include "NumberFormat.h"

#include <QRegularExpression>

namespace mamori {

QString foldForFilter(const QString& text)
{
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded();
}

bool textMatchesRow(const QAbstractItemModel& model, int row, const QModelIndex& parent, const QString& folded,
    const std::function<bool(int)>& columnShown)
{
    if (folded.isEmpty())
        return true;
    const int columns = model.columnCount(parent);
    for (int c = 0; c < columns; ++c) {
        if (columnShown && !columnShown(c))
            continue;
        if (foldForFilter(model.index(row, c, parent).data(Qt::DisplayRole).toString()).contains(folded))
            return true;
    }
    return false;
}

int hideUnmatchedRows(QTableView* table, const QString& text)
{
    const QString folded = foldForFilter(text);
    const auto shown = [table](int c) { return !table->isColumnHidden(c); };
    int visible = 0;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const bool match = textMatchesRow(*table->model(), row, {}, folded, shown);
        table->setRowHidden(row, !match);
        visible += match ? 1 : 0;
    }
    return visible;
}

QString withoutMnemonic(const QString& text)
{
    static const QRegularExpression japaneseStyle(QStringLiteral("\\(&[^)]\\)"));
    QString plain = text;
    plain.remove(japaneseStyle);
    return plain.replace(QStringLiteral("&&"), QStringLiteral("\x01"))
        .remove(QLatin1Char('&'))
        .replace(QLatin1Char('\x01'), QLatin1Char('&'));
}

void onRowsChanged(QAbstractItemModel* model, QObject* context, const std::function<void()>& f)
{
    QObject::connect(model, &QAbstractItemModel::rowsInserted, context, f);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, context, f);
    QObject::connect(model, &QAbstractItemModel::modelReset, context, f);
    QObject::connect(model, &QAbstractItemModel::layoutChanged, context, f);
}

TextFilterProxy::TextFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
}

void TextFilterProxy::setFilterText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_folded = foldForFilter(trimmed);
    invalidateFilter();
}

void TextFilterProxy::setColumnShown(std::function<bool(int)> shown)
{
    m_columnShown = std::move(shown);
    columnsChanged();
}

void TextFilterProxy::columnsChanged()
{
    if (!m_folded.isEmpty())
        invalidateFilter();
}

bool TextFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    return textMatches(sourceRow, sourceParent);
}

bool TextFilterProxy::textMatches(int sourceRow, const QModelIndex& sourceParent) const
{
    return textMatchesRow(*sourceModel(), sourceRow, sourceParent, m_folded, m_columnShown);
}

FilterStatus::FilterStatus(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("filterStatus"));
    setTextFormat(Qt::RichText);
    setWordWrap(true);
    setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #533f03; padding: 4px; }"));
    connect(this, &QLabel::linkActivated, this, &FilterStatus::clearRequested);
    hide();
}

void FilterStatus::showCounts(int shown, int total, const QString& text, const QStringList& others)
{
    const bool empty = shown == 0 && total > 0 && (!text.isEmpty() || !others.isEmpty());
    setVisible(empty);
    if (!empty) {
        clear();
        return;
    }
    // "0 of 1 shown" reads right in English, so the count needs no plural form.
    QString what = text.isEmpty()
        ? tr("0 of %1 shown — hidden by: %2.")
              .arg(formatCount(total), others.join(QStringLiteral("; ")).toHtmlEscaped())
        : tr("0 of %1 shown — the filter “%2” hides the rest.").arg(formatCount(total), text.toHtmlEscaped());
    if (!text.isEmpty() && !others.isEmpty())
        what += QLatin1Char(' ') + tr("Also filtered by: %1.").arg(others.join(QStringLiteral("; ")).toHtmlEscaped());
    setText(QStringLiteral("%1 <a href=\"clear\">%2</a>").arg(what, tr("Clear filter (Esc)").toHtmlEscaped()));
}

} // namespace mamori
