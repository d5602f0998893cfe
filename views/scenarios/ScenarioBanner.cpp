#include "scenarios/ScenarioBanner.h"

#include "document/ProjectDocument.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace mamori {

ScenarioBanner::ScenarioBanner(ProjectDocument* document, QWidget* parent)
    : QFrame(parent)
    , m_document(document)
    , m_label(new QLabel(this))
    , m_compare(new QPushButton(this))
    , m_back(new QPushButton(this))
{
    setObjectName(QStringLiteral("scenarioBanner"));
    m_label->setObjectName(QStringLiteral("scenarioBannerText"));
    m_back->setObjectName(QStringLiteral("backToBaseline"));
    // Amber, as a "not the approved state" mark; dark text on it in both light and dark themes.
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xff, 0xc1, 0x07));
    p.setColor(QPalette::WindowText, QColor(0x21, 0x21, 0x21));
    setPalette(p);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_compare);
    layout->addWidget(m_back);
    connect(m_back, &QPushButton::clicked, this, [this] { m_document->setActiveScenario({}); });
    connect(m_compare, &QPushButton::clicked, this, &ScenarioBanner::compareRequested);
    connect(document, &ProjectDocument::activeScenarioChanged, this, &ScenarioBanner::refresh);
    connect(document, &ProjectDocument::scenariosChanged, this, &ScenarioBanner::refresh);
    refresh();
}

void ScenarioBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QFrame::changeEvent(event);
}

void ScenarioBanner::refresh()
{
    setVisible(!m_document->activeScenario().isEmpty());
    m_label->setText(tr("<b>Scenario: %1</b> — every edit is recorded in this scenario; the baseline stays as "
                        "approved.")
                         .arg(m_document->activeScenarioName().toHtmlEscaped()));
    m_compare->setText(tr("Compare with its base"));
    m_back->setText(tr("Back to baseline"));
}

} // namespace mamori
