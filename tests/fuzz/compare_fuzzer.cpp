// libFuzzer target for the whole core pipeline on hostile input (scripts/fuzz.sh builds and runs
// it). "Bad input never crashes": whatever bytes a folder holds, decoding, segmentation,
// classification, alignment, diff and every export either succeed or say why, without a crash,
// a sanitizer report or a hang.
//
// Input: a first byte of options, then up to six articles separated by the byte 0x1e (record
// separator); each is decoded as a file's bytes would be.

#include "core/comparison.h"
#include "core/export_formats.h"
#include "core/text_decoder.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace parallax::core;
    if (size == 0) {
        return 0;
    }
    const std::uint8_t flags = data[0];
    const std::string_view input(reinterpret_cast<const char*>(data + 1), size - 1);

    CompareOptions options;
    options.threads = 1 + (flags & 1); // both the serial and the threaded paths
    options.stemming = (flags & 2) == 0;
    static const char* const locales[] = {"en_US.UTF-8", "de_DE.UTF-8", "fr_FR.UTF-8",
                                          "ja_JP.UTF-8", "ar_EG.UTF-8", "ru_RU.UTF-8",
                                          "zh_CN.UTF-8", "xx_YY.UTF-8"};
    options.locale = locales[(flags >> 2) & 7];
    options.threshold = (flags & 32) != 0 ? 0.05 : 0.29;

    std::vector<Document> documents;
    std::size_t begin = 0;
    while (begin <= input.size() && documents.size() < 6) {
        std::size_t end = input.find('\x1e', begin);
        if (end == std::string_view::npos) {
            end = input.size();
        }
        DecodedText decoded = decodeText(input.substr(begin, end - begin));
        if (!decoded.error) {
            Document document;
            document.path = "article-" + std::to_string(documents.size()) + ".txt";
            document.encoding = decoded.encoding;
            document.text = std::move(decoded.text);
            document.warnings = std::move(decoded.warnings);
            documents.push_back(std::move(document));
        }
        begin = end + 1;
    }
    if (documents.empty()) {
        return 0;
    }
    if ((flags & 64) != 0 && documents.size() >= 2) {
        // A user's word on sentences that may no longer be there (offsets past the text).
        options.links.push_back({documents[0].path, 0, documents[1].path, 0});
        options.apart.push_back({documents[1].path, 7, documents[0].path, 1u << 20});
    }
    const Comparison comparison = compareDocuments(std::move(documents), options);
    for (const ExportFormat format : {ExportFormat::Json, ExportFormat::Html, ExportFormat::Csv}) {
        const std::string out = exportComparison(comparison, format);
        if (out.empty()) {
            __builtin_trap(); // every export has at least its frame
        }
    }
    if (comparison.documents.size() > 1) {
        (void)comparison.orderFollowing(comparison.documents.size() - 1);
    }
    return 0;
}
