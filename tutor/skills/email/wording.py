"""The words of email writing, per language: the greetings and closings of each register,
the familiar words that do not fit a formal email, text-message language, and the words
of urgency that phishing uses. Pure data and lookups for ``grading.py``.

The lists compare with ``tutor.text.fold``ed text, so they are folded once here; a
message shows a word as it is written (:func:`written`).
"""

from __future__ import annotations

import re

from tutor.text import fold

# -- greetings and closings, per language and register ------------------------------------
GREETINGS = {
    ("en", "formal"): ("dear", "hello", "good morning", "good afternoon", "good evening"),
    ("en", "friendly"): ("hi", "hello", "dear", "hey", "good morning", "good afternoon"),
    ("fr", "formal"): ("bonjour", "madame", "monsieur", "chere madame", "cher monsieur",
                       "bonsoir", "mesdames", "messieurs"),
    ("fr", "friendly"): ("salut", "bonjour", "coucou", "cher", "chere", "bonsoir", "hello"),
    # Arabic: the first form of each list is shown as the example, so it has no hamza
    # (fold() drops hamza and short vowels, and the lists are folded below).
    ("ar", "formal"): ("السيد", "السيدة", "السادة", "حضرة", "الأستاذ", "الأستاذة", "أستاذ",
                       "أستاذة", "تحية طيبة", "تحية طيبة وبعد", "السلام عليكم",
                       "صباح الخير", "مساء الخير", "عزيزي", "عزيزتي", "مرحبا", "أهلا",
                       "الدكتور", "الدكتورة", "د.", "سيدي", "سيدتي", "الأخ", "الأخت",
                       "المهندس", "المهندسة", "سعادة", "عطوفة", "الفاضل", "الفاضلة",
                       "إلى السيد", "إلى السيدة"),
    ("ar", "friendly"): ("مرحبا", "أهلا", "أهلا وسهلا", "السلام عليكم", "صباح الخير",
                         "مساء الخير", "عزيزي", "عزيزتي", "صديقي", "صديقتي", "تحية طيبة",
                         "هلا", "يا هلا", "هاي", "أهلين", "مرحبتين", "حبيبتي", "حبيبي",
                         "يسعد صباحك"),
    ("sw", "formal"): ("ndugu", "mpendwa", "habari", "bwana", "bi", "bi.", "bibi",
                       "mheshimiwa", "mwalimu", "salamu", "salaam", "assalamu alaikum",
                       "jambo", "hujambo", "hamjambo", "shikamoo", "dkt", "daktari"),
    ("sw", "friendly"): ("habari", "hujambo", "hamjambo", "jambo", "mambo", "niaje", "salamu",
                         "salaam", "mpendwa", "rafiki", "ndugu", "sasa", "vipi", "shikamoo",
                         "hi", "hey"),
}
CLOSINGS = {
    ("en", "formal"): ("kind regards", "best regards", "regards", "yours sincerely",
                       "yours faithfully", "sincerely", "best wishes", "with thanks",
                       "thank you", "many thanks", "warm regards", "all the best", "thanks",
                       "thanks again", "thank you again", "respectfully", "best",
                       "warmly", "warm wishes", "yours truly", "sincerely yours", "yours"),
    ("en", "friendly"): ("kind regards", "best regards", "regards", "best wishes", "thanks",
                         "thank you", "many thanks", "see you", "cheers", "best",
                         "all the best", "take care", "love", "warm regards"),
    ("fr", "formal"): ("cordialement", "bien cordialement", "bien a vous",
                       "je vous prie d'agreer", "veuillez agreer", "sinceres salutations",
                       "meilleures salutations", "salutations distinguees",
                       "avec mes remerciements", "merci d'avance", "merci par avance",
                       "en vous remerciant", "bonne journee", "respectueusement", "merci",
                       "dans l'attente de votre reponse"),
    ("fr", "friendly"): ("cordialement", "bien cordialement", "a bientot", "bonne journee",
                         "bonne soiree", "amicalement", "bises", "merci", "a plus tard",
                         "a demain", "bien a toi", "bien a vous", "a lundi", "a mardi",
                         "a mercredi", "a jeudi", "a vendredi", "a samedi", "a dimanche",
                         "a tout a l'heure", "a plus", "merci encore", "je t'embrasse"),
    ("ar", "formal"): ("مع خالص التحية", "مع التحية", "مع أطيب التحيات", "مع الشكر",
                       "مع خالص الشكر", "مع الاحترام", "مع فائق الاحترام", "مع التقدير",
                       "وتفضلوا بقبول", "وتفضلي بقبول", "وتفضل بقبول", "تحياتي",
                       "شكرا", "وشكرا", "شاكرا", "شاكرة", "جزيل الشكر", "مع أطيب التمنيات",
                       "والسلام عليكم", "احتراماتي", "مع خالص الاحترام",
                       "وتقبلوا فائق الاحترام", "دمتم بخير", "دمتم سالمين", "أشكركم",
                       "أشكرك", "يعطيكم العافية"),
    ("ar", "friendly"): ("مع التحية", "تحياتي", "إلى اللقاء", "أراك", "أراكم", "نلتقي",
                         "مع السلامة", "شكرا", "دمت بخير", "مع محبتي", "سلامي",
                         "مع أطيب التحيات", "مع الشكر", "في أمان الله", "يعطيك العافية",
                         "سلام", "بالتوفيق", "مع المودة", "مع حبي", "باي"),
    ("sw", "formal"): ("wako mwaminifu", "wako", "kwa heshima", "asante", "ahsante",
                       "asanteni", "nashukuru", "shukrani", "kila la heri", "wasalaam",
                       "wasalam", "kwa heri", "wako katika kazi", "wako katika ujenzi wa taifa"),
    ("sw", "friendly"): ("asante", "ahsante", "asanteni", "tutaonana", "kwaheri",
                         "kwa heri", "kila la heri", "wako", "rafiki yako", "salamu",
                         "siku njema", "wasalaam", "wasalam", "baadaye", "nakutakia",
                         "mungu akubariki"),
}
# Too familiar for a formal email (a near miss worth naming).
FAMILIAR = {"en": ("hi", "hey", "yo", "hiya"), "fr": ("salut", "coucou", "hello", "slt", "cc"),
            "ar": ("هاي", "هلا", "هلو", "اهلين", "hi", "hello"),
            "sw": ("mambo", "niaje", "vipi", "sasa", "oya", "hi", "hey")}
# A polite start to suggest instead of a familiar one.
POLITE_EXAMPLE = {"en": "Dear ...", "fr": "Bonjour Madame ...", "ar": "السيد ...",
                  "sw": "Ndugu ..."}
TEXT_SPEAK = {
    "en": {"u", "r", "ur", "pls", "plz", "thx", "thnx", "lol", "btw", "omg", "gonna",
           "wanna", "idk", "tbh", "cuz", "coz", "b4", "gr8", "2day", "2moro", "msg", "k"},
    "fr": {"slt", "stp", "bcp", "pk", "pq", "mdr", "dsl", "tkt", "jsp", "qqn", "qqch",
           "ptdr", "bjr", "mrc", "jtm", "cad", "pcq", "tt", "ds", "ac", "dc", "oklm"},
    "ar": {"ههه", "هههه", "ههههه", "lol", "pls", "plz", "thx", "msg"},
    "sw": {"nko", "ukoje", "xaxa", "cjui", "nkt", "pls", "plz", "thx", "lol", "msg"},
}



def words(text: str) -> list[str]:
    """The words of a text ("l'entretien" and "rendez-vous" are one word each)."""
    return re.findall(r"[^\W_]+(?:['’-][^\W_]+)*", text)


def table_language(language: str) -> str:
    """The language whose lists apply: the pack's, or English when there are none."""
    return language if language in FAMILIAR else "en"


# The word lists compare with fold()ed text, so they are folded once here (Arabic hamza
# and short vowels go, as they do in the learner's text). Messages show the written form.
WRITTEN = {fold(w): w for table in (GREETINGS, CLOSINGS) for ws in table.values() for w in ws}
GREETINGS = {k: tuple(dict.fromkeys(fold(g) for g in v)) for k, v in GREETINGS.items()}
CLOSINGS = {k: tuple(dict.fromkeys(fold(c) for c in v)) for k, v in CLOSINGS.items()}
FAMILIAR = {k: tuple(fold(w) for w in v) for k, v in FAMILIAR.items()}


def written(folded: str) -> str:
    """A list's word as it is written ("أهلا", not the folded "اهلا"), capitalised."""
    word = WRITTEN.get(folded, folded)
    return word[:1].upper() + word[1:]


# -- urgency, a sign of phishing ------------------------------------------------------------
URGENT_WORDS = {
    "en": ("urgent", "immediately", "within 24 hours", "last chance", "suspended", "blocked",
           "act now", "final notice", "expire", "today only"),
    "fr": ("urgent", "immediatement", "sous 24 heures", "sous 24h", "dernier rappel",
           "suspendu", "bloque", "derniere chance", "expire", "sans delai"),
    "ar": ("عاجل", "فورا", "فوري", "خلال 24 ساعة", "آخر فرصة", "إيقاف", "موقوف", "تعليق",
           "معلق", "محظور", "حظر", "آخر تنبيه", "ستنتهي", "تنتهي", "ينتهي", "اليوم فقط",
           "دون تأخير"),
    "sw": ("haraka", "mara moja", "ndani ya saa 24", "saa 24", "nafasi ya mwisho",
           "imesimamishwa", "imefungwa", "itafungwa", "itasimamishwa", "imezuiwa", "itazuiwa",
           "itafutwa", "sasa hivi", "leo tu", "onyo la mwisho", "muda unaisha",
           "bila kuchelewa"),
}
URGENT_WORDS = {k: tuple(fold(w) for w in v) for k, v in URGENT_WORDS.items()}
# One pattern per language: a word from its start ("expire" finds "expired"), a phrase
# as whole words ("leo tu" does not find "leo tutakutana").
URGENT = {lang: re.compile("|".join(
    rf"(?<!\w){re.escape(w)}" + (r"(?!\w)" if " " in w else "") for w in ws))
    for lang, ws in URGENT_WORDS.items()}
