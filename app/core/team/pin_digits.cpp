// Typed PIN digits that leave nothing behind when cleared.
#include "core/team/pin_digits.h"

#include <sodium.h>

namespace core {

void PinDigits::push(char digit) {
    if (size_ < digits_.size()) digits_[size_++] = digit;
}

void PinDigits::pop() {
    if (size_ == 0) return;
    sodium_memzero(&digits_[--size_], 1);
}

void PinDigits::clear() {
    // sodium_memzero is never optimised away, unlike a plain fill of memory about to die.
    sodium_memzero(digits_.data(), digits_.size());
    size_ = 0;
}

void PinDigits::copyFrom(const PinDigits& other) {
    clear();
    for (char c : other.view()) push(c);
}

} // namespace core
