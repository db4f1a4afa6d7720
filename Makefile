# The two commands of the quick start:
#   make run   installs what is missing, builds and opens PVI Studio on the bundled demo shop
#   make test  same set-up, then every test, then the same suite under ASan+UBSan
JOBS ?= $(shell nproc)

.PHONY: run test deps build build-asan test-dev test-asan format catalogue package bench fuzz \
	fuzz-merge clean

run: build
	@# The demo shop's workspace lives in the user's data folder; the window makes it on first
	@# use and imports the bundled exports the workspace lacks, with a progress bar.
	./build/dev/app/pvi-studio --demo

test: test-dev test-asan

deps:
	@./installer/deps.sh

build: deps
	cmake --preset dev -G Ninja
	cmake --build --preset dev -j $(JOBS)

build-asan: deps
	cmake --preset asan -G Ninja
	cmake --build --preset asan -j $(JOBS)

test-dev: build
	ctest --preset dev -j $(JOBS)

test-asan: build-asan
	ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	    ctest --preset asan -j $(JOBS)

format: build
	cmake --build --preset dev --target format

# docs/pvi-catalogue.md again from the PVI table (model/pvi/pvi_table.h), after changing a PVI.
catalogue: build
	cmake --build --preset dev --target catalogue

package: deps
	cmake --preset release -G Ninja
	cmake --build --preset release -j $(JOBS)
	cd build/release && cpack -G "DEB;TGZ"

# Each benchmark prints its figures as ratios against a peer run on the same machine: the CSV
# engine and the import against sqlite3's .import, the lifetime-value fits against scipy, and
# where the user waits (recompute, Overview cold start, large-shop import and memory) on the
# demo shop and a generated 1,000,000-line shop (docs/performance.md). BENCH_HUGE=1 adds the
# 10,000,000-line orders import, which takes long; BENCH_ARGS passes options to the driver.
BENCH_HUGE ?=
BENCH_ARGS ?=
bench: build
	@./installer/deps.sh bench
	./build/dev/tools/benchmarks/csv_read/bench_csv_read
	./build/dev/tools/benchmarks/import/import_benchmark
	./build/dev/tools/benchmarks/clv_fit/bench_clv_fit
	python3 tools/benchmarks/user_waits/run_user_waits.py --bin-dir build/dev/app \
	    --work-dir build/bench $(if $(BENCH_HUGE),--huge) $(BENCH_ARGS)

# libFuzzer harnesses (tools/fuzz) under ASan+UBSan, each for FUZZ_SECONDS, starting from the
# committed corpora; new inputs go to build/fuzz/corpus. `make fuzz-merge` minimizes what they
# found into the committed corpora (replayed by the normal tests). docs/reliability.md.
FUZZ_SECONDS ?= 60
FUZZERS = $(patsubst tools/fuzz/fuzz_%.cpp,%,$(wildcard tools/fuzz/fuzz_*.cpp))
FUZZ_ENV = ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

build-fuzz:
	@./installer/deps.sh fuzz
	cmake --preset fuzz -G Ninja
	cmake --build --preset fuzz -j $(JOBS)

fuzz: build-fuzz
	@for f in $(FUZZERS); do \
		mkdir -p build/fuzz/corpus/$$f build/fuzz/crashes/$$f; \
		echo "== fuzz_$$f for $(FUZZ_SECONDS) s"; \
		$(FUZZ_ENV) ./build/fuzz/tools/fuzz/fuzz_$$f build/fuzz/corpus/$$f tools/fuzz/corpus/$$f \
			-max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
			-artifact_prefix=build/fuzz/crashes/$$f/ || exit 1; \
	done

fuzz-merge: build-fuzz
	@for f in $(FUZZERS); do \
		mkdir -p build/fuzz/merged/$$f; \
		$(FUZZ_ENV) ./build/fuzz/tools/fuzz/fuzz_$$f -merge=1 build/fuzz/merged/$$f \
			tools/fuzz/corpus/$$f build/fuzz/corpus/$$f || exit 1; \
		rm -rf tools/fuzz/corpus/$$f && mv build/fuzz/merged/$$f tools/fuzz/corpus/$$f; \
	done

clean:
	rm -rf build
