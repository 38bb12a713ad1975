"""The package version, kept in one place (read by pyproject.toml and exported as __version__)."""

__version__ = "0.1.0"
