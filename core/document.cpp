#include "core/document.h"

namespace parallax::core {

const char* toString(SentenceKind kind)
{
    switch (kind) {
    case SentenceKind::Headline:
        return "headline";
    case SentenceKind::Subheading:
        return "subheading";
    case SentenceKind::Byline:
        return "byline";
    case SentenceKind::Body:
        return "body";
    case SentenceKind::Caption:
        return "caption";
    case SentenceKind::Boilerplate:
        return "boilerplate";
    }
    return "body";
}

const char* toString(ClutterKind kind)
{
    switch (kind) {
    case ClutterKind::None:
        return "none";
    case ClutterKind::Advertising:
        return "advertising";
    case ClutterKind::Subscription:
        return "subscription";
    case ClutterKind::Navigation:
        return "navigation";
    case ClutterKind::Share:
        return "share";
    case ClutterKind::RelatedLinks:
        return "related";
    case ClutterKind::Newsletter:
        return "newsletter";
    case ClutterKind::Comments:
        return "comments";
    case ClutterKind::MarketData:
        return "market";
    case ClutterKind::Poll:
        return "poll";
    case ClutterKind::CookieLegal:
        return "legal";
    case ClutterKind::MediaControls:
        return "media";
    case ClutterKind::Other:
        return "other";
    }
    return "none";
}

} // namespace parallax::core
