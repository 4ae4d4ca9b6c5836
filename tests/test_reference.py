"""The reference in docs/spec.md and the JSON Schema are made from the registries: the
committed copies must be current, every shipped spec must validate, and a spec with an
unknown key or block type must not."""

from __future__ import annotations

import json
import subprocess
import sys

import jsonschema
import pytest
import yaml

from handprint.tools import reference
from tests.conftest import HANDOUTS, ROOT

DOCS = ROOT / "docs"


def test_spec_reference_is_current():
    text = (DOCS / "spec.md").read_text()
    start, end = text.index(reference.BEGIN), text.index(reference.END) + len(reference.END)
    assert text[start:end] + "\n" == reference.markdown(), (
        "docs/spec.md is stale: paste the output of `python render.py reference` over its "
        "generated part")


def test_committed_schema_is_current():
    assert (DOCS / "handprint.schema.json").read_text().rstrip("\n") == reference.schema_text(), (
        "run `python render.py schema > docs/handprint.schema.json`")


def test_schema_command_prints_a_draft_2020_12_schema():
    out = subprocess.run([sys.executable, str(ROOT / "render.py"), "schema"],
                         capture_output=True, text=True, check=True).stdout
    schema = json.loads(out)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def validator():
    return jsonschema.Draft202012Validator(reference.schema())


@pytest.mark.parametrize("path", HANDOUTS, ids=lambda p: str(p.relative_to(ROOT / "handouts")))
def test_shipped_specs_validate_and_name_the_schema(path):
    text = path.read_text()
    depth = len(path.relative_to(ROOT / "handouts").parts)
    assert text.startswith(f"# yaml-language-server: $schema={'../' * depth}docs/"
                           "handprint.schema.json\n")
    errors = list(validator().iter_errors(yaml.safe_load(text)))
    assert not errors, [e.message for e in errors]


@pytest.mark.parametrize("spec", [
    {"title": "T", "blocks": [{"heading": "x", "colr": "red"}]},  # unknown key in a block
    {"title": "T", "blocks": [{"tabel": {"rows": [["a"]]}}]},  # unknown block type
    {"title": "T", "colr": "x", "blocks": [{"text": "x"}]},  # unknown top-level key
    {"title": "T", "blocks": [{"illustration": "rupture", "alt": "x", "loops": 3}]},
    {"title": "T", "blocks": [{"illustration": "teapot", "alt": "x"}]},
])
def test_a_wrong_spec_does_not_validate(spec):
    assert list(validator().iter_errors(spec))


def test_a_drawing_option_of_the_named_drawing_validates():
    spec = {"title": "T", "blocks": [{"illustration": "rupture", "alt": "x", "strands": 5}]}
    assert not list(validator().iter_errors(spec))


def test_every_top_level_key_is_in_the_spec_reference():
    from handprint.spec.read import TOP

    text = (DOCS / "spec.md").read_text()
    table = text[text.index("## Top-level keys"):text.index("### theme")]
    assert [k.name for k in TOP if f"| `{k.name}` |" not in table] == []
