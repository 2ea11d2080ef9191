// A response as a set of answer indices in one word: no allocation, nothing to wipe apart
// from the session's own sheet.
#include "core/model/response.h"

namespace core {

uint32_t Response::bit(int answer) {
    return answer >= 0 && answer < kMaxAnswers ? uint32_t{1} << static_cast<unsigned>(answer) : 0;
}

Response Response::declined() {
    Response r;
    r.declined_ = true;
    return r;
}

Response Response::of(int answer) { return Response().with(answer); }

bool Response::has(int answer) const { return (chosen_ & bit(answer)) != 0; }

std::vector<int> Response::answers() const {
    std::vector<int> out;
    for (int a = 0; a < kMaxAnswers; ++a) {
        if (has(a)) out.push_back(a);
    }
    return out;
}

Response Response::with(int answer) const {
    Response r = *this;
    if (bit(answer) == 0) return r;
    r.chosen_ |= bit(answer);
    r.declined_ = false;
    return r;
}

Response Response::without(int answer) const {
    Response r = *this;
    r.chosen_ &= ~bit(answer);
    return r;
}

} // namespace core
