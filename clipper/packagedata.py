"""Data files shipped inside the package (lexicon tables, model weights, class words).

``importlib.resources`` imports tempfile, zipfile and random (~8 ms of every cold start). A
package installed as files — every ordinary install and a checkout — is read straight from
its folder; only a package imported from a zip archive goes through importlib.resources.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).parent


def package_file(*parts: str):
    """The shipped file or folder ``parts`` below the package (a Path, or a resources
    Traversable for a zipped package); both offer ``/``, ``iterdir``, ``name`` and ``read_text``."""
    if _PACKAGE.is_dir():
        return _PACKAGE.joinpath(*parts)
    from importlib import resources

    return resources.files("clipper").joinpath(*parts)
