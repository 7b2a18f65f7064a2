#include "core/spelling_variants.h"

#include <array>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace parallax::core {

namespace {

// Whole words, in any language: names whose spelling changed, a sign for a word.
const std::unordered_map<std::string, std::string>& namesAndSigns()
{
    static const std::unordered_map<std::string, std::string> words{
        {"kiev", "kyiv"},
        {"kharkov", "kharkiv"},
        {"odessa", "odesa"},
        // "percent" in the languages that write it as one word, and the sign itself.
        {"percent", "%"},
        {"prozent", "%"},
        {"procent", "%"},
        {"prosent", "%"},
        {"prosenttia", "%"},
        {"процент", "%"},
        {"процента", "%"},
        {"процентов", "%"},
        {"проценты", "%"},
    };
    return words;
}

// English words with no family rule: British → American.
const std::unordered_map<std::string, std::string>& englishWords()
{
    static const std::unordered_map<std::string, std::string> words{
        // -ll- before a suffix, where American keeps one l (stress on the stem's first
        // syllable); listed, because "filled" and "rolled" keep theirs.
        {"travelled", "traveled"},
        {"travelling", "traveling"},
        {"traveller", "traveler"},
        {"travellers", "travelers"},
        {"cancelled", "canceled"},
        {"cancelling", "canceling"},
        {"labelled", "labeled"},
        {"labelling", "labeling"},
        {"modelled", "modeled"},
        {"modelling", "modeling"},
        {"fuelled", "fueled"},
        {"fuelling", "fueling"},
        {"signalled", "signaled"},
        {"signalling", "signaling"},
        {"totalled", "totaled"},
        {"totalling", "totaling"},
        {"levelled", "leveled"},
        {"levelling", "leveling"},
        {"channelled", "channeled"},
        {"channelling", "channeling"},
        {"counselled", "counseled"},
        {"counselling", "counseling"},
        {"counsellor", "counselor"},
        {"counsellors", "counselors"},
        {"marshalled", "marshaled"},
        {"quarrelled", "quarreled"},
        {"quarrelling", "quarreling"},
        {"rivalled", "rivaled"},
        {"dialled", "dialed"},
        {"dialling", "dialing"},
        {"tunnelled", "tunneled"},
        {"tunnelling", "tunneling"},
        {"funnelled", "funneled"},
        {"equalled", "equaled"},
        {"jewellery", "jewelry"},
        {"marvellous", "marvelous"},
        {"woollen", "woolen"},
        // One l where American has two.
        {"enrol", "enroll"},
        {"enrolment", "enrollment"},
        {"enrolments", "enrollments"},
        {"fulfil", "fulfill"},
        {"fulfils", "fulfills"},
        {"fulfilment", "fulfillment"},
        {"instalment", "installment"},
        {"instalments", "installments"},
        {"skilful", "skillful"},
        {"wilful", "willful"},
        {"distil", "distill"},
        {"instil", "instill"},
        // ae and oe.
        {"paediatric", "pediatric"},
        {"paediatrics", "pediatrics"},
        {"paediatrician", "pediatrician"},
        {"paediatricians", "pediatricians"},
        {"anaemia", "anemia"},
        {"anaemic", "anemic"},
        {"anaesthetic", "anesthetic"},
        {"anaesthetics", "anesthetics"},
        {"anaesthesia", "anesthesia"},
        {"orthopaedic", "orthopedic"},
        {"encyclopaedia", "encyclopedia"},
        {"oestrogen", "estrogen"},
        {"foetus", "fetus"},
        {"foetal", "fetal"},
        {"diarrhoea", "diarrhea"},
        {"haemorrhage", "hemorrhage"},
        {"haemoglobin", "hemoglobin"},
        {"leukaemia", "leukemia"},
        {"gynaecology", "gynecology"},
        {"gynaecologist", "gynecologist"},
        {"mediaeval", "medieval"},
        {"manoeuvre", "maneuver"},
        {"manoeuvres", "maneuvers"},
        {"manoeuvred", "maneuvered"},
        {"manoeuvring", "maneuvering"},
        // Titles as AP abbreviates them before a name ("Sen. Kerry", "Gov. Brown"), as other
        // papers write them out.
        {"sen", "senator"},
        {"sens", "senators"},
        {"rep", "representative"},
        {"reps", "representatives"},
        {"gov", "governor"},
        {"govs", "governors"},
        {"lt", "lieutenant"},
        {"gen", "general"},
        {"col", "colonel"},
        {"capt", "captain"},
        {"sgt", "sergeant"},
        {"adm", "admiral"},
        {"atty", "attorney"},
        {"supt", "superintendent"},
        {"dept", "department"},
        {"govt", "government"},
        // States as AP abbreviates them ("R-Calif.", "Tallahassee, Fla."); only those that are
        // no other word ("Ark.", "Ill.", "Miss.", "Wash." and "Ore." are).
        {"ala", "alabama"},
        {"ariz", "arizona"},
        {"calif", "california"},
        {"colo", "colorado"},
        {"conn", "connecticut"},
        {"fla", "florida"},
        {"kan", "kansas"},
        {"mich", "michigan"},
        {"minn", "minnesota"},
        {"mont", "montana"},
        {"neb", "nebraska"},
        {"nev", "nevada"},
        {"okla", "oklahoma"},
        {"tenn", "tennessee"},
        {"wis", "wisconsin"},
        {"wyo", "wyoming"},
        // -ence, -ogue.
        {"defence", "defense"},
        {"defences", "defenses"},
        {"offence", "offense"},
        {"offences", "offenses"},
        {"licence", "license"},
        {"licences", "licenses"},
        {"pretence", "pretense"},
        {"dialogue", "dialog"},
        {"dialogues", "dialogs"},
        {"catalogue", "catalog"},
        {"catalogues", "catalogs"},
        {"catalogued", "cataloged"},
        {"analogue", "analog"},
        // Others.
        {"grey", "gray"},
        {"greys", "grays"},
        {"cheque", "check"},
        {"cheques", "checks"},
        {"tyre", "tire"},
        {"tyres", "tires"},
        {"aluminium", "aluminum"},
        {"sceptic", "skeptic"},
        {"sceptics", "skeptics"},
        {"sceptical", "skeptical"},
        {"scepticism", "skepticism"},
        {"mould", "mold"},
        {"mouldy", "moldy"},
        {"plough", "plow"},
        {"ploughed", "plowed"},
        {"programme", "program"},
        {"programmes", "programs"},
        {"storey", "story"},
        {"storeys", "stories"},
        {"kerb", "curb"},
        {"pyjamas", "pajamas"},
        {"ageing", "aging"},
        {"judgement", "judgment"},
        {"judgements", "judgments"},
        {"acknowledgement", "acknowledgment"},
        {"draught", "draft"},
        {"moustache", "mustache"},
        {"sulphur", "sulfur"},
        {"artefact", "artifact"},
        {"artefacts", "artifacts"},
        {"cosy", "cozy"},
        {"gaol", "jail"},
        {"practise", "practice"},
        {"practised", "practiced"},
        {"practising", "practicing"},
        {"towards", "toward"},
        {"afterwards", "afterward"},
        {"amongst", "among"},
        {"whilst", "while"},
        {"learnt", "learned"},
        {"spelt", "spelled"},
        {"burnt", "burned"},
        {"dreamt", "dreamed"},
        {"leapt", "leaped"},
    };
    return words;
}

// Stems of the "-our" family ("colour", "harbour"), kept to a list: "four", "hour", "tour"
// and "our" are no such words.
const std::unordered_set<std::string_view>& ourStems()
{
    static const std::unordered_set<std::string_view> stems{
        "ardour",    "armour",    "behaviour", "candour",   "clamour", "colour",
        "demeanour", "endeavour", "favour",    "fervour",   "flavour", "harbour",
        "honour",    "humour",    "labour",    "neighbour", "odour",   "parlour",
        "rancour",   "rigour",    "rumour",    "saviour",   "savour",  "splendour",
        "succour",   "tumour",    "valour",    "vapour",    "vigour",
    };
    return stems;
}

// Stems of the "-re" family ("centre", "litre").
const std::unordered_set<std::string_view>& reStems()
{
    static const std::unordered_set<std::string_view> stems{
        "calibre", "centimetre", "centre", "fibre",   "kilometre", "litre",   "lustre",  "meagre",
        "metre",   "millimetre", "sabre",  "sceptre", "sombre",    "spectre", "theatre",
    };
    return stems;
}

// Words that end in "-ise" in American English too; everything else of at least three letters
// before "-ise" takes "-ize" ("organise", "realised", "privatisation").
const std::unordered_set<std::string_view>& iseWords()
{
    static const std::unordered_set<std::string_view> words{
        "advertise", "advise",    "apprise",    "arise",      "chastise", "circumcise",
        "clockwise", "comprise",  "compromise", "concise",    "cruise",   "demise",
        "despise",   "devise",    "disguise",   "enterprise", "excise",   "exercise",
        "expertise", "franchise", "improvise",  "incise",     "likewise", "merchandise",
        "otherwise", "paradise",  "praise",     "appraise",   "precise",  "premise",
        "promise",   "reprise",   "revise",     "supervise",  "surmise",  "surprise",
        "televise",  "treatise",  "bruise",     "chemise",    "noise",    "poise",
        "raise",     "tortoise",  "porpoise",   "turquoise",  "valise",   "mortise",
        "uprise",
    };
    return words;
}

// "colours" → "colors": a "-our" stem and one of its endings.
bool ourFamily(std::string& word)
{
    if (word.find("our") == std::string::npos) { // most words: one scan, no lookups
        return false;
    }
    static constexpr std::array<std::string_view, 21> endings{
        "",   "s",   "ed",   "ing",  "ings",  "ite", "ites", "able", "ably", "ful", "fully",
        "er", "ers", "less", "hood", "hoods", "ist", "ists", "ism",  "ly",   "y"};
    for (const std::string_view ending : endings) {
        if (word.size() > ending.size() && word.ends_with(ending)) {
            const std::string_view stem =
                std::string_view(word).substr(0, word.size() - ending.size());
            if (ourStems().contains(stem)) {
                word.erase(stem.size() - 2, 1); // "colour" → "color"
                return true;
            }
        }
    }
    return false;
}

// "centres", "centred" → "centers", "centered".
bool reFamily(std::string& word)
{
    if (word.find("re") == std::string::npos) {
        return false;
    }
    for (const std::string_view ending :
         {std::string_view(""), std::string_view("s"), std::string_view("d")}) {
        if (word.size() > ending.size() && word.ends_with(ending)) {
            const std::string_view stem =
                std::string_view(word).substr(0, word.size() - ending.size());
            if (reStems().contains(stem)) {
                const std::string base(stem.substr(0, stem.size() - 2));
                word = base + "er" + (ending == "d" ? "ed" : std::string(ending));
                return true;
            }
        }
    }
    return false;
}

// "-ise" → "-ize" and "-yse" → "-yze" with their endings ("organisations", "analysing").
bool iseFamily(std::string& word)
{
    if (word.find("is") == std::string::npos && word.find("ys") == std::string::npos) {
        return false;
    }
    // "-is" + ending, and "-ys" + the same ending.
    static constexpr std::array<std::string_view, 10> is{
        "ise",   "ises",    "ised",     "ising",  "iser",
        "isers", "isation", "isations", "isable", "isational"};
    static constexpr std::array<std::string_view, 10> ys{
        "yse",   "yses",    "ysed",     "ysing",  "yser",
        "ysers", "ysation", "ysations", "ysable", "ysational"};
    for (std::size_t i = 0; i < is.size(); ++i) {
        const bool y = word.ends_with(ys[i]);
        if (!y && !word.ends_with(is[i])) {
            continue;
        }
        const std::size_t at = word.size() - is[i].size();
        if (at < 3) { // "rise", "raised", "crises": no family
            return false;
        }
        if (!y && iseWords().contains(word.substr(0, at) + "ise")) {
            return false;
        }
        word[at + 1] = 'z';
        return true;
    }
    return false;
}

} // namespace

std::string unifiedSpelling(std::string word, bool english)
{
    if (const auto it = namesAndSigns().find(word); it != namesAndSigns().end()) {
        return it->second;
    }
    if (!english) {
        return word;
    }
    // A possessive takes the spelling of its noun: "programme's" → "program's" (tokens drop
    // the "'s" after this).
    const bool possessive = word.ends_with("'s") && word.size() > 2;
    std::string base = possessive ? word.substr(0, word.size() - 2) : std::move(word);
    if (const auto it = englishWords().find(base); it != englishWords().end()) {
        base = it->second;
    } else if (!ourFamily(base) && !reFamily(base)) {
        iseFamily(base);
    }
    return possessive ? base + "'s" : base;
}

} // namespace parallax::core
