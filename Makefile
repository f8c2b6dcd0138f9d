# The two entry points of the README. Everything else is CMake.
BUILD_DIR ?= build
JOBS ?= $(shell nproc)
APT_PACKAGES = cmake g++ make libtree-sitter-dev libre2-dev libcli11-dev googletest libgtest-dev \
               nlohmann-json3-dev zlib1g-dev pkg-config git time clang libclang-rt-14-dev

.PHONY: demo test test-sanitize fuzz-smoke deps build

demo: build
	$(BUILD_DIR)/v8lint check corpus/ || test $$? -eq 1

test: build
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

build: deps
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=Release
	cmake --build $(BUILD_DIR) -j $(JOBS)

# The whole suite under AddressSanitizer + UndefinedBehaviorSanitizer.
test-sanitize: deps
	cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=RelWithDebInfo -DV8LINT_SANITIZE=ON
	cmake --build build-sanitize -j $(JOBS)
	cd build-sanitize && ASAN_OPTIONS=halt_on_error=1:detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	  ctest --output-on-failure -j $(JOBS) -E PrecisionCorpusCounts

# Each libFuzzer target (tests/fuzz) for FUZZ_SECONDS; fails on a crash.
FUZZ_SECONDS ?= 30
fuzz-smoke: deps
	cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
	  -DV8LINT_FUZZ=ON -DBUILD_TESTING=OFF
	cmake --build build-fuzz -j $(JOBS) --target fuzz_targets
	tests/fuzz/run_fuzz.sh build-fuzz $(FUZZ_SECONDS)

# Installs only what is missing, so a second run costs nothing.
deps:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done; \
	  command -v npm >/dev/null || echo npm); \
	if [ -n "$$missing" ]; then \
	  echo "installing: $$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi
	@if [ ! -f grammars/node_modules/.package-lock.json ] || [ grammars/package-lock.json -nt grammars/node_modules/.package-lock.json ]; then \
	  cd grammars && npm ci --ignore-scripts --no-audit --no-fund; \
	fi
