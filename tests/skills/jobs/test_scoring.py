"""The job tasks' measures on worked examples, each computed by hand in a comment."""

import time

import pytest

from tutor.skills.jobs.model import IOU_PASS
from tutor.skills.jobs.scoring import (
    MAX_FIELD,
    MAX_WORDS,
    double_entry_diff,
    entry_scores,
    field_status,
    iou,
    keystrokes_per_hour,
    levenshtein,
    match_boxes,
    normalise_field,
    span_scores,
    transcript_words,
    trim_span,
    wer,
    word_errors,
)

# -- boxes ------------------------------------------------------------------------------------


def test_iou_of_two_overlapping_boxes_worked_by_hand():
    # (0,0,10,10) and (5,5,10,10) share the square 5..10 x 5..10: 5 x 5 = 25.
    # Union = 100 + 100 - 25 = 175, so IoU = 25 / 175 = 1/7.
    assert iou((0, 0, 10, 10), (5, 5, 10, 10)) == pytest.approx(1 / 7)
    # (10,20,100,50) and (20,20,100,50): across min(110,120) - max(10,20) = 90, down 50,
    # shared 4500; union 5000 + 5000 - 4500 = 5500; IoU = 4500 / 5500 = 9/11 = 0.818 > 0.7.
    assert iou((10, 20, 100, 50), (20, 20, 100, 50)) == pytest.approx(9 / 11)
    assert iou((10, 20, 100, 50), (20, 20, 100, 50)) >= IOU_PASS


def test_iou_is_symmetric_one_for_the_same_box_and_zero_apart():
    a, b = (3, 4, 50, 60), (20, 10, 40, 70)
    assert iou(a, b) == pytest.approx(iou(b, a))
    assert iou(a, a) == pytest.approx(1.0)
    assert iou((0, 0, 10, 10), (10, 0, 10, 10)) == 0.0  # touching edges share no area
    assert iou((0, 0, 10, 10), (50, 50, 10, 10)) == 0.0
    assert iou((0, 0, 0, 10), (0, 0, 0, 10)) == 0.0  # no area


def test_iou_of_a_box_inside_another():
    # (0,0,100,100) holds (10,10,80,80): shared 6400, union 10000 -> 0.64, under 0.7.
    assert iou((0, 0, 100, 100), (10, 10, 80, 80)) == pytest.approx(0.64)


def test_match_boxes_pairs_each_gold_box_once_best_first():
    gold = [(0, 0, 100, 100), (200, 0, 100, 100)]
    drawn = [(210, 0, 100, 100),  # gold 1: across 300 - 210 = 90 -> 9000 / 11000 = 0.818
             (5, 0, 100, 100),  # gold 0: across 95 -> 9500 / 10500 = 0.905
             (400, 300, 50, 50)]  # round nothing
    match = match_boxes(drawn, gold)
    assert [(d, g) for d, g, _ in match.pairs] == [(0, 1), (1, 0)]
    assert match.pairs[0][2] == pytest.approx(9000 / 11000)
    assert match.pairs[1][2] == pytest.approx(9500 / 10500)
    assert match.extra == (2,)
    assert match.missed == ()
    # F1 = 2 x 2 matched / (3 drawn + 2 gold) = 0.8
    assert match.f1 == pytest.approx(0.8)


def test_match_boxes_is_one_to_one_and_keeps_the_better_box():
    gold = [(0, 0, 100, 100)]
    drawn = [(5, 0, 100, 100), (0, 0, 100, 100)]  # the second is exact: it wins
    match = match_boxes(drawn, gold)
    assert [(d, g) for d, g, _ in match.pairs] == [(1, 0)]
    assert match.extra == (0,)


def test_match_boxes_leaves_a_loose_box_unmatched():
    match = match_boxes([(10, 10, 80, 80)], [(0, 0, 100, 100)])  # IoU 0.64
    assert match.pairs == ()
    assert match.extra == (0,) and match.missed == (0,)
    assert match.f1 == 0.0
    assert match_boxes([(10, 10, 80, 80)], [(0, 0, 100, 100)], threshold=0.6).pairs != ()


def test_nothing_to_box_and_nothing_drawn_is_perfect():
    assert match_boxes([], []).f1 == 1.0
    assert match_boxes([(0, 0, 10, 10)], []).f1 == 0.0


# -- entity spans -----------------------------------------------------------------------------

TEXT = "Please call Amina, in Goma on 3 May."


def at(word: str) -> tuple[int, int]:
    start = TEXT.index(word)
    return start, start + len(word)


def test_a_span_is_trimmed_of_spaces_and_end_punctuation():
    start, end = at(" Amina,")
    assert TEXT[slice(*trim_span(TEXT, start, end))] == "Amina"
    empty_start, empty_end = trim_span(TEXT, *at(", "))
    assert empty_start == empty_end  # nothing left


def test_span_scores_worked_example():
    gold = [(*at("Amina"), "PERSON"), (*at("Goma"), "PLACE"), (*at("3 May"), "DATE")]
    marked = [(*at("Amina,"), "PERSON"),  # the comma is forgiven: right
              (*at("Goma"), "PERSON"),  # wrong label: extra, and PLACE missed
              (*at("3 May."), "DATE")]  # the full stop is forgiven: right
    scores = span_scores(TEXT, marked, gold)
    # TP = 2, marked 3, gold 3: precision = recall = 2/3, F1 = 2 x 2 / (3 + 3) = 2/3.
    assert scores.precision == pytest.approx(2 / 3)
    assert scores.recall == pytest.approx(2 / 3)
    assert scores.f1 == pytest.approx(2 / 3)
    assert scores.missed == {(*at("Goma"), "PLACE")}
    assert scores.extra == {(*at("Goma"), "PERSON")}


def test_span_scores_precision_and_recall_differ():
    gold = [(*at("Amina"), "PERSON"), (*at("Goma"), "PLACE")]
    scores = span_scores(TEXT, [(*at("Amina"), "PERSON")], gold)
    # TP 1 of 1 marked: precision 1; 1 of 2 gold: recall 0.5; F1 = 2 x 1 / (1 + 2) = 2/3.
    assert (scores.precision, scores.recall) == (1.0, 0.5)
    assert scores.f1 == pytest.approx(2 / 3)
    partial = span_scores(TEXT, [(at("Amina")[0], at("Amina")[0] + 3, "PERSON")], gold)
    assert partial.f1 == 0.0  # "Ami" is not "Amina"


def test_nothing_to_mark_and_nothing_marked_is_perfect():
    assert span_scores(TEXT, [], []).f1 == 1.0
    assert span_scores(TEXT, [(*at("Goma"), "PLACE")], []).f1 == 0.0


# -- data entry -------------------------------------------------------------------------------

def test_field_status_exact_near_and_wrong():
    gold = "Jean Baptiste"
    assert normalise_field("  Jean   Baptiste ") == gold
    assert field_status("  Jean   Baptiste ", gold) == "exact"
    assert field_status("jean baptiste", gold) == "near"  # case only
    assert field_status("Jean Batiste", gold) == "near"  # one deletion
    assert field_status("Jean Baptiste.", gold) == "near"  # one insertion
    assert field_status("Jean Baptistf", gold) == "near"  # one replacement
    assert field_status("Jon Baptiste", gold) == "wrong"  # "ea" -> "o": two edits
    assert field_status("", gold) == "wrong"
    assert field_status("", "") == "exact"


def test_levenshtein_and_its_bounds():
    assert levenshtein("kitten", "sitting") == 3  # k->s, e->i, +g
    assert levenshtein("kitten", "sitting", limit=1) == 2  # over the limit: limit + 1
    assert levenshtein("abc", "abc") == 0
    assert levenshtein("", "abc") == 3
    long = "x" * (MAX_FIELD + 1)
    assert levenshtein(long, long, limit=5) == 6  # refused, not computed
    assert field_status("a" * 10_000, "a" * 10) == "wrong"


def test_field_accuracy_worked_example():
    gold = {"name": "Jean Baptiste", "date": "03/05/2026", "amount": "1,250.00", "city": "Goma"}
    typed = {"name": "Jean  Baptiste", "date": "03/05/2026", "amount": "1,25.00"}  # city left out
    scores = entry_scores(typed, gold)
    # name exact (spaces), date exact, amount near (one deletion), city wrong (empty):
    # accuracy = 2 exact / 4 fields = 0.5.
    assert dict(scores.statuses) == {"name": "exact", "date": "exact", "amount": "near",
                                     "city": "wrong"}
    assert scores.exact == 2
    assert scores.near == ("amount",) and scores.wrong == ("city",)
    assert scores.accuracy == 0.5


def test_keystrokes_per_hour_worked_example():
    # 450 keystrokes in 90 seconds: 450 x 3600 / 90 = 18 000 an hour.
    assert keystrokes_per_hour(450, 90) == 18_000
    # 7 000 keystrokes in 30 minutes: 7000 x 3600 / 1800 = 14 000.
    assert keystrokes_per_hour(7000, 1800) == 14_000
    assert keystrokes_per_hour(100, 0) == 0.0


def test_double_entry_diff_names_the_fields_the_two_typists_disagree_on():
    first = {"name": "Ali", "amount": "1 500", "date": "3/5"}
    second = {"name": " Ali ", "amount": "1500", "ref": "X"}
    # name: the same once trimmed; amount differs; date and ref typed once only.
    assert double_entry_diff(first, second) == ["amount", "date", "ref"]
    assert double_entry_diff(first, dict(first)) == []


# -- word error rate --------------------------------------------------------------------------

SPOKEN = "Um, my name is Amina and I w- work at the, uh, market [noise]."


def test_the_style_guides_normalise_differently():
    assert transcript_words(SPOKEN, "clean") == [
        "my", "name", "is", "amina", "and", "i", "work", "at", "the", "market", "[noise]"]
    assert transcript_words(SPOKEN, "full") == [
        "um", "my", "name", "is", "amina", "and", "i", "w", "work", "at", "the", "uh", "market",
        "[noise]"]
    assert transcript_words("[Inaudible], then [crosstalk] [laughter]", "clean") == [
        "[inaudible]", "then", "[crosstalk]", "[laughter]"]


def test_wer_clean_verbatim_worked_example():
    typed = "My name is Amina and I work in the market."
    # Clean reference: my name is amina and i work at the market [noise] = 11 words.
    # Typed: my name is amina and i work in the market = 10 words.
    # at -> in: 1 substitution; [noise] left out: 1 deletion. WER = 2 / 11.
    errors = word_errors(SPOKEN, typed, "clean")
    assert (errors.substitutions, errors.deletions, errors.insertions) == (1, 1, 0)
    assert errors.reference_words == 11
    assert wer(SPOKEN, typed, "clean") == pytest.approx(2 / 11)


def test_wer_full_verbatim_worked_example():
    typed = "My name is Amina and I work in the market."
    # Full reference: um my name is amina and i w work at the uh market [noise] = 14 words.
    # Deleted: um, w, uh, [noise] (4); at -> in (1). WER = 5 / 14.
    errors = word_errors(SPOKEN, typed, "full")
    assert (errors.substitutions, errors.deletions, errors.insertions) == (1, 4, 0)
    assert wer(SPOKEN, typed, "full") == pytest.approx(5 / 14)
    # Kept fillers and the false start: only at -> in is left. WER = 1 / 14.
    verbatim = "Um, my name is Amina and I w- work in the, uh, market [noise]."
    assert wer(SPOKEN, verbatim, "full") == pytest.approx(1 / 14)
    assert wer(SPOKEN, verbatim, "clean") == pytest.approx(1 / 11)


def test_wer_counts_insertions():
    # reference: pay the invoice (3); typed: pay the the invoice now -> 2 insertions: 2/3.
    errors = word_errors("Pay the invoice.", "pay the the invoice now", "clean")
    assert (errors.substitutions, errors.deletions, errors.insertions) == (0, 0, 2)
    assert errors.wer == pytest.approx(2 / 3)


def test_french_fillers_and_punctuation():
    reference = "Euh, je voudrais, ben, payer la facture."
    assert transcript_words(reference, "clean", "fr") == ["je", "voudrais", "payer", "la",
                                                          "facture"]
    assert transcript_words(reference, "full", "fr")[:2] == ["euh", "je"]
    # "ben" is a filler in French, a word in English.
    assert "ben" in transcript_words("Ben said hello", "clean", "en")
    assert wer(reference, "Je voudrais payer la facture", "clean", "fr") == 0.0


def test_wer_of_empty_texts():
    assert wer("", "") == 0.0
    assert wer("Um.", "") == 0.0  # a filler only: nothing to transcribe in clean verbatim
    assert wer("", "hello") == 1.0
    assert wer("hello there", "") == 1.0  # two deletions / two words


def test_wer_is_bounded_on_long_texts():
    long = " ".join(f"w{i}" for i in range(20_000))
    start = time.perf_counter()
    errors = word_errors(long, long[::-1], "full")
    assert errors.reference_words == MAX_WORDS
    assert time.perf_counter() - start < 10
    with pytest.raises(ValueError):
        transcript_words("x", "verbatim")  # type: ignore[arg-type]
