"""The placement in the registry: first (a newcomer finds their level first), not a course
of lessons (no "passed" column in the trainer's views and reports), and the skills it
can ask items of."""

from tutor.skills import course_skills, installed_skills


def test_the_placement_is_the_first_skill_and_not_a_course():
    skills = installed_skills()
    assert list(skills)[:2] == ["placement", "basics"]
    placement = skills["placement"]
    assert placement.title == "Find my level" and placement.icon == "placement.svg"
    assert placement.view == "tutor.skills.placement.view:make_room"
    assert not placement.course and "placement" not in course_skills(skills)
    assert list(course_skills(skills)) == [s for s, skill in skills.items() if skill.course]
    assert [s for s, skill in skills.items() if not skill.course][0] == "placement"


def test_computer_basics_gives_placement_items():
    assert installed_skills()["basics"].placement_item == \
        "tutor.skills.basics.view_placement:make_item"
