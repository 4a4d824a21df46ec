"""User rules: extra chrome phrases, per-site profiles and threshold overrides, without code.

A rules file is TOML in the same shape as the language tables (``clipper/lexicons/README.md``),
plus ``[parameters]`` and ``[[site]]`` profiles::

    [chrome.share]
    exact = ["Send to Kindle"]
    patterns = ["^Share this on \\\\w+$"]

    [chrome.related]
    headings = ["Mehr aus der Region"]

    [parameters]
    length_low = 60

    [[site]]
    name = "example-news"
    match_path = "example-news"            # regex searched in the input's path
    match_text = "© \\\\d{4} Example News"    # or in the page's text
    [site.chrome.advertisement]
    patterns = ["^Sponsored by "]

Parsing is pure (text in, Rules out); the CLI reads the file. Errors name the line.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .classify.labels import Parameters
from .errors import RulesError
from .lexicon import Lexicon, build, builtin_tables
from .model import ChromeKind

_KINDS = {k.value for k in ChromeKind}
_LIST_KEYS = {"exact", "patterns", "headings"}
_PARAMETERS = {f.name: f.type for f in dataclasses.fields(Parameters)}
# Text searched by a site's match_text: the start of the page carries the masthead.
SITE_TEXT_WINDOW = 20000


@dataclass(frozen=True, slots=True)
class SiteProfile:
    """A site's own chrome table, used on pages whose path or text matches."""

    name: str
    table: dict
    match_path: re.Pattern[str] | None = None
    match_text: re.Pattern[str] | None = None

    def matches(self, path: str | None, text: str) -> bool:
        if self.match_path is not None and path and self.match_path.search(path):
            return True
        return self.match_text is not None and bool(self.match_text.search(text[:SITE_TEXT_WINDOW]))


@dataclass(frozen=True, slots=True, eq=False)
class Rules:
    """A rules file: chrome added to every page, site profiles and threshold overrides."""

    table: dict = field(default_factory=dict)  # chrome sections added to every page
    sites: tuple[SiteProfile, ...] = ()
    parameters: Parameters = Parameters()
    origin: str = "<rules>"

    def lexicon_for(self, path: str | None, text: str) -> Lexicon:
        names = tuple(i for i, s in enumerate(self.sites) if s.matches(path, text))
        return _lexicon(self, names)


@lru_cache(maxsize=64)
def _lexicon(rules: Rules, site_indexes: tuple[int, ...]) -> Lexicon:
    tables = builtin_tables() + [rules.table] + [rules.sites[i].table for i in site_indexes]
    return build(tables)


def _line_of(source: str, needle: str) -> int:
    for number, line in enumerate(source.splitlines(), 1):
        if needle in line:
            return number
    return 0


def _fail(origin: str, source: str, needle: str, message: str) -> RulesError:
    line = _line_of(source, needle)
    where = f"{origin}:{line}" if line else origin
    return RulesError(f"{where}: {message}")


def _check_chrome(chrome: object, origin: str, source: str, prefix: str) -> dict:
    if not isinstance(chrome, dict):
        raise _fail(origin, source, f"{prefix}chrome", "'chrome' must be a table of chrome kinds")
    for kind, section in chrome.items():
        if kind not in _KINDS:
            raise _fail(origin, source, f"chrome.{kind}", f"unknown chrome kind '{kind}' (kinds: {', '.join(sorted(_KINDS))})")
        if not isinstance(section, dict):
            raise _fail(origin, source, f"chrome.{kind}", f"chrome.{kind} must be a table")
        for key, values in section.items():
            if key not in _LIST_KEYS:
                raise _fail(origin, source, key, f"chrome.{kind}: unknown key '{key}' (use exact, patterns, headings)")
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                raise _fail(origin, source, key, f"chrome.{kind}.{key} must be a list of strings")
            if key == "patterns":
                for pattern in values:
                    try:
                        re.compile(pattern)
                    except re.error as exc:
                        raise _fail(origin, source, pattern.split("\\")[0][:20] or key, f"bad regular expression {pattern!r}: {exc}") from None
    return {"language": "user", "chrome": chrome}


def _parameters(values: object, origin: str, source: str) -> Parameters:
    if not isinstance(values, dict):
        raise _fail(origin, source, "[parameters]", "'parameters' must be a table")
    updates = {}
    for key, value in values.items():
        if key not in _PARAMETERS:
            raise _fail(origin, source, key, f"unknown parameter '{key}' (known: {', '.join(_PARAMETERS)})")
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise _fail(origin, source, key, f"parameter '{key}' must be a number")
        updates[key] = value
    return dataclasses.replace(Parameters(), **updates)


def _regex(value: object, key: str, origin: str, source: str) -> re.Pattern[str] | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise _fail(origin, source, key, f"{key} must be a string")
    try:
        return re.compile(value, re.I)
    except re.error as exc:
        raise _fail(origin, source, key, f"bad regular expression in {key}: {exc}") from None


def parse_rules(source: str, origin: str = "<rules>") -> Rules:
    """Parse and check a rules file's text; RulesError names the file and line."""
    import tomllib  # here: every run imports this module to look for a rules file, few have one

    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        line = m.group(1) if m else str(len(source.splitlines()) or 1)  # '(at end of document)'
        raise RulesError(f"{origin}:{line}: not valid TOML: {re.sub(r' [(]at .*', '', str(exc))}") from None
    unknown = set(data) - {"chrome", "parameters", "site"}
    if unknown:
        key = sorted(unknown)[0]
        raise _fail(origin, source, key, f"unknown section '{key}' (use chrome, parameters, site)")
    table = _check_chrome(data.get("chrome", {}), origin, source, "")
    parameters = _parameters(data.get("parameters", {}), origin, source)
    sites = []
    raw_sites = data.get("site", [])
    if not isinstance(raw_sites, list):
        raise _fail(origin, source, "site", "use [[site]] for site profiles")
    for site in raw_sites:
        name = site.get("name")
        if not isinstance(name, str) or not name:
            raise _fail(origin, source, "[[site]]", "every [[site]] needs a name")
        if "match_path" not in site and "match_text" not in site:
            raise _fail(origin, source, name, f"site '{name}' needs match_path or match_text")
        extra = set(site) - {"name", "match_path", "match_text", "chrome"}
        if extra:
            key = sorted(extra)[0]
            raise _fail(origin, source, key, f"site '{name}': unknown key '{key}'")
        sites.append(
            SiteProfile(
                name=name,
                table=_check_chrome(site.get("chrome", {}), origin, source, "site."),
                match_path=_regex(site.get("match_path"), "match_path", origin, source),
                match_text=_regex(site.get("match_text"), "match_text", origin, source),
            )
        )
    return Rules(table=table, sites=tuple(sites), parameters=parameters, origin=origin)
