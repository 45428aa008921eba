"""The registry: shipped datasets, caching, threads, names and entry points."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

import minsheng
from tests.conftest import ROOT


def test_lists_shipped_datasets() -> None:
    """Kunming 2025 and 2026 are available from minsheng itself."""
    shipped = [(d.city, d.year) for d in minsheng.available() if d.provider == "minsheng"]
    assert ("kunming", 2025) in shipped
    assert ("kunming", 2026) in shipped


def test_load_is_cached_and_immutable() -> None:
    """The same frozen object comes back each time."""
    import attrs

    program = minsheng.load("kunming", 2026)
    assert minsheng.load("kunming", 2026) is program
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        program.year = 2027  # type: ignore[misc]


@pytest.mark.usefixtures("fresh_registry")
def test_concurrent_first_loads_share_one_object() -> None:
    """Threads that load at once get one and the same program."""
    results: list[minsheng.Program] = []
    barrier = threading.Barrier(8)

    def worker() -> None:
        barrier.wait()
        results.append(minsheng.load("kunming", 2025))

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 8
    assert all(r is results[0] for r in results)


def test_unknown_city_lists_the_cities() -> None:
    """The error names what exists."""
    with pytest.raises(minsheng.UnknownDatasetError, match=r"available: .*kunming") as info:
        minsheng.load("dali", 2025)
    assert "kunming" in info.value.available
    assert isinstance(info.value, LookupError)


def test_unknown_year_lists_the_years() -> None:
    """The error names the city's years."""
    with pytest.raises(minsheng.UnknownDatasetError) as info:
        minsheng.load("kunming", 1999)
    assert info.value.available[:2] == ("2025", "2026")


@pytest.mark.parametrize("name", ["../kunming", "kunming/../x", "Kunming", "", "kun ming", "/etc"])
def test_names_are_validated(name: str) -> None:
    """No path traversal: a city name is a slug."""
    with pytest.raises(minsheng.UnknownDatasetError, match="not a dataset name"):
        minsheng.load(name, 2025)


def test_year_may_be_four_digits_as_text(kunming_2025: minsheng.Program) -> None:
    """load("kunming", "2025") works: the year as the command line spells it."""
    assert minsheng.load("kunming", "2025") == kunming_2025


def test_city_slash_year_names_a_dataset_as_on_the_command_line(
    kunming_2025: minsheng.Program,
) -> None:
    """load("kunming/2025") is the command line's CITY/YEAR (a newcomer's: a TypeError)."""
    assert minsheng.load("kunming/2025") == kunming_2025
    assert minsheng.load("kunming/2025") is minsheng.load("kunming", 2025)
    with pytest.raises(minsheng.UnknownDatasetError, match="'2025/x' is not a year"):
        minsheng.load("kunming/2025/x")
    with pytest.raises(minsheng.UnknownDatasetError, match="not a dataset name"):
        minsheng.load("Kunming/2025")


def test_a_city_alone_asks_for_its_year() -> None:
    """load("kunming") says how to give the year, in either form."""
    with pytest.raises(minsheng.ArgumentError) as info:
        minsheng.load("kunming")
    assert str(info.value) == (
        "load() takes a year too: load('kunming', 2025) or load('kunming/2025')"
    )
    assert isinstance(info.value, TypeError)


@pytest.mark.parametrize(
    "year",
    ["20x5", "2025\n", "", -1, 10**5000],
    ids=["letters", "newline", "empty", "negative", "huge"],
)
def test_a_year_that_is_not_a_year_says_why(year: object) -> None:
    """Any other int or text is an UnknownDatasetError that says what a year looks like."""
    with pytest.raises(minsheng.UnknownDatasetError, match="is not a year"):
        minsheng.load("kunming", year)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("city", "year", "message"),
    [
        ("kunming", 2025.0, "load() takes year as int or str, not float"),
        ("kunming", None, "load() takes a year too: load('kunming', 2025) or load('kunming/2025')"),
        ("kunming", True, "load() takes year as int or str, not bool"),
        ("kunming", [2025], "load() takes year as int or str, not list"),
        (None, 2025, "load() takes city as str, not NoneType"),
        (b"kunming", 2025, "load() takes city as str, not bytes"),
    ],
)
def test_a_city_or_year_of_the_wrong_type_is_an_argument_error(
    city: object, year: object, message: str
) -> None:
    """A wrong type is a caller's mistake, a TypeError, as in every other function."""
    with pytest.raises(minsheng.ArgumentError) as info:
        minsheng.load(city, year)  # type: ignore[arg-type]
    assert str(info.value) == message
    assert isinstance(info.value, TypeError)


def test_load_file_and_missing_file(tmp_path: Path) -> None:
    """A file loads by path; a missing one is a DatasetError, not an OSError."""
    shipped = ROOT / "datasets" / "kunming" / "2026.json"
    assert minsheng.load_file(shipped) == minsheng.load("kunming", 2026)
    with pytest.raises(minsheng.DatasetError) as info:
        minsheng.load_file(tmp_path / "nope.json")
    assert info.value.problems[0].code == "io"


def test_import_reads_no_dataset() -> None:
    """Importing minsheng reads no dataset and imports neither babel nor importlib.metadata."""
    code = (
        "import sys, builtins\n"
        "opened = []\n"
        "real = builtins.open\n"
        "builtins.open = lambda f, *a, **k: (opened.append(str(f)), real(f, *a, **k))[1]\n"
        "import minsheng\n"
        "print(sorted(m for m in ('babel', 'importlib.metadata') if m in sys.modules))\n"
        "print([f for f in opened if f.endswith('.json')])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert out == ["[]", "[]"]


def _make_plugin(root: Path, city: str, document: dict[str, object], year: int = 2024) -> Path:
    """Write a tiny installable package that provides ``city/year.json``."""
    package = root / "plugin"
    data = package / "src" / "minsheng_testville" / "data" / city
    data.mkdir(parents=True)
    (package / "src" / "minsheng_testville" / "__init__.py").write_text("")
    (package / "src" / "minsheng_testville" / "data" / "__init__.py").write_text("")
    (data / f"{year}.json").write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    (package / "pyproject.toml").write_text(
        textwrap.dedent(
            """
            [build-system]
            requires = ["hatchling"]
            build-backend = "hatchling.build"

            [project]
            name = "minsheng-testville"
            version = "1.0"

            [project.entry-points."minsheng.datasets"]
            testville = "minsheng_testville.data"

            [tool.hatch.build.targets.wheel]
            packages = ["src/minsheng_testville"]
            """
        )
    )
    return package


def _testville(city: str = "testville") -> dict[str, object]:
    return {
        "$schema": minsheng.SCHEMA_ID,
        "jurisdiction": {
            "slug": city,
            "name": {"zh": "测试市", "en": "Testville"},
            "division_code": "110100",
            "province": {"zh": "测试省"},
        },
        "year": 2024,
        "stage": "voted",
        "as_of": "2024-02-01",
        "sources": [
            {
                "id": "notice",
                "publisher": "测试日报",
                "title": "测试",
                "date": "2024-02-01",
            }
        ],
        "projects": [{"number": 1, "title": {"zh": "项目一"}, "categories": ["other"]}],
    }


def _install(root: Path, package: Path) -> Path:
    target = root / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--target",
            str(target),
            str(package),
        ],
        check=True,
        capture_output=True,
    )
    return target


@pytest.fixture(scope="module")
def installed_plugin(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Install the tiny package into a target folder with pip, as a user would."""
    root = tmp_path_factory.mktemp("plugin")
    return _install(root, _make_plugin(root, "testville", _testville()))


def _run(code: str, site: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), *sys.path])}
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


def test_entry_point_datasets_load(installed_plugin: Path) -> None:
    """A third-party package adds a city through the minsheng.datasets entry point."""
    result = _run(
        "import minsheng\n"
        "print([(d.city, d.year, d.provider)"
        " for d in minsheng.available() if d.city == 'testville'])\n"
        "print(minsheng.load('testville', 2024).jurisdiction.name.en)\n",
        installed_plugin,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "[('testville', 2024, 'testville')]",
        "Testville",
    ]


def test_conflicting_provider_is_a_registry_error(tmp_path: Path) -> None:
    """A package that ships kunming/2025 too makes that dataset ambiguous, and says so."""
    document = _testville("kunming")
    document["year"] = 2025
    site = _install(tmp_path, _make_plugin(tmp_path, "kunming", document, year=2025))
    result = _run(
        "import minsheng\n"
        "print(minsheng.load('kunming', 2026).year)\n"
        "try:\n"
        "    minsheng.load('kunming', 2025)\n"
        "except minsheng.RegistryError as exc:\n"
        "    print(exc)\n",
        site,
    )
    assert result.stdout.splitlines() == [
        "2026",
        "kunming/2025 is provided more than once: minsheng, testville",
    ]
    # the command line lists both and says so; validate checks the dataset once
    cli = "import sys\nfrom minsheng._cli import main\nsys.exit(main([sys.argv[1]]))\n"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(site), *sys.path]),
        "LANG": "en_US.UTF-8",
        "LANGUAGE": "",
        "LC_ALL": "",
        "LC_MESSAGES": "",
    }
    listed = subprocess.run(
        [sys.executable, "-c", cli, "list"], capture_output=True, text=True, env=env, check=False
    )
    assert listed.returncode == 1
    assert "kunming\t2025\ttestville" in listed.stdout
    assert listed.stderr.strip() == (
        "minsheng: kunming/2025 is provided more than once: minsheng, testville"
    )
    checked = subprocess.run(
        [sys.executable, "-c", cli, "validate"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert checked.stderr.count("is provided more than once") == 1


def test_misfiled_dataset_is_a_dataset_error(tmp_path: Path) -> None:
    """A file at testville/2024.json must hold testville's 2024 program."""
    document = _testville()
    document["year"] = 2023
    site = _install(tmp_path, _make_plugin(tmp_path, "testville", document))
    result = _run(
        "import minsheng\n"
        "try:\n"
        "    minsheng.load('testville', 2024)\n"
        "except minsheng.DatasetError as exc:\n"
        "    print(exc.problems[0].expected, exc.problems[0].found)\n",
        site,
    )
    assert result.stdout.strip() == "testville/2024 testville/2023"


def test_validate_names_a_schema_1_plugin_datasets_own_keys(tmp_path: Path) -> None:
    """A plugin's schema-1 dataset: validate's findings are at its keys (baseline)."""
    old = Path(__file__).parent / "data" / "schema-1" / "undetermined.json"
    document = json.loads(old.read_text(encoding="utf-8"))
    document["projects"][0]["metrics"][0]["baseline"] = {"value": "20000", "unit": "个"}
    site = _install(tmp_path, _make_plugin(tmp_path, "testville", document, year=2025))
    result = _run(
        "import sys\n"
        "from minsheng._cli import main\n"
        "sys.exit(main(['validate', 'testville', '2025', '--locale', 'en']))\n",
        site,
    )
    assert "testville/2025: $.projects[0].metrics[0].baseline: warning: the figure has" in (
        result.stderr
    )
    assert "baselines[0]" not in result.stderr


def test_a_broken_entry_point_leaves_out_its_own_datasets_and_says_so(tmp_path: Path) -> None:
    """An entry point that names no importable package: a warning that names it.

    A newcomer found one broken package made the shipped datasets unusable
    too; they load now, and a dataset no working provider has raises the
    provider's error, since the broken one may be the provider.
    """
    package = _make_plugin(tmp_path, "testville", _testville())
    pyproject = package / "pyproject.toml"
    pyproject.write_text(
        pyproject.read_text().replace('"minsheng_testville.data"', '"minsheng_nowhere.data"')
    )
    site = _install(tmp_path, package)
    broken = (
        "entry point 'testville' in group 'minsheng.datasets' names 'minsheng_nowhere.data',"
        " which is not an importable package"
    )
    result = _run(
        "import warnings\n"
        "import minsheng\n"
        "with warnings.catch_warnings(record=True) as caught:\n"
        "    warnings.simplefilter('always')\n"
        "    print(sorted({d.city for d in minsheng.available()}))\n"
        "print([type(w.message).__name__ for w in caught])\n"
        "print(caught[0].message.error)\n"
        "print(caught[0].filename, caught[0].lineno)\n"
        "print(minsheng.load('kunming', 2025).key)\n"
        "try:\n"
        "    minsheng.load('testville', 2024)\n"
        "except minsheng.UnknownDatasetError as exc:\n"
        "    print(exc)\n"
        "    print(type(exc.__cause__).__name__, exc.__cause__ is caught[0].message.error)\n",
        site,
    )
    lines = result.stdout.splitlines()
    assert lines[:2] == ["['kunming']", "['RegistryWarning']"], result.stderr
    assert lines[2].startswith(broken)
    # the warning names the caller's line (available()), not a line of minsheng
    assert lines.pop(3) == "<string> 5"
    first_load = _run(  # through load's decimal context: a fixed level named _registry.py
        "import warnings\n"
        "import minsheng\n"
        "with warnings.catch_warnings(record=True) as caught:\n"
        "    warnings.simplefilter('always')\n"
        "    minsheng.load('kunming', 2025)\n"
        "print(caught[0].filename, caught[0].lineno)\n",
        site,
    )
    assert first_load.stdout == "<string> 5\n", first_load.stderr
    assert lines[3] == "kunming/2025"
    # still the error for a dataset that is not there, and it says which provider may have it
    missing = "no dataset for 'testville' in 2024 among the providers that work, and a broken"
    assert lines[4].startswith(f"{missing} one may have it: {broken}")
    assert lines[5] == "RegistryError True"
    # the command line: the warning as one line, and the shipped report as ever
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), *sys.path])}
    command = [sys.executable, "-m", "minsheng"]
    report = subprocess.run(
        [*command, "report", "kunming", "2025", "--locale", "en"],
        capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    assert report.returncode == 0, report.stderr
    assert report.stderr.startswith(f"minsheng: warning: {broken}")
    assert "Traceback" not in report.stderr
    assert "kunming" in report.stdout.lower()
    missing_report = subprocess.run(
        [*command, "report", "testville", "2024", "--locale", "en"],
        capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    assert missing_report.returncode == 1
    assert f"minsheng: {missing} one may have it: {broken}" in missing_report.stderr
    checked = subprocess.run(
        [*command, "validate", "--locale", "en"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert checked.returncode == 1  # the broken provider's datasets went unchecked
    assert "kunming/2025: ok" in checked.stdout
    assert f"minsheng: warning: {broken}" in checked.stderr


@pytest.mark.parametrize(
    ("code", "raised"),
    [
        ("raise RuntimeError('plugin exploded')", "RuntimeError: plugin exploded"),
        ("import sys\nsys.exit(3)", "SystemExit: 3"),
        ("def broken(:\n", "SyntaxError"),
    ],
)
def test_a_plugin_that_raises_is_named_and_leaves_the_rest(
    tmp_path: Path, code: str, raised: str
) -> None:
    """A hostile-input audit's: a plugin raising RuntimeError was "a bug in minsheng" (70).

    sys.exit(3) in a plugin ended minsheng with 3; each is a warning that names
    the entry point and what it raised, and the shipped datasets load.
    """
    package = _make_plugin(tmp_path, "testville", _testville())
    (package / "src" / "minsheng_testville" / "data" / "__init__.py").write_text(code)
    site = _install(tmp_path, package)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), *sys.path])}
    result = subprocess.run(
        [sys.executable, "-m", "minsheng", "report", "kunming", "2025", "--locale", "en"],
        capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    warning = result.stderr.splitlines()[0]
    assert warning.startswith("minsheng: warning: entry point 'testville'"), warning
    assert raised in warning
    assert "internal error" not in result.stderr


def test_no_plugin_means_no_importlib_metadata() -> None:
    """Without a plugin installed, the registry never imports importlib.metadata."""
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            (
                "import sys, minsheng; minsheng.available(); minsheng.load('kunming', 2026);"
                " print('importlib.metadata' in sys.modules)"
            ),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "False"


def test_a_plugin_is_seen_where_it_may_be(
    installed_plugin: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The quick look says yes for a plugin's folder, a zip on the path or a custom finder."""
    from minsheng import _plugins

    _plugins_possible = _plugins.possible
    monkeypatch.setattr(_plugins, "PATH", str(tmp_path / "kept" / "plugins.bin"))
    monkeypatch.setattr(sys, "path", [str(tmp_path / "missing"), str(tmp_path)])
    assert not _plugins_possible()
    monkeypatch.setattr(sys, "path", [str(installed_plugin)])
    assert _plugins_possible()
    archive = tmp_path / "site.zip"
    archive.write_bytes(b"PK\x05\x06" + bytes(18))
    monkeypatch.setattr(sys, "path", [str(archive)])
    assert _plugins_possible()

    egg = tmp_path / "x.egg" / "egg-info"  # importlib.metadata takes either case
    egg.mkdir(parents=True)
    (egg / "PKG-INFO").write_text("Metadata-Version: 2.1\nName: x\nVersion: 1\n")
    (egg / "entry_points.txt").write_text("[minsheng.datasets]\nx = minsheng_x\n")
    monkeypatch.setattr(sys, "path", [str(tmp_path / "x.egg")])
    assert _plugins_possible()

    class Finder:
        @staticmethod
        def find_distributions(*_: object) -> list[object]:
            return []

    monkeypatch.setattr(sys, "path", [])
    monkeypatch.setattr(sys, "meta_path", [*sys.meta_path, Finder()])
    assert _plugins_possible()


@pytest.mark.usefixtures("fresh_registry")
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
@pytest.mark.parametrize("kind", ["fifo", "folder"])
def test_a_dataset_that_is_no_regular_file_is_listed_and_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    """Regression: it was left out of the listing, so validate passed without a word."""
    from minsheng import _registry

    city = tmp_path / "datasets" / "kunming"
    city.mkdir(parents=True)
    (city / "2025.json").write_bytes((ROOT / "datasets" / "kunming" / "2025.json").read_bytes())
    if kind == "fifo":
        os.mkfifo(city / "2026.json")  # loading it must not wait for a writer
    else:
        (city / "2026.json").mkdir()
    monkeypatch.setattr(_registry, "shipped", lambda name: tmp_path / name)
    assert [(d.city, d.year) for d in minsheng.available()] == [
        ("kunming", 2025),
        ("kunming", 2026),
    ]
    with pytest.raises(minsheng.DatasetError) as info:
        minsheng.load("kunming", 2026)
    assert [p.code for p in info.value.problems] == ["not-a-file"]
    assert minsheng.load("kunming", 2025).year == 2025


def test_a_folder_named_as_a_dataset_in_an_archive_is_a_dataset_error(tmp_path: Path) -> None:
    """Regression (a review): a zipped plugin's folder named 2026.json raised IsADirectoryError."""
    import zipfile

    from minsheng._registry import _read

    archive = tmp_path / "plugin.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("data/kunming/2026.json/readme.txt", "a folder, not a file")
    resource = zipfile.Path(archive, "data/kunming/2026.json/")
    with pytest.raises(minsheng.DatasetError) as info:
        _read(resource)
    assert [p.code for p in info.value.problems] == ["io"]


def test_shipped_files_on_disk_read_as_pathlib_reads_them(tmp_path: Path) -> None:
    """OnDisk, minsheng's path without pathlib's import, answers as pathlib.Path does."""
    from minsheng._resources import OnDisk, packaged, shipped

    (tmp_path / "sub").mkdir()
    (tmp_path / "a.json").write_text("数据\n", encoding="utf-8")
    (tmp_path / "link").symlink_to(tmp_path / "sub")
    ours, theirs = OnDisk(str(tmp_path)), tmp_path
    assert str(ours) == str(theirs)
    assert os.fspath(ours / "a.json") == os.fspath(theirs / "a.json")
    assert [str(p) for p in ours.iterdir()] == [str(p) for p in theirs.iterdir()]
    for name in ("a.json", "sub", "link", "missing"):
        mine, path = ours.joinpath(name), theirs / name
        assert (mine.name, mine.is_dir(), mine.is_file()) == (
            path.name,
            path.is_dir(),
            path.is_file(),
        )
    assert (ours / "a.json").read_bytes() == (theirs / "a.json").read_bytes()
    assert (ours / "a.json").read_text(encoding="utf-8") == "数据\n"
    with (ours / "a.json").open("rb") as binary, (ours / "a.json").open(encoding="utf-8") as text:
        assert (binary.read(), text.read()) == ("数据\n".encode(), "数据\n")
    with pytest.raises(NotADirectoryError):
        list((ours / "a.json").iterdir())
    assert ours / "sub" == OnDisk(str(tmp_path / "sub"))
    assert len({ours / "sub", ours.joinpath("sub")}) == 1
    # the package's own folders, as the pathlib version found them
    package = Path(minsheng.__file__).parent
    assert str(packaged("locale")) == str(package / "locale")
    datasets = package / "datasets"
    expected = datasets if datasets.is_dir() else ROOT / "datasets"
    assert str(shipped("datasets")) == str(expected)


def test_an_entry_point_that_names_an_object_says_to_name_the_package(tmp_path: Path) -> None:
    """Regression: 'pkg.data:datasets', as console scripts are named, was "No module named …"."""
    package = _make_plugin(tmp_path, "testville", _testville())
    pyproject = package / "pyproject.toml"
    pyproject.write_text(
        pyproject.read_text().replace(
            '"minsheng_testville.data"', '"minsheng_testville.data:datasets"'
        )
    )
    site = _install(tmp_path, package)
    result = _run(
        "import warnings\n"
        "import minsheng\n"
        "with warnings.catch_warnings(record=True) as caught:\n"
        "    warnings.simplefilter('always')\n"
        "    minsheng.available()\n"
        "print(caught[0].message.error)\n",
        site,
    )
    assert result.stdout.strip() == (
        "entry point 'testville' in group 'minsheng.datasets' names"
        " 'minsheng_testville.data:datasets', an object; it names the package that holds"
        " the JSON files, with no colon (minsheng_exampleton.data)"
    )


def test_a_provider_that_holds_no_dataset_says_so(tmp_path: Path) -> None:
    """Regression: a plugin whose wheel left out its JSON files was silently empty."""
    package = _make_plugin(tmp_path, "testville", _testville())
    (package / "src" / "minsheng_testville" / "data" / "testville" / "2024.json").unlink()
    site = _install(tmp_path, package)
    result = _run(
        "import warnings\n"
        "import minsheng\n"
        "with warnings.catch_warnings(record=True) as caught:\n"
        "    warnings.simplefilter('always')\n"
        "    print([i.city for i in minsheng.available()])\n"
        "print([str(w.message) for w in caught])\n"
        "try:\n"
        "    minsheng.load('testville', 2024)\n"
        "except minsheng.UnknownDatasetError as exc:\n"
        "    print(exc)\n",
        site,
    )
    lines = result.stdout.splitlines()
    assert lines[0] == "['kunming', 'kunming']", result.stderr
    empty = (
        "entry point 'testville' in group 'minsheng.datasets' names 'minsheng_testville.data',"
        " which holds no dataset: put each at CITY/YEAR.json in that package"
    )
    assert empty in lines[1]
    assert "a broken one may have it" in lines[2]
    assert empty in lines[2]


def test_where_warnings_are_errors_a_broken_provider_is_a_minsheng_error(tmp_path: Path) -> None:
    """Regression: under -W error the RegistryWarning escaped ``except MinshengError``.

    And the command line called it an internal error, "a bug in minsheng".
    """
    package = _make_plugin(tmp_path, "testville", _testville())
    pyproject = package / "pyproject.toml"
    pyproject.write_text(
        pyproject.read_text().replace('"minsheng_testville.data"', '"minsheng_nowhere.data"')
    )
    site = _install(tmp_path, package)
    result = _run(
        "import warnings\n"
        "warnings.simplefilter('error')\n"
        "import minsheng\n"
        "try:\n"
        "    minsheng.load('kunming', 2025)\n"
        "except minsheng.MinshengError as exc:\n"
        "    print(type(exc).__name__, exc.code)\n",
        site,
    )
    assert result.stdout.strip() == "RegistryWarning registry-warning", result.stderr
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), *sys.path])}
    report = subprocess.run(
        [sys.executable, "-W", "error", "-m", "minsheng", "report", "kunming", "2025"],
        capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    assert report.returncode == 1
    assert report.stderr.startswith("minsheng: entry point 'testville'")
    assert "bug" not in report.stderr


def test_a_plugin_s_broken_file_leaves_out_that_dataset_alone(tmp_path: Path) -> None:
    """A newcomer's trial: one broken file of a plugin stopped export, site and select."""
    package = _make_plugin(tmp_path, "testville", _testville())
    (package / "src" / "minsheng_testville" / "data" / "testville" / "2025.json").write_text(
        "{bad", encoding="utf-8"
    )
    site = _install(tmp_path, package)
    result = _run(
        "import warnings, minsheng\n"
        "with warnings.catch_warnings(record=True) as caught:\n"
        "    warnings.simplefilter('always')\n"
        "    chosen = minsheng.select(years=(2024, 2025))\n"
        "print(sorted(p.key for p in chosen.programs))\n"
        "print([type(w.message).__name__ for w in caught])\n"
        "print('testville/2025' in str(caught[0].message))\n"
        "rows = list(minsheng.metric_rows())\n"
        "print(sorted({r.city for r in rows}) == ['kunming'])\n",
        site,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "['kunming/2025', 'testville/2024']",
        "['RegistryWarning']",
        "True",
        "True",
    ]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), *sys.path])}
    command = [sys.executable, "-m", "minsheng", "export", "--to", str(tmp_path / "out")]
    exported = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    assert exported.returncode == 0, exported.stderr
    assert "testville/2025" in exported.stderr
    assert "warning" in exported.stderr
    assert "Traceback" not in exported.stderr
    assert (tmp_path / "out" / "metrics.csv").is_file()


@pytest.mark.parametrize(
    "args",
    [("base.json",), ("/srv/base.json",), ("datasets/kunming/2025.json",), ("base.json", 2025)],
)
def test_a_file_s_path_given_to_load_names_load_file(args: tuple[object, ...]) -> None:
    """A newcomer's trial: load("base.json") asked for a year, and load("/x.json") for a city."""
    with pytest.raises(minsheng.UnknownDatasetError, match=r"not a dataset name.*load_file"):
        minsheng.load(*args)  # type: ignore[arg-type]
