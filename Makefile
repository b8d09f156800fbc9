# woo_redact: `make demo` redacts the bundled samples into out/, `make test` runs the tests.
# Both install what they need (Debian packages when missing, Python packages into .venv).

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
APT_PACKAGES := poppler-utils tesseract-ocr tesseract-ocr-nld jbig2dec
# python3-uno: one resident LibreOffice per worker instead of one per document (woo_redact/ingest/soffice.py)
SAMPLE_APT_PACKAGES := libreoffice-writer-nogui python3-uno fonts-dejavu-core fonts-liberation2
# needed by the tests only: the review screen's end-to-end tests drive Debian's Chromium through Playwright;
# the dossier tests convert Word/OpenDocument files with LibreOffice (a run needs it only for such inputs)
TEST_APT_PACKAGES := chromium fonts-dejavu-core libreoffice-writer-nogui python3-uno

.PHONY: install system-deps test-deps demo test bench bench-office lint types model model-real lexicons samples clean office-holders corpus-report scans-report dedup-eval planted-corpus planted-eval fuzz

install: $(STAMP)

system-deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing" >&2; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

test-deps:
	@missing=""; for p in $(TEST_APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages for the tests:$$missing" >&2; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

$(STAMP): pyproject.toml woo_redact/_pdfium_loops.c | system-deps
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	test -f woo_redact/models/nl_woo/meta.json || $(PY) scripts/build_model.py
	touch $(STAMP)

demo: install system-deps
	$(VENV)/bin/woo-redact run samples/notes --out out --public-officials samples/public-officials.txt --ignore '*.expected.json'
	@echo "Disclosure versions and inventaris.csv are in out/publish/ (publish these), findings in out/work/ (never publish), the log in out/audit.jsonl" >&2

# what CI runs (.ci/run) and the pre-commit hooks mirror: lint, types, then the tests
test: install system-deps test-deps lint types
	$(PY) -m pytest

# pages/s end to end (1 and 2 workers), scaling 100 -> 1,000 pages, per-stage ms/page, start-up, peak RSS per
# worker, OCR pages/s per core at 300 dpi and the size of redacted scans; `make bench BENCH_LARGE=1` adds the
# 5,000-page step (several minutes more); `$(PY) scripts/bench.py --ocr-only` gives the OCR figures alone
bench: install system-deps
	$(PY) scripts/bench.py

# Word to PDF conversions per second: one resident LibreOffice per worker against one per document
bench-office: install test-deps
	$(PY) scripts/bench_office.py 20 --workers 2

# the real corpus (fetched, not committed: eval/real/): per producer and font kind, documents
# written/withheld, pages rasterised, seconds per page; skipped with a message when absent
CORPUS ?= eval/real/pdfs
corpus-report: install system-deps
	$(PY) scripts/corpus_report.py $(CORPUS)

# real scans with an OCR layer (fetched, not committed: eval/real-scans/, re-collected from local mirrors
# when absent): per document written/withheld, pages read by OCR and rasterised, seconds, searchable
# (pdftotext finds the public words); then the shared evaluator (EVALUATOR) over the written ones with
# the gold files; SCANS_OCR=always|never compares another --ocr
SCANS ?= eval/real-scans
SCANS_OCR ?= auto
scans-report: install system-deps
	@if [ ! -d $(SCANS)/pdfs ]; then $(PY) scripts/fetch_real_scans.py --corpus $(SCANS) || true; fi
	rm -rf $(SCANS)/out
	$(PY) scripts/scans_report.py $(SCANS)/pdfs --ocr $(SCANS_OCR) --out $(SCANS)/out --json $(SCANS)/out/report.json
	@if [ -d $(SCANS)/gold ] && [ -d $(SCANS)/out/publish ]; then \
	  $(PY) $(EVALUATOR) $(SCANS)/out/publish --docs $(SCANS)/pdfs --gold $(SCANS)/gold --json $(SCANS)/out/eval.json --max-withheld 99 --quiet || true; \
	fi

# invented personal data written into copies of the real corpus in each producer's own fonts and
# encodings (eval/real/planted/: pdfs, gold, manifest.csv), then redacted and scored by the shared
# evaluator (EVALUATOR); both skip with a message when the corpus is absent
PLANTED ?= eval/real/planted
EVALUATOR ?= /work/shared/eval/evaluate.py
planted-corpus: install
	$(PY) scripts/plant_corpus.py $(CORPUS) --out $(PLANTED) --evaluator $(EVALUATOR)
planted-eval: install system-deps
	@if [ ! -d $(PLANTED)/pdfs ]; then echo "no planted corpus: run make planted-corpus first" >&2; exit 0; fi; \
	rm -rf $(PLANTED)/out; \
	$(VENV)/bin/woo-redact run $(PLANTED)/pdfs --out $(PLANTED)/out --no-progress > $(PLANTED)/run.jsonl; \
	$(PY) $(EVALUATOR) $(PLANTED)/out/publish --docs $(PLANTED)/pdfs --gold $(PLANTED)/gold --json $(PLANTED)/eval.json

# the fault campaign: >= FUZZ_N malformed PDFs through `woo-redact run`, every invariant checked (scripts/fuzz.py)
FUZZ_N ?= 500
fuzz: install system-deps
	$(PY) scripts/fuzz.py --n $(FUZZ_N)


LINT_PATHS := woo_redact tests scripts samples

# ruff (pinned in the dev extra): the rules and their reasons are in pyproject.toml
lint: install
	$(VENV)/bin/ruff check $(LINT_PATHS)
	$(VENV)/bin/ruff format --check $(LINT_PATHS)

# mypy --strict over woo_redact/ (pinned in the dev extra; flags and exceptions in pyproject.toml)
types: install
	$(VENV)/bin/mypy

# woo_redact/models/nl_woo (tokenizer) and woo_redact/models/nl_woo_ner (tokenizer + NER, trained by scripts/model/;
# ~4 min); package data, so every wheel carries them
model: install
	$(PY) scripts/build_model.py --ner

# the same recipe plus the Europeana Newspapers Dutch NER corpus (CC0, committed in scripts/model/data/);
# overwrites woo_redact/models/nl_woo_ner with the 0.3.0 variant that woo_redact/models/MODEL_CARD.md measured and did not adopt
model-real: install
	$(PY) scripts/build_model.py --ner --real

.PHONY: eval
eval: install
	$(PY) scripts/eval.py
	$(PY) scripts/eval_sets.py

# duplicate and quoted-e-mail detection on a generated dossier: precision and recall
dedup-eval: install
	$(PY) scripts/dedup_eval.py

lexicons: install
	$(PY) scripts/build_lexicons.py

samples: install
	@missing=""; for p in $(SAMPLE_APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; fi
	$(PY) samples/generate.py

clean:
	rm -rf out bench-out .pytest_cache .ruff_cache .mypy_cache build dist

# data/office_holders.tsv from local copies (clones or bare mirrors) of anneschuth/polder (CC0),
# openkamer/openkamer (MIT) and openstate/allmanak (the Almanak of 2019, CC0), as shipped:
#   make office-holders POLDER=../polder OPENKAMER=../openkamer ALLMANAK=../allmanak
office-holders: install
	$(PY) scripts/build_office_holders.py --polder $(POLDER) --openkamer $(OPENKAMER) --allmanak $(ALLMANAK)
