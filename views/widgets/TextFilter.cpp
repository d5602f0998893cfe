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
    if (m_folded.isEmpty())
        forgetAll(); // built again for the next search, with the texts shown then (a language switch)
    invalidateFilter();
}

void TextFilterProxy::setSourceModel(QAbstractItemModel* source)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    forgetAll();
    // Connected before the proxy's own handlers, so that a row is matched with its new text.
    if (source) {
        connect(source, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                if (!topLeft.parent().isValid())
                    forgetRows(topLeft.row(), bottomRight.row());
            });
        const auto all = [this] { forgetAll(); };
        connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this, all);
        connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this, all);
        connect(source, &QAbstractItemModel::rowsAboutToBeMoved, this, all);
        connect(source, &QAbstractItemModel::modelAboutToBeReset, this, all);
        connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this, all);
        connect(source, &QAbstractItemModel::headerDataChanged, this, all);
    }
    QSortFilterProxyModel::setSourceModel(source);
}

void TextFilterProxy::forgetRows(int first, int last)
{
    for (int row = std::max(0, first); row <= last && row < m_rowTexts.size(); ++row)
        m_rowTexts[row] = QString();
}

const QString& TextFilterProxy::rowText(int row, const QModelIndex& parent) const
{
    static const QString none;
    if (parent.isValid() || row < 0)
        return none;
    if (m_rowTexts.size() != sourceModel()->rowCount())
        m_rowTexts = QList<QString>(sourceModel()->rowCount());
    QString& text = m_rowTexts[row];
    if (text.isNull()) {
        text = QStringLiteral("\x1f");
        const int columns = sourceModel()->columnCount();
        for (int c = 0; c < columns; ++c) {
            if (m_columnShown && !m_columnShown(c))
                continue;
            text += foldForFilter(sourceModel()->index(row, c).data(Qt::DisplayRole).toString());
            text += QLatin1Char('\x1f');
        }
    }
    return text;
}

void TextFilterProxy::setColumnShown(std::function<bool(int)> shown)
{
    m_columnShown = std::move(shown);
    columnsChanged();
}

void TextFilterProxy::columnsChanged()
{
    forgetAll();
    if (!m_folded.isEmpty())
        invalidateFilter();
}

bool TextFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    return textMatches(sourceRow, sourceParent);
}

bool TextFilterProxy::textMatches(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_folded.isEmpty())
        return true;
    if (sourceParent.isValid())
        return textMatchesRow(*sourceModel(), sourceRow, sourceParent, m_folded, m_columnShown);
    return rowText(sourceRow, sourceParent).contains(m_folded);
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
