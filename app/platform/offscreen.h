// A software renderer drawing into memory, for the headless commands (shoot, monkey)
// and the UI tests: no display, no GPU, no window.
#pragma once
#include <string>

#include <SDL.h>

#include "io/exports/png_file.h"

namespace platform {

class Offscreen {
public:
    Offscreen(int width, int height);
    ~Offscreen();
    Offscreen(const Offscreen&) = delete;
    Offscreen& operator=(const Offscreen&) = delete;

    bool ok() const { return renderer_ != nullptr; }
    SDL_Renderer* renderer() const { return renderer_; }
    int width() const { return width_; }
    int height() const { return height_; }

    // Writes what was last drawn as a PNG; false with `error` set on failure.
    bool savePng(const std::string& path, std::string& error) const;
    // What was last drawn (empty when the renderer could not be made).
    io::RgbaImage image() const;

private:
    int width_, height_;
    SDL_Surface* surface_ = nullptr;
    SDL_Renderer* renderer_ = nullptr;
};

} // namespace platform
