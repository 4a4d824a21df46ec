"""Dates on date lines: '입력 2025-02-06 15:54 수정 …', 'Updated Nov. 19, 2019 8:21 am ET',
'6. Februar 2025, 15:54 Uhr', '2025年2月6日 15時54分', 'publié le 6 février 2025 à 15h54'.

Which label means published and which modified comes from the language tables. A time
zone is attached only when the page states one; otherwise the page's local time is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache

from ..lazyregex import lazy_compile
from ..lexicon import Lexicon, search_fold

# Zones pages write after a time. Fixed offsets where the name fixes one; named zones
# where the offset depends on the date (daylight saving).
ZONES: dict[str, str] = {
    "utc": "+00:00", "gmt": "+00:00", "z": "+00:00",
    "kst": "+09:00", "jst": "+09:00", "hkt": "+08:00", "sgt": "+08:00", "cst": "America/Chicago",
    "ist": "+05:30", "aest": "+10:00", "aedt": "+11:00", "msk": "+03:00", "wib": "+07:00", "wita": "+08:00", "wit": "+09:00",
    "est": "-05:00", "edt": "-04:00", "pst": "-08:00", "pdt": "-07:00", "cdt": "-05:00",
    "mst": "-07:00", "mdt": "-06:00", "bst": "+01:00", "cet": "+01:00", "cest": "+02:00",
    "eet": "+02:00", "eest": "+03:00", "wet": "+00:00", "west": "+01:00",
    "et": "America/New_York", "pt": "America/Los_Angeles", "ct": "America/Chicago", "mt": "America/Denver",
    "mez": "+01:00", "mesz": "+02:00", "мск": "+03:00",
}

_TIME = (
    r"(?:(?P<ampm1>오전|오후|午前|午後|上午|下午|am|pm|a\.m\.|p\.m\.)\s*)?"
    r"(?P<hour>\d{1,2})\s*(?::|時|时|시|h(?=\d)|\.(?=\d{2}(?![.\d])))\s*(?P<minute>\d{2})(?:\s*分|\s*분)?"
    r"(?:\s*(?::|秒)?\s*(?P<second>\d{2})(?:\s*秒|\s*초)?)?"
    r"(?:\s*(?P<ampm2>am|pm|a\.m\.|p\.m\.|uhr|h\b))?"
    r"(?:\s*\(?(?P<tz>(?:utc|gmt)\s*[+\-−]\s*\d{1,2}(?::?\d{2})?|[a-z]{1,4}t\b|z\b|mesz|mez|мск|wib\b|wita\b)\)?)?"
)
# What stands between a date and its time: punctuation here, words ('at', 'à', 'um', 'alle',
# 'в', 'saat') from the tables' ``[dates] time_joiners``.
_SEP_MARKS = r",|\.|\||/|,?\s*-"


def _sep(lexicon: Lexicon) -> str:
    words = sorted({w for t in lexicon.languages.values() for w in t.time_joiners}, key=lambda w: (-len(w), w))
    return r"\s*(?:" + "|".join([*(re.escape(w) + r",?" for w in words), _SEP_MARKS]) + r")?\s*"


def _numeric(sep: str) -> re.Pattern[str]:
    return re.compile(
        r"(?P<year>(?:19|20)\d{2})\s*(?:[-./]|년)\s*(?P<month>\d{1,2})\s*(?:[-./]|월)\s*(?P<day>\d{1,2})(?:\s*일|\.)?"
        r"(?:\s*\((?:[월화수목금토일]|[月火水木金土日]|周.|週.|mon|tue|wed|thu|fri|sat|sun)[a-z]*\))?"
        # The time may stand in brackets after the day ('입력 2025.07.10 (21:14)').
        + r"(?:" + sep + r"(?:T|\((?=\d{1,2}:\d{2}\)))?" + _TIME + r"\)?)?",
        re.I,
    )
_CJK = re.compile(
    r"(?P<year>(?:19|20)\d{2})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日"
    r"(?:\s*[（(][^)）]{1,3}[)）])?" + r"(?:\s*" + _TIME + r")?",
    re.I,
)


def _dmy_numeric(sep: str) -> re.Pattern[str]:
    return re.compile(
        r"(?<![\d.])(?P<day>\d{1,2})\.\s?(?P<month>\d{1,2})\.\s?(?P<year>(?:19|20)\d{2})(?!\d)" + r"(?:" + sep + _TIME + r")?",
        re.I,
    )

# '25.05.21 10:32': a two-digit year first, as Korean, Japanese and Chinese pages write the
# day (year, month, day). Read only with a time after it and on a line in those scripts:
# German and other European pages write '21.05.25' day first.
_SHORT_YMD = re.compile(r"(?<![\d.])(?P<year>\d{2})\.(?P<month>\d{1,2})\.(?P<day>\d{1,2})\.?(?![\d.])\s+" + _TIME, re.I)
_EAST_ASIAN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")

# '03/05/2022', '11/19/19': month first in American English, day first elsewhere.


def _slash(sep: str) -> re.Pattern[str]:
    return re.compile(
        r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>(?:19|20)\d{2}|\d{2})(?![\d/])" + r"(?:" + sep + _TIME + r")?",
        re.I,
    )
# A time written before its date: '7:07 PM EST Nov 19, 2019'.
_TIME_BEFORE = lazy_compile(_TIME + r"\s*,?\s*$", re.I)
# A 24-hour time without a colon before its date, which only a zone after it marks as a time
# and not a year: 'Updated 1909 GMT (0309 HKT) November 18, 2019'.
_HHMM_ZONE_BEFORE = lazy_compile(
    r"(?<![\d:.])(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)\s*(?P<tz>"
    + "|".join(sorted((re.escape(z) for z in ZONES if len(z) > 1), key=len, reverse=True))
    + r")\b(?:\s*\([^)]{1,20}\))?\s*,?\s*$",
    re.I,
)

# Relative dates, kept as written when there is no reference time.
RELATIVE = re.compile(
    r"\b\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago\b|\d+\s*(?:초|분|시간|일|주|개월)\s*전"
    r"|\d+\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\s+\d+\s+(?:sekunden|minuten|stunden|tagen)|il y a\s+\d+\s+\w+"
    r"|hace\s+\d+\s+\w+|há\s+\d+\s+\w+|\d+\s+(?:минут|час|дн)\w*\s+назад|\byesterday\b|\bjust now\b",
    re.I,
)
_ANY_DIGIT = re.compile(r"\d")


def may_hold_date(text: str) -> bool:
    """Every form find_dates reads holds a digit: a text without one holds no date."""
    return _ANY_DIGIT.search(text) is not None


def find_relative(text: str) -> re.Match[str] | None:
    """``RELATIVE.search(text)``, without running it where it cannot match. Its alternatives
    are tried at every position (case-insensitively, so without a literal to skip to), which
    costs a short block several microseconds; every form holds a digit except 'yesterday' and
    'just now', which case folding finds (it also folds the 'ſ' that re.IGNORECASE matches as 's')."""
    if _ANY_DIGIT.search(text) is None:
        folded = text.casefold()
        if "yesterday" not in folded and "just now" not in folded:
            return None
    return RELATIVE.search(text)


# A clock time on its own ("Online seit heute, 12.09 Uhr", "Today 4:10 pm").
CLOCK = re.compile(r"\b\d{1,2}[:.h]\d{2}\s*(?:uhr|h\b|am\b|pm\b|a\.m\.|p\.m\.)", re.I)

# A weekday some blogs write between the day and the year ('Dec 28 Sat 2013 00:28').
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s+)?"

_HAS_YEAR = re.compile(r"(?:19|20|25)\d\d|\d/\d{2}\b")
# The day and the year of a month-first date ('… 19, 2019'), where its month name ends.
_DAY_YEAR_SOURCE = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?[,.]?\s+" + _WEEKDAY + r"(?P<year>(?:19|20)\d{2})"
_DAY_YEAR = re.compile(_DAY_YEAR_SOURCE, re.I)


@dataclass(frozen=True, slots=True)
class FoundDate:
    iso: str
    start: int
    end: int
    role: str | None  # "published", "modified" or None when unlabelled
    has_time: bool


@dataclass(frozen=True, slots=True)
class _Patterns:
    """The date patterns, built once per lexicon: month names, eras and time joiners come from the tables."""

    numeric: re.Pattern[str]
    dmy_numeric: re.Pattern[str]
    slash: re.Pattern[str]
    dmy: re.Pattern[str]
    mdy: re.Pattern[str]
    months: dict[str, int]
    # Every month name folded as re.IGNORECASE compares them (search_fold), and their lengths.
    folded_months: frozenset[str]
    month_lengths: tuple[int, ...]


@lru_cache(maxsize=4)
def _patterns(lexicon: Lexicon) -> _Patterns:
    sep = _sep(lexicon)
    months: dict[str, int] = {}
    for table in lexicon.languages.values():
        months.update(table.months)
    names = "|".join(sorted((re.escape(m) for m in months), key=len, reverse=True))
    eras = sorted({e for table in lexicon.languages.values() for e in table.year_prefixes}, key=lambda e: (-len(e), e))
    era = r"(?:(?:" + "|".join(re.escape(e) for e in eras) + r")\s*)?" if eras else ""
    # After a dotted abbreviation the year may follow without a space ('21 ม.ค.2561'); Folha
    # writes the whole date dotted ('22.mar.2025').
    dmy = re.compile(
        r"(?<!\w)(?P<day>\d{1,2})(?:\.|er|º|st|nd|rd|th)?(?:\s+|(?<=\.)(?=[^\W\d_]))(?:de\s+)?(?P<mname>" + names + r")\.?,?(?:\s+|(?<=\.))(?:de\s+)?"
        + era + r"(?P<year>(?:19|20|25)\d{2})(?!\d)"
        + r"(?:" + sep + _TIME + r")?",
        re.I,
    )
    # Brunch writes a full stop after the day ('Feb 11. 2025').
    mdy = re.compile(
        r"(?<!\w)(?P<mname>" + names + r")\.?\s+" + _DAY_YEAR_SOURCE
        + r"(?:" + sep + _TIME + r")?",
        re.I,
    )
    folded = frozenset(search_fold(m) for m in months)
    return _Patterns(_numeric(sep), _dmy_numeric(sep), _slash(sep), dmy, mdy, months, folded, tuple(sorted({len(m) for m in folded})))


def _mdy_matches(text: str, patterns: _Patterns) -> list[re.Match[str]]:
    """``patterns.mdy.finditer(text)``, tried only where a month name stands right before a day
    and a year: its alternation of every month name costs microseconds at each word it is tried
    at, and most texts with a year hold no month-first date.

    A match's day opens a match of _DAY_YEAR that finditer finds (inside one, only the year's
    first digit follows whitespace, and no day can start there); its month name ends where the
    whitespace before that day starts, or at a full stop right before it."""
    starts: set[int] = set()
    folded = ""
    for anchor in _DAY_YEAR.finditer(text):
        day = end = anchor.start()
        while end > 0 and text[end - 1].isspace():  # str.isspace is what \s matches
            end -= 1
        if end == day or end == 0:
            continue  # no whitespace before the day, or no room for a name
        folded = folded or search_fold(text)
        for name_end in (end, end - 1) if text[end - 1] == "." else (end,):
            starts.update(name_end - n for n in patterns.month_lengths if n <= name_end and folded[name_end - n : name_end] in patterns.folded_months)
    found: list[re.Match[str]] = []
    after = 0
    for start in sorted(starts):
        m = patterns.mdy.match(text, start) if start >= after else None
        if m is not None:
            found.append(m)
            after = m.end()
    return found


def zone_offset(tz: str | None, naive: datetime) -> str:
    """'+09:00' for a zone written on a page ('KST', 'ET', 'UTC+9') or given by the user
    ('Asia/Seoul', '+09:00') at that local time; '' when the zone is unknown."""
    if not tz:
        return ""
    key = re.sub(r"\s+", "", tz.casefold()).replace("−", "-")
    m = re.fullmatch(r"(?:utc|gmt)?([+\-])(\d{1,2})(?::?(\d{2}))?", key)
    if m:
        return f"{m.group(1)}{int(m.group(2)):02d}:{m.group(3) or '00'}"
    zone = ZONES.get(key, tz.strip())
    if zone[0] in "+-":
        return zone
    try:
        from zoneinfo import ZoneInfo

        delta = naive.replace(tzinfo=ZoneInfo(zone)).utcoffset() or timedelta(0)
    except Exception:  # unknown zone or no tz database: say nothing rather than guess
        return ""
    minutes = int(delta.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def is_known_zone(tz: str) -> bool:
    return bool(zone_offset(tz, datetime(2020, 1, 1)))


# Thai pages count years in the Buddhist Era (2568 BE = 2025 CE). No Gregorian year a news
# page writes comes near it, so a year from this one on is read as BE.
BUDDHIST_ERA_FROM = 2400
BUDDHIST_ERA_OFFSET = 543


def _year(text: str) -> int:
    """'2019', '19' (a two-digit year is this century's: news pages are recent) or '2568' (BE)."""
    year = int(text)
    if year >= BUDDHIST_ERA_FROM:
        return year - BUDDHIST_ERA_OFFSET
    return year + 2000 if year < 100 else year


def _build(
    m: re.Match[str], month: int, lexicon_ampm: tuple[set[str], set[str]], *, day: int | None = None, clock: re.Match[str] | None = None
) -> tuple[str, bool] | None:
    try:
        date = datetime(_year(m.group("year")), month, day if day is not None else int(m.group("day")))
    except (ValueError, TypeError):
        return None
    if clock is None and m.groupdict().get("hour") is not None:
        clock = m
    return _with_clock(date, clock, lexicon_ampm)


def _with_clock(date: datetime, m: re.Match[str] | None, lexicon_ampm: tuple[set[str], set[str]]) -> tuple[str, bool]:
    hour = m.groupdict().get("hour") if m is not None else None
    if hour is None:
        return date.strftime("%Y-%m-%d"), False
    h, minute = int(hour), int(m.group("minute"))
    groups = m.groupdict()
    ampm = (groups.get("ampm1") or groups.get("ampm2") or "").casefold()
    am_words, pm_words = lexicon_ampm
    if ampm in pm_words and h < 12:
        h += 12
    elif ampm in am_words and h == 12:
        h = 0
    second = int(groups["second"]) if groups.get("second") else None
    if h > 23 or minute > 59 or (second is not None and second > 59):
        return date.strftime("%Y-%m-%d"), False
    naive = date.replace(hour=h, minute=minute, second=second or 0)
    iso = naive.strftime("%Y-%m-%dT%H:%M") + (f":{second:02d}" if second is not None else "")
    return iso + zone_offset(m.group("tz"), naive), True


@lru_cache(maxsize=4)
def _ampm(lexicon: Lexicon) -> tuple[set[str], set[str]]:
    am = {"am", "a.m.", "午前", "上午", "오전"}
    pm = {"pm", "p.m.", "午後", "下午", "오후"}
    for table in lexicon.languages.values():
        am.update(w.casefold() for w in table.am)
        pm.update(w.casefold() for w in table.pm)
    return am, pm


@lru_cache(maxsize=4)
def _role_labels(lexicon: Lexicon) -> list[tuple[str, str]]:
    labels: list[tuple[str, str]] = []
    for table in lexicon.languages.values():
        labels += [(w.casefold(), "modified") for w in table.modified_labels]
        labels += [(w.casefold(), "published") for w in table.published_labels]
    # Longest first, so 'last updated' wins over 'updated' and '기사입력' over '입력'; equal
    # lengths in a fixed order (a set's order changes from run to run).
    return sorted(set(labels), key=lambda pair: (-len(pair[0]), pair))


@dataclass(frozen=True, slots=True)
class _LabelTable:
    """_role_labels indexed by first character: a text is compared with the labels that can
    open where it looks, not with all of them (hundreds, over every table)."""

    labels: list[tuple[str, str]]
    by_first: dict[str, tuple[int, ...]]  # positions in ``labels``, ascending
    always: tuple[int, ...]  # labels with no first character: compared everywhere
    longest: int


@lru_cache(maxsize=4)
def _label_table(lexicon: Lexicon) -> _LabelTable:
    labels = _role_labels(lexicon)
    by_first: dict[str, tuple[int, ...]] = {}
    for k, (label, _role) in enumerate(labels):
        if label:
            by_first[label[0]] = (*by_first.get(label[0], ()), k)
    always = tuple(k for k, (label, _role) in enumerate(labels) if not label)
    return _LabelTable(labels, by_first, always, max((len(label) for label, _role in labels), default=0))


# The label must end this near the date (characters).
MAX_LABEL_GAP = 12


def _role_before(prefix: str, table: _LabelTable) -> str | None:
    """The role named by the label closest before a date (within the text since the previous date)."""
    tail = prefix.casefold().rstrip(" \t:：|·•-–—,()[]")
    # A label that ends near enough opens at ``start`` or after: only labels that open with a
    # character found there are looked for, in the table's order (ties go to the first).
    start = max(0, len(tail) - MAX_LABEL_GAP - table.longest)
    near = table.by_first.keys() & set(tail[start:])
    candidates = sorted([*table.always, *(k for first in near for k in table.by_first[first])])
    best: tuple[int, str] | None = None
    for k in candidates:
        label, role = table.labels[k]
        idx = tail.rfind(label, start)
        if idx < 0:
            continue
        end = idx + len(label)
        # The label must end near the date and be a whole word in spaced scripts.
        if len(tail) - end > MAX_LABEL_GAP:
            continue
        if label.isascii() and label[-1].isalpha() and end < len(tail) and tail[end].isalpha():
            continue
        if label.isascii() and idx > 0 and tail[idx - 1].isalpha():
            continue
        if best is None or end > best[0]:
            best = (end, role)
    return best[1] if best else None


# The metadata scan asks for the dates of one block several times (the head of a stitched
# date line, a date line, a byline row, a name row): the answers for short texts are
# remembered, which saves about a third of the date reading on a page. Bounded both ways, so
# the memory stays small whatever the batch.
MAX_REMEMBERED_CHARS = 500
REMEMBERED_TEXTS = 1024


def find_dates(text: str, lexicon: Lexicon, *, month_first: bool = False) -> list[FoundDate]:
    """Every date in ``text`` with its ISO form and the role its label gives it.

    ``month_first`` reads slash dates as month/day/year (American English); otherwise as
    day/month/year. A slash date whose first number is over 12 is read day first either way.
    """
    if _ANY_DIGIT.search(text) is None:
        return []  # no digit, no date (may_hold_date): most blocks are answered without a look-up
    if len(text) > MAX_REMEMBERED_CHARS:
        return _find_dates(text, lexicon, month_first)
    # The order matters only to slash dates: without a slash both orders read alike, and one
    # answer serves both (a date line is read both ways on American-English pages).
    return list(_remembered_dates(text, lexicon, month_first and "/" in text))


@lru_cache(maxsize=REMEMBERED_TEXTS)
def _remembered_dates(text: str, lexicon: Lexicon, month_first: bool) -> tuple[FoundDate, ...]:
    return tuple(_find_dates(text, lexicon, month_first))


def _find_dates(text: str, lexicon: Lexicon, month_first: bool) -> list[FoundDate]:
    short_ymd = _EAST_ASIAN.search(text) is not None and _SHORT_YMD.search(text) is not None
    if not _HAS_YEAR.search(text) and not short_ymd:
        return []
    patterns = _patterns(lexicon)
    dmy, months = patterns.dmy, patterns.months
    ampm = _ampm(lexicon)
    spans: list[tuple[int, int, str, bool]] = []

    def add(m: re.Match[str], month: int, day: int | None = None) -> None:
        if any(s < m.end() and m.start() < e for s, e, _, _ in spans):
            return
        start = m.start()
        built = _build(m, month, ampm, day=day)
        if built and not built[1]:
            # '7:07 PM EST Nov 19, 2019': the time stands before the date.
            before = _TIME_BEFORE.search(text, max(0, start - 30), start) or _HHMM_ZONE_BEFORE.search(text, max(0, start - 30), start)
            if before and not any(s < start and before.start() < e for s, e, _, _ in spans):
                timed = _build(m, month, ampm, day=day, clock=before)
                if timed and timed[1]:
                    built, start = timed, before.start()
        if built:
            spans.append((start, m.end(), built[0], built[1]))

    for pattern in (_CJK, patterns.numeric, patterns.dmy_numeric):
        for m in pattern.finditer(text):
            add(m, int(m.group("month")))
    if short_ymd:
        for m in _SHORT_YMD.finditer(text):
            add(m, int(m.group("month")))
    for matches in (dmy.finditer(text), _mdy_matches(text, patterns)):
        for m in matches:
            name = m.group("mname").casefold()
            month = months.get(name) or months.get(name.rstrip("."))
            if month:
                add(m, month)
    for m in patterns.slash.finditer(text):
        a, b = int(m.group("a")), int(m.group("b"))
        month, day = (a, b) if month_first and a <= 12 else (b, a)
        add(m, month, day)
    spans.sort()
    labels = _label_table(lexicon)
    found: list[FoundDate] = []
    prev_end = 0
    for k, (start, end, iso, has_time) in enumerate(spans):
        role = _role_before(text[prev_end:start], labels)
        prev_end = end
        if role is None:
            after = _role_after(text[end : end + MAX_AFTER_LABEL], labels)
            if after is not None:
                role, used = after
                prev_end = end + used  # the label is this date's, not the next one's
        found.append(FoundDate(iso=iso, start=start, end=end, role=role, has_time=has_time))
    return found


# A label after its date ('2025-06-11 11:05 송고 | 2025-06-11 13:40 최종수정'), as Korean pages
# write it, ends the text or a separator follows it; a label right before the next date
# ('Nov 19, 2019 Updated Nov 20, 2019') is that date's.
MAX_AFTER_LABEL = 40
_AFTER_LABEL_END = re.compile(r"\s*(?:$|[|·•/,)\]])")


def _role_after(rest: str, table: _LabelTable) -> tuple[str, int] | None:
    lead = len(rest) - len(rest.lstrip(" \t:：(["))
    tail = rest[lead:].casefold()
    opening = table.by_first.get(tail[:1], ())
    for k in sorted([*table.always, *opening]) if table.always else opening:
        label, role = table.labels[k]
        if tail.startswith(label) and _AFTER_LABEL_END.match(tail, len(label)):
            return role, lead + len(label)
    return None


# A date line is mostly date: after removing dates and labels, little text is left.
MAX_DATELINE_REST = 24


def is_dateline(text: str, lexicon: Lexicon, *, month_first: bool = False) -> bool:
    if len(text) > 200:
        return False
    dates = find_dates(text, lexicon, month_first=month_first)
    if not dates:
        return False
    rest = text
    for d in reversed(dates):
        rest = rest[: d.start] + rest[d.end :]
    rest = re.sub(r"[\W\d_]+", " ", rest).strip()
    roles = [d.role for d in dates if d.role]
    limit = MAX_DATELINE_REST * (2 if roles else 1)
    return len(rest) <= limit


# A stamp without its year ('2/6(木) 10:30配信', '最終更新:3/9(木) 19:02', '3月9日(木) 18時45分'):
# month, day, perhaps the weekday, and a time.
_YEARLESS = lazy_compile(
    r"(?<![\d/.-])(?:(?P<m1>\d{1,2})[/.-](?P<d1>\d{1,2})|(?P<m2>\d{1,2})\s*月\s*(?P<d2>\d{1,2})\s*日)(?![\d/.-])"
    r"\s*(?:[(（](?P<weekday>[月火水木金土日월화수목금토일一二三四五六天])[^)）]{0,2}[)）])?"
    r"\s*(?P<hour>\d{1,2})\s*[:：時时]\s*(?P<minute>\d{2})"
)
# Weekday characters, Monday = 0: Japanese and Korean name the days, Chinese numbers them.
_WEEKDAYS = {**{c: i for i, c in enumerate("月火水木金土日")}, **{c: i for i, c in enumerate("월화수목금토일")},
             **{c: i for i, c in enumerate("一二三四五六")}, "天": 6}


def yearless(text: str, lexicon: Lexicon, years_shown: dict[str, set[int]]) -> FoundDate | None:
    """A yearless stamp read with the year the page itself gives that day: another date on the
    page with the same month and day ('2025年2月6日' in the story's credit), whose weekday agrees
    when the stamp names one. None when the page gives the day no year, or gives it two:
    a year is never guessed."""
    m = _YEARLESS.search(text)
    if m is None:
        return None
    month, day = int(m.group("m1") or m.group("m2")), int(m.group("d1") or m.group("d2"))
    hour, minute = int(m.group("hour")), int(m.group("minute"))
    fitting = []
    for year in years_shown.get(f"{month:02d}-{day:02d}", ()):
        try:
            moment = datetime(year, month, day, hour, minute)
        except ValueError:
            return None
        if m.group("weekday") is None or _WEEKDAYS[m.group("weekday")] == moment.weekday():
            fitting.append(moment)
    if len(fitting) != 1:
        return None
    role = _role_before(text[: m.start()], _label_table(lexicon)) or "published"
    return FoundDate(fitting[0].strftime("%Y-%m-%dT%H:%M"), m.start(), m.end(), role, True)
