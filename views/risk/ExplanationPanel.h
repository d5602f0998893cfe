#pragma once

// "Why this score?": the engine's explanation of one risk (model/engine/Explain.h)
// as a page a risk officer can follow: where the likelihood comes from, the dependency chain the
// impact was inherited along back to an asset's own impact, each applicable control's factor and
// readiness with the requirements that held it back, the formulas with the actual numbers, the band.
//
// Every asset and control named is a link ("asset:ID", "control:ID", percent-encoded) that emits
// assetActivated() / controlActivated(); the browser never follows a link or loads a resource.
// Every string that comes from the model (names, ids) is HTML-escaped before it reaches the page:
// a name is data, never markup.
//
// The page follows the document: it is rebuilt when a new assessment arrives (after every edit,
// undo, redo or reset), so it always explains the model as it is now, or says the pair is no
// longer exposed. explain() assesses the whole model, so the page is worked out on the thread pool
// from a copy of the model; at most one computation runs, and a request made meanwhile starts when
// it ends (its result, being out of date, is dropped).

#include <QFutureWatcher>
#include <QString>
#include <QWidget>

class QTextBrowser;
class QTimer;
class QUrl;

namespace mamori {

class ProjectDocument;

class ExplanationPanel : public QWidget {
    Q_OBJECT

public:
    explicit ExplanationPanel(ProjectDocument* document, QWidget* parent = nullptr);
    ~ExplanationPanel() override;

    QString asset() const { return m_asset; }
    QString threat() const { return m_threat; }
    QTextBrowser* browser() const { return m_browser; }
    /// True while the page shown is not yet the explanation of the current model (tests wait on it).
    bool isBusy() const;

public slots:
    void showRisk(const QString& asset, const QString& threat);
    /// Shows the hint to select a risk.
    void clear();

signals:
    void assetActivated(const QString& id);
    void controlActivated(const QString& id);
    /// A page worked out for the current risk and model is now shown.
    void pageShown();

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void start();
    void finished();
    void setPage(const QString& html, bool keepPlace);
    void openLink(const QUrl& url);

    ProjectDocument* m_document;
    QTextBrowser* m_browser;
    QFutureWatcher<QString>* m_watcher; ///< the page being worked out on the thread pool
    QTimer* m_slowTimer; ///< shows "working" when a new risk's page takes a while
    QString m_asset;
    QString m_threat;
    quint64 m_request = 0; ///< increases with every change the page must follow
    quint64 m_started = 0; ///< the request the running (or last) computation is for
    bool m_running = false; ///< from start() until its finished() arrives
};

} // namespace mamori
