# Every target sets itself up: a fresh machine needs only Python 3.11+ and pip.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DB     ?= eventwire.db
SHARED ?= ../shared/eval

.PHONY: demo test test-slow eval bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,dask]'
	touch $(STAMP)

## Ingest the bundled sample corpus into $(DB) and print what it holds.
demo: $(STAMP)
	$(BIN)/eventwire ingest corpus/whitehouse --db $(DB) --workers 2
	$(BIN)/eventwire stats --db $(DB)
	$(BIN)/eventwire dyad USA CHN --by year --plot demo-usa-chn.png --db $(DB)

## The unit tests (fast; no ../shared needed).
test: $(STAMP)
	$(BIN)/python -m pytest -q

## The slow campaigns: fuzzing every reader (7,000 files), kill -9 during ingest, concurrent
## ingests, the time limit in worker processes.
test-slow: $(STAMP)
	$(BIN)/python -m pytest -q -m slow

## Accuracy against the labelled sets in ../shared/eval and our blind sets (eval/events_gold.jsonl,
## eval/events_blind.jsonl, scored in context; eval/events_news.jsonl, ECB+ news sentences),
## gated by eval/baseline.json.
eval: $(STAMP)
	$(BIN)/eventwire eval --gate eval/baseline.json
	$(BIN)/eventwire eval eval/events_gold.jsonl eval/events_blind.jsonl eval/events_news.jsonl --gate eval/baseline.json

## Throughput: documents/s, words/s and peak memory on the sample corpus.
bench: $(STAMP)
	$(BIN)/python bench/throughput.py corpus/whitehouse

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm
