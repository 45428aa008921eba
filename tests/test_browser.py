"""The HTML report and the static site in a real browser: Debian's Chromium, by Playwright.

One browser serves the whole module.  Every page is loaded once at 1280 px
and once at 375 px; what each visit saw (console errors, requests, widths,
the charts' and tables' figures, a CJK glyph test) is collected, then each
test checks one property of every page.  Screenshots go to the folder named
by ``MINSHENG_ARTIFACTS`` (a temporary folder without it).

The tests skip, saying why, where Chromium or Playwright is missing; CI
installs both and fails if they were skipped.
"""

from __future__ import annotations

import os
import re
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest

import minsheng
from minsheng._cli import main
from minsheng._report_types import ReportData

CHROMIUM = Path(os.environ.get("MINSHENG_CHROMIUM", "/usr/bin/chromium"))
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
WIDTHS = (1280, 375)

sync_api = pytest.importorskip(
    "playwright.sync_api", reason="playwright is not installed: pip install -e '.[test]'"
)
pytest.importorskip("jinja2", reason="jinja2 is not installed: pip install -e '.[test]'")
if not CHROMIUM.is_file():
    pytest.skip(
        f"no Chromium at {CHROMIUM}: apt-get install chromium fonts-noto-cjk",
        allow_module_level=True,
    )

# Reads what a page shows: every chart bar and every metric row, with the
# rendered share of each bar, and any text whose contrast is below 4.5:1.
_READ_PAGE = """() => {
  const share = (rect, track) => rect ? rect.getBoundingClientRect().width
      / track.getBoundingClientRect().width : null;
  const bars = [...document.querySelectorAll('figure.chart g.bar')].map(g => {
    const track = g.querySelector('rect.track');
    const solid = g.querySelector('rect.solid');
    const range = g.querySelector('rect.range');
    return {
      project: g.closest('section[data-project]').dataset.project,
      metric: g.dataset.metric, status: g.dataset.status,
      low: g.dataset.low || null, high: g.dataset.high || null,
      value: g.querySelector('.value-text').textContent,
      statusText: g.querySelector('.status-text').textContent,
      solid: share(solid, track),
      rangeEnd: range ? share(solid, track) + share(range, track) : null,
    };
  });
  const rows = [...document.querySelectorAll('table.metrics tbody tr')].map(tr => ({
    project: tr.closest('section[data-project]').dataset.project,
    metric: tr.dataset.metric, status: tr.dataset.status,
    header: tr.querySelector('th').getAttribute('scope'),
    attainment: tr.querySelector('td.attainment').textContent,
    statusText: tr.querySelector('.status').textContent,
  }));
  const charts = [...document.querySelectorAll('figure.chart svg')].map(svg => {
    const ids = (svg.getAttribute('aria-labelledby') || '').split(' ');
    return {
      project: svg.closest('section[data-project]').dataset.project,
      role: svg.getAttribute('role'),
      labels: ids.map(id => (document.getElementById(id) || {}).textContent || ''),
    };
  });
  const rgb = s => s.match(/[0-9.]+/g).map(Number);
  const lum = ([r, g, b]) => [r, g, b].map(v => v / 255)
      .map(c => c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4))
      .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
  const background = el => {
    for (; el; el = el.parentElement) {
      const c = getComputedStyle(el).backgroundColor;
      if (rgb(c).length < 4 || rgb(c)[3] > 0) return rgb(c).slice(0, 3);
    }
    return [255, 255, 255];
  };
  const lowContrast = [];
  for (const el of document.querySelectorAll('body *:not(svg *)')) {
    const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    if (!own) continue;
    const fg = lum(rgb(getComputedStyle(el).color)), bg = lum(background(el));
    const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
    if (ratio < 4.5) lowContrast.push([el.tagName, el.textContent.slice(0, 30), ratio]);
  }
  return {bars, rows, charts, lowContrast,
          lang: document.documentElement.lang,
          tables: document.querySelectorAll('table').length,
          scripts: document.scripts.length};
}"""

# Draws characters with the font the page's heading uses.  Two different
# characters drawn as the same picture are both the missing-glyph box (tofu).
_GLYPHS = """(chars) => {
  const font = getComputedStyle(document.querySelector('h1')).fontFamily;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 64;
  const pen = canvas.getContext('2d', {willReadFrequently: true});
  return chars.map(ch => {
    pen.clearRect(0, 0, 64, 64);
    pen.font = '40px ' + font;
    pen.fillStyle = '#000';
    pen.textBaseline = 'top';
    pen.fillText(ch, 4, 4);
    const data = pen.getImageData(0, 0, 64, 64).data;
    let ink = 0, hash = 0;
    for (let i = 3; i < data.length; i += 4) {
      ink += data[i] > 0;
      hash = (hash * 31 + data[i]) >>> 0;
    }
    return [ink, hash];
  });
}"""


@attrs.define
class Visit:
    """What one page showed at one width."""

    name: str
    width: int
    console_errors: list[str] = attrs.field(factory=list)
    outside_requests: list[str] = attrs.field(factory=list)
    scroll_width: int = 0
    seen: dict[str, Any] = attrs.field(factory=dict)
    glyphs: list[list[int]] = attrs.field(factory=list)
    screenshot: Path | None = None


@pytest.fixture(scope="module")
def artifacts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the screenshots go: $MINSHENG_ARTIFACTS, else a temporary folder."""
    named = os.environ.get("MINSHENG_ARTIFACTS")
    folder = Path(named) if named else tmp_path_factory.mktemp("artifacts")
    (folder / "screenshots").mkdir(parents=True, exist_ok=True)
    return folder / "screenshots"


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The Kunming 2025 report in each locale, and every page of the static site."""
    folder = tmp_path_factory.mktemp("html")
    found: dict[str, Path] = {}
    for locale in minsheng.LOCALES:
        path = folder / f"report-kunming-2025.{locale}.html"
        with path.open("w", encoding="utf-8") as out, pytest.MonkeyPatch.context() as patch:
            patch.setattr("sys.stdout", out)
            assert main(["report", "kunming", "2025", "--format", "html", "--locale", locale]) == 0
        found[f"report-kunming-2025.{locale}"] = path
    site = folder / "site"
    assert main(["site", str(site), "--locale", "en"]) == 0
    for path in sorted(site.rglob("*.html")):
        name = "site-" + "-".join(path.relative_to(site).with_suffix("").parts)
        found[name] = path
    return found


def _is_local(url: str) -> bool:
    return url.startswith(("file:", "data:", "about:"))


@pytest.fixture(scope="module")
def visits(pages: dict[str, Path], artifacts: Path) -> dict[tuple[str, int], Visit]:
    """Load every page at each width in one browser, and keep what each visit saw."""
    seen: dict[tuple[str, int], Visit] = {}
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        for width in WIDTHS:
            context = browser.new_context(viewport={"width": width, "height": 900})
            for name, path in pages.items():
                visit = Visit(name, width)
                page = context.new_page()

                def route(route: Any, visit: Visit = visit) -> None:
                    if _is_local(route.request.url):
                        route.continue_()
                    else:
                        visit.outside_requests.append(route.request.url)
                        route.abort()

                page.route("**/*", route)
                page.on(
                    "console",
                    lambda m, v=visit: (
                        v.console_errors.append(m.text) if m.type == "error" else None
                    ),
                )
                page.on("pageerror", lambda e, v=visit: v.console_errors.append(str(e)))
                page.on(
                    "request",
                    lambda r, v=visit: (
                        None if _is_local(r.url) else v.outside_requests.append(r.url)
                    ),
                )
                page.goto(path.as_uri(), wait_until="load")
                visit.scroll_width = page.evaluate("document.scrollingElement.scrollWidth")
                visit.seen = page.evaluate(_READ_PAGE)
                visit.glyphs = page.evaluate(_GLYPHS, ["民", "生", "\U0010fffd", "\U0010fffc"])
                visit.screenshot = artifacts / f"{name}-{width}.png"
                page.screenshot(path=visit.screenshot, full_page=True)
                page.close()
                seen[name, width] = visit
            context.close()
        browser.close()
    return seen


def _all(visits: dict[tuple[str, int], Visit]) -> list[Visit]:
    return list(visits.values())


def _report() -> ReportData:
    return minsheng.report_data(minsheng.assess(minsheng.load("kunming", 2025)))


def test_every_page_was_visited(visits: dict[tuple[str, int], Visit]) -> None:
    """The report in three locales and the whole site, each at 1280 and 375 px."""
    names = {name for name, _ in visits}
    assert {f"report-kunming-2025.{locale}" for locale in minsheng.LOCALES} <= names
    assert "site-index" in names
    for locale in minsheng.LOCALES:
        assert {f"site-{locale}-index", f"site-{locale}-kunming-2025"} <= names
    assert len(visits) == 2 * len(names)


def test_no_console_errors_and_no_requests_leave_the_page(
    visits: dict[tuple[str, int], Visit],
) -> None:
    """Pages are self-contained: nothing is fetched from outside, nothing fails."""
    for visit in _all(visits):
        assert visit.console_errors == [], visit.name
        assert visit.outside_requests == [], visit.name
        assert visit.seen["scripts"] == 0, visit.name


def test_no_horizontal_scrolling_at_375_px(visits: dict[tuple[str, int], Visit]) -> None:
    """At 375 px the page never scrolls sideways; wide tables scroll in their own box."""
    for visit in _all(visits):
        if visit.width == 375:
            assert visit.scroll_width <= 375, (visit.name, visit.scroll_width)


def test_lang_attribute(visits: dict[tuple[str, int], Visit]) -> None:
    """Each page says its language: zh-Hans, zh-Hant or en."""
    for locale in minsheng.LOCALES:
        assert visits[f"report-kunming-2025.{locale}", 1280].seen["lang"] == locale
        assert visits[f"site-{locale}-kunming-2026", 1280].seen["lang"] == locale


def _percent(value: Decimal) -> str:
    return str((value * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def _numbers(text: str) -> list[str]:
    return re.findall(r"\d[\d,]*\.\d", text)


def test_charts_and_tables_agree_with_the_json_report(
    visits: dict[tuple[str, int], Visit],
) -> None:
    """Every assessed metric has a bar and a row whose figures are the JSON report's."""
    data = _report()
    for name, visit in visits.items():
        if "kunming-2025" not in name[0]:
            continue
        bars = {(b["project"], b["metric"]): b for b in visit.seen["bars"]}
        rows = {(r["project"], r["metric"]): r for r in visit.seen["rows"]}
        charts = {c["project"] for c in visit.seen["charts"]}
        groups = [("program", data["figures"])] + [
            (str(p["number"]), p["metrics"]) for p in data["projects"]
        ]
        for group, metrics in groups:
            assessed = [m for m in metrics if m["status"] in ("met", "not-met", "undetermined")]
            assert (group in charts) == bool(assessed), (name, group)
            for metric in metrics:
                key = (group, metric["id"])
                row = rows.pop(key)
                assert row["status"] == metric["status"], key
                assert row["header"] == "row"
                bar = bars.pop(key, None)
                assert (bar is not None) == (metric in assessed), key
                attainment = metric["attainment"]
                if attainment is None:
                    assert row["attainment"] == "—"
                    continue
                low, high = Decimal(attainment["low"]), Decimal(attainment["high"])
                approximate = (metric["actual"] or {}).get("approximation") in (
                    "more-than",
                    "about",
                )
                # Readings of an ambiguous source that disagree have no single ratio.
                ranged = metric["ratio"] is None or (approximate and low != high)
                ratio = low if metric["ratio"] is None else Decimal(metric["ratio"])
                shown_range = ranged and _percent(low) != _percent(high)
                expected = [_percent(low), _percent(high)] if shown_range else [_percent(ratio)]
                assert [n.replace(",", "") for n in _numbers(row["attainment"])] == expected, key
                if bar is None:
                    continue
                assert (bar["low"], bar["high"]) == (attainment["low"], attainment["high"])
                assert bar["value"] == row["attainment"], key
                assert bar["statusText"] == row["statusText"], key
                solid = min(low if ranged else ratio, Decimal(2)) / 2
                assert abs(Decimal(str(bar["solid"])) - solid) < Decimal("0.005"), key
                if ranged:
                    end = min(high, Decimal(2)) / 2
                    assert abs(Decimal(str(bar["rangeEnd"])) - end) < Decimal("0.005"), key
                else:
                    assert bar["rangeEnd"] is None, key
        assert rows == {}, name
        assert bars == {}, name


def test_kindergarten_places_are_drawn_as_a_range(visits: dict[tuple[str, int], Visit]) -> None:
    """5100余 against 3000 is a range from 170% to 173.3%, not a point."""
    bars = visits["report-kunming-2025.en", 1280].seen["bars"]
    (bar,) = [b for b in bars if b["metric"] == "kindergarten-places"]
    assert bar["value"] == "170.0%–173.3%"
    assert bar["statusText"] == "met"
    assert bar["rangeEnd"] > bar["solid"]


def test_charts_have_titles_and_descriptions(visits: dict[tuple[str, int], Visit]) -> None:
    """Each chart is an image labelled by its <title> and <desc>, both non-empty."""
    charts = visits["report-kunming-2025.zh-Hant", 1280].seen["charts"]
    assert len(charts) == 10
    for chart in charts:
        assert chart["role"] == "img"
        assert len(chart["labels"]) == 2
        assert all(label.strip() for label in chart["labels"])


def test_text_contrast_is_at_least_4_5(visits: dict[tuple[str, int], Visit]) -> None:
    """Every text element's colour against its background meets WCAG AA, as rendered."""
    for visit in _all(visits):
        assert visit.seen["lowContrast"] == [], visit.name


def test_chinese_glyphs_render(visits: dict[tuple[str, int], Visit]) -> None:
    """民 and 生 draw as two different inked glyphs, unlike two missing-glyph boxes."""
    for visit in _all(visits):
        people, life, missing, other_missing = visit.glyphs
        assert missing == other_missing, "the tofu control drew differently"
        assert people[0] > 0
        assert life[0] > 0
        assert people != life, visit.name
        assert people != missing, visit.name


def test_screenshots_are_written(visits: dict[tuple[str, int], Visit]) -> None:
    """A screenshot of every page at both widths is in the artifacts folder."""
    for visit in _all(visits):
        assert visit.screenshot is not None
        assert visit.screenshot.stat().st_size > 1000
