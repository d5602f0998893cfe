#pragma once

// The three-tier separation findings of the latest assessment (§7(3)): the two tiers that meet, the
// severity, the two assets named, and the path between them over connects_via without a gateway.

#include <QWidget>

class QTableWidget;
class QLabel;

namespace mamori {

class FilterStatus;
class ProjectDocument;

class FindingsPage : public QWidget {
    Q_OBJECT

public:
    explicit FindingsPage(ProjectDocument* document, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    /// The window's text filter: rows whose shown texts do not contain it are hidden.
    void setFilterText(const QString& text);

signals:
    /// The user chose finding `index` of the assessment (to show its path in the graph).
    void findingActivated(int index);
    /// The user asked to clear the filter (the link under an empty result).
    void filterClearRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void applyFilter();

    ProjectDocument* m_document;
    QLabel* m_summary;
    QTableWidget* m_table;
    FilterStatus* m_filterStatus;
    QString m_filterText;
};

} // namespace mamori
