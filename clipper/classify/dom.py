"""How DOM hints change a block's label (HTML input only; the text path never gets here).

The same two-pass classifier decides; the DOM adds evidence between the passes:

1. The article container: the element whose subtree holds the most good text for the
   least other text (readability's idea, scored with our own block qualities).
2. Containers the page marks as furniture, by tag (nav, aside, footer, header) or by
   class/id words (related, share, comment, ad, promo, ticker, ...), make their blocks
   chrome of that kind, unless the container wraps the article itself (a
   ``<div class="post has-comments">`` around the whole story is not a comment box).
3. Link-dense blocks are navigation or teasers.
4. Outside the article container, good-looking text is a teaser or a comment, not body;
   inside it, short paragraphs are judged as body by their neighbours.
5. Named parts of the article (a recipe's ingredients and steps, a live blog's entries; see
   class_words.toml) are its content, whatever their class words or shapes say.
6. After the model (``settle_dom``): good prose, list items, data rows and sentences in the
   article container stay body when only the model's neighbourhood view says otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from typing import NamedTuple, Sequence

from ..model import ChromeKind
from ..packagedata import package_file
from ..segment import Segment
from .features import Features
from .labels import Label, Labelled, Parameters, Quality

# A list item this much link and this short is a menu entry.
SURE_LINK_DENSITY = 0.99
SURE_LINK_MAX_WEIGHT = 60
# How many blocks before the article container its headline may stand.
HEADLINE_REACH = 12
# Links are this share of a block's text: navigation or a teaser, not prose.
MAX_LINK_DENSITY = 0.5
# Inside the article a linked sentence is still body unless nearly all of it is a link.
MAX_LINK_DENSITY_IN_ARTICLE = 0.8
# Cost of other text against good text when choosing the article container.
JUNK_COST = 0.5
# Every block of other text costs at least this much (a menu of 40 one-word links is not free).
JUNK_BLOCK_COST = 8.0
# How much of a block's weight counts as article text when choosing the container.
TEXT_SHARE = {Quality.GOOD: 1.0, Quality.NEAR: 0.5}
# Unlinked text that is not prose counts for this share of its weight.
PLAIN_TEXT_SHARE = 0.25
# Class words are ignored for finding the article when trusting them leaves this many
# times less text in the best container (the story itself sits in a 'sidebar' wrapper).
WORDS_DISTRUST_RATIO = 3.0
# A marked container holding at least this share of the page's good text is the story's
# own wrapper, whatever its class says.
MAX_FURNITURE_GOOD_SHARE = 0.5

# The article container must hold at least this share of the page's good text for good text
# outside it to be read as teasers and comments.
MIN_CONTAINER_GOOD_SHARE = 0.5

# A 'weak' furniture word (class_words.toml) marks furniture only when at least this share of
# its container's text is links: a teaser list is headlines, an article's 'teaser-text' lead is not.
WEAK_WORD_MIN_LINK_SHARE = 0.2
# The chrome kinds a live blog's entries carry by name ('live-match-comment', 'live-ticker').
LIVE_ENTRY_KINDS = frozenset({ChromeKind.COMMENTS, ChromeKind.TICKER})


class ContentRole(str, Enum):
    """Parts of the article that class words name (see class_words.toml)."""

    LIVE = "live"
    RECIPE = "recipe"


@dataclass(frozen=True, slots=True)
class WordMeaning:
    """What one class/id word says: furniture of a kind (weak: only when link-heavy), or a part of the article."""

    kind: ChromeKind | None = None
    weak: bool = False
    role: ContentRole | None = None


@lru_cache(maxsize=1)
def class_word_table() -> dict[str, WordMeaning]:
    """class_words.toml as word -> meaning. The table ships with the package; a bad one is a bug."""
    import tomllib  # here, not at the top: the text path imports this module but never reads the table

    text = package_file("classify", "class_words.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    table: dict[str, WordMeaning] = {}
    for kind, entry in data.get("furniture", {}).items():
        for weak, key in ((False, "words"), (True, "weak")):
            for word in entry.get(key, []):
                table[word] = WordMeaning(kind=ChromeKind(kind), weak=weak)
    for role, entry in data.get("content", {}).items():
        for word in entry.get("words", []):
            table[word] = WordMeaning(role=ContentRole(role))
    return table


# Tags of running text: inside the article container a short one is still body.
BODY_TAGS = frozenset({"p", "blockquote", "li", "h2", "h3", "h4", "h5", "h6", "pre", "dd", "dt"})
# Tags of paragraphs proper (a <div> of prose is as often a teaser's excerpt as a paragraph).
PARAGRAPH_TAGS = frozenset({"p", "blockquote", "li", "dd", "pre"})
# Items of lists and rows of data tables: inside the article container they are its content
# (a list of steps, a table of results), however short and unlike prose.
ITEM_TAGS = frozenset({"li", "tr", "dd", "dt"})
# Sectioning tags that mark furniture.
TAG_KINDS: dict[str, ChromeKind] = {
    "nav": ChromeKind.NAVIGATION, "aside": ChromeKind.OTHER, "footer": ChromeKind.OTHER,
    "figcaption": ChromeKind.CAPTION,
}


# A block inside the article container with this many sentences and this many times the
# length of a sure body block is prose, whatever chrome phrase it contains.
PROSE_MIN_SENTENCES = 3
PROSE_MIN_WEIGHT_FACTOR = 1.0

# Key of Labelled.extra, set on blocks inside the article container: the quality the text
# rules gave the block, before the DOM's evidence.
ARTICLE = "dom_article"
# Key of Labelled.extra: the block is a named part of the article (a recipe's ingredients or
# steps, a live blog's entry) in the article container.
PART = "dom_part"


class _Mark(NamedTuple):
    """The deepest furniture container above a block: its position in the path, its id, and its
    kind. A named tuple: one is made per marked element, and a frozen dataclass costs several
    times as much to make."""

    index: int
    ident: int
    kind: ChromeKind
    why: str
    by_tag: bool = False
    weak: bool = False


class _Path(NamedTuple):
    """What the elements above a block say: furniture marks (outermost first) and, for each
    content role, the position of the outermost element naming it. Blocks under one element
    share one (read-only)."""

    marks: tuple[_Mark, ...]
    roles: dict[ContentRole, int]  # outermost element naming the role
    deepest: dict[ContentRole, int]  # innermost element naming it


class _ElementMark(NamedTuple):
    """What marks one element as furniture (a _Mark without its place)."""

    kind: ChromeKind
    why: str
    by_tag: bool
    weak: bool


def _element_mark(tag: str, words: str) -> _ElementMark | None:
    kind = TAG_KINDS.get(tag)
    if kind is not None:
        return _ElementMark(kind, f"inside <{tag}>", True, False)
    table = class_word_table()
    for word in words.split():
        meaning = table.get(word)
        if meaning is not None and meaning.kind is not None:
            return _ElementMark(meaning.kind, f"inside a '{word}' container", False, meaning.weak)
    return None


def _element_roles(words: str) -> frozenset[ContentRole]:
    table = class_word_table()
    return frozenset(m.role for m in map(table.get, words.split()) if m is not None and m.role is not None)


# What one element says: the content roles its words name and its furniture mark.
_Said = tuple[frozenset[ContentRole], _ElementMark | None]


@lru_cache(maxsize=4096)
def _element_says(tag: str, words: str) -> _Said | None:
    """None when the element says nothing (most elements)."""
    named = _element_roles(words)
    mark = _element_mark(tag, words)
    return (named, mark) if named or mark is not None else None


# What an element without class or id words says: only its tag can mark it.
_TAG_SAYS: dict[str, _Said] = {tag: (frozenset(), _element_mark(tag, "")) for tag in TAG_KINDS}


# What the elements down to one element say (its marks, outermost first, and per content role
# the outermost and the innermost element naming it) is a _Path too; shared by every block
# under the element.
_NO_PATH = _Path((), {}, {})


def _extend(prefix: _Path, index: int, ident: int, said: _Said) -> _Path:
    """What the elements down to the ``index``-th of a path say, from what those above it say
    and what it says."""
    named, mark = said
    marks, roles, deepest = prefix
    if named:
        roles, deepest = dict(roles), dict(deepest)
        for role in named:
            roles.setdefault(role, index)
            deepest[role] = index
    if mark is not None:
        marks = (*marks, _Mark(index, ident, *mark))
    return _Path(marks, roles, deepest)


def _block_path(prefix: _Path) -> _Path:
    """What the elements above a block in a live blog say: its entries are the story, whatever
    comment or ticker words they carry."""
    live = prefix.roles[ContentRole.LIVE]
    marks = tuple(m for m in prefix.marks if not (m.kind in LIVE_ENTRY_KINDS and m.index >= live and not m.by_tag))
    return _Path(marks, prefix.roles, prefix.deepest)


@dataclass(slots=True)
class _Tree:
    """The elements above the page's blocks, read once from the blocks' hints. Each element's
    sum over the blocks under it is its own blocks' sum plus its children's, so a sum costs one
    step per block and one per element instead of one per block and element above it (a block
    sits ten deep). Sums run over positions in ``order`` (a list is cheaper to index than a dict)."""

    order: list[int]  # element ids, in the order the blocks first reach them, outer before inner
    leaves: list[int]  # per block: the position of the innermost element above it (-1: none)
    links: list[tuple[int, int]]  # positions of (element, the element it sits in), inner before outer
    paths: list[_Path]  # per block: what the elements above it say
    tagged: set[int]  # elements marked as furniture by their tag
    worded: bool  # whether any element is marked by its class words
    weak: bool  # whether any is marked by a weak word

    def sums(self, values: list[float]) -> dict[int, float]:
        """Per element, the sum of the blocks' ``values`` over the blocks under it."""
        total = [0.0] * (len(self.order) + 1)  # the last slot (-1) takes the blocks under no element
        for leaf, value in zip(self.leaves, values):
            total[leaf] += value
        for at, up in self.links:
            total[up] += total[at]
        return dict(zip(self.order, total))


def _tree(blocks: list[Labelled]) -> _Tree:
    """The elements above the blocks, and what each block's elements say: read once per
    element (blocks share their outer elements, and all of them with the blocks of one
    element), not once per block and element above it."""
    order: list[int] = []
    at: dict[int, int] = {}  # element -> its position in order
    ups: list[int] = []  # per position: the position of the element it sits in (-1: none)
    says: list[_Path] = []  # per position: what the elements down to it say
    leaves: list[int] = []
    paths: list[_Path] = []
    tagged: set[int] = set()
    worded = weak = False
    for lab in blocks:
        dom = lab.segment.dom
        if dom is None or not dom.ancestors:
            leaves.append(-1)
            paths.append(_NO_PATH)
            continue
        ancestors = dom.ancestors
        # A known element's own ancestors are known: only the inner end of the chain is new.
        known = len(ancestors)
        while known and ancestors[known - 1] not in at:
            known -= 1
        up = at[ancestors[known - 1]] if known else -1
        prefix = says[up] if known else _NO_PATH
        tags, words = dom.path, dom.class_words
        for i in range(known, len(ancestors)):
            ident = ancestors[i]
            said = _element_says(tags[i], words[i]) if words[i] else _TAG_SAYS.get(tags[i])
            if said is not None:  # else its blocks share what the elements above say
                prefix = _extend(prefix, i, ident, said)
                mark = said[1]
                if mark is not None:
                    if mark.by_tag:
                        tagged.add(ident)
                    else:
                        worded = True
                        weak = weak or mark.weak
            at[ident] = len(order)
            order.append(ident)
            ups.append(up)
            says.append(prefix)
            up = at[ident]
        leaves.append(up)
        paths.append(_block_path(prefix) if ContentRole.LIVE in prefix.roles else prefix)
    # An element comes after the one it sits in: backwards, inner elements come first. (Element
    # ids grow down the tree, preorder, and blocks reach them in that order: order is sorted.)
    links = [(k, ups[k]) for k in range(len(order) - 1, -1, -1) if ups[k] >= 0]
    return _Tree(order, leaves, links, paths, tagged, worded, weak)


def _link_heavy(blocks: list[Labelled], tree: _Tree) -> set[int]:
    """Elements whose text is at least WEAK_WORD_MIN_LINK_SHARE links."""
    sizes = [float(len(lab.segment.text)) for lab in blocks]
    chars = tree.sums(sizes)
    links = tree.sums([n * lab.segment.dom.link_density if lab.segment.dom is not None else 0.0 for lab, n in zip(blocks, sizes)])
    return {ident for ident, n in chars.items() if n and links[ident] >= WEAK_WORD_MIN_LINK_SHARE * n}


@dataclass(slots=True)
class _Containers:
    main: int | None  # the article container's id
    wrappers: frozenset[int]  # the article container and the elements around it
    good: dict[int, float]  # good text weight under each element
    good_total: float


# Per block, what it adds to the score of each element above it: as marked furniture, and unmarked.
_Gains = tuple[list[float], list[float]]


def _gains(blocks: list[Labelled], weights: list[float], paths: list[_Path]) -> _Gains:
    """Good text gains, other text costs; marked furniture is other text. A recipe's lines count as text."""
    marked: list[float] = []
    unmarked: list[float] = []
    for lab, weight, path in zip(blocks, weights, paths):
        junk = -JUNK_COST * (weight + JUNK_BLOCK_COST)
        marked.append(junk)
        if lab.quality is Quality.CHROME and not (ContentRole.LIVE in path.roles and lab.kind is ChromeKind.TICKER):
            unmarked.append(junk)  # chrome, unless a live blog's row: most blocks of a page
            continue
        link_density = lab.segment.dom.link_density if lab.segment.dom is not None else 0.0
        if link_density >= MAX_LINK_DENSITY:
            gain = junk * link_density
        elif lab.quality in TEXT_SHARE:
            gain = TEXT_SHARE[lab.quality] * weight
        elif ContentRole.RECIPE in path.roles or ContentRole.LIVE in path.roles:
            gain = weight
        else:
            # Unlinked text that is not prose (a table row, a recipe line) is probably still the page's.
            gain = PLAIN_TEXT_SHARE * weight - JUNK_COST * JUNK_BLOCK_COST
        unmarked.append(gain)
    return marked, unmarked


def _scores(gains: _Gains, marks: list[Sequence[_Mark]], trust_words: bool, tree: _Tree) -> dict[int, float]:
    """Per element: the gains of the blocks under it. Marked furniture counts as other text (by
    tag always, by class words when ``trust_words``); comment sections always do, so a long
    discussion cannot pull the container off a short story."""
    marked, unmarked = gains
    if trust_words:
        return tree.sums([junk if m else gain for junk, gain, m in zip(marked, unmarked, marks)])
    # Where the two gains are equal (furniture that is chrome anyway) its marks need no reading.
    return tree.sums([
        junk if m and junk != gain and any(x.kind is ChromeKind.COMMENTS or x.by_tag for x in m) else gain
        for junk, gain, m in zip(marked, unmarked, marks)
    ])


def _article_container(blocks: list[Labelled], marks: list[Sequence[_Mark]], paths: list[_Path], tree: _Tree) -> _Containers:
    """The element that best holds the page's text, trusting class words unless that loses
    most of the text (sticky-column and layout wrappers carry words like 'sidebar')."""
    weights = [lab.features.weight for lab in blocks]
    text_like = [TEXT_SHARE.get(lab.quality, 0.0) * weight for lab, weight in zip(blocks, weights)]
    good = tree.sums(text_like)
    good_total = 0.0
    for lab, value in zip(blocks, text_like):
        if value and lab.segment.dom is not None:
            good_total += value
    if tree.tagged:
        # A <nav> or <aside> holding most of the page was never closed: it is not furniture.
        text = tree.sums(weights)
        text_total = sum(weights)
        most = {ident for ident in tree.tagged if _holds_most(text[ident], text_total)}
        if most:
            marks = [[x for x in m if not (x.by_tag and x.ident in most)] for m in marks]
    gains = _gains(blocks, weights, paths)
    trusting = _scores(gains, marks, True, tree)
    best = max(trusting.values(), default=0.0)
    score = trusting
    # Without class-word marks no block scores otherwise when they are ignored. (The weak-word
    # filter may have left none: then the two scorings are equal, and trusting stands.)
    if tree.worded:
        ignoring = _scores(gains, marks, False, tree)
        if max(ignoring.values(), default=0.0) > WORDS_DISTRUST_RATIO * max(best, 1.0):
            score = ignoring
    main = max(score, key=score.get) if score else None
    if main is not None and score[main] <= 0:
        main = None
    return _Containers(main, _wrappers(main, blocks), good, good_total)


def sure_furniture(segment: Segment, f: Features) -> Labelled | None:
    """A short block that is all link (a menu entry, a teaser headline) is settled before any
    table lookup. Menus are most of a page's blocks; skipping the phrase tables for them
    halves the classifier's cost on HTML. (Not whole <nav>s: a page that never closes its
    <nav> has the article inside it.)"""
    dom = segment.dom
    if dom is None or dom.link_density < SURE_LINK_DENSITY or f.weight >= SURE_LINK_MAX_WEIGHT:
        return None
    kind = ChromeKind.NAVIGATION if segment.bullet else ChromeKind.RELATED
    return Labelled(segment, f, Quality.CHROME, kind=kind, reason="all link")


def apply_dom(blocks: list[Labelled], p: Parameters) -> None:
    """Revise context-free qualities with the DOM's evidence (see the module docstring)."""
    if not any(b.segment.dom is not None for b in blocks):
        return
    tree = _tree(blocks)
    paths = tree.paths
    marks: list[Sequence[_Mark]] = [p.marks for p in paths]
    if tree.weak:  # (the live blog's entries may have dropped the weak marks: then the filter keeps all)
        heavy = _link_heavy(blocks, tree)
        marks = [[x for x in m if not x.weak or x.ident in heavy] for m in marks]
    found = _article_container(blocks, marks, paths, tree)
    main = found.main
    inside_of = [_inside(b, main) for b in blocks]
    inside_at = [i for i, inside in enumerate(inside_of) if inside]
    # The standfirst often sits between the headline and the article container.
    lead_from = _headline_before(blocks, inside_at[0]) if inside_at else len(blocks)
    lead_to = inside_at[0] if inside_at else 0
    # A container holding little of the page's good text is one box of a page of boxes (a
    # landing page, a product page): text outside it is not thereby a teaser.
    dominant = main is not None and found.good.get(main, 0.0) >= MIN_CONTAINER_GOOD_SHARE * found.good_total
    for i, (lab, m, path) in enumerate(zip(blocks, marks, paths)):
        inside = inside_of[i]
        if not inside and lab.quality is Quality.CHROME:
            continue  # most of a page: nothing below turns it into anything else
        dom = lab.segment.dom
        if dom is None:
            continue
        if inside:
            lab.extra[ARTICLE] = lab.quality
        role = _named_part(path, dom.ancestors, main) if inside else None
        # Digits-and-signs rows look like a stock ticker to the text rules; in a data table or a
        # live blog ('90'', '14:05') they are the content's own.
        numbers = lab.kind is ChromeKind.TICKER and (dom.tag == "tr" or role is ContentRole.LIVE)
        if lab.quality is Quality.CHROME and inside and _long_prose(lab, p):
            # A chrome phrase inside several sentences of the story ('datenschutzkonform',
            # 'sponsored by') names a topic; a notice is a line, not a paragraph.
            _requalify(lab, Quality.GOOD, f"long prose in the article container, not {lab.kind.value if lab.kind else 'chrome'}")
            lab.kind = None
        if lab.quality is Quality.CHROME and not (inside and numbers):
            continue
        mark = next((x for x in reversed(m) if _is_furniture(x, found)), None)
        if mark is not None:
            _chrome(lab, mark.kind, mark.why)
        elif dom.link_density >= (MAX_LINK_DENSITY_IN_ARTICLE if inside else MAX_LINK_DENSITY):
            kind = ChromeKind.NAVIGATION if lab.features.weight < p.length_low else ChromeKind.RELATED
            _chrome(lab, kind, f"links {dom.link_density:.0%}")
        elif main is not None and not inside:
            if lab.quality in (Quality.GOOD, Quality.NEAR) and not lead_from < i < lead_to and dominant:
                _requalify(lab, Quality.BAD, "outside the article container")
        elif role is not None:
            lab.extra[PART] = role
            if lab.quality is not Quality.GOOD:
                _requalify(lab, Quality.GOOD, f"a {role.value} part in the article container")
                lab.kind = None
        elif inside and lab.quality is not Quality.GOOD and dom.tag == "tr":
            _requalify(lab, Quality.GOOD, "a data table row in the article container")
            lab.kind = None
        elif inside and lab.quality is not Quality.GOOD and dom.tag in BODY_TAGS and lab.features.chars:
            _requalify(lab, Quality.GOOD, f"<{dom.tag}> in the article container")


def settle_dom(blocks: list[Labelled]) -> None:
    """After the model: prose the text rules judged good on its own, inside the article
    container and not marked as furniture, is body whatever its neighbourhood looks like
    (a one-paragraph story, a long paragraph between pictures): the text and the DOM agree,
    and the model's neighbourhood view does not overrule both."""
    for lab in blocks:
        if lab.quality is not Quality.BAD:
            continue
        dom = lab.segment.dom
        if lab.extra.get(ARTICLE) is Quality.GOOD and dom is not None and dom.tag in PARAGRAPH_TAGS:
            lab.quality = Quality.GOOD
            lab.reason += "; good prose in the article container"
        elif PART in lab.extra:
            lab.quality = Quality.GOOD
            lab.reason += f"; the {lab.extra[PART].value} part is the article's content"
        elif ARTICLE in lab.extra and dom is not None and dom.tag in ITEM_TAGS and dom.link_density < MAX_LINK_DENSITY:
            lab.quality = Quality.GOOD
            lab.reason += f"; <{dom.tag}> of a list or table in the article container"
        elif ARTICLE in lab.extra and dom is not None and dom.tag == "p" and lab.features.ends_sentence and dom.link_density < MAX_LINK_DENSITY:
            lab.quality = Quality.GOOD
            lab.reason += "; a sentence in the article container"


def _long_prose(lab: Labelled, p: Parameters) -> bool:
    f = lab.features
    return f.sentence_ends >= PROSE_MIN_SENTENCES and f.weight >= PROSE_MIN_WEIGHT_FACTOR * p.length_high and "chrome_heading" not in lab.extra


def _named_part(path: _Path, ancestors: tuple[int, ...], main: int | None) -> ContentRole | None:
    """The article part a block sits in: a live blog's entries (the live element may wrap the
    article container), or a recipe's ingredients and steps strictly inside the article
    container (a 'recipe' class on the page's wrapper says nothing about the blocks in it)."""
    if main is None:
        return None
    if ContentRole.LIVE in path.roles:
        return ContentRole.LIVE
    at = path.deepest.get(ContentRole.RECIPE)
    if at is not None and at > ancestors.index(main):
        return ContentRole.RECIPE
    return None


def _headline_before(blocks: list[Labelled], start: int) -> int:
    """Index of the <h1> closest before ``start`` (within reach of a headline), or ``start``."""
    for i in range(start - 1, max(start - HEADLINE_REACH, 0) - 1, -1):
        dom = blocks[i].segment.dom
        if dom is not None and dom.heading_level == 1:
            return i
    return start


def _holds_most(weight: float, total: float) -> bool:
    return total > 0 and weight >= MAX_FURNITURE_GOOD_SHARE * total


def _inside(lab: Labelled, main: int | None) -> bool:
    return main is not None and lab.segment.dom is not None and main in lab.segment.dom.ancestors


def _is_furniture(mark: _Mark, found: _Containers) -> bool:
    """A marked element is furniture unless it wraps the article or holds most of its text
    (sticky-column and layout wrappers carry words like 'sidebar' around the story)."""
    if mark.ident in found.wrappers:
        return False
    if mark.kind is ChromeKind.COMMENTS:
        return True
    return found.good.get(mark.ident, 0.0) < MAX_FURNITURE_GOOD_SHARE * found.good_total


def _wrappers(main: int | None, blocks: list[Labelled]) -> frozenset[int]:
    """The article container and the elements around it."""
    if main is None:
        return frozenset()
    for lab in blocks:
        dom = lab.segment.dom
        if dom is not None and main in dom.ancestors:
            return frozenset(dom.ancestors[: dom.ancestors.index(main) + 1])
    return frozenset()


def _requalify(lab: Labelled, quality: Quality, why: str) -> None:
    lab.extra["revised_from"] = lab.quality
    lab.quality = quality
    lab.reason = why


def _chrome(lab: Labelled, kind: ChromeKind, why: str) -> None:
    lab.quality = Quality.CHROME
    lab.kind = kind
    lab.reason = why


def trailing_headings(blocks: list[Labelled]) -> None:
    """After the labels are final: a section heading with none of the story under it, the body's
    last text, introduces something the page does not show as the story ('Weitere
    Informationen', 'Lesen Sie auch', 'Contexto de la Noticia'): it is not body."""
    for lab in reversed(blocks):
        if lab.label is not Label.BODY:
            continue
        dom = lab.segment.dom
        if dom is None or dom.heading_level < 2:
            return
        lab.set(Label.CHROME, ChromeKind.OTHER, "a heading with none of the story under it")
