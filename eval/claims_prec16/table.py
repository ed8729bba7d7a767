"""eval/claims_news15/table.py, run from this round's folder (round clprec16 uses the same judging tools;
see that file for its usage)."""
import runpy
from pathlib import Path

runpy.run_path(str(Path(__file__).resolve().parents[1] / "claims_news15" / "table.py"), run_name="__main__")
