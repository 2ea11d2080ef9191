// PROJ behind lambert93.h: one transformation object, built on first use.
#include "geo/lambert93.h"

#include <cmath>
#include <memory>

#include <proj.h>

namespace geo {
namespace {

struct Transformation {
    PJ_CONTEXT* context = nullptr;
    PJ* pj = nullptr;
    Transformation() {
        context = proj_context_create();
        PJ* raw = proj_create_crs_to_crs(context, "EPSG:2154", "EPSG:4326", nullptr);
        if (raw) {
            // Longitude first, latitude second, whatever the CRS's own axis order.
            pj = proj_normalize_for_visualization(context, raw);
            proj_destroy(raw);
        }
    }
    ~Transformation() {
        if (pj) proj_destroy(pj);
        proj_context_destroy(context);
    }
    Transformation(const Transformation&) = delete;
    Transformation& operator=(const Transformation&) = delete;
};

} // namespace

std::optional<core::LatLon> lambert93ToWgs84(double x, double y) {
    // Far outside metropolitan France (Lambert-93's area of use, with a wide margin) a
    // conversion would still return numbers, but meaningless ones.
    if (!(x > -1e6 && x < 3e6 && y > 5e6 && y < 8e6)) return std::nullopt;
    static Transformation t;
    if (!t.pj) return std::nullopt;
    const PJ_COORD out = proj_trans(t.pj, PJ_FWD, proj_coord(x, y, 0, 0));
    const double lon = out.lp.lam, lat = out.lp.phi;
    if (!std::isfinite(lat) || !std::isfinite(lon) || std::fabs(lat) > 90 || std::fabs(lon) > 180) return std::nullopt;
    return core::LatLon{lat, lon};
}

} // namespace geo
