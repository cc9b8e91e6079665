"""Saying yes or no: the stance of an email (accept or decline, confirm or cancel), read
clause by clause with each language's negation. Pure data and lookups for ``grading.py``.

"I will not come on Thursday", "je ne pourrai pas venir", "siwezi kuja" and "لن أحضر"
decline; "I will not miss it", "no problem, I will come", "bien sûr je viendrai",
"sitakosa" and "لا مانع لدي" accept. Each language gives, as data:

- ``yes``: fixed phrases that accept, read before negation ("no problem", "لا مانع");
- ``no``: fixed phrases that decline ("I have to decline", "je refuse", "nakataa");
- ``negations``: words that negate the rest of their clause ("not", "ne", "لن");
- ``verbs``: the beginnings of the words of coming, attending, accepting, confirming: a
  clause with one of them says yes, or no when a negation comes before it;
- ``miss``: the words of missing: negated, they say yes ("I won't miss it");
- Swahili negates inside the verb ("sitakuja", "siwezi", "sikubali"): ``verb_negation``
  is the pattern of those negative prefixes, and what follows is read as the verb.

Every list is compared with ``tutor.text.fold``ed text, so it is folded once below.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

from tutor.text import fold

Stance = Literal["accept", "decline", "confirm", "cancel"]
POSITIVE: frozenset[str] = frozenset({"accept", "confirm"})


@dataclass(frozen=True)
class Words:
    yes: tuple[str, ...]
    no: tuple[str, ...]
    negations: tuple[str, ...]
    verbs: tuple[str, ...]
    miss: tuple[str, ...]
    but: tuple[str, ...]  # words that start a new clause
    verb_negation: str = ""  # Swahili: a negative verb prefix (regex, on a folded word)
    elisions: bool = False  # French: "n'y", "l'accepter" are two words each
    inside_words: bool = False  # Swahili: a verb is found inside a word ("nitakuja")


LANGUAGES: dict[str, Words] = {
    "en": Words(
        yes=("yes", "of course", "no problem", "no problems", "sure", "with pleasure",
             "count me in", "see you", "i can't wait", "i cannot wait", "can't wait",
             "looking forward to", "look forward to seeing", "i'd love to", "i would love to",
             "happy to", "glad to", "pleased to", "delighted to", "no doubt", "definitely",
             "for sure", "without fail", "not a problem", "don't worry"),
        no=("decline", "declining", "turn down", "say no", "regret that i", "absent",
            "absence", "cancel", "cancelling", "canceling", "not possible", "impossible",
            "unable", "won't be able", "will not be able", "have to say no", "miss class",
            "miss the class", "miss the workshop", "miss the meeting", "i must refuse",
            "refuse"),
        negations=("not", "cannot", "can't", "cant", "won't", "wont", "don't", "dont",
                   "doesn't", "didn't", "couldn't", "wouldn't", "shouldn't", "isn't",
                   "aren't", "never", "unable", "no longer", "neither", "nor",
                   "unfortunately not", "afraid not"),
        verbs=("come", "coming", "attend", "attending", "join", "joining", "be there",
               "be at", "be present", "be available", "make it", "accept", "accepting",
               "confirm", "confirming", "take part", "participate", "be with you",
               "will be in", "start on", "take the job", "take it"),
        miss=("miss", "missing", "forget", "be late"),
        but=("but", "however", "although", "though", "so", "because"),
    ),
    "fr": Words(
        yes=("oui", "bien sur", "avec plaisir", "pas de probleme", "sans probleme",
             "sans faute", "sans souci", "pas de souci", "aucun probleme", "volontiers",
             "avec joie", "je serai ravie", "je serai ravi", "c'est parfait", "ca marche",
             "d'accord", "entendu", "a jeudi", "a samedi", "a mercredi", "a bientot",
             "je n'y manquerai pas", "je n'y manquerai"),
        no=("refuse", "refuser", "decline", "decliner", "absent", "absente", "absence",
            "annule", "annuler", "impossible", "empechee", "empeche", "pas donner suite",
            "je dois dire non", "malheureusement non", "au regret"),
        negations=("ne", "n", "pas", "jamais", "plus pouvoir", "aucun", "aucune", "ni"),
        verbs=("viendr", "venir", "viens", "je serai la", "je serai present", "serai la",
               "serai present", "serai bien", "participer", "participerai", "assister",
               "assisterai", "accept", "confirm", "rejoindre", "rejoindrai", "pourrai etre",
               "je peux venir", "commencer", "commencerai", "presente a", "present a",
               "presence"),
        miss=("manquer", "manquerai", "rater", "raterai", "oublier", "oublierai"),
        but=("mais", "cependant", "pourtant", "car", "parce que", "donc"),
        elisions=True,
    ),
    "ar": Words(
        yes=("نعم", "اكيد", "بالتاكيد", "طبعا", "لا مانع", "ما في مانع", "مافي مانع",
             "لا مشكله", "ما في مشكله", "بكل سرور", "يسعدني", "يسرني", "بكل تاكيد",
             "موافق", "موافقه", "ان شاء الله", "لن افوت", "لن اتاخر عن", "لا شك",
             "بلا شك", "دون شك", "سعيد ب", "سعيده ب", "اتطلع"),
        no=("ارفض", "رفض", "اعتذر عن الحضور", "اعتذر عن عدم", "اعتذر عن قبول",
            "اعتذر عن القبول", "اعتذر عن العرض", "غياب", "غيابي", "ساتغيب", "اتغيب",
            "الغاء", "الغي", "يتعذر", "تعذر", "للاسف لا", "مع الاسف لا", "يؤسفني",
            "يوسفني", "اسفه لا", "اسف لا"),
        negations=("لا", "لن", "لم", "ليس", "لست", "لسنا", "غير", "عدم", "ما راح",
                   "مش", "مو", "ما رح", "ما اقدر", "ما بقدر", "ما اقدرش"),
        verbs=("احضر", "ساحضر", "حضور", "حضوري", "الحضور", "سنحضر", "نحضر", "اتي", "ساتي",
               "ساجي", "اجي", "ساكون", "اكون", "اشارك", "ساشارك", "المشاركه", "اقبل",
               "ساقبل", "قبول", "قبوله", "قبولها", "اقبله", "اقبلها", "القبول", "قبلت",
               "اوكد", "اكد", "تاكيد", "سانضم", "انضم", "ساصل", "موجود", "موجوده",
               "اتمكن من الحضور", "سابدا"),
        miss=("افوت", "يفوتني", "تفوتني", "اتخلف", "انسي", "اتاخر"),
        but=("لكن", "ولكن", "لكنني", "لكني", "غير ان", "الا ان", "لان", "لانني", "لاني"),
    ),
    "sw": Words(
        yes=("ndiyo", "ndio", "bila shaka", "hakuna shida", "hakuna tatizo",
             "hakuna neno", "kwa furaha", "nitafurahi", "sawa", "tuonane", "tutaonana",
             "nitakuwa pale", "nitakuwa hapo", "nimefurahi", "kwa hakika", "hakika",
             "naam", "inshallah", "mungu akipenda"),
        no=("nakataa", "ninakataa", "kukataa", "sitaki", "hapana", "kwa bahati mbaya",
            "sitakuwepo", "kutokuwepo", "sitahudhuria", "kughairi", "nimeghairi",
            "naghairi", "udhuru", "ruhusa ya kutokuja"),
        negations=("si", "sio", "siyo", "hapana", "bila", "hakuna", "wala", "kutoweza"),
        verbs=("kuja", "fika", "kuwepo", "hudhuria", "kubali", "thibitisha", "shiriki",
               "kuanza", "nitaanza", "nitakuwa na"),
        miss=("kosa", "chelewa", "sahau"),
        but=("lakini", "ila", "ingawa", "kwa sababu", "kwa hiyo", "hivyo"),
        # si-ta-kuja, si-wezi, si-kubali, si-ku-ja, ha-tu-ta-weza, ha-ta-fika, ha-wezi...
        verb_negation=(r"^(?:si|hatu|ham|hawa|ha)(?:ta|ku|ja)?(?=(?:ku)?(?:weza|wezi|ja|ji"
                       r"|fika|fiki|kuwepo|hudhuri|kubali|ikubali|kosa|kosi|chelewa|sahau"
                       r"|thibitisha|shiriki|anza|pata|pati|ja)\w*$)"),
        inside_words=True,
    ),
}


def _folded(words: Words) -> Words:
    def folded(phrases: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(fold(w) for w in phrases)

    return replace(words, yes=folded(words.yes), no=folded(words.no),
                   negations=folded(words.negations), verbs=folded(words.verbs),
                   miss=folded(words.miss), but=folded(words.but))


LANGUAGES = {k: _folded(v) for k, v in LANGUAGES.items()}

# -- examples for the hints -----------------------------------------------------------------
EXAMPLES: dict[tuple[str, str], str] = {
    ("en", "accept"): "Yes, I will come", ("en", "confirm"): "I confirm that I will come",
    ("en", "decline"): "I am sorry, but I cannot accept",
    ("en", "cancel"): "I am sorry, but I cannot come",
    ("fr", "accept"): "Oui, je viendrai", ("fr", "confirm"): "Je vous confirme ma présence",
    ("fr", "decline"): "Je suis désolée, mais je ne peux pas accepter",
    ("fr", "cancel"): "Je suis désolée, mais je ne pourrai pas venir",
    ("ar", "accept"): "نعم، سأحضر", ("ar", "confirm"): "أؤكد حضوري",
    ("ar", "decline"): "يؤسفني أنني لا أستطيع القبول",
    ("ar", "cancel"): "أعتذر، لن أستطيع الحضور",
    ("sw", "accept"): "Ndiyo, nitakuja", ("sw", "confirm"): "Nathibitisha kwamba nitakuja",
    ("sw", "decline"): "Samahani, siwezi kukubali",
    ("sw", "cancel"): "Samahani, sitaweza kuja",
}

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
# Clauses end at punctuation, but not at the "." or ":" inside "10:00" or "9.30".
_CLAUSE_END = re.compile(r"[!?;,؟؛\n()\"«»“”]+|(?<!\d)[.:]+|[.:]+(?!\d)|\s[-–—]\s")


def words_of(language: str) -> Words:
    return LANGUAGES.get(language, LANGUAGES["en"])


def clauses(text: str, language: str) -> list[str]:
    """The clauses of a text, folded: split at punctuation and at the words that start a
    new clause ("but", "mais", "lakini", "لكن")."""
    words = words_of(language)
    parts = [p.strip() for p in _CLAUSE_END.split(fold(text)) if p.strip()]
    found = []
    splitter = re.compile(r"(?<!\S)(?:" + "|".join(re.escape(b) for b in words.but) + r")(?!\S)")
    for part in parts:
        found += [p.strip() for p in splitter.split(part) if p.strip()]
    return found


def _contains(clause: str, phrase: str, whole: bool = False, inside: bool = False) -> int:
    """Where a phrase starts in a clause, -1 when absent. It matches the start of a word
    ("viendr" finds "viendrai"), the whole word when ``whole`` ("yes" does not find
    "yesterday"), or anywhere in a word when ``inside`` ("kuja" in "nitakuja")."""
    pattern = ("" if inside else r"(?<![^\W_])") + re.escape(phrase) + (
        r"(?![^\W_])" if whole else "")
    match = re.search(pattern, clause)
    return match.start() if match else -1


def _tokens(clause: str, words: Words) -> list[str]:
    """The words of a clause; French elisions cut ("n'y" -> "n", "y"), a Swahili negative
    verb split into a negation and its verb ("sitakuja" -> "si", "kuja")."""
    tokens: list[str] = []
    for word in _WORD.findall(clause):
        for part in (word.split("'") if words.elisions else [word]):
            if not part:
                continue
            if words.verb_negation:
                match = re.match(words.verb_negation, part)
                if match and match.end() > 0:
                    tokens += ["si", part[match.end():]]
                    continue
            tokens.append(part)
    return tokens


def polarity(clause: str, language: str) -> int:
    """+1 when a clause says yes (I will come, I accept), -1 when it says no, 0 when it
    says neither."""
    words = words_of(language)
    text = " " + clause + " "
    said = 0
    for phrase in words.yes:
        if _contains(text, phrase, whole=True) >= 0:
            text = re.sub(r"(?<![^\W_])" + re.escape(phrase) + r"(?![^\W_])", " ", text)
            said = 1
    for phrase in words.no:
        if _contains(text, phrase) >= 0:
            return -1
    tokens = _tokens(text, words)
    joined = " ".join(tokens)
    negated_at = min((i for i, t in enumerate(tokens) if t in words.negations),
                     default=None)
    if negated_at is None:  # a multi-word negation ("no longer")
        for phrase in words.negations:
            if " " in phrase and _contains(joined, phrase) >= 0:
                negated_at = len(joined[:_contains(joined, phrase)].split())
    for kind, sign in (("verbs", 1), ("miss", -1)):
        for phrase in getattr(words, kind):
            at = _contains(joined, phrase, inside=words.inside_words)
            if at < 0:
                continue
            position = len(joined[:at].split())
            negated = negated_at is not None and negated_at <= position
            return -sign if negated else sign
    return said


@dataclass(frozen=True)
class Reading:
    """What an email says: the clauses that say yes and the ones that say no."""

    yes: tuple[str, ...]
    no: tuple[str, ...]

    def says(self, stance: Stance) -> bool:
        if stance in POSITIVE:
            return bool(self.yes) and not self.no
        return bool(self.no)


def read(text: str, language: str) -> Reading:
    yes, no = [], []
    for clause in clauses(text, language):
        sign = polarity(clause, language)
        if sign > 0:
            yes.append(clause)
        elif sign < 0:
            no.append(clause)
    return Reading(tuple(yes), tuple(no))


def declined_clauses(text: str, language: str) -> list[str]:
    """The clauses that say no: a fact found only there is not given as a yes
    ("I will not come on Thursday" does not give Thursday as the day you come)."""
    return [c for c in clauses(text, language) if polarity(c, language) < 0]
