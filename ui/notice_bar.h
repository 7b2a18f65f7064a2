#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace parallax::ui {

// A non-modal message across the top of the window (skipped files, a folder that could not
// be compared), with an optional list of details and a close button.
class NoticeBar : public QFrame {
    Q_OBJECT
public:
    enum class Level { Information, Warning, Error };
    explicit NoticeBar(QWidget* parent = nullptr);

    void showNotice(Level level, const QString& message, const QStringList& details = {});
    QString message() const;
    QStringList details() const { return m_details; }

private:
    QLabel* m_icon;
    QLabel* m_message;
    QLabel* m_detailLabel;
    QToolButton* m_detailsButton;
    QStringList m_details;
};

} // namespace parallax::ui
