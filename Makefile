# quotestance: `make demo` and `make test` each create .venv and install what they need.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
EXTRAS := lee,test,parallel,embeddings,cluster,search

.PHONY: install demo test paper clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[$(EXTRAS)]"
	touch $(STAMP)

install: $(STAMP)

## Run the default experiment end to end: three models on the embedded gold, figures in reports/
demo: $(STAMP)
	$(BIN)/quotestance-run experiment=demo

## Run the test suite (tests that need ../shared/data skip with a reason when it is absent)
test: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow"

clean:
	rm -rf outputs multirun .pytest_cache .hypothesis

## Run every experiment behind the paper figures (needs the corpora in ../shared/data or DATA_ROOT) and write reports/
DATA_ROOT ?= $(abspath ../shared/data)
PAPER     := outputs/paper
paper: $(STAMP)
	rm -rf $(PAPER)
	QUOTESTANCE_DATA_ROOT=$(DATA_ROOT) $(BIN)/quotestance-run experiment=paper_models hydra.sweep.dir=$(PAPER)/models
	QUOTESTANCE_DATA_ROOT=$(DATA_ROOT) $(BIN)/quotestance-run experiment=paper_transfer hydra.sweep.dir=$(PAPER)/transfer
	$(BIN)/quotestance-run experiment=stance_best paths.data_root=$(DATA_ROOT) progress=false hydra.run.dir=$(PAPER)/stance_best
	$(BIN)/quotestance predict --model $(PAPER)/stance_best --articles seeds/ --out $(PAPER)/seed_quotes.jsonl
	$(BIN)/quotestance report $(PAPER)/models $(PAPER)/transfer --predictions $(PAPER)/seed_quotes.jsonl --out reports
