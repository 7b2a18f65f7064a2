#include "ui/theme.h"

namespace parallax::ui {

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - t) + b.redF() * t),
                            static_cast<float>(a.greenF() * (1 - t) + b.greenF() * t),
                            static_cast<float>(a.blueF() * (1 - t) + b.blueF() * t));
}

Theme Theme::fromPalette(const QPalette& palette)
{
    Theme t;
    const QColor base = palette.color(QPalette::Base);
    t.dark = base.lightness() < 128;
    t.text = palette.color(QPalette::Text);
    t.mutedText = mix(t.text, base, 0.45);
    t.separator = mix(t.text, base, t.dark ? 0.82 : 0.88);
    if (t.dark) {
        t.changedBackground = QColor(0x5c, 0x48, 0x14);
        t.changedLine = QColor(0xf0, 0xb4, 0x3c);
        t.addedBackground = QColor(0x1d, 0x47, 0x52);
        t.addedLine = QColor(0x5c, 0xc4, 0xd6);
        t.missingText = QColor(0xf0, 0x8a, 0x80);
        t.missingBackground = QColor(0x4a, 0x22, 0x22);
        t.additionEdge = QColor(0x4f, 0xb3, 0x7a);
        t.moved = QColor(0x8a, 0xb4, 0xf8);
        t.findBackground = QColor(0x80, 0x6a, 0x00);
        t.omissionText = QColor(0xe0, 0x9a, 0x5a);
    } else {
        t.changedBackground = QColor(0xfc, 0xe8, 0xb2);
        t.changedLine = QColor(0xb7, 0x79, 0x1f);
        t.addedBackground = QColor(0xd4, 0xee, 0xf3);
        t.addedLine = QColor(0x1f, 0x7a, 0x8c);
        t.missingText = QColor(0xa8, 0x32, 0x2d);
        t.missingBackground = QColor(0xfb, 0xe3, 0xe1);
        t.additionEdge = QColor(0x2f, 0x8a, 0x57);
        t.moved = QColor(0x2b, 0x5c, 0xb8);
        t.findBackground = QColor(0xff, 0xe0, 0x4d);
        t.omissionText = QColor(0xa4, 0x5a, 0x1c);
    }
    t.clutterText = mix(t.text, base, 0.5);
    t.clutterLabelBackground = mix(t.text, base, t.dark ? 0.8 : 0.9);
    t.foldBackground = mix(t.text, base, t.dark ? 0.94 : 0.965);
    t.additionTint = mix(base, t.additionEdge, t.dark ? 0.14 : 0.08);
    t.omissionHatch = mix(t.omissionText, base, t.dark ? 0.6 : 0.72);
    const QColor highlight = palette.color(QPalette::Highlight);
    t.selection = mix(base, highlight, t.dark ? 0.28 : 0.14);
    t.current = highlight;
    return t;
}

} // namespace parallax::ui
