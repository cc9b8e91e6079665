"""Ladders for the placement's tests: each skill with levels 1..top, three items each."""

from tutor.skills.placement.model import PLACED_SKILLS

TOPS = dict(zip(PLACED_SKILLS, (4, 4, 4, 5, 5), strict=True))
PER_LEVEL = 3


def key(skill, level, n):
    return (f"{skill}-pack", f"{skill}-{level}-{n}")


def ladders(tops=None, per_level=PER_LEVEL):
    return {skill: {level: [key(skill, level, n) for n in range(per_level)]
                    for level in range(1, top + 1)}
            for skill, top in (tops or TOPS).items()}
