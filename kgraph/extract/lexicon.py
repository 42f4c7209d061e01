"""Word lists for trigger detection and role filling.

General English conflict-reporting vocabulary, grouped by meaning; nothing
here is keyed to the phrasing of any particular article.
"""

# fmt: off
from __future__ import annotations

# verb lemma -> subtype
VERB_TRIGGERS: dict[str, str] = {
    **dict.fromkeys(["attack", "assault", "strike", "hit", "target", "wound", "injure", "hurt", "maim",
                     "destroy", "damage", "ransack", "sabotage", "overrun", "besiege", "engage", "sink"],
                    "attack"),
    **dict.fromkeys(["bomb", "explode", "detonate", "dynamite", "blow"], "bombing"),
    # "machinegunne": the model's lemma of "machinegunned"
    **dict.fromkeys(["shoot", "gun", "machinegun", "machine-gun", "machinegunne", "clash", "ambush", "fire",
                     "skirmish", "battle", "fight"], "shooting"),
    **dict.fromkeys(["shell", "bombard", "mortar", "rocket"], "shelling"),
    **dict.fromkeys(["raid", "storm", "invade"], "raid"),
    **dict.fromkeys(["kill", "murder", "assassinate", "slay", "execute", "massacre", "behead",
                     "lynch", "die", "slaughter", "stab", "strangle", "torture", "poison", "decapitate"],
                    "killing"),
    **dict.fromkeys(["kidnap", "abduct", "hijack", "seize", "snatch"], "kidnapping"),
    **dict.fromkeys(["burn", "torch", "firebomb"], "arson"),
    **dict.fromkeys(["protest", "demonstrate", "rally", "riot", "chant", "march"], "protest"),
    **dict.fromkeys(["threaten"], "threat"),
}

# noun lemma -> subtype
NOUN_TRIGGERS: dict[str, str] = {
    **dict.fromkeys(["attack", "assault", "offensive", "strike", "ambush", "incident",
                     "violence", "sabotage", "hostility", "terrorist act", "terrorist action",
                     "act of terrorism", "acts of terrorism", "act of terror"], "attack"),
    **dict.fromkeys(["airstrike", "air-strike", "bombardment", "air raid", "drone"], "airstrike"),
    **dict.fromkeys(["bombing", "bomb", "explosion", "blast", "car-bomb", "ied", "detonation"],
                    "bombing"),
    **dict.fromkeys(["shooting", "gunfire", "gunbattle", "firefight", "clash", "skirmish",
                     "battle", "fighting", "fight", "shootout", "crossfire", "combat", "gunfight"], "shooting"),
    **dict.fromkeys(["shelling", "barrage"], "shelling"),
    **dict.fromkeys(["raid", "incursion", "storming", "invasion"], "raid"),
    **dict.fromkeys(["killing", "murder", "assassination", "massacre", "slaying", "execution",
                     "death", "homicide", "beheading", "bloodbath", "carnage", "stabbing", "lynching",
                     "poisoning", "decapitation", "strangulation", "genocide"], "killing"),
    **dict.fromkeys(["kidnapping", "abduction", "kidnap", "hijacking", "hostage-taking"],
                    "kidnapping"),
    **dict.fromkeys(["arson", "firebombing", "burning"], "arson"),
    **dict.fromkeys(["protest", "demonstration", "rally", "riot", "sit-in", "march"], "protest"),
    **dict.fromkeys(["threat"], "threat"),
}

# a modifier that makes a trigger more specific: "drone strike", "car bomb"
MODIFIER_SUBTYPE: dict[str, str] = {
    **dict.fromkeys(["drone", "air", "aerial", "airstrike", "warplane", "jet", "helicopter",
                     "precision", "air-strike", "bomber"], "airstrike"),
    **dict.fromkeys(["rocket", "missile", "mortar", "artillery", "shell", "cannon", "katyusha"],
                    "shelling"),
    **dict.fromkeys(["suicide", "car", "truck", "roadside", "grenade", "dynamite", "explosive",
                     "ied", "nail", "pipe", "parcel", "letter", "mine", "landmine", "vehicle"],
                    "bombing"),
    **dict.fromkeys(["gun", "sniper", "machinegun", "rifle", "gunman", "gunmen"], "shooting"),
}

# quantities that make a deed a series: "several times", "dozens of times"
MANY_WORDS = {"several", "many", "numerous", "countless", "dozens", "hundreds", "scores", "multiple", "repeated",
              "various", "thousands", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
              "twenty", "thirty", "forty", "fifty", "hundred"}

# verbs that deny what their clause says, and nouns that back a claim ("no evidence that ...")
DENY_VERBS = {"deny", "reject", "dismiss", "refute", "disclaim", "disavow", "repudiate"}
EVIDENCE_NOUNS = {"evidence", "proof", "indication", "sign"}
# what a denial of who did a deed denies: "denied responsibility for / any involvement in the attack"
RESPONSIBILITY_NOUNS = {"responsibility", "involvement", "role", "part", "participation", "link", "links",
                        "connection", "charge", "accusation", "allegation", "claim", "report"}

# nouns that count what follows "of": "dozens of rockets", "a barrage of shells"
QUANTITY_NOUNS = {"dozen", "dozens", "hundred", "hundreds", "score", "scores", "barrage", "salvo", "volley", "hail",
                  "number", "couple", "wave", "string", "round"}

# verbs of answering a deed with another: "France responded by destroying ...", "retaliated with airstrikes"
ANSWER_VERBS = {"respond", "retaliate", "react", "reply", "answer", "hit back", "strike back"}
# nouns for an answer to an earlier deed: "in response to / in retaliation for the killing"
RESPONSE_NOUNS = {"response", "retaliation", "revenge", "reprisal", "retribution", "answer", "reaction"}

# verbs for one blow or shot, counted within one attack: "shot him several times"
BLOW_VERBS = {"shoot", "stab", "hit", "strike", "fire", "beat", "kick", "punch", "slash", "hack", "wound", "injure",
              "shell", "club", "batter"}

# words that name a deed without its kind: "the incident", "an act of terror"
KINDLESS_NOUNS = {"incident", "act"}
# nouns for a deed that a sentence then tells: "in a new action attributed to X, a bomb destroyed ..."
DEED_NOUNS = {"action", "act", "incident", "operation", "deed"}
# noun subtypes that need a conflict modifier or argument to count
WEAK_NOUNS = {"incident", "violence", "battle", "fighting", "fight", "death", "march", "combat", "drone", "burning",
              "hostility", "execution", "invasion", "offensive", "poisoning", "genocide"}
# adjectives that tell a deed done to what they modify: "the slain journalist"
ADJ_TRIGGERS = {"slain": "killing"}
WEAK_VERBS = {"fight", "hit", "target", "destroy", "damage", "fire", "seize", "burn", "battle", "chant",
              "rally", "execute", "storm", "rocket", "mortar", "gun", "blow", "invade", "die", "engage",
              "sink", "poison", "march", "snatch", "hurt"}
WEAK_VERBS.discard("chant")
# a state's invasion of a named land is an attack on it, weak word as it is ("invaded the market")
INVADING = {"invade", "invasion"}
# who marches or rallies in protest (not troops marching into a town, nor stocks rallying)
PROTESTER_NOUNS = {"protester", "protestor", "demonstrator", "marcher", "activist", "student", "worker", "farmer",
                   "supporter", "opponent", "crowd", "unionist", "striker", "teacher", "woman", "resident",
                   "citizen", "people", "thousand", "hundred", "ten", "dozen"}

# a rally of a candidate's campaign is no protest: "told a campaign rally"
CAMPAIGN_WORDS = {"campaign", "election", "electoral", "fundraising", "reelection", "re-election"}
# "strike" is not a labour strike; "fire" as a noun only in these
NOT_ATTACK_COMPOUNDS = {"hunger", "general", "labor", "labour", "teachers", "workers", "worker",
                        "transport", "national", "rail", "nationwide", "lucky", "price", "peace",
                        "bomb", "death", "heart", "panic", "squad", "word"}

HARM_VERBS = {"kill", "wound", "injure", "maim", "murder", "die", "destroy", "damage", "hit",
              "strike", "target", "assassinate", "slay", "execute", "massacre", "behead",
              "kidnap", "abduct", "burn", "torch", "shoot", "stab"}
# harm verbs with no intransitive sense: with a subject and no object, a passive whose
# auxiliary a headline left out ("Soldiers killed in ambush")
ONLY_TRANSITIVE_HARM = {"kill", "wound", "injure", "maim", "murder", "assassinate", "slay", "execute", "massacre",
                        "behead", "kidnap", "abduct", "shoot", "stab", "hurt"}
DEATH_VERBS = {"kill", "murder", "assassinate", "slay", "execute", "massacre", "behead", "die",
               "lynch", "slaughter"}
WOUND_VERBS = {"wound", "injure", "maim", "hurt"}

# verbs whose object noun is an event the subject carried out
# who lived through an attack was its target: "X survived an attack", "X was unharmed in the attack"
SURVIVE_VERBS = {"survive", "escape"}
UNHARMED_WORDS = {"unharmed", "unhurt", "uninjured", "unscathed", "safe"}
# verbs whose subject undergoes the attack their object names ("troops received heavy fire")
UNDERGO_VERBS = {"receive", "draw", "face", "suffer", "sustain", "endure", "repel", "repulse"}
LIGHT_VERBS = {"launch", "carry", "conduct", "stage", "mount", "perpetrate", "commit", "order",
               "unleash", "make", "lead", "plan", "claim", "undertake", "begin", "initiate",
               "step", "execute", "do", "organize", "organise", "hold", "fire", "wage"}
# verbs whose object noun is not one concrete event
NON_EVENT_GOVERNORS = {"suspend", "stop", "halt", "end", "prevent", "avoid", "resume", "continue",
                       "plan", "plot", "conspire", "threaten", "fear", "deny", "oppose",
                       "deter", "discuss", "escalate", "intensify", "step",
                       "increase", "reduce", "support", "thwart",
                       "foil", "prepare", "vow", "promise", "warn", "risk", "include",
                       "fund", "finance", "train", "encourage", "incite", "urge", "abstain", "refrain",
                       # what is sought or weighed, not done: "FARC sought Bush assassination"
                       "seek", "want", "contemplate", "propose",
                       # nouns of what may come: "the threat of execution", "the danger of attacks"
                       "threat", "danger", "possibility", "prospect", "likelihood"}
# what asks "for" a deed not yet done, or marks one for it: "calls for attacks on US interests", "a target for
# assassination"
FOR_DEEDS_TO_COME = {"call", "appeal", "plea", "demand", "press", "push", "clamour", "clamor", "agitate", "pray", "beg",
                     "target"}
# a time set for a deed not yet done: "a three-day deadline for their beheading"
DEADLINE_NOUNS = {"deadline", "ultimatum", "countdown"}
# what a country's short name modifies beside person and military nouns: "US Embassy", "US aid"
COUNTRY_MODIFIED = {"embassy", "government", "administration", "congress", "senate", "state", "department", "aid",
                    "policy", "military", "company", "base", "intervention", "imperialism", "imperialist", "navy",
                    "air", "interest", "national", "dollar", "economic", "plane", "helicopter", "ship", "news", "and"}
# prepositions that say where: "in Lima", "near the border"
LOCATIVE_PREPS = {"in", "at", "near", "outside", "inside", "around", "across", "throughout"}
# the nouns of administrative units that follow a name: "Usulutan Department", "Arenales Canton"
ADMIN_NOUNS = {"department", "municipality", "canton", "province", "governorate", "prefecture", "district"}
# what joins the parts of a Spanish, Portuguese or French place name: "Santa Maria del Valle"
NAME_PARTICLES = {"de", "del", "da", "do", "dos", "das", "du", "des"}
NAME_ARTICLES = {"la", "las", "los", "el", "le", "les"}
# nouns that name a kind of what follows "of": "any form of attack"
KIND_NOUNS = {"form", "kind", "type", "sort"}
# what a deed is said to be when it is a kind of deed: "sabotage is a way of ...", "violence is a tool"
MEANS_NOUNS = {"way", "means", "method", "tactic", "strategy", "tool", "instrument", "weapon", "answer", "solution"}
# auxiliaries of what is only willed or possible: "will attack", "could strike"
MODALS = {"will", "would", "could", "might", "may", "should", "'ll", "shall", "can", "ca", "must", "dare"}
# heads whose infinitive tells who acted, not an aim: "the first to attack", "the last to die",
# or whose deed may well have been done: "the order to kill the Jesuits"
DEED_HEADS = {"first", "last", "second", "third", "latest", "only", "one", "order", "decision", "command"}
# modifiers that make an attack noun hypothetical ("possible attacks", "no attack")
# what protesters burn as a sign, not as an attack: "set a US flag on fire", "burned tyres"
SYMBOLIC_OBJECTS = {"flag", "effigy", "portrait", "poster", "banner", "tyre", "tire", "photo", "photograph", "picture"}
NON_EVENT_MODIFIERS = {"future", "possible", "potential", "further", "more", "any", "no", "planned", "such",
                       # what is awaited, not done: "a widely expected attack on the city"
                       "expected", "anticipated", "impending", "looming", "imminent", "upcoming", "feared",
                       "threatened", "rumoured", "rumored", "hypothetical"}
# a battle or fight of words, law or money: "a legal battle", "a bidding war"
FIGURATIVE_MODIFIERS = {"legal", "court", "courtroom", "political", "diplomatic", "verbal", "custody", "bidding",
                        "takeover", "price", "proxy", "ratings", "turf", "boardroom", "media", "pr", "propaganda",
                        "budget", "trade", "tariff", "currency", "patent", "copyright", "electoral", "uphill",
                        "scathing", "blistering", "withering", "stinging", "rhetorical", "personal", "written",
                        "opening",  # "firing an opening salvo" in a debate
                        # on computers, not people: "an online attack", "a cyber attack"
                        "online", "cyber", "cyber-attack", "hacking", "phishing", "ransomware", "malware", "spam",
                        "internet", "web", "virtual"}
# an attack of illness, not of anyone: "died of a heart attack", "an asthma attack"
MEDICAL_ATTACKS = {"heart", "cardiac", "panic", "anxiety", "asthma", "asthmatic", "epileptic", "allergic", "migraine",
                   "gout", "coughing", "sneezing", "seizure", "stroke"}
# what a threat is of: "a bomb threat" is no bombing
THREAT_NOUNS = {"threat", "threats"}
# what is planned or hoped, not done: "plotted to assassinate", "a plot to kidnap him"
INTENT_HEADS = {"threaten", "plan", "try", "want", "vow", "seek", "intend", "attempt", "plot", "conspire", "scheme",
                "prepare", "pledge", "promise", "hope", "aim", "plotting", "conspiracy", "bid", "threat", "refuse",
                "decline", "dare",
                # and what is asked of others: "asked followers to mount an attack", "urged them to strike"
                "ask", "urge", "exhort", "instruct", "implore", "beg", "encourage", "incite"}
# modifiers that make a plural attack noun a series, not one event ("recent attacks",
# "similar bombings"); singular, they name one real event ("a new attack on the pipeline")
SERIES_MODIFIERS = {"previous", "past", "daily", "frequent", "repeated", "recent", "new", "other", "similar",
                    "several", "many", "numerous", "various", "multiple"}

SPEECH_VERBS = {"say", "tell", "report", "announce", "state", "add", "confirm", "claim",
                "declare", "explain", "note", "insist", "stress", "warn", "write", "indicate",
                "disclose", "reveal", "allege", "accuse", "blame", "acknowledge", "admit",
                "assert", "believe", "suspect", "describe", "identify", "tweet", "post",
                "inform", "charge", "maintain", "argue", "deny", "estimate"}
ACCUSE_VERBS = {"accuse", "blame", "allege", "suspect", "link", "attribute", "hold", "charge",
                "implicate", "tie", "connect", "associate", "convict", "indict"}
CLAIM_NOUNS = {"responsibility", "credit", "authorship"}
# what a blast does to what it hits: "an explosion rocked the embassy", "the building was shattered by a blast"
BLAST_VERBS = {"shatter", "rock", "wreck", "level", "flatten", "gut", "demolish", "devastate", "raze", "engulf",
               "smash", "rip", "tear"}
# what a war or an attack "claims" when it kills: a toll, not a claim of responsibility
TOLL_NOUNS = {"death", "life", "victim", "casualty", "toll"}
# "harshly attacked the president": words of criticism, not of violence
VERBAL_ADVERBS = {"harshly", "sharply", "verbally", "publicly", "bitterly", "strongly", "openly", "vehemently"}
# "attacked the proposal": what only words can attack
VERBAL_OBJECTS = {"policy", "plan", "proposal", "decision", "measure", "bill", "law", "idea", "statement", "remark",
                  "comment", "position", "stance", "report", "criticism", "view", "program", "programme", "strategy",
                  "approach", "reform", "agreement", "deal", "ruling", "verdict", "speech", "article", "book",
                  "record", "credibility", "legitimacy", "handling", "response", "performance",
                  # ills one fights in words only: "resources to attack the virus"
                  "virus", "disease", "pandemic", "epidemic", "cancer", "infection", "problem", "inflation",
                  "poverty", "corruption", "deficit", "unemployment", "crisis"}
# what a vote or a veto kills or shoots down: "shot down a German proposal", "the bill was killed"
MOTION_NOUNS = {"proposal", "plan", "idea", "bill", "measure", "law", "deal", "agreement", "motion", "amendment",
                "initiative", "resolution", "legislation", "reform", "policy", "suggestion", "request", "bid",
                "offer", "rumour", "rumor", "report", "notion", "theory", "claim"}
# words of a court's sentence: an execution it orders is no attack
SENTENCE_WORDS = {"convict", "sentence", "condemn", "court", "verdict", "trial", "tribunal", "judge"}
# a fire that burns and those who fight it: "firefighters battled the flames"
FLAME_WORDS = {"fire", "blaze", "flame", "inferno", "wildfire", "bushfire", "firefighter", "fireman"}
# what one strikes without attacking anything: "struck a deal", "striking a responsive chord"
STRUCK_OBJECTS = {"deal", "agreement", "accord", "bargain", "compromise", "balance", "chord", "note", "tone",
                  "pose", "match", "blow", "figure", "nerve",
                  # a level reached: "oil prices struck a fresh record", "hit a new high"
                  "record", "high", "low", "peak", "milestone", "jackpot",
                  # where goods and news arrive: "hit store shelves", "hit the headlines"
                  "shelf", "headline", "airwave", "theater", "theatre", "snag", "roadblock"}
# what one is hit with that is no weapon: "hit Amazon with a patent suit", "slapped with sanctions"
LEGAL_BLOWS = {"suit", "lawsuit", "fine", "sanction", "tariff", "tax", "charge", "penalty", "ban", "levy", "duty",
               "subpoena", "injunction", "complaint", "claim", "bill", "indictment", "criticism", "boycott"}
# spans of time a tally counts over: "have been killed in the last three years"
TIME_SPANS = {"year", "month", "week", "day", "decade", "hour", "century"}
# "since the party was founded, 1,000 members have been killed": a tally over a period, not one event
PERIOD_PREPS = {"since", "over", "throughout"}
# what puts a count inside a stretch of time: "over / in the past 9 years"
SPAN_PREPS = {"over", "in", "during", "within"}
# what carries a claim for its authors: "X distributed leaflets claiming ...", "a communique of X claimed ..."
CLAIM_CARRIERS = {"leaflet", "communique", "communiqué", "statement", "message", "call", "note", "letter",
                  "pamphlet", "bulletin", "announcement", "video", "post", "website", "broadcast"}
# where a claim or a word is put out: "claimed the attack on social media / on Telegram / on its website"
MEDIA_NOUNS = {"media", "medium", "television", "tv", "radio", "internet", "website", "telegram", "twitter",
               "facebook", "youtube", "instagram", "tiktok", "whatsapp", "channel", "account", "platform", "airwaves",
               "broadcast", "video"}
# who speaks for a group: "a spokesman for X claimed ..." is X's claim
SPOKES_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "member", "representative", "leader", "commander",
                "chief", "head", "militant", "fighter"}

# people and groups that can carry out or suffer an attack
ARMED_NOUNS = {
    "militant", "guerrilla", "rebel", "insurgent", "terrorist", "gunman", "assailant",
    "attacker", "fighter", "militiaman", "bomber", "extremist", "subversive", "commando",
    "sniper", "mercenary", "jihadist", "militia", "gang", "cell", "faction", "squad",
    "group", "narcoterrorist", "kidnapper", "killer", "hitman", "murderer", "raider",
    "paramilitary", "separatist", "cartel", "drug", "trafficker", "assassin", "captor", "abductor", "hijacker",
    "shooter", "arsonist", "looter", "rioter", "vigilante", "mafia", "mafioso", "mobster", "gangster", "syndicate",
    "bandit", "marauder", "cultist", "warlord", "sicario", "pirate", "saboteur", "operative", "partisan", "dissident",
    "infiltrator",
}
# people and groups in general, and every armed actor
PERSON_NOUNS = {
    "man", "men", "woman", "women", "child", "children", "boy", "girl", "person", "people", "civilian",
    "resident", "villager", "peasant", "farmer", "worker", "student", "teacher", "priest", "nun", "journalist",
    "reporter", "doctor", "nurse", "official", "officer", "soldier", "trooper", "troop", "guard", "bodyguard",
    "policeman", "police", "policemen", "agent", "member", "leader", "commander", "chief", "head", "mayor",
    "governor", "judge", "minister", "president", "candidate", "politician", "senator", "deputy", "councilman",
    "diplomat", "ambassador", "businessman", "tourist", "passenger", "driver", "pilot", "prisoner", "hostage",
    "victim", "casualty", "recruit", "marine", "sailor", "airman", "paratrooper", "worshipper", "protester",
    "herdsman", "herdsmen", "herder",
    "demonstrator", "activist", "leftist", "rightist", "smuggler", "criminal", "thug", "individual", "unionist",
    "lawyer", "attorney", "colonel", "general", "lieutenant", "captain", "sergeant", "major", "corporal",
    "private", "patrol", "unit", "battalion", "brigade", "platoon", "company", "army", "force", "movement",
    "front", "organization", "organisation", "party", "government", "regime", "administration", "ministry",
    "authority", "security", "staff", "crew", "family", "relative", "population", "crowd", "mob", "youth",
    "settler", "employee", "engineer", "contractor", "physician", "bishop", "archbishop", "cleric", "imam",
    "mullah", "envoy", "spokesman", "executive", "manager", "owner", "landowner", "rancher", "peasants", "dead",
    "wounded", "injured", "survivor", "detainee", "suspect", "immigrant", "refugee", "migrant", "pedestrian",
    "bystander", "onlooker", "shopper", "inhabitant", "citizen", "national", "occupant", "team", "delegation",
    "coalition", "forces", "personnel", "serviceman", "servicemen", "servicemember", "veteran", "personality",
    # who commits a crime that is no act of war
    "hacker", "robber", "mugger", "thief", "burglar", "pirate", "carjacker", "intruder",
    "fan", "supporter",
    # trades that stand before a name: "television impresario Hector Delgado Parker"
    "impresario", "magnate", "tycoon", "industrialist", "banker", "merchant", "trader", "economist", "professor",
    "junta",
    # more people a deed strikes: "the killing of nine French peacekeepers", "a photographer was shot"
    "peacekeeper", "observer", "staffer", "policewoman", "cop", "gendarme", "ranger", "worshiper", "pilgrim",
    "mourner", "shepherd", "fisherman", "miner", "labourer", "laborer", "monk", "missionary", "volunteer",
    "trucker", "inspector", "guardsman", "lawmaker", "councilor", "teenager", "toddler", "infant", "baby",
    "cameraman", "photographer", "correspondent", "interpreter", "translator", "aide", "adviser", "advisor",
    "commuter", "schoolchildren", "pupil", "guest", "customer", "patient",
    # a state's body that acts: "Ukraine's military intelligence agency said it was behind the explosion"
    "agency",
}
PERSON_NOUNS |= ARMED_NOUNS
# person nouns that name a body of people, not one person
COLLECTIVE_NOUNS = {"people", "police", "army", "group", "force", "front", "movement", "organization",
                    "organisation", "party", "government", "regime", "administration", "ministry", "authority",
                    "coalition", "team", "delegation", "unit", "battalion", "brigade", "platoon", "company",
                    "patrol", "family", "crew", "staff", "security", "population", "crowd", "mob", "gang",
                    "cell", "faction", "squad", "militia", "cartel", "command", "mafia", "syndicate", "junta",
                    "agency"}
MILITARY_NOUNS = {"soldier", "troop", "army", "force", "forces", "military", "police",
                  "policeman", "patrol", "battalion", "brigade", "platoon", "unit",
                  "marine", "airman", "sailor", "paratrooper", "navy", "command", "officer",
                  "personnel", "serviceman", "servicemember", "trooper", "junta", "peacekeeper", "gendarme",
                  "guardsman"}
# what one rides astride: "shot by two men on a motorcycle" tells how the gunmen came, not at what they shot
RIDDEN_NOUNS = {"motorcycle", "motorbike", "bike", "bicycle", "scooter", "moped", "horse", "horseback", "camel"}
OBJECT_NOUNS = {
    "vehicle", "car", "bus", "truck", "jeep", "convoy", "van", "taxi", "motorcycle", "tank",
    "building", "house", "home", "residence", "embassy", "consulate", "office", "headquarters", "hq",
    "base", "station", "school", "university", "hospital", "clinic", "church", "mosque",
    "temple", "synagogue", "bank", "bridge", "tower", "pylon", "line", "pipeline", "restaurant",
    "hotel", "store", "shop", "market", "supermarket", "mall", "plane", "aircraft", "airliner",
    "helicopter", "ship", "boat", "vessel", "tanker", "train", "post", "checkpoint",
    "barracks", "camp", "facility", "plant", "factory", "installation", "depot", "warehouse",
    "court", "courthouse", "airport", "port", "refinery", "well", "farm", "ranch", "village",
    "power", "substation", "dam", "road", "highway", "infrastructure", "compound", "complex",
    "apartment", "studio", "newspaper", "radio", "television", "transmitter",
    "antenna", "telephone", "booth", "property", "premises", "offices", "outpost", "garrison",
    "position", "target", "site", "network", "grid", "cable", "bunker", "arsenal", "warship",
    "jet", "drone", "oil", "gas", "fuel", "center", "centre", "club", "stadium", "theater",
    "cinema", "bar", "cafe", "nightclub", "mayoralty", "hall", "city hall", "palace",
    "parliament", "ministry", "agency", "branch", "branches", "lorry", "ambulance",
    "cruiser", "destroyer", "frigate", "corvette", "submarine", "carrier", "ferry", "freighter", "trawler",
}
# a thing is no group's name: "the rebels, who have dynamited the country's main oil pipeline,
# the Cano Limon pipeline, ..." (an apposition the parser hung on the rebels)
THING_HEADS = OBJECT_NOUNS - {"agency", "ministry", "parliament", "radio", "television", "newspaper"}
WEAPON_NOUNS = {
    "bomb", "explosive", "device", "dynamite", "grenade", "rocket", "missile", "mortar",
    "drone", "rifle", "gun", "machinegun", "pistol", "knife", "machete", "ied", "artillery",
    "shell", "mine", "landmine", "charge", "weapon", "firearm", "bullet", "round", "shot",
    "fire", "gunfire", "car-bomb", "carbomb", "truckbomb", "projectile", "munition", "ordnance", "tnt", "c-4",
}
# sport: two of these in a text make it a sports report, where the ambiguous words below are play
SPORT_WORDS = {"olympic", "olympics", "medal", "tournament", "championship", "league", "coach", "quarterback",
               "inning", "innings", "goalkeeper", "striker", "midfielder", "playoff", "playoffs", "semifinal",
               "semi-final", "touchdown", "homer", "pitcher", "wicket", "grand slam", "fed cup", "davis cup",
               "world cup", "nba", "nfl", "nhl", "mlb", "fifa", "uefa", "premiership", "doubleheader",
               "racquet", "golfer", "birdie", "tennis", "football", "soccer", "baseball", "basketball",
               "hockey", "cricket", "rugby", "golf", "athlete", "sprinter", "swimmer", "podium", "stadium",
               "season", "player", "goal", "keeper", "equaliser", "equalizer", "halftime", "half-time", "referee",
               "goalscorer", "bundesliga", "wimbledon", "hat-trick", "scoreline", "under-par", "over-par", "bogey",
               "skipper",
               # a game's words: "a spot in the semis", "the pregame show", "the title race"
               "semis", "quarterfinal", "quarterfinals", "quarter-final", "quarter-finals", "pregame", "kickoff",
               "kick-off", "fixture", "ryder cup", "title race", "grand prix", "champions league", "premier league"}
# words of real violence: a text with one is not only about sport
VIOLENCE_WORDS = {"kill", "bomb", "bombing", "explosion", "explode", "gunman", "terrorist", "militant", "suicide",
                  "dead", "murder", "hostage", "insurgent", "rebel", "airstrike", "terrorism", "massacre", "death",
                  "deadly", "police", "robbery", "robber", "mugger", "soldier", "troops"}
SPORT_AMBIGUOUS = {"clash", "battle", "fight", "attack", "strike", "shoot", "shooting", "shooter", "injure",
                   "hit", "storm", "raid", "ambush", "target", "fire", "blast", "bombard", "assault", "offensive",
                   "slaughter", "massacre", "rocket", "skirmish", "shootout", "firefight", "barrage"}
# who goes on strike
WORKER_NOUNS = {"worker", "employee", "union", "staff", "teacher", "doctor", "nurse", "driver", "pilot",
                "miner", "refueller", "handler", "controller", "porter", "docker", "crew", "unionist", "labourer",
                "laborer", "farmer", "trucker", "student", "judge", "magistrate", "clerk"}
# workers who also fly the aircraft of an air strike
AIRCREW = {"pilot", "crew"}
# what is done to a labour strike, never to an attack: "lifted the strike", "called off the strike"
STRIKE_CALLING_VERBS = {"lift", "call", "declare", "organize", "organise", "join", "break", "support"}
# accidents and disasters: their dead are not an attack's victims
ACCIDENT_VERBS = {"crash", "collide", "capsize", "derail", "overturn", "plunge", "collapse", "erupt", "skid",
                  "submerge", "inundate", "flood"}
ACCIDENT_NOUNS = {"crash", "collision", "accident", "derailment", "earthquake", "quake", "flood", "flooding",
                  "storm", "landslide", "mudslide", "avalanche", "stampede", "typhoon", "hurricane", "tornado",
                  "tsunami", "cyclone", "outbreak", "epidemic", "heatwave", "drought", "eruption", "shipwreck",
                  "aftershock", "blaze", "wildfire", "bushfire", "monsoon", "blizzard", "rainstorm",
                  "snowstorm", "sandstorm", "lightning", "downpour", "disease", "virus", "collapse", "cave-in",
                  # illness and overdose: "cancer killed the former president", "a drug overdose killed him"
                  "cancer", "illness", "overdose", "pneumonia", "malaria", "cholera", "flu", "influenza",
                  "tuberculosis", "leukemia", "leukaemia", "tumor", "tumour", "infection", "covid", "covid-19",
                  "heatstroke", "hypothermia", "dengue", "measles", "ebola",
                  # want: "died from hunger and disease"
                  "hunger", "starvation", "malnutrition", "famine", "thirst", "dehydration", "exhaustion"}
# wild animals kill without an attack ("killed by a shark"), unless the word names a group ("the Tigers")
WILD_ANIMALS = {"shark", "crocodile", "alligator", "tiger", "lion", "leopard", "bear", "elephant", "snake",
                "hippopotamus", "hippo", "jellyfish", "wolf", "dog", "hyena", "boar", "buffalo", "cougar",
                "jaguar", "puma", "rhino", "rhinoceros", "bull", "cobra", "python"}
# a fire these name is an accident: "a house fire"
# what runs people over by accident: "struck and killed by a train"
ACCIDENT_VEHICLES = {"train", "car", "bus", "lorry", "truck", "tram", "taxi", "motorcycle", "vehicle", "van"}
# vessels that carry goods or people, not arms: "a cargo ship hit a breakwater"
PLAIN_VESSELS = {"ship", "vessel", "tanker", "freighter", "ferry", "boat", "carriage", "barge", "trawler"}
# what a vehicle does to what it runs into
COLLIDING_VERBS = {"hit", "strike", "ram", "smash", "slam", "crash", "plough", "plow"}
# fire that is shot, not a blaze: "killed by Israeli tank fire"
FIRE_NOUNS = {"fire", "gunfire", "crossfire", "shellfire", "sniper-fire"}
# singular nouns for many people, that "they" stands for: "police acted in self-defense when they killed"
COLLECTIVE_FORCES = {"police", "military", "army", "militia", "guerrilla", "government", "group", "crowd", "staff",
                     "navy", "personnel", "security", "troop"}
# harm one does oneself is no attack: "shot himself", "killed herself" ("blew himself up" is a bombing)
SELF_HARM_VERBS = {"kill", "shoot", "hang", "stab", "poison", "strangle", "injure", "wound"}
REFLEXIVES = {"himself", "herself", "themselves", "itself", "myself", "ourselves", "self"}
# what threatens without anyone threatening: "the threat of epidemics"
ILL_FORTUNE = {"epidemic", "pandemic", "famine", "starvation", "hunger", "recession", "inflation", "extinction",
               "bankruptcy", "unemployment", "collapse", "default", "shortage", "contamination", "infection"}
# what protesters voice: its object is words, not whom they protest
SAYING_PROTEST_VERBS = {"chant", "shout", "sing", "scream", "yell"}
# what protesters do to a building in protest: "protesters besieged parliament"
SIEGE_VERBS = {"besiege", "surround", "blockade", "occupy", "encircle", "storm"}
# what protesters do to a road, a port or a building, a protest when protesters do it: "farmers blocked
# highways", "truckers blockaded the border crossing", "students occupied the campus", "picketed the embassy"
BLOCKING_VERBS = {"block", "blockade", "barricade", "occupy", "picket"}
# a crowd in protest that the police disperse: "dispersed thousands of demonstrators"
CROWD_NOUNS = {"protester", "protestor", "demonstrator", "crowd", "marcher", "rioter", "mob"}
# those whose grief, not harm, a deed's participle may hang on: "relatives of the soldier killed in Iraq"
KIN_NOUNS = {"relative", "family", "wife", "husband", "widow", "widower", "son", "daughter", "mother", "father",
             "brother", "sister", "parent", "child", "children", "friend", "colleague", "kin", "loved"}
# what rioters throw: "hurled stones at police", "pelted the convoy with rocks"
THROWN_IN_RIOTS = {"stone", "rock", "brick", "bottle"}
# words that make a strike a labour strike, a protest: "a general strike", "went on hunger strike"
LABOUR_STRIKE_WORDS = {"hunger", "general", "labor", "labour", "teachers", "workers", "worker", "transport",
                       "rail", "nationwide", "national"}
# what makes a vehicle a weapon: "a truck driven into the crowd", "a car packed with explosives"
DRIVING_VERBS = {"drive", "driven", "ram", "steer", "plough", "plow", "pack", "load", "laden", "rig", "fill", "use"}
# what an attack not yet made is: "a large assault is expected"
# deaths one can face or risk, as a penalty to come: "a hostage facing execution"
PENALTY_DEEDS = {"execution", "beheading", "hanging", "death", "stoning"}
AWAITED_VERBS = {"expect", "anticipate", "fear", "predict", "forecast", "rumour", "rumor"}
# what blows up by accident: "a gas explosion", "a boiler blast", "a fireworks factory explosion"
ACCIDENTAL_BLASTS = {"gas", "methane", "boiler", "firework", "fireworks", "dust", "chemical", "industrial", "factory",
                     "plant", "refinery", "furnace", "cylinder", "transformer", "volcanic", "steam", "propane",
                     "coal", "mining", "colliery", "power", "cement", "steel", "fertilizer", "fertiliser",
                     "petrochemical", "textile"}
# where a blast is an accident when the site says so: "a blast in a coal mine", "at a fireworks factory"
WORKINGS = {"mine", "pit", "colliery", "factory", "plant", "refinery", "warehouse", "depot", "workshop"}
ACCIDENTAL_FIRES = {"house", "forest", "bush", "grass", "brush", "apartment", "kitchen", "electrical", "chemical",
                    "submarine", "engine", "ship", "vessel", "ferry", "boat", "factory", "nightclub"}
# titles written before a name: "President Vladimir Putin", "General Qassem Soleimani"
TITLE_WORDS = {"president", "minister", "premier", "general", "gen.", "colonel", "col.", "king", "queen", "prince",
               "sheikh", "ayatollah", "chancellor", "senator", "governor", "mayor", "secretary", "commander",
               "ambassador", "judge", "bishop", "archbishop", "pope", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms",
               "ms."}
# words that may stand before a person's name and are not part of it: "Msgr Romero",
# "cameraman Carlos Corrales", "Magistrate Carlos Valencia Garcia"
HONORIFICS = TITLE_WORDS | {
    "msgr", "monsignor", "father", "fr", "rev", "reverend", "sir", "lord", "lady", "dame", "cardinal", "rabbi",
    "imam", "mullah", "cleric", "sen", "rep", "gov", "prof", "professor", "doctor", "engineer", "attorney", "lawyer",
    "lieutenant", "lt", "captain", "capt", "major", "maj", "sergeant", "sgt", "corporal", "cpl", "private", "pvt",
    "admiral", "adm", "brigadier", "marshal", "magistrate", "justice", "cameraman", "photographer", "journalist",
    "reporter", "newsman", "correspondent", "priest", "deputy", "congressman", "congresswoman", "councilman",
    "councillor", "comrade", "brother", "sister", "mother", "mister", "madam", "miss", "prime", "vice", "former",
    "late", "acting", "retired", "chief", "senior", "defence", "defense", "foreign", "interior",
}
# people named by where they live: "residents of Talish"
RESIDENT_NOUNS = {"resident", "inhabitant", "villager", "townspeople", "dweller", "native"}
# titles that only ever stand before a person's name, so the name after one is no place: "Father Coro"
NAME_TITLES = {"father", "fr", "msgr", "monsignor", "rev", "reverend", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr",
               "dr.", "sister", "senator", "sen", "colonel", "col.", "captain", "capt", "lieutenant", "lt",
               "sergeant", "sgt", "magistrate", "judge", "bishop", "archbishop", "cardinal", "rabbi", "imam"}
# words that make a plural trigger many events: "in repeated attacks", "several clashes"
SERIES_QUANTIFIERS = SERIES_MODIFIERS | {"countless", "dozens", "hundreds", "some", "all", "these", "those"}
# nouns for a national that the KB's demonyms (adjectives) do not list: "Spaniard Jose Martinez"
NATIONALITY_NOUNS = {"spaniard", "briton", "brit", "dane", "finn", "pole", "swede", "turk", "scot", "kurd",
                     "filipino", "filipina", "frenchman", "frenchwoman", "englishman", "englishwoman",
                     "dutchman", "irishman", "welshman", "scotsman"}
# where "on" places something: "a bakery on Rue Victor Hugo", "a checkpoint on the highway"
STREET_NOUNS = {"street", "avenue", "road", "highway", "boulevard", "square", "motorway", "route"}
PLACE_NOUNS = {"area", "district", "neighborhood", "neighbourhood", "province", "department",
               "region", "town", "city", "village", "border", "capital", "zone", "sector",
               "municipality", "county", "state", "outskirts", "suburb", "jurisdiction",
               "hamlet", "canton", "street", "avenue", "quarter", "governorate", "valley",
               "territory", "island", "coast", "highway", "road", "square", "slope", "range", "hill",
               "mountain", "river", "farm", "estate", "plantation", "alley", "lane", "township",
               "borough", "locality", "commune", "parish", "enclave", "countryside"}
TITLE_NOUNS = {"commander", "leader", "head", "chief", "founder", "spokesman", "spokesperson",
               "member", "official", "officer", "deputy", "general", "colonel", "emir",
               "president", "minister", "secretary", "director", "governor", "mayor"}
RELATIONAL_NOUNS = TITLE_NOUNS | {"members", "supporters", "representative", "one", "some",
                                  "many", "most", "all", "several", "dozens", "hundreds"}
# nouns for a group that a name can stand for: "the group", "a group calling itself X"
GROUP_HEADS = {"group", "organization", "organisation", "movement", "front", "faction", "militia", "cell", "squad",
               "commando", "command", "unit", "force", "wing", "gang", "cartel"}
# what a group is of when it is no armed one: "a rights group", "the Emergency Lawyers group",
# "an aid organisation", "a doctors' group"
CIVIL_GROUP_KINDS = {
    "rights", "aid", "relief", "humanitarian", "charity", "advocacy", "lobby", "pressure", "campaign", "monitoring",
    "watchdog", "civic", "environmental", "medical", "health", "press", "media", "business", "trade", "industry",
    "lawyer", "doctor", "journalist", "teacher", "student", "worker", "farmer", "women", "youth", "church",
    "community", "activist", "protest", "peace", "research", "legal", "victim", "family", "consumer", "civil",
}
# those a definite "the group" may stand for a group named before
ANAPHOR_HEADS = {"group", "organization", "organisation", "movement", "front", "faction", "militia", "cartel"}
# a definite plural of these ("the rebels", "the guerrillas") is the insurgent group named before
INSURGENT_NOUNS = {"rebel", "guerrilla", "insurgent", "subversive", "militant", "terrorist", "narcoterrorist"}
# a group noun that "of" joins to a name: "the Army of National Liberation (ELN)"
NAME_OF_HEADS = {"army", "front", "movement", "party", "union", "council", "organization", "organisation", "brigade",
                 "league", "alliance", "forces", "force", "legion", "command", "battalion"}
# parts of an organisation that act for it: "FMLN units", "Shining Path members"
UNIT_NOUNS = {"unit", "force", "forces", "element", "cell", "column", "squad", "detachment", "member",
              "cadre", "wing", "contingent"}
# a part of a group that acts for it when the group is one the KB knows: "the Islamic State's Sahel
# branch" (not "a Colpatria Bank branch")
GROUP_PARTS = {"branch", "affiliate", "offshoot", "franchise", "wing", "faction", "cell"}
# armed people named after their group: "Boko Haram fighters", "Hamas militants" act for the group
MEMBER_NOUNS = {"fighter", "militant", "guerrilla", "rebel", "insurgent", "gunman", "commando", "jihadist",
                "militiaman", "cadre"}
# a body of people named by what they are: "a group of rebels", "a column of Shining Path terrorists"
BODY_OF_HEADS = {"group", "band", "column", "squad", "gang", "team", "unit", "detachment", "contingent", "platoon",
                 "crowd", "mob", "cell", "commando", "patrol", "party"}
PARTITIVE_HEADS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                   "some", "many", "most", "all", "several", "dozens", "hundreds", "each",
                   "none", "both", "few", "thousands", "scores", "members",
                   # a stretch of what was hit: "destroyed a section of the pipeline"
                   "section", "sections", "stretch", "segment", "segments", "portion", "length", "part", "parts"}
# a part of what was hit, which names the whole: "a section of the pipeline" hit the pipeline
STRETCH_HEADS = {"section", "stretch", "segment", "portion", "length", "part"}

# parts and surroundings of a site: an attack there is an attack on the site
# what measures how far a place is: "300 meters from the palace", "a block away from it"
DISTANCE_WORDS = {"meter", "metre", "kilometer", "kilometre", "km", "mile", "yard", "foot", "feet", "block",
                  "away", "m"}
# long strife, not one deed: what it "has claimed" or "has killed" is a tally
WAR_NOUNS = {"war", "conflict", "violence", "insurgency", "feud", "unrest", "warfare", "strife", "crisis"}
# arms whose use against someone is an attack: "used chemical weapons against civilians"
USED_WEAPONS = {"weapon", "gas", "agent", "bomb", "explosive", "missile", "rocket", "artillery", "munition",
                "drone", "napalm", "firearm", "gun", "grenade", "mortar", "force"}
# "the attack was the work of X"
# deed nouns whose "of" names the victim whatever the subtype: "the fatal shooting of Tamir Rice"
VICTIM_OF_NOUNS = {"assassination", "murder", "death", "shooting"}
# a wire report's section headings in brackets, which open no phrase: "[TEXT] THREE OFFICIALS ..."
HEADER_NOTES = {"text", "report", "excerpt", "excerpts", "communique", "statement", "editorial report", "article",
                "interview", "commentary", "station commentary", "speech", "reporter"}
# "caused damage to X": what the damage was done to was hit
CAUSE_VERBS = {"cause", "inflict", "do", "wreak"}
DAMAGE_NOUNS = {"damage", "destruction", "harm", "injury", "losses"}
WORK_NOUNS = {"work", "handiwork", "doing"}
# verbs that say a deed was done: "planned by X and carried out by Y"
DOING_VERBS = {"carry", "execute", "perpetrate", "commit", "conduct"}
# words for a state as a whole, no place name: "the capital city of the Republic"
POLITY_WORDS = {"republic", "nation", "country", "state", "kingdom", "union", "federation"}
PART_NOUNS = {"entrance", "gate", "front", "doorstep", "door", "vicinity", "perimeter", "lobby",
              "courtyard", "outside", "inside", "edge", "grounds"}
# nouns that name no participant even in a target slot
NOT_TARGETS = {
    # parts a blast damages, not what was attacked ("shattered windows" of the targeted building)
    "window", "windows", "windowpane", "pane", "glass", "door", "doors", "wall", "walls", "roof", "facade",
    "area", "areas", "part", "section", "total", "number", "one", "thousands", "rest", "side", "place",
    "target", "way", "time", "damage", "no", "nobody", "none", "anyone", "someone", "something", "anything",
    "everything", "nothing", "life", "lives", "gun", "guns", "weapon", "fire", "shot", "shots", "front",
    "zone", "region", "case", "situation", "matter", "process", "effort", "plan", "attempt", "order", "law",
    "peace", "dialogue", "talks", "election", "elections", "campaign", "war", "conflict", "violence",
    "offensive", "operation", "brains", "percent", "majority", "minority", "lot", "kind", "type", "sort",
    "meeting", "hope", "power", "wound", "wounds", "injury", "injuries",
    # what a charge sheet or an archive names: "one count of destroying records"
    "count", "counts", "record", "records", "evidence", "document", "documents", "file", "files", "data",
}

# parts of the body: who lost them was the target ("blew off her son's legs")
# ("head", "body", "arm" and "face" are left out: "the head of the militia", "a body of the UN")
BODY_PARTS = {"leg", "legs", "hand", "hands", "foot", "feet", "eye", "eyes", "chest", "neck", "stomach",
              "limb", "limbs", "finger", "fingers", "skull", "abdomen", "thigh", "knee", "shoulder"}
NOT_TARGETS |= BODY_PARTS

# event nouns name what happened, never who or what it happened to ("the murder of X and the
# kidnapping of Y": "kidnapping" is no second victim); weapons and craft are left out, since a
# drone or a bomb can be shot down or defused
EVENT_NOUNS = frozenset(
    k for k, v in NOUN_TRIGGERS.items() if " " not in k and k not in {"drone", "bomb", "ied", "car-bomb"}
)

ABSTRACT_SUFFIXES = ("tion", "sion", "ment", "ness", "ity", "ism", "ance", "ence", "ship", "hood", "ure", "acy")
PERSON_NOUNS |= {
    "wife",
    "husband",
    "son",
    "daughter",
    "father",
    "mother",
    "brother",
    "sister",
    "seaman",
    "peddler",
    "vendor",
    "nephew",
    "niece",
    "cousin",
    "bodyguard",
    "escort",
    "watchman",
    "parishioner",
    "congressman",
    "legislator",
    "councillor",
    "magistrate",
    "prosecutor",
}
OBJECT_NOUNS |= {
    # buildings and bodies whose ending reads abstract
    "community",
    "congregation",
    "legislature",
    "association",
    "federation",
    "dealership",
    "pharmacy",
    "mansion",
    "settlement",
    "encampment",
    "monastery",
    "institute",
    "institution",
    "shack",
    "hut",
    "tank",
    "structure",
    "installation",
    "exchange",
    "box",
    "booth",
    "kiosk",
    "pole",
    "tower",
    "antenna",
    "mine",
    "warehouse",
    "campus",
    "seminary",
    "cathedral",
    "chapel",
    "parish",
    "headquarters",
    "residence",
    "estate",
    "hacienda",
    "plantation",
    "cooperative",
    "embassy",
    "legation",
}
WEAPON_NOUNS |= {
    # craft and vehicles that strike: "Israeli aircraft struck ...", "Russian warplanes bombed ..."
    "aircraft", "warplane", "jet", "helicopter", "gunship", "tank", "warship", "bomber", "plane", "airplane",
    "shrapnel",
    "fragment",
    "fragments",
    "explosives",
    "rocket-propelled",
    "rpg",
    "launcher",
    "submachinegun",
    "ak-47",
    "m-16",
    "mortars",
    "rockets",
    "bombs",
    "grenades",
}
# pronoun-like words that never name who did it
NOT_PERPETRATORS = {
    "none",
    "no one",
    "nobody",
    "anyone",
    "someone",
    "one",
    "all",
    "each",
    "force",
    "that",
    "which",
    "this",
    "what",
    "something",
}
# predicates that say who did an event: "X was involved in / responsible for ..."
INVOLVEMENT = {"involve", "involved", "responsible", "implicate", "implicated", "guilty", "participate",
               "suspect", "suspected", "accuse", "accused", "charge", "charged", "blame", "culpable"}
# verb + object that say someone had a share in a deed: "took part in the assault"
SHARE_PHRASES = {("take", "part"), ("play", "role"), ("have", "hand"), ("have", "role")}
VERB_TRIGGERS["riddle"] = "shooting"
# words that make a perpetrator a suspicion rather than a fact
HEDGES = {"suspected", "alleged", "allegedly", "presumed", "presumably", "apparently", "possibly", "probably",
          "likely", "purported", "purportedly", "supposed", "supposedly", "reportedly"}
# fmt: on

# verbs that place or throw an explosive: "planted a bomb under a car", "threw a grenade at"
PLACEMENT_VERBS = {"plant", "place", "throw", "hurl", "lob", "toss", "detonate", "leave", "hide", "set", "drop"}
# what is done to one held for a deed, in law: "was charged with kidnapping and murder", "was convicted of"
CHARGING_VERBS = {"arrest", "detain", "charge", "indict", "convict", "sentence", "try", "prosecute"}
# verbs that hold someone to account for an event: "arrested in connection with the bombing",
# "charged them with participating in the murder" (an accusation, not a finding)
ARREST_VERBS = CHARGING_VERBS | {
    "jail",
    "question",
    "hold",
    "seek",
    "want",
    "capture",
    "apprehend",
}

# projectiles that are an attack when fired: "fired a missile at Riyadh", "rockets were launched"
PROJECTILES = {
    "missile": "shelling",
    "rocket": "shelling",
    "mortar": "shelling",
    "shell": "shelling",
    "projectile": "shelling",
    "grenade": "bombing",
    "katyusha": "shelling",
}
FIRING_VERBS = {"fire", "launch", "lob", "shoot", "hurl", "throw"}
# what a projectile does where it comes down: "two rockets landed near the embassy", "shells fell on the town"
IMPACT_VERBS = {
    "hit",
    "strike",
    "land",
    "slam",
    "crash",
    "fall",
    "smash",
    "rain",
    "pound",
    "plough",
    "plow",
    "tear",
    "rip",
    "explode",
    "impact",
    "hammer",
}
# a series of deeds its modifier names: "a bombing campaign", "the air campaign against ISIS"
SERIES_NOUNS = {"campaign"}
# a war one side wages on an armed foe, told as a whole: "the coalition campaign against Daesh",
# "Nigeria's war on Boko Haram", "operations against al-Shabab", "efforts to defeat ISIL"
CAMPAIGN_NOUNS = {
    "campaign",
    "war",
    "operation",
    "fight",
    "struggle",
    "effort",
    "offensive",
    "battle",
    "drive",
    "counteroffensive",
    "counter-offensive",
}
# the nouns of a try a deed is done in: "in a failed effort to kill him", "in an attempt to assassinate"
TRY_NOUNS = {
    "effort",
    "attempt",
    "bid",
}
# arms laid in wait, which a country's name before them places, not owns: "Turkey land mine"
LAID_ARMS = {
    "mine",
    "landmine",
    "land-mine",
    "ied",
    "device",
}
# who arrest people, so that what they seize is an arrest: "police seized three suspects"
POLICE_NOUNS = {
    "police",
    "policeman",
    "policemen",
    "policewoman",
    "cop",
    "gendarme",
    "detective",
    "authority",
}
# whom an arrest seizes: "troops seized two suspects"
SUSPECT_NOUNS = {
    "suspect",
    "fugitive",
    "culprit",
    "accomplice",
}
# verbs that tell a deed went on or began again: "continued bombing Aleppo", "resumed their attacks"
# how often a deed is done, which makes it a habit, not a deed: "bandits often kidnap people"
FREQUENCY_ADVERBS = {
    "often",
    "frequently",
    "regularly",
    "routinely",
    "usually",
    "sometimes",
    "typically",
    "habitually",
    "occasionally",
    "commonly",
}
# verbs of a deed's end: denied, they say it goes on ("will not stop bombing")
STOPPING_VERBS = {"stop", "cease", "halt"}
ONGOING_VERBS = {
    "continue",
    "resume",
    "keep",
}
# what a campaign is waged to do to its foe
DEFEAT_VERBS = {
    "defeat",
    "destroy",
    "counter",
    "degrade",
    "eliminate",
    "crush",
    "dislodge",
    "oust",
    "expel",
    "eradicate",
    "fight",
    "combat",
    "annihilate",
    "vanquish",
    "rout",
    "neutralize",
    "neutralise",
}
# what a deed is done to do to someone, who is then its target: what a war is waged to do, or to kill ("set off
# a bomb in a bid to kill the governor", "the assault to neutralize the gunmen inside the hotel")
AIM_VERBS = DEFEAT_VERBS | {"kill", "assassinate", "murder"}
# a state's armed forces, as a foe: "retook the village from Russian troops"
MILITARY_ARMS = {"army", "troop", "force", "forces", "military", "soldier", "navy", "marine"}
# armed foes a campaign is waged on, by their kind: "the war against the rebels"
FOE_NOUNS = {
    "militant",
    "guerrilla",
    "rebel",
    "insurgent",
    "terrorist",
    "jihadist",
    "extremist",
    "militia",
    "separatist",
    "fighter",
    "paramilitary",
    "warlord",
    "bandit",
}
# what a campaign's governor does that leaves it waged: "support for the campaign against Daesh",
# "ended its war against jihadists" (not "plans a campaign", "vowed a war")
WAGED_GOVERNORS = {
    "continue",
    "support",
    "intensify",
    "escalate",
    "step",
    "increase",
    "discuss",
    "include",
    "fund",
    "finance",
    "resume",
    "join",
    "lead",
    "end",
    "stop",
    "halt",
    "suspend",
    "reduce",
    "accelerate",
    "expand",
    "widen",
    "pursue",
    "press",
}
# taking ground back from an armed foe: "Syrian rebels liberated the town of Dabiq from ISIL control"
# ("retook": the model's lemma of the past tense)
RETAKE_VERBS = {"liberate", "recapture", "retake", "retook", "reclaim", "free", "wrest", "capture", "seize", "regain"}
# driving an armed foe out of ground: "Kurdish fighters drove the Islamic State out of Kobani"
# ("drove": the model's lemma of the past tense in some sentences)
EXPEL_VERBS = {"drive", "drove", "push", "expel", "oust", "dislodge", "flush", "chase", "evict"}
# ground that is taken back
GROUND_NOUNS = {
    "town",
    "village",
    "city",
    "territory",
    "area",
    "district",
    "region",
    "base",
    "airport",
    "position",
    "hill",
    "land",
    "neighbourhood",
    "neighborhood",
    "province",
    "stronghold",
    "border",
    "crossing",
    "port",
    "outpost",
    "settlement",
    "suburb",
    "bridge",
    "road",
    "highway",
    "palace",
    "headquarters",
    "camp",
    "compound",
    "building",
    "oilfield",
    "dam",
}
# what an armed foe holds ground in: "from ISIL control", "from the hands of the rebels"
HOLD_NOUNS = {"control", "hand", "hands", "grip", "rule", "occupation", "clutches"}
# verbs of helping, whose object a possessive after it stands for: "supported the Iraqi forces in their fight"
HELP_VERBS = {
    "support",
    "help",
    "assist",
    "aid",
    "back",
    "train",
    "advise",
    "equip",
    "praise",
    "commend",
    "congratulate",
    "thank",
    "join",
}
# whose subject wages the war it governs: "US troops accelerate operations against Sunni insurgents"
WAGING_VERBS = WAGED_GOVERNORS - {"support", "discuss", "include", "fund", "finance"}
# foes a war is waged on only as a class when bare: "the fight against terrorists" (not "against the rebels")
CLASS_FOES = {"terrorist", "extremist"}
# what one does with bombs in one raid: "warplanes dropped bombs on ...", "unleashed bombs and missiles against"
DROPPING_VERBS = {"drop", "unleash", "rain", "hurl", "throw", "lob"}
# what is fired is the means, never the target: "fired tear gas at demonstrators", "fired shots"
FIRED_MUNITIONS = {
    "gas",
    "teargas",
    "bullet",
    "pellet",
    "cannon",
    "canister",
    "round",
    "shot",
    "salvo",
    "volley",
    "ammunition",
    "flare",
    "shell",
}
# what is thrown as a bomb: "threw an explosive device at a police post", "hurled a package of dynamite"
THROWN_EXPLOSIVES = {"device", "explosive", "explosives", "dynamite", "package", "cocktail", "charge", "petard"}
THROWING_VERBS = {"throw", "hurl", "lob", "toss"}
# armed clashes: whom they were fought with is the other side ("fighting with army troops")
CLASH_WORDS = {
    "fight",
    "fighting",
    "clash",
    "battle",
    "skirmish",
    "firefight",
    "gunbattle",
    "shootout",
    "combat",
    "gunfight",
    "crossfire",
}
# what these verbs take as object is the device that went off, never a target
DETONATION_VERBS = {"detonate", "explode", "trigger"}
AIRCRAFT = {"aircraft", "warplane", "jet", "helicopter", "gunship", "bomber", "drone", "plane", "airplane"}
# craft and vehicles: what a subject uses when it fires, launches or sends them, and
# otherwise what is hit ("shot down a helicopter", "destroyed a tank", "hijacked a plane")
CRAFT = AIRCRAFT | {"tank", "warship", "cruiser", "destroyer", "frigate", "corvette", "submarine"}
# what a country before it owns and does not locate: "the U.S. Embassy in Lima"
OWNER_HEADS = {"embassy", "consulate", "legation", "chancery", "interests"}
# ships, which are often named after places: "the supertanker Limburg"
SHIP_NOUNS = {
    "ship",
    "vessel",
    "tanker",
    "supertanker",
    "freighter",
    "ferry",
    "frigate",
    "destroyer",
    "cruiser",
    "warship",
    "trawler",
    "yacht",
    "liner",
    "carrier",
    "corvette",
    "submarine",
    "boat",
    "steamer",
}
# what "seize" kidnaps or hijacks: a person, or a craft or vehicle with people in it (not
# "seized five farms", "seized weapons": a confiscation)
_VEHICLES = "vehicle car bus truck jeep van taxi ship boat vessel train tanker ferry minibus airliner convoy"
SEIZED_VEHICLES = CRAFT | set(_VEHICLES.split())
# nouns for a day that recalls a deed: "the anniversary of the assassination"
MEMORIAL_NOUNS = {"anniversary", "commemoration", "remembrance", "memorial", "centenary", "centennial"}
# verbs whose object is what the subject attacks with
USING_VERBS = {"fire", "launch", "use", "deploy", "send", "fly", "dispatch", "scramble"}
# nouns for one person (no group, no collective): "the engineer", "X, mayor of Achi"
DESCRIBING_NOUNS = frozenset(
    w for w in PERSON_NOUNS - COLLECTIVE_NOUNS if not w.endswith("men") and w not in ("people", "children")
)

# news agencies, credited in brackets or a dateline ("(AP)", "Reuters - "): never a participant
NEWS_AGENCIES = {
    "ap",
    "reuters",
    "afp",
    "upi",
    "efe",
    "dpa",
    "ansa",
    "cp",
    "xinhua",
    "tass",
    "itar-tass",
    "ips",
    "kyodo",
    "yonhap",
    "anatolia",
    "irna",
    "wafa",
    "sana",
    "interfax",
    "ria",
    "aa",
    "pti",
    "ani",
    "bernama",
}
