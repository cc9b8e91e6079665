"""The five assessments: what each asks, for how long, and what passes.

They are written here, in code, rather than in a lesson pack: a credential names an
assessment by its id and version (``urn:tutor:assessment:typing-5min:1``) and states its
rule, so the rule must not change with a trainer's pack in the data folder; a change here
is a new ``version``. Their names are English sources marked for translation (context
``assessment``); the text to copy and the records to key are English work documents,
the same for every learner (a civil-service test is set in the job's language, and the
same text keeps results comparable). The email, spreadsheet and program tasks are one
exercise each of the shipped packs, in the learner's language.

The rules, and why:

- Typing test, 5 minutes (the US federal OPM typing test's form: copy a printed text
  for 5 minutes, at most 3 errors): passed with at least 40 net words per minute, the
  OPM clerk-typist standard, and at most 3 errors. Errors are uncorrected wrong words
  (a word wrong, left out or added is one error, however many letters are wrong), as
  civil-service tests count them and as net words per minute subtracts them.
- Data-entry test, 5 minutes: invoice lines keyed into a form; passed at 6,000
  keystrokes per hour or more with 95 % of the fields exactly right or more (entry-level
  data-entry jobs ask 6,000 to 10,000 KPH at 95 to 98 %).
- An email (15 minutes), a spreadsheet (15 minutes) and a program (10 minutes: it is
  one question, what a short program prints): the skill's own verdict, its score and
  whether it passed.
"""

from __future__ import annotations

from tutor.i18n import QT_TRANSLATE_NOOP
from tutor.skills.assessment.model import Assessment

TYPING_TEXT = (
    "Thank you for your order of 12 March. The goods were packed this morning and will "
    "leave our store on Friday. Please check each box when it arrives and sign the "
    "delivery note only after you have counted the boxes. If a box is missing or "
    "damaged, write this on the note before you sign it, and call our office the same "
    "day. We can replace damaged goods only when we hear from you within three days. "
    "Our office is open from eight in the morning until five in the afternoon, Monday to "
    "Friday. On Saturday a member of staff answers the telephone until noon. When you "
    "call, please have your order number ready, so that we can find your order quickly. "
    "The invoice for this order is in the first box. Payment is due within thirty days "
    "of the date on the invoice. You can pay by bank transfer or at our office. If you "
    "pay by bank transfer, please write the invoice number in the reference, or we "
    "cannot match your payment to your account. A receipt will be sent to you by email "
    "once the payment has reached us. "
    "New members of staff start work on the first Monday of the month. On the first day "
    "they meet their manager, who shows them the building, the fire exits and the place "
    "where the first aid box is kept. They receive a copy of the staff handbook and a "
    "card that opens the main door. Please keep the card safe and tell the office at "
    "once if you lose it. During the first week each new member of staff works beside "
    "an experienced colleague, who answers their questions and helps them learn the "
    "daily tasks. At the end of the first month the manager meets them again to talk "
    "about how the work is going and what training they may need. "
    "Working hours are from half past eight until half past four, with a break of one "
    "hour for lunch. If you are ill and cannot come to work, call your manager before "
    "nine o'clock. If you are away for more than three days, you will need a note from "
    "a doctor or a clinic. Holidays must be agreed with your manager at least two weeks "
    "before you want to take them. Each member of staff has twenty days of holiday a "
    "year, as well as public holidays. "
    "We keep the office clean and safe together. Do not leave boxes in the corridors or "
    "in front of the doors. Switch off the lights, the computers and the printers at the "
    "end of the day. If you see something that is broken or unsafe, report it to the "
    "office so that it can be repaired. Water and tea are free in the kitchen, and the "
    "kitchen should be left as clean as you found it. "
    "Customers are at the centre of our work. Answer the telephone with the name of the "
    "company and your own name. Listen carefully, write down what the customer needs, "
    "and repeat it back to make sure that you have understood. If you cannot answer a "
    "question, do not guess: take the customer's name and number and promise to call "
    "back, then make sure that you or a colleague does so on the same day. Letters and "
    "emails should be answered within two working days. Keep your messages short and "
    "polite, check the spelling before you send them, and keep a copy of everything "
    "you send. "
    "Every Friday afternoon the team meets for half an hour to plan the next week. Bring "
    "your list of open tasks and any problems you have met. The notes of the meeting are "
    "sent to everyone on Monday morning, and each person checks that the tasks given to "
    "them are clear. If you will miss the meeting, tell your manager in advance and send "
    "your list by email."
)

DATA_ENTRY_COLUMNS = ("Invoice", "Date", "Customer", "Item code", "Qty", "Amount")
DATA_ENTRY_ROWS: tuple[tuple[str, ...], ...] = tuple(
    tuple(line.split(";")) for line in """\
INV-2041;03/02/2026;Banda Traders;TX-104;12;4,800.00
INV-2042;03/02/2026;Grace Phiri;PX-220;3;1,275.50
INV-2043;04/02/2026;Lakeview Hotel;BD-017;40;18,600.00
INV-2044;04/02/2026;Mwale & Sons;TX-104;6;2,400.00
INV-2045;05/02/2026;City Clinic;MD-331;25;9,125.00
INV-2046;05/02/2026;Chirwa Farm Supply;AG-508;2;31,500.00
INV-2047;06/02/2026;Nkhoma Stores;PX-221;15;6,375.00
INV-2048;06/02/2026;St Mary School;ST-090;120;10,800.00
INV-2049;09/02/2026;Banda Traders;TX-118;8;3,960.00
INV-2050;09/02/2026;Kamanga Transport;FL-760;300;51,000.00
INV-2051;10/02/2026;Lakeview Hotel;BD-019;24;7,440.00
INV-2052;10/02/2026;Tembo Pharmacy;MD-335;60;14,700.00
INV-2053;11/02/2026;Grace Phiri;PX-220;5;2,125.80
INV-2054;11/02/2026;Sunrise Bakery;FD-412;90;5,850.00
INV-2055;12/02/2026;Mwale & Sons;HW-027;14;8,260.00
INV-2056;12/02/2026;City Clinic;MD-331;10;3,650.00
INV-2057;13/02/2026;Phiri Hardware;HW-030;35;12,950.00
INV-2058;13/02/2026;Nkhoma Stores;FD-415;48;4,176.00
INV-2059;16/02/2026;Green Valley Lodge;BD-017;16;7,440.00
INV-2060;16/02/2026;Kamanga Transport;FL-761;150;26,250.00
INV-2061;17/02/2026;St Mary School;ST-094;75;4,125.00
INV-2062;17/02/2026;Tembo Pharmacy;MD-340;12;9,840.00
INV-2063;18/02/2026;Banda Traders;TX-104;20;8,000.00
INV-2064;18/02/2026;Chirwa Farm Supply;AG-511;7;22,050.00
INV-2065;19/02/2026;Sunrise Bakery;FD-418;130;9,230.00
INV-2066;19/02/2026;Lakeview Hotel;HK-205;30;5,700.00
INV-2067;20/02/2026;Phiri Hardware;HW-027;9;5,310.00
INV-2068;20/02/2026;Grace Phiri;ST-090;4;360.00
INV-2069;23/02/2026;City Clinic;MD-338;45;15,975.00
INV-2070;23/02/2026;Green Valley Lodge;HK-207;18;4,212.00
INV-2071;24/02/2026;Mwale & Sons;TX-118;11;5,445.00
INV-2072;24/02/2026;Kamanga Transport;FL-760;280;47,600.00
INV-2073;25/02/2026;Nkhoma Stores;PX-225;22;9,680.00
INV-2074;25/02/2026;St Mary School;ST-097;200;13,000.00
INV-2075;26/02/2026;Tembo Pharmacy;MD-335;36;8,820.00
INV-2076;26/02/2026;Sunrise Bakery;FD-412;110;7,150.00
INV-2077;27/02/2026;Chirwa Farm Supply;AG-508;3;47,250.00
INV-2078;27/02/2026;Banda Traders;TX-122;16;11,520.00
INV-2079;02/03/2026;Lakeview Hotel;BD-019;12;3,720.00
INV-2080;02/03/2026;Phiri Hardware;HW-033;50;16,500.00
""".splitlines())


ASSESSMENTS: tuple[Assessment, ...] = (
    Assessment(
        "typing-5min", 1, "typing-test", QT_TRANSLATE_NOOP("assessment", "Typing test, 5 minutes"),
        QT_TRANSLATE_NOOP("assessment", "Copy a printed text for 5 minutes, as quickly and "
                          "as correctly as you can. You may correct with Backspace."),
        5, {"min_net_wpm": 40, "max_errors": 3}),
    Assessment(
        "data-entry-5min", 1, "data-entry",
        QT_TRANSLATE_NOOP("assessment", "Data-entry test, 5 minutes"),
        QT_TRANSLATE_NOOP("assessment", "Key invoice lines from a document into a form for "
                          "5 minutes, as quickly and as correctly as you can."),
        5, {"min_kph": 6000, "min_accuracy": 95}),
    Assessment(
        "email-task", 1, "task", QT_TRANSLATE_NOOP("assessment", "Email task"),
        QT_TRANSLATE_NOOP("assessment", "Answer an email about a job interview, alone, "
                          "within 15 minutes."),
        15, {}, {
            "en": ("email-en-looking-for-work", "confirm-interview"),
            "fr": ("email-fr-chercher-un-emploi", "confirmer-entretien"),
            "ar": ("email-ar-looking-for-work", "confirm-interview"),
            "sw": ("email-sw-looking-for-work", "confirm-interview"),
        }),
    Assessment(
        "spreadsheet-task", 1, "task", QT_TRANSLATE_NOOP("assessment", "Spreadsheet task"),
        QT_TRANSLATE_NOOP("assessment", "Finish an invoice in a spreadsheet, alone, within "
                          "15 minutes."),
        15, {}, {
            "en": ("sheets-en-at-work", "invoice-total"),
            "fr": ("sheets-fr-au-travail", "total-facture"),
            "ar": ("sheets-ar-at-work", "invoice-total"),
            "sw": ("sheets-sw-at-work", "invoice-total"),
        }),
    Assessment(
        "program-task", 1, "task", QT_TRANSLATE_NOOP("assessment", "Program task"),
        QT_TRANSLATE_NOOP("assessment", "Read a short program and say what it prints, "
                          "alone, within 10 minutes."),
        10, {}, {
            "en": ("coding-en-2-decisions-and-loops", "while-savings"),
            "fr": ("coding-fr-2-decisions-et-boucles", "while-savings"),
            "ar": ("coding-ar-2-decisions-and-loops", "while-savings"),
            "sw": ("coding-sw-2-decisions-and-loops", "while-savings"),
        }),
)


def assessment(assessment_id: str) -> Assessment | None:
    return next((a for a in ASSESSMENTS if a.id == assessment_id), None)
