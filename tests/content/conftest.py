from typing import Literal

import pytest
from pydantic import Field

from tutor.content.schema import ExerciseBase
from tutor.skills import Skill


class DemoExercise(ExerciseBase):
    """A small exercise model standing in for a real skill's."""

    kind: Literal["drill", "test"] = "drill"
    text: str = Field(min_length=1)
    min_wpm: int = Field(default=10, ge=0, le=200)
    keys: list[str] = []


DEMO = Skill(id="demo", title="Demo", icon="demo.svg", exercise_model=DemoExercise,
             view="tests.ui.demo_room:make_room")


@pytest.fixture
def skills():
    return {"demo": DEMO}


GOOD = '''\
id = "demo-en-basics"
version = "1.2"
language = "en"
skill = "demo"
title = "Basics"

[[exercises]]
id = "first"
title = "The first one"
text = """
asdf jkl;
"""

[[exercises]]
id = "second"
title = "The second one"
text = "fjfj"
min_wpm = 12
'''


@pytest.fixture
def write_pack(tmp_path):
    def write(text, name="pack.toml"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    return write
