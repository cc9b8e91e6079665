"""The placement (issue #19): a short diagnosis of each learner's skills, what work they
want, and the path through the course that follows from it.

Its results are attempts of the skill ``"placement"``, so it is a skill folder like the
others: ``model.py`` (the work choices, the skills placed and what each needs first),
``engine.py`` (the adaptive placement and its finished attempt), ``grading.py`` (a
placement item right or wrong), ``ladders.py`` (a skill's exercises by level) and
``path.py`` (the next exercises). Its room (``view.py``) and its line in the registry
come with the placement's screens.
"""
