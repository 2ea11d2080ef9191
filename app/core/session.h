// One person's pass through the questionnaire. Answers live here, in memory only, and
// nowhere else; wipe() forgets them. Holds no pointer into anything but the content.
#pragma once
#include <vector>

#include "core/condition.h"
#include "core/content.h"

namespace core {

struct Progress {
    int position = 0;       // 1-based number of the current question on this person's path
    int expectedTotal = 0;  // position plus the questions that may still come
};

class Session {
public:
    explicit Session(const Content& content);

    // The question on screen, or -1 once the person is past the last one.
    int currentQuestion() const { return current_; }
    bool finished() const { return current_ < 0; }

    void answer(int answerIndex);  // records the answer and moves on
    void skip();                   // "prefer not to say": counts as unanswered, moves on
    bool back();                   // false when already at the first question
    void wipe();                   // forgets every answer and starts over

    // The answer previously given to the current question, to show it selected after back().
    int currentAnswer() const;
    // Answers that count: those given to questions that are still shown on the path.
    AnswerSheet answers() const;
    Progress progress() const;
    // True when nothing about a person is held: no answer stored, no step taken.
    bool blank() const;  // real answers, "prefer not to say" excluded

    // Demo mode and screenshots: take a sample profile's answers and finish.
    void applyProfile(const Profile& profile);

    const Content& content() const { return *content_; }

private:
    int nextShownAfter(int question) const;
    void moveOn();

    const Content* content_;
    AnswerSheet answers_;
    std::vector<int> history_;  // questions passed, to go back
    int current_ = -1;
};

} // namespace core
