from pathlib import Path

import pytest

from tutor import paths
from tutor.errors import DataDirError


def test_option_wins_over_everything(tmp_path):
    (tmp_path / "portable").write_text("")
    location = paths.resolve_data_dir(
        tmp_path / "chosen", {"TUTOR_DATA_DIR": str(tmp_path / "env")}, root=tmp_path
    )
    assert location.path == (tmp_path / "chosen").resolve()
    assert location.reason == "option"


def test_environment_variable_comes_next(tmp_path):
    (tmp_path / "portable").write_text("")
    location = paths.resolve_data_dir(None, {"TUTOR_DATA_DIR": str(tmp_path / "env")}, root=tmp_path)
    assert location.path == (tmp_path / "env").resolve()
    assert location.reason == "environment"


def test_portable_marker_next_to_the_source_entry_point(tmp_path):
    (tmp_path / "portable").write_text("")
    location = paths.resolve_data_dir(None, {}, root=tmp_path, frozen=False)
    assert location == paths.DataLocation(tmp_path / "data", "portable")


def test_portable_data_folder_next_to_a_frozen_executable(tmp_path):
    (tmp_path / "data").mkdir()
    location = paths.resolve_data_dir(None, {}, root=tmp_path, frozen=True)
    assert location == paths.DataLocation(tmp_path / "data", "portable")


def test_a_data_folder_in_a_source_checkout_is_not_portable_mode(tmp_path):
    (tmp_path / "data").mkdir()
    location = paths.resolve_data_dir(None, {}, root=tmp_path, frozen=False)
    assert location.reason == "user"


def test_frozen_root_is_the_executables_folder(tmp_path):
    exe = tmp_path / "Tutor" / "tutor.exe"
    exe.parent.mkdir()
    exe.write_text("")
    assert paths.install_root(frozen=True, executable=str(exe)) == exe.parent


def test_user_data_dir_by_default(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    location = paths.resolve_data_dir(None, {}, root=tmp_path, frozen=False)
    assert location.reason == "user"
    assert location.path == tmp_path / "xdg" / "Tutor"


def test_prepare_creates_the_folders(tmp_path):
    location = paths.prepare(paths.DataLocation(tmp_path / "a" / "b", "option"))
    assert location.logs.is_dir() and location.lessons.is_dir()
    assert not (location.path / ".write-test").exists()


def test_prepare_fails_with_a_clear_message(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(DataDirError) as caught:
        paths.prepare(paths.DataLocation(blocker / "data", "option"))
    assert str(blocker / "data") in str(caught.value)
    assert "trainer" in str(caught.value)


def test_resources_are_found_from_the_package_not_the_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert paths.resource("assets", "avatars").is_dir()
    assert paths.resource("tutor", "store", "migrations").is_dir()


def test_resources_inside_a_pyinstaller_bundle(tmp_path, monkeypatch):
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    paths.resource_root.cache_clear()  # found once per process: here, the bundle's
    try:
        assert paths.resource("lessons") == Path(tmp_path) / "lessons"
    finally:
        monkeypatch.undo()
        paths.resource_root.cache_clear()
    assert paths.resource("lessons") == paths.install_root(frozen=False) / "lessons"
