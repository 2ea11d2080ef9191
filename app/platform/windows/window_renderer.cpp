// The real window's renderer on Windows: SDL's software renderer, drawn through the
// window's GDI surface, which every Windows machine has (no driver to probe, nothing to
// load); OpenGL when asked with --renderer opengl, or when the software one fails.
#include "platform/window_renderer.h"

#include <cstdio>
#include <cstring>

namespace platform {
namespace {

SDL_Renderer* createOpenGl(SDL_Window* window) {
    for (int i = 0; i < SDL_GetNumRenderDrivers(); ++i) {
        SDL_RendererInfo info{};
        if (SDL_GetRenderDriverInfo(i, &info) != 0) continue;
        if (std::strcmp(info.name, "opengl") != 0 && std::strcmp(info.name, "opengles2") != 0) continue;
        if (SDL_Renderer* r = SDL_CreateRenderer(window, i, SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC)) return r;
    }
    return nullptr;
}

} // namespace

// No GPU device to look for: core then picks the software renderer for --renderer auto.
core::RendererProbe probeRenderers(core::RendererRequest) { return core::RendererProbe{}; }

SDL_Renderer* createWindowRenderer(SDL_Window* window, core::RendererRequest request, core::RendererProbe probe) {
    probe.windowSurface = true;  // SDL's "windows" driver has a GDI surface of its own
    if (request == core::RendererRequest::OpenGL) probe.openGl = true;
    const core::RendererChoice choice = core::chooseRenderer(request, probe);
    if (choice.renderer == core::Renderer::OpenGL) {
        if (SDL_Renderer* gl = createOpenGl(window)) { std::fprintf(stderr, "repere: %s\n", choice.reason.c_str()); return gl; }
        std::fprintf(stderr, "repere: %s failed (%s): software renderer\n", choice.reason.c_str(), SDL_GetError());
    } else {
        std::fprintf(stderr, "repere: %s\n", choice.reason.c_str());
    }
    if (SDL_Renderer* software = SDL_CreateRenderer(window, -1, SDL_RENDERER_SOFTWARE)) return software;
    std::fprintf(stderr, "repere: no software renderer (%s): OpenGL\n", SDL_GetError());
    return createOpenGl(window);
}

} // namespace platform
