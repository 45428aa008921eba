"""The HTML report, the static site and notebook fragments, read without a browser."""

from __future__ import annotations

import contextlib
import io
import os
import sys
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path
from unittest import mock

import attrs
import pytest

import minsheng
from minsheng._cli import main
from minsheng._errors import install_command
from minsheng._html import _page
from minsheng._html._palette import contrast, graphic_pairs, text_pairs
from minsheng._render import STATUS_EXPLANATIONS

pytest.importorskip("jinja2", reason="jinja2 is not installed: pip install -e '.[test]'")


class Elements(HTMLParser):
    """Every start tag with its attributes, and the text, of a page."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Keep the tag and its attributes."""
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        """Keep the text."""
        self.text.append(data)

    def having(self, tag: str, **wanted: str) -> list[dict[str, str | None]]:
        """The attributes of each ``tag`` whose attributes include ``wanted``."""
        keys = {k.replace("_", "-"): v for k, v in wanted.items()}
        return [a for t, a in self.tags if t == tag and all(a.get(k) == v for k, v in keys.items())]


@pytest.fixture(scope="module")
def assessment() -> minsheng.Assessment:
    """The Kunming 2025 assessment."""
    return minsheng.assess(minsheng.load("kunming", 2025))


def _page_for(assessment: minsheng.Assessment, locale: str) -> str:
    return minsheng.format_report(assessment, locale=locale, style="html")


@pytest.mark.parametrize("locale", minsheng.LOCALES)
def test_page_is_self_contained(assessment: minsheng.Assessment, locale: str) -> None:
    """No script, stylesheet link, image, frame, font or url() that would fetch anything."""
    text = _page_for(assessment, locale)
    page = Elements(text)
    tags = {tag for tag, _ in page.tags}
    assert not tags & {"script", "link", "img", "iframe", "object", "embed", "audio", "video"}
    assert all("src" not in a for _, a in page.tags)
    assert "url(" not in text
    assert "@import" not in text
    assert "@font-face" not in text
    assert page.having("html", lang=locale)


def test_every_assessed_metric_has_a_bar_with_the_json_figures(
    assessment: minsheng.Assessment,
) -> None:
    """Each met, not-met or undetermined metric has a chart bar carrying its exact interval."""
    page = Elements(_page_for(assessment, "zh-Hans"))
    data = minsheng.report_data(assessment)
    for project in data["projects"]:
        for metric in project["metrics"]:
            bars = page.having("g", data_metric=metric["id"])
            if metric["status"] not in ("met", "not-met", "undetermined"):
                assert bars == []
                continue
            (bar,) = bars
            assert bar["data-status"] == metric["status"]
            attainment = metric["attainment"]
            assert attainment is not None
            assert bar["data-low"] == attainment["low"]
            assert bar["data-high"] == attainment["high"]


def test_ranges_and_breaks(assessment: minsheng.Assessment) -> None:
    """5100余 draws 170%–173.3% as a range; 717.5% ends in a break, not at 200%."""
    text = _page_for(assessment, "en")
    page = Elements(text)
    (places,) = page.having("g", data_metric="kindergarten-places")
    assert (places["data-low-x"], places["data-high-x"]) == ("85.00%", "86.67%")
    (villages,) = page.having("g", data_metric="villages-served")
    assert villages["data-high-x"] == "100.00%"
    assert "717.5%" in text
    assert len(page.having("rect", width="1.67%")) == 1
    assert len(page.having("line", **{"class": "break"})) == 2 * 2  # 291.7% and 717.5%


def test_status_is_in_words_not_only_colour(assessment: minsheng.Assessment) -> None:
    """Every coloured badge holds its status as text, and the legend explains each status."""
    text = _page_for(assessment, "en")
    for status, meaning in STATUS_EXPLANATIONS.items():
        label = minsheng.format_status(status, locale="en")
        assert f'<span class="status status-{status.value}">{label}</span>' in text
        escaped = meaning.replace("'", "&#39;")
        assert f"<dd>{escaped}</dd>" in text


def test_tables_use_header_cells(assessment: minsheng.Assessment) -> None:
    """Column headings are <th scope=col>, each metric's name a <th scope=row>."""
    page = Elements(_page_for(assessment, "zh-Hant"))
    metrics = sum(len(p.metrics) for p in assessment.program.projects)
    assert len(page.having("th", scope="row")) == metrics
    assert len(page.having("th", scope="col")) == 10 * 7  # with the baseline column
    assert len(page.having("table", **{"class": "metrics"})) == 10


def test_charts_are_labelled_images(assessment: minsheng.Assessment) -> None:
    """Each chart is role=img, labelled by its own title and description."""
    page = Elements(_page_for(assessment, "en"))
    svgs = page.having("svg", role="img")
    assert len(svgs) == 10
    for svg in svgs:
        title, desc = str(svg["aria-labelledby"]).split()
        assert page.having("title", id=title)
        assert page.having("desc", id=desc)


def test_numbers_in_each_locale(assessment: minsheng.Assessment) -> None:
    """Figures print as each locale prints them: 19.78万个, 19.78萬個, 197,800."""
    assert "19.78万个" in _page_for(assessment, "zh-Hans")
    assert "19.78萬個" in _page_for(assessment, "zh-Hant")
    english = _page_for(assessment, "en")
    assert "197,800" in english
    assert "December 31, 2025" in english


def test_print_stylesheet(assessment: minsheng.Assessment) -> None:
    """The page carries print rules: no navigation, tables unclipped, colours kept."""
    text = _page_for(assessment, "en")
    assert "@media print" in text
    assert "print-color-adjust: exact" in text


def test_baselines_get_a_column(assessment: minsheng.Assessment) -> None:
    """A metric's baseline is shown in its own column when the program has baselines."""
    program = assessment.program
    metric = program.project(1).metric("kindergarten-places")
    assert metric.baselines == ()
    baseline = minsheng.parse_quantity("12000个")
    edited = attrs.evolve(
        program.project(1),
        metrics=(attrs.evolve(metric, baselines=(baseline,)), *program.project(1).metrics[1:]),
    )
    changed = attrs.evolve(program, projects=(edited, *program.projects[1:]))
    text = minsheng.format_report(minsheng.assess(changed), locale="zh-Hans", style="html")
    assert '<td class="baseline">12000个</td>' in text


def test_vote_ranking_for_a_voted_program() -> None:
    """A voted program lists its ranking, each rank linking to its project."""
    program = minsheng.load("kunming", 2026)
    page = Elements(minsheng.format_report(minsheng.assess(program), locale="en", style="html"))
    ranks = page.having("tr", data_rank="1")
    assert ranks == [{"data-rank": "1", "data-project": "1"}]
    assert len([a for t, a in page.tags if t == "tr" and "data-rank" in a]) == 10
    assert "vote counts: not published" in "".join(page.text)


def test_contrast_of_every_colour_pair() -> None:
    """Text meets WCAG AA (4.5:1); chart marks meet the 3:1 of non-text contrast."""
    for name, ink, paper in text_pairs():
        assert contrast(ink, paper) >= 4.5, name
    for name, mark, paper in graphic_pairs():
        assert contrast(mark, paper) >= 3, name


def test_contrast_formula() -> None:
    """Black on white is 21:1 and a colour against itself 1:1, as WCAG defines them."""
    assert contrast("#000000", "#ffffff") == 21
    assert contrast("#777777", "#777777") == 1
    assert round(contrast("#767676", "#ffffff"), 2) == Decimal("4.54")


def test_notebook_fragments(assessment: minsheng.Assessment) -> None:
    """Programs and assessments show as an HTML fragment with scoped style, not a page."""
    for fragment in (assessment._repr_html_(), assessment.program._repr_html_()):
        assert fragment is not None
        assert fragment.startswith('<div class="minsheng" lang="zh-Hans">')
        assert "<html" not in fragment
        assert "<body" not in fragment
        assert '<svg role="img"' in fragment


def test_without_jinja2_the_command_names_the_extra() -> None:
    """--format html without Jinja2 is one line naming the extra, exit 1."""
    _page.environment.cache_clear()
    out, err = io.StringIO(), io.StringIO()
    try:
        with (
            mock.patch.dict(sys.modules, {"jinja2": None}),
            contextlib.redirect_stdout(out),
            contextlib.redirect_stderr(err),
        ):
            code = main(["report", "kunming", "2025", "--format", "html", "--locale", "en"])
    finally:
        _page.environment.cache_clear()
    assert code == 1
    assert err.getvalue().splitlines() == [
        "minsheng: the HTML report needs Jinja2: " + install_command("html")
    ]
    assert out.getvalue() == ""


def test_without_jinja2_a_notebook_shows_the_text_repr(assessment: minsheng.Assessment) -> None:
    """A newcomer's: _repr_html_ raised without the extra, a traceback in a notebook.

    ``None`` tells IPython to show the next representation, the text one.
    """
    _page.environment.cache_clear()
    try:
        with mock.patch.dict(sys.modules, {"jinja2": None}):
            assert assessment._repr_html_() is None
            assert assessment.program._repr_html_() is None
    finally:
        _page.environment.cache_clear()


def test_site_into_a_file_says_it_writes_into_a_folder(tmp_path: Path) -> None:
    """A newcomer's: site exampleton-2025.json said "cannot write …/en: Not a directory"."""
    file = tmp_path / "exampleton-2025.json"
    file.write_text("{}", encoding="utf-8")
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        assert main(["site", str(file), "--locale", "en"]) == 1
    assert err.getvalue() == f"minsheng: {file} is a file: site writes into a folder\n"


def test_site_replaces_a_page_of_ones_own_only_with_force(tmp_path: Path) -> None:
    """A hostile-input audit's: site DIR replaced the user's own index.html in silence."""
    own = tmp_path / "index.html"
    own.write_text("<!DOCTYPE html><title>my own</title>", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        assert main(["site", str(tmp_path), "--locale", "en"]) == 1
    assert err.getvalue() == (
        f"minsheng: {own} is a file minsheng did not write: site replaces it only with --force\n"
    )
    assert own.read_text(encoding="utf-8") == "<!DOCTYPE html><title>my own</title>"
    assert not (tmp_path / "en").exists()  # all pages or none
    with contextlib.redirect_stdout(out):
        assert main(["site", str(tmp_path), "--locale", "en", "--force"]) == 0
        assert main(["site", str(tmp_path), "--locale", "en"]) == 0  # its own pages, again
    assert '<meta name="generator" content="minsheng">' in own.read_text(encoding="utf-8")
    # a page of a release before the generator tag is minsheng's too (a review's)
    text = own.read_text(encoding="utf-8").replace('<meta name="generator" content="minsheng">', "")
    own.write_text(text, encoding="utf-8")
    with contextlib.redirect_stdout(out):
        assert main(["site", str(tmp_path), "--locale", "en"]) == 0


def test_site_has_a_page_per_dataset_and_an_index(tmp_path: Path) -> None:
    """Site writes every dataset in every locale, and indexes them by city and year."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["site", str(tmp_path), "--locale", "en"]) == 0
    datasets = minsheng.available()
    assert out.getvalue().startswith(f"wrote {3 * (len(datasets) + 1) + 1} pages")
    for locale in minsheng.LOCALES:
        index = Elements((tmp_path / locale / "index.html").read_text(encoding="utf-8"))
        for info in datasets:
            page = tmp_path / locale / f"{info.city}-{info.year}.html"
            assert page.is_file()
            assert index.having("a", href=page.name)
    root = Elements((tmp_path / "index.html").read_text(encoding="utf-8"))
    assert [a["href"] for a in root.having("a")] == [f"{x}/index.html" for x in minsheng.LOCALES]


def test_site_links_projects_of_the_same_category(tmp_path: Path) -> None:
    """Kunming 2025's education project links to the 2026 education project, and back."""
    _page.write_site(tmp_path, [minsheng.load("kunming", 2025), minsheng.load("kunming", 2026)])
    page = Elements((tmp_path / "en" / "kunming-2025.html").read_text(encoding="utf-8"))
    assert page.having("a", href="kunming-2026.html#project-3")  # education, 2026 #3
    back = Elements((tmp_path / "en" / "kunming-2026.html").read_text(encoding="utf-8"))
    assert back.having("a", href="kunming-2025.html#project-1")
    assert back.having("a", href="kunming-2025.html#project-7")  # transport: 2025 #7 and #8
    assert back.having("a", href="kunming-2025.html#project-8")


def test_related_takes_several_categories() -> None:
    """Links match any of a project's categories, so schema 2's several categories work."""
    earlier, later = minsheng.load("kunming", 2025), minsheng.load("kunming", 2026)
    found = _page.related(
        [minsheng.Category.EDUCATION, minsheng.Category.HEALTHCARE], earlier, [earlier, later]
    )
    assert [(p.year, project.number) for p, project in found] == [(2026, 1), (2026, 3)]
    assert _page.related([minsheng.Category.OTHER], earlier, [earlier, later]) == []


def test_site_into_a_file_is_an_error(tmp_path: Path) -> None:
    """A site folder that cannot be made is one line on standard error, exit 1."""
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(["site", str(blocker / "site"), "--locale", "en"])
    assert code == 1
    assert err.getvalue().startswith(f"minsheng: cannot write {blocker / 'site'}")
    assert len(err.getvalue().splitlines()) == 1


def test_only_web_addresses_become_links(assessment: minsheng.Assessment) -> None:
    """A source's https URL is a link; a javascript: one is not."""
    program = assessment.program
    for url, linked in (("https://example.org/a", True), ("javascript:alert(1)", False)):
        source = attrs.evolve(program.sources[0], url=url)
        changed = attrs.evolve(program, sources=(source, *program.sources[1:]))
        text = minsheng.format_report(minsheng.assess(changed), locale="en", style="html")
        assert (f'href="{url}"' in text) == linked
        assert (url in text) == linked


@pytest.mark.parametrize("locale", minsheng.LOCALES)
def test_schema_2_concepts_render(locale: str) -> None:
    """Areas, program-level figures, unnumbered projects and estimates all reach the page."""
    program = minsheng.load_file(Path(__file__).parent / "data" / "concepts.json")
    assessment = minsheng.assess(program)
    text = minsheng.format_report(assessment, locale=locale, style="html")
    page = Elements(text)
    assert page.having("section", id="program-figures", data_project="program")
    assert len(page.having("h2", **{"class": "area"})) == len(program.areas)
    sections = page.having("section", **{"class": "project"})
    assert len(sections) == len(program.projects)
    assert len({s["id"] for s in sections}) == len(sections)
    rows = [a for t, a in page.tags if t == "tr" and "data-metric" in a]
    metrics = len(program.figures) + sum(len(p.metrics) for p in program.projects)
    assert len(rows) == metrics


def test_html_is_one_page_for_one_dataset() -> None:
    """--format html with several datasets is a usage error that points to site."""
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(
            ["report", "kunming/2025", "kunming/2026", "--format", "html", "--locale", "en"]
        )
    assert code == 2
    assert "minsheng site DIR" in err.getvalue()


class _Languages(HTMLParser):
    """The text of a page by the language its nearest lang attribute gives it."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str | None] = []
        self.text: dict[str | None, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("meta", "link", "br", "img", "input", "hr"):
            return
        own = dict(attrs).get("lang")
        self.stack.append(own if own is not None else (self.stack[-1] if self.stack else None))

    def handle_endtag(self, tag: str) -> None:
        if tag not in ("meta", "link", "br", "img", "input", "hr") and self.stack:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        lang = self.stack[-1] if self.stack else None
        self.text[lang] = self.text.get(lang, "") + data


def test_passages_in_another_language_are_marked() -> None:
    """Regression: English notes in Chinese pages, Chinese words in English ones, unmarked.

    A screen reader reads text in the voice of its lang; the dataset's notes
    are English, the source's words Chinese.
    """
    program = minsheng.load("kunming", 2025)
    chinese = _Languages()
    chinese.feed(_page.render_page(minsheng.assess(program), locale="zh-Hans"))
    for note in (program.projects[0].metrics[1].ambiguity, program.project(6).metrics[0].notes[0]):
        assert note
        assert note not in chinese.text["zh-Hans"]
        assert note in chinese.text["en"]
    english = _Languages()
    english.feed(_page.render_page(minsheng.assess(program), locale="en"))
    for project in program.projects:  # each project's reported words
        assert project.reported.phrase
        assert project.reported.phrase in english.text["zh"]
    assert "昆明日报" in english.text["zh"]  # the source, its vote, a pledge in words
    assert "昆明日报" not in english.text["en"]
    assert "搭建护理人员进家庭服务平台" in english.text["zh"]
    voted = minsheng.load("kunming", 2026)  # a ballot with its entries: the vote section
    vote = _Languages()
    vote.feed(_page.render_page(minsheng.assess(voted), locale="en"))
    assert voted.ballot is not None
    assert voted.ballot.body in vote.text["zh"]
    assert voted.ballot.body not in vote.text["en"]
    chinese_page = _page.render_page(minsheng.assess(program), locale="zh-Hans")
    assert "<span>昆明日报" not in chinese_page  # no empty wrapping in a Chinese page
    assert "The report's words:" in english.text["en"]


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX file size limit")
def test_a_site_that_cannot_be_written_leaves_nothing(tmp_path: Path) -> None:
    """A hostile-input audit's: on a full disk, site left a page cut off mid-document."""
    import resource
    import subprocess

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (30_000, 30_000))

    site = tmp_path / "site"
    result = subprocess.run(  # noqa: PLW1510 - the return code is asserted
        [sys.executable, "-m", "minsheng", "site", str(site), "--locale", "en"],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=limit,  # a limit of the child alone
        env={**os.environ, "LANG": "C.UTF-8"},
    )
    assert result.returncode == 1
    assert "File too large" in result.stderr
    assert "Traceback" not in result.stderr
    assert not site.exists()  # the folders it made are gone again
