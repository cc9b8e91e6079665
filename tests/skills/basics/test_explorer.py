"""The practice file explorer of computer basics: its rules (worked examples), when each
kind of files step is done or slipped, and the check of a pack's files exercise."""

from __future__ import annotations

import pytest

from tutor.skills.basics.explorer import (
    BAD_CHARACTER,
    BIN,
    EMPTY,
    INTO_ITSELF,
    OWN_FOLDER,
    PLACES,
    RESERVED_NAME,
    TAKEN,
    USB,
    Explorer,
    ExplorerError,
    StepGoal,
    clean_name,
    folder_matches,
    kind_of,
    same_name,
    step_problems,
)
from tutor.skills.basics.model import BasicsExercise, Step

FILES = ["Documents/CV.txt", "Documents/Letter.txt", "Documents/Work",
         "Pictures/Family.jpg", "Downloads/Prices.xlsx"]


def at(explorer: Explorer, path: str) -> int:
    item = explorer.find(path)
    assert item is not None, path
    return item.id


def names(explorer: Explorer, path: str) -> list[str]:
    return [item.name for item in explorer.children(at(explorer, path))]


def step(do: str, target: str = "", text: str = "", value: str = "") -> Step:
    return Step(do=do, say="Do it.", target=target, text=text, value=value)


# -- building it from a pack's files ---------------------------------------------------

def test_files_make_folders_and_files_and_the_places_are_always_there():
    ex = Explorer(FILES)
    assert [i.name for i in ex.children(ex.root)] == [*PLACES, USB, BIN]
    assert names(ex, "Documents") == ["Work", "CV.txt", "Letter.txt"]  # folders first
    assert ex.find("Documents/Work").folder  # no extension: an empty folder
    assert ex.find("documents/cv.TXT").name == "CV.txt"  # case aside, as Windows
    assert ex.path(at(ex, "Pictures/Family.jpg")) == "Pictures/Family.jpg"
    assert ex.item(at(ex, "Pictures/Family.jpg")).kind == "picture"
    assert ex.item(at(ex, "Documents")).kind == "place"
    assert ex.usb.kind == "usb" and ex.bin.kind == "bin"


def test_kinds_come_from_the_extension():
    assert [kind_of(n) for n in ("CV.txt", "cv.DOCX", "Me.jpeg", "Budget.xlsx", "a.csv",
                                 "Song.mp3", "Film.mp4", "Form.pdf",
                                 "Amina-2024-05-01.tutorprogress", "setup.exe", "Work")] == [
        "text", "text", "picture", "spreadsheet", "spreadsheet", "music", "video", "pdf",
        "progress", "other", "other"]


def test_a_file_can_start_on_the_stick_or_in_the_bin():
    ex = Explorer(["USB stick/Notes.txt", "Recycle Bin/Documents/Old letter.txt"])
    assert ex.on_usb(at(ex, "USB stick/Notes.txt"))
    old = ex.children(ex.bin.id)[0]
    assert old.name == "Old letter.txt" and old.deleted_from == "Documents"
    ex.restore(old.id)
    assert names(ex, "Documents") == ["Old letter.txt"]


@pytest.mark.parametrize("files, problem", [
    (["Work/CV.txt"], "starts with one of"),
    (["Documents"], "name a file or folder inside"),
    (["Documents/CV.txt", "documents/cv.txt"], "twice"),
    (["Documents/CV.txt", "Documents/CV.txt/x.txt"], "twice"),
    (["Recycle Bin/CV.txt"], "name the place it was deleted from"),
    (["Documents/CON.txt"], "the computer keeps"),
])
def test_files_a_pack_cannot_give(files, problem):
    with pytest.raises(ValueError, match=problem):
        Explorer(files)


# -- the rules of names ----------------------------------------------------------------

def test_a_name_with_a_slash_is_refused_with_a_clear_message():
    ex = Explorer(FILES)
    with pytest.raises(ExplorerError) as refused:
        ex.rename(at(ex, "Documents/CV.txt"), "CV/2024.txt")
    assert refused.value.source == BAD_CHARACTER
    assert str(refused.value) == 'A name cannot contain any of these signs: / \\ : * ? " < > |'
    assert names(ex, "Documents") == ["Work", "CV.txt", "Letter.txt"]  # nothing changed
    assert not ex.can_undo


@pytest.mark.parametrize("name, source", [
    ("", EMPTY), ("   ", EMPTY), ("...", EMPTY), ("a\\b", BAD_CHARACTER), ("a:b", BAD_CHARACTER),
    ("what?", BAD_CHARACTER), ('say "hi"', BAD_CHARACTER), ("a<b>", BAD_CHARACTER),
    ("x|y", BAD_CHARACTER), ("star*", BAD_CHARACTER), ("nul", RESERVED_NAME),
    ("com1.txt", RESERVED_NAME),
])
def test_names_windows_refuses(name, source):
    with pytest.raises(ExplorerError) as refused:
        clean_name(name)
    assert refused.value.source == source


def test_spaces_around_and_dots_at_the_end_are_dropped_as_windows_does():
    assert clean_name("  My letter.txt  ") == "My letter.txt"
    assert clean_name("Work.") == "Work"
    assert clean_name("سيرتي الذاتية.txt") == "سيرتي الذاتية.txt"  # any language


def test_two_items_in_one_folder_cannot_share_a_name_case_aside():
    ex = Explorer(FILES)
    with pytest.raises(ExplorerError) as refused:
        ex.rename(at(ex, "Documents/Letter.txt"), "cv.TXT")
    assert refused.value.source == TAKEN
    assert str(refused.value) == "There is already an item named CV.txt there. Choose another name."
    ex.rename(at(ex, "Documents/CV.txt"), "cv.txt")  # its own name in other letters: fine
    assert names(ex, "Documents") == ["Work", "cv.txt", "Letter.txt"]


def test_a_new_name_without_an_extension_keeps_the_files_extension():
    ex = Explorer(FILES)
    ex.rename(at(ex, "Documents/CV.txt"), "Resume")
    assert names(ex, "Documents") == ["Work", "Letter.txt", "Resume.txt"]
    ex.rename(at(ex, "Documents/Work"), "Jobs.2024")  # a folder keeps what it is given
    assert ex.find("Documents/Jobs.2024").folder


def test_the_computers_own_places_cannot_be_renamed_moved_or_deleted():
    ex = Explorer(FILES)
    documents = at(ex, "Documents")
    for action in (lambda: ex.rename(documents, "Docs"), lambda: ex.delete(documents),
                   lambda: ex.move(documents, at(ex, "Desktop")), lambda: ex.delete(ex.bin.id),
                   lambda: ex.delete(ex.usb.id)):
        with pytest.raises(ExplorerError) as refused:
            action()
        assert refused.value.source == OWN_FOLDER


# -- copy, move, delete, restore -------------------------------------------------------

def test_a_copy_into_the_same_folder_is_named_like_windows_does():
    ex = Explorer(FILES)
    cv, documents = at(ex, "Documents/CV.txt"), at(ex, "Documents")
    ex.copy(cv, documents)
    ex.copy(cv, documents)
    ex.copy(at(ex, "Documents/Work"), documents)
    assert names(ex, "Documents") == ["Work", "Work - Copy", "CV - Copy (2).txt",
                                      "CV - Copy.txt", "CV.txt", "Letter.txt"]
    assert ex.copy_of(at(ex, "Documents/CV - Copy (2).txt"), cv)


def test_a_copy_elsewhere_keeps_its_name_and_a_taken_name_is_refused():
    ex = Explorer([*FILES, "Desktop/CV.txt"])
    ex.copy(at(ex, "Documents/Letter.txt"), at(ex, "Desktop"))
    assert names(ex, "Desktop") == ["CV.txt", "Letter.txt"]
    with pytest.raises(ExplorerError) as refused:
        ex.copy(at(ex, "Documents/CV.txt"), at(ex, "Desktop"))
    assert refused.value.source == TAKEN
    with pytest.raises(ExplorerError):
        ex.move(at(ex, "Documents/CV.txt"), at(ex, "Desktop"))


def test_a_folder_cannot_be_moved_into_its_own_child():
    ex = Explorer(["Documents/Work/Letters/2024.txt"])
    work, letters = at(ex, "Documents/Work"), at(ex, "Documents/Work/Letters")
    for into in (work, letters):
        with pytest.raises(ExplorerError) as refused:
            ex.move(work, into)
        assert refused.value.source == INTO_ITSELF
    with pytest.raises(ExplorerError):
        ex.copy(work, letters)
    assert ex.path(letters) == "Documents/Work/Letters"  # nothing moved


def test_moving_a_folder_takes_what_it_holds():
    ex = Explorer(["Documents/Work/Letters/2024.txt"])
    ex.move(at(ex, "Documents/Work"), at(ex, "Desktop"))
    assert ex.find("Desktop/Work/Letters/2024.txt") is not None
    assert ex.move(at(ex, "Desktop/Work"), at(ex, "Desktop")) is None  # already there


def test_copying_a_folder_copies_what_it_holds():
    ex = Explorer(["Documents/Work/CV.txt"])
    operation = ex.copy(at(ex, "Documents/Work"), at(ex, "Desktop"))
    assert ex.path(operation.result) == "Desktop/Work"
    assert ex.copy_of(at(ex, "Desktop/Work/CV.txt"), at(ex, "Documents/Work/CV.txt"))
    assert ex.find("Documents/Work/CV.txt") is not None  # the original stays


def test_delete_then_restore_puts_it_back_where_it_was():
    ex = Explorer(FILES)
    cv = at(ex, "Documents/CV.txt")
    ex.delete(cv)
    assert names(ex, "Documents") == ["Work", "Letter.txt"]
    assert [i.name for i in ex.children(ex.bin.id)] == ["CV.txt"]
    assert ex.item(cv).deleted_from == "Documents"
    with pytest.raises(ExplorerError):
        ex.rename(cv, "x.txt")  # in the bin: restore it first
    with pytest.raises(ExplorerError):
        ex.open(cv)
    ex.restore(cv)
    assert names(ex, "Documents") == ["Work", "CV.txt", "Letter.txt"]
    assert ex.children(ex.bin.id) == []


def test_restore_remakes_a_folder_that_is_gone_and_never_overwrites():
    ex = Explorer(["Documents/Work/CV.txt", "Documents/Letter.txt"])
    cv, work = at(ex, "Documents/Work/CV.txt"), at(ex, "Documents/Work")
    ex.delete(cv)
    ex.delete(work)  # now empty, also in the bin
    ex.restore(cv)
    assert ex.path(cv) == "Documents/Work/CV.txt"
    assert ex.item(work).parent == ex.bin.id  # the old folder stays in the bin
    letter = at(ex, "Documents/Letter.txt")
    ex.delete(letter)
    ex.save("Letter", at(ex, "Documents"))  # a new Letter.txt takes its place
    ex.restore(letter)
    assert names(ex, "Documents") == ["Work", "Letter (2).txt", "Letter.txt"]


def test_two_items_of_the_same_name_can_be_in_the_bin():
    ex = Explorer(["Documents/CV.txt", "Desktop/CV.txt"])
    ex.delete(at(ex, "Documents/CV.txt"))
    ex.delete(at(ex, "Desktop/CV.txt"))
    assert [(i.name, i.deleted_from) for i in ex.children(ex.bin.id)] == [
        ("CV.txt", "Documents"), ("CV.txt", "Desktop")]


def test_save_adds_txt_and_refuses_a_taken_name():
    ex = Explorer(FILES)
    operation = ex.save("  Shopping list ", at(ex, "Documents/Work"), text="Rice")
    assert ex.path(operation.result) == "Documents/Work/Shopping list.txt"
    assert ex.item(operation.result).text == "Rice"
    with pytest.raises(ExplorerError) as refused:
        ex.save("shopping LIST", at(ex, "Documents/Work"))
    assert refused.value.source == TAKEN
    with pytest.raises(ExplorerError):
        ex.save("x", ex.bin.id)


def test_new_folders_are_numbered_like_windows():
    ex = Explorer(FILES)
    for _ in range(3):
        ex.new_folder(at(ex, "Desktop"))
    assert names(ex, "Desktop") == ["New folder", "New folder (2)", "New folder (3)"]
    ex.new_folder(at(ex, "Desktop"), "مجلد جديد")  # the view gives it in the learner's language
    assert "مجلد جديد" in names(ex, "Desktop")


def test_copy_to_the_usb_stick_replaces_the_older_file_there():
    ex = Explorer(["Documents/Amina.tutorprogress", "USB stick/Amina.tutorprogress"])
    old = at(ex, "USB stick/Amina.tutorprogress")
    operation = ex.to_usb(at(ex, "Documents/Amina.tutorprogress"))
    assert operation.kind == "to-usb"
    assert names(ex, "USB stick") == ["Amina.tutorprogress"]
    assert old not in ex.items and ex.on_usb(operation.result)
    with pytest.raises(ExplorerError):
        ex.to_usb(operation.result)  # already there


def test_undo_takes_back_the_changes_since_the_mark():
    ex = Explorer(FILES)
    ex.delete(at(ex, "Documents/Letter.txt"))
    ex.mark()  # a new step
    cv = at(ex, "Documents/CV.txt")
    ex.rename(cv, "Resume.txt")
    ex.move(cv, at(ex, "Desktop"))
    ex.undo()
    assert ex.path(cv) == "Documents/Resume.txt"
    ex.undo()
    assert ex.path(cv) == "Documents/CV.txt"
    with pytest.raises(ExplorerError):
        ex.undo()  # the delete was before the mark
    assert ex.find("Documents/Letter.txt") is None


# -- when a step is done ---------------------------------------------------------------

def goal(ex: Explorer, do: str, **fields: str) -> StepGoal:
    return StepGoal(ex, step(do, **fields))


def test_open_step_done_when_the_file_is_opened_and_another_file_is_a_slip():
    ex = Explorer(FILES)
    g = goal(ex, "open", target="Documents/Letter.txt")
    assert g.judge(ex.open(at(ex, "Documents"))).result == ""  # finding the way: fine
    slip = g.judge(ex.open(at(ex, "Documents/CV.txt")))
    assert (slip.result, slip.what) == ("slip", "open CV.txt")
    assert g.judge(ex.open(at(ex, "Documents/Letter.txt"))).result == "done"


def test_open_step_for_a_folder():
    ex = Explorer(FILES)
    g = goal(ex, "open", target="Documents/Work")
    assert g.judge(ex.open(at(ex, "Pictures"))).result == ""
    assert g.judge(ex.open(at(ex, "Documents/Work"))).result == "done"


def test_save_step_done_with_the_name_in_the_folder_else_slip():
    ex = Explorer(FILES)
    g = goal(ex, "save", text="Shopping.txt", value="Work")
    assert g.judge(ex.save("Shoping", at(ex, "Documents/Work"))).result == "slip"
    assert g.judge(ex.save("Shopping", at(ex, "Documents"))).result == "slip"  # wrong folder
    assert g.judge(ex.save("shopping", at(ex, "Documents/Work"))).result == "done"


def test_save_step_without_a_folder_means_documents():
    ex = Explorer(FILES)
    g = goal(ex, "save", text="Notes")
    assert g.judge(ex.save("Notes", at(ex, "Desktop"))).result == "slip"
    assert g.judge(ex.save("Notes", at(ex, "Documents"))).result == "done"


def test_new_folder_step_made_then_named():
    ex = Explorer(FILES)
    g = goal(ex, "new-folder", text="Jobs", value="Documents")
    made = ex.new_folder(at(ex, "Documents"))  # "New folder", being named
    assert g.judge(made).result == ""
    assert g.judge(ex.rename(made.result, "Jbos")).result == "slip"  # typed wrong
    assert g.judge(ex.rename(made.result, "Jobs")).result == "done"


def test_new_folder_step_an_old_folder_of_that_name_does_not_count():
    ex = Explorer([*FILES, "Desktop/Jobs"])
    g = goal(ex, "new-folder", text="Jobs")  # anywhere
    assert not g.reached()
    assert g.judge(ex.new_folder(at(ex, "Pictures"), "Jobs")).result == "done"


def test_move_step_done_in_a_folder_of_that_name_anywhere():
    ex = Explorer(FILES)
    g = goal(ex, "move", target="Documents/CV.txt", value="Work")
    assert g.judge(ex.move(at(ex, "Documents/CV.txt"), at(ex, "Desktop"))).result == "slip"
    jobs = ex.new_folder(at(ex, "Desktop"), "work")
    assert g.judge(jobs).result == ""
    assert g.judge(ex.move(at(ex, "Desktop/CV.txt"), jobs.result)).result == "done"


def test_move_step_with_a_path_wants_that_folder():
    ex = Explorer([*FILES, "Desktop/Work"])
    g = goal(ex, "move", target="Documents/CV.txt", value="Documents/Work")
    assert g.judge(ex.move(at(ex, "Documents/CV.txt"), at(ex, "Desktop/Work"))).result == "slip"
    assert g.judge(ex.move(at(ex, "Desktop/Work/CV.txt"),
                           at(ex, "Documents/Work"))).result == "done"


def test_moving_another_file_is_a_slip_and_copying_the_target_too():
    ex = Explorer(FILES)
    g = goal(ex, "move", target="Documents/CV.txt", value="Work")
    slip = g.judge(ex.move(at(ex, "Documents/Letter.txt"), at(ex, "Documents/Work")))
    assert (slip.result, slip.what) == ("slip", "move Letter.txt")
    assert g.judge(ex.copy(at(ex, "Documents/CV.txt"), at(ex, "Documents/Work"))).result == "slip"


def test_copy_step_and_tidying_a_wrong_copy_is_no_slip():
    ex = Explorer(FILES)
    g = goal(ex, "copy", target="Documents/CV.txt", value="Desktop")
    wrong = ex.copy(at(ex, "Documents/CV.txt"), at(ex, "Pictures"))
    assert g.judge(wrong).result == "slip"
    assert g.judge(ex.delete(wrong.result)).result == ""  # made during the step
    assert g.judge(ex.copy(at(ex, "Documents/CV.txt"), at(ex, "Desktop"))).result == "done"
    assert ex.find("Documents/CV.txt") is not None


def test_copy_step_into_the_same_folder():
    ex = Explorer(FILES)
    g = goal(ex, "copy", target="Documents/CV.txt", value="Documents")
    operation = ex.copy(at(ex, "Documents/CV.txt"), at(ex, "Documents"))
    assert g.judge(operation).result == "done"
    assert ex.item(operation.result).name == "CV - Copy.txt"


def test_moving_the_target_is_not_a_copy():
    ex = Explorer(FILES)
    g = goal(ex, "copy", target="Documents/CV.txt", value="Desktop")
    assert g.judge(ex.move(at(ex, "Documents/CV.txt"), at(ex, "Desktop"))).result == "slip"


def test_rename_step():
    ex = Explorer(FILES)
    g = goal(ex, "rename", target="Documents/CV.txt", text="My CV.txt")
    assert g.judge(ex.rename(at(ex, "Documents/Letter.txt"), "Old")).result == "slip"
    cv = at(ex, "Documents/CV.txt")
    assert g.judge(ex.rename(cv, "MyCV")).result == "slip"
    assert g.judge(ex.rename(cv, "My CV")).result == "done"  # ".txt" kept
    assert ex.item(cv).name == "My CV.txt"


def test_rename_refused_is_a_slip_with_the_message():
    ex = Explorer(FILES)
    g = goal(ex, "rename", target="Documents/CV.txt", text="Old CV.txt")
    with pytest.raises(ExplorerError) as refused:
        ex.rename(at(ex, "Documents/CV.txt"), "Old/CV")
    outcome = g.judge(None, refused.value)
    assert outcome.result == "slip" and outcome.what.startswith("A name cannot contain")
    assert g.judge(None).result == ""  # nothing changed (the same name again)


def test_delete_step_the_wrong_file_is_a_slip_and_restoring_it_is_not():
    ex = Explorer(FILES)
    g = goal(ex, "delete", target="Documents/Letter.txt")
    wrong = at(ex, "Documents/CV.txt")
    slip = g.judge(ex.delete(wrong))
    assert (slip.result, slip.what) == ("slip", "delete CV.txt")
    assert g.judge(ex.restore(wrong)).result == ""
    assert g.judge(ex.delete(at(ex, "Documents/Letter.txt"))).result == "done"
    assert ex.find("Documents/CV.txt") is not None


def test_delete_step_undo_of_a_wrong_delete_is_no_slip():
    ex = Explorer(FILES)
    ex.mark()
    g = goal(ex, "delete", target="Documents/Letter.txt")
    assert g.judge(ex.delete(at(ex, "Documents/CV.txt"))).result == "slip"
    assert g.judge(ex.undo()).result == ""
    assert ex.find("Documents/CV.txt") is not None


def test_restore_step_by_its_old_path_and_the_wrong_one_is_a_slip():
    ex = Explorer(["Recycle Bin/Documents/CV.txt", "Recycle Bin/Pictures/Cat.png"])
    g = goal(ex, "restore", target="Documents/CV.txt")
    cat, cv = (i.id for i in ex.children(ex.bin.id))
    assert g.judge(ex.restore(cat)).result == "slip"
    assert g.judge(ex.restore(cv)).result == "done"
    assert ex.find("Documents/CV.txt") is not None


def test_restore_step_without_a_target_takes_any():
    ex = Explorer(["Recycle Bin/Pictures/Cat.png"])
    g = goal(ex, "restore")
    assert g.judge(ex.restore(ex.children(ex.bin.id)[0].id)).result == "done"


def test_to_usb_step_by_send_to_or_by_copy_and_paste():
    ex = Explorer(["Documents/Amina.tutorprogress", "Documents/CV.txt"])
    g = goal(ex, "to-usb", target="Documents/Amina.tutorprogress")
    assert g.judge(ex.to_usb(at(ex, "Documents/CV.txt"))).result == "slip"
    assert g.judge(ex.copy(at(ex, "Documents/Amina.tutorprogress"),
                           ex.usb.id)).result == "done"
    assert ex.find("Documents/Amina.tutorprogress") is not None  # a copy: it stays


def test_to_usb_step_into_a_folder_there():
    ex = Explorer(["Documents/CV.txt", "USB stick/Jobs"])
    g = goal(ex, "to-usb", target="Documents/CV.txt", value="Jobs")
    assert g.judge(ex.to_usb(at(ex, "Documents/CV.txt"))).result == "slip"  # the top
    assert g.judge(ex.to_usb(at(ex, "Documents/CV.txt"),
                             at(ex, "USB stick/Jobs"))).result == "done"


def test_the_target_is_followed_when_renamed_and_found_by_name_after_a_slip():
    ex = Explorer(FILES)
    ex.move(at(ex, "Documents/CV.txt"), at(ex, "Pictures"))  # a slip of an earlier step
    g = goal(ex, "delete", target="Documents/CV.txt")
    assert g.target == at(ex, "Pictures/CV.txt")
    assert g.judge(ex.delete(g.target)).result == "done"


def test_folder_matches():
    ex = Explorer(FILES + ["Desktop/Work"])
    assert folder_matches(ex, at(ex, "Desktop/Work"), "work")
    assert not folder_matches(ex, at(ex, "Desktop/Work"), "Documents/Work")
    assert folder_matches(ex, at(ex, "Documents/Work"), "/Documents/Work/")
    assert folder_matches(ex, at(ex, "Pictures"), "")
    assert not folder_matches(ex, ex.root, "x")


def test_same_name():
    assert same_name("letter.TXT", "Letter.txt")
    assert same_name("Letter.txt", "Letter")
    assert not same_name("Letter.txt", "Letter.docx")
    assert not same_name("Letters", "Letter")


# -- checking a pack ------------------------------------------------------------------

def exercise(files: list[str], steps: list[Step]) -> BasicsExercise:
    return BasicsExercise(id="f", title="Files", kind="files", say="Files.", files=files,
                          steps=steps)


def test_a_whole_exercise_that_can_be_done_has_no_problems():
    ex = exercise(FILES, [
        step("open", target="Documents"),
        step("new-folder", text="Jobs", value="Documents"),
        step("move", target="Documents/CV.txt", value="Documents/Jobs"),
        step("rename", target="Documents/Jobs/CV.txt", text="My CV"),
        step("copy", target="Documents/Jobs/My CV.txt", value="Desktop"),
        step("save", text="Shopping", value="Jobs"),
        step("open", target="Documents/Jobs/Shopping.txt"),
        step("delete", target="Documents/Letter.txt"),
        step("restore", target="Documents/Letter.txt"),
        step("to-usb", target="Documents/Jobs/My CV.txt"),
    ])
    assert step_problems(ex.files, ex.steps) == []


@pytest.mark.parametrize("files, steps, problem", [
    (FILES, [step("delete", target="Documents/Resume.txt")],
     "step 1 (delete): there is no 'Documents/Resume.txt' outside the Recycle Bin"),
    (FILES, [step("delete", target="Documents/CV.txt"), step("open", target="Documents/CV.txt")],
     "step 2 (open): there is no 'Documents/CV.txt' outside the Recycle Bin"),
    (FILES, [step("move", target="Documents/CV.txt", value="Jobs")],
     "step 1 (move): there is no folder 'Jobs' at this point"),
    (FILES, [step("move", target="Documents/CV.txt", value="Documents")],
     "step 1 (move): 'Documents/CV.txt' is already in 'Documents'"),
    (FILES, [step("move", target="Documents/Work", value="Work")],
     "step 1 (move): A folder cannot be put inside itself or inside a folder it holds."),
    (FILES, [step("rename", target="Documents/CV.txt", text="a/b")],
     "step 1 (rename): A name cannot contain"),
    (FILES, [step("rename", target="Documents/CV.txt", text="Letter.txt")],
     "step 1 (rename): There is already an item named Letter.txt there."),
    (FILES, [step("rename", target="Documents/CV.txt", text="cv")],
     "step 1 (rename): 'Documents/CV.txt' is already named 'cv'"),
    (FILES, [step("new-folder", text="Work")],
     "step 1 (new-folder): There is already an item named Work there."),
    (FILES, [step("restore")], "step 1 (restore): the Recycle Bin is empty at this point"),
    (FILES, [step("restore", target="Documents/CV.txt")],
     "step 1 (restore): there is no 'Documents/CV.txt' in the Recycle Bin"),
    (FILES, [step("move", target="Documents/CV.txt", value="Pictures"),
             step("open", target="Documents/CV.txt")],
     "step 2 (open): there is no 'Documents/CV.txt' at this point (only an item of that name)"),
    (FILES, [step("to-usb", target="Documents/CV.txt"), step("to-usb", target="USB stick/CV.txt")],
     "step 2 (to-usb): This is already on the USB stick."),
    (["Work/CV.txt"], [step("open", target="Work/CV.txt")], "files: 'Work/CV.txt' starts with"),
])
def test_a_step_that_cannot_be_done_is_a_pack_error(files, steps, problem):
    problems = step_problems(files, steps)
    assert len(problems) == 1 and problems[0].startswith(problem), problems


def test_every_problem_is_listed_and_play_goes_on():
    problems = step_problems(FILES, [step("delete", target="Documents/Nope.txt"),
                                     step("delete", target="Documents/CV.txt"),
                                     step("delete", target="Documents/CV.txt")])
    assert [p.split(":")[0] for p in problems] == ["step 1 (delete)", "step 3 (delete)"]
