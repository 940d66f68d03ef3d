"""Pure logic of the concurrent-secretary dashboard: importable without Streamlit."""
