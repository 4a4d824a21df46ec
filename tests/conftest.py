from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "etoday-ko-2025-02-06-sovereign-ai.txt"
CASES = Path(__file__).resolve().parent / "cases"
# The development benchmark lives beside the repo; tests that need it skip without it.
SHARED_BENCH = ROOT.parent / "shared" / "bench"


@pytest.fixture
def seed_bytes() -> bytes:
    return SEED.read_bytes()
