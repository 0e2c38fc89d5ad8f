"""Write the files a generator makes, or check that the committed ones are current (``--check``)."""

from __future__ import annotations

import sys
from pathlib import Path


def write_or_check(root: Path, files: dict[Path, str], *, check: bool, chore: str) -> int:
    """Write each of ``files`` (paths relative to ``root``) whose text differs; with ``check``,
    write nothing and fail on any that differs. Returns the exit code."""
    stale = []
    for path, text in files.items():
        target = root / path
        if target.exists() and target.read_text(encoding="utf-8") == text:
            continue
        if check:
            stale.append(str(path))
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
            print(f"wrote {path}")
    if stale:
        print(f"stale, run make {chore}: {', '.join(stale)}", file=sys.stderr)
        return 1
    return 0
