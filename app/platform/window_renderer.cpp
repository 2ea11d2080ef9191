// GPU device lookup, OpenGL probe and renderer creation for the real window.
#include "platform/window_renderer.h"

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>

namespace platform {
namespace {

// A DRM device a GPU driver made (renderD128, card0…); none on a machine without a GPU.
bool hasGpuDevice() {
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator("/dev/dri", ec)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind("renderD", 0) == 0 || name.rfind("card", 0) == 0) return true;
    }
    return false;
}

// The current OpenGL context's GL_RENDERER, or "" when it cannot be read.
std::string glRendererString() {
    using GetString = const unsigned char* (*)(unsigned int);
    auto getString = reinterpret_cast<GetString>(SDL_GL_GetProcAddress("glGetString"));
    constexpr unsigned int kGlRenderer = 0x1F01;
    const unsigned char* name = getString ? getString(kGlRenderer) : nullptr;
    return name ? reinterpret_cast<const char*>(name) : "";
}

SDL_Renderer* createOpenGl(SDL_Window* window) {
    for (int i = 0; i < SDL_GetNumRenderDrivers(); ++i) {
        SDL_RendererInfo info{};
        if (SDL_GetRenderDriverInfo(i, &info) != 0) continue;
        if (std::strcmp(info.name, "opengl") != 0 && std::strcmp(info.name, "opengles2") != 0) continue;
        if (SDL_Renderer* r = SDL_CreateRenderer(window, i, SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC)) return r;
    }
    return nullptr;
}

// In the child: a hidden window with an OpenGL renderer; its GL_RENDERER to `out`.
[[noreturn]] void probeInChild(int out) {
    SDL_Window* window = SDL_Init(SDL_INIT_VIDEO) == 0 ? SDL_CreateWindow("", 0, 0, 16, 16, SDL_WINDOW_HIDDEN | SDL_WINDOW_OPENGL) : nullptr;
    SDL_Renderer* gl = window ? createOpenGl(window) : nullptr;
    const std::string name = gl ? glRendererString() : "";
    const bool written = gl && write(out, name.data(), name.size()) == static_cast<ssize_t>(name.size());
    _exit(written ? 0 : 1);
}

// What the child said, within 5 seconds (a driver that hangs counts as no OpenGL).
void readProbe(int in, pid_t child, core::RendererProbe& probe) {
    char buffer[256];
    pollfd wait{in, POLLIN, 0};
    ssize_t n = 0;
    while (poll(&wait, 1, 5000) == 1 && (n = read(in, buffer, sizeof buffer)) > 0) probe.glRenderer.append(buffer, static_cast<size_t>(n));
    if (n != 0) kill(child, SIGKILL);  // still running after the time allowed
    int status = 0;
    probe.openGl = waitpid(child, &status, 0) == child && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

} // namespace

core::RendererProbe probeRenderers(core::RendererRequest request) {
    core::RendererProbe probe;
    probe.gpuDevice = hasGpuDevice();
    // --renderer opengl asks its own renderer in this process; software asks nothing.
    if (request != core::RendererRequest::Auto || !core::needsOpenGlProbe(request, probe.gpuDevice)) return probe;
    int pipeEnds[2];
    if (pipe(pipeEnds) != 0) return probe;
    std::fflush(nullptr);
    const pid_t child = fork();
    if (child == 0) { close(pipeEnds[0]); probeInChild(pipeEnds[1]); }
    close(pipeEnds[1]);
    if (child > 0) readProbe(pipeEnds[0], child, probe);
    close(pipeEnds[0]);
    return probe;
}

SDL_Renderer* createWindowRenderer(SDL_Window* window, core::RendererRequest request, core::RendererProbe probe) {
    const char* driver = SDL_GetCurrentVideoDriver();
    probe.windowSurface = driver && (std::strcmp(driver, "x11") == 0 || std::strcmp(driver, "dummy") == 0);
    SDL_Renderer* gl = nullptr;
    if (request == core::RendererRequest::OpenGL) {
        gl = createOpenGl(window);
        probe.openGl = gl != nullptr;
        if (gl) probe.glRenderer = glRendererString();
    }
    const core::RendererChoice choice = core::chooseRenderer(request, probe);
    if (choice.renderer == core::Renderer::OpenGL && !gl) gl = createOpenGl(window);
    if (gl) { std::fprintf(stderr, "repere: %s\n", choice.reason.c_str()); return gl; }
    if (choice.renderer == core::Renderer::OpenGL) std::fprintf(stderr, "repere: %s failed (%s): software renderer\n", choice.reason.c_str(), SDL_GetError());
    else std::fprintf(stderr, "repere: %s\n", choice.reason.c_str());
    // Otherwise SDL draws X11's window surface through OpenGL, which loads Mesa (llvmpipe
    // and LLVM: 95 MB resident under Xvfb) for nothing. Other drivers have no surface of
    // their own (core chose OpenGL there unless --renderer software): the texture is the way.
    if (probe.windowSurface) SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    if (SDL_Renderer* software = SDL_CreateRenderer(window, -1, SDL_RENDERER_SOFTWARE)) return software;
    if (choice.renderer == core::Renderer::OpenGL) return nullptr;  // both were tried
    // No software window surface after all: draw with OpenGL directly rather than not at all.
    std::fprintf(stderr, "repere: no software window surface on this display (%s): OpenGL\n", SDL_GetError());
    SDL_ResetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION);
    return createOpenGl(window);
}

} // namespace platform
