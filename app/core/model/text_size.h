// The person's choice of text size (the "A+" button): its own header so the theme can
// size everything from it without knowing the rest of the kiosk.
#pragma once

namespace core {

enum class TextSize { Normal, Large };

} // namespace core
