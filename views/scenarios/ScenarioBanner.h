#pragma once

// The coloured strip at the top of the window while a scenario is shown: which scenario, that edits
// go into it and the baseline stays as approved, and the ways out (compare, back to the baseline).
// Hidden while the baseline is shown.

#include <QFrame>

class QLabel;
class QPushButton;

namespace mamori {

class ProjectDocument;

class ScenarioBanner : public QFrame {
    Q_OBJECT

public:
    explicit ScenarioBanner(ProjectDocument* document, QWidget* parent = nullptr);

    QLabel* label() const { return m_label; }

signals:
    /// Compare the shown scenario with its base.
    void compareRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    ProjectDocument* m_document;
    QLabel* m_label;
    QPushButton* m_compare;
    QPushButton* m_back;
};

} // namespace mamori
