"""One registry for built-in and third-party writers (entry-point group ``clipper.writers``).

Built-ins are plain data: (name, module, class). Plugins are listed lazily and imported only
when chosen or listed; one that fails to load is reported, never fatal. Pass a Registry
instance around instead of using a module-global one, so tests build their own.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field

from ..errors import UnknownWriterError
from .base import Writer

ENTRY_POINT_GROUP = "clipper.writers"

BUILTINS: tuple[tuple[str, str, str], ...] = (
    ("json", "clipper.writers.json", "JsonWriter"),
    ("jsonl", "clipper.writers.jsonl", "JsonLinesWriter"),
    ("markdown", "clipper.writers.markdown", "MarkdownWriter"),
    ("text", "clipper.writers.text", "TextWriter"),
)


@dataclass(slots=True)
class WriterEntry:
    name: str
    origin: str  # "built-in", or "plugin (distribution)"
    load: Callable[[], object]
    _writer: Writer | None = None

    def writer(self) -> Writer:
        if self._writer is None:
            obj = self.load()
            if isinstance(obj, type):
                obj = obj()
            if not isinstance(obj, Writer):
                raise TypeError(f"writer '{self.name}' does not implement the Writer protocol (name, extension, streamable, write)")
            self._writer = obj
        return self._writer


def _import(module: str, attr: str) -> Callable[[], object]:
    return lambda: getattr(importlib.import_module(module), attr)


@dataclass(slots=True)
class Registry:
    entries: dict[str, WriterEntry] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @classmethod
    def builtin(cls) -> Registry:
        reg = cls()
        for name, module, attr in BUILTINS:
            reg.entries[name] = WriterEntry(name, "built-in", _import(module, attr))
        return reg

    @classmethod
    def default(cls) -> Registry:
        """Built-ins plus every installed plugin (plugins may not replace a built-in)."""
        reg = cls.builtin()
        try:
            from importlib.metadata import entry_points  # ~10 ms: only when plugins are listed

            eps = entry_points(group=ENTRY_POINT_GROUP)
        except Exception as exc:  # a broken installation must not break the CLI
            reg.problems.append(f"could not list writer plugins: {exc}")
            return reg
        for ep in eps:
            if ep.name in reg.entries:
                reg.problems.append(f"plugin writer '{ep.name}' ignored: the name is taken by a built-in")
                continue
            dist = getattr(ep.dist, "name", None) or ep.value
            reg.entries[ep.name] = WriterEntry(ep.name, f"plugin ({dist})", ep.load)
        return reg

    def register(self, writer: Writer | type, origin: str = "custom") -> None:
        name = writer.name
        self.entries[name] = WriterEntry(name, origin, lambda: writer)

    def names(self) -> list[str]:
        return sorted(self.entries)

    def get(self, name: str) -> Writer:
        entry = self.entries.get(name)
        if entry is None:
            raise UnknownWriterError(f"unknown writer '{name}' (available: {', '.join(self.names())})")
        try:
            return entry.writer()
        except Exception as exc:
            raise UnknownWriterError(f"writer '{name}' failed to load: {exc}") from exc

    def available(self) -> list[tuple[WriterEntry, Writer | None, str | None]]:
        """Each entry with its loaded writer, or the reason it could not be loaded."""
        rows = []
        for name in self.names():
            entry = self.entries[name]
            try:
                rows.append((entry, entry.writer(), None))
            except Exception as exc:
                rows.append((entry, None, str(exc)))
        return rows
