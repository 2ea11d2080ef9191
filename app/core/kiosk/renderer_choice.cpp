// The renderer decision for a real window.
#include "core/kiosk/renderer_choice.h"

#include <algorithm>
#include <cctype>

namespace core {

std::optional<RendererRequest> parseRendererRequest(std::string_view name) {
    if (name == "auto") return RendererRequest::Auto;
    if (name == "software") return RendererRequest::Software;
    if (name == "opengl") return RendererRequest::OpenGL;
    return std::nullopt;
}

bool isSoftwareRasterizer(std::string_view glRenderer) {
    std::string lower(glRenderer);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (const char* name : {"llvmpipe", "softpipe", "swrast", "software rasterizer"}) {
        if (lower.find(name) != std::string::npos) return true;
    }
    return false;
}

bool needsOpenGlProbe(RendererRequest request, bool gpuDevice) {
    return request == RendererRequest::OpenGL || (request == RendererRequest::Auto && gpuDevice);
}

RendererChoice chooseRenderer(RendererRequest request, const RendererProbe& probe) {
    const std::string gl = probe.glRenderer.empty() ? "OpenGL" : probe.glRenderer;
    switch (request) {
    case RendererRequest::Software: return {Renderer::Software, "software renderer (--renderer software)"};
    case RendererRequest::OpenGL:
        if (probe.openGl) return {Renderer::OpenGL, "OpenGL renderer, " + gl + " (--renderer opengl)"};
        return {Renderer::Software, "software renderer: OpenGL was asked for but cannot be used here"};
    case RendererRequest::Auto: break;
    }
    if (!probe.windowSurface) return {Renderer::OpenGL, "OpenGL renderer: the software renderer would reach the screen through OpenGL here"};
    if (!probe.gpuDevice) return {Renderer::Software, "software renderer: no GPU device"};
    if (!probe.openGl) return {Renderer::Software, "software renderer: OpenGL cannot be used here"};
    if (isSoftwareRasterizer(probe.glRenderer)) {
        return {Renderer::Software, "software renderer: OpenGL here is " + gl + ", which draws on the CPU"};
    }
    return {Renderer::OpenGL, "OpenGL renderer, " + gl};
}

} // namespace core
