# SPDX-FileCopyrightText: The Stackwise contributors
# SPDX-License-Identifier: MIT
# Two commands for a fresh Debian 12 machine: `make run` and `make test`.
# Both install missing Debian packages (once), configure build/ and build incrementally.

BUILD_DIR ?= build
BUILD_TYPE ?= Release
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?=
ifneq ($(CI),)
CMAKE_FLAGS += -DSTACKWISE_WERROR=ON
endif

# Every Debian package the build, the tests or the running app need, each with what needs it.
# .ci/run proves the list on a fresh Debian 12 root (resources/packaging/pristine-root.sh).
DEB_PACKAGES :=
DEB_PACKAGES += build-essential       # compiler and make: the build
DEB_PACKAGES += cmake                 # the build, CTest, CPack (make package)
DEB_PACKAGES += qt6-base-dev          # QtCore/Gui/Widgets headers and CMake config: the build
DEB_PACKAGES += qt6-qpa-plugins       # offscreen and xcb platform plugins: the app and every GUI test
DEB_PACKAGES += qt6-svg-dev           # QtSvg: charts and the icon
DEB_PACKAGES += qt6-tools-dev         # Qt6LinguistTools CMake config: qt_add_translations
DEB_PACKAGES += qt6-tools-dev-tools   # lupdate/lrelease run by qt_add_translations
DEB_PACKAGES += qt6-l10n-tools        # lupdate/lrelease on PATH: make lupdate
DEB_PACKAGES += qt6-translations-l10n # qtbase_de.qm, qtbase_fr.qm: translated wizard buttons (test_language_ui, test_accessibility)
DEB_PACKAGES += libyaml-cpp-dev       # yaml-cpp: every YAML file
DEB_PACKAGES += libfontconfig-dev     # fontconfig: the window initializes it early (app/main.cpp)
DEB_PACKAGES += zlib1g-dev            # zlib's CRC-32: the compiled knowledge base and its cache
DEB_PACKAGES += libgl1-mesa-dev       # OpenGL headers that Qt6Gui's CMake config requires
DEB_PACKAGES += xvfb                  # xvfb-run: the GUI under a real X server
DEB_PACKAGES += xauth                 # xvfb-run's authority file
DEB_PACKAGES += poppler-utils         # pdftotext: test_pdf reads exported PDFs
DEB_PACKAGES += fonts-dejavu-core     # a font for the offscreen platform and reports: test_pdf, goldens
DEB_PACKAGES += dpkg-dev              # dpkg-shlibdeps: make package
DEB_PACKAGES += file                  # dpkg-shlibdeps and lintian inspect binaries: make package
DEB_PACKAGES += lintian               # checks the .deb: make package, test_package
DEB_PACKAGES += desktop-file-utils    # desktop-file-validate: test_package
DEB_PACKAGES += appstream             # appstreamcli validate: test_package

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps configure build run test bench asan fuzz lupdate package clean

all: build

# Installs only what is missing; does nothing when every package is present.
deps:
	@missing=""; for p in $(DEB_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing missing Debian packages:$$missing"; \
	  $(SUDO) apt-get update && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends $$missing; \
	fi

$(BUILD_DIR)/CMakeCache.txt: | deps
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_FLAGS)

configure: deps $(BUILD_DIR)/CMakeCache.txt

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

run: build
	./$(BUILD_DIR)/app/stackwise

test: build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS) -LE benchmark

bench: build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -L benchmark -V

# Address and undefined-behaviour sanitizers, no recovery, over the whole test suite.
ASAN_DIR ?= build-asan
asan: deps
	cmake -S . -B $(ASAN_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTACKWISE_BUILD_BENCHMARKS=OFF -DSTACKWISE_PACKAGE_TESTS=OFF $(CMAKE_FLAGS) \
	  -DCMAKE_CXX_FLAGS="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer" \
	  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined"
	cmake --build $(ASAN_DIR) -j $(JOBS)
	cd $(ASAN_DIR) && QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ctest --output-on-failure -j $(JOBS) -LE benchmark

# libFuzzer targets (clang): each runs FUZZ_SECONDS on a copy of the seed corpus; crashes land
# in $(FUZZ_DIR)/artifacts. Inputs that once crashed live in tests/fuzz/regressions and run in `make test`.
FUZZ_DIR ?= build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := fuzz_kb fuzz_answers fuzz_pipeline
fuzz: deps
	@for p in clang libclang-rt-14-dev; do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' \
	  || { $(SUDO) apt-get update && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends $$p; }; done
	CC=clang CXX=clang++ cmake -S . -B $(FUZZ_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTACKWISE_FUZZ=ON
	cmake --build $(FUZZ_DIR) -j $(JOBS)
	@mkdir -p $(FUZZ_DIR)/artifacts
	@for t in $(FUZZ_TARGETS); do \
	  case $$t in fuzz_kb) seeds=tests/fuzz/corpus/kb;; *) seeds=tests/fuzz/corpus/answers;; esac; \
	  mkdir -p $(FUZZ_DIR)/corpus/$$t && cp -n $$seeds/* tests/fuzz/regressions/* $(FUZZ_DIR)/corpus/$$t/ 2>/dev/null; \
	  echo "== $$t ($(FUZZ_SECONDS) s)"; \
	  QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0 ./$(FUZZ_DIR)/tests/fuzz/$$t -max_total_time=$(FUZZ_SECONDS) \
	    -max_len=65536 -rss_limit_mb=4096 -timeout=20 -artifact_prefix=$(FUZZ_DIR)/artifacts/$$t- \
	    -print_final_stats=1 $(FUZZ_DIR)/corpus/$$t || exit 1; \
	done

# A Debian package of the application (CPack): build/stackwise_<version>_<arch>.deb. Builds only
# what gets installed, not the tests; resources/packaging/install-deb.sh installs and checks it.
package: configure
	cmake --build $(BUILD_DIR) -j $(JOBS) --target stackwise stackwise_icons_png
	cd $(BUILD_DIR) && cpack -G DEB

# Refreshes translations/*.ts from the sources.
lupdate: configure
	cmake --build $(BUILD_DIR) --target update_translations

clean:
	rm -rf $(BUILD_DIR) $(ASAN_DIR)
