"""The practice file explorer of computer basics: a small file system kept in memory, so
a learner can save, find, move, copy, rename, delete and restore files, and copy one to a
USB stick, without anything on the real disk being touched.

**What is in it.** A computer ("This PC") holds the usual places (:data:`PLACES`:
Desktop, Documents, Downloads, Pictures, Music, Videos), a USB stick (:data:`USB`, shown
as "USB stick (E:)") and the Recycle Bin (:data:`BIN`). An exercise's ``files`` list
fills it: ``"Documents/CV.txt"`` is a file CV.txt in Documents; every segment before the
last is a folder, and a last segment without an extension (``"Documents/Work"``) is an
empty folder. A path may start with ``"USB stick/"`` (a file already on the stick) or
``"Recycle Bin/"`` followed by the place it was deleted from
(``"Recycle Bin/Documents/Old letter.txt"``: in the bin, and restored to Documents). The
places' names in paths are these English ids in every language; the view shows them
translated, as Windows does. A file's kind (text, picture, spreadsheet...) comes from its
extension (:func:`kind_of`).

**The rules a real explorer has.** A name cannot be empty, cannot contain
``/ \\ : * ? " < > |``, cannot be one of the names Windows keeps (CON, NUL, COM1...), and
loses its spaces at both ends and its dots at the end; two items in one folder cannot
have the same name, case aside (as on Windows); a copy into the same folder is named
"CV - Copy.txt", then "CV - Copy (2).txt" (Windows 10 and 11); a folder cannot be moved
or copied into itself or a folder inside it; the places, the stick and the bin cannot be
renamed, moved or deleted. Deleting moves an item to the bin, from which restoring puts
it back where it was (the folders on its way are made again if they are gone; a name
taken meanwhile gives "CV (2).txt"). In this practice, an item deleted from the USB stick
goes to the bin too, so nothing is ever lost. Moving or copying onto an item of the same
name is refused with a message, except "Copy to the USB stick", which replaces a file of
the same name there (the newer progress file a learner carries). :meth:`Explorer.undo`
takes back the operations done since :meth:`Explorer.mark` (the view marks each step's
start). A refused operation raises :class:`ExplorerError`, a ``TutorError`` whose message
the view shows translated.

**When a step is done.** :class:`StepGoal` decides, from the explorer's state after each
operation, whether the step of a ``files`` exercise is done, was slipped, or neither:

==========  ======================================================================
step        done when
==========  ======================================================================
open        the target (file or folder) is opened
save        a file named ``text`` is saved in the folder ``value`` (Documents when
            empty); a name typed without an extension gets ".txt", and ``text``
            without an extension matches any
new-folder  a folder named ``text`` made during the step is in ``value`` (anywhere
            when empty)
move        the target is in the folder ``value``
copy        a copy of the target made during the step is in the folder ``value``
rename      the target is named ``text``
delete      the target is in the Recycle Bin
restore     the target (its path before it was deleted, or its name) is out of the bin
            (when ``target`` is empty: any item that was in the bin)
to-usb      the target or a copy of it is on the USB stick (in the folder ``value``
            there, when given)
==========  ======================================================================

A folder ``value`` with a "/" is a path from This PC ("Documents/Work"): only that folder
matches. A single name ("Work", "Documents") matches a folder of that name *anywhere*: a
learner who made "Work" on the Desktop and moved the CV there did what was asked. Names
are compared case aside, as Windows does. The target is the item at ``target``'s path
when the step starts (then followed when it is renamed or moved); if a slip moved it
away, the item of that name anywhere.

A slip is an operation that changed the files but not as asked: a refused operation; a
file opened instead of the target in an ``open`` step; deleting, moving, copying or
renaming an item other than the target (or the target wrongly); a save or a new folder
with the wrong name or place; restoring the wrong item in a ``restore`` step. Never a
slip: looking around (opening folders), making a folder (Windows names it "New folder"
first), tidying items made during the step (deleting a wrong copy), restoring an item
outside a ``restore`` step, and undoing.

**Checking a pack.** :func:`step_problems` plays an exercise's steps on its files, as a
learner who makes no mistake would, and lists what cannot be done (a step naming a file
that never exists, a name that breaks the rules, a move to where it already is). The
lesson check calls it for every ``files`` exercise.

Pure Python: no Qt.
"""

from __future__ import annotations

import copy as _copy
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol

from tutor.errors import TutorError
from tutor.i18n import QT_TRANSLATE_NOOP

PLACES = ("Desktop", "Documents", "Downloads", "Pictures", "Music", "Videos")
USB = "USB stick"
BIN = "Recycle Bin"
USB_LETTER = "E:"
SAVE_PLACE = "Documents"  # where "Save as" starts, and a save step without a folder
DEFAULT_EXTENSION = ".txt"  # added to a name saved without one (Notepad does)
FORBIDDEN = '/\\:*?"<>|'
RESERVED = frozenset({"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)),
                      *(f"LPT{n}" for n in range(1, 10))})
MAX_NAME = 80

# A file's kind, from its extension (the view draws an icon and says its kind).
KINDS: dict[str, str] = {
    **dict.fromkeys(("txt", "doc", "docx", "odt", "rtf", "md"), "text"),
    **dict.fromkeys(("jpg", "jpeg", "png", "gif", "bmp", "webp", "heic"), "picture"),
    **dict.fromkeys(("xlsx", "xls", "ods", "csv"), "spreadsheet"),
    **dict.fromkeys(("mp3", "wav", "m4a", "ogg", "flac"), "music"),
    **dict.fromkeys(("mp4", "avi", "mov", "mkv", "webm"), "video"),
    "pdf": "pdf",
    "tutorprogress": "progress",
    **dict.fromkeys(("zip", "7z", "rar"), "archive"),
}
FILE_KINDS = ("text", "picture", "spreadsheet", "music", "video", "pdf", "progress",
              "archive", "other")


def extension(name: str) -> str:
    """"txt" for "CV.txt"; "" for "Work" or ".profile"."""
    stem, dot, ext = name.rpartition(".")
    return ext.casefold() if dot and stem else ""


def stem(name: str) -> str:
    return name[: -len(extension(name)) - 1] if extension(name) else name


def kind_of(name: str) -> str:
    """A file's kind from its name: "text", "picture", "spreadsheet"... or "other"."""
    return KINDS.get(extension(name), "other")


def looks_like_file(name: str) -> bool:
    """A ``files`` path's last segment names a file when it has an extension."""
    return bool(extension(name))


class ExplorerError(TutorError):
    """An operation the practice explorer refuses, with the reason in plain words."""


def _error(message: str, **params: object) -> ExplorerError:
    return ExplorerError(message, **params)


# The messages (context "errors", as every TutorError's: the view shows them with
# tutor.i18n.qt.translate_error).
EMPTY = QT_TRANSLATE_NOOP("errors", "A name cannot be empty. Type a name.")
BAD_CHARACTER = QT_TRANSLATE_NOOP(
    "errors", 'A name cannot contain any of these signs: / \\ : * ? " < > |')
RESERVED_NAME = QT_TRANSLATE_NOOP(
    "errors", "{name} is a name the computer keeps for itself. Choose another name.")
TOO_LONG = QT_TRANSLATE_NOOP("errors", "A name can be at most {most} letters long.")
TAKEN = QT_TRANSLATE_NOOP("errors", "There is already an item named {name} there. "
                                    "Choose another name.")
INTO_ITSELF = QT_TRANSLATE_NOOP("errors", "A folder cannot be put inside itself "
                                          "or inside a folder it holds.")
OWN_FOLDER = QT_TRANSLATE_NOOP("errors", "This is one of the computer's own places: "
                                         "it cannot be renamed, moved or deleted.")
IN_THE_BIN = QT_TRANSLATE_NOOP("errors", "This is in the Recycle Bin. "
                                         "Restore it first.")
NOT_IN_THE_BIN = QT_TRANSLATE_NOOP("errors", "Only items in the Recycle Bin can be restored.")
NOT_A_FOLDER = QT_TRANSLATE_NOOP("errors", "Choose a folder to put it in.")
NOTHING_TO_UNDO = QT_TRANSLATE_NOOP("errors", "There is nothing to undo.")
ALREADY_ON_USB = QT_TRANSLATE_NOOP("errors", "This is already on the USB stick.")


def clean_name(name: str) -> str:
    """The name as Windows keeps it (spaces at both ends and dots at the end dropped),
    or an :class:`ExplorerError` saying why it cannot be a file's or folder's name."""
    cleaned = name.strip().rstrip(". ")
    if not cleaned:
        raise _error(EMPTY)
    if any(sign in cleaned for sign in FORBIDDEN) or any(ord(c) < 32 for c in cleaned):
        raise _error(BAD_CHARACTER)
    if cleaned.split(".")[0].strip().upper() in RESERVED:
        raise _error(RESERVED_NAME, name=cleaned)
    if len(cleaned) > MAX_NAME:
        raise _error(TOO_LONG, most=MAX_NAME)
    return cleaned


def same_name(actual: str, wanted: str) -> bool:
    """``actual`` is the name ``wanted``, case aside; a ``wanted`` without an extension
    matches whatever the file's extension ("Letter" matches "letter.txt")."""
    actual, wanted = actual.strip().casefold(), wanted.strip().rstrip(". ").casefold()
    if actual == wanted:
        return True
    return not extension(wanted) and bool(extension(actual)) and stem(actual) == wanted


@dataclass
class Item:
    """A file or folder of the practice explorer."""

    id: int
    name: str
    folder: bool
    parent: int | None  # None: This PC itself
    place: str = ""  # This PC's own items: the place's id (PLACES, USB, BIN)
    text: str = ""  # a saved file's words
    origin: int | None = None  # the item it is a copy of
    deleted_from: str = ""  # in the bin: the path of the folder it was in
    made: int = 0  # the operation that made it (0: there from the start)

    @property
    def kind(self) -> str:
        if self.place:
            return {USB: "usb", BIN: "bin"}.get(self.place, "place")
        return "folder" if self.folder else kind_of(self.name)


OperationKind = Literal["open", "save", "new-folder", "move", "copy", "rename", "delete",
                        "restore", "to-usb", "undo"]


@dataclass(frozen=True)
class Operation:
    """What an operation did: ``subject`` is the item acted on (the original of a copy),
    ``result`` the item it gave (a copy, a new folder or file; the subject otherwise),
    ``folder`` where it went."""

    kind: OperationKind
    subject: int | None = None
    result: int | None = None
    folder: int | None = None
    number: int = 0  # the explorer's count of operations, this one included


class Explorer:
    """The practice file system (see the module)."""

    def __init__(self, files: Iterable[str] = ()) -> None:
        self.items: dict[int, Item] = {}
        self._next = 0
        self.operations = 0  # how many operations changed or opened something
        self._undo: list[dict[int, Item]] = []
        self.root = self._add("", folder=True, parent=None).id
        for place in (*PLACES, USB, BIN):
            self._add(place, folder=True, parent=self.root, place=place)
        deleted: list[int] = []
        for path in files:
            item = self._build(path)
            if item is not None:
                deleted.append(item)
        for item_id in deleted:
            self._delete(item_id)

    # -- what is there -------------------------------------------------------------

    def _add(self, name: str, *, folder: bool, parent: int | None, place: str = "",
             text: str = "", origin: int | None = None) -> Item:
        self._next += 1
        item = Item(self._next, name, folder, parent, place=place, text=text, origin=origin,
                    made=self.operations)
        self.items[item.id] = item
        return item

    def _build(self, path: str) -> int | None:
        """Add one ``files`` path; returns the item to delete for a "Recycle Bin/" path."""
        parts = [part for part in path.strip().split("/") if part.strip()]
        if not parts:
            raise ValueError(f"{path!r}: an empty path")
        in_bin = parts[0].casefold() == BIN.casefold()
        if in_bin:
            parts = parts[1:]
            if len(parts) < 2:
                raise ValueError(f"{path!r}: name the place it was deleted from, "
                                 f"as in 'Recycle Bin/Documents/Old letter.txt'")
        top = self.place(parts[0])
        if top is None or top.place == BIN:
            raise ValueError(f"{path!r} starts with one of {', '.join((*PLACES, USB, BIN))}")
        folder = top
        for number, part in enumerate(parts[1:], 2):
            name = clean_name_or_value_error(part, path)
            is_file = number == len(parts) and looks_like_file(name)
            found = self._child(folder.id, name)
            if found is not None:
                if is_file or not found.folder:
                    raise ValueError(f"{path!r}: {name!r} is there twice, or is both a file "
                                     f"and a folder")
                folder = found
                continue
            folder = self._add(name, folder=not is_file, parent=folder.id)
        if folder.place:
            raise ValueError(f"{path!r}: name a file or folder inside {parts[0]}")
        return folder.id if in_bin else None

    def item(self, item_id: int) -> Item:
        return self.items[item_id]

    def place(self, name: str) -> Item | None:
        """This PC's own item named ``name`` (a place, the USB stick, the bin), case aside."""
        for item in self.children(self.root):
            if item.place.casefold() == name.strip().casefold():
                return item
        return None

    @property
    def usb(self) -> Item:
        return self._place(USB)

    @property
    def bin(self) -> Item:
        return self._place(BIN)

    def _place(self, name: str) -> Item:
        item = self.place(name)
        assert item is not None
        return item

    def children(self, folder_id: int) -> list[Item]:
        """The items in a folder: This PC's places in their order, else folders first,
        then files, by name (case aside)."""
        items = [item for item in self.items.values() if item.parent == folder_id]
        if folder_id == self.root:
            return items
        return sorted(items, key=lambda item: (not item.folder, item.name.casefold(), item.id))

    def _child(self, folder_id: int, name: str) -> Item | None:
        for item in self.items.values():
            if item.parent == folder_id and item.name.casefold() == name.casefold():
                return item
        return None

    def ancestors(self, item_id: int) -> list[Item]:
        """The folders above an item, from This PC down to its own folder."""
        chain = []
        parent = self.items[item_id].parent
        while parent is not None:
            chain.append(self.items[parent])
            parent = self.items[parent].parent
        return chain[::-1]

    def path(self, item_id: int) -> str:
        """"Documents/Work/CV.txt" ("" for This PC)."""
        item = self.items[item_id]
        return "/".join([a.name for a in self.ancestors(item_id) if a.parent is not None]
                        + ([item.name] if item.parent is not None else []))

    def find(self, path: str) -> Item | None:
        """The item at a path from This PC, case aside ("documents/cv.txt"), or None."""
        item = self.items[self.root]
        for part in (p for p in path.strip().split("/") if p.strip()):
            found = self._child(item.id, part.strip())
            if found is None:
                return None
            item = found
        return item

    def inside(self, item_id: int, folder_id: int) -> bool:
        """The item is the folder or somewhere inside it."""
        return item_id == folder_id or any(a.id == folder_id for a in self.ancestors(item_id))

    def in_bin(self, item_id: int) -> bool:
        return self.inside(item_id, self.bin.id)

    def on_usb(self, item_id: int) -> bool:
        return self.inside(item_id, self.usb.id)

    def folders(self) -> list[Item]:
        """Every folder a file can be saved in (not in the bin), in the order of a tree."""
        found: list[Item] = []

        def walk(folder_id: int) -> None:
            for item in self.children(folder_id):
                if item.folder and item.place != BIN:
                    found.append(item)
                    walk(item.id)

        walk(self.root)
        return found

    def copy_of(self, item_id: int, original: int) -> bool:
        """The item is ``original`` or was copied from it (or from a copy of it)."""
        seen: int | None = item_id
        while seen is not None:
            if seen == original:
                return True
            seen = self.items[seen].origin if seen in self.items else None
        return False

    # -- operations ----------------------------------------------------------------

    def mark(self) -> None:
        """Operations before this can no longer be undone (the view marks each step)."""
        self._undo.clear()

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    def _changing(self) -> int:
        """Before a change: keep what to undo; returns the operation's number."""
        self._undo.append(_copy.deepcopy(self.items))
        self.operations += 1
        return self.operations

    def _operation(self, kind: OperationKind, subject: int | None, result: int | None = None,
                   folder: int | None = None) -> Operation:
        return Operation(kind, subject, subject if result is None else result, folder,
                         self.operations)

    def undo(self) -> Operation:
        """Takes back the last change since :meth:`mark`."""
        if not self._undo:
            raise _error(NOTHING_TO_UNDO)
        self.items = self._undo.pop()
        self.operations += 1
        return self._operation("undo", None)

    def open(self, item_id: int) -> Operation:
        """Open a folder (go into it) or a file (look at it)."""
        item = self.items[item_id]
        if self.in_bin(item_id) and item.place != BIN:
            raise _error(IN_THE_BIN)
        self.operations += 1
        return self._operation("open", item_id)

    def _destination(self, folder_id: int) -> Item:
        folder = self.items[folder_id]
        if not folder.folder or folder.id == self.root:
            raise _error(NOT_A_FOLDER)
        if self.in_bin(folder_id):
            raise _error(IN_THE_BIN)
        return folder

    def _movable(self, item_id: int) -> Item:
        item = self.items[item_id]
        if item.place or item.id == self.root:
            raise _error(OWN_FOLDER)
        if self.in_bin(item_id):
            raise _error(IN_THE_BIN)
        return item

    def _free(self, folder_id: int, name: str, but: int | None = None) -> None:
        taken = self._child(folder_id, name)
        if taken is not None and taken.id != but:
            raise _error(TAKEN, name=taken.name)

    def unique_name(self, folder_id: int, name: str) -> str:
        """``name``, or "name (2).txt", "name (3).txt"... the first not taken there."""
        if self._child(folder_id, name) is None:
            return name
        base, ext = (stem(name), name[len(stem(name)):])
        number = 2
        while self._child(folder_id, f"{base} ({number}){ext}") is not None:
            number += 1
        return f"{base} ({number}){ext}"

    def copy_name(self, folder_id: int, name: str) -> str:
        """A copy's name in its original's folder: "CV - Copy.txt", "CV - Copy (2).txt"."""
        base, ext = stem(name), name[len(stem(name)):]
        return self.unique_name(folder_id, f"{base} - Copy{ext}")

    def save(self, name: str, folder_id: int, text: str = "",
             default_extension: str = DEFAULT_EXTENSION) -> Operation:
        """Save a new file named ``name`` (".txt" added when it has no extension)."""
        name = clean_name(name)
        if not extension(name):
            name = clean_name(name + default_extension)
        folder = self._destination(folder_id)
        self._free(folder.id, name)
        self._changing()
        item = self._add(name, folder=False, parent=folder.id, text=text)
        return self._operation("save", item.id, folder=folder.id)

    def new_folder(self, folder_id: int, name: str = "New folder") -> Operation:
        """Make a folder; a name taken there gets " (2)" ("New folder (2)")."""
        name = clean_name(name)
        folder = self._destination(folder_id)
        self._changing()
        item = self._add(self.unique_name(folder.id, name), folder=True, parent=folder.id)
        return self._operation("new-folder", item.id, folder=folder.id)

    def rename(self, item_id: int, name: str) -> Operation | None:
        """Rename an item; None when the name is the same (nothing changed). A file's
        new name typed without an extension keeps the old one ("Resume" for "CV.txt"
        gives "Resume.txt"): unlike Windows, which asks, the practice never loses it."""
        item = self._movable(item_id)
        name = clean_name(name)
        if not item.folder and extension(item.name) and not extension(name):
            name = clean_name(f"{name}.{item.name.rpartition('.')[2]}")
        if name == item.name:
            return None
        assert item.parent is not None
        self._free(item.parent, name, but=item.id)
        self._changing()
        self.items[item_id].name = name
        return self._operation("rename", item_id, folder=item.parent)

    def move(self, item_id: int, folder_id: int) -> Operation | None:
        """Move an item into a folder; None when it is already there."""
        item = self._movable(item_id)
        folder = self._destination(folder_id)
        if self.inside(folder.id, item.id):
            raise _error(INTO_ITSELF)
        if item.parent == folder.id:
            return None
        self._free(folder.id, item.name)
        self._changing()
        self.items[item_id].parent = folder.id
        return self._operation("move", item_id, folder=folder.id)

    def copy(self, item_id: int, folder_id: int, *, replace: bool = False,
             kind: OperationKind = "copy") -> Operation:
        """Copy an item (a folder with all it holds) into a folder: "CV - Copy.txt" in
        its own folder; elsewhere the same name, refused when taken (``replace``: a file
        of the same name there is replaced)."""
        item = self.items[item_id]
        if item.id == self.root or item.place == BIN:
            raise _error(OWN_FOLDER)
        if self.in_bin(item_id):
            raise _error(IN_THE_BIN)
        folder = self._destination(folder_id)
        if item.folder and self.inside(folder.id, item.id):
            raise _error(INTO_ITSELF)
        name = item.name
        replaced: Item | None = None
        if item.parent == folder.id:
            name = self.copy_name(folder.id, item.name)
        else:
            replaced = self._child(folder.id, item.name)
            if replaced is not None and not (replace and not replaced.folder
                                             and not item.folder):
                raise _error(TAKEN, name=replaced.name)
        self._changing()
        if replaced is not None:
            self._remove(replaced.id)
        made = self._copy_tree(item, folder.id, name)
        return self._operation(kind, item_id, made, folder.id)

    def _copy_tree(self, item: Item, folder_id: int, name: str) -> int:
        made = self._add(name, folder=item.folder, parent=folder_id, text=item.text,
                         origin=item.id)
        for child in self.children(item.id):
            self._copy_tree(child, made.id, child.name)
        return made.id

    def _remove(self, item_id: int) -> None:
        for child in self.children(item_id):
            self._remove(child.id)
        del self.items[item_id]

    def to_usb(self, item_id: int, folder_id: int | None = None) -> Operation:
        """Copy an item to the USB stick (its top, or one of its folders), replacing a
        file of the same name there."""
        if self.on_usb(item_id):
            raise _error(ALREADY_ON_USB)
        folder = self.usb.id if folder_id is None else folder_id
        if not self.on_usb(folder):
            raise _error(NOT_A_FOLDER)
        return self.copy(item_id, folder, replace=True, kind="to-usb")

    def delete(self, item_id: int) -> Operation:
        """Send an item to the Recycle Bin."""
        self._movable(item_id)
        self._changing()
        folder = self._delete(item_id)
        return self._operation("delete", item_id, folder=folder)

    def _delete(self, item_id: int) -> int:
        item = self.items[item_id]
        assert item.parent is not None
        parent = item.parent
        item.deleted_from = self.path(parent)
        item.parent = self.bin.id
        return parent

    def restore(self, item_id: int) -> Operation:
        """Put an item of the bin back where it was (see the module)."""
        item = self.items[item_id]
        if item.parent != self.bin.id:
            raise _error(NOT_IN_THE_BIN)
        self._changing()
        folder = self.items[self.root]
        for part in item.deleted_from.split("/"):
            found = self._child(folder.id, part)
            if found is None or not found.folder or found.place == BIN:
                found = self._add(self.unique_name(folder.id, part), folder=True,
                                  parent=folder.id)
            folder = found
        item.name = self.unique_name(folder.id, item.name)
        item.parent = folder.id
        item.deleted_from = ""
        return self._operation("restore", item_id, folder=folder.id)


def clean_name_or_value_error(name: str, path: str) -> str:
    try:
        return clean_name(name)
    except ExplorerError as error:
        raise ValueError(f"{path!r}: {error}") from None


# -- the steps of a files exercise -----------------------------------------------------

class StepLike(Protocol):
    """What :class:`StepGoal` reads of a step (``model.Step`` has it)."""

    @property
    def do(self) -> str: ...
    @property
    def target(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def value(self) -> str: ...


def folder_matches(explorer: Explorer, folder_id: int, value: str) -> bool:
    """The folder is the one a step's ``value`` names (see the module): a path from This
    PC when it has a "/", else any folder of that name; "" matches any folder."""
    value = value.strip().strip("/")
    if not value:
        return True
    if "/" in value:
        return explorer.path(folder_id).casefold() == value.casefold()
    folder = explorer.item(folder_id)
    return folder.name.casefold() == value.casefold() and folder.parent is not None


@dataclass(frozen=True)
class Outcome:
    """What an operation meant for the step: "done", "slip" or "" (neither), and for a
    slip a short English note for the trainer ("deleted Letter.txt")."""

    result: Literal["done", "slip", ""]
    what: str = ""


NOTHING = Outcome("")


@dataclass
class StepGoal:
    """One step of a files exercise, from its start: is it done? (see the module)."""

    explorer: Explorer
    step: StepLike
    start: int = 0  # the explorer's operations count when the step began
    target: int | None = None
    in_bin_at_start: frozenset[int] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        self.start = self.explorer.operations
        self.in_bin_at_start = frozenset(i.id for i in self.explorer.children(
            self.explorer.bin.id))
        self.target = resolve_target(self.explorer, self.step)

    def made_now(self, item_id: int | None) -> bool:
        """The item was made during this step."""
        return (item_id is not None and item_id in self.explorer.items
                and self.explorer.item(item_id).made > self.start)

    def reached(self, operation: Operation | None = None) -> bool:
        """The step's goal holds (``open`` needs the operation that opened it)."""
        ex, step, target = self.explorer, self.step, self.target
        do = step.do
        if target is not None and target not in ex.items:
            target = None  # undone
        if do == "open":
            return (operation is not None and operation.kind == "open"
                    and operation.subject is not None
                    and (operation.subject == target if target is not None
                         else same_name(ex.item(operation.subject).name, _last(step.target))))
        if do in ("save", "new-folder"):
            folder_wanted = not (do == "save")
            value = step.value or (SAVE_PLACE if do == "save" else "")
            wanted = step.text
            return any(
                self.made_now(item.id) and item.folder == folder_wanted
                and item.parent is not None and not ex.in_bin(item.id)
                and same_name(item.name, wanted) and folder_matches(ex, item.parent, value)
                for item in ex.items.values())
        if do == "restore":
            if target is not None:
                return not ex.in_bin(target)
            return any(i in ex.items and not ex.in_bin(i) for i in self.in_bin_at_start)
        candidates = [target] if target is not None else [
            item.id for item in ex.items.values() if same_name(item.name, _last(step.target))]
        for item_id in candidates:
            item = ex.item(item_id)
            if do == "delete" and ex.in_bin(item_id):
                return True
            if ex.in_bin(item_id) or item.parent is None:
                continue
            if do == "move" and folder_matches(ex, item.parent, step.value):
                return True
            if do == "rename" and same_name(item.name, step.text):
                return True
            if do in ("copy", "to-usb") and any(
                    self.made_now(copy.id) and ex.copy_of(copy.id, item_id)
                    and copy.parent is not None and not ex.in_bin(copy.id)
                    and (ex.on_usb(copy.id) if do == "to-usb" else True)
                    and folder_matches(ex, copy.parent, step.value)
                    for copy in ex.items.values()):
                return True
            if do == "to-usb" and ex.on_usb(item_id) and folder_matches(
                    ex, item.parent, step.value):
                return True  # moved there (Shift+drag): it is on the stick
        return False

    def judge(self, operation: Operation | None, refused: BaseException | None = None
              ) -> Outcome:
        """What ``operation`` (just done on the explorer; None: nothing changed) meant,
        or ``refused``, the error of an operation the explorer refused."""
        if refused is not None:
            return Outcome("slip", str(refused))
        if operation is None:
            return NOTHING
        if self.reached(operation):
            return Outcome("done")
        kind, subject, do = operation.kind, operation.subject, self.step.do
        what = f"{kind} {self._name(subject)}".strip()
        if kind in ("undo", "new-folder"):
            return NOTHING
        if kind == "open":
            opened_file = subject is not None and not self.explorer.item(subject).folder
            return Outcome("slip", what) if do == "open" and opened_file else NOTHING
        if kind == "restore":
            return Outcome("slip", what) if do == "restore" else NOTHING
        if kind == "save":
            return Outcome("slip", what)
        if self.made_now(subject):
            # tidying what was made during the step; but a new folder named wrong is a slip
            if kind == "rename" and do == "new-folder":
                return Outcome("slip", what)
            return NOTHING
        return Outcome("slip", what)

    def _name(self, item_id: int | None) -> str:
        if item_id is None or item_id not in self.explorer.items:
            return ""
        return self.explorer.item(item_id).name


def _last(path: str) -> str:
    parts = [p for p in path.strip().split("/") if p.strip()]
    return parts[-1].strip() if parts else ""


def resolve_target(explorer: Explorer, step: StepLike) -> int | None:
    """The item a step's ``target`` names when the step starts (see the module)."""
    target = step.target.strip().strip("/")
    if not target:
        return None
    if step.do == "restore":
        in_bin = explorer.children(explorer.bin.id)
        rest = target
        if target.casefold().startswith(BIN.casefold() + "/"):
            rest = target[len(BIN) + 1:]
        for item in in_bin:
            if f"{item.deleted_from}/{item.name}".casefold() == rest.casefold():
                return item.id
        for item in in_bin:
            if same_name(item.name, _last(target)):
                return item.id
        return None
    found = explorer.find(target)
    if found is not None and found.parent is not None and not explorer.in_bin(found.id):
        return found.id
    for item in sorted(explorer.items.values(), key=lambda i: i.id):
        if (item.parent is not None and not explorer.in_bin(item.id)
                and item.name.casefold() == _last(target).casefold()):
            return item.id
    return None


# -- checking a pack's exercise --------------------------------------------------------

def step_problems(files: Sequence[str], steps: Sequence[StepLike]) -> list[str]:
    """What is wrong with a files exercise (English, "step 3 (move): ..."), found by
    playing its steps as a learner who makes no mistake would; [] when it can be done.
    Only ``files`` steps are played."""
    try:
        explorer = Explorer(files)
    except ValueError as error:
        return [f"files: {error}"]
    problems: list[str] = []
    for number, step in enumerate(steps, 1):
        where = f"step {number} ({step.do})"
        try:
            problem = _play(explorer, step)
        except ExplorerError as error:
            problem = str(error)
        if problem:
            problems.append(f"{where}: {problem}")
    return problems


def _folder_for(explorer: Explorer, value: str, default: str = "") -> tuple[int | None, str]:
    """The folder a step's ``value`` names, for playing a step: (id, problem)."""
    value = (value or default).strip().strip("/")
    if not value:
        return None, ""
    if "/" in value:
        found = explorer.find(value)
    else:
        found = explorer.place(value) or next(
            (f for f in explorer.folders() if f.name.casefold() == value.casefold()), None)
    if found is None or not found.folder or explorer.in_bin(found.id):
        return None, f"there is no folder {value!r} at this point"
    return found.id, ""


def _play(explorer: Explorer, step: StepLike) -> str:
    """Do one step on the explorer as it should be done; returns a problem or ""."""
    do = step.do
    goal = StepGoal(explorer, step)
    needs_target = do in ("open", "move", "copy", "rename", "delete", "to-usb") or (
        do == "restore" and step.target)
    if needs_target and goal.target is None:
        where = "in the Recycle Bin" if do == "restore" else "outside the Recycle Bin"
        return f"there is no {step.target!r} {where} at this point"
    target = goal.target
    if target is not None and do != "restore" and explorer.find(step.target) is None:
        return f"there is no {step.target!r} at this point (only an item of that name)"
    operation: Operation | None
    if do == "open":
        assert target is not None
        operation = explorer.open(target)
    elif do == "save":
        folder, problem = _folder_for(explorer, step.value, SAVE_PLACE)
        if problem:
            return problem
        assert folder is not None
        operation = explorer.save(step.text, folder)
    elif do == "new-folder":
        folder, problem = _folder_for(explorer, step.value, SAVE_PLACE)
        if problem:
            return problem
        assert folder is not None
        name = clean_name(step.text)
        explorer._free(folder, name)
        operation = explorer.new_folder(folder, name)
    elif do in ("move", "copy"):
        assert target is not None
        folder, problem = _folder_for(explorer, step.value)
        if problem:
            return problem
        assert folder is not None
        if do == "move" and explorer.item(target).parent == folder:
            return f"{step.target!r} is already in {step.value!r}"
        operation = (explorer.move if do == "move" else explorer.copy)(target, folder)
    elif do == "rename":
        assert target is not None
        if same_name(explorer.item(target).name, step.text):
            return f"{step.target!r} is already named {step.text!r}"
        operation = explorer.rename(target, step.text)
    elif do == "delete":
        assert target is not None
        operation = explorer.delete(target)
    elif do == "restore":
        if target is None:
            in_bin = explorer.children(explorer.bin.id)
            if not in_bin:
                return "the Recycle Bin is empty at this point"
            target = in_bin[-1].id
        operation = explorer.restore(target)
    elif do == "to-usb":
        assert target is not None
        folder = None
        if step.value:
            value = step.value.strip().strip("/")
            if not value.casefold().startswith(USB.casefold()):
                value = f"{USB}/{value}"
            folder, problem = _folder_for(explorer, value)
            if problem:
                return problem
        operation = explorer.to_usb(target, folder)
    else:
        return f"a files step does not {do!r}"
    if not goal.reached(operation):
        return "doing it as asked does not finish the step (check target, text and value)"
    return ""
