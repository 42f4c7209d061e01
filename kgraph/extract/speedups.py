"""Faster stand-ins for two of the model's rule components, with identical output.

The model's ``attribute_ruler`` runs a Matcher of 179 patterns over every token,
and its ``lemmatizer`` does a Python call per token; together they took about a sixth
of the model's time on the dev texts. Both are pure functions of a few token
attributes, so a per-process cache gives the same result at the cost of one lookup:

* :class:`AttributeTable` (``kg_attributes``) replaces ``attribute_ruler``. A
  one-token pattern's match depends only on the attributes it tests (``TAG``,
  ``LOWER``, ``DEP``, ``IS_SPACE`` in this model), so each combination of them is
  matched once, by the ruler's own patterns, and its attributes are cached.
  Patterns of several tokens still run through a Matcher, only those whose words
  the document has ("gon na" needs "gon"). Patterns
  are applied in the ruler's order, later ones overriding, as the ruler does.
* :class:`LemmaCache` (``kg_lemmas``) replaces ``lemmatizer``. A rule lemma depends
  only on the token's text, POS and morphology (the lemmatizer's own cache key),
  so it is looked up by them.

``tests/extract/test_speedups.py`` checks the annotations against the stock
components token by token.
"""

from collections.abc import Callable
from typing import Any

from spacy.attrs import IDS, LEMMA, LOWER, MORPH, ORTH, POS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

__all__ = ["AttributeTable", "LemmaCache"]

# token attributes a one-token pattern may test that ``Doc.to_array`` reads per token
_LOCAL = {
    "ORTH", "TEXT", "LOWER", "NORM", "SHAPE", "PREFIX", "SUFFIX", "LENGTH", "TAG", "POS", "MORPH",
    "DEP", "LEMMA", "ENT_TYPE", "ENT_IOB", "IS_ALPHA", "IS_ASCII", "IS_DIGIT", "IS_LOWER", "IS_PUNCT",
    "IS_SPACE", "IS_TITLE", "IS_UPPER", "LIKE_URL", "LIKE_NUM", "LIKE_EMAIL", "IS_STOP", "IS_BRACKET",
    "IS_QUOTE", "IS_LEFT_PUNCT", "IS_RIGHT_PUNCT", "IS_CURRENCY",
}  # fmt: skip


class AttributeTable:
    """``attribute_ruler`` by table lookup (see the module docstring).

    Args:
        ruler: the model's ``AttributeRuler``, whose patterns and attributes are used.
    """

    def __init__(self, ruler: Any) -> None:
        self.ruler = ruler
        vocab = ruler.vocab
        self.single = Matcher(vocab, validate=False)
        self.multi: list[tuple[str, list[dict], frozenset[int] | None]] = []
        keys: set[str] = set()
        self.stock = False  # a pattern this table cannot read token by token: run the ruler itself
        for i, pat in enumerate(ruler.patterns):
            for p in pat["patterns"]:
                one = len(p) == 1 and "OP" not in p[0] and ruler.indices[i] in (0, -1)
                if one and all(k.upper() in _LOCAL for k in p[0]):
                    keys.update(k.upper() for k in p[0])
                    self.single.add(str(i), [p])
                elif one:
                    self.stock = True
                else:
                    self.multi.append((str(i), p, _anchor(p)))
        self.keys = [IDS["ORTH" if k == "TEXT" else k] for k in sorted(keys)]
        self._cache: dict[tuple[int, ...], tuple[tuple[tuple[int, dict], ...], dict]] = {}
        self._matchers: dict[tuple[int, ...], Matcher] = {}

    def _multi_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """The matches of the patterns of several tokens, run only where the words
        each one needs are in the document ("gon na" needs "gon")."""
        lowers = set(doc.to_array(LOWER).reshape(-1).tolist())
        need = tuple(j for j, (_, _, anchor) in enumerate(self.multi) if anchor is None or anchor & lowers)
        if not need:
            return []
        matcher = self._matchers.get(need)
        if matcher is None:
            matcher = self._matchers[need] = Matcher(self.ruler.vocab, validate=False)
            for j in need:
                key, pattern, _ = self.multi[j]
                matcher.add(key, [pattern])
        return matcher(doc, allow_missing=True)

    def _rules(self, doc: Doc, i: int, sig: tuple[int, ...]) -> tuple[tuple[tuple[int, dict], ...], dict]:
        """The ``(pattern index, attributes)`` of the one-token patterns token ``i``
        matches, and their attributes merged (a later pattern's value wins, as when
        the ruler sets them one after another)."""
        hit = self._cache.get(sig)
        if hit is None:
            matches = self.single(doc[i : i + 1], allow_missing=True)
            found = sorted({int(self.ruler.vocab.strings[m]) for m, _, _ in matches})
            rules = tuple((k, self.ruler.attrs[k]) for k in found)
            merged = {a: v for _, attrs in rules for a, v in attrs.items()}
            hit = self._cache[sig] = (rules, merged if "_" not in merged else {})
        return hit

    def __call__(self, doc: Doc) -> Doc:
        if self.stock or not len(doc):
            return self.ruler(doc)
        extra: dict[int, list[tuple[int, int, int, dict]]] = {}
        if self.multi:
            for m, start, end in self._multi_matches(doc):
                k = int(self.ruler.vocab.strings[m])
                pos = start + self.ruler.indices[k] if self.ruler.indices[k] >= 0 else end + self.ruler.indices[k]
                if not start <= pos < end:
                    return self.ruler(doc)  # the ruler reports the bad index
                extra.setdefault(pos, []).append((k, start, end, self.ruler.attrs[k]))
        rows = doc.to_array(self.keys).reshape(len(doc), -1).tolist() if self.keys else [[]] * len(doc)
        for i, row in enumerate(rows):
            rules, merged = self._rules(doc, i, tuple(row))
            if i in extra:
                ordered = sorted([(k, -1, -1, a) for k, a in rules] + extra[i], key=lambda r: r[:3])
                for *_, attrs in ordered:
                    set_token_attrs(doc[i], attrs)
            elif merged:
                set_token_attrs(doc[i], merged)
            else:  # none, or extension attributes (set one pattern after another)
                for _, attrs in rules:
                    set_token_attrs(doc[i], attrs)
        return doc


def _anchor(pattern: list[dict]) -> frozenset[int] | None:
    """The fewest lower-case words of which a document needs one for ``pattern`` to
    match (as string hashes), or None when no token of it needs a given word.

    >>> _anchor([{"DEP": "expl"}, {"LOWER": {"IN": ["is", "was"]}}]) == frozenset(map(get_string_id, ["is", "was"]))
    True
    >>> _anchor([{"LOWER": "gon", "OP": "?"}, {"TAG": "NN"}]) is None
    True
    """
    best: frozenset[int] | None = None
    for spec in pattern:
        value = spec.get("LOWER")
        if spec.get("OP", "1") not in ("1", "+") or value is None:
            continue
        if isinstance(value, str):
            words = frozenset([get_string_id(value)])
        elif isinstance(value, dict) and set(value) == {"IN"}:
            words = frozenset(get_string_id(w) for w in value["IN"])
        else:
            continue
        if best is None or len(words) < len(best):
            best = words
    return best


class LemmaCache:
    """The model's rule ``lemmatizer``, its lemmas cached by text, POS and morphology.

    Args:
        lemmatizer: the model's ``Lemmatizer`` (rule mode).
    """

    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        self.lookups = lemmatizer.lookups
        self._cache: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        lem = self.lemmatizer
        if lem.mode != "rule" or lem.overwrite or not lem._validated:
            return lem(doc)  # another mode, or missing tables (the lemmatizer reports them)
        strings, cache = doc.vocab.strings, self._cache
        changed = False
        arr = doc.to_array([ORTH, POS, MORPH, LEMMA])
        for i, (orth, pos, morph, lemma) in enumerate(arr.tolist()):
            if lemma:
                continue
            key = (orth, pos, morph)
            h = cache.get(key)
            if h is None:
                h = cache[key] = strings.add(lem.lemmatize(doc[i])[0])
            arr[i, 3] = h
            changed = True
        if changed:
            doc.from_array([LEMMA], arr[:, 3:4])
        return doc


def _component(make: Callable[[Any], Any], stock: str) -> Callable[[Language, str], Any]:
    def factory(nlp: Language, name: str) -> Any:
        return make(nlp.get_pipe(stock))

    return factory


Language.factory("kg_attributes", func=_component(AttributeTable, "attribute_ruler"))
Language.factory("kg_lemmas", func=_component(LemmaCache, "lemmatizer"))
