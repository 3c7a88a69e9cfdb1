# quotestance: `make demo` and `make test` each create .venv and install what they need.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
EXTRAS := lee,test,parallel,embeddings

.PHONY: install demo test paper bench clean

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
