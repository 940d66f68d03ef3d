"""Long work shown as it moves: a status box, with a progress bar that follows the steps a lib function names."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from lib.present import steps as step_texts
from lib.present.i18n import t

OnStep = Callable[[str], None]


def run(label: str, steps: tuple[str, ...], lang: str, work: Callable[[OnStep], tuple[bool, str]]) -> tuple[bool, str]:
    """`work(on_step)` run inside a status box labelled `label`; each step it names moves the bar (no bar without
    steps). The box ends complete, or in error saying why is shown below it (the page shows the outcome's message)."""
    with st.status(label, expanded=bool(steps)) as status:
        bar = st.progress(0.0) if steps else None

        def on_step(name: str) -> None:
            if bar is not None:
                bar.progress(step_texts.share(name, steps), text=step_texts.line(name, steps, lang))

        ok, message = work(on_step)
        if ok:
            status.update(state="complete", expanded=False)
        else:
            status.update(label=t("step.stopped", lang), state="error", expanded=False)
    return ok, message
