# The two set-up commands of the README, and a few conveniences.
#   make run    install what is missing, build, start the kiosk (windowed: WINDOWED=1)
#   make test   install what is missing, build, run every test
#   make package  build, then the Debian package (build/repere_<version>_<arch>.deb)
#   make package-arm64  the same for Raspberry Pi OS (arm64), cross-built on this machine
#   make test-arm64  the arm64 build's tests under emulation (qemu-user-static)
#   make windows  the portable Windows build, cross-compiled from Debian sources:
#                 build-windows/repere/repere-<version>-windows-x64.zip (packaging/windows/)
#   make test-windows  that build's tests under Wine (check, shoot, the core suite, and a
#                 whole session in a window driven at the keyboard)
BUILD ?= build
SANITIZE_BUILD ?= build-asan
JOBS ?= 2
RUN_ARGS ?=

ARM64_BUILD ?= build-arm64

.PHONY: run test deps build test-asan screens fuzz clean package windows test-windows deps-arm64 build-arm64 package-arm64 test-arm64

deps:
	@./packaging/install-deps

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j$(JOBS)

# WINDOWED=1: a window for a laptop (Escape quits), instead of the fullscreen kiosk.
run: build
	./$(BUILD)/repere $(if $(WINDOWED),--windowed) $(RUN_ARGS)

test: build
	cd $(BUILD) && ctest --output-on-failure -j$(JOBS)

# The Debian package, left in $(BUILD)/ (packaging/CMakeLists.txt, packaging/KIOSK.md).
package: build
	cd $(BUILD) && cpack -G DEB

# The same suite under AddressSanitizer + UndefinedBehaviorSanitizer, but for the tests
# labelled `packaging`: they check the package's files, scripts and install (run by
# `make test` on the release build, the one packaged), not the program's memory.
test-asan: deps
	cmake -S . -B $(SANITIZE_BUILD) -DCMAKE_BUILD_TYPE=Debug -DREPERE_SANITIZE=ON
	cmake --build $(SANITIZE_BUILD) -j$(JOBS)
	cd $(SANITIZE_BUILD) && ctest --output-on-failure -j$(JOBS) -LE packaging

clean:
	rm -rf $(BUILD) $(SANITIZE_BUILD) $(ARM64_BUILD)

# ---- arm64 (Raspberry Pi OS 12, 64-bit), cross-built with Debian multiarch ----------------
# The cross compilers, qemu-user-static and the :arm64 libraries: packaging/debian-packages-arm64.txt.
deps-arm64: deps
	@./packaging/install-deps packaging/debian-packages-arm64.txt

# The install rules do not build every target first: the package needs only these.
$(ARM64_BUILD)/CMakeCache.txt:
	cmake -S . -B $(ARM64_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DCMAKE_TOOLCHAIN_FILE=$(CURDIR)/packaging/arm64/toolchain.cmake -DCMAKE_SKIP_INSTALL_ALL_DEPENDENCY=ON

build-arm64: deps-arm64 $(ARM64_BUILD)/CMakeCache.txt
	cmake --build $(ARM64_BUILD) -j$(JOBS) --target repere repere_packaging_files core_tests

# $(ARM64_BUILD)/repere_<version>_arm64.deb, checked like the amd64 one (file list, lintian).
package-arm64: build-arm64
	cd $(ARM64_BUILD) && cpack -G DEB

# Under qemu-aarch64-static: the core tests, `repere check` on the shipped content, and the
# 800x480 screens of both languages compared pixel for pixel with the amd64 build's
# (tests/packaging/arm64_test.sh); then the arm64 package as the amd64 one is checked
# (file list, lintian, the installed binary run; tests/packaging/package_test.sh).
ARM64_EMULATOR = taskset -c 0 qemu-aarch64-static -L /usr/aarch64-linux-gnu
test-arm64: build build-arm64
	sh tests/packaging/arm64_test.sh $(BUILD) $(ARM64_BUILD) $(ARM64_BUILD)/arm64-test $(CURDIR)
	REPERE_EMULATOR="$(ARM64_EMULATOR)" REPERE_DEB_ARCH=arm64 \
	  sh tests/packaging/package_test.sh $(ARM64_BUILD) $(ARM64_BUILD)/package-test $(CURDIR)

# Windows: the libraries from Debian 12 source packages, cross-built once into a prefix
# kept in $(WINDOWS_BUILD) (DEPS_JOBS jobs, niced), then Repère against it.
WINDOWS_BUILD ?= build-windows
DEPS_JOBS ?= 1
windows:
	JOBS=$(DEPS_JOBS) ./packaging/windows/build-deps $(WINDOWS_BUILD)
	cmake -S . -B $(WINDOWS_BUILD)/repere -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DCMAKE_TOOLCHAIN_FILE=$(CURDIR)/packaging/windows/mingw-w64.cmake \
	  -DREPERE_WINDOWS_PREFIX=$$(readlink -f $(WINDOWS_BUILD)/prefix)
	cmake --build $(WINDOWS_BUILD)/repere -j$(JOBS) --target windows_zip

test-windows: windows build
	cmake --build $(WINDOWS_BUILD)/repere -j$(JOBS) --target core_tests out_of_memory_tests
	./packaging/windows/test-under-wine $(WINDOWS_BUILD) $(BUILD)
	./packaging/windows/session-under-wine $(WINDOWS_BUILD) $(BUILD)

# Screenshots for the README (welcome, a question, results, services).
screens: build
	rm -rf $(BUILD)/screens
	./$(BUILD)/repere shoot --out $(BUILD)/screens --lang all
	cp $(BUILD)/screens/fr/welcome.png docs/screens/fr-welcome.png
	cp $(BUILD)/screens/fr/question-sells.png docs/screens/fr-question.png
	cp $(BUILD)/screens/fr/results-crisis-suicidal.png docs/screens/fr-results.png
	cp $(BUILD)/screens/en/services-indebted-daily-user.png docs/screens/en-services.png

# Fuzzing (libFuzzer, clang, ASan+UBSan): each target for FUZZ_SECONDS (each input at most
# FUZZ_TIMEOUT seconds: a slower one is a finding), starting from and
# merging back into the corpus kept in tests/fuzz/corpus (which `make test` replays).
FUZZ_SECONDS ?= 600
FUZZ_TIMEOUT ?= 10
FUZZ_TARGETS = content_loader stats_report reachability update_content service_import content_pack
fuzz: deps
	./packaging/install-deps packaging/fuzz-packages.txt
	CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DREPERE_FUZZ=ON
	cmake --build build-fuzz -j$(JOBS) $(addprefix --target fuzz_,$(FUZZ_TARGETS))
	# The updater target runs repere-update-content, which checks with the normal build's repere.
	$(MAKE) build
	for t in $(FUZZ_TARGETS); do \
	  mkdir -p build-fuzz/corpus/$$t && cp tests/fuzz/corpus/$$t/* build-fuzz/corpus/$$t/ && \
	  REPERE=$(CURDIR)/$(BUILD)/repere ./build-fuzz/tests/fuzz/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -timeout=$(FUZZ_TIMEOUT) -rss_limit_mb=2048 \
	    -artifact_prefix=build-fuzz/crash-$$t- build-fuzz/corpus/$$t || exit 1; \
	  REPERE=$(CURDIR)/$(BUILD)/repere ./build-fuzz/tests/fuzz/fuzz_$$t -merge=1 tests/fuzz/corpus/$$t build-fuzz/corpus/$$t || exit 1; \
	done
