// What the views need besides core state: fonts, sizes, touch input, the widget
// registry and the scroll position of the current screen. Owned by the platform loop;
// holds nothing about a person.
#pragma once
#include <string>

#include <imgui/imgui.h>

#include "ui/theme.h"
#include "ui/touch.h"

namespace ui {

struct FontSet {
    ImFont* body = nullptr;
    ImFont* bold = nullptr;
    ImFont* title = nullptr;
    ImFont* small = nullptr;
};

struct UiContext {
    Metrics metrics;
    FontSet fonts;
    Touch touch;
    WidgetRegistry registry;
    bool tapsBlocked = false;     // an overlay (idle countdown) takes every tap
    float scrollY = 0;            // scroll of the current screen's content, px
    float scrollMax = 0;          // known after the content was drawn
    std::string scrollKey;        // which content scrollY belongs to; a new key starts at the top
};

} // namespace ui
