#!/bin/bash
# The identity dumps of eval/refactor16/README.md: run once on the code before (ROOT = a `git archive` of it, next to
# a `shared` link) and once on the branch, then compare.
#   eval/refactor16/dumps.sh ROOT TAG [AGAINST_TAG]      # writes /tmp/debts16_TAG/
ROOT=$1; TAG=$2; AG=$3
PY=${PY:-$(cd "$(dirname "$0")/../.." && pwd)/.venv/bin/python}
cd "$ROOT" || exit 2
export PYTHONPATH=$ROOT PYTHONHASHSEED=0
O=/tmp/debts16_$TAG
mkdir -p "$O"
against() { [ -n "$AG" ] && echo "--against /tmp/debts16_$AG/$1"; }
$PY bench/events_diff.py --out $O/news.jsonl $(against news.jsonl) > $O/news.out 2>&1
$PY eval/events_round9/dump.py ../shared/corpus/whitehouse --out $O/corpus.jsonl $(against corpus.jsonl) > $O/corpus.out 2>&1
$PY -m eventwire.cli eval --details --json $O/shared.json > $O/shared.out 2>&1
$PY -m eventwire.cli eval eval/events_gold.jsonl eval/events_blind.jsonl eval/events_news.jsonl --split dev --details \
    --json $O/dev.json > $O/dev.out 2>&1
$PY bench/claims_dump.py --list eval/claims_recall9/docs.txt --json $O/claims_recall9.json > $O/claims_recall9.out 2>&1
cat eval/claims_round7/batch*.txt eval/claims_round8/batch*.txt > $O/batches.txt
$PY bench/claims_dump.py --list $O/batches.txt --json $O/claims_batches.json > $O/claims_batches.out 2>&1
$PY eval/claims_round13/dump.py --list eval/claims_round13/docs_tuned.txt --json $O/claims13_tuned.json > $O/claims13_tuned.out 2>&1
$PY eval/claims_round13/dump.py --list eval/claims_round13/docs_gvc.txt --json $O/claims13_gvc.json > $O/claims13_gvc.out 2>&1
