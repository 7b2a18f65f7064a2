#pragma once

#include <string>

namespace parallax::core {

// One spelling for words outlets spell differently, so that matching and the word diff see
// the same word: place names in their current transliteration ("Kiev" → "kyiv"), and, in
// English, British spelling in its American form ("colours" → "colors", "organised" →
// "organized", "centred" → "centered", "paediatric" → "pediatric"): a Reuters and an AP report of
// one statement differ in nothing but that.
//
// word: a normalised word (NFKC, case folded, one apostrophe); english: whether the text is
// English (the suffix rules below would turn French "organise" into nonsense). Returns the
// word's single spelling, the word itself when it has no other.
//
// The English rules are suffix families with known stems or a few exceptions, never a bare
// pattern: doubling ("travelled") and "-our" ("four", "hour") as bare patterns would merge
// distinct words ("filled" and "filed", "four" and "for").
std::string unifiedSpelling(std::string word, bool english);

} // namespace parallax::core
