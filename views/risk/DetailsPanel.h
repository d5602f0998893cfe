#pragma once

// The details dock: what is selected anywhere in the window. For a risk, the engine's explanation
// ("why this score?", ExplanationPanel); for an asset, its classification, effective impact, blast
// radius and its risks; for a control, its status, readiness and the risks it applies to. Every
// asset, control and risk named is a link that selects it.

#include <QWidget>

class QStackedWidget;
class QTextBrowser;

namespace mamori {

class ExplanationPanel;
class ProjectDocument;

class DetailsPanel : public QWidget {
    Q_OBJECT

public:
    explicit DetailsPanel(ProjectDocument* document, QWidget* parent = nullptr);

    void showAsset(const QString& id);
    void showControl(const QString& id);
    void showRisk(const QString& asset, const QString& threat);
    ExplanationPanel* explanation() const { return m_explanation; }
    QTextBrowser* summary() const { return m_summary; }

signals:
    void assetActivated(const QString& id);
    void controlActivated(const QString& id);
    void riskActivated(const QString& asset, const QString& threat);

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class Kind { None, Asset, Control, Risk };
    void refresh();
    QString assetHtml(const QString& id) const;
    QString controlHtml(const QString& id) const;

    ProjectDocument* m_document;
    QStackedWidget* m_stack;
    QTextBrowser* m_summary;
    ExplanationPanel* m_explanation;
    Kind m_kind = Kind::None;
    QString m_id;
};

} // namespace mamori
