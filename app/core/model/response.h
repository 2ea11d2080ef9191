// What a person gave for one question: nothing yet, "prefer not to say", or the answers
// chosen (one for a single-choice question, one or more for a multiple-choice one). The
// rules that differ by question kind are in question_kind.h; this is only the record.
#pragma once
#include <cstdint>
#include <vector>

namespace core {

class Response {
public:
    static constexpr int kMaxAnswers = 32;  // answers a question may have (the loader allows 30)

    Response() = default;  // unanswered
    static Response declined();
    static Response of(int answer);

    bool unanswered() const { return !declined_ && chosen_ == 0; }
    bool isDeclined() const { return declined_; }
    bool answered() const { return chosen_ != 0; }  // at least one answer chosen
    bool has(int answer) const;
    // The answers chosen, lowest index first.
    std::vector<int> answers() const;

    Response with(int answer) const;     // also chosen (no longer declined)
    Response without(int answer) const;  // no longer chosen

    bool operator==(const Response& o) const { return declined_ == o.declined_ && chosen_ == o.chosen_; }
    bool operator!=(const Response& o) const { return !(*this == o); }

private:
    static uint32_t bit(int answer);
    bool declined_ = false;
    uint32_t chosen_ = 0;
};

// Each question's response, by question index.
using AnswerSheet = std::vector<Response>;

} // namespace core
