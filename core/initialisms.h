#pragma once

#include <string_view>

namespace parallax::core {

// The dotted initialism that ends text ("F.B.I.", "U.S.", "N.A.A.C.P.", "p.m."), or empty.
// Opening quotes or brackets in front of it are not part of it.
std::string_view trailingInitialism(std::string_view text);

// Whether a sentence break that ICU put after a dotted initialism is wrong, i.e. `after`
// continues `before`. ICU's suppressions keep "U.S. officials" whole but still break before a
// capital ("the U.S. Supreme Court", "F.B.I. Director James Comey"), where a real boundary
// ("... moved to the U.S. The next day she ...") opens with a function word, a pronoun or a
// quote. Evidence for a continuation: the piece before is only a few words (no sentence), the
// line is a heading (headlines seldom hold two sentences), the next word is a title or an
// institution ("Director", "Senate"), the next words are a multi-word proper noun ("Fish and
// Wildlife Service"), the initialism is a possessive ("the U.S.' allies") or a middle initial
// ("George H.W. Bush"), or a time zone follows a time ("8 p.m. ET").
//
// before and after are trimmed; headingLine is true when the line holding them does not end
// like a sentence and is short.
bool initialismContinues(std::string_view before, std::string_view after, bool headingLine);

} // namespace parallax::core
