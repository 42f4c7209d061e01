"""Text preparation: multi-word KB names put back in their usual casing."""

from __future__ import annotations

import re

import pytest

from kgraph.extract.document import _NameForms

NAMES = ["Farabundo Marti National Liberation Front", "Al-Qaeda in Iraq", "Islamic State of Iraq", "Shining Path"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "the farabundo marti national liberation front's units",
            "the Farabundo Marti National Liberation Front's units",
        ),
        ("(al-qaeda in iraq) and the islamic state of iraq", "(Al-Qaeda in Iraq) and the Islamic State of Iraq"),
        ("islamic state of iraqi kurdistan", "islamic state of iraqi kurdistan"),  # no name ends inside a word
        ("pro-shining path", "pro-Shining Path"),  # a name may start after a hyphen
        ("shining paths", "shining paths"),
        ("", ""),
    ],
)
def test_name_forms_recase_as_one_case_insensitive_alternation_would(text: str, want: str):
    forms = _NameForms(NAMES)
    assert forms.recase(text) == want
    longest_first = sorted((n.lower() for n in NAMES), key=len, reverse=True)
    regex = re.compile(r"(?i)\b(?:" + "|".join(map(re.escape, longest_first)) + r")\b")
    assert regex.sub(lambda m: forms.forms[m.group(0).lower()], text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Alleged Ongoing Confrontation Leaves Students Injured\nStudents were injured in Caracas.",
            "Alleged ongoing confrontation leaves students injured\nStudents were injured in Caracas.",
        ),
        ("Police Say Gunmen Killed Two Farmers In Cauca", "Police say gunmen killed two farmers in Cauca"),
        # a title the text opens with, a period after it, on the same line as the body
        (
            "Saboteurs Blow Up Oil Pipeline in Iraq (AP). AP - Saboteurs blew up a pipeline.",
            "Saboteurs blow up oil pipeline in Iraq (AP). AP - Saboteurs blew up a pipeline.",
        ),
        # a trigger's inflection is a common word, though the casing corpus's titles capitalise it
        (
            "Israeli Army Kills 5 Palestinians in Gaza. Israeli soldiers shot a militant.",
            "Israeli army kills 5 Palestinians in Gaza. Israeli soldiers shot a militant.",
        ),
        # not headlines: a name alone, a list item, a sentence
        ("Hector Oqueli Colindres\nHe was killed.", "Hector Oqueli Colindres\nHe was killed."),
        ("* United States Air Force Security Forces", "* United States Air Force Security Forces"),
        ("The Army Says Rebels Attacked The Base.", "The Army Says Rebels Attacked The Base."),
    ],
)
def test_a_title_case_headline_is_read_in_its_usual_casing(text: str, want: str):
    from kgraph.extract.document import prepare_text

    assert prepare_text(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the lemmatizer's tables (from WordNet) list these city names as nouns
        ("THE BOMB EXPLODED IN MEDELLIN AND IN BOGOTA TODAY.", "The bomb exploded in Medellin and in Bogota today."),
        # a common word that is also a city's name stays a word
        ("THE MOBILE UNIT REACHED THE BORDER.", "The mobile unit reached the border."),
        # and nationalities, which lower-cased parse as verbs
        (
            "THEY KILLED SALVADORAN LEADER HECTOR OQUELI AND GUATEMALAN POLITICAL LEADER GILDA FLORES.",
            "They killed Salvadoran leader Hector Oqueli and Guatemalan political leader Gilda Flores.",
        ),
        # a trigger verb beside a name is not part of it
        (
            "UNIDENTIFIED INDIVIDUALS MACHINEGUNNED RODRIGUEZ PORTH'S CAR.",
            "Unidentified individuals machinegunned Rodriguez Porth's car.",
        ),
        # "US" is the pronoun, unless an article or what it modifies shows the country
        (
            "THEY WANT TO IMPLICATE US IN THE MURDER. LET US NOT VOTE. THE US EMBASSY AND US-LED TROOPS.",
            "They want to implicate us in the murder. Let us not vote. The US embassy and US-led troops.",
        ),
    ],
)
def test_all_caps_place_names_get_their_capital(text: str, want: str):
    from kgraph.extract.document import prepare_text

    assert prepare_text(text) == want


@pytest.mark.parametrize(
    ("text", "notes"),
    [
        ("In Usulutan [words indistinct] seriously wounded.", ["[words indistinct]"]),
        ("On 23 [as heard] May the [FMLN] attacked.", ["[as heard]"]),  # an insertion of words stays
        ("He said [inaudible] the army [passage omitted].", ["[inaudible]", "[passage omitted]"]),
    ],
)
def test_a_transcribers_note_on_a_gap_is_blanked_and_an_insertion_kept(text: str, notes: list[str]):
    from kgraph.extract.document import prepare_text

    want = text
    for note in notes:
        want = want.replace(note, " " * len(note))
    assert prepare_text(text) == want
