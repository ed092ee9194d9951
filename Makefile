# irpcheck: `make` builds the checker and runs it on the NDISPROT 5.x write model;
# `make test` runs every test. Both need a JDK >= 21: JAVA_HOME first, else the newest JDK found.

SHELL := /bin/bash
MODEL ?= models/write5x.irp

JDK := $(shell tools/find-jdk.sh)
ifeq ($(JDK),)
$(error No JDK >= 21 found. Install one (e.g. apt-get install openjdk-21-jdk) or set JAVA_HOME to it)
endif
export JAVA_HOME := $(JDK)
# Maven's own guava warns about sun.misc.Unsafe on JDK 24+; that flag silences it (and is unknown before 23).
JDK_MAJOR := $(shell sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' $(JDK)/release 2>/dev/null)
ifeq ($(shell [ "$(JDK_MAJOR)" -ge 24 ] 2>/dev/null && echo yes),yes)
export MAVEN_OPTS += --sun-misc-unsafe-memory-access=allow
endif
MVN := mvn -q -B

.PHONY: all build run test bench clean fuzz
all: run

build: target/irpcheck.jar

target/irpcheck.jar: pom.xml $(shell find src/main -type f 2>/dev/null)
	$(MVN) -DskipTests package

# The model's verdict decides the exit code; write5x is expected to show its crash, so `make`
# reports the exit code without failing.
run: build
	./irpcheck $(MODEL); rc=$$?; echo "(irpcheck exit code $$rc; see README.md for what it means)"

# Not quiet: Surefire's and Failsafe's "Tests run:" lines are the record of what ran; the last line
# sums them up.
test:
	mvn -B --no-transfer-progress verify | grep -vE '^\[INFO\] (Download|---|$$)'; rc=$${PIPESTATUS[0]}; \
	tools/test-summary.sh; exit $$rc

clean:
	$(MVN) clean

# irpcheck beside SPIN (reduction off) on the same models; the table goes to standard output and to
# target/bench/table.md (docs/performance.md keeps a copy). SPIN, gcc and GNU time are installed with
# apt-get when missing (BENCH_ARGS=--no-spin skips SPIN; --quick leaves out the largest models).
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
bench:
	$(MVN) -DskipTests package
	@command -v spin >/dev/null && command -v gcc >/dev/null && [ -x /usr/bin/time ] || \
	  { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq spin gcc time; } || \
	  echo "bench: could not install spin, gcc and time; SPIN is skipped"
	$(JDK)/bin/java -cp target/test-classes irpcheck.bench.Bench --out target/bench/table.md $(BENCH_ARGS)

# Partial-order reduction figures (docs/performance.md): irpcheck's states and transitions with and
# without reduction on the write models and the SPIN twins, then SPIN's own with and without its
# reduction on the Promela twins in ../shared/peers (PEERS=DIR to point elsewhere).
PEERS ?= ../shared/peers
.PHONY: bench-por
bench-por:
	$(MVN) -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
	$(JAVA_HOME)/bin/java -Xmx8g -cp target/classes:target/test-classes:$$(cat target/bench.classpath) \
		irpcheck.bench.ReductionTable
	tools/spin-por.sh $(PEERS)

# Why the reduction keeps what it keeps on one model: selection sizes and the most frequent conflicts.
# make por-blame MODEL=models/write5x_n.irp DEFINES="N=2"
.PHONY: por-blame
por-blame:
	$(MVN) -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
	$(JAVA_HOME)/bin/java -Xmx8g -cp target/classes:target/test-classes:$$(cat target/bench.classpath) \
		irpcheck.bench.ReductionBlame $(MODEL) $(DEFINES)

# A longer fuzzing campaign of the front end than `make test`'s 100,000 inputs: FUZZ_SECONDS (600) of
# inputs from FUZZ_FIRST (by default a new range each time; a failure names its input's number, and
# FUZZ_FIRST=N FUZZ_INPUTS=1 replays it).
FUZZ_SECONDS ?= 600
FUZZ_FIRST ?= $(shell echo $$(( $$(date +%s) * 1000 )))
fuzz:
	FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_FIRST=$(FUZZ_FIRST) FUZZ_INPUTS=$${FUZZ_INPUTS:-1000000000} \
	  $(MVN) -Dtest=FrontEndFuzzTest -Dsurefire.failIfNoSpecifiedTests=false test; rc=$$?; \
	  cat target/surefire-reports/irpcheck.fuzz.FrontEndFuzzTest-output.txt; exit $$rc

PREFIX ?= $(HOME)/.local
.PHONY: install
# Installs a small wrapper that runs this checkout's jar.
install: build
	mkdir -p $(PREFIX)/bin
	printf '#!/bin/sh\nexec "%s/irpcheck" "$$@"\n' "$(CURDIR)" > $(PREFIX)/bin/irpcheck
	chmod +x $(PREFIX)/bin/irpcheck
	@echo "installed $(PREFIX)/bin/irpcheck"
