// The inverse of the Lambert conic conformal projection with two standard parallels
// (EPSG method 9802) on the GRS80 ellipsoid, with Lambert-93's parameters. RGF93 and
// WGS84 differ by less than a metre, far below what "services near here" needs, so the
// geographic coordinates are taken as WGS84 (PROJ does the same for EPSG:2154 → 4326).
#include "core/directory/lambert93.h"

#include <cmath>

namespace geo {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kDegree = kPi / 180;

// GRS80 and Lambert-93's defining parameters (IGN, EPSG:2154).
constexpr double kSemiMajorAxis = 6378137.0;
constexpr double kInverseFlattening = 298.257222101;
constexpr double kParallel1 = 44 * kDegree, kParallel2 = 49 * kDegree;
constexpr double kOriginLatitude = 46.5 * kDegree, kOriginLongitude = 3 * kDegree;
constexpr double kFalseEasting = 700000.0, kFalseNorthing = 6600000.0;

// The projection's constants, derived once from the parameters above.
struct Cone {
    double e;   // eccentricity
    double n;   // cone constant
    double aF;  // a × F
    double r0;  // radius at the latitude of origin

    double m(double phi) const { return std::cos(phi) / std::sqrt(1 - e * e * std::sin(phi) * std::sin(phi)); }
    double t(double phi) const {
        const double s = e * std::sin(phi);
        return std::tan(kPi / 4 - phi / 2) / std::pow((1 - s) / (1 + s), e / 2);
    }

    Cone() {
        const double f = 1 / kInverseFlattening;
        e = std::sqrt(2 * f - f * f);
        const double m1 = m(kParallel1), m2 = m(kParallel2), t1 = t(kParallel1), t2 = t(kParallel2);
        n = (std::log(m1) - std::log(m2)) / (std::log(t1) - std::log(t2));
        aF = kSemiMajorAxis * m1 / (n * std::pow(t1, n));
        r0 = aF * std::pow(t(kOriginLatitude), n);
    }

    // Latitude from the isometric quantity t, by fixed-point iteration (converges to
    // 1e-12 rad in a handful of steps for any latitude of France).
    double latitude(double tValue) const {
        double phi = kPi / 2 - 2 * std::atan(tValue);
        for (int i = 0; i < 20; ++i) {
            const double s = e * std::sin(phi);
            const double next = kPi / 2 - 2 * std::atan(tValue * std::pow((1 - s) / (1 + s), e / 2));
            if (std::fabs(next - phi) < 1e-12) return next;
            phi = next;
        }
        return phi;
    }
};

} // namespace

std::optional<core::LatLon> lambert93ToWgs84(double x, double y) {
    // Far outside metropolitan France (Lambert-93's area of use, with a wide margin) the
    // formulas still give numbers, but meaningless ones.
    if (!(x > -1e6 && x < 3e6 && y > 5e6 && y < 8e6)) return std::nullopt;
    static const Cone cone;
    const double dx = x - kFalseEasting, dy = cone.r0 - (y - kFalseNorthing);
    const double r = std::sqrt(dx * dx + dy * dy);  // n > 0: the cone's apex is to the north
    const double theta = std::atan2(dx, dy);
    const double lat = cone.latitude(std::pow(r / cone.aF, 1 / cone.n)) / kDegree;
    const double lon = (theta / cone.n + kOriginLongitude) / kDegree;
    if (!std::isfinite(lat) || !std::isfinite(lon) || std::fabs(lat) > 90 || std::fabs(lon) > 180) return std::nullopt;
    return core::LatLon{lat, lon};
}

} // namespace geo
