// Fitting language buttons into a row.
#include "core/model/language_choice.h"

#include <algorithm>

namespace core {

LanguageButtons fitLanguageButtons(const std::vector<float>& widths, float available, float gap, LanguageIndex current,
                                   float pickerWidth) {
    LanguageButtons out;
    float all = 0;
    for (float w : widths) all += w + gap;
    if (all - gap <= available) {
        for (size_t l = 0; l < widths.size(); ++l) out.shown.push_back(static_cast<LanguageIndex>(l));
        return out;
    }
    // The current language first, then the others in order, while they fit beside the picker.
    float used = pickerWidth;
    const bool hasCurrent = current >= 0 && static_cast<size_t>(current) < widths.size();
    if (hasCurrent) {
        out.shown.push_back(current);
        used += gap + widths[static_cast<size_t>(current)];
    }
    for (size_t l = 0; l < widths.size(); ++l) {
        if (static_cast<LanguageIndex>(l) == current) continue;
        if (used + gap + widths[l] > available) break;
        used += gap + widths[l];
        out.shown.push_back(static_cast<LanguageIndex>(l));
    }
    std::sort(out.shown.begin(), out.shown.end());
    out.hidden = static_cast<int>(widths.size() - out.shown.size());
    return out;
}

std::string pickerLabel(int hidden) { return "+" + std::to_string(hidden); }

} // namespace core
