"""A metric's ``acknowledged``: warnings a person reviewed and accepts."""

from __future__ import annotations

import copy
import json
from collections import Counter
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import minsheng
from minsheng._issues import CODES
from minsheng._review import ACKNOWLEDGEABLE

from .conftest import ROOT

_CHILDCARE = "$.projects[1].metrics[9]"  # per 1000 常住人口 against per 1000 人口
_BASE = json.loads((ROOT / "datasets" / "kunming" / "2025.json").read_text(encoding="utf-8"))


def _program(edit: Any = None) -> minsheng.Program:
    document = copy.deepcopy(_BASE)
    if edit is not None:
        edit(document)
    return minsheng.loads(json.dumps(document, ensure_ascii=False))


def _childcare(document: dict[str, Any]) -> dict[str, Any]:
    metric: dict[str, Any] = document["projects"][1]["metrics"][9]
    return metric


def _found(program: minsheng.Program) -> list[tuple[str, str, str]]:
    return [(p.code, p.path, p.severity) for p in minsheng.check(program)]


def test_the_shipped_warning_is_acknowledged_and_unmarked_in_the_report() -> None:
    """Kunming 2025 acknowledges its one warning: listed, not marked, and --strict passes."""
    program = minsheng.load("kunming", 2025)
    assert _found(program) == [("denominator-wording", f"{_CHILDCARE}.actual.per", "acknowledged")]
    result = minsheng.assess(program).projects[1]
    assert not result.warned
    assert not any(m.warned for m in result.metrics)


def test_without_the_entry_it_is_a_warning_again() -> None:
    """The same data with no acknowledgement warns, and the report marks the metric."""
    program = _program(lambda d: _childcare(d).pop("acknowledged"))
    assert _found(program) == [("denominator-wording", f"{_CHILDCARE}.actual.per", "warning")]
    childcare = minsheng.assess(program).projects[1].metrics[9]
    assert childcare.warned


def test_an_entry_on_another_metric_acknowledges_nothing_here() -> None:
    """The entry belongs to its metric: on the one before, it is unused and the warning stays."""

    def move(document: dict[str, Any]) -> None:
        _childcare(document).pop("acknowledged")
        document["projects"][1]["metrics"][8]["acknowledged"] = ["denominator-wording"]

    assert _found(_program(move)) == [
        ("denominator-wording", f"{_CHILDCARE}.actual.per", "warning"),
        ("acknowledged-unused", "$.projects[1].metrics[8].acknowledged[0]", "warning"),
    ]


@pytest.mark.parametrize(
    ("codes", "message"),
    [
        (["phrase"], "'phrase' is an error: only a warning may be acknowledged"),
        (["no-such-code"], "'no-such-code' is no warning a metric can acknowledge"),
        (["review"], "'review' is no warning a metric can acknowledge"),  # removed instead
        (["text-form"], "'text-form' is no warning a metric can acknowledge"),  # a formula
        (["source-unmentioned"], "'source-unmentioned' is no warning a metric can acknowledge"),
    ],
)
def test_an_entry_that_acknowledges_no_warning_is_an_error(codes: list[str], message: str) -> None:
    """An error cannot be waved through, nor a code that no check gives."""
    program = _program(lambda d: _childcare(d).update(acknowledged=codes))
    (entry,) = [p for p in minsheng.check(program) if p.code == "acknowledged"]
    assert entry.severity == "error"
    assert entry.path == f"{_CHILDCARE}.acknowledged[{len(codes) - 1}]"
    assert entry.message == message
    # an error makes the metric undetermined, as any error of its data does
    assert minsheng.assess(program).projects[1].metrics[9].status is minsheng.Status.UNDETERMINED


@pytest.mark.parametrize(
    ("key", "value", "code"),
    [
        ("review", ["subject: from the words next to the figure"], "review"),
        ("subject", {"zh": "=HYPERLINK(1)", "en": "places"}, "text-form"),
    ],
)
def test_a_warning_no_entry_may_answer_stays_a_warning(key: str, value: Any, code: str) -> None:
    """Naming review or text-form is an error, and the warning itself is not passed either."""

    def edit(document: dict[str, Any]) -> None:
        _childcare(document)[key] = value
        _childcare(document)["acknowledged"] = ["denominator-wording", code]

    found = _found(_program(edit))
    assert [severity for c, _, severity in found if c == code] == ["warning"]
    assert ("acknowledged", f"{_CHILDCARE}.acknowledged[1]", "error") in found


def test_an_entry_whose_warning_is_gone_is_a_warning() -> None:
    """Once the data is mended (one denominator), the entry outlives its warning: said so."""

    def mend(document: dict[str, Any]) -> None:
        per = {"amount": "1000", "unit": "名", "subject": "常住人口"}
        _childcare(document)["actual"]["per"] = [per]
        _childcare(document)["actual"]["phrase"] = "每千名常住人口拥有托位数4.75个"

    assert _found(_program(mend)) == [
        ("acknowledged-unused", f"{_CHILDCARE}.acknowledged[0]", "warning")
    ]


def test_an_entry_acknowledges_one_warning_and_a_new_one_is_not_passed() -> None:
    """A review's: one entry covered every warning of its code, those added after it too.

    A second provenance warning on the metric (its outcome's phrase removed
    after the first was acknowledged) leaves both unacknowledged, and the
    report marks the metric; a second entry acknowledges both; a third is left over.
    """

    def edit(count: int) -> Any:
        def apply(document: dict[str, Any]) -> None:
            metric = document["projects"][1]["metrics"][0]
            metric["target"].pop("phrase")
            metric["actual"].pop("phrase")
            metric["acknowledged"] = ["provenance"] * count

        return apply

    path = "$.projects[1].metrics[0]"
    one = _program(edit(1))
    assert [(c, at, sev) for c, at, sev in _found(one) if at.startswith(path)] == [
        ("provenance", f"{path}.target", "warning"),
        ("provenance", f"{path}.actual", "warning"),
        ("acknowledged-unused", f"{path}.acknowledged[0]", "warning"),
    ]
    assert minsheng.assess(one).projects[1].metrics[0].warned
    (entry,) = [p for p in minsheng.check(one) if p.code == "acknowledged-unused"]
    assert entry.message == (
        "the metric has 2 'provenance' warnings, more than the entries that acknowledge"
        " them: none is acknowledged until each has its entry"
    )
    two = _program(edit(2))
    assert [sev for c, at, sev in _found(two) if at.startswith(path)] == [
        "acknowledged",
        "acknowledged",
    ]
    assert not minsheng.assess(two).projects[1].metrics[0].warned
    three = [(c, at) for c, at, sev in _found(_program(edit(3))) if sev == "warning"]
    assert three == [("acknowledged-unused", f"{path}.acknowledged[2]")]


def test_the_acknowledgeable_codes_are_the_checks_warnings() -> None:
    """Every warning of the semantic checks but a formula's; no error, nor the review marker."""
    warnings = {code for code, severity in CODES.items() if severity == "warning"}
    assert warnings - {"text-form"} == ACKNOWLEDGEABLE
    assert "review" not in ACKNOWLEDGEABLE
    assert "text-form" not in ACKNOWLEDGEABLE
    assert "acknowledged-unused" not in ACKNOWLEDGEABLE


def test_the_entry_round_trips_and_the_schema_states_it() -> None:
    """The entry survives dumps and loads, and the dataset schema names the key."""
    program = minsheng.load("kunming", 2025)
    assert minsheng.loads(minsheng.dumps(program)) == program
    schema = minsheng.json_schema()
    assert "acknowledged" in schema["$defs"]["metric"]["properties"]


_CODES = sorted(ACKNOWLEDGEABLE | {"phrase", "unit-mismatch", "no-such-code"})


@settings(max_examples=40, deadline=None)
@given(
    metric=st.integers(min_value=0, max_value=len(_BASE["projects"][1]["metrics"]) - 1),
    codes=st.lists(st.sampled_from(_CODES), max_size=4),
)
def test_acknowledging_changes_the_metric_s_warnings_and_nothing_else(
    metric: int, codes: list[str]
) -> None:
    """Whatever a metric acknowledges, only its warnings of those codes change severity.

    Every other problem is as before; each entry adds at most one problem of its own.
    """

    def edit(document: dict[str, Any]) -> None:
        _childcare(document).pop("acknowledged")
        document["projects"][1]["metrics"][metric]["acknowledged"] = codes

    before = _found(_program(lambda d: _childcare(d).pop("acknowledged")))
    after = _found(_program(edit))
    path = f"$.projects[1].metrics[{metric}]"
    own = [p for p in after if p[0] in ("acknowledged", "acknowledged-unused")]
    mine = Counter(
        code
        for code, at, severity in before
        if severity == "warning" and at.startswith((path + ".", path + "["))
    )
    assert after[: len(after) - len(own)] == [
        (code, at, "acknowledged")
        if severity == "warning"
        and at.startswith((path + ".", path + "["))
        and code in ACKNOWLEDGEABLE
        and mine[code] <= codes.count(code)
        else (code, at, severity)
        for code, at, severity in before
    ]
    assert all(at.startswith(f"{path}.acknowledged[") for _, at, _ in own)
    assert len(own) <= len(codes)
