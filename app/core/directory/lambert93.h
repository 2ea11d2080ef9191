// Lambert-93 (EPSG:2154, the projection of French registers such as FINESS) to WGS84
// latitude and longitude, computed in closed form. Kept out of app/core so the importer
// takes the converter as a parameter; PROJ checks this conversion in the tests only, so
// the kiosk itself does not load PROJ and the forty libraries it brings.
#pragma once
#include <optional>

#include "core/directory/finess_import.h"

namespace geo {

// None for a point outside Lambert-93's area of use (with a wide margin) or not a number.
std::optional<core::LatLon> lambert93ToWgs84(double x, double y);

} // namespace geo
