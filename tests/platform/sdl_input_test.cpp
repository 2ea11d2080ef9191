// SDL events into the views' input: a finger whose finger-up was lost does not freeze
// touch, and mouse positions reach the views in drawing pixels on a high-DPI screen.
#include <doctest/doctest.h>

#include "platform/sdl_input.h"

namespace {

SDL_Event finger(Uint32 type, SDL_FingerID id, float x, float y) {
    SDL_Event e{};
    e.type = type;
    e.tfinger.touchId = 1;
    e.tfinger.fingerId = id;
    e.tfinger.x = x;
    e.tfinger.y = y;
    return e;
}

SDL_Event mouseButton(Uint32 type, int x, int y) {
    SDL_Event e{};
    e.type = type;
    e.button.which = 0;
    e.button.button = SDL_BUTTON_LEFT;
    e.button.x = x;
    e.button.y = y;
    return e;
}

} // namespace

TEST_CASE("sdl input: touch recovers after a lost finger-up") {
    platform::SdlInput input;
    REQUIRE(input.translate(finger(SDL_FINGERDOWN, 7, 0.5f, 0.5f), 1000, 600, 1000, 600));
    // Finger 7's finger-up never arrives; SDL no longer counts it as down.
    const auto next = input.translate(finger(SDL_FINGERDOWN, 8, 0.25f, 0.5f), 1000, 600, 1000, 600);
    REQUIRE(next);
    const auto* press = std::get_if<ui::PointerPress>(&*next);
    REQUIRE(press);
    CHECK(press->x == doctest::Approx(250));
    // The new finger drives the UI from now on: its moves and its release are read.
    CHECK(input.translate(finger(SDL_FINGERMOTION, 8, 0.3f, 0.5f), 1000, 600, 1000, 600).has_value());
    CHECK(input.translate(finger(SDL_FINGERMOTION, 7, 0.3f, 0.5f), 1000, 600, 1000, 600) == std::nullopt);
    const auto up = input.translate(finger(SDL_FINGERUP, 8, 0.3f, 0.5f), 1000, 600, 1000, 600);
    REQUIRE(up);
    CHECK(std::holds_alternative<ui::PointerRelease>(*up));
}

TEST_CASE("sdl input: mouse positions are scaled to the drawing size on a high-DPI screen") {
    platform::SdlInput input;
    // A 1000×600-point window drawn at 2000×1200 pixels.
    const auto press = input.translate(mouseButton(SDL_MOUSEBUTTONDOWN, 100, 50), 2000, 1200, 1000, 600);
    REQUIRE(press);
    CHECK(std::get<ui::PointerPress>(*press).x == doctest::Approx(200));
    CHECK(std::get<ui::PointerPress>(*press).y == doctest::Approx(100));
    const auto release = input.translate(mouseButton(SDL_MOUSEBUTTONUP, 400, 300), 2000, 1200, 1000, 600);
    REQUIRE(release);
    CHECK(std::get<ui::PointerRelease>(*release).x == doctest::Approx(800));
    // Same size in points and pixels: unchanged.
    const auto plain = input.translate(mouseButton(SDL_MOUSEBUTTONDOWN, 100, 50), 1000, 600, 1000, 600);
    CHECK(std::get<ui::PointerPress>(*plain).x == doctest::Approx(100));
}
