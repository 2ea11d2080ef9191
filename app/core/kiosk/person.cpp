// The wipe of everything about one person.
#include "core/kiosk/person.h"

#include <cstring>
#include <new>

namespace core {

bool Person::holdsAnything() const {
    return !session.blank() || result.has_value() || takeAway.has_value() || !pinTyped.empty() || !pinFirst.empty() ||
           emergency.has_value() || friendGuideFrom.has_value();
}

void wipe(Person& person) { wipe(person, person.session.content()); }

void wipe(Person& person, const Content& content) {
    person.~Person();  // frees every buffer; the heap overwrites them as they go
    // Inline bytes (short strings, flags, counts) are overwritten here; the volatile
    // pointer keeps the compiler from dropping stores to an object about to be rebuilt.
    volatile unsigned char* bytes = reinterpret_cast<volatile unsigned char*>(&person);
    for (size_t i = 0; i < sizeof(Person); ++i) bytes[i] = 0;
    new (&person) Person(content);
}

} // namespace core
