#include "ui/alignment_options_dialog.h"

#include "core/language.h"
#include "ui/document_text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QVBoxLayout>
#include <cmath>

namespace parallax::ui {

namespace {

// The slider moves in whole percent; the spin box shows the same value.
constexpr int kLowestPercent = 5;
constexpr int kHighestPercent = 80;

} // namespace

AlignmentOptionsDialog::AlignmentOptionsDialog(const AlignmentSettings& current,
                                               const QString& automatic, QWidget* parent)
    : QDialog(parent), m_slider(new QSlider(Qt::Horizontal, this)),
      m_percent(new QDoubleSpinBox(this)), m_language(new QComboBox(this)),
      m_stemming(new QCheckBox(tr("Match forms of a word (rescued, rescues, rescuing)"), this))
{
    setWindowTitle(tr("Alignment Options"));
    setObjectName(QStringLiteral("alignmentOptionsDialog"));

    m_slider->setRange(kLowestPercent, kHighestPercent);
    m_slider->setObjectName(QStringLiteral("thresholdSlider"));
    m_percent->setRange(kLowestPercent, kHighestPercent);
    m_percent->setDecimals(0);
    m_percent->setSuffix(QStringLiteral(" %"));
    m_percent->setObjectName(QStringLiteral("thresholdPercent"));
    m_percent->setAccessibleName(tr("Lowest similarity for one row"));
    connect(m_slider, &QSlider::valueChanged, m_percent,
            [this](int value) { m_percent->setValue(value); });
    connect(m_percent, &QDoubleSpinBox::valueChanged, m_slider,
            [this](double value) { m_slider->setValue(static_cast<int>(std::lround(value))); });

    auto* looser = new QLabel(tr("More pairs"), this);
    auto* stricter = new QLabel(tr("Only close wording"), this);
    for (QLabel* label : {looser, stricter}) {
        label->setForegroundRole(QPalette::PlaceholderText);
    }
    auto* scale = new QHBoxLayout;
    scale->addWidget(looser);
    scale->addWidget(m_slider, 1);
    scale->addWidget(stricter);
    scale->addWidget(m_percent);

    auto* explanation = new QLabel(
        tr("Sentences of different outlets share a row when their words are at least this alike "
           "(rare words, names and numbers count most). Lower it for independent reporting in "
           "other words; raise it when unrelated sentences end up side by side."),
        this);
    explanation->setWordWrap(true);
    explanation->setForegroundRole(QPalette::PlaceholderText);

    m_language->addItem(automatic.isEmpty() ? tr("Automatic") : tr("Automatic (%1)").arg(automatic),
                        fromUtf8(core::kAutomaticLocale));
    m_language->setItemData(0, tr("Tell the language from the articles"), Qt::ToolTipRole);
    m_language->insertSeparator(1);
    for (const core::Language& language : core::knownLanguages()) {
        m_language->addItem(fromUtf8(language.name), fromUtf8(language.locale));
    }
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_stemming->setObjectName(QStringLiteral("stemmingBox"));

    auto* form = new QFormLayout;
    form->addRow(tr("Similarity:"), scale);
    form->addRow(QString(), explanation);
    form->addRow(tr("Language:"), m_language);
    form->addRow(QString(), m_stemming);

    auto* buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Compare Again"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setSettings(AlignmentSettings{}); });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    setSettings(current);
}

AlignmentSettings AlignmentOptionsDialog::settings() const
{
    AlignmentSettings result;
    result.threshold = m_percent->value() / 100.0;
    result.locale = m_language->currentData().toString();
    result.stemming = m_stemming->isChecked();
    return result;
}

void AlignmentOptionsDialog::setSettings(const AlignmentSettings& settings)
{
    m_percent->setValue(std::clamp(std::round(settings.threshold * 100.0),
                                   static_cast<double>(kLowestPercent),
                                   static_cast<double>(kHighestPercent)));
    int language = m_language->findData(settings.locale);
    if (language < 0) {
        // A locale we do not list (set by hand or by a newer version): keep it selectable.
        m_language->addItem(settings.locale, settings.locale);
        language = m_language->count() - 1;
    }
    m_language->setCurrentIndex(language);
    m_stemming->setChecked(settings.stemming);
}

} // namespace parallax::ui
