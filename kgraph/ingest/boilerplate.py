"""Strip page boilerplate (bylines, media captions, teasers, comment forms).

Rules work line by line on the plain text, so they serve .txt, .md and .html
alike. They are generic page furniture, not phrasings of any one article.

Example:
    >>> strip_boilerplate("Title\\n  • By Jane Roe\\nimage source, Reuters\\nRebels attacked.\\n")
    'Title\\n\\nRebels attacked.\\n'
"""

from __future__ import annotations

import re

__all__ = ["is_boilerplate", "strip_boilerplate"]

# A line that is furniture in full: the line is dropped.
_LINE_RULES = [
    r"(?:[•·*\-–]\s*)?by\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)*(?:\s*(?:&|and|,)\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)*)*\s*",
    r"(?:[•·*\-–]\s*)?[A-Z][\w&.'’ -]{0,40}\b(?:News|Press|Agency|Reuters|AFP|AP)\s*,\s*[A-Z][\w .'’-]{0,40}",
    r"(?:video|image|media|photo|picture)\s+(?:title|source|caption|credit)s?\b.*",
    r"(?:watch|video|listen|photo|image|gallery)\s*:.*",
    r"(?:getty images|reuters|afp|ap photo|epa)(?:\s*/\s*\w+)*\s*",
    r"(?:see also|read more|related|more on this story|also read|more from)\b.*",
    r"(?:additional reporting|reporting|writing|editing) by\b.*",
    r"leave a (?:reply|comment)\b.*",
    r"your email address will not be published\b.*",
    r"required fields are marked\b.*",
    r"(?:post|submit) (?:a )?comment\b.*",
    r"(?:share (?:this|on)|follow us|sign up|subscribe)\b.{0,60}",
    r"(?:copyright|©).*|all rights reserved\.?",
    r"advertisement|skip to (?:content|main content)|cookie(?:s)? (?:policy|settings)\b.*",
    r"(?:name|email|website|comment)\s*\*?\s*",
]
_MAX_LEN = 160
_LINE_RE = re.compile(r"^\s*(?:" + "|".join(_LINE_RULES) + r")\s*$", re.IGNORECASE)
# a wire photo's caption, which tells of the picture, often of an earlier day: "FILE - Police attend
# to an incident on London Bridge in London, June 3, 2017."
_CAPTION_RE = re.compile(r"^\s*FILE(?: PHOTO)?\s*[-–—:]\s+\S")
_MAX_CAPTION = 400


def is_boilerplate(line: str) -> bool:
    """True if ``line`` is page furniture rather than article text."""
    s = line.strip()
    if len(s) <= _MAX_CAPTION and _CAPTION_RE.match(s):
        return True
    # furniture is short: a long line is a paragraph that merely starts like one
    return bool(s) and len(s) <= _MAX_LEN and bool(_LINE_RE.match(s))


def strip_boilerplate(text: str) -> str:
    """Drop boilerplate lines, keeping the remaining lines and paragraph breaks.

    Runs of blank lines collapse to one blank line, so sentence splitting is
    not disturbed by the removed lines.
    """
    out: list[str] = []
    for line in text.splitlines():
        if is_boilerplate(line):
            line = ""
        if not line.strip() and out and not out[-1].strip():
            continue
        out.append(line.rstrip())
    while out and not out[-1].strip():
        out.pop()
    return "\n".join(out) + ("\n" if out else "")
