"""Browser tests (marker e2e): the dashboard served by `streamlit run`, driven in Chromium by Playwright."""
