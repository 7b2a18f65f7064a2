#include "ui/notice_bar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace parallax::ui {

NoticeBar::NoticeBar(QWidget* parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_message(new QLabel(this)),
      m_detailLabel(new QLabel(this)), m_detailsButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("noticeBar"));
    setFrameShape(QFrame::StyledPanel);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(10, 6, 6, 6);
    auto* row = new QHBoxLayout;
    row->addWidget(m_icon);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(m_message, 1);
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setAutoRaise(true);
    row->addWidget(m_detailsButton);
    auto* close = new QToolButton(this);
    close->setAutoRaise(true);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Dismiss"));
    row->addWidget(close);
    outer->addLayout(row);
    m_detailLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailLabel->setContentsMargins(26, 0, 0, 4);
    m_detailLabel->setVisible(false);
    outer->addWidget(m_detailLabel);
    connect(m_detailsButton, &QToolButton::toggled, m_detailLabel, &QLabel::setVisible);
    connect(close, &QToolButton::clicked, this, &NoticeBar::hide);
    hide();
}

void NoticeBar::showNotice(Level level, const QString& message, const QStringList& details)
{
    const QStyle::StandardPixmap icon = level == Level::Error ? QStyle::SP_MessageBoxCritical
                                        : level == Level::Warning
                                            ? QStyle::SP_MessageBoxWarning
                                            : QStyle::SP_MessageBoxInformation;
    const int size = fontMetrics().height();
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    m_message->setText(message);
    m_details = details;
    QStringList escaped;
    for (const QString& d : details) {
        escaped << d.toHtmlEscaped();
    }
    m_detailLabel->setText(escaped.join(QStringLiteral("<br>")));
    m_detailsButton->setVisible(!details.isEmpty());
    m_detailsButton->setChecked(false);
    const QColor tint = level == Level::Error     ? QColor(0xd0, 0x45, 0x3a)
                        : level == Level::Warning ? QColor(0xd9, 0x96, 0x1c)
                                                  : QColor(0x3a, 0x7b, 0xd5);
    setStyleSheet(QStringLiteral("#noticeBar { background: rgba(%1,%2,%3,30); border: 1px solid "
                                 "rgba(%1,%2,%3,110); border-radius: 4px; }")
                      .arg(tint.red())
                      .arg(tint.green())
                      .arg(tint.blue()));
    show();
}

QString NoticeBar::message() const
{
    return m_message->text();
}

} // namespace parallax::ui
