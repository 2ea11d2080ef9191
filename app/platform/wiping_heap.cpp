// The program's heap forgets what it held: every block is overwritten with zeros when it
// is freed, or when realloc moves it. A person's strings and buffers (the take-away
// text, the QR modules, answers inside containers) and the copies other libraries make
// of them (libqrencode's input, SQLite's statements) therefore do not linger in freed
// memory after a wipe (core/person.h). Linked as an object into the program and the
// tests, so these definitions take the place of the C library's free and realloc (the
// C library's own allocator still does the work underneath).
//
// Under AddressSanitizer the sanitizer owns the heap: there the same promise is kept by
// asking it to fill freed blocks with zeros.
#include <malloc.h>
#include <string.h>

#include <cerrno>
#include <cstddef>
#include <cstdint>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define REPERE_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define REPERE_ASAN 1
#endif

extern "C" {

#if defined(REPERE_ASAN)

const char* __asan_default_options() { return "max_free_fill_size=2147483647:free_fill_byte=0"; }

#else

void* __libc_malloc(size_t size);
void __libc_free(void* block);

void free(void* block) {
    if (!block) return;
    explicit_bzero(block, malloc_usable_size(block));
    __libc_free(block);
}

void* realloc(void* block, size_t size) {
    if (!block) return __libc_malloc(size);
    if (size == 0) { free(block); return nullptr; }
    const size_t held = malloc_usable_size(block);
    if (size <= held) return block;  // shrinking in place: nothing is left behind
    void* moved = __libc_malloc(size);
    if (!moved) return nullptr;
    memcpy(moved, block, held);
    free(block);
    return moved;
}

void* reallocarray(void* block, size_t count, size_t size) {
    if (size != 0 && count > SIZE_MAX / size) { errno = ENOMEM; return nullptr; }
    return realloc(block, count * size);
}

#endif
}
