"""The analyst's page in a real browser: Debian's Chromium driven by Playwright, headless.

Skips (with the reason) where Chromium is not installed; `.ci/run` installs it, so CI runs these.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from tests.gkg_fixtures import write_gkg_records
from tests.web_fixtures import build_store

playwright = pytest.importorskip("playwright.sync_api", reason="needs playwright (the dev extra)")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium (apt-get install -y chromium)")
# where the article page's screenshot goes: a temporary folder, or the README's picture with
# WARTA_SCREENSHOT=docs/screenshot.png
SCREENSHOT = os.environ.get("WARTA_SCREENSHOT")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    yield from serving(build_store(tmp_path_factory.mktemp("browser") / "w.db"))


@pytest.fixture(scope="module")
def gkg_server(tmp_path_factory):
    """A store of the counts, themes and tone articles (tests/gkg_fixtures.py)."""
    from tests.conftest import run

    folder = tmp_path_factory.mktemp("gkgbrowser")
    db = folder / "g.db"
    assert run("ingest", str(write_gkg_records(folder / "g.jsonl")), "--db", str(db))[0] == 0
    yield from serving(db)


def serving(db: Path):
    """The app on a free port in a thread, for as long as the generator is open."""
    import uvicorn

    from warta.web.app import create_app

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 30
    while not server.started and time.time() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser():
    with playwright.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.problems = []  # script errors and dialogs: none may happen
    page.on("pageerror", lambda err: page.problems.append(f"page error: {err}"))
    page.on("console", lambda m: m.type == "error" and page.problems.append(f"console: {m.text}"))
    page.on("dialog", lambda d: (page.problems.append(f"dialog: {d.message}"), d.dismiss()))
    yield page
    page.close()


def test_search_open_article_see_highlights_and_events(server, page, tmp_path):
    page.goto(server)
    page.fill("[data-testid=search-input]", "Korea Utara")
    page.click("[data-testid=search-button]")
    results = page.locator("[data-testid=result-link]")
    playwright.expect(results).to_have_count(1)
    playwright.expect(page.locator(".results mark").first).to_have_text("Korea")
    results.first.click()

    playwright.expect(page.locator("[data-testid=article-title]")).to_have_text(
        "Kerja Sama Korea Utara-Rusia Kembali jadi Sorotan")
    people = page.locator("mark.ent-PERSON")
    playwright.expect(people.filter(has_text="Park Jin")).to_have_count(1)
    assert people.filter(has_text="Blinken").count() >= 3
    assert page.locator('mark[data-entity="Antony Blinken"]').count() == people.filter(has_text="Blinken").count()
    assert page.locator('[data-testid=time-mark][data-value="2023-11-08TNI"]').count() == 1
    assert page.locator('[data-testid=time-mark][data-value="2023-11-09"]').count() >= 1
    assert page.locator(".text .q").count() >= 2  # both quotes shaded in the text
    quotes = page.locator("[data-testid=quote]")
    playwright.expect(quotes.filter(has_text="Kami bersumpah mendorong")).to_contain_text("Antony Blinken")

    rows = page.locator("[data-testid=event-row]")
    assert rows.count() >= 5
    table = page.locator("[data-testid=event-table]").inner_text()
    assert "CONSULT" in table and "Antony Blinken (USA)" in table and "Park Jin (KOR)" in table

    accuse = rows.filter(has_text="ACCUSE").first
    accuse.click()
    evidence = page.locator(".text .evidence")
    assert evidence.count() >= 1
    assert "mengecam keras" in " ".join(evidence.all_inner_texts())

    page.wait_for_timeout(500)  # the smooth scroll to the evidence ends
    page.evaluate("window.scrollTo(0, 0)")
    shot = Path(SCREENSHOT) if SCREENSHOT else tmp_path / "article.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    assert page.problems == []


def test_entity_timeline_network_and_analyze_pages(server, page):
    page.goto(f"{server}/#/entity?name=Blinken")
    playwright.expect(page.locator("h1")).to_have_text("Antony Blinken")
    assert page.locator("canvas").count() == 1

    page.goto(f"{server}/#/timeline?a=USA&b=KOR")
    playwright.expect(page.locator("h1")).to_have_text("USA – KOR")
    playwright.expect(page.locator("h2", has_text="events")).to_have_count(1)
    assert page.locator("canvas").count() == 1 and page.locator("tbody tr").count() >= 2

    page.goto(f"{server}/#/network")
    page.wait_for_selector("[data-testid=network] canvas")

    page.goto(f"{server}/#/analyze")
    page.fill("[data-testid=analyze-text]", "Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri "
                                            "Jepang Yoko Kamikawa di Tokyo, Senin (5/2/2024).")
    page.click("[data-testid=analyze-button]")
    result = page.locator("[data-testid=analyze-result]")
    playwright.expect(result.locator("mark.ent-PERSON").filter(has_text="Yoko Kamikawa")).to_have_count(1)
    playwright.expect(result.locator("[data-testid=event-row]").first).to_contain_text("CONSULT")
    assert page.problems == []


def test_hostile_article_runs_nothing(server, page):
    page.goto(server)
    page.fill("[data-testid=search-input]", "Serangan")
    page.click("[data-testid=search-button]")
    link = page.locator("[data-testid=result-link]").first
    playwright.expect(link).to_contain_text("<script>")  # shown as text, not run
    link.click()
    title = page.locator("[data-testid=article-title]")
    playwright.expect(title).to_contain_text("<img src=x onerror=")
    assert "<script>" in page.locator("[data-testid=article-text]").inner_text()
    assert "Budi</svg>" in page.locator("p.muted").first.inner_text()
    page.get_by_text("Joko Widodo", exact=False).first.hover()
    page.locator("[data-testid=event-row]").first.click()
    page.wait_for_timeout(300)

    page.goto(f"{server}/#/analyze")  # the same text pasted by an analyst
    paragraph = ('<p onmouseover="window.__pwned=1">Presiden Joko Widodo bertemu Perdana Menteri Jepang Fumio '
                 'Kishida di Tokyo. <script>window.__pwned=2</script><img src=x onerror="window.__pwned=3"> '
                 'Kedua pemimpin membahas kerja sama ekonomi &lt;script&gt;alert(1)&lt;/script&gt; dan keamanan.</p>')
    page.fill("[data-testid=analyze-text]", f"<html><head><title>Uji &lt;b&gt;</title></head><body><article>"
                                            f"{paragraph * 3}</article></body></html>")
    page.select_option("select", "text/html")
    page.click("[data-testid=analyze-button]")
    result = page.locator("[data-testid=analyze-result] [data-testid=article-text]")
    playwright.expect(result).to_contain_text("<script>alert(1)</script>")
    result.hover()

    assert page.evaluate("window.__pwned") is None
    assert page.locator("[data-testid=article-text] script, [data-testid=article-title] img, "
                        "#view svg, #view a[href^='javascript']").count() == 0
    assert page.problems == []


def test_theme_filter_and_the_counts_and_tone_charts(gkg_server, page):
    page.goto(gkg_server)
    results = page.locator("[data-testid=result-link]")
    playwright.expect(results).to_have_count(3)
    themes = page.locator("[data-testid=theme-filter]")
    playwright.expect(themes.locator("option[value=CORRUPTION]")).to_have_count(1)  # the store's themes offered
    themes.select_option("CORRUPTION")
    playwright.expect(results).to_have_count(1)
    playwright.expect(results.first).to_have_text("KPK Tangkap Kepala Dinas")
    assert "theme=CORRUPTION" in page.url
    page.fill("[data-testid=search-input]", "banjir")
    page.click("[data-testid=search-button]")  # the theme stays chosen: no flood article is about corruption
    playwright.expect(page.locator("p.muted", has_text="0 articles about corruption")).to_have_count(1)

    page.click("nav a[href='#/trends']")
    chart = "[data-testid=counts-chart]"
    page.wait_for_selector(chart)
    drawn = page.wait_for_function(
        f"() => {{ const c = Chart.getChart(document.querySelector('{chart}')); "
        f"return c && c.data.datasets.map((d) => d.label + ':' + d.data.join(',')).join(' '); }}")
    # one bar per type and day; the flood's dead told twice (3, then 4) count 4
    assert drawn.json_value() == "kill:4,0 evacuation:10,0 arrest:0,2"
    assert page.locator(chart).bounding_box()["height"] > 100
    page.select_option("[data-testid=count-type]", "KILL")
    page.fill("[data-testid=tone-entity]", "Abdul Syakur Amin")
    page.click("[data-testid=tone-button]")
    playwright.expect(page.locator("[data-testid=count-row]")).to_have_count(1)
    playwright.expect(page.locator("[data-testid=tone-row]")).to_have_count(2)
    page.wait_for_function("() => Chart.getChart(document.querySelector('[data-testid=tone-chart]'))")
    assert page.problems == []
