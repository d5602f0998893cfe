#pragma once

// Over the pages while a large project opens: what is happening (reading the file, assessing the
// risks) and a moving progress bar, so the window is painted at once and says why its pages are not
// there yet. Until the assessment arrives the pages would show the new model beside the last
// project's figures; the overlay covers them and keeps the mouse from them. It follows the geometry
// of the widget it covers.

#include <QFrame>

class QLabel;

namespace mamori {

class LoadingOverlay : public QFrame {
    Q_OBJECT

public:
    /// Covers `covered`, a descendant of `parent`.
    LoadingOverlay(QWidget* covered, QWidget* parent);

    void setText(const QString& text);
    QString text() const;
    /// Shown over the covered widget, raised above its siblings.
    void cover();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void follow();

    QWidget* m_covered;
    QLabel* m_label;
};

} // namespace mamori
