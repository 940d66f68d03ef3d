"""The Streamlit edge: cached loaders, shared session state and the sidebar; no logic lives here."""
