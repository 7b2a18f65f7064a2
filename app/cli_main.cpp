// parallax-cli: the comparison without a window, for batches and scripts.
// Exit codes: 0 success, 1 the work could not be done, 2 usage error.
#include "core/atomic_file.h"
#include "core/comparison.h"
#include "core/export_formats.h"

#include <CLI/CLI.hpp>
#include <filesystem>
#include <iostream>
#include <optional>

namespace {

constexpr int kFailure = 1;
constexpr int kUsage = 2;

} // namespace

int main(int argc, char** argv)
{
    using namespace parallax::core;
    CLI::App app{"parallax-cli: compare how several outlets covered one event, sentence by "
                 "sentence.",
                 "parallax-cli"};
    app.set_version_flag("--version", std::string("parallax-cli ") + PARALLAX_VERSION);
    app.require_subcommand(1);
    app.footer("Exit status: 0 on success, 1 when the work could not be done (for example no "
               "readable article in DIR), 2 for a usage error.\nFiles that cannot be read are "
               "skipped with a warning on stderr naming the file and the reason.");

    CLI::App* compare = app.add_subcommand(
        "compare", "Align the articles (.txt, .md) of DIR and write the comparison.");
    std::string folder;
    std::string format = "json";
    std::string output;
    CompareOptions options;
    bool noStemming = false;
    int reference = -1;
    int follow = -1;
    compare->add_option("DIR", folder, "Folder with one article file per outlet")->required();
    compare->add_option("--format,-f", format, "Output format: json, html or csv")
        ->check(CLI::IsMember({"json", "html", "csv"}))
        ->capture_default_str();
    compare->add_option("-o,--output", output, "Write to FILE (atomically) instead of stdout");
    compare
        ->add_option("--threshold", options.threshold,
                     "Lowest sentence similarity (0..1) at which outlets share a row")
        ->check(CLI::Range(0.0, 1.0))
        ->capture_default_str();
    compare
        ->add_option("--locale", options.locale,
                     "Language of the articles, for sentence rules and stemming: a locale "
                     "such as de_DE.UTF-8, or auto to tell it from the articles")
        ->capture_default_str();
    compare->add_flag("--no-stemming", noStemming, "Match words without reducing them to stems");
    compare
        ->add_option("--reference", reference,
                     "Document number (1 = first file in the folder's order) that the others "
                     "are compared with; default: each row's most central version")
        ->check(CLI::PositiveNumber);
    compare
        ->add_option("--follow", follow,
                     "Document number whose own order the rows follow; default: the "
                     "consensus order of all outlets")
        ->check(CLI::PositiveNumber);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        if (e.get_exit_code() == 0) {
            return app.exit(e);
        }
        std::cerr << "parallax-cli: " << e.what() << " (see parallax-cli --help)\n";
        return kUsage;
    }
    options.stemming = !noStemming;
    if (reference > 0) {
        options.reference = static_cast<std::size_t>(reference - 1);
    }

    const ComparisonResult result = compareFolder(folder, options);
    for (const SkippedFile& skipped : result.skipped) {
        std::cerr << "parallax-cli: warning: "
                  << (std::filesystem::path(folder) / skipped.path).string()
                  << ": skipped: " << skipped.reason << "\n";
    }
    for (const FileWarning& warning : result.warnings) {
        std::cerr << "parallax-cli: warning: "
                  << (std::filesystem::path(folder) / warning.path).string() << ": "
                  << warning.message << "\n";
    }
    if (!result.comparison) {
        std::cerr << "parallax-cli: " << result.error << "\n";
        return kFailure;
    }
    const std::size_t articles = result.comparison->documents.size();
    for (const auto& [name, number] : {std::pair{"--reference", reference}, {"--follow", follow}}) {
        if (number > 0 && static_cast<std::size_t>(number) > articles) {
            std::cerr << "parallax-cli: " << name << " " << number << ": the folder has only "
                      << articles << " articles\n";
            return kUsage;
        }
    }
    const ExportFormat exportFormat = format == "html"  ? ExportFormat::Html
                                      : format == "csv" ? ExportFormat::Csv
                                                        : ExportFormat::Json;
    std::optional<Comparison> arranged;
    if (follow > 0) {
        arranged =
            arrangedAsShown(*result.comparison, {.outletNames = {},
                                                 .followed = static_cast<std::size_t>(follow - 1),
                                                 .documentOrder = {}});
    }
    const std::string text = exportComparison(arranged ? *arranged : *result.comparison,
                                              exportFormat, result.skipped, result.warnings);
    if (output.empty()) {
        std::cout << text;
        std::cout.flush();
        if (!std::cout) {
            std::cerr << "parallax-cli: cannot write to standard output\n";
            return kFailure;
        }
        return 0;
    }
    if (const auto error = writeFileAtomically(output, text)) {
        std::cerr << "parallax-cli: " << *error << "\n";
        return kFailure;
    }
    return 0;
}
