# woo_redact: `make demo` redacts the bundled samples into out/, `make test` runs the tests.
# Both install what they need (Debian packages when missing, Python packages into .venv).

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
APT_PACKAGES := poppler-utils tesseract-ocr tesseract-ocr-nld
SAMPLE_APT_PACKAGES := libreoffice-writer-nogui fonts-dejavu-core fonts-liberation2
# needed by the tests only: the review screen's end-to-end tests drive Debian's Chromium through Playwright;
# the dossier tests convert Word/OpenDocument files with LibreOffice (a run needs it only for such inputs)
TEST_APT_PACKAGES := chromium fonts-dejavu-core libreoffice-writer-nogui

.PHONY: install system-deps test-deps demo test bench lint model lexicons samples clean office-holders corpus-report dedup-eval fuzz

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

$(STAMP): pyproject.toml | system-deps
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	test -f models/nl_woo/meta.json || $(PY) scripts/build_model.py
	touch $(STAMP)

demo: install system-deps
	$(VENV)/bin/woo-redact run samples/notes --out out --public-officials samples/public-officials.txt --ignore '*.expected.json'
	@echo "Disclosure versions and inventaris.csv are in out/publish/ (publish these), findings in out/work/ (never publish), the log in out/audit.jsonl" >&2

test: install system-deps test-deps
	$(PY) -m pytest

bench: install system-deps
	$(PY) scripts/bench.py

# the real corpus (fetched, not committed: eval/real/): per producer and font kind, documents
# written/withheld, pages rasterised, seconds per page; skipped with a message when absent
CORPUS ?= eval/real/pdfs
corpus-report: install system-deps
	$(PY) scripts/corpus_report.py $(CORPUS)

# the fault campaign: >= FUZZ_N malformed PDFs through `woo-redact run`, every invariant checked (scripts/fuzz.py)
FUZZ_N ?= 500
fuzz: install system-deps
	$(PY) scripts/fuzz.py --n $(FUZZ_N)

lint: install
	$(VENV)/bin/ruff check woo_redact tests scripts samples

# models/nl_woo (tokenizer) and models/nl_woo_ner (tokenizer + NER, trained by scripts/model/; ~4 min)
model: install
	$(PY) scripts/build_model.py --ner

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
	rm -rf out bench-out .pytest_cache .ruff_cache

# data/office_holders.tsv from local copies of anneschuth/polder (CC0) and openkamer/openkamer (MIT):
#   make office-holders POLDER=../polder OPENKAMER=../openkamer
office-holders: install
	$(PY) scripts/build_office_holders.py --polder $(POLDER) --openkamer $(OPENKAMER)
