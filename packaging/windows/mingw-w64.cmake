# CMake toolchain file: Windows x64 through Debian's MinGW-w64 cross compilers (posix thread
# model: std::thread needs it with GCC 12), against the prefix that build-deps fills from
# Debian source packages. Used both for the libraries that have a CMake build and for Repère.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(CMAKE_C_COMPILER x86_64-w64-mingw32-gcc-posix)
set(CMAKE_CXX_COMPILER x86_64-w64-mingw32-g++-posix)
set(CMAKE_RC_COMPILER x86_64-w64-mingw32-windres)

# The prefix of the cross-built libraries: a cache variable, or the environment (try_compile
# re-reads this file without the cache).
if(NOT REPERE_WINDOWS_PREFIX)
  set(REPERE_WINDOWS_PREFIX "$ENV{REPERE_WINDOWS_PREFIX}")
endif()
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES REPERE_WINDOWS_PREFIX)

set(CMAKE_FIND_ROOT_PATH ${REPERE_WINDOWS_PREFIX} /usr/x86_64-w64-mingw32)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# Only the prefix's pkg-config files, never the host's; static libraries with what they need.
set(ENV{PKG_CONFIG_LIBDIR} "${REPERE_WINDOWS_PREFIX}/lib/pkgconfig:/usr/x86_64-w64-mingw32/lib/pkgconfig")
set(ENV{PKG_CONFIG_PATH} "")
set(PKG_CONFIG_ARGN --static)

# One self-contained repere.exe: no libstdc++, libgcc or winpthread DLL to ship.
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static -static-libgcc -static-libstdc++")
