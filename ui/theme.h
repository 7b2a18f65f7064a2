#pragma once

#include <QColor>
#include <QPalette>

namespace parallax::ui {

// The colours of the highlights, chosen for the window's palette so they read on light and
// dark backgrounds. Colour never carries meaning alone: each highlight also has a mark
// (underline style, hatching, strike-through, label), see CellDelegate and LegendBar.
struct Theme {
    bool dark = false;
    QColor text;
    QColor mutedText;
    QColor separator;
    QColor changedBackground; // reworded words: background + solid underline
    QColor changedLine;
    QColor addedBackground; // added words: background + dashed underline
    QColor addedLine;
    QColor missingText; // lacking words: strike-through
    QColor missingBackground;
    QColor clutterText;
    QColor clutterLabelBackground;
    QColor foldBackground; // a folded run of clutter: a band with dotted edges and a label
    QColor additionTint;   // a row only one outlet has: tint + edge bar + label
    QColor additionEdge;
    QColor omissionHatch; // "not reported": hatching + label
    QColor omissionText;
    QColor moved; // "↕ moved" label
    QColor findBackground;
    QColor selection;
    QColor current;

    static Theme fromPalette(const QPalette& palette);
};

// a, moved towards b by t (0: a, 1: b).
QColor mix(const QColor& a, const QColor& b, double t);

} // namespace parallax::ui
