import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.content.conftest import GOOD
from tutor.content.packs import check_pack, check_pack_text, load_catalogue
from tutor.content.toml_lines import key_lines


def messages(problems):
    return [f"{p.line}: {p.text}" for p in problems]


def test_a_good_pack_loads(write_pack, skills):
    pack, problems = check_pack(write_pack(GOOD), skills)
    assert problems == []
    assert (pack.id, pack.version, pack.language, pack.skill) == ("demo-en-basics", "1.2", "en", "demo")
    assert [e.id for e in pack.exercises] == ["first", "second"]
    assert pack.exercise("second").min_wpm == 12
    assert pack.exercise("first").text.strip() == "asdf jkl;"


def test_unknown_key_names_its_line_and_a_close_match(write_pack, skills):
    text = GOOD.replace('min_wpm = 12', 'min_wmp = 12')
    _, problems = check_pack(write_pack(text), skills)
    assert messages(problems) == ["18: unknown key 'min_wmp' (did you mean 'min_wpm'?)"]
    assert str(problems[0]).endswith("pack.toml:18: unknown key 'min_wmp' (did you mean 'min_wpm'?)")


def test_wrong_type(write_pack, skills):
    _, problems = check_pack(write_pack(GOOD.replace("min_wpm = 12", 'min_wpm = "fast"')), skills)
    assert messages(problems) == ["18: 'exercises[2].min_wpm' must be a whole number"]


def test_missing_field_points_at_its_table(write_pack, skills):
    text = GOOD.replace('text = "fjfj"\n', "")
    _, problems = check_pack(write_pack(text), skills)
    assert messages(problems) == ["14: the key 'exercises[2].text' is missing"]


def test_missing_pack_field(write_pack, skills):
    _, problems = check_pack(write_pack(GOOD.replace('version = "1.2"\n', "")), skills)
    assert messages(problems) == ["1: the key 'version' is missing"]


def test_value_out_of_range_and_bad_language(write_pack, skills):
    text = GOOD.replace("min_wpm = 12", "min_wpm = 500").replace('language = "en"', 'language = "de"')
    _, problems = check_pack(write_pack(text), skills)
    assert messages(problems) == ["3: 'language' must be one of: 'en', 'fr', 'ar' or 'sw'"]
    _, problems = check_pack(write_pack(GOOD.replace("min_wpm = 12", "min_wpm = 500")), skills)
    assert messages(problems) == ["18: 'exercises[2].min_wpm' must be at most 200"]


def test_duplicate_exercise_ids(write_pack, skills):
    _, problems = check_pack(write_pack(GOOD.replace('id = "second"', 'id = "first"')), skills)
    assert messages(problems) == ["15: the exercise id 'first' is already used at line 8"]


def test_syntax_error_has_its_line(write_pack, skills):
    text = GOOD.replace('title = "The second one"', 'title = "The second one')
    _, problems = check_pack(write_pack(text), skills)
    assert len(problems) == 1
    assert problems[0].line == 16
    assert problems[0].text.startswith("TOML syntax error")


def test_unknown_skill(write_pack, skills):
    _, problems = check_pack(write_pack(GOOD.replace('skill = "demo"', 'skill = "cooking"')), skills)
    assert messages(problems) == ["4: unknown skill 'cooking' (installed: demo)"]


def test_bad_id_form(write_pack, skills):
    _, problems = check_pack(write_pack(GOOD.replace('id = "demo-en-basics"', 'id = "Demo Pack"')), skills)
    assert messages(problems) == ["1: 'id' has a value of the wrong form: 'Demo Pack'"]


def test_no_exercises(write_pack, skills):
    head = GOOD.split("[[exercises]]")[0]
    _, problems = check_pack(write_pack(head), skills)
    assert messages(problems) == ["1: the key 'exercises' is missing"]


def test_not_utf8(tmp_path, skills):
    path = tmp_path / "latin1.toml"
    path.write_bytes(GOOD.replace("Basics", "Bases é").encode("latin-1"))
    _, problems = check_pack(path, skills)
    assert messages(problems) == ["1: the file is not UTF-8 text"]


def test_several_problems_are_all_reported(write_pack, skills):
    text = GOOD.replace("min_wpm = 12", "min_wpm = -1").replace('title = "The first one"\n', "")
    _, problems = check_pack(write_pack(text), skills)
    assert sorted(messages(problems)) == sorted([
        "7: the key 'exercises[1].title' is missing",
        "17: 'exercises[2].min_wpm' must be at least 0",
    ])


def test_catalogue_skips_broken_packs_and_keeps_the_rest(tmp_path, write_pack, skills):
    write_pack(GOOD, "shipped/demo/en/basics.toml")
    write_pack(GOOD.replace('id = "demo-en-basics"', 'id = "other"').replace("min_wpm = 12", "min_wpm = x"),
               "shipped/demo/en/broken.toml")
    write_pack(GOOD, "trainer/copy.toml")  # same id as a shipped pack
    catalogue = load_catalogue([tmp_path / "shipped", tmp_path / "trainer"], skills)
    assert list(catalogue.packs) == ["demo-en-basics"]
    assert catalogue.packs["demo-en-basics"].path.parent.name == "en"
    assert len(catalogue.problems) == 2
    assert catalogue.problems[0].file.name == "broken.toml"
    assert "already used" in catalogue.problems[1].text
    assert catalogue.exercise_count("demo") == 2
    assert catalogue.for_skill("demo", "fr") == []


def test_key_lines_understands_nested_tables_and_multiline_strings():
    text = (
        'a = 1\n'
        '[[ex]]\n'
        'id = "x"\n'
        's = """\n'
        'fake = "not a key"\n'
        '"""\n'
        '[ex.opts]\n'
        'speed = 3\n'
        '[[ex]]\n'
        '"quoted key" = 2\n'
        'dotted.key = 3\n'
    )
    lines = key_lines(text)
    assert lines[("a",)] == 1
    assert lines[("ex", 0, "id")] == 3
    assert ("ex", 0, "fake") not in lines
    assert lines[("ex", 0, "opts", "speed")] == 8
    assert lines[("ex", 1)] == 9
    assert lines[("ex", 1, "quoted key")] == 10
    assert lines[("ex", 1, "dotted", "key")] == 11


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_any_text_gives_a_pack_or_problems_never_a_crash(tmp_path_factory, text):
    pack, problems = check_pack_text(text, tmp_path_factory.getbasetemp() / "x.toml",
                                     {"demo": __import__("tests.content.conftest", fromlist=["DEMO"]).DEMO})
    assert (pack is None) == bool(problems)
    for problem in problems:
        assert 1 <= problem.line <= max(1, len(text.splitlines()) + 1)
        assert problem.text


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_mutated_good_packs_never_crash(tmp_path_factory, data):
    from tests.content.conftest import DEMO

    lines = GOOD.splitlines(keepends=True)
    index = data.draw(st.integers(0, len(lines) - 1))
    replacement = data.draw(st.sampled_from(["", "x = ", "[[exercises]]\n", "id = 3\n", "]\n", '"\n']))
    mutated = "".join(lines[:index] + [replacement] + lines[index + 1:])
    pack, problems = check_pack_text(mutated, tmp_path_factory.getbasetemp() / "m.toml", {"demo": DEMO})
    assert (pack is None) == bool(problems)


@pytest.mark.parametrize("value", [
    "[" * 100_000 + "]" * 100_000,  # nesting that would overflow tomllib's recursion
    "{a = " * 50_000 + "1" + "}" * 50_000,
    "1" * 5000,  # a number of 5,000 digits
    "nan", "inf", "-inf", "1e300",
])
def test_hostile_values_are_problems_within_a_second(write_pack, skills, value):
    import time

    text = GOOD + f"\nextra = {value}\n"
    start = time.perf_counter()
    pack, problems = check_pack(write_pack(text), skills)
    assert pack is None and problems
    assert time.perf_counter() - start < 1.0


def test_a_deeply_nested_pack_in_the_trainers_folder_does_not_stop_the_start(tmp_path):
    from tutor import startup

    data = tmp_path / "data"
    (data / "lessons").mkdir(parents=True)
    (data / "lessons" / "deep.toml").write_text("a = " + "[" * 100_000 + "]" * 100_000)
    runtime = startup.start(data)
    try:
        assert runtime.catalogue.packs  # the shipped packs loaded
        assert any("nested" in str(p) for p in runtime.catalogue.problems)
    finally:
        runtime.close()


def test_nesting_is_counted_outside_strings_and_comments():
    from tutor.content.packs import nesting_depth

    text = 'a = [[1, 2], [3]]\nb = "[[[["\nc = \'\'\'[{[\'\'\' # [[[[\nd = {x = [1]}\n'
    assert nesting_depth(text) == (2, 0)
    assert nesting_depth("a = " + "[" * 40 + "]" * 40)[1] == 1


def test_frozen_models_given_the_same_fields_share_one_set_of_names():
    """The shipped packs' exercises share their sets of field names (1.6 MB of 5.4), and
    sharing changes nothing a caller can see: a copy with a change has its own set, and
    a model that is not frozen keeps its own."""
    from pydantic import BaseModel, ConfigDict

    from tutor.content.packs import share_field_sets
    from tutor.paths import resource
    from tutor.skills import installed_skills

    catalogue = load_catalogue([resource("lessons")], installed_skills())
    exercises = [e for pack in catalogue.packs.values() for e in pack.exercises]
    sets = {id(e.__pydantic_fields_set__) for e in exercises}
    assert len(exercises) > 300 and len(sets) < len(exercises) / 5

    class Step(BaseModel):
        model_config = ConfigDict(frozen=True)
        text: str
        hint: str = ""

    class Loose(BaseModel):
        text: str

    first, second = Step(text="a"), Step(text="b")
    loose_one, loose_two = Loose(text="a"), Loose(text="b")
    share_field_sets([first, second, {"x": (loose_one, loose_two)}])
    assert first.__pydantic_fields_set__ is second.__pydantic_fields_set__
    assert loose_one.__pydantic_fields_set__ is not loose_two.__pydantic_fields_set__
    changed = first.model_copy(update={"hint": "look"})
    assert changed.model_fields_set == {"text", "hint"}
    assert first.model_fields_set == second.model_fields_set == {"text"}
    assert first.model_dump(exclude_unset=True) == {"text": "a"}
    with pytest.raises(ValueError):
        first.hint = "no"  # frozen: refused before pydantic would add to the set
    assert second.model_fields_set == {"text"}
