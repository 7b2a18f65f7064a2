#include "ui/folder_settings.h"

#include "ui/document_text.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace parallax::ui {

namespace {

// Pairs of sentences (path and byte offset of each), as a compact JSON array under `key`.
std::vector<core::SentenceLink> loadSentenceLinks(QSettings& settings, const QString& key)
{
    std::vector<core::SentenceLink> result;
    const QJsonArray array = QJsonDocument::fromJson(settings.value(key).toByteArray()).array();
    for (const QJsonValue& value : array) {
        const QJsonObject o = value.toObject();
        result.push_back({toUtf8(o.value(QStringLiteral("a")).toString()),
                          static_cast<std::size_t>(o.value(QStringLiteral("aStart")).toDouble()),
                          toUtf8(o.value(QStringLiteral("b")).toString()),
                          static_cast<std::size_t>(o.value(QStringLiteral("bStart")).toDouble())});
    }
    return result;
}

void saveSentenceLinks(QSettings& settings, const QString& key,
                       const std::vector<core::SentenceLink>& links)
{
    if (links.empty()) {
        settings.remove(key);
        return;
    }
    QJsonArray array;
    for (const core::SentenceLink& link : links) {
        array.append(QJsonObject{{QStringLiteral("a"), fromUtf8(link.documentA)},
                                 {QStringLiteral("aStart"), static_cast<double>(link.startA)},
                                 {QStringLiteral("b"), fromUtf8(link.documentB)},
                                 {QStringLiteral("bStart"), static_cast<double>(link.startB)}});
    }
    settings.setValue(key, QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

QString folderSettingsGroup(const QString& folder)
{
    const QString canonical = QDir(folder).absolutePath();
    return QStringLiteral("folders/") +
           QString::fromLatin1(
               QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1).toHex());
}

FolderState FolderState::load(QSettings& settings, const QString& folder)
{
    FolderState state;
    settings.beginGroup(folderSettingsGroup(folder));
    state.outletNames = settings.value(QStringLiteral("outletNames")).toStringList();
    state.hiddenDocuments = settings.value(QStringLiteral("hidden")).toStringList();
    state.columnOrder = settings.value(QStringLiteral("columnOrder")).toStringList();
    state.referenceDocument = settings.value(QStringLiteral("reference")).toString();
    state.followedDocument = settings.value(QStringLiteral("followed")).toString();
    const AlignmentSettings defaults;
    state.alignment.threshold =
        settings.value(QStringLiteral("alignment/threshold"), defaults.threshold).toDouble();
    state.alignment.locale =
        settings.value(QStringLiteral("alignment/locale"), defaults.locale).toString();
    state.alignment.stemming =
        settings.value(QStringLiteral("alignment/stemming"), defaults.stemming).toBool();
    const QJsonArray corrections =
        QJsonDocument::fromJson(settings.value(QStringLiteral("corrections")).toByteArray())
            .array();
    for (const QJsonValue& value : corrections) {
        const QJsonObject o = value.toObject();
        core::Correction c;
        c.document = toUtf8(o.value(QStringLiteral("document")).toString());
        c.text = toUtf8(o.value(QStringLiteral("text")).toString());
        c.isClutter = o.value(QStringLiteral("clutter")).toBool(true);
        c.scope = o.value(QStringLiteral("scope")).toString() == QStringLiteral("similar")
                      ? core::Correction::Scope::SimilarLines
                      : core::Correction::Scope::Sentence;
        c.outlet = toUtf8(o.value(QStringLiteral("outlet")).toString());
        if (o.contains(QStringLiteral("start"))) {
            c.sentenceStart = static_cast<std::size_t>(o.value(QStringLiteral("start")).toDouble());
        }
        state.corrections.push_back(std::move(c));
    }
    state.links = loadSentenceLinks(settings, QStringLiteral("links"));
    state.apart = loadSentenceLinks(settings, QStringLiteral("apart"));
    state.notSame = loadSentenceLinks(settings, QStringLiteral("notSame"));
    settings.endGroup();
    return state;
}

std::vector<core::SentenceLink> FolderState::keptApart() const
{
    std::vector<core::SentenceLink> all = apart;
    all.insert(all.end(), notSame.begin(), notSame.end());
    return all;
}

void FolderState::save(QSettings& settings, const QString& folder) const
{
    settings.beginGroup(folderSettingsGroup(folder));
    settings.setValue(QStringLiteral("path"), QDir(folder).absolutePath());
    settings.setValue(QStringLiteral("outletNames"), outletNames);
    settings.setValue(QStringLiteral("hidden"), hiddenDocuments);
    settings.setValue(QStringLiteral("columnOrder"), columnOrder);
    settings.setValue(QStringLiteral("reference"), referenceDocument);
    settings.setValue(QStringLiteral("followed"), followedDocument);
    // Only what differs from the defaults is kept, so a later release's better default reaches
    // folders the user never tuned.
    const AlignmentSettings defaults;
    const auto keep = [&](const QString& key, const QVariant& value, bool isDefault) {
        if (isDefault) {
            settings.remove(key);
        } else {
            settings.setValue(key, value);
        }
    };
    keep(QStringLiteral("alignment/threshold"), alignment.threshold,
         alignment.threshold == defaults.threshold);
    keep(QStringLiteral("alignment/locale"), alignment.locale, alignment.locale == defaults.locale);
    keep(QStringLiteral("alignment/stemming"), alignment.stemming,
         alignment.stemming == defaults.stemming);
    QJsonArray array;
    for (const core::Correction& c : corrections) {
        QJsonObject o;
        o.insert(QStringLiteral("document"), fromUtf8(c.document));
        o.insert(QStringLiteral("text"), fromUtf8(c.text));
        o.insert(QStringLiteral("clutter"), c.isClutter);
        o.insert(QStringLiteral("scope"), c.scope == core::Correction::Scope::SimilarLines
                                              ? QStringLiteral("similar")
                                              : QStringLiteral("sentence"));
        if (!c.outlet.empty()) {
            o.insert(QStringLiteral("outlet"), fromUtf8(c.outlet));
        }
        if (c.sentenceStart) {
            o.insert(QStringLiteral("start"), static_cast<double>(*c.sentenceStart));
        }
        array.append(o);
    }
    settings.setValue(QStringLiteral("corrections"),
                      QJsonDocument(array).toJson(QJsonDocument::Compact));
    saveSentenceLinks(settings, QStringLiteral("links"), links);
    saveSentenceLinks(settings, QStringLiteral("apart"), apart);
    saveSentenceLinks(settings, QStringLiteral("notSame"), notSame);
    settings.endGroup();
}

} // namespace parallax::ui
