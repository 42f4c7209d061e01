"""The event-type scheme: kgraph subtypes with their CAMEO and PLOVER codes.

A leaf module. The RDF export publishes it as a SKOS concept scheme.

>>> EVENT_SUBTYPES["airstrike"].cameo
'195'
>>> EVENT_SUBTYPES["bombing"].parent
'attack'
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["EVENT_SUBTYPES", "EventSubtype", "type_of"]


@dataclass(frozen=True)
class EventSubtype:
    id: str
    label: str
    parent: str  # the top type (attack, protest, ...) or itself
    cameo: str
    plover: str
    definition: str


_ROWS = [
    ("attack", "attack", "attack", "190", "ASSAULT", "Use of force against people or property, kind unspecified."),
    ("airstrike", "airstrike", "attack", "195", "FIGHT", "Strike from aircraft or drones; aerial weapons."),
    (
        "bombing",
        "bombing",
        "attack",
        "183",
        "ASSAULT",
        "Explosive attack: IED, car bomb, suicide bombing, grenade, dynamite.",
    ),
    ("shooting", "shooting", "attack", "193", "FIGHT", "Shooting or armed clash with small arms and light weapons."),
    ("shelling", "shelling", "attack", "194", "FIGHT", "Shelling, rocket, mortar, missile or artillery fire."),
    ("raid", "raid", "attack", "190", "FIGHT", "Raid, storming or incursion by an armed force."),
    (
        "killing",
        "killing",
        "attack",
        "1823",
        "ASSAULT",
        "Assassination, murder, execution, massacre or a violent death.",
    ),
    ("kidnapping", "kidnapping", "attack", "181", "ASSAULT", "Abduction, kidnapping, hijacking or hostage taking."),
    ("arson", "arson", "attack", "180", "ASSAULT", "Deliberately setting fire to property."),
    ("protest", "protest", "protest", "141", "PROTEST", "Demonstration, rally, riot or other protest."),
    ("statement", "statement", "statement", "010", "OTHER", "A public statement by an actor."),
    ("claim", "claim of responsibility", "claim", "010", "OTHER", "An actor claims responsibility for an event."),
    ("accusation", "accusation", "accusation", "112", "ACCUSE", "An actor accuses or blames another for an event."),
    ("threat", "threat", "threat", "130", "THREATEN", "An actor threatens force or other harm."),
]

EVENT_SUBTYPES: dict[str, EventSubtype] = {r[0]: EventSubtype(*r) for r in _ROWS}


def type_of(subtype: str) -> str:
    """The top type of ``subtype`` ("drone" strikes are attacks)."""
    return EVENT_SUBTYPES[subtype].parent
