// Days written YYYY-MM-DD: the finest time the statistics keep, and the form of every
// "verified" date in the content. One rule for both.
#pragma once
#include <string>

namespace core {

// Whether `day` is a real calendar day from the year 2000 on, written YYYY-MM-DD.
bool isDay(const std::string& day);

} // namespace core
