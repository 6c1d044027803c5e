"""Builders of the data files shipped in the package, run by ``warta build …``."""
