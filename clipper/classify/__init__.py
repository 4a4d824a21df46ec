"""Body vs chrome: a context-free label per block, then a revision by neighbours (jusText's shape)."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from ..lexicon import Lexicon, default_lexicon
from ..segment import Segment
from .cjk import breadcrumbs, cut_off_headlines, has_cjk, headline_lists, image_names, label_values, sentence_runs
from .context_free import label_block, prompts_cut_from_headlines
from .features import Features, measure, script_counts
from .labels import DEFAULT_PARAMETERS, Label, Labelled, Parameters, Quality
from .learned import BlockModel, default_model
from .revise import dumped, body_after_insert, caption_over_credit, inner_headings, closing_sentence, list_article, rank_lists, teaser_bullets, cut_off_teasers, comment_section, comment_threads, ingredient_rows, lead_paragraph, menu_runs, tag_runs, tail_paragraph, lists_inside_body, sentence_fragments, counters, apply_model, visible, finalise, headline_above_body, heading_runs, justext_revision, promote_near, thin_body, ticker_runs

__all__ = ["Label", "Labelled", "Parameters", "Quality", "classify", "stopword_language", "stopword_language_of"]

# Share of a page's words that must be stopwords of one table before we use that table.
MIN_STOPWORD_HITS = 0.05


# Stopword tables are compared only for languages written with spaces between words.
_UNSPACED_TABLES = ("ko", "ja", "zh")
# Punctuation around a word that does not make it another word.
_WORD_EDGES = ".,;:!?\"'()«»„“”"
# How many characters of the page the stopword count reads.
STOPWORD_SAMPLE_CHARS = 20000


@lru_cache(maxsize=8)
def _stopword_languages(lexicon: Lexicon) -> tuple[tuple[str, ...], dict[str, tuple[str, ...]]]:
    """The languages whose stopwords are compared (in table order), and per stopword the
    languages listing it: one look-up per distinct word of a page instead of one per table."""
    languages = tuple(lang for lang, table in lexicon.languages.items() if table.stopwords and lang not in _UNSPACED_TABLES)
    listing: dict[str, list[str]] = {}
    for lang in languages:
        for word in lexicon.languages[lang].stopwords:
            listing.setdefault(word, []).append(lang)
    return languages, {word: tuple(langs) for word, langs in listing.items()}


def _sample(segments: list[Segment]) -> str:
    """The first STOPWORD_SAMPLE_CHARS characters of the page's text, blocks joined by spaces."""
    texts: list[str] = []
    size = 0
    for s in segments:
        texts.append(s.text)
        size += len(s.text) + 1
        if size > STOPWORD_SAMPLE_CHARS:
            break
    return " ".join(texts)[:STOPWORD_SAMPLE_CHARS]


def stopword_language(segments: list[Segment], lexicon: Lexicon) -> str | None:
    """The language whose stopwords the page uses most (cheap; no model), or None."""
    return stopword_language_of(_sample(segments), lexicon)


def stopword_language_of(sample: str, lexicon: Lexicon, counts: dict[str, int] | None = None) -> str | None:
    """The language whose stopwords ``sample`` uses most, or None (see stopword_language).
    ``counts``: script_counts(sample), when the caller has it already."""
    if counts is None:
        counts = script_counts(sample)
    if not counts:
        return None
    script = max(counts, key=counts.get)
    if script == "hangul":
        return "ko"
    if script == "kana" or (script == "han" and counts.get("kana", 0) > counts["han"] * 0.05):
        return "ja"
    if script == "han":
        return "zh"
    # Case folding maps each character on its own and keeps whitespace whitespace: folding
    # the sample once gives the words folded one by one.
    words = sample.casefold().split()
    if not words:
        return None
    # Each distinct word once, not once per occurrence and language; counted before its edges
    # are stripped, so that each distinct word is stripped once.
    languages, listing = _stopword_languages(lexicon)
    hits_of: dict[str, int] = {}
    for word, n in Counter(words).items():
        for lang in listing.get(word.strip(_WORD_EDGES), ()):
            hits_of[lang] = hits_of.get(lang, 0) + n
    best, best_hits = None, 0
    for lang in languages:
        hits = hits_of.get(lang, 0)
        if hits > best_hits:
            best, best_hits = lang, hits
    if best is None or best_hits < MIN_STOPWORD_HITS * len(words):
        return None
    return best


def first_pass(segments: list[Segment], lexicon: Lexicon, params: Parameters) -> tuple[list[Labelled], bool]:
    """Context-free labels plus the chrome runs under chrome headings and between quote rows.

    Returns the blocks and whether the page's language has a stopword table in use.
    """
    lang = stopword_language(segments, lexicon)
    stopwords = lexicon.stopwords(lang) if lang else frozenset()
    has_stopwords = bool(stopwords) and lang not in _UNSPACED_TABLES
    blocks = []
    html = any(s.dom is not None for s in segments)
    if html:  # the DOM's rules load only for HTML input
        from .dom import apply_dom, sure_furniture
    # Menus and teaser lists repeat their entries on a page: each distinct text is measured
    # once, and labelled once (the context-free label reads only the text and the bullet).
    measured: dict[str, Features] = {}
    labelled: dict[tuple[str, bool], Labelled] = {}
    for s in segments:
        f = measured.get(s.text)
        if f is None:
            f = measured[s.text] = measure(s, stopwords)
        lab = sure_furniture(s, f) if html else None
        if lab is None:
            same = labelled.get((s.text, s.bullet))
            if same is None:
                lab = labelled[(s.text, s.bullet)] = label_block(s, f, lexicon, params, has_stopwords)
            else:
                lab = Labelled(s, f, same.quality, kind=same.kind, reason=same.reason, extra=dict(same.extra))
        blocks.append(lab)
    cjk = has_cjk(blocks)  # the CJK shapes' passes run only where they can find one
    if cjk:
        image_names(blocks)
        breadcrumbs(blocks, params)
    if html:
        apply_dom(blocks, params)  # the DOM's evidence between the two passes
    counters(blocks)
    heading_runs(blocks, params)
    ticker_runs(blocks, params)
    if cjk:
        cut_off_headlines(blocks, params)
        headline_lists(blocks, params)
        label_values(blocks, params)
    prompts_cut_from_headlines(blocks, lexicon, params)
    return blocks, has_stopwords


def classify(
    segments: list[Segment],
    lexicon: Lexicon | None = None,
    params: Parameters = DEFAULT_PARAMETERS,
    model: BlockModel | None | bool = True,
) -> list[Labelled]:
    """Label every segment. ``model``: True for the shipped model, a BlockModel, or False/None
    for the rule-only path (jusText revision and main-run search)."""
    lexicon = lexicon or default_lexicon()
    blocks, has_stopwords = first_pass(segments, lexicon, params)
    chosen = default_model(html=any(s.dom is not None for s in segments)) if model is True else (model or None)
    if chosen is not None:
        dump = dumped(blocks)  # the passes for shapes of text dumps change nothing on HTML
        shown = visible(blocks) if dump else list(blocks)
        apply_model(shown, chosen.probabilities(shown, has_stopwords), chosen.threshold, params)
        menu_runs(blocks)
        if any(b.segment.dom is not None for b in blocks):
            from .dom import settle_dom

            settle_dom(blocks)  # the DOM's evidence the model may not overrule
        comment_threads(blocks, params)
        if dump:
            comment_section(blocks, params)
        caption_over_credit(blocks, params)
        lead_paragraph(blocks, params)
        tail_paragraph(blocks, params)
        body_after_insert(blocks, params)
        if has_cjk(blocks):
            sentence_runs(blocks, params)
        if dump:
            sentence_fragments(blocks)
        lists_inside_body(blocks, params)
        ingredient_rows(blocks, params)
        closing_sentence(blocks)
        inner_headings(blocks, params)
        if dump:
            teaser_bullets(blocks, params)
            cut_off_teasers(blocks, params)
        headline_above_body(blocks, params)
        tag_runs(blocks)
        rank_lists(blocks, params)
        thin_body(blocks, params, has_stopwords)
        list_article(blocks)
        finalise(blocks, params, use_run=False)
        if any(b.segment.dom is not None for b in blocks):
            from .dom import trailing_headings

            trailing_headings(blocks)  # HTML only: a last heading with nothing under it
        return blocks
    promote_near(blocks)
    justext_revision(blocks)
    comment_threads(blocks, params)
    finalise(blocks, params)
    return blocks
