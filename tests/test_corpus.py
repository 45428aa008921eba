"""The benchmark corpus is valid data, so the benchmarks measure real loads.

This checks a sample of the corpus; it times nothing (see benchmarks/run.py).
"""

from __future__ import annotations

import importlib.util
import json
from types import ModuleType

import jsonschema
import pytest

import minsheng
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def corpus_module() -> ModuleType:
    """Import benchmarks/corpus.py by its path."""
    spec = importlib.util.spec_from_file_location("corpus", ROOT / "benchmarks" / "corpus.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_corpus_sample_validates(corpus_module: ModuleType) -> None:
    """Programs of the synthetic corpus pass the schema, the loader and check."""
    validator = jsonschema.Draft202012Validator(minsheng.json_schema())
    program = corpus_module.program
    kinds: set[str] = set()
    quoted = 0
    for city, year in ((1, 2016), (2, 2020), (100, 2021), (337, 2025), (5, 2025)):
        document = program(city, year)
        assert list(validator.iter_errors(document)) == []
        loaded = minsheng.loads(json.dumps(document, ensure_ascii=False))
        assert minsheng.check(loaded) == ()
        assert sum(len(p.metrics) for p in loaded.projects) == 30
        kinds |= {m.kind.value for p in loaded.projects for m in p.metrics}
        metrics = [m for p in loaded.projects for m in p.metrics]
        assert any(m.increment is not None for m in metrics)
        assert any(m.evidence is not None for m in metrics)
        assert any(m.components for m in metrics)
        quoted += '\\":' in json.dumps(document, ensure_ascii=False)
    assert kinds == {"count", "rate", "growth", "duration", "milestone"}
    assert quoted == 1  # (5, 2025): a string that holds ": makes the loader count keys exactly
