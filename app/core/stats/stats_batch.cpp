// Batching of ended sessions before they are written (see stats_batch.h for why).
#include "core/stats/stats_batch.h"

namespace core {

Batch& SessionBatches::openFor(const std::string& day) {
    if (open_ && open_->day != day) {
        dropped_ += open_->sessions;
        open_.reset();
    }
    if (!open_) open_ = Batch{day, label_, 0, {}};
    return *open_;
}

void SessionBatches::addSession(const std::string& day, const std::vector<std::string>& metrics) {
    Batch& batch = openFor(day);
    ++batch.sessions;
    for (const auto& m : metrics) ++batch.counts[m];
    if (batch.sessions >= kBatchSessions) {
        ready_.push_back(std::move(batch));
        open_.reset();
    }
}

void SessionBatches::addCount(const std::string& day, const std::string& metric) { ++openFor(day).counts[metric]; }

} // namespace core
