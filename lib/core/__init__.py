"""The core: the in-memory model, the schema and its vocabularies, name normalisation, the embedded dataset's place."""
