"""A synthetic national-scale corpus: 337 cities x 10 years x 10 projects x 3 metrics.

The figures are random and stand for no real city; they exist to measure
minsheng at the scale analysts will use it. Every program validates against
the dataset schema. The mix: exact counts, 余 figures, rounded 万 figures,
percent rates with comparators, growth targets, lower-is-better durations,
and what real data has besides: level metrics with the metric of their
increment, milestones with evidence, figures made of components, and text
with colons, some of it quoting with ASCII quotes (a string that holds ``":``
is what makes the loader count keys exactly; one program in ten has one).
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import minsheng
from minsheng._divisions import PROVINCES

HERE = Path(__file__).resolve().parent
CITIES = 337
YEARS = 10
PROJECTS = 10
METRICS = 3
CATEGORIES = [c.value for c in minsheng.Category]


def _count(rng: random.Random, index: int) -> dict[str, Any]:
    target = rng.randrange(10, 5000) * 10
    actual = int(target * rng.uniform(0.8, 1.6))
    if index % 3 == 0:
        base = actual // 100 * 100 or 100
        actual_q = {
            "value": str(base),
            "unit": "个",
            "approximation": "more-than",
            "phrase": f"{base}余个",
        }
    elif index % 3 == 1:
        wan = round(actual / 10_000, 2)
        value = round(wan * 10_000)
        actual_q = {
            "value": str(value),
            "unit": "个",
            "multiplier": 4,
            "decimals": 2,
            "approximation": "rounded",
            "phrase": f"{wan:.2f}万个",
        }
    else:
        actual_q = {"value": str(actual), "unit": "个", "phrase": f"{actual}个"}
    return {
        "kind": "count",
        "subject": {"zh": "新增学位", "en": "new school places"},
        "direction": "higher",
        "measure": "increment",
        "target": {
            "value": str(target),
            "unit": "个",
            "comparator": ">=",
            "phrase": f"不少于{target}个",
        },
        "actual": actual_q,
    }


def _rate(rng: random.Random) -> dict[str, Any]:
    target = rng.choice([80, 85, 90, 95])
    actual = f"{rng.uniform(target - 5, 100):.2f}"
    return {
        "kind": "rate",
        "subject": {"zh": "就业率", "en": "employment rate"},
        "direction": "higher",
        "target": {
            "value": str(target),
            "unit": "%",
            "comparator": ">=",
            "phrase": f"{target}%以上",
        },
        "actual": {
            "value": actual,
            "unit": "%",
            "decimals": 2,
            "approximation": "rounded",
            "phrase": f"{actual}%",
        },
    }


def _growth(rng: random.Random) -> dict[str, Any]:
    growth = f"{rng.uniform(60, 140):.2f}"
    return {
        "kind": "growth",
        "subject": {"zh": "护理人员数量", "en": "carers"},
        "direction": "higher",
        "target": {"value": "2", "unit": "倍", "phrase": "翻一番"},
        "actual": {
            "value": growth,
            "unit": "%",
            "decimals": 2,
            "approximation": "rounded",
            "phrase": f"增长{growth}%",
        },
    }


def _duration(rng: random.Random) -> dict[str, Any]:
    target = rng.randrange(1, 10)
    actual = max(1, target + rng.randrange(-2, 3))
    return {
        "kind": "duration",
        "subject": {"zh": "办理时限", "en": "processing time"},
        "direction": "lower",
        "target": {
            "value": str(target),
            "unit": "个工作日",
            "comparator": "<=",
            "phrase": f"压缩为{target}个工作日",
        },
        "actual": {"value": str(actual), "unit": "个工作日", "phrase": f"{actual}个工作日"},
    }


def _level(rng: random.Random) -> tuple[dict[str, Any], dict[str, Any]]:
    """A level metric (年末达到245条) and the metric of its increment (新增15条)."""
    added = rng.randrange(5, 40)
    level = rng.randrange(100, 400) + added
    increment = {
        "kind": "count",
        "subject": {"zh": "新增公交线路", "en": "new bus routes"},
        "direction": "higher",
        "measure": "increment",
        "target": {"value": str(added), "unit": "条", "phrase": f"新增{added}条"},
        "actual": {"value": str(added), "unit": "条", "phrase": f"新增{added}条"},
    }
    total = {
        "kind": "count",
        "subject": {"zh": "公交线路总数", "en": "bus routes"},
        "direction": "higher",
        "measure": "level",
        "increment": "m1",
        "target": {
            "value": str(level),
            "unit": "条",
            "comparator": ">=",
            "phrase": f"达到{level}条",
        },
        "actual": {"value": str(level), "unit": "条", "phrase": f"{level}条"},
        "notes": ["口径: 年末数, 含新增线路"],
    }
    return increment, total


def _milestone(rng: random.Random) -> dict[str, Any]:
    done = rng.random() < 0.8
    return {
        "kind": "milestone",
        "subject": {"zh": "建成智慧平台", "en": "a smart-services platform"},
        "statement": "年底前建成并上线运行",
        "evidence": {
            "statement": "已建成并上线运行" if done else "尚在建设",
            "achieved": done,
        },
    }


def _components(rng: random.Random) -> dict[str, Any]:
    parts = [rng.randrange(3, 20) for _ in range(3)]
    labels = ("新建", "改扩建", "转型")
    total = sum(parts)
    return {
        "kind": "count",
        "subject": {"zh": "托育机构", "en": "childcare centres"},
        "direction": "higher",
        "measure": "increment",
        "target": {
            "value": str(total),
            "unit": "家",
            "comparator": ">=",
            "phrase": f"不少于{total}家",
        },
        "actual": {"value": str(total), "unit": "家", "phrase": f"{total}家"},
        "components": [
            {
                "label": {"zh": label},
                "actual": {"value": str(part), "unit": "家", "phrase": f"{label}{part}家"},
            }
            for label, part in zip(labels, parts, strict=True)
        ],
    }


def program(city: int, year: int) -> dict[str, Any]:
    """One synthetic program, as dataset JSON data."""
    rng = random.Random(city * 10_000 + year)  # noqa: S311 - reproducible, not secret
    projects = []
    for number in range(1, PROJECTS + 1):
        metrics: list[dict[str, Any]] = []
        if number == 9:  # a level metric and its increment, and a milestone
            metrics += [*_level(rng), _milestone(rng)]
        elif number == 10:  # a figure made of parts, and two ordinary ones
            metrics += [_components(rng), _rate(rng), _duration(rng)]
        for index in range(len(metrics), METRICS):
            kind = (number + index) % 4
            if kind == 0:
                metric = _count(rng, number + index)
            elif kind == 1:
                metric = _rate(rng)
            elif kind == 2:
                metric = _growth(rng)
            else:
                metric = _duration(rng)
            metrics.append(metric)
        project: dict[str, Any] = {
            "number": number,
            "title": {"zh": f"第{number}件实事", "en": f"Project {number}"},
            "categories": [CATEGORIES[(city + number) % len(CATEGORIES)]],
            "reported": {"status": "completed", "phrase": "已完成"},
            "metrics": [{"id": f"m{i + 1}", **m} for i, m in enumerate(metrics)],
        }
        if number == 1 and (city + year) % 10 == 0:
            project["description"] = '完成率按"实有人口":常住人口口径计算'
        projects.append(project)
    return {
        "$schema": minsheng.SCHEMA_ID,
        "jurisdiction": {
            "slug": f"city-{city}",
            "name": {"zh": f"城市{city}"},
            # Prefecture-level codes (never XX0000, which names a province), each
            # in the province that its first two digits name.
            "division_code": f"{11 + city // 99:02d}{1 + city % 99:02d}00",
            "province": {"zh": PROVINCES[f"{11 + city // 99:02d}"][0]},
        },
        "year": year,
        "stage": "reported",
        "as_of": f"{year}-12-31",
        "sources": [
            {
                "id": "synthetic",
                "publisher": "minsheng benchmarks",
                "title": "synthetic",
                "date": f"{year + 1}-01-31",
            }
        ],
        "projects": projects,
        "ballot": {
            "body": "synthetic",
            "method": "votes-descending",
            "entries": [{"rank": n, "project": n} for n in range(1, PROJECTS + 1)],
        },
    }


def corpus() -> Iterator[bytes]:
    """Every program of the corpus, as the UTF-8 JSON bytes of a dataset file."""
    for city in range(1, CITIES + 1):
        for year in range(2016, 2016 + YEARS):
            yield json.dumps(program(city, year), ensure_ascii=False).encode()
