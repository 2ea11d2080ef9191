#include <doctest/doctest.h>

#include "core/model/response.h"

using core::Response;

TEST_CASE("a response is unanswered, declined, or a set of answers") {
    CHECK(Response().unanswered());
    CHECK_FALSE(Response().answered());
    CHECK(Response::declined().isDeclined());
    CHECK_FALSE(Response::declined().unanswered());
    const Response r = Response::of(3);
    CHECK(r.answered());
    CHECK(r.has(3));
    CHECK_FALSE(r.has(2));
    CHECK(r.answers() == std::vector<int>{3});
}

TEST_CASE("choosing after declining drops the decline; removing the last answer leaves it unanswered") {
    const Response r = Response::declined().with(1).with(4);
    CHECK_FALSE(r.isDeclined());
    CHECK(r.answers() == std::vector<int>{1, 4});
    CHECK(r.without(1).without(4).unanswered());
    CHECK(r.without(1) == Response::of(4));
}

TEST_CASE("answers outside the range a response holds are ignored, never undefined") {
    CHECK(Response::of(-1).unanswered());
    CHECK(Response::of(Response::kMaxAnswers).unanswered());
    CHECK(Response::of(Response::kMaxAnswers - 1).has(Response::kMaxAnswers - 1));
    CHECK_FALSE(Response::of(2).has(Response::kMaxAnswers + 7));
}
