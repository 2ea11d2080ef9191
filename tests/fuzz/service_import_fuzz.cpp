// Fuzz target: what the service importers read from outside. The first byte picks the
// reader: a FINESS extract, a CSV file, or an opening_hours value. None may crash; a
// FINESS read either gives an extract or an error; opening hours that parse must read
// back the same from their own formatting.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/model/csv.h"
#include "core/directory/finess_import.h"
#include "core/model/opening_hours.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0;
    const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
    switch (data[0] % 3) {
    case 0: {
        const auto read = core::readFinessExtract(text);
        if (!read.extract && read.problems.empty()) std::abort();
        break;
    }
    case 1: {
        const auto read = core::readCsv(text);
        if (!read.table && read.error.empty()) std::abort();
        break;
    }
    default: {
        const auto parsed = core::parseOpeningHours(text);
        if (parsed.hours.has_value() == parsed.error.has_value()) std::abort();
        if (parsed.error && parsed.error->offset > text.size()) std::abort();
        if (parsed.hours) {
            const auto again = core::parseOpeningHours(core::formatOpeningHours(*parsed.hours));
            if (!again.hours || again.hours->week != parsed.hours->week) std::abort();
            for (int day = 0; day < 7; ++day) {
                for (int minute : {0, 179, 720, 1439}) (void)core::openState(*parsed.hours, {day, minute, day == 3});
            }
        }
    }
    }
    return 0;
}
