# Cross-compiles Repère for Debian arm64 (Raspberry Pi OS 12, 64-bit) on a Debian amd64
# machine with multiarch: the compilers of crossbuild-essential-arm64 and the :arm64
# libraries of packaging/debian-packages-arm64.txt. Used by `make package-arm64`:
#   cmake -S . -B build-arm64 -DCMAKE_TOOLCHAIN_FILE=packaging/arm64/toolchain.cmake
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(CMAKE_C_COMPILER aarch64-linux-gnu-gcc)
set(CMAKE_CXX_COMPILER aarch64-linux-gnu-g++)
set(CMAKE_LIBRARY_ARCHITECTURE aarch64-linux-gnu)

# Libraries and headers from the system (multiarch folders), programs from the build
# machine. Header-only packages (CLI11, doctest) are architecture-independent.
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(ENV{PKG_CONFIG_LIBDIR} "/usr/lib/aarch64-linux-gnu/pkgconfig:/usr/share/pkgconfig")
set(ENV{PKG_CONFIG_PATH} "")

# Tests and `repere shoot` run under user-mode emulation (ctest adds this before each
# test command; tests that run programs through a shell read REPERE_EMULATOR).
set(CMAKE_CROSSCOMPILING_EMULATOR qemu-aarch64-static -L /usr/aarch64-linux-gnu)
