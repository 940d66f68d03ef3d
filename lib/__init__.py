"""All logic of the dashboard, importable without Streamlit, in packages by job (layers: docs/development.md)."""

# core      the model, the schema and its vocabularies, name normalisation, where the embedded dataset lies
# ingest    reading files: tables and headers, officer, hamlet and ward rows, units masters, name matching
# store     the versioned store: snapshots, units masters, scenarios, accounts, settings and goals, audit trail
# analysis  figures: coverage and gaps, levels above the ward, progress toward the goals, scenarios, comparison
# staffing  posts, people, quota, the allowance document and its budget
# present   words and pictures for people: formatting, the catalogue, texts, tables, charts, problem messages
# report    files made for a meeting or a download: the brief, slides, PPTX, PDF, XLSX, exports, blank forms
# cli       the command line: parser, JSON shapes, one module per group of commands
