"""The session cookie: read when a tab connects, set and cleared by a small script (Streamlit cannot set cookies)."""

from __future__ import annotations

from streamlit.delta_generator import DeltaGenerator

from lib.store import sessions

NAME = "bl_session"
_ATTRIBUTES = f"; Path=/; SameSite=Strict; Max-Age={int(sessions.MAX_AGE.total_seconds())}"
_SECURE = "(location.protocol === 'https:' ? '; Secure' : '')"  # served over https: never sent over plain http


def token(value: str | None, dead: str | None) -> str | None:
    """The token in the cookie a tab sent when it connected (value), unless it is malformed or the tab saw it end."""
    if value is None or not sessions.well_formed(value) or value == dead:
        return None
    return value


def script(keep: str | None, drop: str | None) -> str:
    """The script that puts the live token in the cookie and removes an ended one (only if the cookie still holds it:
    another tab may have logged in since)."""
    lines = []
    if keep is not None and sessions.well_formed(keep):
        lines.append(f"document.cookie = '{NAME}={keep}{_ATTRIBUTES}' + {_SECURE};")
    if drop is not None and drop != keep and sessions.well_formed(drop):
        lines.append(
            f"if (document.cookie.split('; ').includes('{NAME}={drop}')) "
            f"document.cookie = '{NAME}=; Path=/; SameSite=Strict; Max-Age=0' + {_SECURE};"
        )
    return "\n".join(lines)


def write(box: DeltaGenerator, keep: str | None, drop: str | None) -> None:
    """At every run: the browser's cookie made to match this tab's session (set while signed in, cleared after)."""
    code = script(keep, drop)
    if code:
        box.html(f"<script>{code}</script>", unsafe_allow_javascript=True)
