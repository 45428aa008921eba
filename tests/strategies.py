"""Hypothesis strategies for every model class."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import settings
from hypothesis import strategies as st

import minsheng
from minsheng._quantity import MULTIPLIERS

slugs = st.from_regex(r"\A[a-z][a-z0-9]{0,8}(-[a-z0-9]{1,5}){0,2}\Z")
words = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")),
    min_size=1,
    max_size=12,
).filter(lambda s: s.strip() != "")
optional_words = st.none() | words
dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31))
units = st.sampled_from(sorted(minsheng.UNITS))


@st.composite
def decimals(draw: st.DrawFn, places: int = 4) -> Decimal:
    """Decimals as datasets write them: finite, at most 18 digits."""
    whole = draw(st.integers(min_value=-(10**12), max_value=10**12))
    fraction = draw(st.integers(min_value=0, max_value=10**places - 1))
    return Decimal(whole) + Decimal(fraction).scaleb(-places)


texts = st.builds(minsheng.Text, zh=words, en=optional_words, en_official=st.booleans())
pers = st.builds(
    minsheng.Per,
    amount=st.integers(min_value=1, max_value=10**6).map(Decimal),
    unit=st.none() | units,
    subject=optional_words,
    en=optional_words,
)


spans = st.builds(
    lambda start, length: minsheng.Span(start, start + length),
    st.integers(min_value=0, max_value=10**6),
    st.integers(min_value=1, max_value=200),
)
reviews = st.lists(words, max_size=1).map(tuple)


@st.composite
def quantities(draw: st.DrawFn, unit: str | None = None) -> minsheng.Quantity:
    """A valid quantity: its value fits its multiplier and decimals."""
    multiplier = draw(st.sampled_from(MULTIPLIERS))
    places = draw(st.integers(min_value=0, max_value=3))
    mantissa = draw(st.integers(min_value=0, max_value=10**7))
    value = Decimal(mantissa).scaleb(-places).scaleb(multiplier) + 0
    return minsheng.Quantity(
        value=value,
        unit=draw(units) if unit is None else unit,
        multiplier=multiplier,
        decimals=places,
        approximation=draw(st.sampled_from(minsheng.Approximation)),
        comparator=draw(st.none() | st.sampled_from(minsheng.Comparator)),
        per=tuple(draw(st.lists(pers, max_size=2))),
        phrase=draw(optional_words),
        derivation=draw(optional_words),
        source=None,
        span=draw(st.none() | spans),
    )


optional_quantities = st.none() | quantities()
components = st.builds(
    minsheng.Component,
    label=texts,
    target=optional_quantities,
    actual=optional_quantities,
)
evidence = st.builds(
    minsheng.Evidence, statement=optional_words, achieved=st.none() | st.booleans()
)
named_items = st.builds(
    minsheng.NamedItems,
    names=st.lists(words, max_size=3).map(tuple),
    exhaustive=st.booleans(),
)


@st.composite
def metrics(draw: st.DrawFn, metric_id: str | None = None) -> minsheng.Metric:
    """A valid metric; numeric ones with a target have a direction."""
    kind = draw(st.sampled_from(minsheng.MetricKind))
    target = draw(optional_quantities)
    direction = draw(st.sampled_from(minsheng.Direction))
    if target is None or not kind.is_numeric:
        direction = draw(st.none() | st.just(direction))
    actual = draw(optional_quantities)
    return minsheng.Metric(
        id=metric_id if metric_id is not None else draw(slugs),
        kind=kind,
        subject=draw(texts),
        direction=direction,
        measure=draw(st.none() | st.sampled_from(minsheng.Measure)),
        statement=draw(optional_words),
        target=target,
        baselines=tuple(draw(st.lists(quantities(), max_size=2))),
        actual=actual,
        estimate=draw(optional_quantities),
        progress=draw(st.none() | quantities(unit="%")),
        alternatives=()
        if actual is None
        else tuple(draw(st.lists(quantities(unit=actual.unit), max_size=1))),
        components=tuple(draw(st.lists(components, max_size=2))),
        items=draw(st.none() | named_items),
        evidence=draw(st.none() | evidence),
        ambiguity=draw(optional_words),
        equivalent_units=tuple(draw(st.lists(units, max_size=2, unique=True))),
        notes=tuple(draw(st.lists(words, max_size=2))),
    )


@st.composite
def projects(
    draw: st.DrawFn, number: int | None = 1, areas: tuple[int, ...] = ()
) -> minsheng.Project:
    """A valid project with uniquely named metrics; unnumbered ones have a title."""
    count = draw(st.integers(min_value=0, max_value=3))
    return minsheng.Project(
        number=number,
        title=draw(texts) if number is None else draw(st.none() | texts),
        categories=tuple(
            draw(st.lists(st.sampled_from(minsheng.Category), min_size=1, max_size=2, unique=True))
        ),
        area=draw(st.none() | st.sampled_from(areas)) if areas else None,
        departments=tuple(draw(st.lists(words, max_size=2))),
        description=draw(optional_words),
        metrics=tuple(draw(metrics(metric_id=f"m{i}")) for i in range(count)),
        reported=draw(
            st.builds(
                minsheng.Reported,
                status=st.sampled_from(minsheng.ReportedStatus),
                phrase=optional_words,
            )
        ),
        notes=tuple(draw(st.lists(words, max_size=2))),
        review=draw(reviews),
    )


sources = st.builds(
    minsheng.Source,
    id=slugs,
    publisher=words,
    title=words,
    date=dates,
    author=optional_words,
    url=optional_words,
    note=optional_words,
)


@st.composite
def jurisdictions(draw: st.DrawFn) -> minsheng.Jurisdiction:
    """A province (no province of its own), a city or a county (with one)."""
    code = draw(st.from_regex(r"\A[1-8][0-9]{5}\Z"))
    level = minsheng.JurisdictionLevel.of(code)
    return minsheng.Jurisdiction(
        slug=draw(slugs),
        name=draw(texts),
        division_code=code,
        province=None if level is minsheng.JurisdictionLevel.PROVINCE else draw(texts),
    )


declared_units = st.builds(
    minsheng.Unit,
    symbol=st.sampled_from(["盏", "批次", "台次"]),
    kind=st.just(minsheng.UnitKind.CLASSIFIER),
    en=words,
    en_plural=words,
    zh_hant=words,
    either=st.lists(units, max_size=1).map(tuple),
)
areas = st.builds(minsheng.Area, number=st.integers(1, 9), title=texts)
evaluations = st.builds(
    minsheng.Evaluation,
    body=words,
    date=st.none() | dates,
    held=st.booleans(),
    score=optional_words,
    source=st.none(),
    notes=st.lists(words, max_size=2).map(tuple),
)


@st.composite
def ballots(draw: st.DrawFn, projects: int = 0) -> minsheng.Ballot:
    """A valid ballot that ranks ``projects`` projects, 1..n."""
    order = draw(st.permutations(list(range(1, projects + 1))))
    published = draw(st.booleans())
    votes = sorted(
        draw(
            st.lists(
                st.integers(min_value=0, max_value=999),
                min_size=projects,
                max_size=projects,
            )
        ),
        reverse=True,
    )
    entries = tuple(
        minsheng.BallotEntry(rank=i + 1, project=p, votes=votes[i] if published else None)
        for i, p in enumerate(order)
    )
    return minsheng.Ballot(
        body=draw(words),
        method=draw(st.sampled_from(minsheng.RankingMethod)),
        congress=draw(st.none() | st.integers(min_value=1, max_value=20)),
        session=draw(st.none() | st.integers(min_value=1, max_value=9)),
        announcement=draw(optional_words),
        date=draw(st.none() | dates),
        electorate=draw(optional_words),
        delegations=draw(st.none() | st.integers(min_value=1, max_value=40)),
        counts_published=published,
        entries=entries,
        source=None,
        notes=tuple(draw(st.lists(words, max_size=2))),
    )


@st.composite
def programs(draw: st.DrawFn) -> minsheng.Program:
    """A valid program: unique numbers and ids, references that resolve."""
    count = draw(st.integers(min_value=0, max_value=4))
    area_list = tuple(draw(st.lists(areas, max_size=2, unique_by=lambda a: a.number)))
    numbers = [i + 1 for i in range(count)]
    project_list = tuple(
        draw(projects(number=n, areas=tuple(a.number for a in area_list))) for n in numbers
    ) + tuple(draw(st.lists(projects(number=None), max_size=1)))
    source_list = draw(st.lists(sources, min_size=1, max_size=2, unique_by=lambda s: s.id))
    return minsheng.Program(
        jurisdiction=draw(jurisdictions()),
        year=draw(st.integers(min_value=1990, max_value=2100)),
        stage=draw(st.sampled_from(minsheng.Stage)),
        as_of=draw(dates),
        sources=tuple(source_list),
        projects=project_list,
        name=draw(st.none() | texts),
        areas=area_list,
        figures=tuple(draw(metrics(metric_id=f"f{i}")) for i in range(draw(st.integers(0, 1)))),
        units=tuple(draw(st.lists(declared_units, max_size=2, unique_by=lambda u: u.symbol))),
        ballot=draw(st.none() | ballots(projects=count)),
        evaluation=draw(st.none() | evaluations),
        revision=draw(st.integers(min_value=1, max_value=50)),
        license=draw(optional_words),
        citation=draw(optional_words),
        notes=tuple(draw(st.lists(words, max_size=2))),
        review=draw(reviews),
    )


few_programs = settings(max_examples=min(settings().max_examples, 50))
"""For tests that draw whole programs: at most 50 examples under any profile.

Hypothesis takes about 0.15 s to draw one program; under the ci profile's 150
examples the six tests that draw them took about three minutes of CI's time.
"""
