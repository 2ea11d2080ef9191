// Fuzz target: the reachability search. The bytes describe a questionnaire of up to 12
// questions (kind, answers per question, `all` and `any` references to earlier answers); the
// search must end within its bound (libFuzzer's -timeout catches a hang), a question it
// calls shown must be shown by the answers it gives, and up to 7 questions its verdict
// must match trying every answer sheet.
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/assessment/reachability.h"
#include "support/every_sheet.h"

namespace {

class Bytes {
public:
    Bytes(const uint8_t* data, size_t size) : data_(data), size_(size) {}
    int next(int below) { return below <= 0 || at_ >= size_ ? 0 : data_[at_++] % below; }
    bool done() const { return at_ >= size_; }
private:
    const uint8_t* data_;
    size_t size_, at_ = 0;
};

core::Content questionnaire(Bytes& in) {
    core::Content c;
    const int count = 1 + in.next(12);
    for (int q = 0; q < count; ++q) {
        core::Question question;
        question.id = "q" + std::to_string(q);
        if (in.next(3) == 0) question.kind = core::QuestionKind::Multiple;
        const int answers = 1 + in.next(4);
        for (int a = 0; a < answers; ++a) question.answers.push_back(core::Answer{"a" + std::to_string(a), {}, 0, false});
        if (question.kind == core::QuestionKind::Multiple) question.answers[0].alone = in.next(2) == 0;
        auto ref = [&] {
            const int to = in.next(q);
            return core::AnswerRef{to, in.next(static_cast<int>(c.questions[static_cast<size_t>(to)].answers.size()))};
        };
        if (q > 0) {
            for (int k = in.next(3); k > 0; --k) question.showIf.all.push_back(ref());
            for (int k = in.next(5); k > 0; --k) question.showIf.any.push_back(ref());
        }
        c.questions.push_back(question);
    }
    return c;
}


} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    Bytes in(data, size);
    const core::Content c = questionnaire(in);
    // Small bounds too, so running out of steps is exercised: never a wrong "shown".
    const long perQuestion = 1 + in.next(200) * 50;
    for (const core::Reachability& r : {core::decideReachability(c), core::decideReachability(c, perQuestion, perQuestion * 3)}) {
        for (size_t q = 0; q < c.questions.size(); ++q) {
            if (r.reach[q] != core::Reach::Shown) continue;
            const core::AnswerSheet sheet = core::sheetOf(c, r.witness[q]);
            const auto shown = core::shownQuestions(c, sheet);
            if (std::find(shown.begin(), shown.end(), static_cast<int>(q)) == shown.end()) std::abort();
        }
    }
    if (c.questions.size() <= 7) {
        const core::Reachability exact = core::decideReachability(c);
        const std::vector<bool> truth = testing::shownBySomeSheet(c);
        for (size_t q = 0; q < c.questions.size(); ++q) {
            if (exact.reach[q] == core::Reach::Undecided) std::abort();  // far below the bound
            if ((exact.reach[q] == core::Reach::Shown) != truth[q]) std::abort();
        }
    }
    return 0;
}
