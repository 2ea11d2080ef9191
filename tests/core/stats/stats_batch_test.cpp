// Batching before the disk: whole batches of five, one day and one label each.
#include <doctest/doctest.h>

#include "core/stats/stats_batch.h"

TEST_CASE("a batch is ready at five sessions, with that many sessions' counts") {
    core::SessionBatches b;
    for (int i = 0; i < 4; ++i) b.addSession("2026-11-27", {"sessions.started"});
    CHECK(b.ready().empty());
    CHECK(b.openSessions() == 4);
    b.addSession("2026-11-27", {"sessions.started", "crisis.raised"});
    REQUIRE(b.ready().size() == 1);
    CHECK(b.ready()[0].sessions == 5);
    CHECK(b.ready()[0].counts.at("sessions.started") == 5);
    CHECK(b.ready()[0].counts.at("crisis.raised") == 1);
    b.markWritten();
    CHECK(b.ready().empty());
    CHECK(b.openSessions() == 0);
}

TEST_CASE("the change of day drops the open remainder instead of dating it wrong") {
    core::SessionBatches b;
    for (int i = 0; i < 3; ++i) b.addSession("2026-11-27", {"sessions.started"});
    b.addSession("2026-11-28", {"sessions.started"});
    CHECK(b.droppedSessions() == 3);
    CHECK(b.openSessions() == 1);
    for (int i = 0; i < 4; ++i) b.addSession("2026-11-28", {"sessions.started"});
    REQUIRE(b.ready().size() == 1);
    CHECK(b.ready()[0].day == "2026-11-28");
}

TEST_CASE("the label is the one set when the batch began") {
    core::SessionBatches b;
    b.setEventLabel("A");
    b.addSession("2026-11-27", {"x"});
    b.setEventLabel("B");
    for (int i = 0; i < 4; ++i) b.addSession("2026-11-27", {"x"});
    b.addSession("2026-11-27", {"x"});
    REQUIRE(b.ready().size() == 1);
    CHECK(b.ready()[0].event == "A");
    CHECK(b.openSessions() == 1);
}

TEST_CASE("a late count joins the open batch without counting as a session") {
    core::SessionBatches b;
    b.addCount("2026-11-27", "useful.yes");
    for (int i = 0; i < 5; ++i) b.addSession("2026-11-27", {"x"});
    REQUIRE(b.ready().size() == 1);
    CHECK(b.ready()[0].counts.at("useful.yes") == 1);
    CHECK(b.ready()[0].sessions == 5);
}
