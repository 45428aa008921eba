"""Hypothesis strategies for every model class."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

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
)


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
    return minsheng.Metric(
        id=metric_id if metric_id is not None else draw(slugs),
        kind=kind,
        subject=draw(texts),
        direction=direction,
        measure=draw(st.none() | st.sampled_from(minsheng.Measure)),
        statement=draw(optional_words),
        target=target,
        baseline=draw(optional_quantities),
        actual=draw(optional_quantities),
        components=tuple(draw(st.lists(components, max_size=2))),
        items=draw(st.none() | named_items),
        evidence=draw(st.none() | evidence),
        ambiguity=draw(optional_words),
        notes=tuple(draw(st.lists(words, max_size=2))),
    )


@st.composite
def projects(draw: st.DrawFn, number: int = 1) -> minsheng.Project:
    """A valid project with uniquely named metrics."""
    count = draw(st.integers(min_value=0, max_value=3))
    return minsheng.Project(
        number=number,
        title=draw(texts),
        category=draw(st.sampled_from(minsheng.Category)),
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
jurisdictions = st.builds(
    minsheng.Jurisdiction,
    slug=slugs,
    name=texts,
    division_code=st.from_regex(r"\A[1-8][0-9]{5}\Z"),
    province=texts,
)
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
    project_list = tuple(draw(projects(number=i + 1)) for i in range(count))
    source_list = draw(st.lists(sources, min_size=1, max_size=2, unique_by=lambda s: s.id))
    return minsheng.Program(
        jurisdiction=draw(jurisdictions),
        year=draw(st.integers(min_value=1990, max_value=2100)),
        stage=draw(st.sampled_from(minsheng.Stage)),
        as_of=draw(dates),
        sources=tuple(source_list),
        projects=project_list,
        ballot=draw(st.none() | ballots(projects=count)),
        evaluation=draw(st.none() | evaluations),
        revision=draw(st.integers(min_value=1, max_value=50)),
        notes=tuple(draw(st.lists(words, max_size=2))),
    )
