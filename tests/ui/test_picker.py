"""The learner picker, the new-learner steps and PINs, through the real widgets."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tutor.pins import PAUSE_SECONDS, verify_pin
from tutor.store.learners import create_learner, list_learners


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def new_learner(qtbot, window, name="Amina", picture="elephant", pin=""):
    click(qtbot, window.findChild(object, "newLearnerTile"))
    screen = window.new_learner
    assert window.stack.currentWidget() is screen
    qtbot.keyClicks(screen.name_edit, name)
    click(qtbot, screen.next)
    click(qtbot, screen.findChild(object, f"picture:{picture}"))
    click(qtbot, screen.next)  # picture
    click(qtbot, screen.next)  # language (English chosen)
    click(qtbot, screen.next)  # keyboard
    qtbot.keyClicks(screen.pin_edit, pin)
    qtbot.keyClicks(screen.pin_repeat, pin)
    click(qtbot, screen.next)  # finish


def test_picker_is_the_first_screen(window):
    assert window.stack.currentWidget() is window.picker
    assert window.picker.title.text() == "Who are you? Touch your picture."
    assert [t.objectName() for t in window.picker.grid.tiles()] == ["newLearnerTile"]
    assert not window.switch_button.isVisible()


def test_create_a_learner_in_five_steps(qtbot, window, runtime):
    new_learner(qtbot, window, "  Amina  Yusuf ", "elephant", pin="2580")
    # Her first visit: the placement is offered at once; home is one click away.
    assert window.stack.currentWidget() is window.room
    assert window.room.objectName() == "placementRoom"
    window.show_home()
    assert window.stack.currentWidget() is window.home
    assert window.home.greeting.text() == "Hello, Amina Yusuf!"
    [learner] = list_learners(runtime.db)
    assert (learner.display_name, learner.picture, learner.ui_language,
            learner.keyboard_layout) == ("Amina Yusuf", "elephant", "en", "us")
    assert verify_pin("2580", learner.pin_hash)
    assert window.switch_button.isVisible()


def test_each_step_says_what_is_missing(qtbot, window, runtime):
    click(qtbot, window.findChild(object, "newLearnerTile"))
    screen = window.new_learner
    click(qtbot, screen.next)
    assert screen.step == 0 and screen.error.text() == "Please write your name."
    qtbot.keyClicks(screen.name_edit, "Ben")
    click(qtbot, screen.next)
    click(qtbot, screen.next)
    assert screen.step == 1 and screen.error.text() == "Touch the picture you like."
    click(qtbot, screen.findChild(object, "picture:sun"))
    for _ in range(3):
        click(qtbot, screen.next)
    qtbot.keyClicks(screen.pin_edit, "1234")
    qtbot.keyClicks(screen.pin_repeat, "1243")
    click(qtbot, screen.next)
    assert screen.error.text() == "The two PINs are not the same. Type them again."
    assert list_learners(runtime.db) == []
    click(qtbot, screen.back)
    click(qtbot, screen.back)
    click(qtbot, screen.back)
    click(qtbot, screen.back)
    click(qtbot, screen.back)  # Cancel on the first step
    assert window.stack.currentWidget() is window.picker


def test_choosing_a_language_picks_its_keyboard(qtbot, window):
    click(qtbot, window.findChild(object, "newLearnerTile"))
    screen = window.new_learner
    click(qtbot, screen.findChild(object, "language:fr"))
    assert screen.chosen("layout", screen.layout_group) == "fr"
    click(qtbot, screen.findChild(object, "language:ar"))
    assert screen.chosen("layout", screen.layout_group) == "ar"
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    click(qtbot, screen.back)  # cancel: the picker comes back in its own language
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_learners_without_pin_open_with_one_click(qtbot, window, runtime):
    ana = create_learner(runtime.db, "Ana", "sun")
    window.show_picker()
    click(qtbot, window.picker.tile_for(ana.id))
    assert window.stack.currentWidget() is window.home
    assert window.learner.id == ana.id


def type_pin(pin):
    def action(dialog):
        for digit in pin:
            dialog.findChild(QPushButton, f"pinDigit{digit}").click()

    return action


def test_pin_accepted(qtbot, window, runtime, on_modal):
    ana = create_learner(runtime.db, "Ana", "sun", pin="2580")
    window.show_picker()
    seen = on_modal(type_pin("2580"))
    click(qtbot, window.picker.tile_for(ana.id))
    assert seen and seen[0].objectName() == "pinDialog"
    assert window.stack.currentWidget() is window.home
    assert window.learner.id == ana.id


class FakeClock:
    now = 5000.0

    def __call__(self):
        return self.now


def test_wrong_pins_are_refused_and_pause_the_tile(qtbot, window, runtime, on_modal):
    ana = create_learner(runtime.db, "Ana", "sun", pin="2580")
    ben = create_learner(runtime.db, "Ben", "moon", pin="1111")
    window.gate.clock = clock = FakeClock()
    window.show_picker()
    messages = []

    def three_wrong(dialog):
        for _ in range(3):
            type_pin("0000")(dialog)
            messages.append(dialog.message.text())

    on_modal(three_wrong)
    click(qtbot, window.picker.tile_for(ana.id))
    assert messages[:2] == ["That is not your PIN. Tries left: 2.",
                            "That is not your PIN. Tries left: 1."]
    assert window.stack.currentWidget() is window.picker
    tile = window.picker.tile_for(ana.id)
    assert not tile.isEnabled()
    assert "Wait 60 s" in tile.text()
    # Ben is not paused.
    assert window.picker.tile_for(ben.id).isEnabled()
    clock.now += PAUSE_SECONDS + 0.5
    window.picker._update_paused()
    assert tile.isEnabled() and tile.text() == "Ana"
    on_modal(type_pin("2580"))
    click(qtbot, tile)
    assert window.learner.id == ana.id


def test_switch_learner_is_one_click_away(qtbot, window, runtime):
    ana = create_learner(runtime.db, "Ana", "sun")
    window.open_learner(ana.id)
    assert window.switch_button.isVisible()
    click(qtbot, window.switch_button)
    assert window.stack.currentWidget() is window.picker
    assert window.learner is None
    assert not window.learner_name.isVisible()


def test_most_recent_learner_comes_first(qtbot, window, runtime):
    ana = create_learner(runtime.db, "Ana", "sun")
    ben = create_learner(runtime.db, "Ben", "moon")
    window.open_learner(ana.id)
    window.switch_learner()
    names = [t.text() for t in window.picker.grid.tiles()]
    assert names == ["I am new", "Ana", "Ben"]
    window.open_learner(ben.id)
    window.switch_learner()
    assert [t.text() for t in window.picker.grid.tiles()][1] == "Ben"


def test_search_appears_when_there_are_many(qtbot, window, runtime):
    for index in range(12):
        create_learner(runtime.db, f"Learner {index}", "sun")
    window.show_picker()
    assert not window.picker.search.isVisible()
    create_learner(runtime.db, "Hélène", "star")
    window.show_picker()
    assert window.picker.search.isVisible()
    qtbot.keyClicks(window.picker.search, "helene")
    shown = [t.text() for t in window.picker.grid.visible_tiles()]
    assert shown == ["I am new", "Hélène"]
    window.picker.search.clear()
    assert len(window.picker.grid.visible_tiles()) == 14


def test_a_profile_left_open_goes_back_to_the_picker(qtbot, window, runtime):
    ana = create_learner(runtime.db, "Ana", "sun")
    window.open_learner(ana.id)
    assert window.idle_timer.isActive()
    assert window.idle_timer.interval() == 20 * 60_000
    window.idle_timer.stop()
    qtbot.keyClick(window.home, Qt.Key.Key_Tab)  # any input starts the count again
    assert window.idle_timer.isActive()
    window.idle_timer.timeout.emit()  # twenty minutes later, without input
    assert window.learner is None
    assert window.stack.currentWidget() is window.picker
    qtbot.keyClick(window.picker, Qt.Key.Key_Tab)  # on the picker, nothing to time
    assert not window.idle_timer.isActive()
