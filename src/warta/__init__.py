"""warta reads Indonesian news into structured data: who did what to whom, when, where, and who
said what.

    import warta
    doc = warta.analyze("…", published="2025-10-22")   # text, an HTML page or a record
    for item in warta.read(["news.csv"], map={"text": "isi_berita"}):   # Documents and failures
        ...
"""

from warta.model import Document, RawRecord, ReadFailure

__version__ = "0.1.0"


def __getattr__(name: str):  # the pipeline loads only when first used: `import warta` stays quick
    if name in ("analyze", "read", "pipe", "ReadError"):
        from warta import api

        return getattr(api, name)
    if name == "Pipeline":
        from warta.pipeline import Pipeline

        return Pipeline
    raise AttributeError(f"module 'warta' has no attribute {name!r}")


__all__ = ["Document", "Pipeline", "RawRecord", "ReadError", "ReadFailure", "__version__", "analyze", "pipe", "read"]
