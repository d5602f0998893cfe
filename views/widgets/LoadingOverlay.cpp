#include "widgets/LoadingOverlay.h"

#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace mamori {

LoadingOverlay::LoadingOverlay(QWidget* covered, QWidget* parent)
    : QFrame(parent)
    , m_covered(covered)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("loadingOverlay"));
    setAutoFillBackground(true); // opaque: the pages under it are not ready to be read
    m_label->setObjectName(QStringLiteral("loadingText"));
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    QFont larger = m_label->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.2);
    m_label->setFont(larger);
    auto* bar = new QProgressBar(this);
    bar->setObjectName(QStringLiteral("loadingProgress"));
    bar->setRange(0, 0); // how long the assessment takes is not known: a moving bar
    bar->setTextVisible(false);
    bar->setFixedWidth(320);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_label);
    layout->addSpacing(8);
    layout->addWidget(bar, 0, Qt::AlignHCenter);
    layout->addStretch(3);

    m_covered->installEventFilter(this);
    hide();
}

void LoadingOverlay::setText(const QString& text)
{
    m_label->setText(text);
}

QString LoadingOverlay::text() const
{
    return m_label->text();
}

void LoadingOverlay::cover()
{
    follow();
    show();
    raise();
}

bool LoadingOverlay::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_covered && (event->type() == QEvent::Resize || event->type() == QEvent::Move))
        follow();
    return QFrame::eventFilter(watched, event);
}

void LoadingOverlay::follow()
{
    setGeometry(QRect(m_covered->mapTo(parentWidget(), QPoint(0, 0)), m_covered->size()));
}

} // namespace mamori
