"""Restore the case of all-upper-case text (MUC-style wire reports) before parsing.

spaCy's tagger, parser and NER are trained on mixed-case text; on ALL CAPS
they tag nearly everything as a proper noun. :func:`truecase` keeps every
character offset (it only changes case), so provenance offsets still point
into the original text.

The casing table ``data/casing.json.gz`` maps a lower-case word to its usual
form (``l`` lower, ``T`` title, ``U`` upper), counted over mid-sentence words
of a mixed-case news corpus. Rebuild it with::

    python -m kgraph.extract.truecase ../shared/bench/agnews_test.csv

Words not in the table are lower-cased when the model's lemmatizer tables list
them as common words, and title-cased otherwise (they are likely names).
"""

from __future__ import annotations

import csv
import gzip
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

from kgraph.extract import lexicon as lx

__all__ = ["build_casing", "few_vowels", "headlines", "is_all_caps", "truecase"]

_ASCII_UPPER = bytes(range(65, 91))
_ASCII_LETTERS = _ASCII_UPPER + bytes(range(97, 123))
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
# what comes before a sentence's first word; a quotation mark only when it opens
# quoted speech ('SAID: "WE', 'SAID, "IT'), not a quoted phrase ('A "FOREIGN COMMANDO" KILLED')
_SENT_END = re.compile(r"(?:[.!?:]\s+|\n\s*|[)\d]\s*--\s*|TEXT\]\s*|^\s*|(?:^|\n|[.!?:,][\"”]?\s)\s*[\"“]\s*)$", re.I)


_ROMAN = re.compile(r"m{0,3}(?:c[md]|d?c{0,3})(?:x[cl]|l?x{0,3})(?:i[xv]|v?i{0,3})")
_MONTHS = frozenset("january february march april may june july august september october november december".split())
_DAY_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+$", re.I)
_NUMBER_AFTER = re.compile(r"\s+\d{1,4}\b")


def is_all_caps(text: str, threshold: float = 0.8) -> bool:
    """True when nearly every letter of ``text`` is upper case.

    >>> is_all_caps("A BOMB EXPLODED TODAY IN LIMA.")
    True
    """
    head = text[:5000]
    if head.isascii():  # count with bytes.translate, in C
        raw = head.encode("ascii")
        letters = len(raw) - len(raw.translate(None, _ASCII_LETTERS))
        upper = len(raw) - len(raw.translate(None, _ASCII_UPPER))
    else:
        alpha = [c for c in head if c.isalpha()]
        letters, upper = len(alpha), sum(c.isupper() for c in alpha)
    return letters > 20 and upper / letters >= threshold


_LINE = re.compile(r"[^\n]+")
_SMALL_WORDS = 4  # words this short ("of", "in", "the", "says") may keep lower case in a title-case headline


def headlines(text: str) -> list[tuple[int, int]]:
    r"""Character spans of title-case headline lines in mixed-case text ("Alleged
    Ongoing Confrontation Leaves Students Injured"): the parser reads their every
    word as a name. A headline has three or more longer words, nearly all
    capitalised, at least two of them words the casing table knows as lower case,
    no comma, no bullet before it and no sentence punctuation at its end.

    >>> text = "Rebels Attack Army Base Near Goma\nRebels attacked an army base."
    >>> [text[a:b] for a, b in headlines(text)]
    ['Rebels Attack Army Base Near Goma']
    >>> text = "Saboteurs Blow Up Oil Pipeline in Iraq (AP). AP - Saboteurs blew up a pipeline."
    >>> [text[a:b] for a, b in headlines(text)]
    ['Saboteurs Blow Up Oil Pipeline in Iraq']
    """
    table = _casing()
    out = []
    for line in _LINE.finditer(text):
        body = line.group().rstrip()
        if not body or body[-1] in ".!?:;,\"”'’)" or len(body) > 200 or "," in body or body.lstrip()[:1] in "*-•#":
            continue  # not a sentence, a list item or a list of names
        if _title_case(body, table):
            out.append((line.start(), line.start() + len(body)))
    # "Title. Body" on one line, as news feeds (and the AG News corpus) give it: the opening
    # title, without a closing "(Reuters)", a period after it
    opening = _OPENING.match(text)
    if opening and not (out and out[0][0] <= opening.end(1)):
        body = _AGENCY.sub("", opening.group(1))
        if body.count(",") <= 1 and _title_case(body, table):
            out.insert(0, (opening.start(1), opening.start(1) + len(body)))
    return out


_OPENING = re.compile(r"\s*([^\n]{10,200}?)\.\s+(?=[A-Z\"“‘'])")
_AGENCY = re.compile(r"\s*\([^()]{1,40}\)$")


@lru_cache(maxsize=1)
def _trigger_inflections() -> frozenset[str]:
    """The inflected forms of the trigger words ("kills", "injures", "burning"): common words,
    though the casing table, counted over a corpus whose titles are title case, may hold one
    as a name ("Kills" is in more headlines than sentences). The bare words stay as counted:
    "March", "Shell" and "Lynch" are names as often."""
    out: set[str] = set()
    for lemma in (*lx.VERB_TRIGGERS, *lx.NOUN_TRIGGERS):
        if not lemma.isalpha():
            continue
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        out |= {lemma + "s", lemma + "es", lemma + "ed", lemma + "d", stem + "ing"}
        if lemma.endswith("y"):
            out.add(lemma[:-1] + "ies")
    return frozenset(out)


def _usual_form(table: dict[str, str], word: str) -> str | None:
    """The casing table's form of lower-case ``word``, a trigger's inflection always lower case."""
    form = table.get(word)
    return "l" if form == "T" and word in _trigger_inflections() else form


def _title_case(body: str, table: dict[str, str]) -> bool:
    """Three or more longer words, nearly all capitalised, at least two of them words the
    casing table knows as lower case."""
    long = [w for w in _WORD.findall(body) if len(w) >= _SMALL_WORDS]
    if len(long) < 3 or body.isupper():
        return False
    capital = [w for w in long if w[0].isupper()]
    lower = [w for w in capital[1:] if _usual_form(table, w.lower()) == "l"]
    # one such word will do when it is a deed's, the headline's verb: "Rebels Attack in Central Iraq"
    telling = len(lower) >= 2 or any(
        w.lower() in _trigger_inflections() or w.lower() in lx.VERB_TRIGGERS for w in lower
    )
    return len(capital) >= 0.8 * len(long) and telling


def build_casing(texts: Iterable[str], min_count: int = 2) -> dict[str, str]:
    """Count each word's form away from sentence starts; keep the usual one."""
    counts: dict[str, Counter[str]] = {}
    for text in texts:
        for m in _WORD.finditer(text):
            w = m.group()
            if _SENT_END.search(text[max(0, m.start() - 7) : m.start()]) or w.isupper() and len(w) == 1:
                continue
            form = "U" if w.isupper() and len(w) > 1 else "T" if w[0].isupper() else "l"
            counts.setdefault(w.lower(), Counter())[form] += 1
    return {w: c.most_common(1)[0][0] for w, c in sorted(counts.items()) if sum(c.values()) >= min_count}


@lru_cache(maxsize=1)
def _casing() -> dict[str, str]:
    raw = resources.files("kgraph.extract").joinpath("data/casing.json.gz").read_bytes()
    return json.loads(gzip.decompress(raw))


def truecase(text: str, common: frozenset[str] = frozenset(), upper: frozenset[str] = frozenset()) -> str:
    """Give all-caps ``text`` its usual casing, keeping its length.

    Args:
        text: the text to recase.
        common: lower-case words known to be common (e.g. lemmatizer tables).
        upper: lower-cased words that stay upper case (acronyms from the KB).

    >>> truecase("THE FMLN ATTACKED SAN MIGUEL, THE FMLN'S RADIO SAID.", upper=frozenset({"fmln"}))
    "The FMLN attacked San Miguel, the FMLN's radio said."
    >>> truecase("ON 24 MAY THEY MAY RETURN.")
    'On 24 May they may return.'
    >>> truecase("THE XXII FRONT", common=frozenset({"xxii"}))
    'The XXII front'
    >>> truecase("LIMA (AP) -- THE MRTA -- WHICH HAS A BASE IN THE CITY -- KIDNAPPED HIM.", upper=frozenset({"mrta"}))
    'Lima (AP) -- The MRTA -- which has a base in the city -- kidnapped him.'
    """
    table = _casing()
    upper = upper | {w for w in _acronyms(text, common) if table.get(w) != "l"}
    words = list(_WORD.finditer(text))
    forms: list[str] = []
    weak: list[bool] = []  # lower case only because a lemmatizer table lists the word
    for m in words:
        w = m.group()
        low = w.lower()
        bare = low.rstrip("'’s") if low.endswith(("'s", "’s")) else low
        form = _usual_form(table, bare)
        guess = False
        if bare in upper:
            form = "U"
        elif form is None:
            if len(bare) > 1 and _ROMAN.fullmatch(bare):
                form = "U"  # "THE XXII FRONT": a dictionary lists "xxii" as a word
            elif bare in common or any(x in common for x in _stems(bare)):
                # a verb's past or participle is no part of a name beside it: "MACHINEGUNNED RODRIGUEZ'S CAR"
                form, guess = "l", not bare.endswith(("ed", "ing"))
            elif not re.search(r"[aeiouy]", bare) and len(bare) > 1:
                form = "U"
            else:
                form = "T"
        forms.append(form)
        weak.append(guess)
    # a guessed common word next to a name is part of it: "LUIS CARLOS GALAN" -> "Luis Carlos Galan"
    for i in range(len(words)):
        if not weak[i]:
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(words) and forms[j] == "T" and not weak[j]:
                a, b = (words[j], words[i]) if j < i else (words[i], words[j])
                if text[a.end() : b.start()] == " ":
                    forms[i] = "T"
    # a month next to a day or a year is the month's name, not a modal or a verb: "24 MAY", "MARCH 1989"
    for i, m in enumerate(words):
        if m.group().lower() in _MONTHS and (
            _DAY_BEFORE.search(text[max(0, m.start() - 4) : m.start()]) or _NUMBER_AFTER.match(text, m.end())
        ):
            forms[i] = "T"
    # "US" in capitals is the pronoun ("LET US RECALL", "TO IMPLICATE US IN"), unless an article
    # comes before it or a noun it modifies after it ("THE US EMBASSY", "US TROOPS")
    for i, m in enumerate(words):
        if m.group() == "US":
            before = words[i - 1].group().lower() if i else ""
            after = words[i + 1].group().lower() if i + 1 < len(words) else ""
            hyphen = text[m.end() : m.end() + 1] == "-"  # "US-LED"
            if before not in ("the", "a", "an") and not hyphen and {after, after.rstrip("s")}.isdisjoint(_AFTER_US):
                forms[i] = "l"
    out: list[str] = []
    last = 0
    for m, form in zip(words, forms, strict=True):
        w = m.group()
        out.append(text[last : m.start()])
        low = w.lower()
        starts = bool(_SENT_END.search(text[max(0, m.start() - 7) : m.start()]))
        if form == "U":
            new = w.upper()
            if low.endswith(("'s", "’s")) and len(w) > 3:
                new = new[:-1] + "s"  # "ELN's"
        elif form == "T" or starts:
            new = _title(w)
        else:
            new = low
        if low == "i" or (len(w) == 1 and text[m.end() : m.end() + 1] == "."):
            new = w.upper()  # "I", initials and "U.S."
        out.append(new)
        last = m.end()
    out.append(text[last:])
    return "".join(out)


# what the country's name modifies: "US troops", "US Embassy"
_AFTER_US = lx.PERSON_NOUNS | lx.MILITARY_NOUNS | lx.COUNTRY_MODIFIED


def _title(w: str) -> str:
    """Title case that keeps name prefixes: "D'AUBUISSON" -> "D'Aubuisson", "O'NEILL" -> "O'Neill"."""
    low = w.lower()
    if len(w) > 3 and w[1] in "'’" and w[0].isalpha():
        return w[0].upper() + w[1] + w[2].upper() + low[3:]
    return w[0].upper() + low[1:]


_EXPANDED = re.compile(r"\b([A-Za-z]{2,8})\s*[\[(]([^\])\n]{3,120})[\])]")
_BRACKETED = re.compile(r"[\[(]([A-Za-z]{2,6})[\])]")


def _is_acronym(short: str, words: str) -> bool:
    """True when most letters of ``short`` are initials of ``words`` (in any order:
    the expansion is often a translation, "MRTA [Tupac Amaru Revolutionary Movement]").
    """
    initials = [w[0].lower() for w in re.findall(r"[A-Za-z]+", words) if len(w) > 2 or w[0].isupper()]
    hits = sum(1 for c in short.lower() if c in initials)
    return len(initials) >= 2 and hits * 2 >= len(short) + 1


def few_vowels(word: str) -> bool:
    """At most one letter in three is a vowel: an acronym, not a word ("eln", "mrta", "farc")."""
    return sum(c in "aeiouy" for c in word) * 3 <= len(word)


def _acronyms(text: str, common: frozenset[str] = frozenset()) -> frozenset[str]:
    """Words that stay upper case because the text gives them as acronyms: a word
    followed by its expansion in brackets ("THE MRTA [TUPAC AMARU REVOLUTIONARY
    MOVEMENT]"), or a lone uncommon word in brackets ("... LIBERATION ARMY (ELN)").

    >>> sorted(_acronyms("THE MRTA [TUPAC AMARU REVOLUTIONARY MOVEMENT] AND THE ARMY (ELN) (THE GROUP) (SIC)",
    ...                  common=frozenset({"sic"})))
    ['eln', 'mrta']
    >>> sorted(_acronyms("THE TUPAC AMARU REVOLUTIONARY MOVEMENT (MRTA)", common=frozenset({"mrta"})))
    ['mrta']
    """
    found = {m.group(1).lower() for m in _EXPANDED.finditer(text) if _is_acronym(m.group(1), m.group(2))}
    for m in _BRACKETED.finditer(text):
        w = m.group(1).lower()
        # the initials of the words before it, even when a dictionary lists it: "MOVEMENT (MRTA)";
        # not a translator's insertion in a name: "BY [JAIME] PARDO"
        if _is_acronym(w, text[max(0, m.start() - 80) : m.start()]) or (w not in common and few_vowels(w)):
            found.add(w)
    return frozenset(found)


def _stems(w: str) -> list[str]:
    """Base forms of an inflected word: the first suffix rule that applies, and for
    "-es" also the form without "s" ("massacres" -> "massacr", "massacre"); for
    "-ed" and "-ing" also the form with "e" ("strafed" -> "strafe") and without a
    doubled consonant ("machinegunned" -> "machinegun").

    >>> _stems("machinegunned")
    ['machinegunn', 'machinegunne', 'machinegun']
    """
    for suf, rep in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""), ("ly", "")):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            base = w[: -len(suf)] + rep
            out = [base] + ([w[:-1]] if suf == "es" else [])
            if suf in ("ed", "ing"):
                out.append(base + "e")
                if base[-1] == base[-2] and base[-1] not in "aeiouy":
                    out.append(base[:-1])
            return out
    return []


def main(argv: list[str] | None = None) -> int:
    """Rebuild ``data/casing.json.gz`` from an AG News CSV (class,title,description)."""
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        print("usage: python -m kgraph.extract.truecase AGNEWS.csv [OUT.json.gz]", file=sys.stderr)
        return 2
    with open(argv[0], newline="", encoding="utf-8") as fh:
        texts = [f"{row[1]}. {row[2]}" for row in csv.reader(fh) if len(row) >= 3]
    table = build_casing(texts)
    out = argv[1] if len(argv) > 1 else str(resources.files("kgraph.extract").joinpath("data/casing.json.gz"))
    with gzip.GzipFile(out, "wb", mtime=0) as fh:
        fh.write(json.dumps(table, sort_keys=True, separators=(",", ":")).encode())
    print(f"wrote {len(table)} words to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
