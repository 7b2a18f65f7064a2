#pragma once

#include "core/document.h"

#include <optional>
#include <string_view>
#include <vector>

namespace parallax::core {

// The header lines a file opens with, and what they say.
struct Header {
    Metadata metadata;
    // Byte ranges [start, end) of the lines that are header, not article: the `Key: value`
    // block, or the date and URL lines under a headline. The headline line itself is listed
    // in headlineLine when the header names it.
    std::vector<std::pair<std::size_t, std::size_t>> lines;
    std::optional<std::pair<std::size_t, std::size_t>> headlineLine;
    // Where the headline's own words begin inside headlineLine: after "Title: " on a
    // `Title: ...` line (the key is no part of the headline the outlets' headlines are
    // compared with), the line's first character otherwise.
    std::size_t headlineStart = 0;
};

// Reads the header of a decoded text. Recognises a block of `Key: value` lines (Title,
// Source, Outlet, Date, URL, Author, ...) and the "headline / date / URL" opening that pages
// saved by scrapers carry. The outlet comes from a Source/Outlet key, else the URL's domain,
// else the file name (numbering and extension dropped).
Header readHeader(std::string_view text, std::string_view fileName);

// "www.the-hindu.example/news/x" -> "the-hindu.example"; empty when text is not a URL.
std::string domainOf(std::string_view url);

// The outlet's name as its own page spells it, for a domain: a run of one to five capitalised
// words whose letters make one of the domain's labels ("Coastal Herald" for
// coastalherald.example, "The Guardian" for theguardian.com); empty when the text has none.
std::string writtenNameOf(std::string_view text, std::string_view domain);

// A line that is only a date ("20220128", "2022-01-28", "January 28, 2022", "28 Jan 2022").
bool looksLikeDate(std::string_view line);

bool looksLikeUrl(std::string_view line);

} // namespace parallax::core
