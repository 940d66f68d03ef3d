"""Cập nhật dữ liệu: pick a file, see what was recognised, its problems and its difference, then store it."""

import streamlit as st

from lib.analysis import compare, metrics
from lib.core.schema import SCOPES
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
given: dict[str, str] = {}  # the columns a person points at the fields not recognised
if parsed.fields_missing:
    st.subheader(t("upload.columns", lang))
    st.caption(t("upload.columns_help", lang))
    options = {c.index: c for c in parsed.columns_found}
    for missing in parsed.fields_missing:
        picked = st.selectbox(
            t("upload.column_for", lang, field=t(f"col.{missing}", lang)),
            list(options),
            index=None,
            placeholder=t("upload.pick_column", lang),
            format_func=lambda i: views.column_option(options[i], lang),
            key=f"bl.upload_column_{missing}",
        )
        if picked is not None:
            given[options[picked].header] = missing
    if given:
        parsed = loaders.parse_upload(data, upload.name, as_of, given)
if parsed.mapping_used is not None:
    used_col, forget_col = st.columns([4, 1])
    used_col.info(t("upload.mapping_used", lang, id=parsed.mapping_used), icon=":material/bookmark:")
    if forget_col.button(t("upload.mapping_forget", lang), key="bl.upload_forget_mapping"):
        forgotten, note = actions.forget_mapping(parsed.mapping_used, who, lang)
        state.set_flash(note) if forgotten else st.error(note)
        st.rerun()

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
if parsed.columns_found:
    with st.expander(t("upload.columns_read", lang)):
        st.dataframe(views.columns_view(parsed.columns_found, lang), hide_index=True)
if parsed.preview:
    with st.expander(t("upload.preview", lang)):
        st.dataframe(views.preview_view(parsed.preview), hide_index=True)
if not parsed.ok or parsed.snapshot is None:
    st.stop()

new = parsed.snapshot
scope = None
if parsed.partial:  # a ward's own report: update its wards only, or count it as the whole city
    scope = st.radio(
        texts.partial_upload(parsed, lang),
        SCOPES,
        index=None,
        format_func=lambda choice: texts.scope_choice(choice, lang),
        key=state.upload_key() + "_scope",
    )
    if scope is None:
        st.info(t("upload.scope_choose", lang), icon=":material/rule:")
        st.stop()
    taken, refused = loaders.scoped_upload(parsed, scope, lang)
    if taken is None or taken.snapshot is None:
        st.error(refused or "", icon=":material/error:")
        st.stop()
    parsed, new = taken, taken.snapshot
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
        lambda on_step: actions.store_upload(
            parsed, data, file_name, who.named(sender), lang, on_step, scope=scope, remember=bool(given)
        ),
    )
    if stored:
        state.finish_upload(message)
        st.rerun()
    st.error(message)
