// One person's pass through the questionnaire. Answers live here, in memory only, and
// nowhere else; wipe() forgets them. Holds no pointer into anything but the content.
#pragma once
#include <vector>

#include "core/model/condition.h"
#include "core/model/content.h"

namespace core {

struct Progress {
    int position = 0;  // 1-based number of the current question on this person's path
    // The most questions any path shows: the same figure from the first question to the
    // last, whatever is answered, and never below `position`. (An estimate of what may
    // still come would shrink and grow as branches close and open: "Question 3 of 40",
    // then "of 28", then "of 34".)
    int total = 0;
};

class Session {
public:
    explicit Session(const Content& content);

    // The question on screen, or -1 once the person is past the last one.
    int currentQuestion() const { return current_; }
    bool finished() const { return current_ < 0; }

    // A tap on an answer of the current question; what it does depends on the question's
    // kind (question_kind.h): single choice records it and moves on, multiple choice
    // toggles it and waits for goOn().
    void answer(int answerIndex);
    // "Continue": moves on when the current question has a response (an answer chosen, or
    // "prefer not to say" kept from before); false otherwise.
    bool goOn();
    void skip();                   // "prefer not to say": counts as unanswered, moves on
    bool back();                   // false when already at the first question
    void wipe();                   // forgets every answer and starts over

    // The response to the current question so far: answers toggled on, or the one given
    // before back(), to show them selected.
    Response currentResponse() const;
    // Answers that count: those given to questions that are still shown on the path.
    AnswerSheet answers() const;
    Progress progress() const;
    // True when nothing about a person is held: no answer stored, no step taken.
    bool blank() const;  // real answers, "prefer not to say" excluded

    // Demo mode and screenshots: take a sample profile's answers and finish.
    void applyProfile(const Profile& profile);

    const Content& content() const { return *content_; }

    // Forgets every answer without allocating (when memory is short, a person must still
    // be forgotten): the sheet keeps its size, every response unanswered, no question current.
    void forget() noexcept;

private:
    int nextShownAfter(int question) const;
    void moveOn();

    const Content* content_;
    AnswerSheet answers_;
    std::vector<int> history_;  // questions passed, to go back
    int current_ = -1;
    int total_ = 0;  // Progress::total, fixed for the content
};

} // namespace core
