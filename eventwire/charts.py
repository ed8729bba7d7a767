"""Charts of the record, drawn with matplotlib (no display needed: the Agg backend writes files)."""
from __future__ import annotations

from pathlib import Path

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
QUAD_COLOURS = {1: "#8ec1e8", 2: "#2f7fc1", 3: "#f4b183", 4: "#c84b31"}


def dyad_chart(frame, a: str, b: str, path: str | Path, title: str | None = None) -> Path:
    """`Store.dyad()`'s table as a PNG: for each direction, incidents per period stacked by quad
    class, and the net Goldstein score with its moving average."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    directions = (f"{a}>{b}", f"{b}>{a}")
    labels = [str(p) for p in frame.index]
    fig, axes = plt.subplots(2, 1, figsize=(max(6.0, 0.35 * len(labels) + 3), 6.5), sharex=True)
    for ax, d, sign in ((axes[0], directions[0], 1), (axes[0], directions[1], -1)):
        bottom = [0.0] * len(labels)
        for q in (1, 2, 3, 4):
            values = [sign * v for v in frame[f"{d} q{q}"].tolist()] if len(frame) else []
            ax.bar(labels, values, bottom=bottom, color=QUAD_COLOURS[q],
                   label=QUAD_NAMES[q] if sign == 1 else None)
            bottom = [x + y for x, y in zip(bottom, values)]
    axes[0].axhline(0, color="black", linewidth=0.8)
    axes[0].set_ylabel(f"incidents\n{directions[0]} up, {directions[1]} down")
    axes[0].legend(loc="upper left", fontsize=8)
    for d, style in zip(directions, ("-", "--")):
        if len(frame):
            axes[1].plot(labels, frame[f"{d} goldstein"].tolist(), style, color="#999999", linewidth=0.8)
            axes[1].plot(labels, frame[f"{d} goldstein ma"].tolist(), style, color="black", label=f"{d} (moving average)")
    axes[1].axhline(0, color="black", linewidth=0.5)
    axes[1].set_ylabel("net Goldstein")
    axes[1].legend(loc="upper left", fontsize=8)
    axes[1].tick_params(axis="x", labelrotation=60, labelsize=7)
    fig.suptitle(title or f"{a} and {b}: incidents and net Goldstein score")
    fig.tight_layout()
    path = Path(path)
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path
