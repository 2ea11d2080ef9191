// The real window's renderer: software without a GPU or when OpenGL runs on the CPU,
// OpenGL on a real GPU, and --renderer decides when given.
#include <doctest/doctest.h>

#include "core/kiosk/renderer_choice.h"

using core::Renderer;
using core::RendererRequest;

TEST_CASE("--renderer takes auto, software or opengl") {
    CHECK(core::parseRendererRequest("auto") == RendererRequest::Auto);
    CHECK(core::parseRendererRequest("software") == RendererRequest::Software);
    CHECK(core::parseRendererRequest("opengl") == RendererRequest::OpenGL);
    CHECK_FALSE(core::parseRendererRequest("OpenGL").has_value());
    CHECK_FALSE(core::parseRendererRequest("").has_value());
    CHECK_FALSE(core::parseRendererRequest("vulkan").has_value());
}

TEST_CASE("Mesa's CPU rasterizers are told from GPU drivers by their GL_RENDERER") {
    CHECK(core::isSoftwareRasterizer("llvmpipe (LLVM 15.0.6, 256 bits)"));
    CHECK(core::isSoftwareRasterizer("softpipe"));
    CHECK(core::isSoftwareRasterizer("Mesa X11 swrast"));
    CHECK(core::isSoftwareRasterizer("Software Rasterizer"));
    CHECK(core::isSoftwareRasterizer("LLVMPIPE"));
    CHECK_FALSE(core::isSoftwareRasterizer("Mesa Intel(R) UHD Graphics 620 (KBL GT2)"));
    CHECK_FALSE(core::isSoftwareRasterizer("AMD Radeon RX 580 Series (polaris10, LLVM 15.0.6, DRM 3.49, 6.1.0-13-amd64)"));
    CHECK_FALSE(core::isSoftwareRasterizer("V3D 4.2"));
    CHECK_FALSE(core::isSoftwareRasterizer(""));
}

TEST_CASE("auto: no GPU device means software, without loading OpenGL to ask") {
    CHECK_FALSE(core::needsOpenGlProbe(RendererRequest::Auto, false));
    CHECK(core::needsOpenGlProbe(RendererRequest::Auto, true));
    CHECK(core::needsOpenGlProbe(RendererRequest::OpenGL, false));
    CHECK_FALSE(core::needsOpenGlProbe(RendererRequest::Software, true));
    const auto choice = core::chooseRenderer(RendererRequest::Auto, {false, true, false, ""});
    CHECK(choice.renderer == Renderer::Software);
    CHECK(choice.reason == "software renderer: no GPU device");
}

TEST_CASE("auto: a GPU device whose OpenGL is llvmpipe still gets the software renderer") {
    const auto choice = core::chooseRenderer(RendererRequest::Auto, {true, true, true, "llvmpipe (LLVM 15.0.6, 256 bits)"});
    CHECK(choice.renderer == Renderer::Software);
    CHECK(choice.reason == "software renderer: OpenGL here is llvmpipe (LLVM 15.0.6, 256 bits), which draws on the CPU");
    CHECK(core::chooseRenderer(RendererRequest::Auto, {true, true, false, ""}).renderer == Renderer::Software);
}

TEST_CASE("auto: a real GPU keeps OpenGL") {
    const auto choice = core::chooseRenderer(RendererRequest::Auto, {true, true, true, "Mesa Intel(R) UHD Graphics 620 (KBL GT2)"});
    CHECK(choice.renderer == Renderer::OpenGL);
    CHECK(choice.reason == "OpenGL renderer, Mesa Intel(R) UHD Graphics 620 (KBL GT2)");
}

TEST_CASE("--renderer software or opengl overrides the measurement") {
    CHECK(core::chooseRenderer(RendererRequest::Software, {true, true, true, "AMD Radeon RX 580"}).renderer == Renderer::Software);
    const auto gl = core::chooseRenderer(RendererRequest::OpenGL, {false, true, true, "llvmpipe (LLVM 15.0.6, 256 bits)"});
    CHECK(gl.renderer == Renderer::OpenGL);
    CHECK(gl.reason == "OpenGL renderer, llvmpipe (LLVM 15.0.6, 256 bits) (--renderer opengl)");
    // Asked for but impossible: the kiosk still starts, on the software renderer.
    const auto none = core::chooseRenderer(RendererRequest::OpenGL, {false, true, false, ""});
    CHECK(none.renderer == Renderer::Software);
    CHECK(none.reason == "software renderer: OpenGL was asked for but cannot be used here");
}

TEST_CASE("auto: where software frames reach the screen through OpenGL anyway (Wayland), OpenGL draws") {
    const auto choice = core::chooseRenderer(RendererRequest::Auto, {false, false, false, ""});
    CHECK(choice.renderer == Renderer::OpenGL);
    CHECK(choice.reason == "OpenGL renderer: the software renderer would reach the screen through OpenGL here");
    CHECK(core::chooseRenderer(RendererRequest::Software, {false, false, false, ""}).renderer == Renderer::Software);
}
