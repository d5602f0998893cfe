#pragma once

// The one text filter of every table (the window's filter box, Ctrl+F): a row matches when the text
// typed is part of what any shown column of the row shows, ignoring case and the difference between
// full-width and half-width forms (「Ａ－」 finds "A-", 「ｼｽﾃﾑ」 finds 「システム」).
//
// TextFilterProxy applies it to a sortable table; pages whose proxy filters more derive from it and
// call textMatches() beside their own filters. It keeps each row's folded text once built (an index
// for typing: each keystroke compares strings, it does not build them), dropped for the rows the
// source changes and when the filter box is emptied. textMatchesRow() serves tables without a proxy.

#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <functional>

namespace mamori {

/// `text` folded for matching: NFKC (full-width letters, digits and signs, half-width kana) and
/// case-folded.
QString foldForFilter(const QString& text);

/// Whether any column of `row` for which `columnShown` holds shows a text containing `folded` (a text
/// already passed through foldForFilter). An empty `folded` matches every row.
bool textMatchesRow(const QAbstractItemModel& model, int row, const QModelIndex& parent, const QString& folded,
    const std::function<bool(int)>& columnShown);

/// For a table without a proxy (a few hundred rows at most): hides the rows of `table` no shown column of
/// which contains `text` (folded as foldForFilter does) and returns how many rows stay visible.
int hideUnmatchedRows(QTableView* table, const QString& text);

/// A control's text as a sentence names it: without its mnemonic ("Above appetite &only",
/// 「許容水準超のみ(&O)」).
QString withoutMnemonic(const QString& text);

/// Calls `f` whenever `model` gains, loses or resets rows (to keep a count or a FilterStatus current).
void onRowsChanged(QAbstractItemModel* model, QObject* context, const std::function<void()>& f);

class TextFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit TextFilterProxy(QObject* parent = nullptr);

    /// The text typed in the filter box (leading and trailing spaces ignored).
    void setFilterText(const QString& text);
    QString filterText() const { return m_text; }
    /// Which source columns the view shows (default: all); call columnsChanged() when that changes.
    void setColumnShown(std::function<bool(int)> shown);
    void columnsChanged();
    void setSourceModel(QAbstractItemModel* source) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool textMatches(int sourceRow, const QModelIndex& sourceParent) const;

private:
    /// The folded texts of the shown columns of source row `row`, separated by a character no one types.
    const QString& rowText(int row, const QModelIndex& parent) const;
    void forgetRows(int first, int last);
    void forgetAll() const { m_rowTexts.clear(); }

    QString m_text;
    QString m_folded;
    std::function<bool(int)> m_columnShown;
    /// Per source row (top level): its folded text, null until built.
    mutable QList<QString> m_rowTexts;
};

/// The line over a table that says what hides its rows when none is left: "0 of 9 shown — the filter
/// “xyz” hides the rest", with the page's other filters named, and a link that clears them (Esc in the
/// filter box does the same for the text). Hidden while any row is shown.
class FilterStatus : public QLabel {
    Q_OBJECT

public:
    explicit FilterStatus(QWidget* parent = nullptr);

    /// `shown` of `total` rows are shown; `text` is the text filter, `others` the page's other filters
    /// in effect, in words.
    void showCounts(int shown, int total, const QString& text, const QStringList& others = {});

signals:
    void clearRequested();
};

} // namespace mamori
