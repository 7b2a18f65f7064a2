#include "core/number_forms.h"

#include <array>

namespace parallax::core {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Whether text ends with a currency sign ($, £, €, ¥).
bool currencySignBefore(std::string_view before)
{
    for (const std::string_view sign :
         {std::string_view("$"), std::string_view("\xC2\xA3"), std::string_view("\xE2\x82\xAC"),
          std::string_view("\xC2\xA5")}) {
        if (before.ends_with(sign)) {
            return true;
        }
    }
    return false;
}

} // namespace

std::optional<std::string> numberWordDigits(std::string_view word)
{
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 27> numbers{{
        {"two", "2"},       {"three", "3"},     {"four", "4"},     {"five", "5"},
        {"six", "6"},       {"seven", "7"},     {"eight", "8"},    {"nine", "9"},
        {"ten", "10"},      {"eleven", "11"},   {"twelve", "12"},  {"thirteen", "13"},
        {"fourteen", "14"}, {"fifteen", "15"},  {"sixteen", "16"}, {"seventeen", "17"},
        {"eighteen", "18"}, {"nineteen", "19"}, {"twenty", "20"},  {"thirty", "30"},
        {"forty", "40"},    {"fifty", "50"},    {"sixty", "60"},   {"seventy", "70"},
        {"eighty", "80"},   {"ninety", "90"},   {"zero", "0"},
    }};
    for (const auto& [name, digits] : numbers) {
        if (word == name) {
            return std::string(digits);
        }
    }
    return std::nullopt;
}

std::optional<std::string> ungroupedNumber(std::string_view word)
{
    // d{1,3}(,ddd)+(.d+)?
    const std::size_t point = word.find('.');
    const std::string_view whole = word.substr(0, point);
    if (whole.find(',') == std::string_view::npos) {
        return std::nullopt;
    }
    std::string out;
    std::size_t group = 0; // digits since the last comma (or the start)
    bool first = true;
    for (const char c : whole) {
        if (isDigit(c)) {
            out.push_back(c);
            ++group;
        } else if (c == ',') {
            if (group == 0 || group > 3 || (!first && group != 3)) {
                return std::nullopt;
            }
            first = false;
            group = 0;
        } else {
            return std::nullopt;
        }
    }
    if (group != 3) {
        return std::nullopt;
    }
    if (point != std::string_view::npos) {
        const std::string_view fraction = word.substr(point + 1);
        if (fraction.empty()) {
            return std::nullopt;
        }
        for (const char c : fraction) {
            if (!isDigit(c)) {
                return std::nullopt;
            }
        }
        out += '.';
        out += fraction;
    }
    return out;
}

std::optional<NumberAndUnit> splitNumberAndUnit(std::string_view word, std::string_view textBefore)
{
    std::size_t digits = 0;
    while (digits < word.size() && (isDigit(word[digits]) || word[digits] == '.')) {
        ++digits;
    }
    if (digits == 0 || !isDigit(word[0]) || !isDigit(word[digits - 1]) || digits == word.size()) {
        return std::nullopt;
    }
    const std::string_view unit = word.substr(digits);
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 6> units{{
        {"am", "am"},
        {"pm", "pm"},
        {"bn", "billion"},
        {"tn", "trillion"},
        {"mn", "million"},
        {"trn", "trillion"},
    }};
    for (const auto& [written, full] : units) {
        if (unit == written) {
            return NumberAndUnit{digits, std::string(word.substr(0, digits)), std::string(full)};
        }
    }
    if (unit == "m" && currencySignBefore(textBefore)) {
        return NumberAndUnit{digits, std::string(word.substr(0, digits)), "million"};
    }
    return std::nullopt;
}

} // namespace parallax::core
