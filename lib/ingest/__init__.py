"""Reading what people send: tables and their headers, rows per granularity, units masters, matching names."""
