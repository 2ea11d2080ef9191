// In-memory software rendering and PNG output.
#include "platform/offscreen.h"

#include "io/exports/png_file.h"

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
    return io::writePng(path, image(), error);
}

io::RgbaImage Offscreen::image() const {
    if (!surface_) return {};
    return {static_cast<const uint8_t*>(surface_->pixels), width_, height_, surface_->pitch};
}

} // namespace platform
