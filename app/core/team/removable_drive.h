// USB sticks the kiosk session sees: the package mounts them for the kiosk user at
// /media/repere-kiosk/NAME (packaging/usb/repere-usb), where NAME is the stick's label
// made safe. What the panel shows for a drive, and which drives it may ask to eject.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace core {

// Where the package mounts sticks for the kiosk session.
constexpr std::string_view kKioskMediaDir = "/media/repere-kiosk";

// The name shown for an export folder: a stick's label for a mounted drive (the last
// part of its path), the whole path otherwise.
std::string driveLabel(std::string_view directory);

// The stick's name when `directory` is one the package mounted (kKioskMediaDir/NAME,
// NAME of letters, digits, "-" and "_"), so the panel may ask to eject it; none otherwise.
std::optional<std::string> ejectableDrive(std::string_view directory);

} // namespace core
