"""Cập nhật dữ liệu: pick a file, see what was recognised, its problems and its difference, then store it."""

import streamlit as st

from lib.analysis import compare, metrics
from lib.present import charts, fmt, texts, views
from lib.present.i18n import t
from lib.report import forms as templates
from lib.store import IMPORT_STEPS as store_steps
from ui import actions, auth, cards, downloads, loaders, state, steps

lang = state.lang()
who = auth.identity()
auth.require(who, "upload", lang)
current = loaders.snapshot()
history = loaders.history()

st.title(t("nav.upload", lang))
st.caption(t("upload.intro", lang))
cards.show_flash()

with st.expander(t("upload.templates", lang), icon=":material/download:"):
    st.caption(t("upload.templates_help", lang))
    for kind in templates.GRANULARITIES:
        label, xlsx_col, csv_col = st.columns([3, 1, 1])
        label.markdown(t(f"granularity.{kind}", lang))
        xlsx_col.download_button(
            t("upload.form_xlsx", lang),
            downloads.form(kind, "xlsx", lang, current),
            texts.template_name(kind, "xlsx", lang),
            downloads.XLSX,
            on_click="ignore",
            key=f"bl.template_xlsx_{kind}",
        )
        csv_col.download_button(
            t("upload.form_csv", lang),
            downloads.form(kind, "csv", lang, current),
            texts.template_name(kind, "csv", lang),
            downloads.CSV,
            on_click="ignore",
            key=f"bl.template_csv_{kind}",
        )

upload = st.file_uploader(t("upload.file", lang), type=["xlsx", "csv", "txt", "tsv", "parquet"], key=state.upload_key())
date_col, by_col = st.columns(2)
as_of = date_col.date_input(t("upload.as_of", lang), value=None, format="DD/MM/YYYY", key="bl.upload_as_of")
sender = by_col.text_input(t("upload.by", lang), key="bl.upload_by")
if upload is None:
    st.stop()

data, file_name = upload.getvalue(), upload.name
too_large = texts.size_problem(len(data), int(loaders.settings()["max_upload_mb"]), lang)
if too_large:
    st.error(too_large, icon=":material/error:")
    st.stop()
with st.spinner(t("step.reading", lang)):  # seconds for a national file; at once when read before
    parsed = loaders.parse_upload(data, upload.name, as_of)

st.subheader(t("upload.recognised", lang))
facts = st.columns(4, border=True)
facts[0].metric(
    t("upload.granularity", lang), t(f"granularity.short_{parsed.granularity}", lang) if parsed.granularity else "—"
)
facts[1].metric(t("upload.header_row", lang), str(parsed.header_row) if parsed.header_row else "—")
facts[2].metric(t("upload.encoding", lang), texts.encoding_name(parsed.encoding), help=parsed.sheet)
facts[3].metric(t("upload.as_of_found", lang), fmt.day(parsed.snapshot.as_of, lang) if parsed.snapshot else "—")
if parsed.sheet:
    st.caption(t("upload.sheet_used", lang, sheet=texts.plain(parsed.sheet)))

st.subheader(t("upload.problems", lang))
if parsed.errors:
    st.error(t("upload.has_errors", lang, n=len(parsed.errors)), icon=":material/error:")
if parsed.problems:
    st.dataframe(views.problems_view(parsed.problems, lang), hide_index=True)
else:
    st.success(t("upload.no_problems", lang))
if parsed.preview:
    with st.expander(t("upload.preview", lang)):
        st.dataframe(views.preview_view(parsed.preview), hide_index=True)
if not parsed.ok or parsed.snapshot is None:
    st.stop()

new = parsed.snapshot
st.subheader(t("upload.diff", lang, date=fmt.day(current.as_of, lang)))
before_after = st.columns(2, border=True)
before_after[0].metric(texts.as_of(current, lang), texts.headline(metrics.city_coverage(current), lang))
before_after[1].metric(texts.as_of(new, lang), texts.headline(metrics.city_coverage(new), lang))
changes = compare.ward_changes(current, new)
st.plotly_chart(
    charts.compare_figure(changes, fmt.day(current.as_of, lang), fmt.day(new.as_of, lang), lang),
    key="bl.upload_compare",
    theme=None,
)
hamlet_changes = compare.hamlet_changes(current, new)
if hamlet_changes is not None and len(hamlet_changes):
    st.dataframe(views.hamlet_changes_view(hamlet_changes, lang), hide_index=True)

duplicate = texts.duplicate_of(history, data, lang)
if duplicate:
    st.warning(duplicate, icon=":material/content_copy:")
elif st.button(t("upload.confirm", lang), type="primary", icon=":material/save:", key="bl.upload_confirm"):
    stored, message = steps.run(
        t("step.storing", lang),
        store_steps,
        lang,
        lambda on_step: actions.store_upload(parsed, data, file_name, who.named(sender), lang, on_step),
    )
    if stored:
        state.finish_upload(message)
        st.rerun()
    st.error(message)
