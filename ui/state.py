"""Session state shared between pages, under namespaced keys: the one place that touches st.session_state."""

from __future__ import annotations

import streamlit as st

from lib.present.i18n import DEFAULT_LANG, LANGS

PREFIX = "bl."
LANG = PREFIX + "lang"  # the language in force
LANG_PICKER = PREFIX + "lang_picker"  # the radio that proposes a change of language
WARD = PREFIX + "ward"  # the ward chosen on the wards page (or by a click on the overview's chart)


def lang() -> str:
    """The language chosen in the sidebar ("vi" or "en"), kept in the session and in the URL (?lang=en)."""
    chosen = st.session_state.get(LANG) or st.query_params.get("lang") or DEFAULT_LANG
    return str(chosen) if chosen in LANGS else DEFAULT_LANG


def set_lang(code: str) -> None:
    st.session_state[LANG] = code
    st.query_params["lang"] = code


def chosen_ward() -> str | None:
    """The ward chosen in this session, else the one named in the URL (?ward=CODE, from a shared link)."""
    value = st.session_state.get(WARD) or st.query_params.get("ward")
    return str(value) if value else None


def choose_ward(code: str) -> None:
    st.session_state[WARD] = code
    set_url("ward", code)


DRILL_PENDING = PREFIX + "drill_pending"  # a unit clicked on the overview's chart, to choose before the next run


def drill_key(level: str) -> str:
    """The key of the overview's choice of a unit of one level (province, district)."""
    return f"{PREFIX}drill_{level}"


def drill_to(level: str, code: str) -> None:
    """Open a unit clicked on the chart: it is chosen in its select box on the next run."""
    st.session_state[DRILL_PENDING] = (level, code)


def prepare_drill(level: str, codes: list[str]) -> None:
    """Before a level's select box is drawn: apply a pending click, and drop a choice no longer among the options."""
    pending = st.session_state.get(DRILL_PENDING)
    if pending and pending[0] == level and pending[1] in codes:
        st.session_state[drill_key(level)] = st.session_state.pop(DRILL_PENDING)[1]
    if st.session_state.get(drill_key(level)) not in (None, *codes):
        st.session_state[drill_key(level)] = None


# --- the view in the URL: a link sent to a colleague opens the same page, snapshot, ward, goal, slide, language ---
def url_int(param: str) -> int | None:
    """A whole number from the URL, or None when it is absent or not a number."""
    value = str(st.query_params.get(param) or "")
    return int(value) if value.isascii() and value.isdigit() and len(value) <= 9 else None


def set_url(param: str, value: object | None) -> None:
    """Put a value in the URL (None removes it); unchanged values are not written again."""
    if value is None:
        if param in st.query_params:
            del st.query_params[param]
    elif st.query_params.get(param) != str(value):
        st.query_params[param] = str(value)


def snapshot_from_url(ids: list[int]) -> None:
    """Before the snapshot picker is drawn: a snapshot named in the URL (?snapshot=3) is shown, if it exists."""
    wanted = url_int("snapshot")
    if SNAPSHOT not in st.session_state and wanted in ids:
        st.session_state[SNAPSHOT] = wanted


def keep_view_in_url() -> None:
    """After every run: the language, the snapshot shown and the units chosen stay in the URL, on every page."""
    set_url("lang", lang())
    set_url("snapshot", viewed_snapshot())
    set_url("units", UNITS_TODAY if units_as_of() == UNITS_TODAY else None)


UNITS_AS_OF = PREFIX + "units_as_of"  # the units master the figures are shown on, chosen in the sidebar
UNITS_OWN, UNITS_TODAY = "own", "today"  # the snapshot's own master, or the one in force today (?units=today)


def units_as_of() -> str:
    """Whether figures are shown on the snapshot's own units master or on today's (the sidebar's choice, or the URL)."""
    value = st.session_state.get(UNITS_AS_OF) or st.query_params.get("units")
    return UNITS_TODAY if value == UNITS_TODAY else UNITS_OWN


def units_picker(lang: str) -> str:
    """The key of the sidebar's radio that proposes a choice of units, one per language: its options' words change
    with the language, which Streamlit would take for other options and reset; the choice itself is kept under
    UNITS_AS_OF (and in the URL), like the language."""
    return f"{PREFIX}units_picker_{lang}"


def choose_units(choice: str) -> None:
    st.session_state[UNITS_AS_OF] = choice


def goal_index(count: int) -> int:
    """The goal chosen on the progress page: ?goal=N (1 = the first goal), else the first."""
    wanted = url_int("goal")
    return wanted - 1 if wanted is not None and 1 <= wanted <= count else 0


def choose_goal(index: int) -> None:
    set_url("goal", index + 1)


def embedded() -> bool:
    """Shown inside another page or on the meeting room's screen (?embed=true, which Streamlit keeps to itself)."""
    return bool(st.context.is_embedded)


def slide_number(count: int) -> int:
    """The slide shown in presentation mode: ?slide=N, kept between 1 and the number of slides."""
    wanted = url_int("slide") or 1
    return min(max(wanted, 1), max(count, 1))


def show_slide(number: int) -> None:
    set_url("slide", number)


SNAPSHOT = PREFIX + "snapshot"  # the snapshot viewed (CURRENT: whichever is current), chosen in the sidebar
CURRENT = 0  # snapshot ids start at 1
UPLOAD_ROUND = PREFIX + "upload_round"  # bumped after a store, so that the file picker starts empty
FLASH = PREFIX + "flash"  # a message to show once on the next run


def viewed_snapshot() -> int | None:
    """The snapshot id chosen in the sidebar, or None for the current one."""
    value = int(st.session_state.get(SNAPSHOT, CURRENT) or CURRENT)
    return None if value == CURRENT else value


def upload_key() -> str:
    return f"{PREFIX}upload_file_{st.session_state.get(UPLOAD_ROUND, 0)}"


def finish_upload(message: str) -> None:
    """After a successful store: a fresh file picker and a message for the next run."""
    st.session_state[UPLOAD_ROUND] = int(st.session_state.get(UPLOAD_ROUND, 0)) + 1
    st.session_state[FLASH] = message


def set_flash(message: str) -> None:
    st.session_state[FLASH] = message


def pop_flash() -> str | None:
    value = st.session_state.pop(FLASH, None)
    return str(value) if value else None


SCENARIO_HAMLETS = PREFIX + "scenario_hamlets"  # the hamlets chosen in the scenario planner
SCENARIO_WARD = PREFIX + "scenario_ward"  # with many candidates, the ward whose hamlets the planner offers


def scenario_hamlets() -> list[str]:
    """The hamlets chosen in the scenario planner so far (kept when another ward's hamlets are offered)."""
    return [str(code) for code in st.session_state.get(SCENARIO_HAMLETS) or []]


def scenario_month_key(hamlet_code: str) -> str:
    """The key of the month picker of one hamlet in the scenario planner."""
    return f"{PREFIX}scenario_month_{hamlet_code}"


SCENARIO_PENDING = PREFIX + "scenario_pending"  # a saved scenario to put into the planner on the next run


def load_scenario(items: dict[str, object]) -> None:
    """Ask for a saved scenario to be put into the planner's widgets (done before they are drawn next run)."""
    st.session_state[SCENARIO_PENDING] = dict(items)


def apply_pending_scenario() -> None:
    """Fill the planner's widgets from a scenario queued by load_scenario; call before drawing them."""
    items = st.session_state.pop(SCENARIO_PENDING, None)
    if items is None:
        return
    st.session_state[SCENARIO_HAMLETS] = list(items)
    for code, month in items.items():
        st.session_state[scenario_month_key(code)] = month


AUTH_USER = PREFIX + "auth_user"  # the logged-in account (local login)
AUTH_ROLE = PREFIX + "auth_role"
AUTH_SEEN = PREFIX + "auth_seen"  # when the logged-in user last did something (for the idle timeout)
AUTH_TOKEN = PREFIX + "auth_token"  # the session's token (lib.store.sessions), also in the browser's cookie
AUTH_DEAD = PREFIX + "auth_dead"  # a token this tab saw end: not tried again from the cookie, which is cleared


def signed_in() -> tuple[str, str, float] | None:
    name = st.session_state.get(AUTH_USER)
    if not name:
        return None
    return str(name), str(st.session_state.get(AUTH_ROLE, "viewer")), float(st.session_state.get(AUTH_SEEN, 0.0))


def sign_in(name: str, role: str, now: float) -> None:
    st.session_state[AUTH_USER] = name
    st.session_state[AUTH_ROLE] = role
    st.session_state[AUTH_SEEN] = now


def touch(now: float) -> None:
    st.session_state[AUTH_SEEN] = now


def sign_out() -> None:
    for key in (AUTH_USER, AUTH_ROLE, AUTH_SEEN, AUTH_TOKEN):
        st.session_state.pop(key, None)


def session_token() -> str | None:
    value = st.session_state.get(AUTH_TOKEN)
    return str(value) if value else None


def keep_token(token: str) -> None:
    st.session_state[AUTH_TOKEN] = token


def forget(token: str) -> None:
    """A token that ended: this tab does not take it from the cookie again, and clears the cookie if it holds it."""
    st.session_state[AUTH_DEAD] = token


def dead_token() -> str | None:
    value = st.session_state.get(AUTH_DEAD)
    return str(value) if value else None


def cookie(name: str) -> str | None:
    """A cookie the browser sent when this tab connected (Streamlit reads them then; later changes are not seen)."""
    value = st.context.cookies.get(name)
    return str(value) if value else None
