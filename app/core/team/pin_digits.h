// PIN digits while they are typed on the pad: a fixed buffer inside the object that every
// clear() overwrites. A std::string keeps text this short inside itself (small-string
// storage), where clear() only sets the length and leaves the digits in place.
#pragma once
#include <array>
#include <cstddef>
#include <string_view>

#include "core/team/team_pin.h"

namespace core {

class PinDigits {
public:
    PinDigits() = default;
    ~PinDigits() { clear(); }
    PinDigits(const PinDigits&) = delete;
    PinDigits& operator=(const PinDigits&) = delete;

    // One more digit; ignored past kMaxPinDigits (the pad cannot type a longer PIN).
    void push(char digit);
    void pop();
    // Overwrites every byte that held a digit, then empties.
    void clear();
    // Becomes a copy of `other` (choosing a PIN keeps the first entry to compare).
    void copyFrom(const PinDigits& other);

    bool empty() const { return size_ == 0; }
    size_t size() const { return size_; }
    std::string_view view() const { return {digits_.data(), size_}; }
    bool operator==(const PinDigits& other) const { return view() == other.view(); }
    bool operator!=(const PinDigits& other) const { return !(*this == other); }

private:
    std::array<char, kMaxPinDigits> digits_{};
    size_t size_ = 0;
};

} // namespace core
