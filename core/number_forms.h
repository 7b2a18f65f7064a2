#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace parallax::core {

// One form for the ways English news writes a number, so that "Three people" and "3 people",
// "1,000 homes" and "1000 homes", "10 a.m." and "10am", "$5bn" and "$5 billion" are the same
// words to matching and to the word diff. (AP spells out one to nine, other style books do
// not; digit grouping and clock times differ between desks.)

// The digits a number word stands for: "two" → "2" … "twenty", "thirty" … "ninety". Not
// "one": it is as often a pronoun ("no one", "one of them") as a number, and as a number it
// would weigh like one ("1") in every sentence that says "one of".
std::optional<std::string> numberWordDigits(std::string_view normalizedWord);

// A number written with thousands separators as its bare digits: "1,000" → "1000",
// "2,500,000.5" → "2500000.5"; nullopt when it is not grouped that way.
std::optional<std::string> ungroupedNumber(std::string_view normalizedWord);

// A word made of a number and a unit written together, split where the unit starts: "10am"
// → {"10", "am"}, "5bn" → {"5", "billion"}, "7pm" → {"7", "pm"}; nullopt for anything else.
// The unit comes back in the form its separate word takes ("a.m." is "am" once its dots go).
// "m" is "million" only after a currency sign ("$5m", "£5m"): "100m" alone is a distance.
// textBefore: the text before the word, where that sign would be.
struct NumberAndUnit {
    std::size_t digits = 0; // bytes of the number at the word's start
    std::string number;
    std::string unit;
};
std::optional<NumberAndUnit> splitNumberAndUnit(std::string_view normalizedWord,
                                                std::string_view textBefore = {});

} // namespace parallax::core
