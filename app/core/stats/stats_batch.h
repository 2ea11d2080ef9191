// Where ended sessions wait, in memory, before anything reaches the disk. A write to the
// statistics file always carries a whole batch of at least kBatchSessions sessions of one
// day and one event label, so no two states of the file ever differ by fewer than five
// people. Pure: the day and the label are passed in; the store (stats_store.h) writes the
// batches this hands over.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace core {

// Sessions per write; the same threshold as the smallest count ever shown (kSmallCell).
constexpr int kBatchSessions = 5;

struct Batch {
    std::string day;    // YYYY-MM-DD: every session in it ended on that day
    std::string event;  // the event label when the batch began
    int sessions = 0;
    std::map<std::string, int64_t> counts;  // metric -> how many of these sessions count it
};

class SessionBatches {
public:
    // The label for batches that begin from now on; the open batch keeps its own, so
    // relabelling between two visitors cannot single one of them out.
    void setEventLabel(std::string label) { label_ = std::move(label); }

    // One ended session's counters (+1 each). A session of another day than the open
    // batch closes that batch unwritten: its sessions (at most four) are dropped, never
    // written under the wrong day.
    void addSession(const std::string& day, const std::vector<std::string>& metrics);
    // A count that belongs to a session already added (the "was this useful?" tap). It
    // joins the open batch, so it is written with that batch's sessions.
    void addCount(const std::string& day, const std::string& metric);

    // Batches holding kBatchSessions sessions or more, waiting for the disk.
    const std::vector<Batch>& ready() const { return ready_; }
    void markWritten() { ready_.clear(); }

    int openSessions() const { return open_ ? open_->sessions : 0; }
    int droppedSessions() const { return dropped_; }  // since start-up, through a change of day

private:
    Batch& openFor(const std::string& day);

    std::optional<Batch> open_;
    std::vector<Batch> ready_;
    std::string label_;
    int dropped_ = 0;
};

} // namespace core
