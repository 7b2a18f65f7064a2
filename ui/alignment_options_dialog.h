#pragma once

#include <QDialog>
#include <QString>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSlider;

namespace parallax::ui {

// How a folder is compared: the options of core::CompareOptions a user may change. Kept per
// folder (FolderState), because the right strictness depends on the coverage: wire copy
// reused by many outlets aligns at any setting, independent reporting needs a looser one.
struct AlignmentSettings {
    double threshold = 0.29;                 // core::CompareOptions::threshold
    QString locale = QStringLiteral("auto"); // core::kAutomaticLocale: told from the articles
    bool stemming = true;

    bool operator==(const AlignmentSettings&) const = default;
};

// Edit › Alignment Options…: the similarity threshold as "how alike two sentences must be",
// the language (Automatic first, core::knownLanguages() after it), stemming on or off, and a
// way back to the defaults. automatic says what Automatic found in the folder shown ("Deutsch");
// empty when nothing is shown.
//
//   AlignmentOptionsDialog dialog(current, tr("Deutsch"), this);
//   if (dialog.exec() == QDialog::Accepted && dialog.settings() != current) recompare(...);
class AlignmentOptionsDialog : public QDialog {
    Q_OBJECT
public:
    explicit AlignmentOptionsDialog(const AlignmentSettings& current,
                                    const QString& automatic = QString(),
                                    QWidget* parent = nullptr);

    AlignmentSettings settings() const;
    void setSettings(const AlignmentSettings& settings);

private:
    QSlider* m_slider = nullptr;
    QDoubleSpinBox* m_percent = nullptr;
    QComboBox* m_language = nullptr;
    QCheckBox* m_stemming = nullptr;
};

} // namespace parallax::ui
