"""Role extraction on small real-news sentences: exact roles for each construction."""

from __future__ import annotations

import pytest

from kgraph.extract import extract_article
from kgraph.model import Article


def roles(text: str, nlp, date: str = "2024-02-08") -> list[dict]:
    r = extract_article(Article(id="t", text=text, date=date), nlp)
    names = {a.id: a.label for a in r.actors} | {p.id: p.label for p in r.places}
    out = []
    for e in r.events:
        if e.type != "attack":
            continue
        got = {
            "subtype": e.subtype,
            "perpetrator": set(),
            "target": set(),
            "place": set(),
            "accused": set(),
            "date": e.date,
        }
        for rel in r.relations:
            if rel.source == e.id and rel.kind in ("perpetrator", "target", "place"):
                key = "accused" if rel.basis == "accused" else rel.kind
                got[key].add(names[rel.target])
        out.append(got)
    return out


def attacks(text: str, nlp, date: str = "2024-02-08") -> list[tuple[str, set, set, set]]:
    """Each attack event of ``text`` as (subtype, perpetrators, targets, places)."""
    return [(e["subtype"], e["perpetrator"], e["target"], e["place"]) for e in roles(text, nlp, date)]


def perpetrators(text: str, nlp, date: str = "2020-01-01") -> list[tuple[str, str]]:
    """Every perpetrator edge of ``text`` as ``(actor label, basis)``."""
    r = extract_article(Article(id="t", text=text, date=date), nlp)
    names = {a.id: a.label for a in r.actors}
    return [(names[p.target], p.basis) for p in r.relations if p.kind == "perpetrator"]


@pytest.mark.parametrize(
    ("text", "subtype", "perp", "target", "place"),
    [
        # active
        (
            "The United States launched an airstrike in Baghdad against the leader of Harakat al-Nujaba.",
            "airstrike",
            {"United States"},
            {"leader of Harakat al-Nujaba"},
            {"Baghdad"},
        ),
        # passive with a nominal, compound perpetrator
        (
            "A senior commander of a pro-Iranian militia was killed in a US drone strike in Baghdad.",
            "airstrike",
            {"United States"},
            {"senior commander of a pro-Iranian militia"},
            {"Baghdad"},
        ),
        # passive with an agent
        ("Two policemen were shot dead by guerrillas in Lima.", "shooting", {"guerrillas"}, {"policemen"}, {"Lima"}),
        # coordination of places
        ("The US launched 85 strikes in Syria and Iraq.", "attack", {"United States"}, set(), {"Syria", "Iraq"}),
        # phrases with the target inside them or after them
        ("Rebels set fire to the town hall in Tumaco.", "arson", {"Rebels"}, {"town hall"}, {"Tumaco"}),
        ("Rioters set two buses on fire in Lahore.", "arson", {"Rioters"}, {"buses"}, {"Lahore"}),
        ("A mob set the church ablaze in Minya.", "arson", {"mob"}, {"church"}, {"Minya"}),
        (
            "Gunmen took three engineers hostage in Port Harcourt.",
            "kidnapping",
            {"Gunmen"},
            {"engineers"},
            {"Port Harcourt"},
        ),
        ("A mob beat the pastor to death in Jos.", "killing", {"mob"}, {"pastor"}, {"Jos"}),
        (
            "The convoy came under heavy fire from militants near Kabul.",
            "shooting",
            {"militants"},
            {"convoy"},
            {"Kabul"},
        ),
        # a target that is a named group's: the group was attacked
        (
            "Coalition jets struck ISIL targets near Raqqa.",
            "airstrike",
            {"Global Coalition against Daesh"},
            {"Islamic State"},
            {"Ar Raqqah"},
        ),
        # who lived through an attack was its target
        ("The governor survived an ambush by the Taliban near Kabul.", "attack", {"Taliban"}, {"governor"}, {"Kabul"}),
        (
            "Ruben Zamora was unharmed following a bomb attack in San Salvador.",
            "bombing",
            set(),
            {"Ruben Zamora"},
            {"San Salvador"},
        ),
        # the nominal's light verb carries the target
        (
            "The attack was carried out by guerrillas against a bus in Lima.",
            "attack",
            {"guerrillas"},
            {"bus"},
            {"Lima"},
        ),
        # a body part stands for whom it belonged to
        ("The explosion blew off the legs of a boy in Kabul.", "bombing", set(), {"boy"}, {"Kabul"}),
        # a thrown explosive is a bombing
        (
            "Two men riding on a motorcycle threw an explosive device at a police post in Medellin.",
            "bombing",
            {"men"},
            {"police post"},
            {"Medellín"},
        ),
        # what exploded is the device, not who set it
        (
            "A white Monza loaded with 80 kg of dynamite exploded in front of a police station in Bogota.",
            "bombing",
            set(),
            {"police station"},
            {"Bogotá"},
        ),
        # "which" after what an attack was against, in a clause of harm, is the attack
        (
            "The dynamite attacks against a union and a humanitarian organization, which killed 9 people, "
            "were condemned in Lima.",
            "bombing",
            set(),
            {"union", "humanitarian organization", "people"},
            {"Lima"},
        ),
        # a title and a name in apposition are one person
        ("The gunmen killed his bodyguard Carlos Perez in Lima.", "killing", {"gunmen"}, {"Carlos Perez"}, {"Lima"}),
        # "more" with a count is done and counted, not a threat of more
        ("Terrorists placed four more bombs in Bogota on Sunday.", "bombing", {"Terrorists"}, set(), {"Bogotá"}),
        # a stretch of what was hit stands for it: the target is the pipeline
        (
            "Guerrillas destroyed a section of the oil pipeline in Kabul province.",
            "attack",
            {"Guerrillas"},
            {"oil pipeline"},
            {"Kabul"},
        ),
        # possessive perpetrator, nominal target
        (
            "Israel's strikes on Gaza City killed dozens of people.",
            "attack",
            {"Israel"},
            {"people"},
            {"Gaza"},
        ),  # GeoNames calls Gaza City "Gaza"
        # a named person is killed once, though a later sentence tells it as an attack and a murder
        (
            "Dutch film director Theo van Gogh was shot and killed yesterday morning in Amsterdam. His company "
            "said he was attacked and murdered on his way to work.",
            "shooting",
            set(),
            {"Theo van Gogh"},
            {"Amsterdam"},
        ),
        # who died when a bomb went through them died of the bomb
        (
            "Two US soldiers died when a bomb ripped through their patrol in southern Afghanistan on Monday.",
            "bombing",
            set(),
            {"US soldiers", "their patrol"},
            {"Afghanistan"},
        ),
        # a capital before an attack noun is where it was, not the state that did it; a state that
        # attacked is not where it attacked
        ("The Madrid train bombings killed 191 people in March 2004.", "bombing", set(), {"people"}, {"Madrid"}),
        ("A US attack on the town killed 12 people.", "attack", {"United States"}, {"people", "town"}, set()),
        # a campaign is the deed its modifier names; who leads it does it
        (
            "The Russian-led bombing campaign against rebels in Aleppo has killed hundreds of civilians.",
            "bombing",
            {"Russia"},
            {"rebels", "civilians"},
            {"Aleppo"},
        ),
        (
            "Saudi-led airstrikes killed 20 civilians in Sanaa on Monday.",
            "airstrike",
            {"Saudi Arabia"},
            {"civilians"},
            {"Sanaa"},
        ),
        # what the means were unleashed against, though the parse hangs it on the last of them
        (
            "Coalition warplanes unleashed 400 bombs and missiles against ISIS targets in Raqqa on Monday.",
            "airstrike",
            {"Global Coalition against Daesh"},
            {"Islamic State"},
            {"Ar Raqqah"},
        ),
        # what the deed's arms were delivered against is its target
        (
            "Two airstrikes delivered munitions against ISIL fighting positions near Mosul.",
            "airstrike",
            set(),
            {"ISIL fighting positions"},
            {"Mosul"},
        ),
        # a country named before a bombing or a shooting is where it was; a state's raid is the state's
        ("Two U.S. soldiers were killed in Iraq bombings on Monday.", "bombing", set(), {"U.S. soldiers"}, {"Iraq"}),
        ("Israel raids killed five militants in Gaza.", "raid", {"Israel"}, {"militants"}, {"Gaza Strip"}),
        # a nominal fight against an armed group is an armed clash of the possessor's
        (
            "The Iraqi army's fight against Islamic State militants in Mosul has cost hundreds of lives.",
            "shooting",
            {"Iraqi Security Forces"},
            {"Islamic State"},
            {"Mosul"},
        ),
    ],
)
def test_constructions(nlp, text, subtype, perp, target, place):
    events = roles(text, nlp)
    assert len(events) == 1, events
    e = events[0]
    assert e["subtype"] == subtype
    assert e["perpetrator"] == perp
    assert e["target"] == target
    assert e["place"] == place


def test_an_event_nominal_coordinated_with_a_victim_is_no_victim(nlp):
    text = "The drug lord was acquitted of the murder of Luis Carlos Galan and the kidnapping of Andres Pastrana."
    events = roles(text, nlp)
    assert set().union(*(e["target"] for e in events)) == {"Luis Carlos Galan", "Andres Pastrana"}


def test_an_apposition_is_one_more_mention_of_the_same_one(nlp):
    text = "The explosion injured one civilian, a female street peddler who was nearby, in San Salvador."
    r = extract_article(Article(id="t", text=text, date="1989-11-01"), nlp)
    victim = next(a for a in r.actors if a.label == "civilian")
    assert [m.text for m in victim.mentions][:2] == ["one civilian", "a female street peddler"]


def test_a_body_part_stands_for_its_owner(nlp):
    events = roles("The explosion also blew off her son's legs in Kabul, the military commander said.", nlp)
    assert [e["target"] for e in events] == [{"her son"}]


def test_relative_clause_and_accusation(nlp):
    events = roles(
        "The United States has linked the militants to a drone attack in Jordan last month "
        "that killed three American troops.",
        nlp,
    )
    assert len(events) == 1
    e = events[0]
    assert e["accused"] == {"militants"} and e["perpetrator"] == set()
    assert e["place"] == {"Jordan"} and e["date"] == "2024-01"
    assert any("American troops" in t or "US Armed Forces" in t for t in e["target"])


def test_anaphora_joins_one_event(nlp):
    text = (
        "A bomb exploded in a restaurant in Lima on Monday. The attack killed four people. "
        "Police said the bombing was the work of the Shining Path."
    )
    events = roles(text, nlp, "1989-03-29")
    assert len(events) == 1


def test_a_street_the_kb_does_not_know_does_not_split_an_event(nlp):
    text = (
        "A parcel bomb exploded in the French city of Lyon on Friday. "
        "The explosion targeted a bakery on the central street Rue Victor Hugo."
    )
    events = roles(text, nlp, "2019-05-25")
    assert [(e["target"], e["place"]) for e in events] == [({"bakery"}, {"Lyon", "Rue Victor Hugo"})]


def test_claim_of_responsibility(nlp):
    r = extract_article(
        Article(
            id="c",
            text="A car bomb exploded outside a police station in Kabul on Tuesday. "
            "The Taliban claimed responsibility for the attack.",
            date="2020-01-01",
        ),
        nlp,
    )
    perps = [rel for rel in r.relations if rel.kind == "perpetrator"]
    assert [(p.target, p.basis) for p in perps] == [("taliban", "claimed")]


def test_negated_and_hypothetical_are_not_events(nlp):
    assert roles("The group threatened to attack the embassy.", nlp) == []
    assert roles("There were no attacks on Sunday.", nlp) == []


def test_all_caps_text_is_truecased(nlp):
    events = roles(
        "LIMA, 29 MAR 89 -- TERRORISTS OF THE SHINING PATH KILLED TWO PEASANTS IN AYACUCHO.", nlp, "1989-03-29"
    )
    assert events and "Shining Path" in events[0]["perpetrator"]
    assert not any("--" in p or "Lima" in p for p in events[0]["perpetrator"])  # the dateline is not a name


def test_given_name_resolves_to_full_name_and_no_group_is_nobody(nlp):
    text = (
        "Dzhokhar Tsarnaev was arrested in Watertown. "
        "Dzhokhar shot a police officer in Cambridge on Thursday. No group claimed the attack."
    )
    events = roles(text, nlp)
    perps = set().union(*(e["perpetrator"] for e in events))
    assert "Dzhokhar Tsarnaev" in perps and not any("group" in p for p in perps)


def test_a_surname_follows_the_fullest_name_to_its_end(nlp):
    # "Oqueli" -> "Hector Oqueli" -> "Hector Oqueli Colindres": one person, not two
    text = (
        "Social democratic leader Hector Oqueli Colindres arrived in Guatemala City on Thursday. "
        "Hector Oqueli had received threats. Unknown men kidnapped Oqueli on Friday."
    )
    events = roles(text, nlp)
    assert [e["target"] for e in events] == [{"Hector Oqueli Colindres"}]


@pytest.mark.parametrize(
    "claim,who",
    [
        ("The Taliban later issued a statement claiming responsibility for the bombing.", "Taliban"),
        ("The bombing was claimed by the Taliban.", "Taliban"),
        ("A spokesman for the Taliban claimed responsibility for the bombing.", "Taliban"),
        ("The Taliban has not claimed responsibility for the bombing.", None),
        ("None of the groups active in the area has claimed responsibility for the bombing.", None),
        # the group's own phrase names it: by a naming verb, by apposition, by "of"
        (
            "A group calling itself the Gerardo Barrios Commando Unit claimed responsibility for the bombing.",
            "Gerardo Barrios Commando Unit",
        ),
        ("A previously unknown group, the Saraya Awliya al-Dam, claimed the bombing.", "Saraya Awliya al-Dam"),
        (
            "Fighters of the Tupac Amaru Revolutionary Movement (MRTA) claimed credit for the bombing.",
            "Tupac Amaru Revolutionary Movement",
        ),
        # a definite "the group" is the armed group named just before, not the newspaper between
        (
            "The Extraditables have threatened judges. "
            "El Espectador's editor said the group claimed responsibility for the bombing.",
            "The Extraditables",
        ),
        # counterfactual: it did not happen
        ("If the Taliban were behind it, they would have claimed responsibility for the bombing.", None),
        ("Neither the Taliban nor any other group has claimed responsibility for the bombing.", None),
    ],
)
def test_claim_forms(nlp, claim: str, who: str | None):
    found = perpetrators(f"A car bomb exploded outside a police station in Kabul on Tuesday. {claim}", nlp)
    assert {label for label, basis in found if basis == "claimed"} == ({who} if who else set())


@pytest.mark.parametrize(
    ("accusation", "found"),
    [
        # an accusation that names no deed is about the attack just told
        ("Israel accused Hamas.", {("Hamas", "accused")}),
        ("Police suspect the Shining Path.", {("Shining Path", "accused")}),
        ("The government blamed Islamic State militants.", {("Islamic State", "accused")}),
        # the parse hangs "responsible" on the accused
        ("Authorities held the ELN responsible for the attack.", {("National Liberation Army (Colombia)", "accused")}),
        # hedged by a modal: a suspicion, not a fact
        ("Officials said Hamas could be behind the attack.", {("Hamas", "accused")}),
        ("Hamas may have carried out the attack.", {("Hamas", "accused")}),
        ("Hamas carried out the attack.", {("Hamas", "reported")}),
        # no deed is charged, or no one is blamed yet
        ("The opposition accused the mayor of corruption.", set()),
        ("They looted shops in the hope that residents would blame the contras.", set()),
        # who did it denied or left open: no perpetrator, and never a claim
        ("Hamas denied that it carried out the attack.", set()),
        ("Hamas denied that it was responsible for the attack.", set()),
        ("Hamas is not responsible for the attack.", set()),
        ("He said he has no evidence that Hamas is responsible for the attack.", set()),
        ("Police did not say who carried out the attack.", set()),
    ],
)
def test_accusation_forms(nlp, accusation: str, found: set):
    text = f"A car bomb exploded near a police station in Kirkuk on Monday, killing four people. {accusation}"
    assert set(perpetrators(text, nlp)) == found


def test_a_described_group_with_its_name_in_apposition_is_the_named_group(nlp):
    # the truecased "Maoist Organization" reads as a name the KB does not know; the name beside it is known
    text = (
        "A CAR BOMB EXPLODED NEAR THE EMBASSY IN LIMA ON MONDAY. NO GROUP HAS CLAIMED IT, ALTHOUGH THE POLICE "
        'SUSPECT THE EXTREME LEFT-WING MAOIST ORGANIZATION, "SENDERO LUMINOSO."'
    )
    assert perpetrators(text, nlp, "1989-10-27") == [("Shining Path", "accused")]


@pytest.mark.parametrize(
    ("text", "perp"),
    [
        # "the rebels" after a named insurgent group are that group, in a relative clause too
        (
            "The Revolutionary Armed Forces of Colombia (FARC) has stepped up its campaign in the south. "
            "On Sunday the rebels attacked a police post in Puerto Asis.",
            {"Revolutionary Armed Forces of Colombia"},
        ),
        (
            "The Shining Path has been active in the region for a decade. "
            "The guerrillas who ambushed the patrol near Ayacucho fled into the hills.",
            {"Shining Path"},
        ),
        # the text's one insurgent group, named after them
        (
            "The guerrillas attacked a power station in Usulutan on Sunday. "
            "The Farabundo Marti National Liberation Front has called a transport stoppage.",
            {"Farabundo Marti National Liberation Front"},
        ),
        # a numbered army unit is no insurgent group; bare "guerrillas" are a description of their own
        (
            "The 3d Infantry Brigade reported heavy fighting in San Miguel. "
            "The guerrillas attacked a garrison there on Sunday.",
            {"guerrillas"},
        ),
        (
            "The Shining Path has been active in the region for a decade. "
            "Guerrillas attacked a police post near Ayacucho.",
            {"Guerrillas"},
        ),
    ],
)
def test_the_rebels_are_the_insurgent_group_named(nlp, text: str, perp: set):
    events = roles(text, nlp)
    assert [e["perpetrator"] for e in events] == [perp]


def test_a_thing_in_apposition_is_not_the_name_of_the_rebels(nlp):
    # the parser hangs "the Cano Limon - Convenas pipeline" on "the rebels" as an apposition
    text = (
        "GUERRILLAS OF THE ARMY OF NATIONAL LIBERATION (ELN) SET FIRE TO THREE TANK TRUCKS. GEN BOTERO SAID THAT "
        "THE REBELS -- WHO HAVE DYNAMITED THE COUNTRY'S MAIN OIL PIPELINE, THE CANO LIMON - CONVENAS PIPELINE, "
        "23 TIMES THUS FAR THIS YEAR -- INTERCEPTED THE VEHICLES AND SET THEM ON FIRE."
    )
    by_subtype = {e["subtype"]: e for e in roles(text, nlp, "1989-07-03")}
    eln = {"Army of National Liberation"}
    assert by_subtype["bombing"]["perpetrator"] == eln
    assert by_subtype["bombing"]["target"] == {"country's main oil pipeline"}
    assert by_subtype["arson"]["perpetrator"] == eln


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a place noun and "of" before a name the KB does not know: the place is the name
        ("A BOMB EXPLODED IN THE SUBURB OF NORMANDIA.", {"Normandia"}),
        ("Troops raided the strife-torn banana-growing region of Uraba on Sunday.", {"Uraba"}),
    ],
)
def test_the_town_of_a_name_is_the_named_place(nlp, text: str, place: set):
    assert [e["place"] for e in roles(text, nlp, "1989-01-01")] == [place]


def test_other_hostages_of_the_same_group_are_another_kidnapping(nlp):
    text = (
        "Four police agents kidnapped by the National Liberation Army (ELN) in Medellin were released on Sunday. "
        "Shortly before their release, the ELN kidnapped Eliecer Acevedo, the mayor of Zaragoza, in Antioquia "
        "Department."
    )
    assert sorted((sorted(e["target"]), sorted(e["place"])) for e in roles(text, nlp, "1989-08-28")) == [
        (["Eliecer Acevedo"], ["Antioquia"]),
        (["police agents"], ["Medellín"]),
    ]


def test_a_few_deeds_today_are_no_tally(nlp):
    events = roles("The rebels have detonated two car bombs in the capital today.", nlp)
    assert [(e["subtype"], e["perpetrator"]) for e in events] == [("bombing", {"rebels"})]


def test_a_deed_the_model_read_as_a_title_is_not_its_own_target(nlp):
    text = "A SPOKESMAN FOR THE EXTRADITABLES HAS CLAIMED RESPONSIBILITY FOR THE BURNING OF A RESTAURANT TODAY."
    assert [(e["subtype"], e["target"]) for e in roles(text, nlp, "1989-09-05")] == [("arson", {"restaurant"})]


@pytest.mark.parametrize(
    ("text", "types"),
    [
        (
            "Carter said that recent events in Colombia demonstrated the need for a well planned program. "
            "The government rallied support for the plan.",
            ["statement"],
        ),
        ("Maduro told a campaign rally that the vote would be historic.", []),
        ("Thousands of students held a rally against the government in Caracas.", ["protest"]),
    ],
)
def test_to_demonstrate_or_rally_something_is_no_protest(nlp, text: str, types: list[str]):
    r = extract_article(Article(id="t", text=text, date="2017-07-01"), nlp)
    assert [e.type for e in r.events] == types


def test_a_group_name_between_a_title_and_a_surname_is_a_first_name(nlp):
    text = (
        "THREE OFFICIALS OF BRASPETRO HAVE BEEN KIDNAPPED BY A GROUP OF GUERRILLAS IN COLOMBIA. THE GUERRILLAS "
        "LAST NIGHT ATTACKED THE OIL WELL. BRASPETRO PRESIDENT WAGNER FREIRE TODAY CONFIRMED THE KIDNAPPING."
    )
    perps = set().union(*(e["perpetrator"] for e in roles(text, nlp, "1989-04-20")))
    assert "Wagner Group" not in perps


def test_a_pronoun_before_the_speech_verb_is_not_the_speaker(nlp):
    events = roles("The ELN has bombed the pipeline 40 times. The rebels blew up a section of it, the army said.", nlp)
    assert "army" not in set().union(*(e["target"] for e in events))


def test_acronym_given_with_its_expansion_keeps_its_case(nlp):
    events = roles(
        "LIMA, 11 JAN 90 -- [TEXT] THE MRTA [TUPAC AMARU REVOLUTIONARY MOVEMENT] TODAY DISTRIBUTED LEAFLETS "
        "CLAIMING RESPONSIBILITY FOR THE MURDER OF A FORMER MINISTER.",
        nlp,
        "1990-01-11",
    )
    assert [e["perpetrator"] for e in events] == [{"Tupac Amaru Revolutionary Movement"}]


@pytest.mark.parametrize(
    ("text", "perp"),
    [
        # acronyms a dictionary lists as nouns stay acronyms in all-caps text: alone, and after their expansion
        (
            "THE POLICE ARE LOOKING FOR TELEVISION MAGNATE HECTOR DELGADO PARKER, WHO WAS KIDNAPPED BY THE MRTA.",
            "Tupac Amaru Revolutionary Movement",
        ),
        ("THE ELN DYNAMITED THE CANO LIMON - COVENAS PIPELINE.", "National Liberation Army (Colombia)"),
        (
            "THE TUPAC AMARU REVOLUTIONARY MOVEMENT (MRTA) HAS ADMITTED THE POSSIBILITY. "
            "DELGADO PARKER WAS KIDNAPPED BY THE MRTA IN LIMA.",
            "Tupac Amaru Revolutionary Movement",
        ),
    ],
)
def test_an_acronym_the_dictionary_lists_stays_an_acronym(nlp, text: str, perp: str):
    assert [e["perpetrator"] for e in roles(text, nlp, "1989-10-15")] == [{perp}]


def test_bracketed_insertion_does_not_split_the_sentence(nlp):
    r = extract_article(
        Article(
            id="b",
            text="Gunmen attacked a bus in Kabul on Monday, killing four people. "
            "The governor accused the Islamic State [ISIS] of being responsible for the attack.",
            date="2020-01-01",
        ),
        nlp,
    )
    assert [(a.basis, a.subject) for a in r.attributions if a.basis == "accused"] == [("accused", "islamic-state")]


@pytest.mark.parametrize(
    "text",
    [
        "The opposition leader harshly attacked the president in a speech on Monday.",
        "The senator attacked the proposal as reckless.",
        "Nearly 1,000 of the party's members have been killed since it was founded.",
        # killed in many clashes over a period: a tally, not one event
        "Nearly 1,500 people were killed in clashes between the armed forces and guerrillas in 1988.",
        "So far this year, about 100 people have been killed in clashes.",
        "The commander added that 393 guerrillas were killed in more than 600 clashes.",
        "In the last three years, 64 mayors of small towns in the Andes have been killed.",
        "So far, two deputies have been murdered by terrorists in less than 15 days.",
        # striking what is no target
        "President Duarte has not had the luck of striking a responsive chord among the rebels.",
        "The two parties struck a deal on Monday.",
        # accidents and disasters kill without an attack
        "A commuter plane crashed into a frozen lake in northern China, killing all 53 people on board.",
        "A bus carrying students collided with a truck in central Greece on Monday, killing seven people.",
        "Five people died in a collision on the highway near Lyon.",
        "Typhoon Meari kills nine in Japan.",
        # ... also when the storm is the subject of another verb, a relative clause or a coordinated toll
        "Hurricane Ivan took aim yesterday at Jamaica after killing 23 people in five countries.",
        "A powerful rainstorm triggered landslides and flash floods that killed nearly 340 people.",
        "A bus collided with a truck in central Greece on Monday killing at least seven people and injuring 24.",
        # a wild animal kills without an attack
        "A villager was killed by a tiger in the Sundarbans.",
        "A mother and seven children were killed in a house fire in Ontario.",
        # a weak word with nothing that is attacked: sport, not war
        "Michael Phelps targeted his fourth Olympic gold medal in Athens.",
        # a plot is not the deed, and a legal battle is not a battle
        "Colombian rebels plotted to assassinate George Bush during his stopover in Cartagena.",
        "Prince Harry flew home amid reports of a plot to kidnap him.",
        "Hollinger suffered a setback in its legal battle against ousted CEO Conrad Black.",
        "A minister has launched a scathing attack on the heir to the throne, Prince Charles.",
        # what protesters burn as a sign
        "The protesters are setting a U.S. flag on fire at the university.",
        "Demonstrators burned an effigy of the president in Dhaka.",
        # what has not happened: a condition, and what must come first
        "If the rebels attack the city, the army will respond.",
        'The president said: "We cannot rest until we have destroyed the drug trafficking organizations."',
        # what is only willed, through the verb a deed is coordinated with or a means of
        "The rebels will attack the town and kill the mayor.",
        "The rebels said they would free the prisoners by bombing the prison gate.",
        # an aim or a definition, not a deed
        "To pay the foreign debt is to kill the people.",
        "The army has the capacity to attack the capital.",
        "The opposition saw an opportunity to attack the prime minister.",
        # what is encouraged or abstained from, for each of two coordinated deeds and for "any form of" one
        "Battalion 3-16 has been accused of encouraging the murder and kidnapping of opposition politicians.",
        "The guerrillas urged supporters to abstain from any form of attack against political leaders.",
        # a tally over "the past decade"
        "Countless Colombians have been assassinated in the past decade.",
        # what may come
        "Villagers in Kunduz live under the threat of airstrikes by the army.",
        "The envoy warned of the danger of a massacre of civilians in Aleppo.",
        # a fronted span of years makes every coordinated verb a tally
        "In Honduras over the past 9 years, more than 140 people have disappeared and about 60 have been killed "
        "for political reasons.",
        # the toll of a war is no one deed
        "The general stated that the war between the Medellin and Cali drug cartels has already claimed more than "
        "120 deaths and has left 20 people wounded.",
        "The conflict has killed more than 5,000 people in the east of the country.",
        # a tally of the year so far
        "So far this year, 12 members of the UP have been killed by rightist paramilitary groups.",
        "Twelve members of the party have been killed this year by paramilitary groups.",
        # harm that is not an attack
        "Dozens of children were treated for food poisoning in Lagos.",
        "The reform caused damage to the economy.",
        "Police stopped the attack by surprise.",
        # harm that did not happen to anyone
        "HOWEVER, THE CURFEW RESULTED IN A MIRACLE LAST NIGHT: NOT A SINGLE PERSON WAS KILLED IN MEDELLIN.",
        # tallies of tens of deeds, in the perfect or since a time
        "THE MRTA, WHICH HAS DETONATED ABOUT 20 CAR BOMBS, BEGAN ITS ACTIVITIES IN 1984.",
        # (at a place the KB knows, a tally stays as a series of strikes there, as bare plurals do)
        "Since the start of the operation the coalition conducted more than 300 strikes.",
        # deeds one refrains from, and flags burned in protest
        "THE FMLN COMMAND PLEDGES THAT IT WILL REFRAIN FROM ATTACKING POLITICAL LEADERS OF THE GOVERNMENT.",
        "THE MEMBERS OF THE LEFTIST UNITED FEDERATION OF HONDURAN WORKERS (FUTH) BURNED EIGHT U.S. FLAGS.",
        # a kind of deed said to be a means to an end
        "THE ELN CLAIMS THAT THE SABOTAGE AGAINST THE HYDROCARBONS AND MINING INDUSTRIES IS A WAY OF PREVENTING "
        "INTERNATIONAL COMPANIES FROM SACKING THE COUNTRY'S NATURAL RESOURCES.",
        # a deed done many times over is a series
        "IN 1988, THE ELN ATTACKED THE NATION'S PIPELINES APPROXIMATELY 50 TIMES.",
        "The rebels attacked the army base in Kunduz several times last year.",
        # something that went off is no bomb unless it is a device
        "The alarm went off at the bank in Lima on Wednesday.",
        # every one of a set of deeds is no one deed
        "THE PATRIOT SAID THAT THE FARC AND THE RIGHT-WING MILITARY ARE BEHIND ALL THESE ATTACKS.",
        # a death of age
        "Raja Ramanna, the scientist who pioneered India's nuclear programme, died yesterday in Bombay at age 79.",
        # bombs dropped over years are a series
        "Government aircraft have dropped bombs on rebel areas since 2012.",
        # a fight against a practice, and a brawl without a side that is attacked
        "The government's fight against drug trafficking and corruption is a priority.",
        "A fight broke out between two men at a bar in Dublin.",
    ],
)
def test_criticism_and_tallies_are_not_attack_events(nlp, text: str):
    assert roles(text, nlp) == []


@pytest.mark.parametrize(
    ("text", "date", "place"),
    [
        # the text names no place: the dateline's country, at country precision
        (
            "SAN SALVADOR, 12 JAN 90 (AFP) -- [TEXT] UNIDENTIFIED MEN MURDERED A JESUIT PRIEST.",
            "1990-01-12",
            {"El Salvador"},
        ),
        ("KABUL (Reuters) - Gunmen killed two policemen on Sunday.", "2020-03-01", {"Afghanistan"}),
        # a bracketed country says which San Jose
        (
            "SAN JOSE (COSTA RICA), 12 SEP 89 (AFP) -- [TEXT] UNIDENTIFIED MEN MURDERED A JOURNALIST.",
            "1989-09-12",
            {"Costa Rica"},
        ),
        # a named place wins over the dateline
        (
            "SAN SALVADOR, 12 JAN 90 (AFP) -- [TEXT] UNIDENTIFIED MEN MURDERED A JESUIT PRIEST IN SAN MIGUEL.",
            "1990-01-12",
            {"San Miguel"},
        ),
    ],
)
def test_dateline_country_places_an_attack_the_text_does_not(nlp, text: str, date: str, place: set[str]):
    events = roles(text, nlp, date)
    assert [e["place"] for e in events] == [place]


def test_one_new_attack_is_an_event_recent_attacks_are_not(nlp):
    events = roles("The ELN has carried out a new attack on the Pacific oil pipeline.", nlp)
    assert [(e["perpetrator"], e["target"]) for e in events] == [
        ({"National Liberation Army (Colombia)"}, {"Pacific oil pipeline"})
    ]
    assert roles("Police blamed rebels for recent attacks on pipelines.", nlp) == []


def test_all_caps_names_keep_every_part(nlp):
    events = roles("BOGOTA, 19 AUG 89 -- [TEXT] SENATOR LUIS CARLOS GALAN WAS MURDERED IN SOACHA.", nlp, "1989-08-19")
    assert [e["target"] for e in events] == [{"Luis Carlos Galan"}]


@pytest.mark.parametrize(
    ("text", "perp", "accused", "target"),
    [
        # an explosive placed or thrown: the subject carried out the bombing
        (
            "Unidentified persons drove up to the embassy and planted a bomb under a car.",
            {"Unidentified persons"},
            set(),
            {"car"},
        ),
        # arrests and charges hold someone to account: an accusation, never a plain fact
        ("Police arrested two men in connection with the bombing of the embassy.", set(), {"men"}, None),
        ("Two men were charged with carrying out the bombing of the embassy in Lima.", set(), {"men"}, None),
        ("Five suspects were arrested for the killing of the mayor.", set(), {"suspects"}, {"mayor"}),
        # "accused X of doing Y", where the parse hangs "of ..." on X
        ("The governor accused the rebels of carrying out the attack on the convoy.", set(), {"rebels"}, {"convoy"}),
        (
            "Police blamed the ELN for the terrorist act against the pipeline.",
            set(),
            {"National Liberation Army (Colombia)"},
            {"pipeline"},
        ),
        # ... and where it hangs "of doing Y" on the accused's own words
        (
            "Party leaders are accusing the army and the most radical sectors of the government of perpetrating "
            "the dynamite attack against the headquarters of the union federation.",
            set(),
            {"army"},
            {"headquarters"},
        ),
        # everyone on the list of the accused, and a nationality the model read as a group is no target
        (
            "Defense Minister General Hector Gramajo accused army dissidents, extreme right-wingers, and drug "
            "traffickers of being directly responsible for the Guatemalan terrorist acts.",
            set(),
            {"army dissidents", "extreme right-wingers", "drug traffickers"},
            set(),
        ),
        # a participle after "protest the attack" tells what the attack did, not what the protesters did
        (
            "Leftwing parties have scheduled a general strike to protest the attack perpetrated today against a "
            "labor union headquarters, causing 9 deaths and injuring more than 30 people.",
            set(),
            set(),
            {"labor union headquarters", "people"},
        ),
        # shots counted within one attack: still one deed
        ("Gunmen shot the mayor several times in Medellin on Friday.", {"Gunmen"}, set(), {"mayor"}),
    ],
)
def test_placed_explosives_arrests_and_charges(nlp, text: str, perp: set, accused: set, target: set | None):
    events = roles(text, nlp, "2020-01-01")
    assert len(events) == 1
    assert events[0]["perpetrator"] == perp and events[0]["accused"] == accused
    if target is not None:
        assert events[0]["target"] == target


@pytest.mark.parametrize(
    ("text", "subtype", "perp", "place"),
    [
        # projectiles fired by a subject are a concrete attack, even as a bare plural
        ("Hezbollah fired rockets at northern Israel on Sunday.", "shelling", {"Hezbollah"}, {"Israel"}),
        ("Houthi rebels fired a missile at Riyadh.", "shelling", {"Houthis"}, {"Riyadh"}),
        # a craft's owner carried out its strike
        ("Russian warplanes bombed a hospital in Idlib.", "airstrike", {"Russia"}, {"Idlib"}),
        ("Israeli aircraft struck targets in Gaza overnight.", "airstrike", {"Israel"}, {"Gaza Strip"}),
        # bombs a craft dropped or unleashed are one raid, even as a bare plural
        ("Syrian helicopters dropped barrel bombs on the town of Daraya.", "airstrike", {"Syria"}, {"Darayya"}),
        ("Russian warplanes unleashed bombs and missiles on Aleppo on Monday.", "airstrike", {"Russia"}, {"Aleppo"}),
    ],
)
def test_projectiles_and_craft(nlp, text: str, subtype: str, perp: set, place: set):
    events = roles(text, nlp, "2020-01-01")
    assert [(e["subtype"], e["perpetrator"], e["place"]) for e in events] == [(subtype, perp, place)]


@pytest.mark.parametrize(
    ("text", "perp", "target"),
    [
        # lists the small parser breaks: an item as an apposition, the last one hung on the verb
        (
            "The rebels destroyed the municipal office, a gasoline station, and the civil defense post in El Congo.",
            {"rebels"},
            {"municipal office", "gasoline station", "civil defense post"},
        ),
        (
            "Guerrillas bombed the telephone exchange, a hotel, a restaurant, two medical clinics, and a school.",
            {"Guerrillas"},
            {"telephone exchange", "hotel", "restaurant", "medical clinics", "school"},
        ),
        # a body of people is named by what it is made of, not "group"
        (
            "A group of heavily armed men killed three peasants in the village of San Pedro.",
            {"group of heavily armed men"},
            {"peasants"},
        ),
        (
            "A group of rebels who came down from the hills attacked the army post in Chalatenango.",
            {"group of rebels"},
            {"army post"},
        ),
        # units and members act for their organisation
        ("FMLN units attacked the military garrison in Usulutan.", {"Farabundo Marti National Liberation Front"}, None),
        ("Members of the army killed five peasants in the village of San Pedro.", {"army"}, {"peasants"}),
        # "they" continues the nearest earlier subject; a bomb planted by someone
        ("Several terrorists broke into the building, where they set off three bombs.", {"terrorists"}, set()),
        ("A powerful bomb planted by urban guerrillas exploded in San Salvador.", {"urban guerrillas"}, set()),
        # a suicide bomber is a person, and what he detonates is the device, not a target
        ("A suicide bomber detonated his belt in the crowded market.", {"suicide bomber"}, {"crowded market"}),
        # an attack at the entrance of a site is on the site
        ("The bomber detonated his explosive vest at the entrance of the mosque.", {"bomber"}, {"mosque"}),
        # victims named as lives lost, or listed among the injured
        (
            "Two car bombs claimed the lives of a judge and a police commander in Medellin.",
            set(),
            {"judge", "police commander"},
        ),
        (
            "A bomb exploded in the market in Bogota. "
            "Among the injured are Heriberto Lopez Gonzalez and Noralba Beltran.",
            set(),
            {"market", "Heriberto Lopez Gonzalez", "Noralba Beltran"},
        ),
        # the side fought with in a deadly clash
        ("Six guerrillas died during fighting with army troops.", {"army troops"}, None),
        # a quoted phrase in an all-caps report does not start a sentence when truecased
        (
            'GUATEMALA CITY, 13 JAN 90 -- [TEXT] MINISTER CARLOS MORALES SAID TODAY THAT A "FOREIGN COMMANDO" '
            "KILLED HECTOR OQUELI IN GUATEMALA.",
            {"foreign commando"},
            {"Hector Oqueli"},
        ),
        # a craft that is hit is a target, one that is used is the instrument
        ("Rebels shot down an army helicopter near Kandahar.", {"Rebels"}, {"army helicopter"}),
        ("Militants destroyed a tank in Raqqa.", {"Militants"}, {"tank"}),
        ("Russian and Syrian government planes began bombarding the city of Aleppo.", {"Russia", "Syria"}, None),
        # a passive's agent the parse hangs on the place before it
        (
            "The villagers were shot dead in their home by Azerbaijani special forces.",
            {"Azerbaijani special forces"},
            {"villagers", "their home"},
        ),
        # military reports: strikes "engage" their targets
        (
            "Near Mosul, five strikes engaged four ISIL tactical units and destroyed three ISIL-held buildings.",
            set(),
            {"ISIL tactical units", "ISIL-held buildings"},
        ),
        # people named by their nationality are people, not their country
        ("Gunmen killed two Americans and three Iraqis in Baghdad.", {"Gunmen"}, {"Americans", "Iraqis"}),
    ],
)
def test_lists_units_pronouns_devices_and_craft(nlp, text: str, perp: set, target: set | None):
    events = roles(text, nlp, "1990-01-13")
    assert len(events) == 1
    assert events[0]["perpetrator"] == perp
    if target is not None:
        assert events[0]["target"] == target


def test_who_reports_a_killing_did_not_do_it(nlp):
    events = roles("Spokesmen for the 5th Brigade reported 5 soldiers killed and several wounded.", nlp)
    assert not any(e["perpetrator"] for e in events)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # "X said it carried out ...": "it" is X, and the claim is X's own
        ("The army said it killed five guerrillas in Morazan.", "army"),
        ("The rebels said they attacked the garrison in Morazan.", "rebels"),
        # carrying the wounded to hospital claims nothing
        ("A bomb exploded in the market in Morazan. Red Cross workers took the wounded to the hospital.", None),
        # who "were reported killed" reported nothing, though the parse hangs the fight on "reported"
        (
            "US troops fought a gunbattle with insurgents in Baghdad today, witnesses said, Five US troops were "
            "reported killed in separate clashes in a western province.",
            None,
        ),
    ],
)
def test_own_reports_are_claims(nlp, text: str, who: str | None):
    found = perpetrators(text, nlp)
    assert {label for label, basis in found if basis == "claimed"} == ({who} if who else set())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a newspaper or a rival "claims" another did is reported or alleged, not claimed
        (
            "The newspaper claims that soldiers killed ten men inside the church in Ayacucho.",
            [("soldiers", "reported")],
        ),
        (
            "The army claimed that the FMLN destroyed the bridge in Morazan.",
            [("Farabundo Marti National Liberation Front", "accused")],
        ),
        # what a group claims its own units did is its claim, and its units act for it
        (
            "The FMLN claimed that its units destroyed the bridge in Morazan.",
            [("Farabundo Marti National Liberation Front", "claimed")],
        ),
    ],
)
def test_what_one_claims_another_did_is_no_claim(nlp, text: str, expected: list):
    assert perpetrators(text, nlp) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Near Dayr Az Zawr, five strikes destroyed eight oil pump jacks.",  # the name parsed as the subject
        "Near Ayn Isa, one strike destroyed a repeater station.",  # "Near" tagged as part of a PERSON
    ],
)
def test_a_sentence_opening_near_a_place_places_the_event(nlp, text: str):
    (event,) = roles("Syria\n" + text, nlp, "2016-11-02")
    assert event["perpetrator"] == set()
    assert event["place"] & {"Dayr Az Zawr", "Ayn Isa"}
    assert not any(name.startswith("Near") for name in event["target"] | event["place"])


def test_a_war_that_claimed_lives_claims_nothing(nlp):
    r = extract_article(
        Article(
            id="c",
            text="General Ruiz said the war between the cartels has already claimed more than 120 deaths "
            "and has provoked a wave of bomb attacks in Medellin.",
            date="1989-01-01",
        ),
        nlp,
    )
    assert not [a for a in r.attributions if a.basis == "claimed"]
    assert not [p for p in r.relations if p.kind == "perpetrator" and p.basis == "claimed"]


def test_a_possessive_is_bound_by_its_clause_subject_not_the_speaker(nlp):
    (event,) = roles(
        "BOGOTA, 20 JUL 89 (EFE) -- [TEXT] THE NATIONAL POLICE REPORTED THAT THE ARMY OF NATIONAL "
        "LIBERATION-CAMILIST UNION (UC-ELN) TODAY CARRIED OUT ITS SIXTH ATTACK THIS YEAR AGAINST THE PACIFIC "
        "OIL PIPELINE.",
        nlp,
        "1989-07-20",
    )
    assert event["perpetrator"] == {"Army of National Liberation-Camilist Union"}
    assert event["target"] == {"Pacific oil pipeline"}


@pytest.mark.parametrize(
    ("text", "target", "place"),
    [
        # what a blast hits: as the passive subject, the object, or "through" it
        (
            "The Murrah Federal Building in Oklahoma City was shattered by an explosion.",
            {"Murrah Federal Building"},
            {"Oklahoma City"},
        ),
        ("A powerful explosion rocked the Indian embassy in Kabul on Monday.", {"Indian embassy"}, {"Kabul"}),
        ("A suicide blast ripped through a crowded market in Baghdad.", {"crowded market"}, {"Baghdad"}),
        # a named site that is attacked is a target, not only where it happened
        (
            "Taliban gunmen attacked Camp Shorabak in Helmand Province, Afghanistan.",
            {"Camp Shorabak"},
            {"Helmand"},
        ),
        # a street named in apposition places what stood on it
        ("The explosion targeted a bakery on the central street Rue Victor Hugo.", {"bakery"}, {"Rue Victor Hugo"}),
        # where the owners' homes stand is the place, not part of the homes' label
        (
            "THE POLICE SAID THAT THE COUNTRY HOMES OF LEADER IGNACIO VELEZ ESCOBAR AND FORMER CABINET MINISTER "
            "EDGAR GUTIERREZ CASTRO IN SABANETA WERE ATTACKED BY THE TERRORISTS.",
            {"country homes"},
            {"Sabaneta"},
        ),
        # a device that "went off" outside a building: a bombing of the building
        (
            "Bombs went off outside the Soviet and Chinese embassies in Lima on Wednesday.",
            {"Soviet and Chinese embassies"},
            {"Lima"},
        ),
    ],
)
def test_what_a_blast_hits_and_named_sites(nlp, text: str, target: set, place: set):
    (event,) = roles(text, nlp, "2019-05-24")
    assert (event["target"], event["place"]) == (target, place)


def test_an_event_named_twice_by_a_copula_is_one_event(nlp):
    events = roles(
        "The Cafetería Rolando bombing was an attack on 13 September 1974 at the Rolando cafe in Madrid "
        "which killed 13 people.",
        nlp,
        "1974-09-14",
    )
    assert len(events) == 1
    assert events[0]["target"] == {"Rolando cafe", "people"}
    assert events[0]["place"] == {"Madrid"}


def test_a_ship_sunk_by_someone_is_attacked_a_ship_that_sank_is_not(nlp):
    (event,) = roles("A Ukrainian missile sank the Russian cruiser Moskva in the Black Sea.", nlp, "2022-04-15")
    assert (event["perpetrator"], event["target"]) == ({"Ukraine"}, {"Russian cruiser Moskva"})
    assert roles("The ferry sank off the coast of Senegal.", nlp, "2022-04-15") == []


def test_a_first_name_the_kb_knows_as_a_town_is_not_a_place_after_a_title(nlp):
    r = extract_article(
        Article(
            id="p",
            text="Russian President Vladimir Putin said the explosions that brought down two airliners in Russia "
            "were the work of terrorists.",
            date="2004-09-02",
        ),
        nlp,
    )
    assert {p.label for p in r.places} == {"Russia"}
    assert "Vladimir Putin" in {a.label for a in r.actors}


@pytest.mark.parametrize(
    "text",
    [
        # sport: a clash, a shooter and an injury are play
        "Wolfpack, Canes Clash at Carter-Finley. Since becoming head football coach in 2000, Chuck Amato has "
        "changed the culture of a league program.",
        "A trap shooter secured the nation's first Olympic gold medal at the championship in Athens.",
        # a game's tallies: a shooter's makes for tries and a final score
        "O'Neal shot 7-for-9 and finished with 16 points in his Miami debut as the Heat took a 100-77 victory.",
        # a labour strike, also one that workers are asked to stage
        "A 48-hour strike by aircraft refuellers at London Heathrow airport got under way on Friday.",
        "Centeno has asked the Salvadoran workers to stage a strike on 1 November throughout the country.",
    ],
)
def test_sport_and_labour_strikes_are_not_attacks(nlp, text: str):
    assert roles(text, nlp, "2004-08-20") == []


def test_an_attack_at_a_stadium_is_still_an_attack(nlp):
    events = roles(
        "Gunmen and suicide bombers struck a stadium during a football match, killing 130 people in Paris.",
        nlp,
        "2015-11-14",
    )
    assert any(e["perpetrator"] == {"Gunmen", "suicide bombers"} for e in events)


def test_a_name_the_place_ruler_cut_at_its_of_is_one_organisation(nlp):
    found = perpetrators(
        "A bomb exploded in a cafe in Madrid. The police blamed the Communist Party of Spain (PCE) for the attack.",
        nlp,
        "1974-09-14",
    )
    assert {label for label, basis in found if basis == "accused"} == {"Communist Party of Spain"}


def test_they_who_add_to_a_report_are_its_reporters_not_the_attackers(nlp):
    found = perpetrators(
        "The military sources reported that the terrorists set two schools on fire and killed five peasants in "
        "Anta. They added that the injured were brought to Lima.",
        nlp,
        "1989-11-02",
    )
    assert set(found) == {("terrorists", "reported")}  # the arson and the killing


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a title before the name and a shorter form after it
        (
            "Former prime minister Benazir Bhutto was killed in a suicide attack in Rawalpindi. "
            "Police said Ms Bhutto was shot before the bomb went off.",
            {"Benazir Bhutto"},
        ),
        # the same first and last name, without the middle name
        (
            "Anna Stepanovna Politkovskaya, a journalist, was shot dead in Moscow on Saturday. "
            "Police said Anna Politkovskaya was killed by a contract killer.",
            {"Anna Stepanovna Politkovskaya"},
        ),
        # the name without its second surname
        (
            "Presidential candidate Luis Donaldo Colosio Murrieta was shot dead at a rally in Tijuana. "
            "Police said Luis Donaldo Colosio was shot twice.",
            {"Luis Donaldo Colosio Murrieta"},
        ),
        # a title and the surname, which the model reads as an organisation
        (
            "Bishop Juan Gerardi Conedera was beaten to death in Guatemala City. "
            "The murder of Bishop Gerardi shocked the country.",
            {"Juan Gerardi Conedera"},
        ),
        # a capitalised title in apposition is the person, not a second target
        (
            "Armed men shot dead Jorge Rivas, the President of the Banco Agricola, in San Salvador.",
            {"Jorge Rivas"},
        ),
        # a trade before the name, which all-caps text gives in the name's case
        (
            "TELEVISION MAGNATE HECTOR DELGADO PARKER WAS KIDNAPPED IN LIMA. THE MRTA KIDNAPPED IMPRESARIO "
            "DELGADO PARKER ON 4 OCTOBER.",
            {"Hector Delgado Parker"},
        ),
    ],
)
def test_one_person_under_every_form_of_their_name(nlp, text: str, target: set[str]):
    got = roles(text, nlp)
    assert len(got) == 1  # a person is killed once: one event
    assert got[0]["target"] == target


def test_a_described_person_is_the_one_the_description_named(nlp):
    text = (
        "Gunmen kidnapped Hans Meier, a German engineer, near Jolo on Monday. "
        "Troops freed the engineer on Friday after the engineer was shot in the leg."
    )
    targets = set().union(*(e["target"] for e in roles(text, nlp)))
    assert targets == {"Hans Meier"}


def test_a_bureau_abroad_is_not_where_the_attack_was(nlp):
    text = (
        "PRAGUE, 10 JAN 90 (CTK) -- [TEXT] Gunmen killed two judges on Tuesday. "
        "The Colombian authorities said drug traffickers were behind the attack in Colombia."
    )
    places = set().union(*(e["place"] for e in roles(text, nlp, "1990-01-10")))
    assert places == {"Colombia"}


def test_where_it_was_reported_is_not_where_it_happened(nlp):
    text = (
        "Police authorities reported today in Lima that heavily armed terrorists overpowered the guards and "
        "killed two officials."
    )
    assert [e["place"] for e in roles(text, nlp, "1989-05-10")] == [set()]


def test_a_name_that_who_takes_up_is_a_person(nlp):
    from spacy.tokens import Span

    from kgraph.extract.components import kg_names

    doc = nlp.make_doc("The ranch was owned by Pablo Emilio Escobar, who was killed in a police raid.")
    for name in nlp.pipe_names:
        if name in ("tok2vec", "tagger", "parser", "kg_attributes", "kg_lemmas"):
            doc = nlp.get_pipe(name)(doc)
    doc.ents = [Span(doc, 5, 8, label="FAC")]  # the small model's reading of this name
    assert [(e.text, e.label_) for e in kg_names(doc).ents] == [("Pablo Emilio Escobar", "PERSON")]


def test_a_title_before_the_name_is_the_named_person(nlp):
    text = (
        "A Russian lieutenant general was killed by a bomb hidden in a scooter in Moscow on Tuesday. "
        "Lieutenant General Igor Kirillov headed the chemical protection troops."
    )
    (event,) = roles(text, nlp, "2024-12-17")
    assert event["target"] == {"Igor Kirillov"}


def test_what_a_charge_sheet_names_is_not_attacked(nlp):
    text = (
        "A car bomb exploded outside the court in Kabul on Monday. "
        "A clerk faces one count of destroying records and three counts of lying to investigators."
    )
    targets = set().union(*(e["target"] for e in roles(text, nlp)))
    assert not targets & {"records", "counts"}


def test_a_time_the_parse_hangs_on_a_phrase_is_not_in_its_label(nlp):
    text = "LIMA, 12 MAY 90 -- [TEXT] POLICE REPORTED THAT YESTERDAY HEAVILY-ARMED TERRORISTS ATTACKED THE TOWN HALL."
    (event,) = roles(text, nlp, "1990-05-12")
    assert event["perpetrator"] == {"heavily-armed terrorists"}


@pytest.mark.parametrize(
    ("name", "words", "shown"),
    [
        ("Bodyguard Jairo Ortega", ("jairo", "ortega"), "Jairo Ortega"),
        ("Msgr Romero's", ("romero",), "Romero"),
        ("Defence Minister Ali Shamkhani", ("ali", "shamkhani"), "Ali Shamkhani"),
        ("Will Smith", ("will", "smith"), "Will Smith"),
        ("[Alfredo] Cristiani", ("alfredo", "cristiani"), "Alfredo Cristiani"),  # an editor's brackets
        ("Guard", ("guard",), "Guard"),  # a title alone stays: there is no name to keep
        ("Secretary General of the National Revolutionary Movement", None, None),  # not a name: kept whole
    ],
)
def test_person_name_leaves_out_titles_and_possessives(name: str, words, shown):
    from kgraph.extract.document import person_name

    got = person_name(name)
    if words is None:
        assert got[1] == name
    else:
        assert got == (words, shown)


@pytest.mark.parametrize(
    "text",
    [
        "Seven soldiers were killed in clashes with rebels near Ayacucho on Tuesday.",
        "Thirty people were killed in attacks across Baghdad on Sunday.",
    ],
)
def test_clashes_on_a_day_in_a_place_are_an_event(nlp, text: str):
    assert len(roles(text, nlp)) == 1


def test_a_lower_case_word_the_model_took_into_a_name_is_left_out(nlp):
    from spacy.tokens import Span

    from kgraph.extract.components import kg_names

    doc = nlp.make_doc("The leftist Morazanist Patriotic Front said it attacked the convoy.")
    doc.ents = [Span(doc, 1, 5, label="ORG")]  # the small model's reading of this name
    assert [(e.text, e.label_) for e in kg_names(doc).ents] == [("Morazanist Patriotic Front", "ORG")]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "The mayor and his driver were in a car when the car was hit by a roadside bomb near Kandahar.",
            {"mayor", "his driver", "car"},
        ),
        (
            "The governor was inside the hotel when gunmen stormed the hotel in Mogadishu.",
            {"governor", "hotel"},
        ),
    ],
)
def test_who_was_in_what_was_hit_is_a_target(nlp, text: str, target: set[str]):
    (event,) = roles(text, nlp)
    assert event["target"] == target


def test_a_participle_after_a_comma_describes_the_person_before_it(nlp):
    (event,) = roles("The minister mourned the death of the senator, murdered by gunmen in Medellin.", nlp)
    assert (event["perpetrator"], event["target"]) == ({"gunmen"}, {"senator"})


def test_one_sense_per_discourse_for_a_name(nlp):
    from spacy.tokens import Span

    from kgraph.extract.components import kg_names

    doc = nlp.make_doc("Rebels entered Andahua. Andahua residents fled. Troops returned to Andahua.")
    doc.ents = [Span(doc, 2, 3, label="GPE"), Span(doc, 4, 5, label="PERSON"), Span(doc, 11, 12, label="GPE")]
    assert [e.label_ for e in kg_names(doc).ents] == ["GPE", "GPE", "GPE"]


def test_a_place_name_before_a_name_described_as_a_person_is_a_first_name(nlp):
    from spacy.tokens import Span

    from kgraph.extract.components import kg_names

    doc = nlp("Orlando Quiteno, spokesman for the commission, said rebels destroyed ten towers.")
    doc.ents = [Span(doc, 0, 1, label="GPE")]  # the small model's reading of all-caps "ORLANDO QUITENO"
    assert [(e.text, e.label_) for e in kg_names(doc).ents] == [("Orlando Quiteno", "PERSON")]


@pytest.mark.parametrize("nationality", ["Spaniard", "Italian"])
def test_a_nationality_before_a_name_is_not_part_of_it(nlp, nationality: str):
    from spacy.tokens import Span

    from kgraph.extract.components import kg_names

    doc = nlp.make_doc(f"Armed men kidnapped {nationality} Jose Maria Martinez.")
    doc.ents = [Span(doc, 3, 7, label="PERSON")]
    got = [(e.text, e.label_) for e in kg_names(doc).ents]
    assert got == [(nationality, "NORP"), ("Jose Maria Martinez", "PERSON")]


@pytest.mark.parametrize(
    ("text", "subtype", "target"),
    [
        ("Rebels claimed responsibility for the bombing of a restaurant in Kabul.", "bombing", {"restaurant"}),
        ("Militants claimed responsibility for the burning of a school in Maiduguri.", "arson", {"school"}),
    ],
)
def test_what_a_bombing_or_burning_is_of_was_hit(nlp, text: str, subtype: str, target: set[str]):
    (event,) = roles(text, nlp)
    assert (event["subtype"], event["target"]) == (subtype, target)


def test_a_burning_with_nothing_attacked_is_no_event(nlp):
    assert roles("The burning of fossil fuels warms the planet.", nlp) == []


def test_a_condemned_attack_happened_a_condemned_kind_of_attack_did_not(nlp):
    (event,) = roles("Residents condemned the shelling of the hospital in Aleppo on Monday.", nlp)
    assert (event["subtype"], event["target"], event["place"]) == ("shelling", {"hospital"}, {"Aleppo"})
    assert roles("The United Nations condemned attacks on civilians.", nlp) == []
    assert roles("The president condemned any attack on journalists.", nlp) == []


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("Police are investigating the bombing of a bus in Quetta on Sunday.", 1),  # it happened
        ("Troops repelled an attack by Taliban fighters on the base in Kandahar.", 1),  # it happened, and failed
        ("Police foiled an attack on the embassy in Nairobi.", 0),  # it never happened
    ],
)
def test_what_is_investigated_or_repelled_happened_what_is_foiled_did_not(nlp, text: str, events: int):
    assert len(roles(text, nlp)) == events


def test_a_name_an_apposition_describes_as_one_person_is_a_person(nlp):
    from kgraph.extract.components import kg_names

    doc = nlp("Ricardo Alfonso Castellar, mayor of Achi, was kidnapped on 5 January.")
    doc.ents = [e for e in doc.ents if e.label_ == "DATE"]  # the small model found no name here
    got = [(e.text, e.label_) for e in kg_names(doc).ents]
    assert ("Ricardo Alfonso Castellar", "PERSON") in got


def test_an_organisation_name_holding_a_persons_name_is_that_person(nlp):
    from spacy.tokens import Span

    from kgraph.extract.components import kg_names

    doc = nlp.make_doc("Hector Oqueli Colindres was killed in Guatemala. Oqueli led the party.")
    doc.ents = [Span(doc, 0, 3, label="ORG"), Span(doc, 6, 7, label="GPE"), Span(doc, 8, 9, label="PERSON")]
    got = [(e.text, e.label_) for e in kg_names(doc).ents]
    assert got == [("Hector Oqueli Colindres", "PERSON"), ("Guatemala", "GPE"), ("Oqueli", "PERSON")]


@pytest.mark.parametrize(
    ("text", "subtype", "target"),
    [
        ("Gunmen seized two engineers in Kirkuk on Monday.", "kidnapping", {"engineers"}),
        ("Pirates seized a tanker off the coast on Monday.", "kidnapping", {"tanker"}),
        ("The army seized five farms owned by Gonzalo Rodriguez Gacha in Boyaca.", None, None),
        ("Soldiers seized weapons and explosives in Medellin on Monday.", None, None),
    ],
)
def test_seizing_people_or_a_vehicle_is_a_kidnapping_seizing_property_is_not(nlp, text, subtype, target):
    got = [e for e in roles(text, nlp) if e["subtype"] == "kidnapping" or subtype != "kidnapping"]
    if subtype is None:
        assert got == []
    else:
        assert [(e["subtype"], e["target"]) for e in got] == [(subtype, target)]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Activists fired at the front of the U.S. Embassy in downtown Lima.", {"Lima"}),
        ("Edgard Chacon, ideologist of the Orlando de Sola group, was killed on Monday.", set()),
    ],
)
def test_a_place_that_owns_or_names_a_group_does_not_place_the_attack(nlp, text: str, places: set[str]):
    assert set().union(*(e["place"] for e in roles(text, nlp))) == places


@pytest.mark.parametrize(
    ("text", "name", "place_id"),
    [
        # New York City, whose other name it is (not York, England, inside it)
        ("A gunman opened fire in a school in New York on Monday.", "New York", "geonames-5128581"),
        ("A church was set on fire in South Carolina on Sunday.", "South Carolina", "province-us-south-carolina"),
    ],
)
def test_a_city_the_kb_knows_inside_a_larger_place_name_is_not_that_city(nlp, text, name, place_id):
    doc = nlp(text)
    assert [(e.text, e.ent_id_) for e in doc.ents if e.label_ == "GPE"] == [(name, place_id)]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # the KB knows a Santa Maria in Brazil and a San Luis in Argentina: here each is only the start of a name
        (
            "LIMA, 11 MAR 89 (EFE) -- [TEXT] ALLEGED SHINING PATH MEMBERS MURDERED FOUR MEMBERS OF A FAMILY "
            "IN SANTA MARIA DEL VALLE, HUANUCO DEPARTMENT.",
            {"Santa Maria Del Valle"},
        ),
        ("Gunmen killed three farmers in San Luis de la Reina on Sunday.", {"San Luis de la Reina"}),
        # the whole name the KB knows is still its place
        ("A bomb exploded in Rio de Janeiro on Monday.", {"Rio de Janeiro"}),
        # a part of a city is in the city, not in the country the city is named after
        (
            "GUATEMALA CITY, 3 JAN 90 -- [TEXT] A BOMB EXPLODED IN A HOUSE IN NORTHERN GUATEMALA CITY.",
            {"Guatemala City"},
        ),
        # a name and the noun of an administrative unit is a place the model read as an organisation
        (
            "SAN SALVADOR, 3 JAN 90 -- [TEXT] FMLN GUERRILLAS ATTACKED A POLICE POST IN ARENALES CANTON.",
            {"Arenales Canton"},
        ),
    ],
)
def test_a_longer_place_name_is_its_own_place(nlp, text: str, places: set[str]):
    (event,) = roles(text, nlp)
    assert event["place"] == places


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Gunmen killed a mayor in Usulutan Department on Monday.", "GPE"),
        ("Rebels attacked a bridge in Cabanas Department.", "GPE"),
        # a department named by common words is an office
        ("The State Department condemned the bombing in Kabul.", "ORG"),
    ],
)
def test_a_name_and_an_administrative_unit_is_a_place(nlp, text: str, label: str):
    assert [e.label_ for e in nlp(text).ents if e.text.endswith("Department")] == [label]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # the model reads "Arauca" as an organisation; after "near" it is the place the KB knows
        ("Rebels destroyed a bridge near Arauca.", {"Arauca"}),
        ("The ELN blew up a section of the Cano Limon-Covenas pipeline near Arauca.", {"Arauca"}),
    ],
)
def test_a_known_place_after_a_locative_preposition_is_a_place(nlp, text: str, places: set[str]):
    (event,) = roles(text, nlp)
    assert event["place"] == places


def test_an_alias_with_a_typeset_apostrophe_is_still_the_kb_actor(nlp):
    (event,) = roles("Coalition forces are working hard to defeat and destroy Da’esh.", nlp)
    assert event["target"] == {"Islamic State"}


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("A bomb exploded in Oxford Street in Belfast on Friday, killing two people.", {"Oxford Street", "Belfast"}),
        ("A car bomb exploded on Haifa Street in Baghdad.", {"Haifa Street", "Baghdad"}),
    ],
)
def test_a_named_street_is_the_place_not_the_city_it_is_named_after(nlp, text: str, places: set[str]):
    (event,) = roles(text, nlp)
    assert event["place"] == places


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            "A bomb exploded in a market in Kabul, killing two people. The dead are Ahmad Shah and Mohammad Karim.",
            {"Ahmad Shah", "Mohammad Karim"},
        ),
        ("Gunmen attacked a bus in Quetta. Among the dead was Ali Raza, a teacher.", {"Ali Raza"}),
        ("Gunmen attacked a bus in Quetta. The victims were identified as Ali Raza.", {"Ali Raza"}),
        ("A car bomb exploded in Bogota. Police said one of the wounded is Brenda Fugart.", {"Brenda Fugart"}),
        (
            "A bomb exploded in a market in Lima. Four people were killed. They are Juan Perez and Jose Garcia.",
            {"Juan Perez", "Jose Garcia"},
        ),
        (
            "A bomb exploded in Lima. Three people were taken to hospital. One of them is Marilin Ramirez."
            " The other person is Silvia Ayala.",
            {"Marilin Ramirez", "Silvia Ayala"},
        ),
    ],
)
def test_people_a_later_sentence_names_as_victims_are_targets(nlp, text: str, named: set[str]):
    (event,) = roles(text, nlp)
    assert named <= event["target"]


def test_people_a_pronoun_points_back_at_are_no_victims_without_casualties(nlp):
    (event,) = roles("Police arrested two men in Lima after the bombing. They are Juan Perez and Jose Garcia.", nlp)
    assert not {"Juan Perez", "Jose Garcia"} & event["target"]


def test_the_subject_of_an_inverted_passive_is_the_target(nlp):
    text = "A bomb exploded in Lima, killing two people. Also injured were Lucio Gutierrez and Elmer Alvarenga."
    (event,) = roles(text, nlp)
    assert {"Lucio Gutierrez", "Elmer Alvarenga"} <= event["target"]


def test_titles_after_a_name_in_a_list_describe_that_person(nlp):
    text = (
        "Gunmen killed Hector Oqueli, assistant secretary of the Socialist International, and deputy secretary"
        " general of the MNR, in Guatemala City."
    )
    (event,) = roles(text, nlp)
    assert event["target"] == {"Hector Oqueli"}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Gunmen shot dead Juan Perez and Jose Garcia in Lima. Police said both leaders died at once.",
            {"Juan Perez", "Jose Garcia"},
        ),
        (
            "Gunmen killed Juan Perez and Jose Garcia in Lima on Monday. The attack on the two men was condemned.",
            {"Juan Perez", "Jose Garcia"},
        ),
        (
            "A bomb in Lima on Monday killed the mayor Juan Perez. The attack on the leader was condemned.",
            {"Juan Perez"},
        ),
        # others than the named: in the names' own sentence, or "more"
        ("Gunmen killed Juan Perez and one other person in Lima.", {"Juan Perez", "other person"}),
        (
            "Gunmen killed Juan Perez and Jose Garcia in Lima. Two more people were killed later in the attack.",
            {"Juan Perez", "Jose Garcia", "more people"},
        ),
    ],
)
def test_a_description_of_people_the_event_names_is_not_another_target(nlp, text: str, target: set[str]):
    assert set().union(*(e["target"] for e in roles(text, nlp))) == target


def test_who_a_verb_includes_among_its_victims_is_a_target(nlp):
    (event,) = roles(
        "A bomb exploded in Lima. Ten people were injured, including Brenda Hoovarit and Jose Garcia.", nlp
    )
    assert event["target"] == {"people", "Brenda Hoovarit", "Jose Garcia"}


def test_what_a_group_claims_responsibility_for_is_an_attack(nlp):
    text = "A spokesman for the Extraditables claimed responsibility for the burning of a restaurant in Medellin."
    (event,) = roles(text, nlp)
    assert (event["subtype"], event["target"]) == ("arson", {"restaurant"})
    assert event["perpetrator"] == {"The Extraditables"}


def test_an_acronym_the_model_did_not_find_is_the_name_it_stands_for(nlp):
    text = (
        "TEGUCIGALPA, 19 APR 89 (EFE) -- THE MORAZANIST PATRIOTIC FRONT (FPM) HELD A NEWS CONFERENCE TODAY."
        " THE ATTACK ON A BUS IN YORO WAS ALSO CLAIMED BY THE FPM."
    )
    (event,) = roles(text, nlp)
    assert event["perpetrator"] == {"Morazanist patriotic front"}


@pytest.mark.parametrize(
    ("text", "perp"),
    [
        ("Police condemned an attack perpetrated by presumed urban guerrillas in Lima.", "presumed urban guerrillas"),
        ("Unidentified individuals machinegunned the minister's car in San Salvador.", "Unidentified individuals"),
        ("In last night's attack on three radio stations in Bogota, the attackers used bombs.", "attackers"),
    ],
)
def test_who_perpetrated_machinegunned_or_acted_as_attackers_did_it(nlp, text: str, perp: str):
    assert perp in set().union(*(e["perpetrator"] | e["accused"] for e in roles(text, nlp)))


def test_a_broadcaster_named_after_a_place_is_an_organisation(nlp):
    doc = nlp("The Honduran radio station Radio America said civilians were killed.")
    assert [(e.text, e.label_, e.ent_id_) for e in doc.ents if e.text.endswith("America")] == [
        ("Radio America", "ORG", "")
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Morazanist Patriotic Front (FPM) claimed the attack.", "Morazanist Patriotic Front"),
        ("Members of the Tupac Amaru Revolutionary Movement (MRTA) fled.", "Tupac Amaru Revolutionary Movement"),
    ],
)
def test_the_name_before_a_bracketed_acronym_with_its_initials_is_one_organisation(nlp, text: str, name: str):
    from spacy.tokens import Span

    from kgraph.extract.components import kg_names

    doc = nlp(text)
    start = next(t.i for t in doc if t.text == name.split()[0])
    doc.ents = [Span(doc, start, start + 1, label="NORP")]  # the small model's reading: a nationality alone
    assert (name, "ORG") in [(e.text, e.label_) for e in kg_names(doc).ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("British soldiers shot dead 13 protesters on Bloody Sunday in Derry.", "Bloody Sunday"),
        ("Hundreds of sailors were killed in the Battle of Midway in the Pacific.", "Battle of Midway"),
    ],
)
def test_a_named_event_is_neither_target_nor_place(nlp, text: str, name: str):
    (event,) = roles(text, nlp)
    assert "sailors" in event["target"] or "protesters" in event["target"]
    assert not {t for t in event["target"] | event["place"] if name in t}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # an infinitive after an event noun tells that event's deed
        ("It was the deadliest attack to hit Kabul this year, killing 40 people.", {"people"}),
        # an order to kill may well have been carried out
        ("Nobody knows who gave the order to kill the Jesuits.", {"Jesuits"}),
        # a deed done beside one that is only willed keeps its own tense
        ("The rebels attacked the town and will kill the mayor.", {"town"}),
        # both coordinated deeds stand when nothing governs them
        ("Gunmen killed the mayor and kidnapped his wife.", {"mayor", "his wife"}),
    ],
)
def test_deeds_beside_aims_and_wills_stay_events(nlp, text: str, target: set[str]):
    assert [e["target"] for e in roles(text, nlp)] == [target]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a town of the dateline's country, not a larger namesake abroad (Santa Ana, California)
        ("SAN SALVADOR, 3 JAN 90 -- [TEXT] FMLN GUERRILLAS ATTACKED A POLICE POST IN SANTA ANA.", "Santa Ana", "SV"),
        # or of a country the text names
        ("Rebels attacked a police post in Santa Ana, El Salvador, on Monday.", "Santa Ana", "SV"),
        # a world city stays itself in a report from another country
        ("WASHINGTON (Reuters) - A bomb exploded in Paris on Monday, police said.", "Paris", "FR"),
    ],
)
def test_a_place_name_many_countries_share_is_the_one_in_the_countries_of_the_text(
    nlp, text: str, name: str, country: str
):
    r = extract_article(Article(id="t", text=text, date="1990-01-03"), nlp)
    assert [p.country for p in r.places if p.label == name] == [country]


@pytest.mark.parametrize(
    ("text", "perp", "target", "place"),
    [
        # a name in a participant's own phrase is no other participant
        (
            "In 2013, Syrian hackers backing President Bashar Assad hijacked the Associated Press' Twitter account.",
            {"Syrian hackers"},
            {"Associated Press' Twitter account"},
            {"Syria"},  # the one country the text names
        ),
        (
            "Unidentified men killed the driver of Senator Juan Perez in Lima.",
            {"Unidentified men"},
            {"driver"},
            {"Lima"},
        ),
        # a place that says whose, not where, places nothing
        (
            "Gunmen killed Diego Morales, leader of Cochabamba's peasant federation.",
            {"Gunmen"},
            {"Diego Morales"},
            set(),
        ),
    ],
)
def test_names_inside_a_participants_phrase(nlp, text: str, perp: set, target: set, place: set):
    (event,) = roles(text, nlp)
    assert (event["perpetrator"], event["target"], event["place"]) == (perp, target, place)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a person the text calls a suspect is no victim of the attack
        (
            "A court convicted a friend of bombing suspect Dzhokhar Tsarnaev. The friend removed a backpack after "
            "the bombing, which killed three people near the finish line, in which Dzhokhar Tsarnaev took part.",
            {"people"},
        ),
        # unless the security forces hit him
        ("The alleged killer, Cherif Chekatt, was shot dead by police in Strasbourg on Thursday.", {"Cherif Chekatt"}),
    ],
)
def test_a_suspect_is_no_victim_of_the_attack(nlp, text: str, target: set[str]):
    assert [e["target"] for e in roles(text, nlp)] == [target]


@pytest.mark.parametrize(
    ("text", "perp", "target"),
    [
        # two verbs of one deed are one event
        (
            "On Monday, the commander was struck and killed by a coalition airstrike in Raqqa.",
            {"Global Coalition against Daesh"},
            {"commander"},
        ),
        # a deed told beside a series is not dropped with it, and a clause the parse hung on a noun is no name
        (
            "More than 60 civilians were killed and injured in multiple bombings that targeted bus stations and a "
            "hospital.",
            set(),
            {"civilians", "bus stations", "hospital"},
        ),
    ],
)
def test_one_deed_told_twice_is_one_event(nlp, text: str, perp: set, target: set):
    assert [(e["perpetrator"], e["target"]) for e in roles(text, nlp)] == [(perp, target)]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # what was detonated or exploded is the device, not what was hit
        (
            "Two dynamite charges were detonated near the DAS offices in Bogota, killing two people.",
            {"DAS offices", "people"},
        ),
        ("Grenades and bombs have been exploded at a bus station in San Salvador.", {"bus station"}),
        # a craft that was hit is the target
        ("A helicopter was shot down by rebels in Morazan.", {"helicopter"}),
    ],
)
def test_a_passive_device_is_the_instrument(nlp, text: str, target: set[str]):
    assert [e["target"] for e in roles(text, nlp)] == [target]


@pytest.mark.parametrize(
    ("text", "perp", "target"),
    [
        # a passive whose auxiliary the text leaves out: the bodyguard was wounded, he did not wound
        (
            "The MRTA kidnapped Delgado during an incident in which his driver was killed and his bodyguard wounded.",
            {"Tupac Amaru Revolutionary Movement"},
            {"Delgado", "his driver", "his bodyguard"},
        ),
        # a new clause after "and that" is no such passive: the bodyguards fought
        (
            "Police said the officer was shot and that his bodyguards fought off the attackers.",
            {"his bodyguards"},
            {"officer"},
        ),
        # a car bomb that exploded is the device
        ("A carbomb exploded in a residential sector of Cartagena, injuring one person.", set(), {"person"}),
        # a participle with a subject and no auxiliary is a passive: the 193 people were injured
        (
            "US forces battled insurgents in Sadr City on Tuesday, in clashes that left at least 34 people dead "
            "and 193 people injured.",
            {"US Armed Forces"},
            {"insurgents", "people"},
        ),
    ],
)
def test_gapped_passives_and_devices(nlp, text: str, perp: set, target: set):
    assert [(e["perpetrator"], e["target"]) for e in roles(text, nlp)] == [(perp, target)]


@pytest.mark.parametrize(
    ("text", "perp", "accused", "target"),
    [
        # "perpetrated by" that the parse hung on the victims' phrase belongs to the deed
        (
            "The ruling party condemned the murder of presidency minister Antonio Rodriguez Porth and two of his "
            "bodyguards perpetrated by presumed guerrillas.",
            set(),
            {"presumed guerrillas"},
            {"Antonio Rodriguez Porth", "his bodyguards"},
        ),
        # a distance's landmark is where it happened, not who did it
        ("A car bomb exploded 200 meters from the presidential palace.", set(), set(), {"presidential palace"}),
        # who is blamed for an attack is not what it hit
        (
            "A bomb exploded at the market. Police blamed the attack on the rebels.",
            set(),
            {"rebels"},
            {"market"},
        ),
        # a road that links two towns accuses nobody
        (
            "The terrorists destroyed several segments of the road linking Andahua with Arequipa.",
            {"terrorists"},
            set(),
            {"road"},
        ),
        # what lay on either side of a blast was hit
        (
            "The explosion took place between the Vicas store and the Central Reserve Bank.",
            set(),
            set(),
            {"Vicas store", "Central Reserve Bank"},
        ),
        # a noun with its own relative clause is not the subject of the one before it
        (
            "We declare war on the government, the journalists who have attacked us, judges who have been "
            "bribed by the government, and all those who have persecuted us.",
            {"journalists"},
            set(),
            set(),
        ),
    ],
)
def test_agents_landmarks_and_blame(nlp, text: str, perp: set, accused: set, target: set):
    got = [(e["perpetrator"], e["accused"], e["target"]) for e in roles(text, nlp)]
    assert got == [(perp, accused, target)]


def test_who_protests_a_murder_did_not_commit_it(nlp):
    text = "The country's magistrates resigned today to protest the murder of Colombian justice Carlos Valencia."
    assert [(e["subtype"], e["perpetrator"]) for e in roles(text, nlp)] == [("killing", set())]


@pytest.mark.parametrize(
    ("text", "perp", "target"),
    [
        # "alleged" tells of the killer, not of the police who shot him
        (
            "The alleged killer, Chérif Chekatt – shot dead by police – had pledged allegiance to Islamic State.",
            {("police", "reported")},
            {"Chérif Chekatt"},
        ),
        # the toll the parse hung on the main verb belongs to the blast just before it, not to the police
        (
            "French police are hunting a suspect who left a device that exploded on Friday, wounding 13 people "
            "in Lyon.",
            set(),
            {"people"},
        ),
        # who was left wounded was harmed by the deed
        ("The explosion killed five soldiers and left 20 people wounded.", set(), {"soldiers", "people"}),
    ],
)
def test_hedges_tolls_and_the_left_wounded(nlp, text: str, perp: set, target: set):
    r = extract_article(Article(id="t", text=text, date="2018-12-14"), nlp)
    names = {a.id: a.label for a in r.actors}
    got_perp = {(names[x.target], x.basis) for x in r.relations if x.kind == "perpetrator"}
    assert (got_perp, [e["target"] for e in roles(text, nlp, "2018-12-14")]) == (perp, [target])


@pytest.mark.parametrize(
    ("text", "perp", "target"),
    [
        # a trigger noun the tagger read as a verb ("airstrikes/VBZ") is still the event, with its roles
        (
            "A series of precision U.S. airstrikes against al-Qaida operatives this week in northern Syria killed "
            "several terrorists.",
            {"United States"},
            {"al-Qaida operatives", "terrorists"},
        ),
        # the strikes a count includes are part of it, not a plan or a series
        (
            "Coalition forces conducted 10 airstrikes, including strikes against both tactical units and the oil "
            "infrastructure.",
            {"Global Coalition against Daesh"},
            {"both tactical units", "oil infrastructure"},
        ),
        # arms used against someone: an attack, the arms its instrument
        ("The Asad regime has used chemical weapons against the Syrian people.", {"Asad regime"}, {"Syrian people"}),
        ("The army used excessive force against demonstrators.", {"army"}, {"demonstrators"}),
    ],
)
def test_mistagged_nouns_parts_and_used_arms(nlp, text: str, perp: set, target: set):
    assert [(e["perpetrator"], e["target"]) for e in roles(text, nlp, "2016-10-10")] == [(perp, target)]


def test_a_place_mention_keeps_its_whole_phrase(nlp):
    r = extract_article(
        Article(id="t", text="Fans skirmish ahead of the match in the French port city of Marseille on Saturday."), nlp
    )
    assert [x.mention.text for x in r.relations if x.kind == "place"] == ["the French port city of Marseille"]


@pytest.mark.parametrize(
    ("text", "perp"),
    [
        ("Police say three men took part in the killing of the mayor.", {"men"}),
        ("Iran played a role in the attack on the embassy.", {"Iran"}),
    ],
)
def test_who_took_part_in_a_deed_did_it(nlp, text: str, perp: set):
    assert [e["perpetrator"] for e in roles(text, nlp)] == [perp]


@pytest.mark.parametrize(
    ("text", "perp", "accused"),
    [
        # whose work an attack was did it
        ("Police said the bombing of the bus was the work of drug traffickers.", {"drug traffickers"}, set()),
        # planned and carried out: done, by each agent of the coordinated verbs
        (
            "The dynamite attack against Fenastras was planned by Colonel Rene Emilio Ponce and carried out by "
            "Colonel Elena Fuentes.",
            {"Rene Emilio Ponce", "Elena Fuentes"},
            set(),
        ),
    ],
)
def test_whose_work_and_who_planned_and_carried_out(nlp, text: str, perp: set, accused: set):
    assert [(e["perpetrator"], e["accused"]) for e in roles(text, nlp)] == [(perp, accused)]


def test_an_attack_only_planned_is_no_event(nlp):
    assert roles("The attack was planned by the rebels for next week.", nlp) == []


def test_a_supposed_perpetrator_and_a_kindless_name_change_nothing(nlp):
    text = (
        "Two missionaries were murdered in La Paz last week. If the murder was committed by the Shining Path, "
        "then it was an act of terror."
    )
    assert [(e["subtype"], e["perpetrator"], e["target"]) for e in roles(text, nlp)] == [
        ("killing", set(), {"missionaries"})
    ]


@pytest.mark.parametrize(
    ("text", "perp", "accused", "target"),
    [
        # who is blamed is no victim of the murder
        (
            "Unknown gunmen killed the union leader on Monday. The union blamed Roberto D'Aubuisson for the murder.",
            {"Unknown gunmen"},
            {"Roberto D'Aubuisson"},
            {"union leader"},
        ),
        # "for the murder" the parse hung on the last of the accused
        (
            "Gunmen killed the union leader on Monday. We blame ARENA, the regime of Cristiani and D'Aubuisson, and "
            "its armed forces for this detestable assassination.",
            {"Gunmen"},
            {"regime", "its armed forces"},
            {"union leader"},
        ),
        # a man accused with his titles is one man
        # and who is accused of ordering a killing neither accuses nor keeps it apart from the killing told before
        (
            "Gunmen killed PDC leader Danilo Barillas on Monday. This week Father Chemita accused Alfonso Cabrera, "
            "former foreign minister and current secretary general of the ruling Christian Democratic Party, of "
            "having ordered the killing of Danilo Barillas.",
            {"Gunmen"},
            {"Alfonso Cabrera"},
            {"Danilo Barillas"},
        ),
        # the deed as the passive subject: "was attributed to X", "was blamed on X"
        (
            "A bomb destroyed the offices of El Espectador in Bogota. The attack was attributed to the drug "
            "traffickers.",
            set(),
            {"drug traffickers"},
            {"offices"},
        ),
        (
            "A car bomb damaged the telephone exchange. The bombing was blamed on the drug mafia by the police.",
            set(),
            {"drug mafia"},
            {"telephone exchange"},
        ),
        # a pronoun for the deed: "blamed it on X"
        (
            "A car bomb damaged the telephone exchange. Press sectors blamed it on the drug mafia.",
            set(),
            {"drug mafia"},
            {"telephone exchange"},
        ),
        # a deed noun the sentence then tells: "in a new action attributed to X, a bomb destroyed ..."
        (
            "In a new action attributed to the drug trafficking cartels, a bomb partially destroyed a secondary "
            "school tonight.",
            set(),
            {"drug trafficking cartels"},
            {"secondary school"},
        ),
    ],
)
def test_who_is_blamed(nlp, text: str, perp: set, accused: set, target: set):
    assert [(e["perpetrator"], e["accused"], e["target"]) for e in roles(text, nlp)] == [(perp, accused, target)]


def test_a_title_with_another_qualifier_is_another_person(nlp):
    text = (
        "ARENA leader Roberto D'Aubuisson spoke on Monday. Gunmen killed the union leader in San Salvador on Tuesday."
    )
    assert [e["target"] for e in roles(text, nlp)] == [{"union leader"}]


def test_the_make_of_a_device_is_no_target_and_a_dealership_is_a_building(nlp):
    text = "Alleged guerrilla urban commandos launched two Highpower bombs against a car dealership in San Salvador."
    assert [e["target"] for e in roles(text, nlp)] == [{"car dealership"}]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # "the village of X" is the place X, whatever the model makes of the name
        (
            "In the village of Coris (Ancash Department) Sendero Luminoso fighters set fire to the telephone exchange.",
            {"Coris"},
        ),
        # but not "the capital city of the Republic"
        ("A new terrorist action has taken place in the capital city of the Republic.", None),
    ],
)
def test_places_by_their_nouns(nlp, text: str, place: set | None):
    got = [e["place"] for e in roles(text.upper(), nlp, "1989-03-29")]
    assert got == ([] if place is None else [place])


def test_where_a_building_stands_is_a_place_whatever_the_model_makes_of_the_name(nlp):
    text = (
        "ON 27 MARCH, FROM 1710 TO 2250, THE POLICE BASE IN UCHIZA, MARISCAL CACERES PROVINCE, SAN MARTIN "
        "DEPARTMENT, WAS ATTACKED BY ARMED NARCOTERRORISTS."
    )
    (event,) = roles(text, nlp, "1989-03-29")
    assert [p.split(",")[0] for p in event["place"]] == ["Uchiza"]


def test_attacking_a_virus_is_no_attack(nlp):
    text = "It is the first thing you should do because it allows for the allocation of resources to attack the virus."
    assert roles(text, nlp) == []


@pytest.mark.parametrize(
    ("text", "perp"),
    [
        # captors let their captives go
        (
            "Colombian guerrillas today released three Brazilian engineers who were kidnapped a month ago in Bogota.",
            {"Colombian guerrillas"},
        ),
        # troops who release them are not the kidnappers
        ("Troops released three engineers who were kidnapped last month in Bogota.", set()),
    ],
)
def test_who_releases_the_kidnapped(nlp, text: str, perp: set):
    assert [e["perpetrator"] for e in roles(text, nlp)] == [perp]


@pytest.mark.parametrize(
    ("text", "perp", "target"),
    [
        # a city can be bombarded, though its ending reads abstract
        ("Russian and Syrian government planes began bombarding the city in September.", {"Russia", "Syria"}, {"city"}),
        # whose aircraft carried out the attacks did them
        (
            "In recent days, Russian and Syrian aircraft have carried out attacks, mainly in Aleppo, using "
            "bunker-busting bombs.",
            {"Russia", "Syria"},
            set(),
        ),
    ],
)
def test_cities_bombarded_and_aircraft_owners(nlp, text: str, perp: set, target: set):
    assert [(e["perpetrator"], e["target"]) for e in roles(text, nlp, "2016-10-10")] == [(perp, target)]


def test_a_bomb_planted_near_a_building_targets_it_and_the_embassy_stays_abroad(nlp):
    text = "LA PAZ, 21 MAR 89 (EFE) -- [TEXT] A BOMB PLANTED NEAR THE U.S. EMBASSY IN THIS CAPITAL WAS DEFUSED TODAY."
    assert [(e["target"], e["place"]) for e in roles(text, nlp, "1989-03-21")] == [({"U.S. Embassy"}, {"Bolivia"})]


def test_a_second_victim_the_parse_joined_to_the_murder_is_a_victim(nlp):
    text = (
        "The ruling party condemned the murder of presidency minister Antonio Rodriguez Porth and two of his "
        "bodyguards perpetrated by presumed guerrillas."
    )
    assert [e["target"] for e in roles(text, nlp)] == [{"Antonio Rodriguez Porth", "his bodyguards"}]


@pytest.mark.parametrize(
    ("text", "perp", "target", "place"),
    [
        ("The stabbing of a teacher in Arras shocked France.", set(), {"teacher"}, {"Arras"}),
        (
            "The poisoning of the opposition leader Alexei Navalny in Tomsk was ordered by the Kremlin.",
            {"Russia"},
            {"Alexei Navalny"},
            {"Tomsk"},
        ),
        ("The militants decapitated a soldier in Raqqa.", {"militants"}, {"soldier"}, {"Ar Raqqah"}),
    ],
)
def test_stabbing_poisoning_and_beheading_are_killings(nlp, text: str, perp: set, target: set, place: set):
    (e,) = roles(text, nlp)
    assert (e["subtype"], e["perpetrator"], e["target"], e["place"]) == ("killing", perp, target, place)


def test_a_bystander_named_beside_the_victims_is_no_victim(nlp):
    text = (
        "Ochoa praised the decision of President Alfredo Cristiani to admit that soldiers massacred six Jesuit priests."
    )
    (e,) = roles(text, nlp)
    assert (e["perpetrator"], e["target"]) == ({"soldiers"}, {"Jesuit priests"})


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "The strong explosion caused minor damage to nearby houses and to vehicles parked in the area.",
            {"nearby houses", "vehicles"},
        ),
        ("A bomb exploded in Lima, causing heavy damage to the bank.", {"bank"}),
    ],
)
def test_what_an_explosion_caused_damage_to_was_hit(nlp, text: str, target: set):
    (e,) = roles(text, nlp)
    assert e["target"] == target


def test_detained_over_a_killing_is_an_accusation(nlp):
    (e,) = roles("Two suspects were detained over the killing of the journalist in Karachi.", nlp)
    assert (e["perpetrator"], e["accused"], e["target"]) == (set(), {"suspects"}, {"journalist"})


def test_a_named_alley_is_the_place(nlp):
    (e,) = roles("A bomb exploded in a Pilmaiquen alley, destroying windows and water pipes.", nlp)
    assert (e["place"], e["target"]) == ({"Pilmaiquen alley"}, {"water pipes"})


def test_the_shooting_of_someone_names_the_victim(nlp):
    (e,) = roles("A grand jury declined to indict officer Timothy Loehmann for the fatal shooting of Tamir Rice.", nlp)
    assert e["target"] == {"Tamir Rice"}


def test_a_perpetrator_told_twice_keeps_its_surest_reading(nlp):
    r = extract_article(Article(id="t", text="The Kremlin launched its air strikes on Aleppo.", date="2016-07-01"), nlp)
    (perp,) = [rel for rel in r.relations if rel.kind == "perpetrator"]
    assert (perp.mention.text, perp.rule) == ("The Kremlin", "light-verb-subject")


def test_a_deeds_by_hung_on_an_active_verb(nlp):
    text = (
        "In the past year, we have seen two mass shootings — in San Bernardino and Orlando — by self-radicalized"
        " terrorists."
    )
    assert roles(text, nlp)[0]["perpetrator"] == {"self-radicalized terrorists"}


def test_who_denies_responsibility_and_blames_another_accuses_it(nlp):
    text = (
        "A bomb exploded at the Fenastras headquarters. The Armed Forces Press Committee, COPREFA, denied any"
        " responsibility for the attack and, instead, blamed the FMLN."
    )
    (e,) = roles(text, nlp)
    assert (e["perpetrator"], e["accused"]) == (set(), {"Farabundo Marti National Liberation Front"})


def test_a_thing_that_connects_places_accuses_no_one(nlp):
    text = (
        "GUERRILLAS DYNAMITED THE CANO LIMON OIL PIPELINE ON SUNDAY. THIS OIL PIPELINE CONNECTS VASCONIA IN THE"
        " NORTHERN PART OF THE COUNTRY WITH THE LINE THAT GOES TO BARRANCABERMEJA IN CENTRAL COLOMBIA."
    )
    (e,) = roles(text, nlp)
    assert (e["perpetrator"], e["accused"]) == ({"Guerrillas"}, set())


def test_a_report_heading_in_brackets_opens_no_phrase(nlp):
    text = (
        "RIO DE JANEIRO (BRAZIL), 20 APR 89 (REDE GLOBO TELEVISION) -- [TEXT] THREE OFFICIALS OF BRASPETRO [BRAZILIAN"
        " PETROLEUM CORPORATION INTERNATIONAL, INC.] HAVE BEEN KIDNAPPED BY A GROUP OF GUERRILLAS IN COLOMBIA."
    )
    r = extract_article(Article(id="t", text=text, date="1989-06-09"), nlp)
    (victim,) = [rel for rel in r.relations if rel.kind == "target"]
    assert victim.mention.text == "THREE OFFICIALS OF BRASPETRO"


@pytest.mark.parametrize(
    ("text", "attack"),
    [
        ("Judges lifted the strike they began on 17 August.", False),
        ("The judges staged a strike on Monday.", False),
        ("Israeli pilots carried out a strike on Gaza.", True),
    ],
)
def test_a_strike_workers_call_or_lift_is_no_attack(nlp, text: str, attack: bool):
    assert bool(roles(text, nlp)) == attack


def test_where_a_participant_trained_is_not_where_the_deed_was(nlp):
    text = "The armed forces said that Rodriguez Porth was killed by an FMLN commando trained in Nicaragua."
    r = extract_article(Article(id="t", text=text, date="1990-01-03"), nlp)
    # read in the sentence, Nicaragua would be where he was killed; only the text's one country is left for that
    assert [rel.rule for rel in r.relations if rel.kind == "place"] == ["document-country"]


def test_a_name_after_a_persons_title_is_no_place(nlp):
    (e,) = roles("FATHER CORO STATED THAT THE SOLDIERS HAD KILLED AN INNOCENT YOUNG MAN WHO WAS AN HONOR STUDENT.", nlp)
    assert (e["perpetrator"], e["place"]) == ({"soldiers"}, set())


def test_residents_of_a_place_tell_where_not_whom(nlp):
    (e,) = roles("They point to the killing of three elderly residents of Talish, a village in northern Karabakh.", nlp)
    assert (e["target"], e["place"]) == ({"elderly residents"}, {"Talish"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count of projectiles plays their part: "fired dozens of rockets at X"
        (
            "Militants fired dozens of rockets at the town of Sderot on Monday.",
            [("shelling", {"Militants"}, set(), {"Sderot"})],
        ),
        # a plural noun for people opening a sentence is no name the model may take for a place,
        # and where hostages were taken from is the place
        (
            "Gunmen abducted 287 students from a school in Kuriga, Kaduna state, on Thursday.",
            [("kidnapping", {"Gunmen"}, {"students"}, {"Kuriga"})],
        ),
        # a place the model read as a nationality after "in"
        (
            "Two soldiers were killed when their vehicle struck a roadside bomb in Kidal, the army said.",
            [("bombing", set(), {"soldiers"}, {"Kidal"})],
        ),
        # the deed another answers is an event of its own, and an owner's name on what was hit
        # ("an Israeli military base") is no one who acted
        (
            "Hezbollah said it launched dozens of rockets at an Israeli military base in response to the killing "
            "of one of its commanders.",
            [
                ("shelling", {"Hezbollah"}, {"Israeli military base"}, set()),
                ("killing", set(), {"its commanders"}, set()),
            ],
        ),
    ],
)
def test_counts_answers_and_names_the_model_misreads(nlp, text: str, expected: list):
    got = attacks(text, nlp)
    assert sorted(got, key=str) == sorted(expected, key=str)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # armed people named after their group act for it
        (
            "Boko Haram fighters killed 37 villagers in an overnight raid in Borno state, a local official said.",
            {("Boko Haram", "reported")},
        ),
        # a junta is a body that acts
        (
            "Myanmar's military junta bombed a camp for displaced people in Kachin state, killing 29 people.",
            {("Myanmar Armed Forces", "reported")},
        ),
    ],
)
def test_groups_named_by_their_members_and_bodies(nlp, text: str, found: set):
    assert set(perpetrators(text, nlp)) == found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two verbs share the object told after the second
        (
            "The army was bombarding and starving people in the besieged town of Madaya.",
            [("shelling", {"army"}, {"people"}, {"Madaya"})],
        ),
        # a participle clause the parse hangs on a noun of the clause keeps the clause's subject
        (
            "The government has taken back a number of areas with starve-or-surrender tactics, bombarding and "
            "starving people until they agree to leave.",
            [("shelling", {"government"}, {"people"}, set())],
        ),
        # a main verb the parse reads as a participle of its subject: it takes an object, so it is active
        ("Russian aircraft bombed Aleppo on Tuesday.", [("airstrike", {"Russia"}, set(), {"Aleppo"})]),
        # a headline leaves out the passive's auxiliary
        ("Soldiers killed in an ambush near Kandahar.", [("attack", set(), {"Soldiers"}, {"Kandahar"})]),
        # ... but a time is no attack: the killers stay the subject
        (
            "Mercenaries of that criminal organization assassinated in less than 48 hours three officials.",
            [("killing", {"Mercenaries"}, {"officials"}, set())],
        ),
        # a verb of a list the parse hangs on the object before it as a participle: it takes an object
        (
            "The UK has flown over 870 missions, conducted over 265 bombing raids on ISIL targets in Iraq, and is "
            "now training 125 soldiers.",
            [("bombing", {"United Kingdom"}, {"Islamic State"}, {"Iraq"})],
        ),
        # a verb the parse hangs on its subject as a conjunct is the sentence's; the deed told of its
        # victim in a relative clause is another deed
        (
            "Israeli soldiers on Saturday shot and killed a Hamas militant whom the military said was responsible "
            "for a rocket attack that killed two Israeli preschoolers last week.",
            [
                ("killing", {"Israeli soldiers"}, {"Hamas"}, {"Israel"}),
                ("shelling", set(), {"Israeli preschoolers"}, {"Israel"}),
            ],
        ),
        # a group named as the owner of what the strikes also hit did not strike
        (
            "Five airstrikes near Mosul hit a tunnel and two bridges and suppressed three ISIL tactical units, a "
            "spokesman said.",
            [("airstrike", set(), {"bridges", "tunnel"}, {"Mosul"})],
        ),
    ],
)
def test_shared_objects_and_misread_main_verbs(nlp, text: str, expected: list):
    got = attacks(text, nlp)
    assert sorted(got, key=str) == sorted(expected, key=str)


def protests(text: str, nlp) -> list[tuple[set, set, set]]:
    """Each protest event of ``text`` as (participants, what is protested, places)."""
    r = extract_article(Article(id="t", text=text, date="2024-03-10"), nlp)
    names = {a.id: a.label for a in r.actors} | {p.id: p.label for p in r.places}
    out = []
    for e in r.events:
        if e.type == "protest":
            got: dict[str, set] = {"participant": set(), "target": set(), "place": set()}
            for rel in r.relations:
                if rel.source == e.id and rel.kind in got:
                    got[rel.kind].add(names[rel.target])
            out.append((got["participant"], got["target"], got["place"]))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a march of protesters, and the streets they took to
        (
            "Thousands of protesters marched through Tbilisi on Sunday against the foreign agents law.",
            [({"protesters"}, set(), {"Tbilisi"})],
        ),
        (
            "Tens of thousands took to the streets of Tel Aviv on Saturday.",
            [({"Tens of thousands"}, set(), {"Tel Aviv"})],
        ),
        # taking to the streets to protest is one protest; what they did it by tells where
        (
            "Thousands of people took to the streets in Caracas to protest the election result.",
            [({"people"}, {"election result"}, {"Caracas"})],
        ),
        (
            "Hundreds of farmers blocked roads in Brussels to protest EU policies.",
            [({"farmers"}, {"EU policies"}, {"Brussels"})],
        ),
        # a deed done "in protest" is the protest, by those who did it, where they did it
        (
            "Farmers blocked roads across France on Monday in protest against low prices.",
            [({"Farmers"}, {"low prices"}, {"France"})],
        ),
        # a sit-in, a word the tokenizer splits at its hyphen
        ("Students staged a sit-in in Paris on Monday.", [({"Students"}, set(), {"Paris"})]),
        # troops marching and stocks rallying are no protest
        ("Troops marched into the town of Bucha.", []),
        ("Stocks rallied on Wall Street on Friday.", []),
        # a crowd told by its number marches; a place the parse read as an object is where they rallied
        ("Thousands marched in Nairobi against new taxes.", [({"Thousands"}, {"new taxes"}, {"Nairobi"})]),
        ("Hundreds rallied outside parliament in Tbilisi on Sunday.", [({"Hundreds"}, set(), {"Tbilisi"})]),
        # protesters who besiege a building protest there, and what they chant is no target
        (
            "Several thousand protesters besieged parliament in Kyiv and chanted slogans.",
            [({"protesters"}, {"parliament"}, {"Kyiv"})],
        ),
    ],
)
def test_marches_and_streets_are_protests(nlp, text: str, expected: list):
    assert protests(text, nlp) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title the text opens with ("Title. Body", as feeds give it) tells the body's event
        (
            "Large Explosion Heard in Central Baghdad (Reuters). Reuters - A large blast was heard in central "
            "Baghdad on Thursday, witnesses said.",
            [("bombing", set(), set(), {"Baghdad"})],
        ),
        # and is read in its usual casing: "Saboteurs Blow" is no name
        (
            "Saboteurs Blow Up Oil Pipeline in Iraq (AP). AP - Saboteurs blew up a pipeline in southern Iraq on "
            "Sunday.",
            [("bombing", {"Saboteurs"}, {"oil pipeline"}, {"Iraq"})],
        ),
        # a headline in sentence case opening a feed item is the body's event too
        (
            "Bomb kills one in southern Thailand. A bomb has exploded in southern Thailand, killing one person "
            "and injuring about 20.",
            [("bombing", set(), {"person"}, {"Thailand"})],
        ),
        # a headline telling the kind less closely ("Kill"), and doers told once in full, once bare
        (
            "Israeli Troops Kill Two Palestinians in Gaza (Reuters). Reuters - Israeli troops shot and killed two "
            "Palestinians on Monday near the border fence in the southern Gaza Strip, a military source said.",
            [("shooting", {"Israel Defense Forces"}, {"Palestinians"}, {"Gaza Strip"})],
        ),
        (
            "US hostage killed by Iraqi captors. A US hostage being held with Briton Ken Bigley has been killed "
            "by his captors.",
            [("killing", {"Iraqi captors", "his captors"}, {"US hostage"}, set())],
        ),
        # a nationality the model left unnamed is seized as people are; "snatched" is a kidnapping, and a
        # spaced dash ends the dateline before a phrase ("Reuters - Three British nationals")
        (
            "Gunmen Seize Three Britons in Baghdad (Reuters). Reuters - Three British nationals were snatched "
            "by gunmen from a house in central Baghdad early on Thursday.",
            [("kidnapping", {"Gunmen"}, {"Britons", "British nationals"}, {"Baghdad"})],
        ),
        # what is fired is the means; whom it is fired at is the target (tear gas is no attack: see
        # test_protests_told_by_what_protesters_and_police_do)
        (
            "Police fired live rounds at demonstrators in Nairobi.",
            [("shooting", {"Police"}, {"demonstrators"}, {"Nairobi"})],
        ),
        (
            "An air force member fired at photographers Roberto Navas and Luis Galdamez in San Salvador.",
            [("shooting", {"air force member"}, {"photographers", "Roberto Navas", "Luis Galdamez"}, {"San Salvador"})],
        ),
        # a participle tagged as a past tense, between dashes
        (
            "Five people were killed on 11 December in an attack on the Christmas market in Strasbourg, eastern "
            "France. The alleged killer, Chérif Chekatt – shot dead by police – had pledged allegiance to Islamic "
            "State.",
            [
                ("attack", set(), {"people", "Christmas market"}, {"Strasbourg"}),
                ("shooting", {"police"}, {"Chérif Chekatt"}, set()),
            ],
        ),
    ],
)
def test_feed_titles_aims_and_dashed_participles(nlp, text: str, expected: list):
    got = attacks(text, nlp)
    assert got == expected


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a headline and the body restate one toll
        (
            "Blast kills seven US Marines in Iraq. A massive car bomb exploded on the outskirts of the Iraqi city "
            "of Fallujah, killing seven United States Marines and wounding several others.",
            7,
        ),
        # the dead one sentence counts are added
        ("Gunmen killed three police officers and two civilians in Kandahar.", 5),
    ],
)
def test_a_restated_toll_is_counted_once(nlp, text: str, killed: int):
    r = extract_article(Article(id="t", text=text, date="2004-09-06"), nlp)
    assert [e.killed for e in r.events if e.type == "attack"] == [killed]


@pytest.mark.parametrize(
    "text",
    [
        "Abbas Escapes Gaza Shooting Unharmed (AP). AP - Mahmoud Abbas escaped unharmed Sunday when militants "
        "firing assault rifles burst into a mourning tent, killing two security guards.",
        # the usual case, which already held: the agency after the place name
        "Gunmen Kill Two Policemen in Mosul (Reuters). Reuters - Gunmen killed two policemen in Mosul on Monday.",
    ],
)
def test_a_credited_news_agency_is_no_participant(nlp, text: str):
    found = set().union(*(e["perpetrator"] | e["target"] | e["place"] for e in roles(text, nlp)))
    assert found and not found & {"AP", "Reuters", "Associated Press"}


def test_a_group_named_after_an_animal_still_attacks(nlp):
    got = [
        (e["perpetrator"], e["target"]) for e in roles("Two soldiers were killed by the Tamil Tigers in Jaffna.", nlp)
    ]
    assert got == [({"Liberation Tigers of Tamil Eelam"}, {"soldiers"})]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deed told as a span of time before or after another is another deed
        (
            "The army attacked the town two days after the bombing of the embassy.",
            [("attack", {"town"}), ("bombing", {"embassy"})],
        ),
        (
            "Gunmen killed a judge in Medellin on Monday, a week after a bomb exploded outside his office.",
            [("killing", {"judge"}), ("bombing", {"his office"})],
        ),
    ],
)
def test_deeds_a_span_of_time_apart_are_two(nlp, text: str, expected: list):
    got = [(e["subtype"], e["target"]) for e in roles(text, nlp)]
    assert sorted(got, key=str) == sorted(expected, key=str)


@pytest.mark.parametrize(
    "text",
    [
        # an attack of illness
        "Funk singer Rick James died last month from a heart attack, the coroner said.",
        "The minister suffered a panic attack during the debate.",
        # a threat of a bomb is a threat: no bombing took place
        "A flight from Frankfurt was diverted to Manchester after a bomb threat on Monday.",
        # an attack awaited is not made
        "British troops moved north to free up US troops for a widely expected attack on Falluja.",
        "A large US assault on the city is expected.",
        # run over by a vehicle nobody drove at anyone
        "A French protester was struck and killed by a train transporting nuclear waste.",
        # what blows up by accident, and a storm's strike
        "Five miners were killed by a gas explosion in a coal mine in Siberia.",
        "Jamaican forces searched for fishermen missing after Hurricane Ivan's strike on the island.",
        # a call for attacks is none made, nor is one a man is a target for
        "An audio tape purportedly released by Osama bin Laden's deputy calls for attacks on U.S. and British "
        "interests everywhere, according to a broadcast Friday by Al-Jazeera television.",
        "Chechnya's pro-Kremlin leader was sworn in as president of the turbulent Russian region Tuesday and "
        "acknowledged immediately he was a prime target for assassination by separatists.",
        # an animal's attack, and a word of a compound modifier
        "A great white shark attacked and killed an elderly woman off a beach near Cape Town.",
        "A shoot-on-sight curfew imposed to prevent riots entered its third day.",
        # an accident told before a chain of its harms
        "The ferry capsized on the Meghna river, trapping hundreds of passengers and killing at least 40 people.",
        # a flood the parse read as modified by its verb, a coal mine's blast
        "China's Sichuan province faced epidemics after the worst flooding in a century killed at least 172 people.",
        "A coal mine explosion in northern China killed 33 people in the latest disaster to strike the industry.",
        "At least five miners were killed and 14 injured in a blast in a coal mine in Russia's Siberia, the "
        "Emergencies Ministry said on Thursday.",
        "An explosion at a fireworks factory killed 12 people in Mexico.",
        # a house fire, and a force riddled with problems
        "A mother and her seven children were killed when fire tore through their home.",
        "The country's police forces are riddled with problems.",
        # deeds vowed or threatened through a light verb, and a threat to launch them
        "Hamas vowed to carry out suicide bombings in Israel.",
        "Rwanda threatened to launch military strikes in Congo.",
        "Rwanda's threat to launch military strikes in Democratic Republic of Congo would be motivated by the "
        "abundant mineral wealth in its giant western neighbour, a Congolese diplomat said.",
        # a headline that drops the "in" before a crash
        "At Least 24 Killed Morocco Bush Crash (AP). AP - A bus, truck and taxi collided in a mountainous region of "
        "western Morocco Saturday, killing 24 people and injuring about 20 others.",
        # a crash's toll the parse hung on what the bus collided with
        "Greek School Bus Crash Kills Seven, Injures 24.  KAMMENA VOURLA, Greece (Reuters) - A bus carrying school  "
        "students and teachers to the Athens Paralympic Games collided  with a truck in central Greece on Monday "
        "killing at least seven  people and injuring 24, officials said.",
        # a deed refused, and a clash a decision would lead to
        "Soldiers face death after refusing to bomb Darfur.",
        "The decision would eventually lead to a clash between the two armies.",
        # a building that collapsed
        "Morocco mosque collapse kills 10. A house collapses onto a mosque in north-eastern Morocco, killing 10 "
        "people and injuring five others.",
        # a headline's deed the body tells as an accident or a storm's
        "China Mine Blast Kills 56. BEIJING (Reuters) - A gas explosion in a crowded coal mine in China killed at "
        "least 56 people, Xinhua news agency said on Thursday.",
        "Jeanne Heads for Bahamas After Killing 3. SAMANA, Dominican Republic - Tropical Storm Jeanne headed for "
        "the Bahamas after killing three people in the Caribbean.",
    ],
)
def test_illness_threats_awaited_attacks_and_accidents_are_no_attacks(nlp, text: str):
    assert roles(text, nlp) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # guards: a bomb attack, a plan carried out, a truck driven at a crowd and a threat's threat event
        ("Rebels killed two soldiers in a bomb attack.", [("bombing", {"Rebels"}, {"soldiers"}, set())]),
        (
            "Eighty people were killed in Nice by a truck driven into the crowd.",
            [("killing", set(), {"people"}, {"Nice"})],
        ),
        # a dateline's spaced dash ends the name the model ran over it, and the subject after it acts
        (
            "BAGHDAD, IRAQ - Insurgents attacked a police station in Baghdad on Saturday.",
            [("attack", {"Insurgents"}, {"police station"}, {"Baghdad"})],
        ),
        (
            "KABUL, Afghanistan - Taliban fighters killed three soldiers in Helmand.",
            [("killing", {"Taliban"}, {"soldiers"}, {"Helmand"})],
        ),
        # killed by a nation's fire or shelling: one deed, the nation's (the parse split "Russian | shelling")
        (
            "Two children were killed by Russian shelling in Kharkiv.",
            [("shelling", {"Russia"}, {"children"}, {"Kharkiv"})],
        ),
        (
            "Five civilians were killed by Israeli shelling in Gaza.",
            [("shelling", {"Israel"}, {"civilians"}, {"Gaza Strip"})],
        ),
        (
            "Three Egyptian policemen were killed overnight by Israeli tank fire on the border.",
            [("killing", {"Israel"}, {"Egyptian policemen"}, set())],
        ),
        # a headline's "shot dead" without an object is a passive; near a bridge is where, not whom
        (
            "Two Britons shot dead near death railway bridge (AFP). AFP - Two Britons were shot dead by unknown "
            "gunmen near the famous Bridge over the River Kwai in western Thailand, police said.",
            [("shooting", {"unknown gunmen"}, {"Britons"}, {"Thailand"})],
        ),
        # a mine's blast on patrol is a bombing; a landmine that kills is what killed, not who
        (
            "A mine explosion killed two soldiers on patrol near Kandahar.",
            [("bombing", set(), {"soldiers"}, {"Kandahar"})],
        ),
        (
            "Landmine kills Darfur aid workers. Two aid workers are killed in Sudan's Darfur region after their "
            "vehicle hit a landmine.",
            [("attack", set(), {"aid workers", "Darfur aid workers"}, {"Darfur"})],
        ),
        # a building in a headline attacks no one: it was attacked
        (
            "National Guard HQ attacked near Baghdad. A mortar attack on an Iraqi National Guard headquarters north "
            "of Baghdad killed at least four National Guards, officials said Tuesday.",
            [
                (
                    "shelling",
                    set(),
                    {"Iraqi National Guard headquarters", "National Guards", "National Guard HQ"},
                    {"Baghdad"},
                )
            ],
        ),
        # a country named before the attack noun is where it was when its places lie there; a country
        # attacking elsewhere, and a demonym, made it
        (
            "Two U.S. Soldiers Killed in Iraq Bombings (AP). AP - Two American soldiers were killed in separate "
            "bombings in Baghdad, the U.S. military said Thursday.",
            [("bombing", set(), {"American soldiers", "U.S. Soldiers"}, {"Baghdad", "Iraq"})],
        ),
        ("Israel attack kills five in Gaza.", [("attack", {"Israel"}, set(), {"Gaza Strip"})]),
        ("An Iraqi attack killed five in Baghdad.", [("attack", {"Iraq"}, set(), {"Baghdad"})]),
        # a bomb's blast at a factory is a bombing
        (
            "A bomb blast at a factory in Karachi killed four workers.",
            [("bombing", set(), {"factory", "workers"}, {"Karachi"})],
        ),
        # a blow struck back answers the deed told after it: two deeds
        (
            "Israel's army struck back after a rocket attack killed two Israeli children in a border town.",
            [("attack", {"Israel's army"}, set(), {"Israel"}), ("shelling", set(), {"Israeli children"}, {"Israel"})],
        ),
        # ... and so does a deed one responds by: the responder did it
        (
            "Hamas fighters killed three soldiers in an ambush near Rafah on Monday. The army responded by "
            "shelling Khan Younis.",
            [("attack", {"Hamas"}, {"soldiers"}, {"Rafah"}), ("shelling", {"army"}, {"Khan Younis"}, set())],
        ),
        # who underwent the deed a participle tells of is the noun it modifies
        (
            "The murdered journalist had written about corruption in Mexico.",
            [("killing", set(), {"journalist"}, {"Mexico"})],
        ),
        # harm one does oneself is no attack; a bomber who blows himself up bombs
        (
            "A gunman shot himself after killing two guards in Moscow.",
            [("killing", {"gunman"}, {"guards"}, {"Moscow"})],
        ),
        (
            "The suicide bomber blew himself up in a market in Baghdad.",
            [("bombing", {"suicide bomber"}, {"market"}, {"Baghdad"})],
        ),
        # a headline's "gunned down" without an object is a passive
        (
            "Colombia militant gunned down. A top leader of Colombia's right-wing paramilitaries has been "
            "assassinated, throwing into further doubt the peace process.",
            [
                (
                    "shooting",
                    set(),
                    {"top leader of Colombia's right-wing paramilitaries", "Colombia militant"},
                    {"Colombia"},
                )
            ],
        ),
        # "they" stands for the plural subject of the clause it hangs on, not for the speaker
        (
            "Peru's interior minister said Wednesday that police acted in self-defense when they killed three coca "
            "farmers.",
            [("killing", {"police"}, {"coca farmers"}, {"Peru"})],
        ),
        # an assassinated leader's death is his own deed, not the bombing's
        (
            "At least 37 people were killed when a car bomb exploded at a rally to commemorate an assassinated "
            "religious leader in the Pakistani city of Multan on Thursday, police said.",
            [
                ("bombing", set(), {"people"}, {"Multan"}),
                ("killing", set(), {"religious leader"}, {"Multan"}),
            ],
        ),
        # riddled with bullets is a shooting; a string of bomb blasts is one bombing
        (
            "Gunmen riddled the car with bullets in Mosul.",
            [("shooting", {"Gunmen"}, {"car"}, {"Mosul"})],
        ),
        (
            "A string of powerful bomb blasts rocked Nagaland on Saturday, killing at least 19 people.",
            [("bombing", set(), {"people"}, {"Nagaland"})],
        ),
        # a deed told in a gerund after the main clause is its subject's, and "him" the one interrogated;
        # the hotel is where, not whom
        (
            "Iraqi militants interrogated an Australian journalist for 20 hours after kidnapping him outside a hotel.",
            [("kidnapping", {"Iraqi militants"}, {"Australian journalist"}, set())],
        ),
        # a dateline of a place and its region stands apart: its region is no subject of the story
        (
            "KABUL, Afghanistan - A Taliban suicide fighter killed himself and wounded at least seven others in Kabul.",
            [("attack", {"Taliban suicide fighter"}, {"others"}, {"Kabul"})],
        ),
    ],
)
def test_datelines_and_the_attacks_beside_the_exceptions(nlp, text: str, expected: list):
    assert attacks(text, nlp) == expected


@pytest.mark.parametrize(
    ("text", "threats"),
    [
        ("The province faced the threat of epidemics after the flooding.", 0),
        ("Hamas issued a threat of retaliation against Israel.", 1),
    ],
)
def test_a_threat_needs_someone_who_may_carry_it_out(nlp, text: str, threats: int):
    r = extract_article(Article(id="t", text=text, date="2024-03-10"), nlp)
    assert sum(e.type == "threat" for e in r.events) == threats


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name outside the relative clause that tells the deed is no one it was done to
        (
            "Uday learned the trade of terror from Saddam, who took him to tour the prisons where his regime "
            "tortured and killed in secret.",
            [("killing", {"his regime"}, set(), set())],
        ),
        (
            "Hillary Clinton had just been cleared by the FBI, but Trump chose the moment to heap praise on a "
            "dictator who gassed and tortured by the millions.",
            [],
        ),
        # ... unless the clause tells whose it was: the owner's names are the victims
        (
            "The victims, whose bodies showed signs of having been tortured, were identified as Silvia Azurdia "
            "and Victor Rodriguez.",
            [("killing", set(), {"Silvia Azurdia", "Victor Rodriguez"}, set())],
        ),
    ],
)
def test_a_name_outside_the_relative_clause_of_a_deed_is_no_victim(nlp, text: str, expected: list):
    assert attacks(text, nlp) == expected


def test_a_capitalised_attack_noun_the_tagger_read_as_an_adjective_is_the_attack_not_its_agent(nlp):
    text = (
        "Skirmish outside Gaza camp kills 5. Palestinian gunmen and Israeli troops fought pitched battles on "
        "Thursday on the outskirts of the camp."
    )
    events = attacks(text, nlp)
    assert [(sub, perp) for sub, perp, _, _ in events] == [
        ("shooting", {"Israel Defense Forces", "Palestinian gunmen"})
    ]


def test_a_headline_passive_ending_its_clause_and_a_country_s_assassination(nlp):
    """ "Governor Assassinated;" is a passive (who kills kills someone); "Iraq's assassination" is
    where it was; the deed the parse hangs on the victim ("killed the governor in ... assassination")
    is the killing; the headline's bombing is the suicide bomber's."""
    text = (
        "Baghdad Governor Assassinated; Bombing Kills 10. BAGHDAD (Reuters) - Gunmen killed the Baghdad governor "
        "in Iraq's highest-profile assassination in eight months and a suicide bomber killed 10 people near the "
        "Green Zone on Tuesday."
    )
    events = attacks(text, nlp)
    assert [(sub, perp, target) for sub, perp, target, _ in events] == [
        ("killing", {"Gunmen"}, {"Baghdad governor"}),
        ("bombing", {"suicide bomber"}, {"people"}),
    ]
    assert "Iraq" in events[0][3]


def test_a_victim_shot_in_a_headline_with_no_object_is_shot(nlp):
    text = (
        "Israel suspends soldier after girl shot 15 times. GAZA CITY -- The Israeli army yesterday suspended a "
        "platoon commander."
    )
    assert [(sub, perp, target) for sub, perp, target, _ in attacks(text, nlp)] == [("shooting", set(), {"girl"})]


def test_holding_hostages_is_a_kidnapping_and_a_deadline_for_a_beheading_is_none(nlp):
    text = (
        "Militants holding three UN workers hostage in Afghanistan have offered to consider extending a three-day "
        "deadline for their beheading."
    )
    assert [(sub, place) for sub, _, _, place in attacks(text, nlp)] == [("kidnapping", {"Afghanistan"})]


def test_the_headline_is_the_body_deed_that_names_what_it_hit(nlp):
    """The headline joins the telling that names the same vehicle, not the first death told;
    whoever died "and" was hurt in the attack is its victim."""
    text = (
        "Attack on UN vehicle kills one in southern Afghanistan. KANDAHAR, Afghanistan : An Afghan man died and "
        "five people were hurt in a bomb attack on a UN vehicle in Afghanistan, officials said, in the second deadly "
        "blast in a week as the country prepares for next month's polls."
    )
    assert [(sub, target) for sub, _, target, _ in attacks(text, nlp)] == [
        ("bombing", {"Afghan man", "people", "UN vehicle"})
    ]


def test_a_toll_in_one_of_the_deadliest_strikes_since_a_war_began_is_the_strike(nlp):
    """ "Killing X and wounding Y" is one deed's toll; "the deadliest airstrikes since fighting broke
    out four years ago" neither makes it a tally nor dates it four years back."""
    text = (
        "14 Palestinian Militants Killed in Gaza. GAZA CITY, Gaza Strip Sept. 7, 2004 - Israeli helicopters "
        "attacked a Hamas training camp early Tuesday, killing at least 14 militants and wounding 30 others in one "
        "of the deadliest airstrikes since fighting broke out four years ago."
    )
    (event,) = roles(text, nlp, "2004-09-07")
    assert (event["subtype"], event["perpetrator"], event["place"], event["date"]) == (
        "airstrike",
        {"Israel"},
        {"Gaza Strip"},
        "2004-09-07",
    )
    assert {"Hamas training camp", "militants", "others"} <= event["target"]


def test_a_participle_joined_to_a_relative_clause_is_the_sentence_subjects_deed(nlp):
    """ "Arresting a leader held responsible for a bombing that killed 16 and killing two militants in
    Gaza air strikes": the killing is Israel's, in the air strikes, not the bombing's; the agency
    credited in the headline is no name of the militants."""
    text = (
        "Israel Arrests Bombing Suspect, Kills 4 Militants (Reuters). Reuters - Israel dealt a double blow to the "
        "Palestinian Islamic group Hamas on Wednesday, arresting a West Bank leader held responsible for a twin "
        "suicide bus bombing that killed 16 and killing two militants in Gaza air strikes."
    )
    events = attacks(text, nlp)
    assert ("airstrike", {"Israel"}, {"militants"}, {"Gaza Strip"}) in events
    assert all("Reuters" not in target for _, _, target, _ in events)


def test_a_kidnapping_told_beside_a_bombing_is_another_deed(nlp):
    """The headline's hostages are the body's kidnapped drivers, not the bombing's victims."""
    text = (
        "Five killed in suicide car bombing, three taken hostage in Iraq. Violence raged on in Iraq on Friday, with "
        "five Iraqis killed in a suicide car bombing in Baghdad and three more Turkish drivers reportedly kidnapped."
    )
    events = attacks(text, nlp)
    assert [sub for sub, *_ in events] == ["bombing", "kidnapping"]
    assert events[1][2] == {"more Turkish drivers"}


def test_the_people_a_participle_tells_of_do_its_deed(nlp):
    text = "Coalition aircraft struck enemy fighters firing on Iraqi forces near Mosul."
    assert ("shooting", {"enemy fighters"}, {"Iraqi Security Forces"}, {"Mosul"}) in attacks(text, nlp)


def test_a_headline_demonym_killed_is_a_person_not_the_state(nlp):
    text = (
        "Soldiers Kill Palestinian Near Gaza-Israel Fence. Israeli soldiers shot and killed a Palestinian as he "
        "approached a security fence between Israel and the Gaza Strip, Israeli military sources said on Saturday."
    )
    ((_, _, target, _),) = attacks(text, nlp)
    assert target == {"Palestinian"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who is taken hostage with no one else named as the hostage is the hostage
        ("Japanese citizen reportedly taken hostage in Iraq.", [("kidnapping", set(), {"Japanese citizen"}, {"Iraq"})]),
        # people of a nation taken hostage are people, not their state
        ("Militants took two Italians hostage in Baghdad.", [("kidnapping", {"Militants"}, {"Italians"}, {"Baghdad"})]),
        # hostages taken are the hostages
        ("Gunmen took 20 hostages in a school in Beslan.", [("kidnapping", {"Gunmen"}, {"hostages"}, {"Beslan"})]),
    ],
)
def test_hostages_taken(nlp, text: str, expected: list):
    assert attacks(text, nlp) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one day's clashes, told in the plural: both sides, and whom they left dead
        (
            "Clashes between police and rebels left 12 people dead in Kabul.",
            [("shooting", {"police", "rebels"}, {"people"}, {"Kabul"})],
        ),
        (
            "Bloody clashes on Tuesday between US forces and Shia militiamen left more than 46 persons dead across "
            "Iraq.",
            [("shooting", {"US Armed Forces", "Shia militiamen"}, {"persons"}, {"Iraq"})],
        ),
    ],
)
def test_clashes_between_two_sides(nlp, text: str, expected: list):
    assert attacks(text, nlp) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # positions fighters hold are attacked with arms, and the gunship's owner made the attack
        (
            "A U.S. AC-130 gunship attacked Shi'ite militia positions in the holy Iraqi city of Najaf early on Monday.",
            [("airstrike", {"United States"}, {"Shi'ite militia positions"}, {"Najaf"})],
        ),
        # a position on a question is attacked in words
        ("The senator harshly attacked the government's position on Iraq.", []),
        # two nations' forces, coordinated before one noun: both made the assault
        (
            "U.S. and Iraqi forces launched a major assault Friday on Samarra.",
            [("attack", {"United States", "Iraqi Security Forces"}, set(), {"Samarra"})],
        ),
        (
            "British and American troops attacked the town.",
            [("attack", {"United Kingdom", "US Armed Forces"}, {"town"}, set())],
        ),
        # a strike "at" people is aimed at them; at a building it is where
        ("Israel kills 5 in strike at Hamas activist.", [("attack", {"Israel"}, {"Hamas activist"}, set())]),
        ("A rocket attack at the police station killed two.", [("shelling", set(), {"police station"}, set())]),
        # sites seized are taken, not kidnapped; people seized are
        (
            "US and Iraqi troops stormed police stations in Mosul, retaking a number of sites seized last week by "
            "gunmen.",
            [("raid", {"US and Iraqi troops"}, {"police stations"}, {"Mosul"})],
        ),
        (
            "Two journalists seized by gunmen in Baghdad were freed.",
            [("kidnapping", {"gunmen"}, {"journalists"}, {"Baghdad"})],
        ),
        # the kind of a series of attacks is no deed of its own; firefighters battle flames, not foes
        (
            "Oil and gas spilled during recent sabotage attacks on Iraq's southern oil pipelines ignited Sunday and "
            "firefighters battled to douse the flames.",
            [],
        ),
        ("Firefighters fought the blaze for hours in Basra.", []),
        # a country's name before its own strife is no attacker, but where the strife was
        (
            "New Ivory Coast Violence Shatters French Connection. A crowd of armed young men started to attack the "
            "nearby Byblos club.",
            [("attack", {"crowd of armed young men"}, {"nearby Byblos club"}, {"Ivory Coast"})],
        ),
        # more words for people a deed strikes
        ("Gunmen shot dead a photographer in Mosul.", [("shooting", {"Gunmen"}, {"photographer"}, {"Mosul"})]),
        (
            "The violence erupted after the killing of nine French peacekeepers in Bouake.",
            [("killing", set(), {"French peacekeepers"}, {"Bouaké"})],
        ),
        # a nation's convoy is its own, not a place; a city's hotel is in the city, and it was bombed
        (
            "At least three bombs exploded near a US convoy in western Baghdad on Thursday, killing 37 people.",
            [("bombing", set(), {"US convoy", "people"}, {"Baghdad"})],
        ),
        ("The hotel bombing in Jakarta killed 12.", [("bombing", set(), {"hotel"}, {"Jakarta"})]),
        # the one country a feed item names is no place of the attack that country made
        (
            "U.S. Jet Fires at House (AP). AP - An American jet fired a missile at a house on Friday, police said. "
            "At least three people were killed.",
            [("airstrike", {"United States"}, {"house", "people"}, set())],
        ),
    ],
)
def test_positions_coordinated_nations_and_aims(nlp, text: str, expected: list):
    assert attacks(text, nlp) == expected


def test_a_definite_counted_description_of_the_named_victims_is_them(nlp):
    text = (
        "Two reporters, John Baker and Peter Lewis, were shot dead on Wednesday night in Mosul. The Islamic Army "
        "in Iraq claimed responsibility for the murder of these two journalists."
    )
    assert attacks(text, nlp) == [("shooting", {"Islamic Army"}, {"John Baker", "Peter Lewis", "reporters"}, {"Mosul"})]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a death no one is said to have dealt, after an attack, is the attack's toll
        (
            "An American woman and a young Afghan girl died from their wounds after a suicide bomb attack in a busy "
            "shopping street in Kabul.",
            [("bombing", set(), {"American woman", "young Afghan girl"}, {"Kabul"})],
        ),
        ("Five people were injured following a blast in Quetta.", [("bombing", set(), {"people"}, {"Quetta"})]),
        # a killing someone did after an attack is a deed of its own
        (
            "Troops killed five rebels after an ambush on a convoy in Kandahar.",
            [("killing", {"Troops"}, {"rebels"}, {"Kandahar"}), ("attack", set(), {"convoy"}, {"Kandahar"})],
        ),
    ],
)
def test_a_death_after_an_attack_is_its_toll(nlp, text: str, expected: list):
    assert attacks(text, nlp) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a court's sentence carried out, in the headline and the sentence after it
        (
            "Japan executes child killer. Japan has hanged a man convicted of stabbing to death eight elementary "
            "school children in a rampage that shocked the nation.",
            [("killing", set(), {"elementary school children"}, {"Japan"})],
        ),
        ("Militants executed three hostages in Fallujah.", [("killing", {"Militants"}, {"hostages"}, {"Al Fallujah"})]),
        # a proposal shot down by a vote; a helicopter shot down by gunmen
        ("France, Sweden and Belgium shot down a German proposal.", []),
        # a man who shoots his mouth off talks
        ("Mr Downer shoots his mouth off. Just what Alexander Downer was thinking is unclear.", []),
        ("Gunmen shot down a helicopter near Baghdad.", [("shooting", {"Gunmen"}, {"helicopter"}, {"Baghdad"})]),
        # what arms can do, or what one would not dare, is not done
        (
            "Iran Warns Its Missiles Can Hit Anywhere in Israel. TEHRAN (Reuters) - A senior Iranian military "
            "official said Sunday Israel and the United States would not dare attack Iran since it could strike "
            "back anywhere in Israel with its latest missiles.",
            [],
        ),
        # a modal before "but" leaves the deed after it done
        (
            "You can be the ally of the government, but this government is massacring its people.",
            [("killing", {"this government"}, {"its people"}, set())],
        ),
        # a title-case headline whose one common word is its verb
        (
            "Rebels Attack in Central Iraq. American troops struggled to flush the remaining insurgents from Falluja.",
            [("attack", {"Rebels"}, set(), {"Iraq"})],
        ),
    ],
)
def test_sentences_carried_out_motions_shot_down_and_capabilities(nlp, text: str, expected: list):
    assert attacks(text, nlp) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the harm told with what a device did "when" or "as" it went off is that deed's
        ("Five soldiers were killed when a bomb exploded in Kabul.", [("bombing", set(), {"soldiers"}, {"Kabul"})]),
        ("Two soldiers were killed as a bomb exploded in Kabul.", [("bombing", set(), {"soldiers"}, {"Kabul"})]),
        # and an earthquake's is no attack
        ("At least six people are killed as a strong earthquake jolts an island in eastern Indonesia.", []),
        # captors who release someone kidnapped took him
        (
            "Palestinian gunmen released a CNN journalist abducted in Gaza City.",
            [("kidnapping", {"Palestinian gunmen"}, {"CNN journalist"}, {"Gaza"})],
        ),
    ],
)
def test_harm_when_a_device_went_off_and_captors_who_release(nlp, text: str, expected: list):
    assert attacks(text, nlp) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll hung on the light verb is its deed's
        (
            "Myanmar's military junta carried out air strikes on a village in Sagaing, killing dozens.",
            [("airstrike", {"Myanmar Armed Forces"}, set(), {"Sagaing"})],
        ),
        # the owner of the weapon a deed's word names made it
        (
            "A Russian missile strike on a shopping centre in Kremenchuk killed at least 18 people.",
            [("shelling", {"Russia"}, {"shopping centre", "people"}, {"Kremenchuk"})],
        ),
        # every place a participant is said to be in
        (
            "US forces carried out retaliatory strikes against Iranian-backed groups in Iraq and Syria.",
            [("attack", {"US Armed Forces"}, {"Iranian-backed groups"}, {"Iraq", "Syria"})],
        ),
    ],
)
def test_a_toll_on_the_light_verb_the_owner_of_a_named_weapon_and_listed_places(nlp, text: str, expected: list):
    assert attacks(text, nlp) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deed laid on someone in a relative clause is that deed, with its accused
        (
            "The Taliban denied involvement in the blast, which Afghan officials blamed on the Islamic State.",
            [{"perpetrator": set(), "accused": {"Islamic State"}}],
        ),
        # states that accuse each other are no places of the deed
        (
            "Ukraine accused Russia of shelling the Zaporizhzhia nuclear power plant, while Moscow blamed Kyiv.",
            [{"perpetrator": set(), "accused": {"Russia", "Ukraine"}, "place": set()}],
        ),
        # a kind of deed laid on someone is no event
        (
            "Security was tightened because terrorist attacks, which have been attributed to drug traffickers, "
            "always take place late in the evening.",
            [],
        ),
    ],
)
def test_deeds_laid_on_someone_and_states_that_accuse(nlp, text: str, expected: list):
    got = roles(text, nlp)
    assert [{k: e[k] for k in want} for e, want in zip(got, expected, strict=True)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who is shot in a passive gerund is the subject of the clause it belongs to
        (
            "Police said the attacker, a 25-year-old man, stabbed three people before being shot by officers.",
            [("killing", {"attacker"}, {"people"}, set()), ("shooting", {"officers"}, {"attacker"}, set())],
        ),
        # a KB name that opens a sentence with a capital it does not have elsewhere
        (
            "Al-Qaeda in the Arabian Peninsula said it was behind the attack on the French magazine Charlie Hebdo.",
            [("attack", {"al-Qaeda in the Arabian Peninsula"}, {"Charlie Hebdo"}, {"France"})],
        ),
    ],
)
def test_a_passive_gerunds_subject_and_a_capitalised_kb_name(nlp, text: str, expected: list):
    assert attacks(text, nlp) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the forces a bomb went off near are whose patrol it was, not who set it
        (
            "A roadside bomb exploded near an American military patrol in Baghdad Saturday, injuring six soldiers, "
            "the U.S. command said.",
            [("bombing", set(), {"soldiers"}, {"Baghdad"})],
        ),
        # an agency's initials in a dateline are no victim; a nation's strife is where it was (the dateline's
        # city, before a colon, is where it was told)
        (
            "46 Killed, 270 Injured In Iraqi Violence. Baghdad, Sept. 8 (NNN): Bloody clashes on Tuesday between "
            "US forces and Shia militiamen left more than 46 persons dead across Iraq, officials said.",
            [
                ("attack", set(), set(), {"Iraq"}),
                ("shooting", {"US Armed Forces", "Shia militiamen"}, {"persons"}, {"Iraq"}),
            ],
        ),
        # a nation's attack is its own
        ("An Iraqi attack killed five Iranian soldiers.", [("attack", {"Iraq"}, {"Iranian soldiers"}, set())]),
    ],
)
def test_whose_patrol_a_credited_agency_and_a_nations_strife(nlp, text: str, expected: list):
    assert attacks(text, nlp) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people of a nation who attack are those people, not the state
        (
            "Palestinians kill three Israeli soldiers. Palestinian fighters sneaked onto an Israeli military post in "
            "the Gaza Strip.",
            [("killing", {"Palestinians"}, {"Israeli soldiers"}, set())],
        ),
        ("Iraqis attacked a US convoy in Mosul.", [("attack", {"Iraqis"}, {"US convoy"}, {"Mosul"})]),
        # one charged with a deed is no victim of it
        (
            "Augusto Pinochet, the former Chilean dictator, was ordered under house arrest yesterday, charged with "
            "kidnapping and murder dating back to his 17-year rule.",
            [],
        ),
    ],
)
def test_a_nations_people_and_one_charged_with_a_deed(nlp, text: str, expected: list):
    assert attacks(text, nlp) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what the arms a deed used were aimed at is what it hit
        (
            "Israeli forces carried out strikes using drones against Hamas positions in Rafah.",
            [("attack", {"Israel Defense Forces"}, {"Hamas positions"}, {"Rafah"})],
        ),
        (
            "In Syria, French forces conducted 15 strikes using bomber and fighter aircraft against ISIL targets.",
            [("attack", {"French Armed Forces"}, {"Islamic State"}, {"Syria"})],
        ),
        # a group named on what a strike hit is whose it was, not who struck
        ("Near Sinjar, one strike suppressed an ISIL tactical unit.", [("attack", set(), set(), {"Sinjar"})]),
    ],
)
def test_arms_aimed_and_whose_unit_was_hit(nlp, text: str, expected: list):
    assert attacks(text, nlp) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who tells of those a deed harmed did not harm them
        (
            "The Pentagon has released the names of the following US service members killed recently in Iraq.",
            [("killing", set(), {"US service members"}, {"Iraq"})],
        ),
        # a town the model read as an organisation after "at"
        (
            "Russian President Vladimir Putin has announced new measures following the hostage-taking at Beslan "
            "when more than 300 people died.",
            [("kidnapping", set(), {"people"}, {"Beslan"})],
        ),
        # a name the model left unnamed in a headline that the text names as a place
        (
            "Fallujah Violence Leaves 10 Troops Dead. U.S. troops powered their way into the center of the "
            "insurgent stronghold of Fallujah on Tuesday.",
            [("attack", set(), {"troops"}, {"Al Fallujah"})],
        ),
    ],
)
def test_who_names_the_dead_and_places_the_model_missed(nlp, text: str, expected: list):
    assert attacks(text, nlp, "2004-09-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day of an arrest for a deed is not the deed's, and the deed is the one told before
        (
            "A bomb exploded at a market in Karachi on Monday, killing five people. Police arrested two men for "
            "the bombing on Tuesday.",
            [("bombing", set(), {"people", "market"}, {"Karachi"}, {"men"}, "2004-08-30")],
        ),
        # those said not to be tried for a deed are not accused of it
        (
            "Two men were charged in the 1974 bombing of a cafe in Madrid. Neither Forest nor Fernandez was tried "
            "for the bombing.",
            [("bombing", set(), {"cafe"}, {"Madrid"}, {"men"}, "1974")],
        ),
    ],
)
def test_deeds_someone_is_held_for(nlp, text: str, expected: list):
    got = roles(text, nlp, "2004-09-01")
    assert [(e["subtype"], e["perpetrator"], e["target"], e["place"], e["accused"], e["date"]) for e in got] == expected


def test_a_deed_an_anniversary_recalls_is_background_without_that_days_date(nlp):
    text = (
        "Thousands gathered in Jerusalem on Thursday to mark the 10th anniversary of the assassination of "
        "Prime Minister Yitzhak Rabin."
    )
    r = extract_article(Article(id="t", text=text, date="2005-11-05"), nlp)
    assert [(e.subtype, e.date, e.background) for e in r.events if e.type == "attack"] == [("killing", None, True)]
    assert attacks(text, nlp, "2005-11-05") == [("killing", set(), {"Yitzhak Rabin"}, set())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a camp, a school or a restaurant a place's name modifies is in that place; "Jenin" is a
        # spelling of the place GeoNames calls Janin
        (
            "Israeli troops raided the Jenin refugee camp on Wednesday.",
            [("raid", {"Israel Defense Forces"}, {"Jenin refugee camp"}, {"Janin"})],
        ),
        ("Gunmen attacked a Lima restaurant on Monday.", [("attack", {"Gunmen"}, {"Lima restaurant"}, {"Lima"})]),
        # a group's fighters named by its pronoun are the group; a state's forces are its own
        (
            "Hamas said its fighters attacked an Israeli tank in Khan Younis.",
            [("attack", {"Hamas"}, {"Israeli tank"}, {"Khan Yunis"})],
        ),
        (
            "Ukraine said its forces attacked a Russian command post in Kherson.",
            [("attack", {"Ukraine's forces"}, {"Russian command post"}, {"Kherson"})],
        ),
    ],
)
def test_sites_in_named_places_and_forces_named_by_a_pronoun(nlp, text: str, expected: list):
    assert attacks(text, nlp) == expected


def test_strikes_on_an_armed_groups_targets_in_named_places(nlp):
    text = (
        "The United States carried out strikes against Iran-backed militia targets in Iraq and Syria in "
        "retaliation for a drone attack that killed three American soldiers in Jordan."
    )
    assert attacks(text, nlp) == [
        ("attack", {"United States"}, {"militia"}, {"Iraq", "Syria"}),
        ("airstrike", set(), {"American soldiers"}, {"Jordan"}),
    ]


def test_a_named_group_and_its_group_noun_are_one_claimant(nlp):
    text = "The Islamic State group claimed responsibility for Sunday's attack on a Shiite mosque in Kabul."
    assert perpetrators(text, nlp) == [("Islamic State", "claimed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state that says it is looking into a deed does not claim it
        (
            "Three aid workers were killed in an Israeli strike on their convoy in central Gaza, the charity said. "
            "Israel said it was investigating the incident.",
            [("Israel", "reported")],
        ),
        # the group a victim serves is not who killed him
        (
            "A senior Hamas official, Saleh al-Arouri, was killed in an explosion in Beirut on Tuesday. Hamas "
            "blamed Israel for the assassination.",
            [("Israel", "accused")],
        ),
    ],
)
def test_who_investigates_and_whom_the_victim_served(nlp, text: str, expected: list):
    assert perpetrators(text, nlp) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dead of an attack told in a "when" clause are its dead: one deed
        (
            "Eleven people were killed last month when Boko Haram fighters attacked a village in Borno state.",
            [("attack", {"Boko Haram"}, {"people", "village"}, {"Borno"})],
        ),
        (
            "Two soldiers died when rebels ambushed their patrol near Goma.",
            [("shooting", {"rebels"}, {"soldiers"}, {"Goma"})],
        ),
    ],
)
def test_the_dead_of_an_attack_told_when_it_happened(nlp, text: str, expected: list):
    assert attacks(text, nlp) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's acronym stays one when the headline is recased, and what is "said to" have
        # killed did the killing: one deed with the text's
        (
            "US Airstrikes Said to Kill at Least 44 in Iraq. Iraqi health officials said American airstrikes "
            "that demolished homes late today in a village south of the volatile city of Falluja killed at least "
            "44 people and wounded 27, including women and children.",
            [("airstrike", {"United States"}, {"people"}, {"Al Fallujah", "Iraq"})],
        ),
        # a headline's passive without its auxiliary, with where it happened
        (
            "Baseballer shot on bus. Kyle Denney was shot in the leg on the team bus yesterday.",
            [("shooting", set(), {"bus", "Kyle Denney", "Baseballer"}, set())],
        ),
        # a football report's shots are play
        (
            "Chelsea 1-0 West Ham. Mateja Kezman finally broke his Chelsea goal duck with the winner. The striker "
            "arrowed in a second half shot past keeper James Walker.",
            [],
        ),
    ],
)
def test_headline_acronyms_passives_and_football(nlp, text: str, expected: list):
    assert attacks(text, nlp, "2004-09-01") == expected


def test_one_believed_to_have_killed_is_accused(nlp):
    got = roles("The rebels are believed to have killed the mayor of Tumaco.", nlp)
    assert [(e["perpetrator"], e["accused"], e["target"]) for e in got] == [(set(), {"rebels"}, {"mayor of Tumaco"})]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whom captors released is whom they seized ("them")
        (
            "The kidnappers released the two Italian nuns on Friday, three months after seizing them in "
            "northern Kenya.",
            [("kidnapping", {"kidnappers"}, {"Italian nuns"}, {"Kenya"})],
        ),
        # what the parse hung on the attacker ("attacks by the RSF on the camp") was attacked
        (
            "According to the UN, at least 300 civilians were killed in attacks by the RSF on the Zamzam camp "
            "last month.",
            [("attack", {"RSF"}, {"Zamzam camp", "civilians"}, set())],
        ),
    ],
)
def test_whom_captors_released_and_what_an_attacker_attacked(nlp, text: str, expected: list):
    assert attacks(text, nlp) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a known group's part speaks for its fighters; a wing without a name of its own is the group
        (
            "In a statement on Telegram, the Islamic State's Sahel branch said its fighters had ambushed a "
            "Malian army convoy near Menaka.",
            [("Islamic State's Sahel branch", "claimed")],
        ),
        ("Hamas's armed wing said its fighters fired rockets at Tel Aviv.", [("Hamas", "claimed")]),
    ],
)
def test_a_groups_branch_or_wing_claims_for_its_fighters(nlp, text: str, expected: list):
    assert perpetrators(text, nlp) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # illness and an overdose kill without an attack
        ("Cancer killed the former president.", []),
        ("A drug overdose killed former baseball star Ken Caminiti.", []),
        ("Cholera has killed 200 people in Haiti this month.", []),
        # what is asked about is not told
        ("There was uncertainty about whether Australians had been taken hostage in Iraq.", []),
        # a golfer's round
        (
            "England's Paul Broadhurst shot a 6-under-par 65 Friday and took a one-stroke lead in the Madrid Open.",
            [],
        ),
        ("Police shot a 65-year-old man in Lyon on Friday.", [("shooting", {"Police"}, {"65-year-old man"}, {"Lyon"})]),
        # a blast at a power plant is an accident; a draft that draws fire is criticised
        (
            "Thirteen people were killed in an explosion at a power plant in north China's Hebei Province on Thursday.",
            [],
        ),
        ("EU draft draws fire in Turkey. Turkey will have to recognize Cyprus.", []),
        ("The convoy drew fire from insurgents near Ramadi.", [("shooting", {"insurgents"}, {"convoy"}, {"Ramadi"})]),
        # a ship named after a place is the ship
        (
            "Al Qaeda supporters were jailed for the bombing of the French supertanker Limburg off Yemen.",
            [("bombing", set(), {"Limburg"}, {"Yemen"})],
        ),
    ],
)
def test_illness_doubt_golf_and_ships(nlp, text: str, expected: list):
    assert attacks(text, nlp) == expected


def test_one_asked_whether_he_did_it_is_accused(nlp):
    text = (
        "A bomb exploded inside a tourist bus in Lima. There was no confirmation on whether the attack was "
        "perpetrated by Shining Path guerrillas."
    )
    assert perpetrators(text, nlp) == [("Shining Path", "accused")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bandits and herdsmen are armed actors of today's news
        (
            "Five people were kidnapped from a church in Kaduna on Sunday by bandits, a local official said.",
            [("kidnapping", {"bandits"}, {"people"}, {"Kaduna"})],
        ),
        # a deed told of the one killed is another deed, with its own doer and day
        (
            "Israeli forces said they had killed a Hamas commander responsible for the October 7 attack on "
            "Kibbutz Nir Oz.",
            [
                ("killing", {"Israel Defense Forces"}, {"Hamas commander"}, set()),
                ("attack", {"Hamas commander"}, {"Kibbutz Nir Oz"}, set()),
            ],
        ),
        # those who died after a bomber set off his vest are his victims
        (
            "At least 18 people died after a suicide bomber detonated his vest at a wedding in Konduga.",
            [("bombing", {"suicide bomber"}, {"people"}, {"Konduga"})],
        ),
    ],
)
def test_bandits_a_victims_own_deed_and_death_after_a_blast(nlp, text: str, expected: list):
    assert attacks(text, nlp) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the village a phrase names, not the region before it ("the West Bank village of Huwara")
        (
            "Armed settlers torched cars and homes in the West Bank village of Huwara overnight.",
            [("arson", {"Armed settlers"}, {"cars", "homes"}, {"Huwara"})],
        ),
        ("Gunmen attacked a bus in the Iraqi city of Tikrit.", [("attack", {"Gunmen"}, {"bus"}, {"Tikrit"})]),
        # a village attacked is where the attack was
        (
            "Boko Haram fighters attacked the village of Mafa in Borno state, killing 11 people.",
            [("attack", {"Boko Haram"}, {"village of Mafa", "people"}, {"Mafa"})],
        ),
    ],
)
def test_villages_named_in_a_phrase_and_attacked(nlp, text: str, expected: list):
    assert attacks(text, nlp) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the home one is shot dead outside is where, not whom; a bomb outside an embassy hits it
        (
            "Unidentified assailants shot dead a prominent human rights lawyer outside his home in Tegucigalpa.",
            [("shooting", {"Unidentified assailants"}, {"prominent human rights lawyer"}, {"Tegucigalpa"})],
        ),
        ("A bomb exploded outside the embassy in Kabul.", [("bombing", set(), {"embassy"}, {"Kabul"})]),
        # the village's name ends where a preposition starts the place it lies in
        (
            "Rebels of the Allied Democratic Forces killed 40 villagers in a night raid on the village of "
            "Mayikengo in North Kivu province.",
            [("raid", {"Allied Democratic Forces"}, {"villagers"}, {"Mayikengo"})],
        ),
    ],
)
def test_outside_ones_home_and_a_villages_own_name(nlp, text: str, expected: list):
    assert attacks(text, nlp) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place's name as a first name: before a surname that is no word, or before a PERSON
        (
            "Mourners paid their respects to Victoria Snelgrove, who was killed by police.",
            [("killing", {"police"}, {"Victoria Snelgrove"}, set())],
        ),
        ("Jordan Peterson was attacked in Toronto.", [("attack", set(), {"Jordan Peterson"}, {"Toronto"})]),
        # a place before a word, or a post's place before a name, stays a place
        ("Gunmen attacked a checkpoint in the Gaza Strip.", [("attack", {"Gunmen"}, {"checkpoint"}, {"Gaza Strip"})]),
        ("A rocket hit the Mosul Dam.", [("shelling", set(), {"Mosul Dam"}, {"Mosul"})]),
        (
            "Gunmen shot at the UN envoy for Syria Staffan de Mistura in Geneva.",
            [("shooting", {"Gunmen"}, {"UN envoy"}, {"Geneva"})],
        ),
    ],
)
def test_a_place_name_that_is_a_first_name(nlp, text: str, expected: list):
    assert attacks(text, nlp) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police issued a warrant for John Kowalski after the shooting in Denver.",
        "Investigators named Peter Kowalski, who was arrested on Friday, after the shooting in Denver.",
    ],
)
def test_one_sought_or_charged_for_a_deed_is_no_victim_of_it(nlp, text: str):
    assert attacks(text, nlp) == [("shooting", set(), set(), {"Denver"})]


@pytest.mark.parametrize(
    ("text", "perpetrator", "accused"),
    [
        # one charged with or suspected in a deed is accused of it, not its doer as a fact
        ("John Kowalski was charged with the murder of a policeman in Denver.", set(), {"John Kowalski"}),
        ("Two men suspected in the bombing of a bus in Kabul were arrested.", set(), {"men"}),
        # one responsible for it is told as its doer
        ("The rebels were responsible for the bombing of a bus in Kabul.", {"rebels"}, set()),
    ],
)
def test_charged_or_suspected_is_accused(nlp, text: str, perpetrator: set[str], accused: set[str]):
    (event,) = roles(text, nlp)
    assert (event["perpetrator"], event["accused"]) == (perpetrator, accused)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised plural opening a sentence is the common noun, and volleys told in the
        # simple past are one day's deed, not a series
        ("Rockets were fired at the town of Sderot on Monday.", [("shelling", set(), set(), {"Sderot"})]),
        ("Airstrikes hit Houthi positions in Yemen.", [("airstrike", set(), {"Houthi positions"}, {"Yemen"})]),
        ("Bombs exploded in a crowded market in Baghdad.", [("bombing", set(), {"crowded market"}, {"Baghdad"})]),
        # a series told as a tally stays none
        ("Airstrikes have killed thousands of civilians since 2015.", []),
        # positions an armed group holds are hit with arms; a government's position is a view
        (
            "Israeli jets attacked Hamas positions in Gaza.",
            [("airstrike", {"Israel"}, {"Hamas positions"}, {"Gaza Strip"})],
        ),
        ("The senator attacked the government's position on Iran.", []),
    ],
)
def test_volleys_told_in_the_plural(nlp, text: str, expected: list):
    assert attacks(text, nlp) == expected


def test_a_title_another_place_owns_is_not_the_named_holder_of_that_title(nlp):
    text = (
        "Russian President Vladimir Putin laid flowers on Sunday at the grave of the war-ravaged region's "
        "assassinated president."
    )
    ((_, perpetrators, targets, _),) = attacks(text, nlp)
    assert "Vladimir Putin" not in targets | perpetrators


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bombarded with words is no attack; with arms it is
        ("The software tracks web surfers and bombards them with advertisements.", []),
        ("Reporters bombarded the minister with questions.", []),
        (
            "Russian forces bombarded the town with artillery overnight.",
            [("shelling", {"Russian Armed Forces"}, {"town"}, set())],
        ),
        # a football report whose sport words the tokenizer splits ("hat-trick") is play
        (
            "A late Klimowicz strike sank Kaiserslautern as Klose hit a hat-trick for Werder Bremen in the Bundesliga.",
            [],
        ),
        # a town the model took for a nationality, the object of an attack, is where it was
        ("Rebels attacked Kidal on Monday.", [("attack", {"Rebels"}, set(), {"Kidal"})]),
    ],
)
def test_words_play_and_towns_as_objects(nlp, text: str, expected: list):
    assert attacks(text, nlp) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name before a province's noun is the place, even one the word list holds ("Arauca")
        (
            "ELN rebels attacked a military base in Colombia's Arauca province, wounding seven soldiers.",
            [("attack", {"National Liberation Army (Colombia)"}, {"military base", "soldiers"}, {"Arauca"})],
        ),
        # the groups of today's news, by their names and their common descriptions
        (
            "Myanmar's military junta bombed a monastery in the Sagaing region, killing 23 people.",
            [("bombing", {"Myanmar Armed Forces"}, {"monastery", "people"}, {"Sagaing"})],
        ),
        # who protested protested; the subject of a clause after "after" did what its verb says
        (
            "Thousands of people protested in Belgrade after the collapse of a station canopy killed 15 people.",
            [],
        ),
    ],
)
def test_provinces_groups_and_clauses_after_after(nlp, text: str, expected: list):
    assert attacks(text, nlp) == expected


def test_suspicion_that_falls_on_a_group_accuses_it(nlp):
    (event,) = roles("No group claimed the bombing, but suspicion fell on the Pakistani Taliban.", nlp)
    assert (event["perpetrator"], event["accused"]) == (set(), {"Tehrik-i-Taliban Pakistan"})


def test_crowds_that_protested_take_part(nlp):
    r = extract_article(
        Article(id="t", text="Thousands of people protested in Belgrade on Saturday.", date="2024-02-08"), nlp
    )
    names = {a.id: a.label for a in r.actors} | {p.id: p.label for p in r.places}
    assert sorted((rel.kind, names[rel.target]) for rel in r.relations) == [
        ("participant", "people"),
        ("place", "Belgrade"),
    ]


@pytest.mark.parametrize(
    ("text", "perpetrator", "accused"),
    [
        # those a participle accuses of a deed are accused of it; forces outside that clause are not its doers
        (
            "Israeli forces demolished the homes of two Palestinians accused of killing an Israeli settler "
            "near Hebron.",
            set(),
            {"Palestinians"},
        ),
        ("Police arrested ten people suspected of detonating a car bomb in Lima.", set(), {"people"}),
        # a link to a group is no deed laid on anyone
        ("Groups linked to the paramilitary squadrons kidnapped the politician.", {"Groups"}, set()),
    ],
)
def test_those_a_participle_accuses(nlp, text: str, perpetrator: set[str], accused: set[str]):
    (event,) = roles(text, nlp)
    assert (event["perpetrator"], event["accused"]) == (perpetrator, accused)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "he" opening a clause of time is the one person its main clause tells of
        (
            "A gunman opened fire at a bus stop in Jerusalem, killing six people before he was shot dead by a soldier.",
            [
                ("shooting", {"gunman"}, {"bus stop", "people"}, {"Jerusalem"}),
                ("shooting", {"soldier"}, {"gunman"}, {"Jerusalem"}),
            ],
        ),
        # deeds told in the plural, with whom they struck, are that night's deeds; a year's tally is none
        (
            "Herdsmen killed 52 villagers in attacks on farming communities in Nigeria's Plateau state.",
            [("attack", {"Herdsmen"}, {"villagers", "farming communities"}, {"Plateau"})],
        ),
        ("Nearly 1,500 people were killed in clashes between the army and guerrillas in 1988.", []),
    ],
)
def test_he_in_a_clause_of_time_and_deeds_in_the_plural(nlp, text: str, expected: list):
    assert attacks(text, nlp) == expected


@pytest.mark.parametrize(
    "text",
    [
        # fired from a post is no shooting
        "A school bus driver who chatted with her pupils about stem cells was fired for inappropriate behavior.",
        "John Smith was fired by the company after the incident.",
        "The company fired a security guard after the incident in Kabul.",
    ],
)
def test_one_fired_from_a_post_was_not_shot(nlp, text: str):
    assert attacks(text, nlp) == []


def test_fired_upon_is_still_a_shooting(nlp):
    assert attacks("Two soldiers were fired upon near Kandahar.", nlp) == [
        ("shooting", set(), {"soldiers"}, {"Kandahar"})
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a force someone commands acts; force itself does not
        (
            "The drone strike that killed the commander was carried out by the Israeli air force.",
            [("airstrike", {"Israel Defense Forces"}, {"commander"}, set())],
        ),
        ("The force of the explosion destroyed a shop in Lima.", [("bombing", set(), {"shop"}, {"Lima"})]),
    ],
)
def test_a_force_someone_commands_acts(nlp, text: str, expected: list):
    assert attacks(text, nlp) == expected


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        # accused of another deed, or of one a relative clause tells of another, is not accused of this one
        (
            "Pakistan accused India of backing the Baloch Liberation Army, which claimed the hijacking of a train.",
            set(),
        ),
        ("A bomb exploded in Kabul. The army accused the rebels of planting it.", {"rebels"}),
    ],
)
def test_accused_of_what(nlp, text: str, accused: set[str]):
    (event,) = roles(text, nlp)
    assert event["accused"] == accused


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a district is named before its noun, a village after "of"; the unit named is the place
        (
            "An Indian army officer was killed in a gunfight with militants in the Rajouri district of Jammu and "
            "Kashmir.",
            [("shooting", {"militants"}, {"Indian army officer"}, {"Rajouri"})],
        ),
        (
            "Armed settlers torched cars in the West Bank village of Huwara overnight.",
            [("arson", {"Armed settlers"}, {"cars"}, {"Huwara"})],
        ),
        (
            "Guerrillas attacked an army post in the Honduran department of Intibuca.",
            [("attack", {"Guerrillas"}, {"army post"}, {"Intibuca"})],
        ),
    ],
)
def test_units_named_before_and_after_their_noun(nlp, text: str, expected: list):
    assert attacks(text, nlp) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one sense of "strike" per text: a labour strike told once makes the bare strikes labour too
        (
            "Union leaders held on Day 6 of strike. The sixth day of the truckers' strike saw 12 more truckers "
            "arrested in the capital.",
            [],
        ),
        (
            "Strikes at London airports. London - A 48-hour strike by aircraft refuellers at London Heathrow "
            "airport got under way on Friday.",
            [],
        ),
        # a strike its modifier makes an attack stays one
        (
            "A drone strike killed two militants in Yemen, while a strike by dock workers closed the port.",
            [("airstrike", set(), {"militants"}, {"Yemen"})],
        ),
        # a plot two infinitives up is no deed
        ("A British man conspired with Richard Reid to use shoe bombs to blow up planes in midair.", []),
    ],
)
def test_labour_strikes_and_plots(nlp, text: str, expected: list):
    assert attacks(text, nlp) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an assault rifle is a weapon, not an assault; the deed is what it did
        (
            "Militants firing assault rifles burst into a mourning tent in Gaza, killing two security guards.",
            [("killing", {"Militants"}, {"security guards"}, {"Gaza Strip"})],
        ),
        # a name that qualifies a noun other than a deed is no victim
        (
            "The lobby blamed the massacre in Orlando on the Obama administration's policies.",
            [("killing", set(), set(), {"Orlando"})],
        ),
    ],
)
def test_assault_rifles_and_names_that_qualify(nlp, text: str, expected: list):
    assert attacks(text, nlp) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit named before its noun, after its country's possessive, is the place
        (
            "Two police officers were shot dead at a checkpoint in Egypt's North Sinai province on Saturday.",
            [("shooting", set(), {"police officers", "checkpoint"}, {"North Sinai"})],
        ),
        # a nation's people who rally are those people, not their state
        (
            "Tens of thousands of Georgians rallied outside parliament in Tbilisi to protest against the government.",
            [("protest", {"Georgians"}, {"government"}, {"Tbilisi"})],
        ),
    ],
)
def test_units_after_a_country_and_a_nations_crowds(nlp, text: str, expected: list):
    r = extract_article(Article(id="t", text=text, date="2024-02-08"), nlp)
    names = {a.id: a.label for a in r.actors} | {p.id: p.label for p in r.places}
    got = []
    for e in r.events:
        if e.type in ("attack", "protest"):
            rels = [x for x in r.relations if x.source == e.id]
            doers = {names[x.target] for x in rels if x.kind in ("perpetrator", "participant")}
            targets = {names[x.target] for x in rels if x.kind == "target"}
            got.append((e.subtype, doers, targets, {names[x.target] for x in rels if x.kind == "place"}))
    assert got == expected


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        # the harmed told as a bare number are counted
        ("Security forces opened fire on demonstrators in Khartoum, killing at least five.", 5, None),
        ("Two soldiers died and four were wounded in an ambush near Kandahar.", 2, 4),
        # a number the parse made the participle's subject, or hung the participle on
        ("Five soldiers were killed and 12 wounded in an ambush near Kandahar.", 5, 12),
        # one person, named or told by an article and a noun for a person, is one
        ("An Indian army officer and two soldiers were killed in an ambush in Rajouri.", 3, None),
        ("Gunmen shot dead the mayor of Tlaxcala on Sunday.", 1, None),
        # villages are no dead
        ("Rebels accused the army of killing 75 civilians in six villages.", 75, None),
        ("At least 22 people were killed and over 100 injured when two blasts ripped through the station.", 22, 100),
        # a part of those counted is not counted again
        ("The rebels ambushed a patrol, injuring 15 soldiers, 4 of them seriously.", None, 15),
    ],
)
def test_the_harmed_as_a_bare_number_are_counted(nlp, text: str, killed: int | None, wounded: int | None):
    r = extract_article(Article(id="t", text=text, date="2024-02-08"), nlp)
    (event,) = [e for e in r.events if e.type == "attack"]
    assert (event.killed, event.wounded) == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a series counted, whose relative clause tells what it did, is one told deed; a name the
        # KB does not know after "the town of" is the town
        (
            "The United States strongly condemns ISIL's multiple suicide attacks in the town of Tel Tamer "
            "in Hasaka Province, which targeted and killed scores of Syrian civilians.",
            [("bombing", {"Islamic State"}, {"Syrian civilians"}, {"Tel Tamer", "Hasaka Province"})],
        ),
        # "several" deeds that "took place throughout the country" stay a series
        ("Several guerrilla attacks took place throughout the country.", []),
        # a state that condemns is no place of what it condemns
        (
            "The United States strongly condemns the attack on a mosque that killed 20 worshippers. Pakistan's "
            "interior minister said the bomber was a teenager.",
            [("attack", set(), {"mosque", "worshippers"}, set())],
        ),
    ],
)
def test_counted_series_unknown_towns_and_condemning_states(nlp, text: str, expected: list):
    assert attacks(text, nlp) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "at the hands of" names who did it, as "by" does
        (
            "Two journalists died at the hands of the militia in Mosul on Monday.",
            [("killing", {"militia"}, {"journalists"}, {"Mosul"})],
        ),
        (
            "Thousands of Syrians have been killed at the hands of Assad and ISIL.",
            [("killing", {"Assad", "Islamic State"}, {"Syrians"}, {"Syria"})],
        ),
    ],
)
def test_at_the_hands_of(nlp, text: str, expected: list):
    assert attacks(text, nlp) == expected


@pytest.mark.parametrize(
    ("text", "subtype", "killed", "wounded"),
    [
        # those "including" names are a part of those counted, not more
        ("Gunmen killed 14 people, including three children, in an attack on a village.", "attack", 14, None),
        ("Fifteen officers, including four generals, have been killed by opposition forces.", "killing", 15, None),
        # a "when" clause the parse hung on the part is the harm's cause
        ("Three persons were injured, including two policemen, when a bomb exploded.", "bombing", None, 3),
    ],
)
def test_a_part_of_the_counted_and_a_cause_after_it(nlp, text: str, subtype: str, killed, wounded):
    r = extract_article(Article(id="t", text=text, date="2024-02-08"), nlp)
    (event,) = [e for e in r.events if e.type == "attack"]
    assert (event.subtype, event.killed, event.wounded) == (subtype, killed, wounded)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place's name after a person's noun and before a surname is the first name, though the
        # surname is an English word
        (
            "Gunmen shot dead American construction contractor Eugene Armstrong in Baghdad.",
            [("shooting", {"Gunmen"}, {"Eugene Armstrong"}, {"Baghdad"})],
        ),
    ],
)
def test_a_first_name_after_a_persons_noun(nlp, text: str, expected: list):
    assert attacks(text, nlp) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one bout of deeds, the subject of its clause, is told; a gathering struck is the target
        (
            "A series of grenade blasts rocked an opposition rally in Dhaka, killing at least 13 people.",
            [("bombing", set(), {"opposition rally", "people"}, {"Dhaka"})],
        ),
        ("Gunmen attacked a rally in Lagos.", [("attack", {"Gunmen"}, {"rally"}, {"Lagos"})]),
        # a bout summed over a time and many places is a series
        ("Recently a series of armed attacks has been carried out in various parts of the country.", []),
    ],
)
def test_a_bout_of_deeds_and_a_gathering_struck(nlp, text: str, expected: list):
    assert attacks(text, nlp) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a newspaper named after a place is no place
        (
            "A bomb killed five soldiers, the Washington Post reported.",
            [("bombing", set(), {"soldiers"}, set())],
        ),
        # a dateline with a colon, also after a date and a space
        (
            "BAGHDAD: Fifteen people were killed in an explosion that hit a hotel in Tikrit.",
            [("bombing", set(), {"people", "hotel"}, {"Tikrit"})],
        ),
        (
            "Twin blasts. Guwahati, Oct 2 : At least 22 people were killed when two landmine blasts ripped through "
            "the railway station in Dimapur.",
            [("bombing", set(), {"people", "railway station"}, {"Dimapur"})],
        ),
        # a man, the subject of a headline's verb, is no Isle of Man; setting oneself on fire is no attack
        ("Man Sets Himself on Fire Near White House. A man set himself afire outside a White House gate.", []),
        # a bomber who blew himself up is a person, and the deed a bombing
        (
            "A bomber blew himself up at a checkpoint in Baghdad.",
            [("bombing", {"bomber"}, {"checkpoint"}, {"Baghdad"})],
        ),
        # a blast in a mine, deaths from hunger, a missile test and criticism are no attacks
        ("Five miners were killed by an explosion which left 240 trapped in a coal mine.", []),
        ("Up to 70,000 people have died from hunger and disease in Darfur.", []),
        ("Ukraine test-fired a new missile on Monday.", []),
        ("The minister came under fire over his remarks.", []),
    ],
)
def test_names_datelines_and_what_is_no_attack(nlp, text: str, expected: list):
    assert attacks(text, nlp) == expected


def test_an_army_that_charged_into_a_camp_accuses_no_one(nlp):
    # "charged into" moves: the army did the killing it led to, and accused no one of the mortar's
    text = (
        "A day after a mortar round killed a woman in a nearby settlement, the Israeli army charged into a "
        "refugee camp, killing one person, witnesses said."
    )
    assert perpetrators(text, nlp) == [("Israel Defense Forces", "reported")]


def test_a_place_before_the_rest_of_a_full_name_is_that_name(nlp):
    doc = nlp("Van Gogh's murder shocked many. The murder of filmmaker Theo van Gogh by a young man outraged them.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Van Gogh", "PERSON"), ("Theo van Gogh", "PERSON")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a deed was denied to have caused, and a deed that "seems to have been foiled", are none
        ("The mushroom cloud over North Korea was not caused by a nuclear explosion, officials said.", []),
        ("A terrorist attack aimed at the national court in Madrid seems to have been foiled by the police.", []),
        # a headline's kidnappers are the gunmen of the story; a separate kidnapping is another event
        (
            "Kidnappers in Iraq seize Lebanese-American contractor, four truck drivers. Gunmen abducted a "
            "Lebanese-American contractor from his home, while four Jordanian truck drivers were seized by "
            "assailants in a separate kidnapping.",
            [
                ("kidnapping", {"Gunmen", "Kidnappers"}, {"Lebanese-American contractor"}, {"Iraq"}),
                ("kidnapping", {"assailants"}, {"Jordanian truck drivers"}, set()),
            ],
        ),
    ],
)
def test_denied_causes_foiled_plots_and_events_told_apart(nlp, text: str, expected: list):
    assert attacks(text, nlp) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "an ambush claimed by X": a claim, as "the ambush was claimed by X" is
        (
            "Militants attacked a convoy near Gao, killing 10, in an ambush claimed by JNIM.",
            [("Militants", "reported"), ("Jama'at Nusrat al-Islam wal-Muslimin", "claimed")],
        ),
        # a participle with an object after its noun's phrase is the sentence's verb: they did it
        ("Gunmen on motorcycles killed at least 20 villagers in Zamfara state.", [("Gunmen", "reported")]),
    ],
)
def test_a_claim_in_a_participle_and_a_subject_with_its_phrase(nlp, text: str, expected: list):
    assert sorted(perpetrators(text, nlp)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state named with its unit's noun is that state, though no country is named
        (
            "Gunmen attacked a village in Zamfara state.",
            [("attack", {"Gunmen"}, {"village"}, {"Zamfara"})],
        ),
        (
            "Gunmen killed 20 villagers in an attack on a village in Zamfara state.",
            [("attack", {"Gunmen"}, {"villagers"}, {"Zamfara"})],
        ),
        # a person named as the holder of a post protesters want gone is no victim of their clash
        (
            "Protesters clashed with police in Nairobi as thousands demanded the resignation of President "
            "William Ruto.",
            [("shooting", {"Protesters", "police"}, set(), {"Nairobi"})],
        ),
    ],
)
def test_states_by_their_unit_and_holders_of_posts(nlp, text: str, expected: list):
    assert attacks(text, nlp, "2025-06-10") == expected


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Two journalists were shot dead by unknown assailants in Guerrero.", 2),
        ("A mob beat two men to death in Kaduna.", 2),
    ],
)
def test_shot_dead_counts_the_dead(nlp, text: str, killed: int):
    r = extract_article(Article(id="t", text=text, date="2024-02-08"), nlp)
    (event,) = [e for e in r.events if e.type == "attack"]
    assert event.killed == killed


@pytest.mark.parametrize(
    ("text", "expected", "killed"),
    [
        # those a fight "left dead" are its victims, counted
        (
            "Syrian government forces and Turkish-backed rebels clashed near the town of Manbij, leaving 12 "
            "fighters dead, a war monitor said.",
            [("shooting", {"Syrian Arab Army", "Turkish-backed rebels"}, {"fighters"}, {"Manbij"})],
            12,
        ),
        # a fight told as a noun after the clause's verb: its subject is the other side
        (
            "Rebels seized the eastern Congolese town of Rubaya after heavy fighting with the army.",
            [("shooting", {"Rebels", "army"}, set(), {"Rubaya"})],
            None,
        ),
        # the deed those killed were killed in is no part of their name
        (
            "Burkina Faso's army said it had killed dozens of jihadists in air and ground operations in the north.",
            [("killing", {"Burkina Faso's army"}, {"jihadists"}, {"Burkina Faso"})],
            None,
        ),
    ],
)
def test_the_left_dead_the_other_side_and_a_deed_after_the_victims(nlp, text: str, expected: list, killed):
    assert attacks(text, nlp, "2025-06-10") == expected
    r = extract_article(Article(id="t", text=text, date="2025-06-10"), nlp)
    assert [e.killed for e in r.events if e.type == "attack"] == [killed]


@pytest.mark.parametrize(
    "text",
    [
        # clashes of words between politicians, companies or players
        "Trump clashed with Biden over immigration during the debate.",
        "The prime minister clashed with the opposition leader in parliament on Tuesday.",
        "It's a clash between the film industry and a consumer electronics company over a jukebox.",
        "Verizon Wireless clashed with other cellular carriers on Tuesday.",
        # prices and deals
        "Stocks extended their rally after Dell shot up 8 percent.",
        "A friendly merger deal has been struck between Oracle and PeopleSoft.",
        # attacks on computers
        "Net payment system Worldpay was hit by an online attack from hackers.",
        # a level reached, goods that arrive, fun, a lawsuit and a labour strike
        "Oil prices struck a fresh record above 48 dollars a barrel on Thursday.",
        "The PlayStation Portable hit store shelves on Sunday.",
        "Ichiro and Cabrera are having a blast in an AL West race.",
        "BTG hits Amazon, Netflix and others with patent suit.",
        "Public transport ground to a halt in the Netherlands as workers strike against welfare cuts.",
    ],
)
def test_words_prices_deals_and_computers_are_no_attacks(nlp, text: str):
    r = extract_article(Article(id="t", text=text, date="2004-09-01"), nlp)
    assert [e.subtype for e in r.events if e.type in ("attack", "protest")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # armed sides still clash
        (
            "Hamas fighters clashed with Israeli troops in Rafah.",
            [("shooting", {"Hamas", "Israel Defense Forces"}, set(), {"Rafah"})],
        ),
        ("Police clashed with protesters in Nairobi.", [("shooting", {"Police", "protesters"}, set(), {"Nairobi"})]),
        # a market struck by jets is a target
        (
            "Israeli jets struck a market in Gaza City, killing 12.",
            [("airstrike", {"Israel"}, {"market"}, {"Gaza"})],
        ),
    ],
)
def test_armed_sides_and_crowds_still_clash(nlp, text: str, expected: list):
    assert attacks(text, nlp) == expected


def test_who_attended_a_rally_took_part(nlp):
    r = extract_article(
        Article(id="t", text="Thousands of people attended a rally in Tbilisi against the government.", date=None), nlp
    )
    names = {a.id: a.label for a in r.actors}
    (protest,) = [e for e in r.events if e.type == "protest"]
    assert {names[x.target] for x in r.relations if x.source == protest.id and x.kind == "participant"} == {"people"}


def test_a_states_ministry_claiming_the_strike_told_before_is_one_event(nlp):
    text = (
        "KYIV, June 9 (Reuters) - A Russian missile strike on the central Ukrainian city of Dnipro killed at "
        "least nine people on Monday, officials said. Russia's defence ministry said it had struck military "
        "targets. It was the deadliest strike on the city since January."
    )
    (event,) = roles(text, nlp, "2025-06-10")
    # one event, on Monday (not "since January"), claimed by the state's ministry the text names
    assert (event["date"], event["perpetrator"], event["place"]) == (
        "2025-06-09",
        {"Russia", "Russia's defence ministry"},
        {"Dnipro"},
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who praised a deed did not do it
        (
            "Two Israelis were killed in a shooting attack at a gas station in the West Bank on Tuesday, the "
            "military said. Hamas praised the attack but did not claim it.",
            [],
        ),
        # the initials of a name told before are that name; told as fact and then accused, it is both
        (
            "KHARTOUM - The paramilitary Rapid Support Forces shelled a market in Omdurman on Sunday, killing at "
            "least 21 people. The army accused the RSF of deliberately targeting civilians.",
            [("Rapid Support Forces", "accused"), ("Rapid Support Forces", "reported")],
        ),
    ],
)
def test_praise_initials_and_a_fact_also_accused(nlp, text: str, expected: list):
    assert sorted(perpetrators(text, nlp)) == expected


def test_the_rebel_group_is_the_armed_group_named_before(nlp):
    text = (
        "Colombia's government suspended peace talks with the ELN on Friday after the rebel group was blamed "
        "for a bomb attack on a military base in Arauca that killed two soldiers."
    )
    assert perpetrators(text, nlp) == [("National Liberation Army (Colombia)", "accused")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a missile fired into the sea is a test
        ("North Korea fired a ballistic missile into the sea off its east coast, South Korea's military said.", []),
        # a town of the name itself before one once so called; a military's own forces are the military
        (
            "Russian forces attacked near Pokrovsk, the Ukrainian army said.",
            [("attack", {"Russian Armed Forces"}, set(), {"Pokrovsk"})],
        ),
        (
            "The Ukrainian army said its forces had repelled 40 Russian assaults near Pokrovsk over the past day.",
            [("attack", {"Russia"}, {"Armed Forces of Ukraine"}, {"Pokrovsk"})],
        ),
    ],
)
def test_tests_at_sea_towns_by_their_own_name_and_a_militarys_forces(nlp, text: str, expected: list):
    assert attacks(text, nlp, "2025-06-10") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a nationality's word for one of its people is a person, not a place
        (
            "Three militants gunned down a Briton in the Saudi capital Riyadh on Wednesday.",
            [("shooting", {"militants"}, {"Briton"}, {"Riyadh"})],
        ),
        # a storm threatens no one
        ("Hurricane Ivan battered the Cayman Islands on Sunday, threatening a direct hit on the coast.", []),
    ],
)
def test_a_nations_person_and_a_storms_threat(nlp, text: str, expected: list):
    assert attacks(text, nlp) == expected
    r = extract_article(Article(id="t", text=text, date="2024-02-08"), nlp)
    assert [e for e in r.events if e.type == "threat"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day a deed told before was claimed is not its day; the claim is of the same deed
        (
            "A roadside bomb struck a military vehicle in Kirkuk province on Wednesday night, killing two Iraqi "
            "soldiers. The Islamic State claimed the attack on Thursday.",
            [("Islamic State", "claimed")],
        ),
        # attackers told by a word only may be the group that says it did it
        (
            "Police in Karachi said a suicide bomber targeted a convoy of Chinese engineers on Saturday. Two "
            "engineers were wounded. The Baloch Liberation Army said it carried out the attack.",
            [("Baloch Liberation Army", "claimed"), ("suicide bomber", "reported")],
        ),
    ],
)
def test_a_claim_of_a_deed_told_before(nlp, text: str, expected: list):
    r = extract_article(Article(id="t", text=text, date="2025-06-10"), nlp)
    assert len([e for e in r.events if e.type == "attack"]) == 1
    assert sorted(perpetrators(text, nlp, "2025-06-10")) == expected


def test_a_word_the_model_ran_into_a_name_is_cut_off(nlp):
    doc = nlp("Three soldiers were killed when militants ambushed an army patrol in the Sahel on Monday.")
    assert [(e.text, e.label_) for e in doc.ents if e.label_ == "LOC"] == [("the Sahel", "LOC")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a war waged on an armed foe, told as a whole, is one attack of its sides
        (
            "Nigeria's war against Boko Haram has killed thousands of people since 2009.",
            [("attack", {"Nigeria"}, {"Boko Haram"}, set())],
        ),
        (
            "Somali forces backed by US drones are leading the campaign to defeat al-Shabab in the south.",
            [("attack", {"Somali National Army"}, {"al-Shabaab"}, set())],
        ),
        (
            "France ended its war against jihadists in Mali in 2022.",
            [("attack", {"France"}, {"jihadists"}, {"Mali"})],
        ),
        (
            "Ukraine's counteroffensive against Russian forces in the south has been slow.",
            [("attack", {"Ukraine"}, {"Russian Armed Forces"}, set())],
        ),
        (
            "The army launched a military campaign against the rebels in the north.",
            [("attack", {"army"}, {"rebels"}, set())],
        ),
        # the war is not one of the deeds told beside it, nor does it take their places
        (
            "A coalition airstrike killed 12 militants near Mosul on Tuesday, as the campaign against the "
            "Islamic State entered its third year.",
            [
                ("airstrike", {"Global Coalition against Daesh"}, {"militants"}, {"Mosul"}),
                ("attack", set(), {"Islamic State"}, set()),
            ],
        ),
        # whose war a possessive says: the one helped in it; the aim the parse hung on the verb
        (
            "We will support the Iraqi Security Forces in their efforts to defeat ISIL.",
            [("attack", {"Iraqi Security Forces"}, {"Islamic State"}, set())],
        ),
        (
            "Iraqi security forces have made gains in their campaign to defeat Daesh.",
            [("attack", {"Iraqi security forces"}, {"Islamic State"}, set())],
        ),
        # who joined it fights in it, not who only seeks to
        (
            "Kenyan troops joined the offensive against al-Shabab in 2011.",
            [("attack", {"Kenya Defence Forces"}, {"al-Shabaab"}, set())],
        ),
        (
            "Many Arab citizens are seeking to join the SDF's fight against ISIL.",
            [("shooting", {"Syrian Democratic Forces"}, {"Islamic State"}, set())],
        ),
        (
            "US troops accelerate operations against Sunni insurgents.",
            [("attack", {"US Armed Forces"}, {"Sunni insurgents"}, set())],
        ),
        # a war on no armed foe (terrorists as a class), or one only willed or not vouched for, is none
        ("The candidates feuded over the Iraq war and the fight against terrorists.", []),
        ("Turkish troops might take part in a ground operation against IS.", []),
        ("Assad's \u201cwar\u201d on ISIL is a sham.", []),
        ("The fight against terrorism remains a priority for the government.", []),
        ("The president discussed the war on drugs with the governors.", []),
        ("The government will launch a campaign against the rebels next month.", []),
    ],
)
def test_a_war_waged_on_an_armed_foe(nlp, text: str, expected: list):
    assert attacks(text, nlp, "2025-06-10") == expected


@pytest.mark.parametrize(
    ("text", "name", "other"),
    [
        # the common noun the KB names one body by is another body when a word before it says so
        (
            "The Saudi-led coalition carried out airstrikes on Houthi positions in Sanaa.",
            "Saudi-led coalition",
            "Global Coalition against Daesh",
        ),
        (
            "An American-led coalition struck Islamic State positions near Raqqa.",
            "Global Coalition against Daesh",
            "American-led coalition",
        ),
        # a KB name that ends a longer name after a place's name is that place's body
        (
            "Soldiers of the Texas National Guard shot two men near the border.",
            "Texas National Guard",
            "Armed Forces of El Salvador",
        ),
    ],
)
def test_a_body_the_kb_knows_by_a_common_name_is_told_apart(nlp, text: str, name: str, other: str):
    found = [p for p, _ in perpetrators(text, nlp)]
    assert name in found
    assert other not in found


def test_a_ruling_coalition_is_no_armed_coalition(nlp):
    doc = nlp("The ruling coalition collapsed after the minister resigned.")
    assert [e.ent_id_ for e in doc.ents] == []


def test_a_war_is_marked_as_told_as_a_whole(nlp):
    text = (
        "A coalition airstrike killed 12 militants near Mosul on Tuesday, as the campaign against the "
        "Islamic State entered its third year."
    )
    r = extract_article(Article(id="t", text=text, date="2025-06-10"), nlp)
    assert [(e.subtype, e.campaign, e.label) for e in r.events if e.type == "attack"] == [
        ("airstrike", False, "airstrike, Mosul, 2025-06-10"),
        ("attack", True, "armed campaign"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ground taken back from an armed foe: who took it, from whom, and where
        (
            "Iraqi forces have liberated Fallujah from the Islamic State.",
            [("attack", {"Iraqi Security Forces"}, {"Islamic State"}, {"Al Fallujah"})],
        ),
        (
            "The M23 rebels seized the town of Bunagana from the Congolese army.",
            [("attack", {"M23"}, {"Armed Forces of the Democratic Republic of the Congo"}, {"Bunagana"})],
        ),
        (
            "Ukrainian forces retook the village of Robotyne from Russian troops in August.",
            [("attack", {"Armed Forces of Ukraine"}, {"Russian Armed Forces"}, {"Robotyne"})],
        ),
        (
            "Syrian opposition forces liberated the Syrian town of Dabiq from ISIL control.",
            [("attack", {"Syrian opposition forces"}, {"Islamic State"}, set())],
        ),
        (
            "The Sudanese army regained control of the presidential palace in Khartoum from the Rapid Support "
            "Forces on Friday.",
            [("attack", {"Sudanese Armed Forces"}, {"Rapid Support Forces"}, {"Khartoum"})],
        ),
        # or an armed foe driven out of ground
        (
            "Kurdish fighters drove the Islamic State out of Kobani in January.",
            [("attack", {"Kurdish fighters"}, {"Islamic State"}, {"Kobani"})],
        ),
        (
            "The army expelled the rebels from the town of Gao.",
            [("attack", {"army"}, {"rebels"}, {"Gao"})],
        ),
        # not people freed, nor ground taken from no armed foe
        ("Police freed the hostages from their captors.", []),
        ("The government expelled the diplomats from the country.", []),
        ("Police pushed the protesters out of the square.", []),
        ("The company recaptured its market share from rivals.", []),
    ],
)
def test_ground_retaken_from_an_armed_foe(nlp, text: str, expected: list):
    assert attacks(text, nlp, "2025-06-10") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an armed group's offensive at a named place is a deed though no target is named
        (
            "The Taliban offensive around Kunduz displaced thousands of people.",
            [("attack", {"Taliban"}, set(), {"Kunduz"})],
        ),
        # not one of no one, or nowhere
        ("The offensive displaced thousands of people.", []),
        ("The Taliban offensive displaced thousands of people.", []),
    ],
)
def test_an_armed_groups_offensive_at_a_place(nlp, text: str, expected: list):
    assert attacks(text, nlp, "2025-06-10") == expected


def test_the_foe_of_a_war_may_do_the_deeds_told_beside_it(nlp):
    # who wages the war does not; its foe may claim the attacks a relative clause on it tells
    text = (
        "Meanwhile, the army has stepped up its counteroffensive against ELN guerrillas, which have claimed "
        "responsibility for the attacks on the oil pipeline."
    )
    assert sorted(perpetrators(text, nlp)) == [("National Liberation Army (Colombia)", "claimed"), ("army", "reported")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # deeds that went on or began again were done, by whoever went on with them, on that day
        (
            "Russia continued bombing Aleppo on Tuesday.",
            [("bombing", {"Russia"}, set(), {"Aleppo"}, "2024-02-06")],
        ),
        (
            "Russian jets continued airstrikes on rebel positions in Idlib on Tuesday.",
            [("airstrike", {"Russia"}, {"rebel positions"}, {"Idlib"}, "2024-02-06")],
        ),
        (
            "Israeli forces pressed their offensive against Hamas in Khan Younis on Monday.",
            [("attack", {"Israel Defense Forces"}, {"Hamas"}, {"Khan Yunis"}, "2024-02-05")],
        ),
        # the day arms were used is their deed's
        (
            "Two men threw an explosive device at a police post in Medellin this evening.",
            [("bombing", {"men"}, {"police post"}, {"Medellín"}, "2024-02-08")],
        ),
        # not what is only vowed or willed to go on
        ("The FMLN vowed to continue its attacks on the army.", []),
        ("Russia will continue bombing Aleppo.", []),
    ],
)
def test_deeds_that_go_on(nlp, text: str, expected: list):
    assert [(e["subtype"], e["perpetrator"], e["target"], e["place"], e["date"]) for e in roles(text, nlp)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whom a deed was done to kill or rout is its target
        (
            "Gunmen opened fire on the convoy in an attempt to assassinate the governor.",
            [("shooting", {"Gunmen"}, {"convoy", "governor"}, set())],
        ),
        (
            "Attackers set off a bomb in a failed effort to kill the provincial governor.",
            [("bombing", {"Attackers"}, {"provincial governor"}, set())],
        ),
        (
            "Two groups of security forces were taking part in the assault to neutralize the terrorists inside "
            "the hotel.",
            [("attack", {"groups"}, {"terrorists"}, set())],
        ),
        # not an aim that is no harm
        ("Police fired tear gas to disperse the protesters.", []),
    ],
)
def test_whom_a_deed_was_done_to_kill(nlp, text: str, expected: list):
    assert attacks(text, nlp, "2004-09-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an absolute phrase's participle is a passive: those it names were killed
        (
            "Five killed in suicide car bombing in Iraq. Violence raged on in Iraq on Friday, with five Iraqis "
            "killed in a suicide car bombing in Baghdad.",
            [("bombing", set(), {"Iraqis"}, {"Baghdad", "Iraq"})],
        ),
        # a participle on an accident's noun is the accident's harm
        (
            "Commuter Plane Crashes in China, Killing 54. A China Eastern Airlines commuter plane crashed into a "
            "frozen lake in northern China, killing all 53 people on board.",
            [],
        ),
    ],
)
def test_who_did_it_is_not_misread(nlp, text: str, expected: list):
    assert attacks(text, nlp, "2004-09-01") == expected


def test_it_after_a_thing_is_the_thing(nlp):
    # "it" after a thing named as a subject is the thing, not the group that spoke before it; and a
    # victim's age is no year
    text = (
        "Four people were killed in a car bomb explosion in Bogota, the police reported to Radio Cadena Nacional. "
        "The car bomb was left under the bridge on 68th Street and 13th Street where it exploded at approximately "
        "1100, killing Maria Jacinta Pulido, 42, and Pilar Pulido, 19."
    )
    assert perpetrators(text, nlp, "1989-11-03") == []
    assert {e["date"] for e in roles(text, nlp, "1989-11-03")} == {None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deed tried is a deed: whom it was tried on, who tried it
        (
            "A senior Hamas leader survived an Israeli assassination attempt in the Gaza Strip on Wednesday.",
            [("killing", {"Israel"}, {"senior Hamas leader"}, {"Gaza Strip"})],
        ),
        (
            "Gunmen made a kidnapping attempt on the consul in Lagos.",
            [("kidnapping", {"Gunmen"}, {"consul"}, {"Lagos"})],
        ),
        (
            "Gunmen opened fire on a convoy carrying Ahmad Chalabi in an apparent assassination attempt that "
            "wounded two of his bodyguards.",
            [("shooting", {"Gunmen"}, {"convoy", "his bodyguards"}, set())],
        ),
        # not one foiled, plotted, or tried as a habit
        ("Police foiled an assassination attempt on the president.", []),
        ("He was arrested over an assassination plot against the king.", []),
        ("He revealed that the gangs which carry out assassination attempts against the party are mercenaries.", []),
    ],
)
def test_a_deed_tried(nlp, text: str, expected: list):
    assert attacks(text, nlp, "2004-09-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what the police seize, and suspects seized, are arrests
        ("Police seized three suspects in Lahore.", []),
        ("Two suspects were seized by soldiers near the border.", []),
        (
            "Gunmen seized two Italian aid workers in Baghdad.",
            [("kidnapping", {"Gunmen"}, {"Italian aid workers"}, {"Baghdad"})],
        ),
        # a country's name before a mine places it; a nationality owns the mines
        (
            "2 Troops Said Killed by Turkey Land Mine (AP). AP - Two Turkish soldiers were killed when their vehicle "
            "hit a land mine in southeastern Turkey.",
            [("attack", set(), {"Turkish soldiers"}, {"Turkey"})],
        ),
        ("Russian mines killed two children near Kharkiv.", [("killing", {"Russia"}, {"children"}, {"Kharkiv"})]),
        # a country before the armed men of a deed's name is theirs, where they struck
        (
            "Five soldiers were killed in an Iraq insurgent attack on Sunday.",
            [("attack", set(), {"soldiers"}, {"Iraq"})],
        ),
        # "that" takes up the noun it follows; a body is whose body it was
        (
            "The warning follows an analysis by the FBI and the Homeland Security Department of the siege that killed "
            "nearly 340 people.",
            [("killing", set(), {"people"}, set())],
        ),
        (
            "Fellow soldiers riddled the body of a Palestinian schoolgirl with bullets in Rafah.",
            [("shooting", {"Fellow soldiers"}, {"Palestinian schoolgirl"}, {"Rafah"})],
        ),
    ],
)
def test_roles_that_read_otherwise(nlp, text: str, expected: list):
    assert attacks(text, nlp, "2004-09-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a vehicle run into something that is no one and no weapon is an accident
        (
            "At least six crew members are killed and one is missing after a South Korean cargo ship hits a "
            "breakwater in Japan.",
            [],
        ),
        ("Police said. A bus slammed into a wall in Lima, killing 12 passengers.", []),
        (
            "Rescuers smashed train windows to reach 100 passengers trapped when a carriage derailed and dragged "
            "other cars into a ravine, killing at least four people.",
            [],
        ),
        ("A sailor was killed in a submarine fire in the North Atlantic.", []),
        # not a mine struck, a crowd rammed
        (
            "Three soldiers were killed after their vehicle hit a roadside bomb.",
            [("bombing", set(), {"soldiers"}, set())],
        ),
        (
            "A truck rammed into the crowd in Nice, killing 86 people.",
            [("killing", set(), {"people"}, {"Nice"})],
        ),
    ],
)
def test_accidents_of_vehicles(nlp, text: str, expected: list):
    assert attacks(text, nlp, "2004-09-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # arms a state's aircraft carry are its own, through the words for their kind
        (
            "US fighter jets bombed the rebel-held city of Fallujah yesterday, killing at least 10 people.",
            [("airstrike", {"United States"}, {"people"}, {"Al Fallujah"})],
        ),
        # who is behind a deed did it, wherever the parse hung "behind"
        (
            "Police arrested the militants behind the attack on the hotel.",
            [("attack", {"militants"}, {"hotel"}, set())],
        ),
        (
            "The army broadened its sweep for militants behind a deadly rocket attack on the town of Sderot.",
            [("shelling", {"militants"}, set(), {"Sderot"})],
        ),
        # what a relative clause tells of its noun is not what is denied around it
        (
            "Officials denied the decision was linked to demands by militants who killed two hostages.",
            [("killing", {"militants"}, {"hostages"}, set())],
        ),
        # what is asked of others, or done as a habit, is no deed done
        ("Colombia's main rebel group asked followers to mount an assassination attempt against President Bush.", []),
        ("The cleric urged his followers to attack US troops.", []),
        (
            "The storm has passed. Victims are now tormented by street gangs who attack food convoys and shoot "
            "those who get in their way.",
            [],
        ),
        # nor an opening salvo in a debate
        ("McCain criticized Kerry, firing an opening salvo as Republicans gathered in New York.", []),
    ],
)
def test_who_did_it_and_whether(nlp, text: str, expected: list):
    assert attacks(text, nlp, "2004-09-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day a relative clause on a participant tells is not the deed's
        ("The judge, who took office on Friday, was wounded in Lima.", [None]),
        ("Gunmen killed the mayor, who was elected on Friday, in Lima.", [None]),
        # one on the deed itself is
        ("The attack, which occurred on Friday in Lima, killed two soldiers.", ["1989-06-30"]),
        # the day of a sentence for a deed is not the deed's
        ("A court in Sanaa jailed five men for 10 years Saturday for the bombing of the tanker Limburg.", [None]),
    ],
)
def test_the_day_of_a_deed(nlp, text: str, expected: list):
    assert [e["date"] for e in roles(text, nlp, "1989-07-02")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attack of a civil person or body on another is words
        ("Hillary Clinton spoke in Ohio. Trump attacked Clinton over her emails on Monday.", []),
        ("Novell launched an attack on Microsoft, claiming that the company has stifled innovation.", []),
        # not one with arms, or by armed men
        (
            "A man attacked the minister with a knife in Stockholm.",
            [("attack", {"man"}, {"minister"}, {"Stockholm"})],
        ),
        ("Gunmen attacked the mayor in Lima.", [("attack", {"Gunmen"}, {"mayor"}, {"Lima"})]),
    ],
)
def test_an_attack_of_words(nlp, text: str, expected: list):
    assert attacks(text, nlp, "2016-09-01") == expected


def test_accused_in_a_clause_of_time(nlp):
    # who is hunted after being accused of a killing is accused of it, not found to have done it
    text = "A Thai policeman was being hunted after being accused of killing a British couple near Krabi."
    assert perpetrators(text, nlp, "2004-09-01") == [("Thai policeman", "accused")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who is convicted of a deed is accused of it by the court
        (
            "Officials said. Japan has hanged a man convicted of stabbing eight children to death.",
            [("man", "accused")],
        ),
        ("A court convicted two men of the bombing of the embassy.", [("men", "accused")]),
    ],
)
def test_convicted_of_a_deed(nlp, text: str, expected: list):
    assert perpetrators(text, nlp, "2004-09-01") == expected


def test_a_deed_a_conditional_involves(nlp):
    text = "Police said. The law should protect householders even if it involves killing the intruder."
    assert attacks(text, nlp, "2004-09-01") == []


def test_whose_names_no_one(nlp):
    # "whose group" is the group: the relative word is no part of its name
    text = "Officials said. They will not free prisoners as demanded by an ally whose group has beheaded two Americans."
    assert perpetrators(text, nlp, "2004-09-01") == [("group", "reported")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a projectile that comes down is its deed, of its kind
        (
            "Mortar shells landed on a market in Donetsk, killing seven civilians, local authorities said.",
            [("shelling", set(), {"market", "civilians"}, {"Donetsk"})],
        ),
        (
            "A rocket hit a school in Kharkiv on Tuesday, killing two teachers.",
            [("shelling", set(), {"school", "teachers"}, {"Kharkiv"})],
        ),
        ("Two rockets landed near the US embassy in Baghdad.", [("shelling", set(), {"US embassy"}, {"Baghdad"})]),
        # not a company's shares, nor a plane that crashed
        ("Shell shares fell on Monday in London.", []),
    ],
)
def test_a_projectile_that_came_down(nlp, text: str, expected: list):
    assert attacks(text, nlp, "2024-08-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one day's strikes are told in the plural
        (
            "Russian air strikes hit rebel-held areas of Aleppo on Sunday.",
            [("airstrike", {"Russia"}, set(), {"Aleppo"})],
        ),
        # a bomber who blew himself up bombed; a bridge blown up was bombed
        (
            "A suicide bomber blew himself up at a wedding in Kabul, killing 30 guests.",
            [("bombing", {"suicide bomber"}, {"guests"}, {"Kabul"})],
        ),
        ("Militants blew up a bridge in northern Syria.", [("bombing", {"Militants"}, {"bridge"}, {"Syria"})]),
        ("The deal blew up after the talks collapsed.", []),
    ],
)
def test_strikes_told_in_the_plural_and_a_bomber_blown_up(nlp, text: str, expected: list):
    assert attacks(text, nlp, "2024-08-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's invasion of a named land, told by a verb or a noun
        ("Russia invaded Ukraine on 24 February 2022.", [("raid", {"Russia"}, set(), {"Ukraine"})]),
        (
            "Since Iraq's invasion of Kuwait in August 1990, thousands have fled.",
            [("raid", {"Iraq"}, set(), {"Kuwait"})],
        ),
        # not a company's move into a market, nor tourists
        ("Apple invaded the smartphone market in 2007.", []),
        ("Tourists invaded Venice this summer.", []),
        # a company that storms or targets is no armed group; commandos are, however spelt
        ("Microsoft targeted small businesses with its new software.", []),
        (
            "WE REPEAT: 30 MINUTES AGO, PRESUMED URBAN COMMANDOES STORMED AREAS NEAR THE FACILITIES OF THE ARMY.",
            [("raid", {"Urban Commandoes"}, {"facilities"}, set())],
        ),
    ],
)
def test_an_invasion_and_a_company_move(nlp, text: str, expected: list):
    assert attacks(text, nlp, "2024-08-01") == expected


def test_a_toll_takes_the_day_of_its_clause(nlp):
    text = "Hamas fighters crossed into southern Israel on October 7, killing about 1,200 people."
    assert [e["date"] for e in roles(text, nlp, "2024-08-01")] == ["2023-10-07"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who claims a deed and says what was done did it, by their claim
        (
            "The Taliban claimed responsibility, saying its fighters had targeted a foreign military convoy.",
            [("Taliban", "claimed")],
        ),
        # whom one blames, saying they did it, is accused
        ("Police blamed the rebels, saying they had planted the bomb.", [("rebels", "accused")]),
        # what one says beside a denial is said, not denied
        ("The army denied the report, saying rebels had attacked the village.", [("rebels", "reported")]),
        ("Hamas denied involvement, saying it had not carried out the attack.", []),
    ],
)
def test_what_a_participle_of_speech_says(nlp, text: str, expected: list):
    assert perpetrators(text, nlp, "2024-08-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people poisoned were attacked, in the month named (which is no march)
        (
            "The former spy and his daughter were poisoned with a nerve agent in Salisbury in March 2018.",
            [("killing", set(), {"former spy", "his daughter"}, {"Salisbury"})],
        ),
        ("Relations between the two countries were poisoned by the dispute.", []),
        # drones and missiles brought down in flight are air defence, a plane is an attack on those aboard
        ("Ukraine said it shot down 30 Russian drones overnight.", []),
        ("Israel said it intercepted two ballistic missiles over the Red Sea.", []),
        (
            "Separatists shot down a Malaysian passenger jet over eastern Ukraine, killing 298 people.",
            [("shooting", {"Separatists"}, {"Malaysian passenger jet", "people"}, {"Ukraine"})],
        ),
    ],
)
def test_a_poisoning_and_air_defence(nlp, text: str, expected: list):
    assert attacks(text, nlp, "2024-08-01") == expected


ARTICLE_SOMALIA = (
    "At least 25 people have been killed in a suicide bombing at a crowded market in Mogadishu, police say. "
    "The attacker detonated an explosives-laden vest near a tea shop on Thursday evening, police said. "
    "Al-Shabaab, the al-Qaeda-linked militant group, said it carried out the attack. "
    "The group has been fighting the federal government for more than 15 years. "
    "In October last year, twin car bombs at the education ministry killed more than 120 people."
)
ARTICLE_GAZA = (
    "An Israeli air strike on a house in central Gaza has killed at least 18 people, health officials said on "
    "Saturday. The Israeli military said it had targeted a Hamas commander. "
    "Earlier on Friday, three Israeli soldiers were killed by an explosive device in Rafah, the army said."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the news's own deed, on its evening's day; a war's span is no deed; a deed a year before is its own
        (ARTICLE_SOMALIA, [("2024-08-01", 25), ("2023-10", 120)]),
        # a deed told "earlier", on a day of its own, is another
        (ARTICLE_GAZA, [(None, 18), ("2024-08-02", 3)]),
    ],
)
def test_the_deeds_of_an_article_told_apart_by_their_days(nlp, text: str, expected: list):
    r = extract_article(Article(id="t", text=text, date="2024-08-03"), nlp)
    assert [(e.date, e.killed) for e in r.events if e.type == "attack"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # arms a state or group calls its own are its, by its word
        (
            "The IDF said its jets struck Hezbollah targets in southern Lebanon overnight.",
            [("airstrike", {"Israel Defense Forces"}, {"Hezbollah"}, {"Lebanon"})],
        ),
        (
            "Russia said its missiles had destroyed a Ukrainian arms depot near Lviv.",
            [("shelling", {"Russia"}, {"Ukrainian arms depot"}, {"Lviv"})],
        ),
        # who were among those killed were harmed
        (
            "Two journalists were among those killed in the strike, which hit a hotel in Kramatorsk.",
            [("attack", set(), {"journalists", "hotel"}, {"Kramatorsk"})],
        ),
    ],
)
def test_arms_called_ones_own_and_those_among_the_dead(nlp, text: str, expected: list):
    assert attacks(text, nlp, "2024-08-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group's name before a unit the parse left apart is the group; a day the model did not mark
        (
            "SAN SALVADOR, 12 MAY 90 (RADIO VENCEREMOS) -- [TEXT] FMLN URBAN COMMANDOS LAST NIGHT ATTACKED A "
            "MILITARY POST IN SANTA TECLA.",
            [({"Farabundo Marti National Liberation Front"}, set(), "1990-05-11")],
        ),
        # doers believed to belong to a group: the group is accused
        (
            "Gunmen kidnapped a councilman in Segovia on Sunday. The kidnappers are believed to belong to the ELN.",
            [({"Gunmen"}, {"National Liberation Army (Colombia)"}, "1990-05-06")],
        ),
        (
            "Gunmen kidnapped a councilman in Segovia on Sunday. The kidnappers are believed to be members of the ELN.",
            [({"Gunmen"}, {"National Liberation Army (Colombia)"}, "1990-05-06")],
        ),
    ],
)
def test_a_group_before_its_unit_and_doers_believed_its_own(nlp, text: str, expected: list):
    assert [(e["perpetrator"], e["accused"], e["date"]) for e in roles(text, nlp, "1990-05-12")] == expected


ARTICLE_MANCHESTER = (
    "Police have arrested a 23-year-old man in connection with Monday night's suicide bombing at the Manchester "
    "Arena, which killed 22 people. The attacker, named by police as Salman Abedi, detonated a homemade device in "
    "the foyer. The so-called Islamic State group said one of its soldiers had carried out the attack. It was the "
    "deadliest attack in the UK since the July 2005 London bombings, when 52 people were killed by four suicide "
    "bombers."
)


def test_an_attacker_named_and_a_group_that_claims_its_soldier(nlp):
    # the attacker named by the police is the person; the group that says "one of its soldiers" did it
    # claims the same deed (and the pronoun inside the subject sends its resolution round no loop);
    # the bombings of 2005 are their own event
    got = roles(ARTICLE_MANCHESTER, nlp, "2017-05-24")
    assert [(e["date"], e["perpetrator"], e["accused"]) for e in got] == [
        ("2017-05-22", {"Salman Abedi", "Islamic State"}, {"23-year-old man"}),
        ("2005-07", {"suicide bombers"}, set()),
    ]
    assert perpetrators(ARTICLE_MANCHESTER, nlp, "2017-05-24").count(("Islamic State", "claimed")) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a phrase set after a clause sums up its deed, and the claim in it is that deed's
        (
            "Relations have been tense since a suicide bombing in Kashmir killed 40 paramilitary police in "
            "February 2019, an attack claimed by the Pakistan-based Jaish-e-Mohammed group.",
            [("bombing", {"Jaish-e-Mohammed"}, {"paramilitary police"}, {"Kashmir"})],
        ),
        # a headline's drone shot down is air defence, not the drone's strike
        ("Pakistan says Indian drone shot down near Lahore", []),
    ],
)
def test_a_phrase_that_sums_up_a_deed_and_a_drone_shot_down(nlp, text: str, expected: list):
    assert attacks(text, nlp, "2024-08-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fire exchanged is a clash, and both sides fought it
        (
            "Police exchanged fire with gunmen in Karachi on Tuesday.",
            [("shooting", {"Police", "gunmen"}, set(), {"Karachi"})],
        ),
        (
            "Hezbollah and Israel exchanged fire across the border.",
            [("shooting", {"Hezbollah", "Israel"}, set(), set())],
        ),
        ("The two leaders exchanged views on trade.", []),
    ],
)
def test_fire_exchanged(nlp, text: str, expected: list):
    assert attacks(text, nlp, "2024-08-01") == expected


def test_a_when_clause_on_the_last_of_two_passives(nlp):
    # the clause of time the parse hung on the second passive tells both harms' deed: one ambush
    text = "Four aid workers were killed and two others kidnapped when gunmen ambushed their convoy in South Sudan."
    got = roles(text, nlp, "2024-08-01")
    assert [(e["perpetrator"], "aid workers" in e["target"]) for e in got] == [({"gunmen"}, True)]


def test_those_who_trade_blame_are_no_perpetrators(nlp):
    # the two sides that blame each other speak of the deed; neither is said to have done it
    text = "Sudan's army and the RSF have traded blame for the shelling of the market."
    assert attacks(text, nlp, "2024-08-01") == [("shelling", set(), {"market"}, set())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # drones a state launches at a place strike it; drones and missiles in one volley are one deed
        (
            "Russia launched 40 drones and three missiles at Kyiv overnight.",
            [("airstrike", {"Russia"}, set(), {"Kyiv"})],
        ),
        (
            "Iran launched more than 300 drones and missiles at Israel on Saturday night.",
            [("airstrike", {"Iran"}, set(), {"Israel"})],
        ),
        # drones shot down, or launched by no armed hand, strike nothing
        ("Ukraine said it shot down 30 Russian drones launched at Odesa.", []),
        ("The company launched 40 drones at the festival.", []),
        # warplanes that hit strike; a helicopter that hits a power line has an accident
        (
            "US aircraft hit insurgent hideouts in Helmand.",
            [("airstrike", {"United States"}, {"insurgent hideouts"}, {"Helmand"})],
        ),
        ("The helicopter hit a power line and crashed.", []),
        # the armed men whose "targets" were hit, with the nationality before them
        (
            "Turkish warplanes bombed Kurdish militant targets in northern Iraq.",
            [("airstrike", {"Turkey"}, {"Kurdish militant"}, {"Iraq"})],
        ),
    ],
)
def test_drones_launched_at_a_place_and_warplanes_that_hit(nlp, text: str, expected: list):
    assert attacks(text, nlp, "2024-08-01") == expected


def test_a_volley_launched_overnight_is_of_the_news_day(nlp):
    # the parse leaves "overnight" unmarked: still the day of the news that tells it
    (e,) = roles("Russia launched 40 drones and three missiles at Kyiv overnight.", nlp, "2024-08-01")
    assert e["date"] == "2024-08-01"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a nationality before a blast or a home-made bomb tells where it went off, not who set it
        (
            "A Pakistani blast killed five soldiers near the border.",
            [("bombing", set(), {"soldiers"}, {"Pakistan"})],
        ),
        (
            "An Iraqi car bomb killed five people in Baghdad.",
            [("bombing", set(), {"people"}, {"Iraq", "Baghdad"})],
        ),
        # but a state's arms are its own
        (
            "A US drone strike killed a senior al-Qaeda commander in Syria.",
            [("airstrike", {"United States"}, {"senior al-Qaeda commander"}, {"Syria"})],
        ),
        # a mine blast that kills miners is the pit's accident; a landmine's kills soldiers
        ("A Chinese mine blast killed 21 miners in Shanxi province.", []),
        (
            "A roadside mine blast killed three soldiers in Kashmir.",
            [("bombing", set(), {"soldiers"}, {"Kashmir"})],
        ),
    ],
)
def test_a_nationality_before_a_blast_and_a_mine_blast_among_miners(nlp, text: str, expected: list):
    assert attacks(text, nlp, "2024-08-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what one side says the other did, summed up as a claim the other denies, is an accusation
        (
            "Ukraine said Russia had launched 40 drones at Kyiv overnight, a claim Moscow denied.",
            [(set(), {"Russia"})],
        ),
        (
            "Ukraine said Russian forces shelled the city, an accusation the Kremlin rejected.",
            [(set(), {"Russian Armed Forces"})],
        ),
        # a claim not denied stays a report
        (
            "Ukraine said Russian forces shelled the city, a claim Moscow did not deny.",
            [({"Russian Armed Forces"}, set())],
        ),
    ],
)
def test_a_report_the_accused_denies_is_an_accusation(nlp, text: str, expected: list):
    assert [(e["perpetrator"], e["accused"]) for e in roles(text, nlp, "2024-08-01")] == expected


def test_a_decade_is_no_december(nlp):
    # "in a decade" is a span of time, not the tenth month: the deed keeps no date from it
    got = roles("A gunman killed 19 children at a school in Uvalde, the deadliest school shooting in a decade.", nlp)
    assert [e["date"] for e in got] == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a people that rallies or marches protests
        (
            "Hundreds of Israelis rallied in Tel Aviv on Saturday to demand a deal to free the hostages.",
            [({"Israelis"}, set(), {"Tel Aviv"})],
        ),
        # rallying behind someone is support, and troops that march into a town do not protest
        ("Israelis rallied behind their team.", []),
        ("Russian troops marched into the town.", []),
    ],
)
def test_a_people_that_rallies_and_troops_that_march(nlp, text: str, expected: list):
    assert protests(text, nlp) == expected


ARTICLE_BURKINA = (
    "Jihadists kill 40 soldiers in Burkina Faso ambush\n\n"
    "Suspected jihadists killed at least 40 soldiers in an ambush in northern Burkina Faso on Monday, "
    "security sources said.\n\n"
    "The convoy was attacked near the town of Djibo as it escorted supply trucks, one source said.\n\n"
    "No group has claimed responsibility for the attack, but the area is a stronghold of the Group for "
    "the Support of Islam and Muslims (JNIM), an al-Qaeda affiliate.\n\n"
    "The ambush was the deadliest since a raid on a military post in Koudougou in August that killed 20 soldiers."
)


def test_a_group_whose_stronghold_it_is_did_not_do_it_and_a_passive_tells_more(nlp):
    # a group named as holding the ground, beside "no group has claimed it", is no perpetrator; the
    # passive with no doer right after the lead ("The convoy was attacked") tells more of that ambush
    got = roles(ARTICLE_BURKINA, nlp, "2024-07-21")
    assert [(e["date"], e["perpetrator"], e["accused"], "convoy" in e["target"]) for e in got] == [
        ("2024-07-15", {"Jihadists"}, {"Suspected jihadists"}, True),
        ("2023-08", set(), set(), False),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an explosion told as an accident, or of what bursts by accident, is no attack
        (
            "A blast heard in central Jerusalem on Thursday was caused by the apparently accidental explosion "
            "of a gas canister inside a shop, police said.",
            [],
        ),
        ("The explosion of a gas canister killed two people in a restaurant in Lahore.", []),
        ("An accidental explosion at an arms depot killed five soldiers.", []),
        (
            "The explosion of a car bomb killed two people in Lahore.",
            [("bombing", set(), {"people"}, {"Lahore"})],
        ),
        # a death one faces is still to come
        ("Japan made last-ditch efforts to secure the release of a Japanese hostage facing execution in Iraq.", []),
        (
            "The hostage was executed by his captors in Iraq.",
            [("killing", {"his captors"}, {"hostage"}, {"Iraq"})],
        ),
        # the speakers a list runs into before "said" were not hurt
        (
            "A car bomb exploded near a U.S. military patrol in Baiji on Tuesday, killing at least seven Iraqis "
            "and wounding 20 people, including two U.S. soldiers, doctors and the military said.",
            [("bombing", set(), {"Iraqis", "people", "U.S. soldiers"}, {"Bayji"})],
        ),
        (
            "Gunmen killed a soldier, a policeman and a civilian, officials said.",
            [("killing", {"Gunmen"}, {"soldier", "policeman", "civilian"}, set())],
        ),
    ],
)
def test_accidental_blasts_deaths_to_come_and_speakers_after_a_list(nlp, text: str, expected: list):
    assert attacks(text, nlp, "2024-08-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bomb made or shown is no bombing; one planted and defused is a bombing tried, and those
        # who defused it did not do it
        ("The Israeli army is set to unveil a massive stink bomb.", []),
        ("Iran is developing a nuclear bomb, the report said.", []),
        (
            "A bomb planted near the U.S. Embassy in La Paz was defused today by the police.",
            [("bombing", set(), {"U.S. Embassy"}, {"La Paz"})],
        ),
        (
            "Army experts defused a bomb near the market in Kabul.",
            [("bombing", set(), {"market"}, {"Kabul"})],
        ),
        # a nationality before a clash tells where it was: each side is told on its own
        ("Iraqi clashes kill 12.", [("shooting", set(), set(), {"Iraq"})]),
    ],
)
def test_bombs_made_or_defused_and_a_nationality_before_a_clash(nlp, text: str, expected: list):
    assert attacks(text, nlp, "2024-08-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dead and the hurt of a gapped pair are the blast's
        (
            "Blast kills at least three in crowded market in southern Philippines.\n\nMANILA, Philippines - At "
            "least three people have been killed and several injured in a powerful explosion at a crowded public "
            "market in the southern Philippines.",
            [("bombing", 3, None)],
        ),
        # people hurt in a deed are its wounded; what prices or a drought hurt is no attack
        ("At least 30 people have been hurt in an explosion in Kathmandu.", [("bombing", None, 30)]),
        ("Rising prices have hurt families in Lagos.", []),
        ("Farmers in Kenya were badly hurt by the drought.", []),
    ],
)
def test_a_gapped_toll_and_people_hurt(nlp, text: str, expected: list):
    r = extract_article(Article(id="t", text=text, date="2004-12-05"), nlp)
    assert [(e.subtype, e.killed, e.wounded) for e in r.events if e.type == "attack"] == expected


def test_it_was_a_bomb_is_the_deed_told(nlp):
    # "it was a bomb" names the explosion just told, which "the explosion" then tells more of
    text = (
        "Explosion in Kathmandu injures 30.\n\nAt least 30 people have been hurt in an explosion in Nepal's "
        "capital, Kathmandu. Police say it was a bomb. The explosion struck a building of the government-owned "
        "Employees' Provident Fund that was under construction."
    )
    got = roles(text, nlp, "2004-12-05")
    assert [(e["subtype"], e["target"], e["place"]) for e in got] == [
        ("bombing", {"people", "building"}, {"Kathmandu"})
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a raid told only by the arrests it made is an arrest, not an attack
        ("Israeli forces arrested 15 Palestinians in overnight raids across the West Bank.", []),
        ("Eduardo Martinez Romero was captured by Colombian authorities today during the raid on a farm.", []),
        ("Police raided a house in Lima and arrested two suspects.", []),
        # one that kills, or takes hostages, is an attack
        (
            "Troops killed three militants and arrested five others in a raid on a house in Mosul.",
            [("killing", {"Troops"}, {"militants"}, {"Mosul"}), ("raid", set(), {"house"}, {"Mosul"})],
        ),
        (
            # (hostages taken in a raid: a kidnapping, the raid its means)
            "Gunmen seized 20 hostages in a raid on a hotel.",
            [("kidnapping", {"Gunmen"}, {"hostages", "hotel"}, set())],
        ),
    ],
)
def test_a_raid_that_only_arrests_is_no_attack(nlp, text: str, expected: list):
    assert attacks(text, nlp, "2024-08-01") == expected


ARTICLE_SANTA_ANA = (
    "SAN SALVADOR, 12 MAY 90 (ACAN-EFE) -- [TEXT] UNIDENTIFIED GUNMEN TODAY MACHINEGUNNED THE HOUSE OF JUDGE "
    "RICARDO ALFARO IN SANTA ANA, WOUNDING HIS WIFE AND TWO CHILDREN.\n\n"
    "NO GROUP HAS CLAIMED RESPONSIBILITY FOR THE ATTACK, BUT POLICE BELIEVE THAT FMLN URBAN COMMANDOS WERE "
    "BEHIND IT.\n\n"
    "JUDGE ALFARO IS IN CHARGE OF THE INVESTIGATION INTO THE MURDER OF SIX JESUIT PRIESTS LAST NOVEMBER."
)


def test_a_deed_told_as_it_and_a_past_day_on_a_present_clause(nlp):
    # "were behind it" accuses the commandos of the attack told before; "last November", hung on the present
    # "is in charge", is the murder's month, which makes it an earlier deed of its own
    got = roles(ARTICLE_SANTA_ANA, nlp, "1990-05-12")
    assert [(e["date"], e["perpetrator"], e["accused"], e["target"]) for e in got] == [
        ("1990-05-12", {"Unidentified gunmen"}, {"FMLN Urban Commandos"}, {"House", "his wife", "children"}),
        ("1989-11", set(), set(), {"jesuit priests"}),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "it" a group claims, after a deed, is that deed
        (
            "Gunmen attacked a bus in Santa Ana today, killing five people.\n\nThe FMLN claimed it.",
            [("Gunmen", "reported"), ("Farabundo Marti National Liberation Front", "claimed")],
        ),
        # not "it" that is said to be something
        ("The president spoke in Santa Ana today.\n\nThe FMLN claimed it was a fraud.", []),
    ],
)
def test_a_deed_claimed_as_it(nlp, text: str, expected: list):
    assert sorted(perpetrators(text, nlp, "1990-05-12")) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll in a clause the parse hung on a noun of the deed's phrase is the deed's
        (
            "The Extraditables claimed responsibility for the bomb attack against the offices of the newspaper "
            "El Espectador in Bogota, which left 73 people injured.",
            ("bombing", None, 73, {"The Extraditables"}, {"offices", "people"}),
        ),
        # an active verb the parse made a modifier has its doer as subject
        (
            "BOGOTA, 19 SEP 89 (EFE) -- [TEXT] THE ARMY REPORTED TODAY. MEANWHILE, UNIDENTIFIED PERSONS KIDNAPPED "
            "BUSINESSMAN JORGE ESCOBAR IN MEDELLIN YESTERDAY AFTERNOON.",
            ("kidnapping", None, None, {"unidentified persons"}, {"Jorge Escobar"}),
        ),
    ],
)
def test_a_toll_left_in_a_relative_clause_and_a_verb_read_as_a_modifier(nlp, text: str, expected: tuple):
    r = extract_article(Article(id="t", text=text, date="1989-09-19"), nlp)
    names = {a.id: a.label for a in r.actors} | {p.id: p.label for p in r.places}
    (e,) = [e for e in r.events if e.type == "attack"]
    rels = [x for x in r.relations if x.source == e.id]
    assert (
        e.subtype,
        e.killed,
        e.wounded,
        {names[x.target] for x in rels if x.kind == "perpetrator"},
        {names[x.target] for x in rels if x.kind == "target"},
    ) == expected


ARTICLE_WESTGATE = (
    "The 2013 Westgate shopping mall attack began on 21 September 2013, when four masked gunmen attacked the "
    "Westgate shopping mall in Nairobi, Kenya. At least 67 people were killed and more than 175 wounded in the "
    "mass shooting. The Islamist group al-Shabaab claimed responsibility for the incident."
)
ARTICLE_QUETTA = (
    "The Quetta bombing occurred on 8 August 2016 at the Civil Hospital in Quetta, Pakistan. A suicide bomber "
    "detonated an explosive-laden vest among a crowd of lawyers who had gathered at the hospital to mourn the "
    "death of the president of the Balochistan Bar Association, Bilal Anwar Kasi, who had been shot dead earlier "
    "that day. The attack killed at least 70 people and injured more than 112 others. Jamaat-ul-Ahrar, a faction "
    "of the Pakistani Taliban, claimed responsibility, as did the Islamic State."
)


def test_an_article_that_names_its_deed_first(nlp):
    # the named attack "began ... when" gunmen attacked: one deed, on the day it began (not the year before
    # its name); the claim is that deed's
    (e,) = roles(ARTICLE_WESTGATE, nlp, None)
    assert (e["date"], e["perpetrator"], e["place"]) == ("2013-09-21", {"masked gunmen", "al-Shabaab"}, {"Nairobi"})
    # the bombing named first is the one the bomber set off next; the president shot dead earlier that day
    # underwent another deed, which takes neither the bomber nor the claim
    got = roles(ARTICLE_QUETTA, nlp, None)
    assert [(e["subtype"], e["date"], e["perpetrator"]) for e in got] == [
        ("bombing", "2016-08-08", {"suicide bomber", "Jamaat-ul-Ahrar", "Islamic State"}),
        ("shooting", None, set()),
    ]
    # "as did the Islamic State": the second group claims it too
    assert ("Islamic State", "claimed") in perpetrators(ARTICLE_QUETTA, nlp, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fighters from, of or loyal to a named group act for it
        (
            "Fighters from the Wagner group killed dozens of civilians in central Mali.",
            [("killing", {"Wagner Group"}, {"civilians"}, {"Mali"})],
        ),
        (
            "Militants loyal to the Islamic State beheaded 11 Christians in Borno state.",
            [("killing", {"Islamic State"}, {"Christians"}, {"Borno"})],
        ),
        (
            "Rebels of the M23 movement attacked the town of Bunagana.",
            [("attack", {"M23"}, set(), {"Bunagana"})],
        ),
        # not a people or a community they come from
        (
            "Gunmen from the Fulani community attacked the village.",
            [("attack", {"Gunmen"}, {"village"}, set())],
        ),
    ],
)
def test_fighters_from_or_loyal_to_a_group(nlp, text: str, expected: list):
    assert attacks(text, nlp, "2024-08-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb that shares its object with the next is active, even first in a text
        (
            "Israeli soldiers shot and killed a Palestinian gunman on Monday as he approached a military outpost.",
            [("shooting", {"Israeli soldiers"}, {"Palestinian gunman"}, set())],
        ),
        # what was set on fire, told in the passive
        ("A mosque was set on fire in Utrecht overnight.", [("arson", set(), {"mosque"}, {"Utrecht"})]),
    ],
)
def test_a_shared_object_and_a_passive_set_on_fire(nlp, text: str, expected: list):
    assert attacks(text, nlp, "2024-08-01") == expected


def test_a_deed_told_on_the_same_day_and_forces_a_deed_was_aimed_at(nlp):
    # "On the same day, ..." opens another deed, on the day of the one before; the forces the terrorists were
    # preparing to attack did not strike them
    text = (
        "On 14 March, RAF Typhoon aircraft conducted a strike on a Daesh weapons storage facility near Mosul. "
        "On the same day, a Reaper remotely piloted aircraft engaged a group of terrorists preparing to attack "
        "Iraqi forces west of Ramadi, killing several of them."
    )
    got = roles(text, nlp, "2016-03-16")
    assert [(e["date"], e["perpetrator"], e["place"]) for e in got] == [
        ("2016-03-14", {"RAF Typhoon"}, {"Mosul"}),
        ("2016-03-14", set(), {"Ramadi"}),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whom a threat is against: the target of the deed threatened, or what it would be aimed at
        ("Hamas threatened to kill the hostages if Israel continued its bombardment of Gaza.", {"hostages"}),
        ("North Korea threatened to use nuclear weapons against South Korea.", {"South Korea"}),
    ],
)
def test_whom_a_threat_is_against(nlp, text: str, expected: set):
    r = extract_article(Article(id="t", text=text, date="2024-08-01"), nlp)
    names = {a.id: a.label for a in r.actors} | {p.id: p.label for p in r.places}
    (threat,) = [e for e in r.events if e.type == "threat"]
    assert {names[x.target] for x in r.relations if x.source == threat.id and x.kind == "target"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deed told as the subject of a verb of breaking out has that verb's place and day, and a day's
        # protests are told in the plural
        ("Protests erupted in Dhaka after the verdict.", [("protest", None, {"Dhaka"})]),
        (
            "Demonstrations against tax hikes turned violent in Nairobi on Tuesday.",
            [("protest", "2024-07-30", {"Nairobi"})],
        ),
        ("Clashes erupted in Tripoli on Friday.", [("attack", "2024-07-26", {"Tripoli"})]),
    ],
)
def test_deeds_that_break_out(nlp, text: str, expected: list):
    r = extract_article(Article(id="t", text=text, date="2024-08-01"), nlp)
    names = {p.id: p.label for p in r.places}
    assert [
        (e.type, e.date, {names[x.target] for x in r.relations if x.source == e.id and x.kind == "place"})
        for e in r.events
    ] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # roads blocked, a border crossing blockaded, a building occupied by protesters: a protest
        (
            "Thousands of farmers blocked highways across France on Monday to demand better pay.",
            [({"farmers"}, set(), {"France"})],
        ),
        (
            "Truck drivers blockaded the border crossing near Dover to press for higher wages.",
            [({"Truck drivers"}, set(), {"Dover"})],
        ),
        # what is protested against lies where it lies, not where the protest was
        (
            "Students occupied the university's main building in protest against the war in Gaza.",
            [({"Students"}, {"university's main building"}, set())],
        ),
        # a labour strike and a hunger strike are protests, by those who go on them
        ("Dockworkers went on strike at ports in Baltimore on Tuesday.", [({"Dockworkers"}, set(), {"Baltimore"})]),
        (
            "Dozens of inmates went on hunger strike at the prison in Guantanamo Bay.",
            [({"inmates"}, set(), {"Guantanamo Bay"})],
        ),
        ("Unions called a general strike in Argentina.", [({"Unions"}, set(), {"Argentina"})]),
        # stones thrown are a riot's means; whom they are thrown at, its target
        (
            "Protesters burned tyres and hurled stones at police in the city of Hebron.",
            [({"Protesters"}, {"police"}, {"Hebron"})],
        ),
        ("Rioters pelted police with bricks and bottles on Tuesday night.", [({"Rioters"}, {"police"}, set())]),
        # a crowd the police disperse, or fire tear gas at, protested; the police made no attack
        (
            "Police used water cannon to disperse thousands of demonstrators in Belgrade.",
            [({"demonstrators"}, set(), {"Belgrade"})],
        ),
        ("Police fired tear gas at demonstrators in Nairobi.", [({"demonstrators"}, set(), {"Nairobi"})]),
        # protesters who storm a building protest
        (
            "Supporters of the former president stormed government buildings in Brasilia.",
            [({"Supporters of the former president"}, {"government buildings"}, {"Brasília"})],
        ),
        # guards: a court that blocks a law, troops that occupy a town, a group that blockades a port, and
        # commandos who storm a base protest not
        ("The Supreme Court blocked the law on Friday.", []),
        ("Russian troops occupied the town of Kupiansk.", []),
        ("The Houthis have blockaded the port of Hodeidah.", []),
        ("Urban commandos stormed the army base in San Salvador.", []),
    ],
)
def test_protests_told_by_what_protesters_and_police_do(nlp, text: str, expected: list):
    assert protests(text, nlp) == expected


def test_police_tear_gas_is_no_attack(nlp):
    assert attacks("Police fired tear gas at demonstrators in Nairobi.", nlp) == []
    # live fire on protesters is one
    assert attacks("Security forces fired on protesters in Khartoum, killing five.", nlp) == [
        ("shooting", {"Security forces"}, {"protesters"}, {"Khartoum"})
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the deed another answers is of no one the sentence names outside its phrase
        (
            "Hezbollah fired dozens of rockets at northern Israel on Sunday in response to the killing of one of "
            "its commanders.",
            [("shelling", {"Hezbollah"}, set(), {"Israel"}), ("killing", set(), {"its commanders"}, {"Israel"})],
        ),
    ],
)
def test_the_deed_answered_is_not_the_answerers(nlp, text: str, expected: list):
    assert attacks(text, nlp, "2024-08-01") == expected


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a day told from the deed before it, or from the news day when no deed before has one
        ("A day earlier, a car bomb killed five soldiers in Kirkuk.", ["2024-07-31"]),
        (
            "Gunmen killed two policemen in the northern Iraqi city of Kirkuk on Monday, police said. The previous "
            "day, a roadside bomb killed three soldiers near Tikrit.",
            ["2024-07-29", "2024-07-28"],
        ),
        (
            "Gunmen killed two policemen in the northern Iraqi city of Kirkuk on Monday, police said. Two days "
            "earlier, gunmen had shot dead a judge in the city.",
            ["2024-07-29", "2024-07-27"],
        ),
        # and is another deed, even when the first sentence reads as a title
        (
            "Gunmen killed two policemen in Kirkuk on Monday. The previous day, a roadside bomb killed three "
            "soldiers near Tikrit.",
            ["2024-07-29", "2024-07-28"],
        ),
    ],
)
def test_a_day_told_from_another(nlp, text: str, dates: list):
    assert [e["date"] for e in roles(text, nlp, "2024-08-01")] == dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sea's name the place ruler cut at its "of" is one place (not "North of | San Salvador")
        (
            "The Houthis targeted a British oil tanker in the Gulf of Aden with anti-ship missiles.",
            [("attack", {"Houthis"}, {"British oil tanker"}, {"Gulf of Aden"})],
        ),
        (
            "Guerrillas blew up a public bus in a neighborhood located north of San Salvador.",
            [("bombing", {"Guerrillas"}, {"public bus"}, {"San Salvador"})],
        ),
        # the state a target's phrase lies in is where the deed was
        (
            "Myanmar's military junta carried out airstrikes on a camp for displaced people in Kachin state.",
            [("airstrike", {"Myanmar Armed Forces"}, {"camp"}, {"Kachin"})],
        ),
        # those captured in a deed are its targets, their captors its doers
        (
            "Militants captured 12 soldiers in an ambush near Gao, the army said.",
            [("attack", {"Militants"}, {"soldiers"}, {"Gao"})],
        ),
        # guard: what a side loses in an ambush is its own
        ("The army lost 12 soldiers in an ambush near Gao.", [("attack", set(), set(), {"Gao"})]),
    ],
)
def test_a_sea_a_state_in_a_target_phrase_and_captives(nlp, text: str, expected: list):
    assert attacks(text, nlp, "2024-08-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's agency that says it was behind a blast claims it
        (
            "Ukraine's military intelligence agency said it was behind the explosion that destroyed a bridge in "
            "Crimea.",
            [("Ukraine's military intelligence agency", "claimed")],
        ),
        # a report summed up as a claim left unanswered accuses; saboteurs are attackers
        (
            "Russia said Ukrainian saboteurs had attacked a power station in the Bryansk region, a claim Kyiv did "
            "not comment on.",
            [("Ukrainian saboteurs", "accused")],
        ),
        # and a group's own claim stays a claim, verified or not
        (
            "The Islamic State said its fighters had attacked the checkpoint, a claim that could not be "
            "independently verified.",
            [("Islamic State", "claimed")],
        ),
        # the fighters a group's spokesman calls "its" are the group's
        (
            "A spokesman for the Tehreek-e-Taliban Pakistan said its fighters had ambushed the convoy in North "
            "Waziristan.",
            [("Tehrik-i-Taliban Pakistan", "claimed")],
        ),
        # two sides that trade blame each accuse the other
        (
            "The army and the rebels traded blame for the attack on the market.",
            [("army", "accused"), ("rebels", "accused")],
        ),
        (
            "Russia and Ukraine exchanged accusations over the attack on the Zaporizhzhia nuclear plant.",
            [("Russia", "accused"), ("Ukraine", "accused")],
        ),
    ],
)
def test_claims_summed_up_spoken_for_and_blame_traded(nlp, text: str, expected: list):
    assert sorted(perpetrators(text, nlp, "2024-08-01")) == expected


def test_a_group_named_in_the_claimants_description_is_no_doer(nlp):
    text = (
        'An alleged spokesman for "The Extraditables," a group that claims to be linked to the Medellin cartel, '
        "has claimed responsibility for the burning of a restaurant today."
    )
    assert perpetrators(text, nlp, "1989-09-05") == [("The Extraditables", "claimed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what gangs have done for years is no deed
        (
            "Armed gangs have terrorised communities in northwest Nigeria for years, kidnapping people for ransom "
            "and killing villagers.",
            [],
        ),
        ("The group has attacked army posts for years.", []),
        # the dead and the hostages of one raid are one deed, on the day it began
        (
            "The war began on October 7 when Hamas-led gunmen stormed southern Israel, killing about 1,200 people "
            "and taking 251 hostages.",
            [("kidnapping", {"Hamas-led gunmen"}, {"people", "hostages"}, {"Israel"})],
        ),
    ],
)
def test_names_habits_and_the_day_a_war_began(nlp, text: str, expected: list):
    assert attacks(text, nlp, "2024-08-05") == expected


def test_the_day_a_war_began_is_its_first_deeds(nlp):
    text = "The war began on October 7 when Hamas-led gunmen stormed southern Israel, killing about 1,200 people."
    assert [e["date"] for e in roles(text, nlp, "2024-08-05")] == ["2023-10-07"]


def test_a_strike_called_a_name_is_no_labour_strike(nlp):
    text = "Hamas denied that its fighters were using the building and called the strike a massacre."
    assert protests(text, nlp) == []


def test_attackers_told_again_by_the_are_those_told_first(nlp):
    text = (
        "Gunmen kill 12 worshippers in attack on mosque in northern Nigeria\n\n"
        "Gunmen on motorcycles attacked a mosque in Nigeria's northwestern Katsina state during dawn prayers on "
        "Monday, killing at least 12 worshippers, police said. The attackers stormed the mosque and opened fire "
        "on people praying inside. The assailants also set fire to houses before fleeing into the forest."
    )
    assert [e["perpetrator"] for e in roles(text, nlp, "2024-08-05")] == [{"Gunmen"}]


@pytest.mark.parametrize(
    "text",
    [
        # a deed sought, or one followers are asked to make, is not made
        "FARC Sought Bush Assassination. Colombia's main rebel group asked followers to mount an assassination "
        "attempt against President Bush during his visit to Colombia last week.",
        "The group asked its followers to launch an attack on the embassy.",
        # words: an attack over a record, an opening salvo
        "Republicans attacked Kerry over his voting record.",
        "Sen. John McCain said it was fair game to criticize John Kerry, firing an opening salvo as Republicans "
        "sought to portray President Bush as a strong wartime leader.",
    ],
)
def test_deeds_sought_and_attacks_in_words(nlp, text: str):
    assert attacks(text, nlp, "2004-09-01") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parse hangs the participle on the kin; the one just before it was killed
        (
            "Relatives of the Black Watch soldier killed during the deployment from Basra have spoken of their "
            "devastation.",
            [("killing", set(), {"Black Watch soldier"}, {"Basra"})],
        ),
    ],
)
def test_the_kin_of_the_harmed_are_not_harmed(nlp, text: str, expected: list):
    assert attacks(text, nlp, "2004-09-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # doers believed to be some group's did the deed; only the group is suspected
        (
            "Gunmen believed to be from the Sinaloa cartel killed 19 people at a party in Guanajuato state late on "
            "Saturday.",
            [("Gunmen", "reported"), ("Sinaloa Cartel", "accused")],
        ),
        (
            "Gunmen, believed to be members of the Sinaloa cartel, killed 19 people at a party.",
            [("Gunmen", "reported"), ("Sinaloa Cartel", "accused")],
        ),
        # those blamed are told by whose they are, not charged with them
        (
            "A car bomb exploded outside a police station in the Colombian city of Cali on Sunday, wounding 14 "
            "people, officials said, blaming dissidents of the former FARC rebel group.",
            [("dissidents", "accused")],
        ),
    ],
)
def test_doers_believed_to_be_a_groups_and_the_blamed_by_whose_they_are(nlp, text: str, expected: list):
    assert sorted(perpetrators(text, nlp, "2024-08-01")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # drones and missiles shot down are an air defence's work, not an attack on those who down them
        ("Air defences shot down two missiles over Kyiv.", [("shelling", set(), set(), {"Kyiv"})]),
        ("Ukrainian forces shot down 25 of 30 Russian drones launched overnight, the air force said.", []),
        # a manned aircraft shot down is attacked
        (
            "Rebels shot down an army helicopter in Arauca.",
            [("shooting", {"Rebels"}, {"army helicopter"}, {"Arauca"})],
        ),
    ],
)
def test_drones_shot_down(nlp, text: str, expected: list):
    assert attacks(text, nlp, "2024-08-01") == expected


def test_what_struck_it_and_a_series_since_a_day(nlp):
    text = (
        "A Russian missile strike on a hardware store in Kharkiv killed at least seven people on Saturday, "
        "Ukrainian officials said. Regional governor Oleh Syniehubov said 200 people may have been inside the "
        "store when two guided bombs hit it. Later on Saturday, a Russian drone attack on the city of Sumy damaged "
        "power lines, the regional administration said. Kharkiv has faced intensified Russian attacks since Moscow "
        "launched an offensive in the region on May 10."
    )
    got = [(e["perpetrator"], e["target"], e["place"]) for e in roles(text, nlp, "2024-05-25")]
    assert got == [
        ({"Russia"}, {"hardware store", "people"}, {"Kharkiv"}),
        ({"Russia"}, {"power lines"}, {"Sumy"}),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one found killed is the target
        ("Police found the journalist shot dead in his car.", [("shooting", set(), {"journalist", "his car"}, set())]),
        (
            "The mayor of the town was found decapitated six days after taking office.",
            [("killing", set(), {"mayor of the town"}, set())],
        ),
        # what a weapon was thrown or fired into or at, in the passive
        (
            "A grenade was thrown into a crowded bar in Bujumbura, wounding 12 people.",
            [("bombing", set(), {"crowded bar", "people"}, {"Bujumbura"})],
        ),
    ],
)
def test_the_found_killed_and_a_weapon_thrown_into(nlp, text: str, expected: list):
    assert attacks(text, nlp, "2024-08-01") == expected


def test_a_deed_a_day_before_is_not_the_headlines(nlp):
    text = (
        "Israel Destroys Refugee Homes, Kills One. GAZA CITY, Gaza Strip - A day after a mortar round killed an "
        "Israeli-American woman in a nearby settlement, the Israeli army charged into a Palestinian refugee camp "
        "Saturday, killing one person and tearing down 35 homes, witnesses said."
    )
    got = [(e["perpetrator"], e["target"]) for e in roles(text, nlp, "2004-09-01")]
    # the woman killed the day before is no target of the army's raid, which razed the homes of the headline
    assert (set(), {"Israeli-American woman", "nearby settlement"}) in got
    assert ({"Israel Defense Forces", "Israel"}, {"person", "refugee homes"}) in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the last of coordinated verbs holds what all share: a count of clashes sums up a year
        ("Police said 212 rebels were killed and 95 soldiers wounded in more than 300 clashes last year.", []),
        # a bare plural that names who fought is one night's clashes, also for the verb before it
        (
            "Two soldiers were killed on Monday and 95 wounded in clashes with rebels.",
            [("shooting", {"rebels"}, {"soldiers"}, set())],
        ),
        # one poisoned by name or by "he" or "she"; not relations poisoned
        (
            "Opposition leader Alexei Navalny fell ill on a flight. He was poisoned with a nerve agent.",
            [("killing", set(), {"Alexei Navalny"}, set())],
        ),
        ("Relations between the two countries were poisoned by the dispute.", []),
    ],
)
def test_a_shared_tally_and_one_poisoned(nlp, text: str, expected: list):
    assert attacks(text, nlp, "2024-08-01") == expected


def test_initials_own_the_drones_and_a_denial_beside_an_accusation(nlp):
    text = (
        "An airstrike on a market in the Sudanese city of Nyala killed at least 40 people on Saturday. "
        "Activists blamed the Sudanese army for the strike. The army denied the accusation and said the Rapid "
        "Support Forces had shelled the area. On Thursday, RSF drones hit a power station in the city of Atbara."
    )
    got = [(e["subtype"], e["perpetrator"], e["accused"], e["target"]) for e in roles(text, nlp, "2024-06-09")]
    # the denial is of the accusation; what the army says beside it is said (the RSF's own drones)
    assert ("shelling", {"Rapid Support Forces"}, set(), set()) in got
    assert ("airstrike", {"Rapid Support Forces"}, set(), {"power station"}) in got
    # a denial still denies what it governs
    assert perpetrators("The army denied that its troops had shelled the market in Nyala.", nlp) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a wild animal does is no one's deed: as subject, in a parse gone astray, as agent, in a compound
        ("A pack of stray dogs attacked and killed a five-year-old boy in the village.", []),
        (
            "Swimmer believed killed in shark attack. A great white shark estimated to be at least 18 feet long "
            "attacked and presumably killed an elderly woman off a beach near Cape Town, officials said.",
            [],
        ),
        ("A man was attacked by a bear while hiking in the park.", []),
        # a group named after an animal, and riders, are doers
        (
            "Tamil Tigers attacked a navy base in Trincomalee.",
            [("attack", {"Liberation Tigers of Tamil Eelam"}, {"navy base"}, {"Trincomalee"})],
        ),
        (
            "Gunmen on horses attacked the village and killed 12 people.",
            [("attack", {"Gunmen"}, {"village", "people"}, set())],
        ),
    ],
)
def test_what_animals_do_is_no_attack(nlp, text: str, expected: list):
    assert attacks(text, nlp, "2004-12-05") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state struck is aimed at; a nationality before "targets" says whose
        (
            "North Korea threatened to strike the United States with nuclear weapons.",
            ({"North Korea"}, {"United States"}),
        ),
        ("Al-Shabaab threatened to attack Kenyan targets after the raid.", ({"al-Shabaab"}, {"Kenya"})),
        (
            "The Houthis threatened to attack US warships in the Red Sea if the strikes continued.",
            ({"Houthis"}, {"US warships"}),
        ),
    ],
)
def test_whom_a_threat_is_against_and_no_other_deed_of_the_threatener(nlp, text: str, expected: tuple):
    r = extract_article(Article(id="t", text=text, date="2024-02-08"), nlp)
    names = {a.id: a.label for a in r.actors} | {p.id: p.label for p in r.places}
    [threat] = [e for e in r.events if e.type == "threat"]
    got = tuple(
        {names[x.target] for x in r.relations if x.source == threat.id and x.kind == k}
        for k in ("perpetrator", "target")
    )
    assert got == expected
    # who threatens is not made the doer of the deed the sentence tells beside the threat
    assert not [x for x in r.relations if x.kind == "perpetrator" and x.source != threat.id]


@pytest.mark.parametrize(
    "text",
    [
        "Police condemned the murder of the mayor of Pamplona in an attack that unidentified gunmen carried out "
        "on Sunday.",
        "The government condemned the killing of the mayor in an attack by gunmen on Sunday, June 9.",
    ],
)
def test_a_deed_with_no_day_is_one_told_on_the_news_day(nlp, text: str):
    # the murder, told with no day, is the attack of the news's own day that it was done in
    got = roles(text, nlp, "2019-06-09")
    assert [(e["date"], len(e["target"]), len(e["perpetrator"])) for e in got] == [("2019-06-09", 1, 1)]


def test_an_armed_groups_members_are_its_own(nlp):
    text = "Islamic State said two of its members detonated explosive belts in the crowd in Kerman."
    assert perpetrators(text, nlp) == [("Islamic State", "claimed")]
    # a union's members are no armed group's
    assert perpetrators("The union said its members attacked the police in Kerman.", nlp) == [
        ("its members", "reported")
    ]


def test_one_who_killed_himself_and_another_and_a_headline_of_two_deeds(nlp):
    text = (
        "Taliban suicide bomber kills girl, wounds 6 others. KABUL - A man with six grenades strapped to his body "
        "killed himself and a 12-year-old girl on a busy street in Kabul Saturday, police said."
    )
    # the bomber killed the girl (not only himself); the headline's two deeds are the body's one
    got = roles(text, nlp, "2004-10-25")
    assert [(e["date"], e["place"]) for e in got] == [("2004-10-23", {"Kabul"})]
    assert {"girl", "others"} <= got[0]["target"]
    assert perpetrators("The gunman later shot himself.", nlp) == []


def test_live_rounds_a_protest_named_and_what_a_protest_is_against(nlp):
    # tear gas with live rounds is a shooting, not crowd control
    assert attacks("Police fired tear gas and live rounds at protesters in Nairobi on Tuesday.", nlp) == [
        ("shooting", {"Police"}, {"protesters"}, {"Nairobi"})
    ]
    # what a protest is against is no target of the killing told beside it
    assert attacks(
        "Police shot dead five people in Nairobi as demonstrations against tax rises turned violent.", nlp
    ) == [("shooting", {"Police"}, {"people"}, {"Nairobi"})]
    # "called the protests treasonous" names the protests told before; its speaker did not protest
    text = (
        "Thousands of protesters marched in Nairobi on Tuesday against a finance bill. "
        "President William Ruto called the protests treasonous."
    )
    r = extract_article(Article(id="t", text=text, date="2024-02-08"), nlp)
    names = {a.id: a.label for a in r.actors}
    protests = [e for e in r.events if e.subtype == "protest"]
    assert len(protests) == 1
    assert {names[x.target] for x in r.relations if x.kind == "participant"} == {"protesters"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "set X on fire" where the tagger read the last noun as a verb, or X is a part of something
        (
            "Protesters set the parliament building on fire in Nairobi on Tuesday.",
            [("arson", {"Protesters"}, {"parliament building"}, {"Nairobi"})],
        ),
        (
            "Gunmen set part of the parliament building on fire.",
            [("arson", {"Gunmen"}, {"parliament building"}, set())],
        ),
        ("Rebels set three of the trucks on fire near Goma.", [("arson", {"Rebels"}, {"trucks"}, {"Goma"})]),
    ],
)
def test_set_on_fire_across_a_misread_noun_or_a_part(nlp, text: str, expected: list):
    assert attacks(text, nlp) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ministry's "its forces" are its state's, and the state's own ministry claims their deed
        ("Russia's defence ministry said its forces had struck hangars in Odesa.", [("Russia's forces", "claimed")]),
        # another state's ministry only reports
        (
            "Ukraine's defence ministry said Russian forces had struck hangars in Odesa.",
            [("Russian Armed Forces", "reported")],
        ),
    ],
)
def test_a_ministrys_forces_are_its_states(nlp, text: str, expected: list):
    assert perpetrators(text, nlp, "2024-03-16") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name in English before the acronym of its name in another tongue, which the KB knows
        (
            "The attack was claimed by the Al-Qaeda-linked Group to Support Islam and Muslims (JNIM).",
            [("Jama'at Nusrat al-Islam wal-Muslimin", "claimed")],
        ),
        (
            "The Colombian Army of National Liberation (ELN) blew up the pipeline in Arauca.",
            [("National Liberation Army (Colombia)", "reported")],
        ),
    ],
)
def test_a_name_before_the_known_acronym_of_its_other_tongue(nlp, text: str, expected: list):
    assert perpetrators(text, nlp, "2024-09-09") == expected


def test_the_group_that_speaks_is_the_civil_group_of_its_own_noun(nlp):
    # a rights group told as "X group" is no armed group, and "the group said" is it, not the
    # armed group a clause it blamed named later
    text = (
        "The Emergency Lawyers group blamed the Sudanese army for the strike. The army denied the accusation "
        'and said the Rapid Support Forces had shelled the area. "This is a massacre of civilians," the group said.'
    )
    r = extract_article(Article(id="t", text=text, date="2024-06-10"), nlp)
    types = {a.label: a.type for a in r.actors}
    assert types["Emergency Lawyers group"] == "organisation"
    assert sorted(perpetrators(text, nlp, "2024-06-10")) == [
        ("Rapid Support Forces", "reported"),
        ("Sudanese Armed Forces", "accused"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare definite noun takes up the person described before; the one struck who speaks of
        # "he was shot" is the one shot; and the motorcycle the gunmen rode is no target
        (
            "A senior judge was wounded in Mosul on Monday. The judge told reporters he was shot by two men "
            "on a motorcycle.",
            [("shooting", {"men"}, {"senior judge"}, {"Mosul"})],
        ),
        (
            "Gunmen opened fire on a judge in Mosul on Monday. The judge said he was shot twice in the leg.",
            [("shooting", {"Gunmen"}, {"judge"}, {"Mosul"})],
        ),
        # a doctor who speaks of "he" speaks of another
        (
            "Gunmen opened fire on a bus in Mosul on Monday. A doctor said he was shot twice in the leg.",
            [("shooting", {"Gunmen"}, {"bus"}, {"Mosul"})],
        ),
        ("The mayor was shot by two men on a motorcycle.", [("shooting", {"men"}, {"mayor"}, set())]),
    ],
)
def test_the_one_struck_is_taken_up_again(nlp, text: str, expected: list):
    assert attacks(text, nlp, "2024-06-10") == expected


def test_a_claim_of_the_attack_joins_the_deed_armed_men_did(nlp):
    # a country's name before the attack noun of a headline may tell where it was, and armed men told
    # by their kind may be the named group that claims "the attack"
    text = (
        "Jihadists kill dozens of soldiers in Mali ambush\n\n"
        "Suspected jihadists killed at least 40 soldiers in an ambush on an army convoy in central Mali on "
        "Thursday, security sources said.\n\n"
        "The attack was claimed on Friday by the Group to Support Islam and Muslims (JNIM)."
    )
    got = roles(text, nlp, "2024-09-09")
    assert len(got) == 1
    assert got[0]["perpetrator"] == {"Jihadists", "Jama'at Nusrat al-Islam wal-Muslimin"}
    assert got[0]["accused"] == {"Suspected jihadists"}
    assert got[0]["target"] == {"soldiers", "army convoy"} and got[0]["place"] == {"Mali"}


def test_where_the_target_of_a_nominal_deed_was(nlp):
    text = "Jihadists killed 40 soldiers in an ambush on an army convoy near the town of Boulkessi in central Mali."
    assert attacks(text, nlp) == [("attack", {"Jihadists"}, {"soldiers", "army convoy"}, {"Boulkessi"})]


def test_a_raid_to_take_hostages_is_one_kidnapping(nlp):
    # the raid is the kidnapping's means; a wider place (the country) does not set the deeds apart;
    # shots told as how the gunmen came do not make it a shooting
    text = (
        "Bandits abduct dozens of villagers in Nigeria's Zamfara state\n\n"
        "Armed bandits on motorcycles stormed a village in northwest Nigeria's Zamfara state and kidnapped at least "
        "50 people, residents said on Saturday.\n\n"
        "The gunmen arrived late on Friday, shooting sporadically and forcing villagers into the bush."
    )
    got = roles(text, nlp, "2024-06-08")
    assert [e["subtype"] for e in got] == ["kidnapping"]
    assert got[0]["target"] == {"village", "people", "villagers"}
    assert got[0]["place"] == {"Zamfara"}


def test_aircraft_told_again_tell_one_air_strike(nlp):
    # jets that bomb are no target whatever the parse; "the jets" take up the strike told before, whose
    # day the next telling gives; a thing that is no one owns no deed ("its attack" is the speaker's)
    text = (
        "An air strike by Myanmar's military on a village in the Sagaing region killed at least 30 people, "
        "residents said on Wednesday.\n\n"
        "Two fighter jets bombed Let Yet Kone village on Tuesday afternoon, a resident said.\n\n"
        '"The jets dropped four bombs on the monastery compound," said the resident.\n\n'
        "The People's Defence Force said the strike was revenge for its attack on a police station last week."
    )
    got = attacks(text, nlp, "2024-06-12")
    assert got[0] == ("airstrike", {"Myanmar Armed Forces"}, {"people", "monastery compound"}, {"Sagaing"})
    assert got[1] == ("attack", {"People's Defence Force"}, {"police station"}, set())
    assert len(got) == 2 and roles(text, nlp, "2024-06-12")[0]["date"] == "2024-06-11"


def test_a_gang_attack_claimed_on_social_media(nlp):
    # a headline's capitalised word for armed men is no name, and no target; where word of a claim
    # went out is no target; residents of a town were struck in it; and the leader who claims "the
    # attack" claims the deed the gang did
    text = (
        "Gang attack in Haiti town leaves at least 70 dead\n\n"
        "Members of a powerful gang opened fire on residents of the central Haitian town of Pont-Sonde early "
        "Thursday, killing at least 70 people, the United Nations said.\n\n"
        "Gran Grif leader Luckson Elan claimed the attack on social media."
    )
    got = roles(text, nlp, "2024-10-04")
    assert len(got) == 1
    assert got[0]["perpetrator"] == {"powerful gang", "Luckson Elan"}
    assert got[0]["target"] == {"residents", "people"} and got[0]["place"] == {"Pont-Sonde"}


def test_a_states_agency_taken_up_and_its_ministry_is_no_person(nlp):
    # "the agency" is the security service named before it; "Russia's defence ministry" is a body of
    # Russia's, not a person the model's PERSON elsewhere in the text lends its name to
    text = (
        "Ukrainian drones struck an oil refinery in Russia's Krasnodar region overnight.\n\n"
        "A source in Ukraine's SBU security service told Reuters the agency was behind the attack on the "
        "Tuapse refinery, one of the largest on Russia's Black Sea coast.\n\n"
        "Russia's defence ministry said its air defences had destroyed 12 Ukrainian drones."
    )
    r = extract_article(Article(id="t", text=text, date="2024-01-21"), nlp)
    types = {a.label: a.type for a in r.actors}
    assert types["Security Service of Ukraine"] == "government"
    assert "ministry" not in types and types["Russia's defence ministry"] == "government"
    assert ("Security Service of Ukraine", "reported") in perpetrators(text, nlp, "2024-01-21")


def test_an_accusation_just_after_a_deed_names_that_deed(nlp):
    text = (
        "Israeli strike on Gaza school sheltering displaced kills 22, health officials say\n\n"
        "An Israeli air strike on a school sheltering displaced families in central Gaza killed at least 22 people "
        "on Thursday, Palestinian health officials said.\n\n"
        "The Israeli military said it had struck Hamas militants who were operating from a command centre inside "
        "the school compound in Nuseirat.\n\n"
        "Hamas denied its fighters were present at the school and accused Israel of committing a massacre."
    )
    got = roles(text, nlp, "2024-06-07")
    assert len(got) == 1 and got[0]["subtype"] == "airstrike"
    assert got[0]["accused"] == {"Israel"}


def test_a_trial_of_attacks_long_ago_tells_one_attack(nlp):
    # "Paris attacks trial" is no attack on a trial; "the coordinated attacks" take up the attack of
    # long ago told just before them
    text = (
        "Paris attacks trial: Salah Abdeslam sentenced to life in prison\n\n"
        "A French court on Wednesday convicted Salah Abdeslam, the only surviving member of the Islamic State cell "
        "that attacked Paris on Nov. 13, 2015.\n\n"
        "The coordinated attacks on the Bataclan concert hall, the national stadium and several cafes killed 130 "
        "people. The Islamic State group claimed responsibility for the attacks."
    )
    got = roles(text, nlp, "2022-06-29")
    assert len(got) == 1 and got[0]["date"] == "2015-11-13"
    assert got[0]["target"] == {"Bataclan concert hall", "national stadium", "cafes", "people"}
    assert got[0]["perpetrator"] == {"Islamic State"} and got[0]["place"] == {"Paris"}


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # what no one threatens is no threat
        ("Lawmakers passed a bill that critics say threatens media freedom.", []),
        ("The law threatens media freedom.", []),
        ("Hamas threatened to kill the hostages.", ["threat"]),
    ],
)
def test_a_threat_is_someones(nlp, text: str, kinds: list):
    r = extract_article(Article(id="t", text=text, date="2024-05-15"), nlp)
    assert [e.subtype for e in r.events if e.type == "threat"] == kinds


def test_a_siege_claimed_and_the_landmark_near_it(nlp):
    # the claim of "the attack" is the militants' deed, not the forces' killing of the attackers; the
    # palace the hotel is near tells where, and is no target
    text = (
        "MOGADISHU (AP) - Al-Shabaab militants stormed a popular hotel near the presidential palace in Somalia's "
        "capital on Sunday night, killing at least nine people, police said.\n\n"
        "Security forces killed all six attackers and rescued more than 60 guests.\n\n"
        "Al-Shabaab claimed responsibility for the attack through its radio station."
    )
    got = roles(text, nlp, "2024-06-10")
    assert got[0]["perpetrator"] == {"al-Shabaab"} and got[0]["target"] == {"popular hotel", "people"}
    assert got[0]["place"] == {"Mogadishu"}
    assert perpetrators(text, nlp, "2024-06-10").count(("al-Shabaab", "claimed")) == 1
    assert all("al-Shabaab" not in e["perpetrator"] for e in got[1:])


def test_where_a_victims_home_was(nlp):
    text = "Gunmen shot dead a local council member outside his home in the town of Tuz Khurmatu."
    assert attacks(text, nlp) == [("shooting", {"Gunmen"}, {"local council member"}, {"Tuz Khurmatu"})]


def test_a_strike_told_again_two_sentences_on(nlp):
    # the missiles fired at the consular building on Monday are the strike that destroyed the consulate
    text = (
        "DUBAI, April 2 (Reuters) - Iran vowed on Tuesday to take revenge against Israel for an air strike that "
        "destroyed its consulate in Damascus and killed seven Revolutionary Guards officers.\n\n"
        'Supreme Leader Ayatollah Ali Khamenei said Israel "will be punished" for the attack. Israel, which rarely '
        "comments on its operations in Syria, did not claim responsibility.\n\n"
        "Syria's foreign ministry said Israeli F-35 jets fired six missiles at the consular building on Monday."
    )
    got = roles(text, nlp, "2024-04-02")
    assert len(got) == 1 and got[0]["date"] == "2024-04-01" and got[0]["subtype"] == "airstrike"
    assert {"consular building", "Revolutionary Guards officers"} <= got[0]["target"]


def test_the_day_of_a_blame_is_not_the_deeds(nlp):
    # "on Thursday" dates the blame; "Tuesday's attack" takes up the deed blamed
    text = (
        "NEW DELHI (AP) - India on Thursday blamed a Pakistan-based militant group for an attack in which gunmen "
        "killed 26 people, mostly tourists, in the Himalayan region of Kashmir.\n\n"
        "Indian officials said The Resistance Front was behind Tuesday's attack near the resort town of Pahalgam."
    )
    got = roles(text, nlp, "2025-04-24")
    assert len(got) == 1 and got[0]["date"] == "2025-04-22"
    assert got[0]["accused"] == {"Pakistan-based militant group"} and got[0]["place"] == {"Kashmir", "Pahalgam"}


def test_security_guards_are_no_army(nlp):
    text = (
        "Abbas Escapes Gaza Shooting Unharmed. Mahmoud Abbas escaped unharmed Sunday when militants firing assault "
        "rifles burst into a mourning tent, killing two security guards and wounding six other people."
    )
    r = extract_article(Article(id="t", text=text, date="2004-11-15"), nlp)
    assert {a.label: a.type for a in r.actors}["security guards"] == "group"
    assert {"security guards", "other people"} <= roles(text, nlp, "2004-11-15")[0]["target"]


@pytest.mark.parametrize(
    ("text", "kidnappings"),
    [
        # a state's forces who seize a man capture him; armed men who seize people kidnap them
        ("Troops captured a rebel commander in Idlib on Monday.", 0),
        ("U.S. forces seized an aide of Zarqawi in a raid in Falluja.", 0),
        ("Rebel forces seized two journalists near Aleppo.", 1),
        ("Gunmen seized two engineers near Kirkuk.", 1),
    ],
)
def test_a_capture_by_a_states_forces_is_no_kidnapping(nlp, text: str, kidnappings: int):
    assert [e["subtype"] for e in roles(text, nlp)].count("kidnapping") == kidnappings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle or "slain" on a noun tells what was done to it; it is not part of the name
        (
            "The family of the slain journalist demanded justice on Monday.",
            [("killing", set(), {"journalist"}, set())],
        ),
        (
            "Relatives of the kidnapped aid workers appealed for their release.",
            [("kidnapping", set(), {"aid workers"}, set())],
        ),
        (
            "According to the sources, the slain military officials included two generals.",
            [("killing", set(), {"military officials"}, set())],
        ),
    ],
)
def test_a_deed_told_by_its_participle(nlp, text: str, expected: list):
    assert attacks(text, nlp) == expected


@pytest.mark.parametrize("word", ["murdered", "slain"])
def test_the_victim_told_again_by_a_participle(nlp, word: str):
    text = (
        "Gunmen shot dead a journalist in Karachi on Monday. "
        f"The family of the {word} journalist demanded justice on Tuesday."
    )
    assert attacks(text, nlp) == [("shooting", {"Gunmen"}, {"journalist"}, {"Karachi"})]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stop denied: the deed goes on, and whoever does not stop does it
        (
            "Russian jets have not stopped bombing Aleppo since Monday.",
            [("airstrike", {"Russia"}, set(), {"Aleppo"})],
        ),
        # ... not a deed stopped, nor one that must come first, nor another's deed not prevented
        ("The rebels stopped attacking the town.", []),
        ("We will not stop fighting until we have destroyed them.", []),
        ("The police did not stop the attack.", []),
    ],
)
def test_a_deed_not_stopped_goes_on(nlp, text: str, expected: list):
    assert attacks(text, nlp) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The army committed genocide against the Rohingya in Rakhine state in 2017.",
            [("killing", {"army"}, {"Rohingya"}, {"Rakhine"})],
        ),
        # a poisoning that kills, or of someone, is a killing; food poisoning is none
        (
            "Litvinenko was the victim of the fatal poisoning of a former KGB officer in London in 2006.",
            [("killing", set(), {"former KGB officer"}, {"London"})],
        ),
        ("Dozens were treated for food poisoning in Lagos.", []),
    ],
)
def test_genocide_and_fatal_poisoning(nlp, text: str, expected: list):
    assert attacks(text, nlp) == expected


def test_no_place_from_who_acted_or_what_a_name_modifies(nlp):
    # Russia pursues the strategy and Vienna names a process: neither is where the bombing is
    text = (
        "Aleppo is key to the strategy pursued by Russia, which will not stop bombing it for the sake of the "
        "Vienna process."
    )
    assert [e["place"] for e in roles(text, nlp)] == [{"Aleppo"}]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Fifteen soldiers were killed in the ambush in Kunar.", "soldiers"),
        ("Twenty-five villagers were killed in the raid in Zamfara.", "villagers"),
    ],
)
def test_a_count_in_words_is_no_part_of_a_label(nlp, text: str, target: str):
    assert roles(text, nlp)[0]["target"] == {target}


def test_the_second_attack_of_the_month_and_its_own_gunmen(nlp):
    text = (
        "BOGOTA, Colombia (Reuters) - A car bomb exploded outside a police station in the Colombian border city of "
        "Cucuta late on Tuesday, wounding eight people, including three police officers, authorities said.\n\n"
        "Defense Minister Pedro Sanchez blamed the National Liberation Army (ELN) rebel group for the attack. "
        "The ELN has not commented.\n\n"
        "It was the second attack on security forces in the region this month; on June 3, gunmen on motorcycles "
        "shot dead two soldiers in the town of Tibu."
    )
    bombing, shooting = roles(text, nlp, "2025-06-25")
    # the gunmen of June 3 did not plant the car bomb; the soldiers they shot are their target, whatever
    # the ranker learned of soldiers from the dev gold; the day is June 3, not "this month"
    assert bombing["perpetrator"] == set() and bombing["accused"] == {"National Liberation Army (Colombia)"}
    assert {"people", "police officers", "police station"} <= bombing["target"]
    assert shooting == {
        "subtype": "shooting",
        "perpetrator": {"gunmen"},
        "target": {"soldiers"},
        "place": {"Tibu"},
        "accused": set(),
        "date": "2025-06-03",
    }


def test_a_siege_of_a_year_and_a_massacre_blamed_later(nlp):
    text = (
        "PORT SUDAN, Sudan (AP) - A drone strike on a camp for displaced people near the besieged city of El Fasher "
        "killed at least 15 people, including six children, on Saturday, a medical charity said.\n\n"
        "Doctors Without Borders said the drone hit a market inside the camp early in the morning. The group "
        "blamed the paramilitary Rapid Support Forces, which have been besieging El Fasher for more than a year.\n\n"
        "The RSF did not respond to a request for comment.\n\n"
        "Sudan's army-backed government accused the RSF of committing a new massacre."
    )
    # the siege is no deed of its own, and the massacre blamed is the strike
    (got,) = roles(text, nlp, "2025-06-22")
    assert got["subtype"] == "airstrike" and got["accused"] == {"Rapid Support Forces"} and not got["perpetrator"]
    assert {"people", "children", "market"} <= got["target"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two protesters were killed by police gunfire in Nairobi.",
            [("shooting", {"police"}, {"protesters"}, {"Nairobi"})],
        ),
        # the object of a harm verb is its target, soldiers and police as much as civilians
        (
            "Gunmen shot dead two policemen at a checkpoint in Peshawar.",
            [("shooting", {"Gunmen"}, {"policemen", "checkpoint"}, {"Peshawar"})],
        ),
    ],
)
def test_forces_fire_and_forces_struck(nlp, text: str, expected: list):
    assert attacks(text, nlp) == expected


def test_a_kidnapping_with_shots_and_a_habit_of_bandits(nlp):
    text = (
        "KANO, Nigeria (Reuters) - Gunmen abducted at least 30 students from a boarding school in Nigeria's "
        "northwestern Kebbi state early on Monday, police said.\n\n"
        "The attackers arrived on motorcycles, shot a security guard and took the students into a nearby forest, "
        "police said. No group has claimed responsibility, but armed gangs known locally as bandits often kidnap "
        "people for ransom."
    )
    # one kidnapping, in which a guard was shot; what bandits often do is no deed
    (got,) = roles(text, nlp, "2025-06-24")
    assert got["subtype"] == "kidnapping" and got["perpetrator"] == {"Gunmen"}
    assert got["target"] == {"students", "security guard"}


def test_another_kind_of_deed_elsewhere_the_same_day(nlp):
    text = (
        "CAIRO (Reuters) - An Israeli air strike on a school housing displaced families in Gaza City killed at "
        "least 18 people on Thursday, Palestinian health officials said.\n\n"
        "Later on Thursday, Israeli tank shelling killed four people near a food distribution point in Rafah, "
        "medics said."
    )
    got = roles(text, nlp, "2025-06-26")
    assert [(e["subtype"], e["date"]) for e in got] == [("airstrike", "2025-06-26"), ("shelling", "2025-06-26")]
    assert got[1]["place"] == {"Rafah"} and "Rafah" not in got[0]["place"]


def test_a_claim_is_not_of_the_forces_that_killed_some_attackers(nlp):
    text = (
        "PESHAWAR, Pakistan (AP) - Militants stormed a police station in Pakistan's Khyber Pakhtunkhwa province "
        "overnight, killing five policemen before security forces killed three of the attackers, officials said.\n\n"
        "The Pakistani Taliban claimed responsibility for the assault in a statement to reporters."
    )
    assert ("Tehrik-i-Taliban Pakistan", "claimed") in perpetrators(text, nlp, "2025-06-27")
    raid, forces = roles(text, nlp, "2025-06-27")
    assert raid["subtype"] == "raid" and {"police station", "policemen"} <= raid["target"]
    assert raid["perpetrator"] == {"Militants", "Tehrik-i-Taliban Pakistan"}
    assert forces["perpetrator"] == {"security forces"} and forces["target"] == {"attackers"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # other hands, other victims, the same day: two deeds
        (
            "BAGHDAD (Reuters) - Gunmen killed the Baghdad governor in Iraq's highest-profile assassination in "
            "eight months and a suicide bomber killed 10 people near the Green Zone on Tuesday.",
            [
                ("killing", {"Gunmen"}, {"Baghdad governor"}, {"Iraq"}),
                ("bombing", {"suicide bomber"}, {"people"}, {"Green Zone"}),
            ],
        ),
        # deeds of two kinds set against each other by "while", each with its dead
        (
            "At least six people were killed in two suicide car bombings in Baghdad while another 47 people died "
            "in a series of US air strikes around Fallujah.",
            [
                ("bombing", set(), {"people"}, {"Baghdad"}),
                ("airstrike", {"United States"}, {"another 47 people"}, {"Al Fallujah"}),
            ],
        ),
    ],
)
def test_two_deeds_in_one_sentence(nlp, text: str, expected: list):
    assert attacks(text, nlp, "2004-12-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's passive without "was"
        ("Church set ablaze in Nigeria's Kaduna state.", [("arson", set(), {"Church"}, {"Kaduna"})]),
        # who was about while they fought is no side
        (
            "Skirmish outside Gaza camp kills 5. GAZA CITY -- Palestinian gunmen and Israeli troops fought pitched "
            "battles Thursday on the outskirts of the largest refugee camp in the Gaza Strip, with schoolchildren "
            "scampering through sandy alleyways.",
            [("shooting", {"Palestinian gunmen", "Israel Defense Forces"}, set(), {"Gaza Strip"})],
        ),
        # a deed plotted is none; one said to have been plotted was done
        ("Three men were charged with plotting a bomb attack on the subway.", []),
        (
            "The defector said the assassination in February of General Gustavo Alvarez Martinez was plotted in "
            "Managua.",
            [("killing", set(), {"Gustavo Alvarez Martinez"}, set())],
        ),
    ],
)
def test_headline_passives_asides_and_plots(nlp, text: str, expected: list):
    assert attacks(text, nlp, "1989-03-01") == expected


def test_more_harmed_told_later_are_the_deeds(nlp):
    text = (
        "MAIDUGURI, Nigeria (Reuters) - A suicide bomber killed at least 12 people at a crowded market in the "
        "northeastern Nigerian town of Konduga on Saturday evening, a local official said.\n\n"
        "The Islamic State West Africa Province (ISWAP) claimed the attack through its Amaq news agency on Sunday. "
        "Boko Haram has carried out similar attacks in the area.\n\n"
        "According to the Borno state emergency agency, 30 other people were wounded."
    )
    (got,) = roles(text, nlp, "2025-06-29")
    assert got["subtype"] == "bombing" and got["place"] == {"Konduga"}
    assert got["perpetrator"] == {"suicide bomber", "Islamic State West Africa Province"}
    assert got["target"] == {"people", "crowded market", "other people"}


def test_another_holder_of_the_office(nlp):
    # "the local governor" of Belgorod is not the regional governor of Kharkiv named before
    text = (
        "KYIV (Reuters) - A missile struck an apartment building in the Ukrainian city of Kharkiv on Friday, "
        "killing five people, regional governor Oleh Syniehubov said.\n\n"
        "Hours later, Ukrainian drones attacked an oil depot in Russia's Belgorod region, the local governor said."
    )
    r = extract_article(Article(id="t", text=text, date="2025-06-28"), nlp)
    names = {a.id: a.label for a in r.actors}
    by = {names.get(a.by, a.by) for a in r.attributions if a.basis == "reported"}
    assert "local governor" in by and len(by) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a flood's dead, whatever verb the parse hangs the toll on
        (
            "The United Nations launched an appeal here for 210 million dollars to help flood victims facing grave "
            "food shortages after two-thirds of Bangladesh was submerged, destroying crops and killing more than "
            "700 people.",
            [],
        ),
        # the bombings plotted that killed 34 were done
        (
            "Eight Egyptians have been arrested and accused of plotting the nearly simultaneous car bombings of a "
            "hotel and tourist camp in the Sinai that killed at least 34 people earlier this month.",
            [("bombing", set(), {"hotel and tourist camp", "people"}, {"Sinai"})],
        ),
        ("Police said the men had planned an attack on a synagogue.", []),
    ],
)
def test_a_disasters_dead_and_deeds_plotted(nlp, text: str, expected: list):
    assert attacks(text, nlp, "2004-10-20") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deed noun the tagger read as a verb, the subject of its toll: one deed, whoever's the modifiers say
        ("Army shelling killed five civilians in Idlib.", [("shelling", {"Army"}, {"civilians"}, {"Idlib"})]),
        (
            "Later on Thursday, Israeli tank shelling killed four people in Rafah, medics said.",
            [("shelling", {"Israel"}, {"people"}, {"Rafah"})],
        ),
    ],
)
def test_a_deed_noun_read_as_a_verb_before_its_toll(nlp, text: str, expected: list):
    assert attacks(text, nlp, "2025-06-27") == expected


def test_at_sea_and_in_the_month_when_and_no_bureau_country(nlp):
    text = (
        "DUBAI (Reuters) - Yemen's Houthi movement attacked a Greek-owned bulk carrier in the Red Sea on Wednesday, "
        "the British military's maritime agency said, in solidarity with Palestinians in Gaza.\n\n"
        "The Houthis began attacking ships in November 2023, when they seized the Galaxy Leader cargo vessel and "
        "took its 25 crew members hostage. In March, a missile strike on the True Confidence killed three sailors."
    )
    got = roles(text, nlp, "2024-07-11")
    # no event is placed in the bureau's country (the United Arab Emirates), which the story never names
    assert all("United Arab Emirates" not in e["place"] for e in got)
    seizure = next(e for e in got if e["subtype"] == "kidnapping")
    assert seizure["date"] == "2023-11" and "Galaxy Leader cargo vessel" in seizure["target"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # where the ship was taken, not where it had sailed from
        ("Pirates hijacked a tanker off the coast of Somalia after it left the port of Mombasa in Kenya.", {"Somalia"}),
        ("Pirates hijacked a tanker off Somalia after it left the port of Mombasa in Kenya.", {"Somalia"}),
    ],
)
def test_a_deed_off_a_coast(nlp, text: str, place: set):
    assert [e["place"] for e in roles(text, nlp)] == [place]


def test_an_attack_told_again_where_within_it(nlp):
    text = (
        "OUAGADOUGOU (AFP) - Suspected jihadists killed at least 20 soldiers in an attack on an army post in "
        "northern Burkina Faso on Sunday, security sources told AFP.\n\n"
        '"Several hundred terrorists attacked the detachment at Djibo around 5 am," one source said.'
    )
    (got,) = roles(text, nlp, "2025-03-03")
    assert got["place"] == {"Burkina Faso", "Djibo"} and "terrorists" in got["perpetrator"]


def test_the_victim_named_after_the_deed(nlp):
    text = (
        "MEXICO CITY (Reuters) - A Mexican journalist who covered crime in the northern state of Sinaloa was shot "
        "dead outside his home in Culiacan on Tuesday, state prosecutors said.\n\n"
        "Luis Martin Sanchez, 59, was attacked by two gunmen who fled in a car, the prosecutors said."
    )
    (got,) = roles(text, nlp, "2025-03-05")
    assert got["subtype"] == "shooting" and got["perpetrator"] == {"gunmen"}
    assert got["target"] == {"Mexican journalist", "Luis Martin Sanchez"} and got["place"] == {"Culiacán"}
