#!/bin/sh
# Held-out parts: totals only (never read line by line). Run from the worktree root.
set -e
P=.venv/bin/python
echo "## evlgl15 (score.py --quiet; heldout totals are the blind figure)"; $P eval/events_lgl15/score.py --quiet
echo "## evtr17"; $P eval/events_lgl15/score.py --pool eval/events_tr17 --quiet
echo "## evlgl17"; $P eval/events_lgl15/score.py --pool eval/events_lgl17 --quiet
echo "## ace16 held_out"; $P eval/events_ace16/run.py eval/events_ace16/held_out.txt --quiet | tail -1
echo "## ace17 held_out"; $P eval/events_ace16/run.py eval/events_ace17/held_out.txt --quiet | tail -1
echo "## cam17 held_out"; $P eval/events_ace16/run.py eval/events_cam17/held_out.txt --published=2020-06-01 --quiet | tail -1
