"""The practice window of a ``window`` exercise: where it is, what state it is in, and when
each step is done.

The window lives on a practice desktop drawn inside the room (``view_window.py``), of
``area`` pixels, above a small practice taskbar. It is closed, normal (at ``rect``),
minimised (only its button on the taskbar) or maximised (the whole desktop; ``rect`` is
kept for its restore). Every change is a new :class:`Window`: the view draws
:func:`shown` and hands each action to :func:`outcome` with the window as the step found
it.

A step (``model.ACTIONS["window"]``) is done when the learner does its action: ``open``,
``minimise``, ``maximise``, ``restore``, ``close``; ``move`` when the window has moved at
least N pixels from where the step found it, ``resize`` when its width or height changed
by at least N (N is the step's ``value`` when it gives a number, else
:data:`MOVE_AT_LEAST` / :data:`RESIZE_AT_LEAST`). Another of those actions is a slip (the
view then puts the window back); moving or resizing when not asked is nothing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Literal

from tutor.skills.basics.model import Step

State = Literal["closed", "normal", "minimised", "maximised"]
Outcome = Literal["done", "slip", ""]

MOVE_AT_LEAST = 30  # pixels a window must move for a "move" step
RESIZE_AT_LEAST = 30  # pixels its width or height must change for a "resize" step
SMALLEST = (200, 130)  # a window's least width and height
TITLE_HEIGHT = 40  # the title bar, which must stay on the desktop to be taken again
KEEP_VISIBLE = 80  # pixels of the title bar kept on the desktop sideways


@dataclass(frozen=True)
class Rect:
    x: int
    y: int
    w: int
    h: int


@dataclass(frozen=True)
class Window:
    state: State
    rect: Rect  # where it is when normal; kept while it is maximised or minimised


def first_window(area: tuple[int, int]) -> Window:
    """A normal window in the middle of a desktop of ``area`` (width, height): about
    half of it, never smaller than :data:`SMALLEST`."""
    width, height = area
    w = max(SMALLEST[0], min(width - 40, width * 11 // 20))
    h = max(SMALLEST[1], min(height - 40, height * 11 // 20))
    return Window("normal", _inside(Rect((width - w) // 2, (height - h) // 2, w, h), area))


def _inside(rect: Rect, area: tuple[int, int]) -> Rect:
    """``rect`` with its title bar on the desktop (at least KEEP_VISIBLE pixels of it
    sideways, all of it up and down) and no larger than the desktop."""
    width, height = area
    w = max(min(rect.w, width), min(SMALLEST[0], width))
    h = max(min(rect.h, height), min(SMALLEST[1], height))
    keep = min(KEEP_VISIBLE, w)
    x = min(max(rect.x, keep - w), width - keep)
    y = min(max(rect.y, 0), max(0, height - TITLE_HEIGHT))
    return Rect(x, y, w, h)


def shown(window: Window, area: tuple[int, int]) -> Rect | None:
    """Where the window is drawn on the desktop; None when it is closed or minimised."""
    if window.state in ("closed", "minimised"):
        return None
    if window.state == "maximised":
        return Rect(0, 0, area[0], area[1])
    return _inside(window.rect, area)


def fitted(window: Window, area: tuple[int, int]) -> Window:
    """The window kept on a desktop that changed size."""
    return replace(window, rect=_inside(window.rect, area))


def moved(window: Window, dx: int, dy: int, area: tuple[int, int]) -> Window:
    """The window dragged by its title bar by (dx, dy); a maximised window stays."""
    if window.state != "normal":
        return window
    r = window.rect
    return replace(window, rect=_inside(Rect(r.x + dx, r.y + dy, r.w, r.h), area))


def resized(window: Window, dx: int, dy: int, area: tuple[int, int],
            grip_on_left: bool = False) -> Window:
    """The window's grip dragged by (dx, dy): the grip is in the bottom right corner, or
    the bottom left one right to left (then the right edge stays where it is)."""
    if window.state != "normal":
        return window
    r = window.rect
    width, height = area
    least_w, least_h = min(SMALLEST[0], width), min(SMALLEST[1], height)
    h = min(max(r.h + dy, least_h), height - r.y)
    if grip_on_left:
        right = r.x + r.w
        w = min(max(r.w - dx, least_w), right)
        return replace(window, rect=Rect(right - w, r.y, w, h))
    w = min(max(r.w + dx, least_w), width - r.x)
    return replace(window, rect=Rect(r.x, r.y, w, h))


def opened(window: Window) -> Window:
    return replace(window, state="normal") if window.state == "closed" else window


def closed(window: Window) -> Window:
    return replace(window, state="closed")


def minimised(window: Window) -> Window:
    return replace(window, state="minimised") if window.state != "closed" else window


def maximised(window: Window) -> Window:
    return replace(window, state="maximised") if window.state != "closed" else window


def restored(window: Window) -> Window:
    return replace(window, state="normal") if window.state != "closed" else window


def taskbar_clicked(window: Window) -> tuple[str, Window]:
    """The window's button on the taskbar, as on Windows: it opens a closed window,
    brings back a minimised one and minimises one that is shown. Gives the action
    (one of the window steps) and the window after it."""
    if window.state == "closed":
        return "open", opened(window)
    if window.state == "minimised":
        return "restore", restored(window)
    return "minimise", minimised(window)


def title_double_clicked(window: Window) -> tuple[str, Window]:
    """A double click on the title bar maximises a window, or restores a maximised one."""
    if window.state == "maximised":
        return "restore", restored(window)
    return "maximise", maximised(window)


def ready(step: Step, window: Window) -> Window:
    """The window as a step needs it to begin: closed to ``open`` it, maximised to
    ``restore`` it (unless minimised), shown and normal to move, resize or maximise it,
    shown to minimise or close it."""
    do, state = step.do, window.state
    if do == "open":
        return closed(window)
    if do == "restore":
        return window if state in ("maximised", "minimised") else replace(window,
                                                                         state="maximised")
    if do in ("move", "resize", "maximise"):
        return replace(window, state="normal")
    if state in ("closed", "minimised"):  # minimise, close
        return replace(window, state="normal")
    return window


def at_least(step: Step) -> int:
    """The pixels a ``move`` or ``resize`` step asks for."""
    if step.value.strip().isdigit():
        return max(1, int(step.value.strip()))
    return MOVE_AT_LEAST if step.do == "move" else RESIZE_AT_LEAST


def moved_by(start: Window, now: Window) -> float:
    """How far the window moved (its top left corner), in pixels."""
    return math.hypot(now.rect.x - start.rect.x, now.rect.y - start.rect.y)


def resized_by(start: Window, now: Window) -> int:
    """How much its width or height changed (the larger), in pixels."""
    return max(abs(now.rect.w - start.rect.w), abs(now.rect.h - start.rect.h))


def outcome(step: Step, start: Window, action: str, now: Window) -> Outcome:
    """Whether ``action`` (one of the window steps), which left the window ``now``,
    finished the step that found the window ``start`` (see the module)."""
    if action == step.do:
        if action == "move":
            return "done" if now.state == "normal" and moved_by(start, now) >= at_least(step) \
                else ""
        if action == "resize":
            return "done" if now.state == "normal" and resized_by(start, now) >= at_least(step) \
                else ""
        return "done"
    if action in ("move", "resize"):
        return ""
    return "slip"
