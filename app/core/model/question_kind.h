// Everything that differs by question kind (single or multiple choice): how the kind is
// written in the content, what a tap on an answer does, whether it moves on, what a
// response scores and whether it raises the crisis. The flow (session, conditions,
// reachability, results, statistics) asks these and nothing else about the kind.
#pragma once
#include <optional>
#include <string>

#include "core/model/content.h"
#include "core/model/response.h"

namespace core {

// The content's name for a kind ("single", "multiple"), and back.
std::optional<QuestionKind> kindNamed(const std::string& name);
const char* kindName(QuestionKind kind);

// Whether two different answers of the question can be given together.
bool allowsSeveral(const Question& question);

// Whether `answer` can be chosen along with those already in `response`: always when
// nothing is chosen; for multiple choice, when neither it nor any chosen answer stands
// `alone`; for single choice, never.
bool canAdd(const Question& question, const Response& response, int answer);

// The response after a tap on `answer`: single choice takes it alone, multiple choice
// toggles it among those already chosen (an answer that stands alone clears the others,
// and is cleared by any other).
Response afterTap(const Question& question, const Response& current, int answer);

// Whether that tap also moves on to the next question (single choice); a multiple-choice
// question waits for "continue".
bool tapMovesOn(const Question& question);

// The response's score: the score of the answer chosen or, for multiple choice, the
// highest of those chosen (the answers overlap: the riskiest way counts once, so a domain's
// range of scores is the same as with a single "first that applies" answer).
int responseScore(const Question& question, const Response& response);
int highestScore(const Question& question);

// Whether any answer chosen is a crisis answer.
bool raisesCrisis(const Question& question, const Response& response);

} // namespace core
