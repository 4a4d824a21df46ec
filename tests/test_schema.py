"""`clipper schema` prints the published JSON schema; every record the JSON writers emit validates."""

from __future__ import annotations

import json

import pytest

import clipper
from clipper.decode import normalize_text
from clipper.model import SCHEMA_VERSION, json_schema

from .conftest import CASES, SEED
from .test_cli import run

jsonschema = pytest.importorskip("jsonschema")


def validator():
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_schema_command_prints_the_schema():
    r = run("schema")
    assert r.returncode == 0 and r.stderr == b""
    printed = json.loads(r.stdout)
    assert printed == json_schema()
    assert printed["properties"]["schema_version"]["const"] == SCHEMA_VERSION
    assert printed["additionalProperties"] is False


@pytest.mark.parametrize("keep_chrome", [False, True])
def test_records_validate(keep_chrome):
    v = validator()
    for path in [SEED, *sorted(CASES.glob("*/input.txt"))]:
        record = clipper.parse(path.read_bytes(), source=str(path), keep_chrome=keep_chrome).to_json_dict()
        v.validate(record)
        assert ("chrome" in record) is keep_chrome
        assert all(("lines" in block) is keep_chrome for block in record["body"])


def test_cli_output_validates_and_schema_rejects_a_wrong_record():
    v = validator()
    record = json.loads(run("parse", "--keep-chrome", str(SEED)).stdout)
    v.validate(record)
    bad = dict(record, body=[{"type": "poem", "text": "x"}])
    assert not v.is_valid(bad)
    assert not v.is_valid(dict(record, extra_field=1))
    assert not v.is_valid({k: val for k, val in record.items() if k != "text"})


def test_provenance_spans_point_at_the_input_lines():
    text = SEED.read_bytes().decode("utf-8")
    lines = normalize_text(text).split("\n")
    article = clipper.parse(text, keep_chrome=True)
    first, last = article.title_lines
    assert article.title in " ".join(lines[first - 1 : last])
    for block in article.body:
        first, last = block.lines
        joined = "".join("".join(lines[first - 1 : last]).split())
        assert "".join(block.text.split()) in joined


def test_records_mirror_the_schema_models_field_for_field():
    """The record dataclasses and the pydantic models the schema comes from cannot drift apart."""
    import dataclasses

    from clipper import model, schema

    for name in ("Article", "Block", "Chrome", "Source"):
        record, published = getattr(model, name), getattr(schema, name)
        fields = dataclasses.fields(record)
        assert [f.name for f in fields] == list(published.model_fields), name
        for f in fields:
            info = published.model_fields[f.name]
            if f.default is not dataclasses.MISSING:
                assert info.default == f.default, (name, f.name)
            elif f.default_factory is not dataclasses.MISSING:
                made, expected = f.default_factory(), info.default_factory()
                made = made.model_dump() if hasattr(made, "model_dump") else made
                assert made == (expected.model_dump() if hasattr(expected, "model_dump") else expected), (name, f.name)
            else:
                assert info.is_required(), (name, f.name)


@pytest.mark.parametrize("keep_chrome", [False, True])
def test_record_dump_equals_the_pydantic_dump(keep_chrome):
    from clipper import schema

    for path in [SEED, *sorted(CASES.glob("*/input.txt"))]:
        article = clipper.parse(path.read_bytes(), source=str(path), keep_chrome=keep_chrome)
        dumped = article.model_dump(mode="json")
        assert schema.Article.model_validate(dumped).model_dump(mode="json") == dumped
        assert list(dumped) == list(schema.Article.model_fields)
