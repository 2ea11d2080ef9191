// Lambert-93 (EPSG:2154, the projection of French registers such as FINESS) to WGS84
// latitude and longitude, through PROJ. Kept out of app/core so the core and its tests
// need no PROJ; the command line passes this converter to the importer.
#pragma once
#include <optional>

#include "core/finess_import.h"

namespace geo {

// None when PROJ cannot build the transformation or the point falls outside it.
std::optional<core::LatLon> lambert93ToWgs84(double x, double y);

} // namespace geo
