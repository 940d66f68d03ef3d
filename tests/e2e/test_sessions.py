"""A signed-in editor in a real browser: a reload, a second tab and a shared link keep it; a logout ends all."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from playwright.sync_api import BrowserContext, Page, sync_playwright

from tests.e2e.browser import CHROMIUM, log_in, open_page, settle, shot
from tools.screenshots import CHROMIUM_ARGS

LOGGED_IN = "[data-testid=stSidebar] >> text=Đăng xuất"
LOGIN_FORM = "[data-testid=stSidebar] input[type=password]"


@pytest.fixture
def browser(app: str) -> Iterator[BrowserContext]:
    """One browser profile (its tabs share cookies, as a person's browser does), with the app open in a first tab."""
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        context = chromium.new_context(viewport={"width": 1366, "height": 900})
        _open(context, app)
        yield context
        chromium.close()


def _open(context: BrowserContext, url: str) -> Page:
    tab = context.new_page()
    tab.goto(url, wait_until="networkidle")
    tab.wait_for_selector("[data-testid=stSidebar] [data-testid=stVerticalBlock]", timeout=60000)
    return tab


def _session_cookie(context: BrowserContext) -> dict[str, object] | None:
    """The session cookie once the page's script has set it (it runs after the login's rerun)."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        found = [c for c in context.cookies() if c["name"] == "bl_session"]
        if found:
            return dict(found[0])
        time.sleep(0.2)
    return None


def test_a_reload_a_second_tab_and_a_shared_link_keep_the_editor_signed_in(app: str, browser: BrowserContext) -> None:
    page = browser.pages[0]
    log_in(page)
    cookie = _session_cookie(page.context)
    assert cookie is not None
    assert (cookie["sameSite"], cookie["httpOnly"], cookie["path"]) == ("Strict", False, "/")
    assert len(str(cookie["value"])) == 43
    page.reload(wait_until="networkidle")
    page.wait_for_selector(LOGGED_IN, timeout=30000)
    open_page(page, "Cập nhật dữ liệu")  # an editor's page: the role came back with the session
    page.wait_for_selector("[data-testid=stFileUploader]", timeout=30000)
    second = _open(browser, f"{app}/lich-su?lang=vi")  # a shared link, opened in another tab
    second.wait_for_selector(LOGGED_IN, timeout=30000)
    assert second.locator("[data-testid=stSidebarNav] a", has_text="Cập nhật dữ liệu").count() == 1
    shot(second, "session-second-tab")


def test_logout_in_one_tab_ends_the_other_at_its_next_click(app: str, browser: BrowserContext) -> None:
    page = browser.pages[0]
    log_in(page)
    assert _session_cookie(browser) is not None
    other = _open(browser, app)
    other.wait_for_selector(LOGGED_IN, timeout=30000)
    page.locator("[data-testid=stSidebar]").get_by_role("button", name="Đăng xuất").click()
    page.wait_for_selector(LOGIN_FORM, timeout=30000)
    settle(page)
    open_page(other, "Lịch sử")  # the other tab's next click
    other.wait_for_selector(LOGIN_FORM, timeout=30000)
    other.wait_for_selector("text=đã đăng xuất ở một thẻ khác", timeout=30000)
    assert other.locator(LOGGED_IN).count() == 0
    assert _cookie_gone(page.context)
    other.reload(wait_until="networkidle")  # and it does not come back
    other.wait_for_selector(LOGIN_FORM, timeout=30000)
    assert other.locator(LOGGED_IN).count() == 0
    shot(other, "session-ended-elsewhere")


def _cookie_gone(context: BrowserContext) -> bool:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if not any(c["name"] == "bl_session" for c in context.cookies()):
            return True
        time.sleep(0.2)
    return False
