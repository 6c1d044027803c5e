"""warta reads Indonesian news into structured data: who did what to whom, when, where, and who
said what."""

from warta.model import Document, RawRecord, ReadFailure

__version__ = "0.1.0"
__all__ = ["Document", "RawRecord", "ReadFailure", "__version__"]
