// Which language buttons fit beside each other, and whether the rest go behind a picker:
// with 12 or 32 languages the buttons must not leave a 1024×600 screen. The view measures
// the labels; the decision is here.
#pragma once
#include <string>
#include <vector>

#include "core/model/text.h"

namespace core {

struct LanguageButtons {
    std::vector<LanguageIndex> shown;  // as buttons, in content order
    int hidden = 0;                    // behind the picker button (0: no picker)
};

// `widths`: each language button's width; `pickerWidth`: the picker button's. The
// current language is always among the buttons.
LanguageButtons fitLanguageButtons(const std::vector<float>& widths, float available, float gap, LanguageIndex current,
                                   float pickerWidth);

// The picker button's label: "+N", which needs no translation.
std::string pickerLabel(int hidden);

} // namespace core
