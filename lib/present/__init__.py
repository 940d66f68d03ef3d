"""Words and pictures for people: number and date formats, the catalogue, texts, tables, charts, problem messages."""
