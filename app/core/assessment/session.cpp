// Session flow: branching decides the next question from the answers so far.
#include "core/assessment/session.h"

#include <algorithm>

#include "core/model/question_kind.h"
#include "core/assessment/path_length.h"
#include "core/assessment/reachability.h"

namespace core {

Session::Session(const Content& content)
    : content_(&content), total_(content.longestPath > 0 ? content.longestPath : longestPath(content).questions) {
    wipe();
}

void Session::forget() noexcept {
    for (Response& r : answers_) r = Response();
    history_.clear();
    current_ = -1;
}

void Session::wipe() {
    answers_.assign(content_->questions.size(), Response());
    answers_.shrink_to_fit();
    history_.clear();
    current_ = nextShownAfter(-1);
}

namespace {
// Drops answers left on questions that are no longer on the path (an earlier answer
// changed after back()), so they cannot open branches.
AnswerSheet onPath(const Content& content, const AnswerSheet& raw) {
    AnswerSheet sheet(raw.size());
    for (int q : shownQuestions(content, raw)) sheet[static_cast<size_t>(q)] = raw[static_cast<size_t>(q)];
    return sheet;
}
} // namespace

int Session::nextShownAfter(int question) const {
    const AnswerSheet sheet = onPath(*content_, answers_);
    for (int q = question + 1; q < static_cast<int>(content_->questions.size()); ++q) {
        if (isShown(*content_, q, sheet)) return q;
    }
    return -1;
}

void Session::moveOn() {
    history_.push_back(current_);
    current_ = nextShownAfter(current_);
}

void Session::answer(int answerIndex) {
    if (finished()) return;
    const Question& question = content_->questions[static_cast<size_t>(current_)];
    if (answerIndex < 0 || answerIndex >= static_cast<int>(question.answers.size())) return;
    Response& response = answers_[static_cast<size_t>(current_)];
    response = afterTap(question, response, answerIndex);
    if (tapMovesOn(question)) moveOn();
}

bool Session::goOn() {
    if (finished() || currentResponse().unanswered()) return false;
    moveOn();
    return true;
}

void Session::skip() {
    if (finished()) return;
    answers_[static_cast<size_t>(current_)] = Response::declined();
    moveOn();
}

bool Session::back() {
    if (history_.empty()) return false;
    current_ = history_.back();
    history_.pop_back();
    return true;
}

Response Session::currentResponse() const {
    return finished() ? Response() : answers_[static_cast<size_t>(current_)];
}

AnswerSheet Session::answers() const {
    // A question can become hidden when an earlier answer changes after back(); its
    // old answer must then count for nothing.
    AnswerSheet effective = onPath(*content_, answers_);
    if (!finished()) {
        for (size_t q = static_cast<size_t>(current_); q < effective.size(); ++q) effective[q] = Response();
    }
    return effective;
}

bool Session::blank() const {
    return history_.empty() && std::all_of(answers_.begin(), answers_.end(), [](const Response& r) { return r.unanswered(); });
}

Progress Session::progress() const {
    Progress p;
    p.position = static_cast<int>(history_.size()) + (finished() ? 0 : 1);
    p.total = total_;
    return p;
}

void Session::applyProfile(const Profile& profile) {
    wipe();
    answers_ = sheetOf(*content_, profile.answers);
    while (!finished()) {
        Response& response = answers_[static_cast<size_t>(current_)];
        if (response.unanswered()) response = Response::declined();
        moveOn();
    }
}

} // namespace core
