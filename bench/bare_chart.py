"""The yardstick for the browser benchmark: a bare Streamlit page with one Plotly chart of 30 bars."""

import plotly.graph_objects as go
import streamlit as st

names = [f"Phường {i}" for i in range(1, 31)]
shares = [(37 * i) % 100 for i in range(1, 31)]
st.plotly_chart(go.Figure(go.Bar(x=shares, y=names, orientation="h")), key="bench.chart", theme=None)
