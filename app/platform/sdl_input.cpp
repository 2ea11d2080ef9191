// SDL event translation.
#include "platform/sdl_input.h"

namespace platform {
namespace {
std::optional<ui::InputEvent> key(SDL_Keycode k) {
    if (k >= SDLK_0 && k <= SDLK_9) return ui::KeyPress{core::Key::Digit, static_cast<int>(k - SDLK_0)};
    if (k >= SDLK_KP_1 && k <= SDLK_KP_9) return ui::KeyPress{core::Key::Digit, static_cast<int>(k - SDLK_KP_1 + 1)};
    if (k == SDLK_KP_0) return ui::KeyPress{core::Key::Digit, 0};
    switch (k) {
    case SDLK_RETURN:
    case SDLK_KP_ENTER: return ui::KeyPress{core::Key::Enter, 0};
    case SDLK_BACKSPACE: return ui::KeyPress{core::Key::Backspace, 0};
    case SDLK_ESCAPE: return ui::KeyPress{core::Key::Escape, 0};
    default: return std::nullopt;
    }
}
// Whether SDL still counts `finger` as down on `touch`.
bool stillDown(SDL_TouchID touch, SDL_FingerID finger) {
    if (SDL_WasInit(SDL_INIT_VIDEO) == 0) return false;  // no touch devices without video
    const int n = SDL_GetNumTouchFingers(touch);
    for (int i = 0; i < n; ++i) {
        if (const SDL_Finger* f = SDL_GetTouchFinger(touch, i); f && f->id == finger) return true;
    }
    return false;
}

float ratio(int pixels, int points) { return points > 0 && pixels > 0 ? static_cast<float>(pixels) / static_cast<float>(points) : 1.f; }

} // namespace

std::optional<ui::InputEvent> SdlInput::translate(const SDL_Event& e, int width, int height, int windowWidth, int windowHeight) {
    const float w = static_cast<float>(width), h = static_cast<float>(height);
    const float sx = ratio(width, windowWidth), sy = ratio(height, windowHeight);
    switch (e.type) {
    case SDL_FINGERDOWN:
        // A second finger while the first is really down is ignored; a held finger SDL no
        // longer knows lost its finger-up, and the new one takes over.
        if (finger_ && stillDown(fingerTouch_, *finger_)) return std::nullopt;
        finger_ = e.tfinger.fingerId;
        fingerTouch_ = e.tfinger.touchId;
        return ui::PointerPress{e.tfinger.x * w, e.tfinger.y * h};
    case SDL_FINGERMOTION:
        if (finger_ != e.tfinger.fingerId) return std::nullopt;
        return ui::PointerMove{e.tfinger.x * w, e.tfinger.y * h};
    case SDL_FINGERUP:
        if (finger_ != e.tfinger.fingerId) return std::nullopt;
        finger_.reset();
        return ui::PointerRelease{e.tfinger.x * w, e.tfinger.y * h};
    case SDL_MOUSEBUTTONDOWN:
        if (e.button.which == SDL_TOUCH_MOUSEID || e.button.button != SDL_BUTTON_LEFT) return std::nullopt;
        return ui::PointerPress{static_cast<float>(e.button.x) * sx, static_cast<float>(e.button.y) * sy};
    case SDL_MOUSEBUTTONUP:
        if (e.button.which == SDL_TOUCH_MOUSEID || e.button.button != SDL_BUTTON_LEFT) return std::nullopt;
        return ui::PointerRelease{static_cast<float>(e.button.x) * sx, static_cast<float>(e.button.y) * sy};
    case SDL_MOUSEMOTION:
        if (e.motion.which == SDL_TOUCH_MOUSEID || !(e.motion.state & SDL_BUTTON_LMASK)) return std::nullopt;
        return ui::PointerMove{static_cast<float>(e.motion.x) * sx, static_cast<float>(e.motion.y) * sy};
    case SDL_MOUSEWHEEL:
        if (e.wheel.which == SDL_TOUCH_MOUSEID) return std::nullopt;
        return ui::Wheel{static_cast<float>(e.wheel.y)};
    case SDL_KEYDOWN:
        if (e.key.repeat) return std::nullopt;
        return key(e.key.keysym.sym);
    case SDL_TEXTINPUT: return ui::TextInput{e.text.text};
    default: return std::nullopt;
    }
}

} // namespace platform
