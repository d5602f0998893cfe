#pragma once

// The three-tier separation findings of the latest assessment (§7(3)): the two tiers that meet, the
// severity, the two assets named, and the path between them over connects_via without a gateway.

#include <QWidget>

class QTableWidget;
class QLabel;

namespace mamori {

class ProjectDocument;

class FindingsPage : public QWidget {
    Q_OBJECT

public:
    explicit FindingsPage(ProjectDocument* document, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

signals:
    /// The user chose finding `index` of the assessment (to show its path in the graph).
    void findingActivated(int index);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    ProjectDocument* m_document;
    QLabel* m_summary;
    QTableWidget* m_table;
};

} // namespace mamori
