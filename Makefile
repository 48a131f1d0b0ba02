# Two commands for a fresh Debian 12 machine: `make run` and `make test`.
# Both install missing Debian packages (once), configure build/ and build incrementally.

BUILD_DIR ?= build
BUILD_TYPE ?= Release
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?=
ifneq ($(CI),)
CMAKE_FLAGS += -DSTACKWISE_WERROR=ON
endif

DEB_PACKAGES := build-essential cmake qt6-base-dev qt6-tools-dev qt6-tools-dev-tools \
	qt6-l10n-tools qt6-svg-dev libyaml-cpp-dev libgl1-mesa-dev xvfb xauth \
	poppler-utils fonts-dejavu-core

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
	cmake -S . -B $(ASAN_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTACKWISE_BUILD_BENCHMARKS=OFF $(CMAKE_FLAGS) \
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
