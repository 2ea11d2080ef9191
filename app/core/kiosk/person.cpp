// The wipe of everything about one person.
#include "core/kiosk/person.h"

#include <cstring>
#include <new>
#include <optional>

namespace core {

bool Person::holdsAnything() const {
    return !session.blank() || result.has_value() || takeAway.has_value() || !pinTyped.empty() || !pinFirst.empty() ||
           emergency.has_value() || friendGuideFrom.has_value();
}

void wipe(Person& person) { wipe(person, person.session.content()); }

namespace {

// Nothing here allocates: it is what is left when building a blank person failed.
void forgetInPlace(Person& p) noexcept {
    p.session.forget();
    p.result.reset();
    p.takeAway.reset();
    p.openDomain = -1;
    p.takeAwayHidden = false;
    p.takeAwayEnlarged = false;
    p.takeAwayChoices.unticked.clear();
    p.takeAwayChoices.numbersOnly = false;
    p.usefulRating.reset();
    p.tally = SessionTally{};
    p.pinTyped.clear();
    p.pinFirst.clear();
}

} // namespace

void wipe(Person& person, const Content& content) {
    // The blank sheet first: if that throws, the object was never destroyed, so it is
    // still valid, and the person is forgotten all the same.
    std::optional<Session> blank;
    try {
        blank.emplace(content);
    } catch (...) {
        forgetInPlace(person);
        throw;
    }
    person.~Person();  // frees every buffer; the heap overwrites them as they go
    // Inline bytes (short strings, flags, counts) are overwritten here; the volatile
    // pointer keeps the compiler from dropping stores to an object about to be rebuilt.
    volatile unsigned char* bytes = reinterpret_cast<volatile unsigned char*>(&person);
    for (size_t i = 0; i < sizeof(Person); ++i) bytes[i] = 0;
    new (&person) Person(std::move(*blank));
}

} // namespace core
