// In-memory software rendering and PNG output (stb_image_write).
#include "platform/offscreen.h"

#include <stb/stb_image_write.h>

namespace platform {

Offscreen::Offscreen(int width, int height) : width_(width), height_(height) {
    // ABGR8888 is R, G, B, A in memory on little-endian machines: what PNG wants.
    surface_ = SDL_CreateRGBSurfaceWithFormat(0, width, height, 32, SDL_PIXELFORMAT_ABGR8888);
    if (surface_) renderer_ = SDL_CreateSoftwareRenderer(surface_);
}

Offscreen::~Offscreen() {
    if (renderer_) SDL_DestroyRenderer(renderer_);
    if (surface_) SDL_FreeSurface(surface_);
}

bool Offscreen::savePng(const std::string& path, std::string& error) const {
    if (!surface_) { error = "no image"; return false; }
    // Screenshots are written by the hundred: fast compression matters more than size.
    stbi_write_png_compression_level = 2;
    if (!stbi_write_png(path.c_str(), width_, height_, 4, surface_->pixels, surface_->pitch)) {
        error = "cannot write " + path;
        return false;
    }
    return true;
}

} // namespace platform
