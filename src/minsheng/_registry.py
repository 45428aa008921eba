"""The dataset registry: shipped datasets and those other packages provide.

Datasets are files named ``<city>/<year>.json``.  minsheng ships some; any
installed package can add more by naming one of its packages in the
``minsheng.datasets`` entry-point group::

    [project.entry-points."minsheng.datasets"]
    dali = "minsheng_dali.data"

Nothing is read at import time.  The index of what exists is built on first
use, each program is parsed once, and both happen behind a lock, so that
threads can share the registry.
"""

from __future__ import annotations

import os
import sys
import threading
import warnings
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, NamedTuple

import attrs

from minsheng._context import callers_context, own_context
from minsheng._errors import (
    ArgumentError,
    DatasetError,
    RegistryError,
    RegistryWarning,
    UnknownDatasetError,
    clip,
    expect,
    problem,
)
from minsheng._files import io_error, read_file
from minsheng._i18n import listing, msg, verbatim
from minsheng._json import loads
from minsheng._model import Program
from minsheng._patterns import compiled
from minsheng._plugins import GROUP, possible
from minsheng._quantity import SLUG
from minsheng._resources import shipped

if TYPE_CHECKING:
    from importlib.metadata import EntryPoint
    from importlib.resources.abc import Traversable
    from types import FrameType

ENTRY_POINT_GROUP = GROUP
SHIPPED = "minsheng"

_YEAR = compiled(r"[0-9]{4}")
_YEAR_FILE = compiled(r"([0-9]{4})\.json")


def refuse_unknown_city(city: str, cities: Iterable[str]) -> None:
    """Raise UnknownDatasetError, naming the cities there are, if ``city`` is not among them."""
    known = sorted(set(cities))
    if city not in known:
        raise UnknownDatasetError(
            msg("no datasets for city {city}", city=clip(repr(city))), available=known
        )


@attrs.frozen(order=True)
class DatasetInfo:
    """A dataset the registry knows of: its city, year and provider.

    ``provider`` is ``"minsheng"`` for shipped datasets, else the name of the
    entry point that provides it.
    """

    city: str
    year: int
    provider: str


class _Entry(NamedTuple):  # not attrs: its methods compile at import, 0.5 ms a command
    info: DatasetInfo
    resource: Traversable


def _scan(root: Traversable, provider: str) -> Iterable[_Entry]:
    if not root.is_dir():
        return
    for city_dir in root.iterdir():
        if not city_dir.is_dir() or not SLUG.fullmatch(city_dir.name):
            continue
        for file in city_dir.iterdir():
            match = _YEAR_FILE.fullmatch(file.name)
            if match:  # a folder or a FIFO of that name too: loading it says what it is
                info = DatasetInfo(city_dir.name, int(match.group(1)), provider)
                yield _Entry(info, file)


def _entry_points() -> list[EntryPoint]:
    """The ``minsheng.datasets`` entry points of the installed packages, by name.

    importlib.metadata is imported only where an installed distribution may
    declare the group (:func:`minsheng._plugins.possible`).
    """
    if not possible():
        return []
    import importlib.metadata  # noqa: PLC0415 - only where a plugin may exist

    points = importlib.metadata.entry_points(group=ENTRY_POINT_GROUP)
    return sorted(points, key=lambda point: point.name)


def _year(year: object) -> int:
    """``year`` as an int: 2025 or "2025"; anything else says why it is not a year."""
    expect(year, (int, str), "year", "load")
    if isinstance(year, str) and _YEAR.fullmatch(year):
        return int(year)
    if isinstance(year, int) and not isinstance(year, bool) and 0 <= year <= 9999:
        return year
    shown = "an int too large to show" if isinstance(year, int) and year > 10**40 else repr(year)
    raise UnknownDatasetError(
        msg(
            "{year} is not a year: use four digits, such as {example}",
            year=clip(shown),
            example="2025",
        )
    )


class _Registry:
    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._index: dict[tuple[str, int], list[_Entry]] | None = None
        self._programs: dict[tuple[str, int], Program] = {}
        self._broken: list[RegistryError] = []

    def _build(self) -> dict[tuple[str, int], list[_Entry]]:
        index: dict[tuple[str, int], list[_Entry]] = {}
        roots: list[tuple[Traversable, str, str]] = [(shipped("datasets"), SHIPPED, "")]
        broken = []
        for point in _entry_points():
            import importlib.resources  # noqa: PLC0415 - only for a plugin

            if ":" in point.value:  # module:attribute, as console scripts are named
                broken.append(
                    RegistryError(
                        msg(
                            "entry point {name} in group {group} names {value}, an object;"
                            " it names the package that holds the JSON files, with no colon"
                            " ({example})",
                            name=repr(point.name),
                            group=repr(ENTRY_POINT_GROUP),
                            value=repr(point.value),
                            example="minsheng_exampleton.data",
                        )
                    )
                )
                continue
            try:
                with callers_context():  # its code runs as the caller's, not minsheng's
                    roots.append((importlib.resources.files(point.value), point.name, point.value))
            # importing the package runs its code: whatever it raises, even SystemExit
            # (a hostile-input audit's RuntimeError was "a bug in minsheng", exit 70)
            except (Exception, SystemExit) as exc:  # noqa: BLE001 - a third party's code
                # one broken package leaves out its own datasets, not everyone's
                broken.append(
                    RegistryError(
                        msg(
                            "entry point {name} in group {group} names {value},"
                            " which is not an importable package: {error}",
                            name=repr(point.name),
                            group=repr(ENTRY_POINT_GROUP),
                            value=repr(point.value),
                            error=verbatim(clip(f"{type(exc).__name__}: {exc}", 200)),
                        )
                    )
                )
        for root, provider, value in roots:
            entries = list(_scan(root, provider))
            if not entries and provider != SHIPPED:
                # a wheel built without its JSON files (a newcomer's plugin was silently
                # empty): the provider is broken, and says so
                broken.append(
                    RegistryError(
                        msg(
                            "entry point {name} in group {group} names {value}, which holds"
                            " no dataset: put each at CITY/YEAR.json in that package ({example})"
                            " and include the JSON files in its wheel",
                            name=repr(provider),
                            group=repr(ENTRY_POINT_GROUP),
                            value=repr(value),
                            example="minsheng_exampleton/data/exampleton/2025.json",
                        )
                    )
                )
            for entry in entries:
                key = (entry.info.city, entry.info.year)
                index.setdefault(key, []).append(entry)
        self._broken = broken
        for error in broken:
            warnings.warn(RegistryWarning(error), stacklevel=_outside_minsheng())
        return index

    def index(self) -> dict[tuple[str, int], list[_Entry]]:
        with self._lock:
            if self._index is None:
                self._index = self._build()
            return self._index

    def load(self, city: str, year: int | str) -> Program:
        expect(city, str, "city", "load")
        if not SLUG.fullmatch(city):
            raise UnknownDatasetError(
                msg(
                    "{city} is not a dataset name: use lower-case letters, digits"
                    " and hyphens, such as {example}",
                    city=clip(repr(city)),
                    example="'kunming'",
                )
            )
        key = (city, _year(year))
        with self._lock:
            cached = self._programs.get(key)
            if cached is not None:
                return cached
            index = self.index()
            entries = index.get(key)
            if not entries:
                if self._broken:  # a broken provider may be the one that has it
                    raise UnknownDatasetError(
                        msg(
                            "no dataset for {city} in {year} among the providers that work,"
                            " and a broken one may have it: {error}",
                            city=repr(city),
                            year=year,
                            error=self._broken[0].detail,
                        )
                    ) from self._broken[0]
                refuse_unknown_city(city, {c for c, _ in index})
                years = sorted(str(y) for c, y in index if c == city)
                raise UnknownDatasetError(
                    msg("no dataset for {city} in {year}", city=repr(city), year=year),
                    available=years,
                )
            if len(entries) > 1:
                providers = listing([e.info.provider for e in entries])
                raise RegistryError(
                    msg(
                        "{key} is provided more than once: {providers}",
                        key=f"{city}/{year}",
                        providers=providers,
                    )
                )
            entry = entries[0]
            program = loads(_read(entry.resource), file=str(entry.resource))
            if program.key != f"{city}/{year}":
                raise DatasetError(
                    file=str(entry.resource),
                    problems=[
                        problem(
                            "value",
                            "$",
                            msg("the file's place in the registry and its content disagree"),
                            expected=verbatim(f"{city}/{year}"),
                            found=program.key,
                        )
                    ],
                )
            self._programs[key] = program
            return program

    def broken(self) -> tuple[RegistryError, ...]:
        with self._lock:
            self.index()
            return tuple(self._broken)

    def data(self, city: str, year: int) -> bytes | None:
        """The bytes of the one dataset of ``city`` and ``year``, or ``None``."""
        entries = self.index().get((city, year))
        return _read(entries[0].resource) if entries is not None and len(entries) == 1 else None

    def clear(self) -> None:
        with self._lock:
            self._index = None
            self._broken = []
            self._programs.clear()


def _outside_minsheng() -> int:
    """The stack level of the first caller outside minsheng, for a warning to name its line.

    The registry is read on first use, from ``load``, ``available`` or a
    command, at whatever depth; a fixed level named a line of minsheng.
    """
    package = os.path.dirname(__file__)  # noqa: PTH120 - a frame's file is a str
    frame: FrameType | None = sys._getframe(1)  # noqa: SLF001 - only for a broken provider
    level = 1
    while frame is not None and frame.f_code.co_filename.startswith(package + os.sep):
        frame = frame.f_back
        level += 1
    return level


def _read(resource: Traversable) -> bytes:
    """A dataset's bytes: a file on disk as :func:`read_file` reads one, within the limit.

    Only a resource inside an archive (a zipped plugin) is read whole by its
    own reader; the size limit then applies once it is read.
    """
    if isinstance(resource, os.PathLike):
        return read_file(resource)
    try:
        return resource.read_bytes()
    except OSError as exc:  # a folder of that name in a zipped plugin
        raise io_error(clip(str(resource)), str(exc)) from None


_REGISTRY = _Registry()


@own_context
def load(city: str, year: int | str | None = None) -> Program:
    """Load the program of ``city`` for ``year`` from the registry.

    ``year`` is an int or a string of four digits: ``load("kunming", "2025")``
    works too, and so does the command line's ``CITY/YEAR`` as one argument,
    ``load("kunming/2025")``.  The result is cached: the same object comes
    back each time.
    Where a provider is broken (a :class:`RegistryWarning` said so), a
    dataset no other provider has is still an :class:`UnknownDatasetError`:
    its message says that the broken provider may have it, and that
    provider's :class:`RegistryError` is its ``__cause__``.  A file's path
    (``load("base.json")``) is no dataset name: :func:`load_file` reads a file.

    Raises:
        ArgumentError: ``city`` is no string, ``year`` no int or string, or no year is given.
        UnknownDatasetError: no such dataset, or a bad city or year; it lists what exists.
        RegistryError: two providers ship the same dataset.
        DatasetError: the dataset file is broken.

    """
    expect(city, str, "city", "load")
    if _a_file(city):
        # load("base.json") said to give a year (a newcomer's trial): the command
        # line takes a file wherever it takes a dataset, load does not
        raise UnknownDatasetError(
            msg(
                "{path} is not a dataset name: load() reads an installed dataset by city"
                " and year, as load('kunming', 2025); to read a file, use load_file({path})",
                path=clip(repr(city)),
            )
        )
    if year is None:
        city, slash, year = city.partition("/")
        if not slash:
            raise ArgumentError(
                msg(
                    "load() takes a year too: load({city}, 2025) or load({slashed})",
                    city=clip(repr(city)),
                    slashed=clip(repr(city + "/2025")),
                )
            )
    return _REGISTRY.load(city, year)


def _a_file(name: str) -> bool:
    """Whether ``name`` is a file's path, not a city: base.json, ./x, /tmp/x, a/b/c."""
    return name.lower().endswith(".json") or name.startswith(("/", ".", "~")) or "\\" in name


def dataset_bytes(city: str, year: int) -> bytes | None:
    """The file of the registry's dataset of ``city`` and ``year`` as it is, or ``None``."""
    return _REGISTRY.data(city, year)


def broken_providers() -> tuple[RegistryError, ...]:
    """What is wrong with each provider whose datasets are left out (a warning said so)."""
    return _REGISTRY.broken()


def available() -> tuple[DatasetInfo, ...]:
    """List every dataset the registry can load, sorted by city and year."""
    return tuple(sorted(e.info for entries in _REGISTRY.index().values() for e in entries))


def load_installed(keep: Callable[[str, int], bool] | None = None) -> list[Program]:
    """Every installed dataset that ``keep`` chooses (all by default), loaded.

    A dataset of another provider whose file does not load (broken JSON, a
    year its folder does not name) is left out, with a :class:`RegistryWarning`
    that names it: one plugin's mistake stops no export, site or selection of
    the others (a newcomer's trial: one bad file stopped them all).  A dataset
    minsheng ships always loads, or raises.
    """
    programs = []
    for info in dict.fromkeys(available()):
        if keep is not None and not keep(info.city, info.year):
            continue
        try:
            programs.append(load(info.city, info.year))
        except DatasetError as exc:
            if info.provider == SHIPPED:
                raise
            error = RegistryError(
                msg(
                    "{key} of provider {provider} does not load, and is left out: {error}",
                    key=f"{info.city}/{info.year}",
                    provider=repr(info.provider),
                    error=exc.detail,
                )
            )
            warnings.warn(RegistryWarning(error), stacklevel=_outside_minsheng())
    return programs


def clear_cache() -> None:
    """Forget the index and every loaded program; the next use reads them again."""
    _REGISTRY.clear()
