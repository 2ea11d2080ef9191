// Which renderer draws the kiosk's real window. Without a GPU, Mesa's OpenGL is a software
// rasterizer (llvmpipe, softpipe, swrast) that adds about 100 MB of resident memory and
// gains no speed over SDL's own software renderer (bench/real_window.sh measures both),
// so the kiosk takes SDL's software renderer there and OpenGL where a real GPU draws.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace core {

enum class RendererRequest { Auto, Software, OpenGL };  // --renderer auto|software|opengl
enum class Renderer { Software, OpenGL };

// "auto", "software" or "opengl"; none for anything else.
std::optional<RendererRequest> parseRendererRequest(std::string_view name);

// Whether a GL_RENDERER string names a rasterizer running on the CPU.
bool isSoftwareRasterizer(std::string_view glRenderer);

// What the platform found. Without a GPU device (/dev/dri) OpenGL can only be software,
// so `auto` does not even load it to ask.
struct RendererProbe {
    bool gpuDevice = false;
    // The video driver shows a frame drawn in memory as it is (X11). Elsewhere (Wayland,
    // KMS) SDL's software renderer reaches the screen through an OpenGL texture, so
    // OpenGL loads anyway and might as well draw.
    bool windowSurface = true;
    bool openGl = false;        // an OpenGL renderer could be made (and was asked)
    std::string glRenderer;     // its GL_RENDERER string, when asked
};

// Whether OpenGL must be made (and its GL_RENDERER read) before choosing.
bool needsOpenGlProbe(RendererRequest request, bool gpuDevice);

struct RendererChoice {
    Renderer renderer = Renderer::Software;
    std::string reason;  // for the log: "software renderer: OpenGL here is llvmpipe …"
};

RendererChoice chooseRenderer(RendererRequest request, const RendererProbe& probe);

} // namespace core
