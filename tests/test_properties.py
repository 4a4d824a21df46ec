"""Properties that hold for any input (see tests/fuzzing.py for the list), checked with hypothesis.

The default run is a few seconds. For a long run:

    CLIPPER_FUZZ_EXAMPLES=5000 python -m pytest tests/test_properties.py

and tests/benchmarks/fuzz.py runs ≥ 100,000 seeded cases with the same checks.
"""

from __future__ import annotations

import hashlib
import os
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import CASES, SEED
from .fuzzing import FRAGMENTS, MUTATIONS, PropertyFailure, Mutation, check, is_subsequence, mutate, real_pages
from .test_cli import run

EXAMPLES = int(os.environ.get("CLIPPER_FUZZ_EXAMPLES", "25"))
PROPERTY = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=EXAMPLES <= 25,  # the default run is the same every time; long runs explore
)
PAGES = real_pages()

mutations = st.lists(
    st.builds(
        Mutation,
        kind=st.sampled_from(MUTATIONS),
        at=st.floats(0, 1),
        size=st.floats(0, 0.3),
        payload=st.text(max_size=40) | st.sampled_from(FRAGMENTS),
    ),
    min_size=1,
    max_size=4,
)
glued_pages = st.lists(st.sampled_from(FRAGMENTS), max_size=80).map("".join)
any_text = st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=400)


@PROPERTY
@given(page=st.sampled_from(PAGES), changes=mutations)
def test_mutated_real_pages(page, changes):
    check(mutate(page, changes))


@PROPERTY
@given(page=glued_pages)
def test_glued_scraped_looking_pages(page):
    check(page)


@PROPERTY
@given(page=glued_pages, encoding=st.sampled_from(["utf-8", "cp949", "utf-16", "gb18030", "cp1252"]))
def test_glued_pages_as_bytes(page, encoding):
    check(page.encode(encoding, errors="replace"))


@PROPERTY
@given(data=st.binary(max_size=600))
def test_any_bytes(data):
    check(data)


@PROPERTY
@given(text=any_text)
def test_any_str_including_surrogates_and_controls(text):
    check(text)


def test_checks_can_fail():
    """The property checks catch invented text and lost lines (guards against a vacuous check)."""
    import clipper
    from clipper.model import Block

    page = PAGES[0]
    article = clipper.parse(page, keep_chrome=True)
    invented = article.model_copy(update={"body": [*article.body, Block(text="made up", lines=(1, 1))]})
    from .fuzzing import check_provenance, normalised_input

    with pytest.raises(PropertyFailure):
        check_provenance(normalised_input(page), invented)
    lost = article.model_copy(update={"chrome": article.chrome[1:]})
    with pytest.raises(PropertyFailure, match="accounted for 0 times"):
        check_provenance(normalised_input(page), lost)
    doubled = article.model_copy(update={"body": [*article.body, article.body[0]]})
    with pytest.raises(PropertyFailure, match="hold more text"):
        check_provenance(normalised_input(page), doubled)
    assert is_subsequence("abc", "a-b-c") and not is_subsequence("acb", "abc")


@pytest.mark.parametrize("path", [SEED, *sorted(CASES.glob("*/input.txt"))], ids=lambda p: p.parent.name)
def test_every_case_satisfies_the_properties(path):
    assert check(path.read_bytes()) == "parsed"


def test_output_is_the_same_bytes_across_processes_and_hash_seeds():
    """Set iteration order changes with PYTHONHASHSEED; the output must not."""
    rng = random.Random(7)
    inputs = [str(SEED), str(CASES / "de-regional" / "input.txt")]
    digests = set()
    for seed in ("1", "2", "12345"):
        r = run("parse", *inputs, "-f", "jsonl", "--keep-chrome", env={"PYTHONHASHSEED": seed})
        assert r.returncode == 0
        digests.add(hashlib.sha256(r.stdout).hexdigest())
    assert len(digests) == 1
    noisy = mutate(PAGES[rng.randrange(len(PAGES))], [Mutation("insert_bytes", 0.5, 0.1, "x" * 7)])
    outs = {run("parse", "-", "--keep-chrome", stdin=noisy if isinstance(noisy, bytes) else noisy.encode(),
                env={"PYTHONHASHSEED": seed}).stdout for seed in ("3", "4")}
    assert len(outs) == 1
