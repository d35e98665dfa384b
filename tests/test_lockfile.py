"""The hash-locked requirement files (requirements/*.txt) cannot drift from pyproject.toml.

Regenerate them with requirements/refresh.sh (README, "Dependencies").
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
LINUX_311 = {"sys_platform": "linux", "platform_system": "Linux", "python_version": "3.11",
             "python_full_version": "3.11.0", "implementation_name": "cpython",
             "platform_python_implementation": "CPython", "platform_machine": "x86_64",
             "os_name": "posix"}


def read_lock(name: str) -> dict[str, tuple[Version, list[str]]]:
    return parse_lock((ROOT / "requirements" / name).read_text(encoding="utf-8"), name)


def parse_lock(text: str, name: str) -> dict[str, tuple[Version, list[str]]]:
    """{canonical name: (pinned version, hashes)} of one lock file; every entry `==` with hashes."""
    logical = re.sub(r"\\\n", " ", text)  # join the backslash continuations
    locked = {}
    for line in logical.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        assert not line.startswith("-"), f"{name}: unexpected option line {line!r}"
        spec, *options = line.split()
        req = Requirement(spec)
        pins = list(req.specifier)
        assert len(pins) == 1 and pins[0].operator == "==", f"{name}: {spec} is not pinned with =="
        hashes = [o for o in options if o.startswith("--hash=")]
        assert hashes and all(h.startswith("--hash=sha256:") for h in hashes), (
            f"{name}: {spec} has no --hash=sha256: (install uses --require-hashes)")
        locked[canonicalize_name(req.name)] = (Version(pins[0].version), hashes)
    return locked


def declared(*extras: str, build: bool = True) -> list[Requirement]:
    project = PYPROJECT["project"]
    reqs = list(project["dependencies"])
    for extra in extras:
        reqs += project["optional-dependencies"][extra]
    if build:  # `pip install --no-deps --no-build-isolation -e .` uses the locked backend
        reqs += PYPROJECT["build-system"]["requires"]
    return [Requirement(r) for r in reqs]


LOCKS = {
    "app.txt": declared(),
    "test.txt": declared("test"),
    "build.txt": [*declared(), Requirement("pyinstaller")],
}


@pytest.mark.parametrize("lock", sorted(LOCKS))
def test_lock_covers_pyproject(lock):
    locked = read_lock(lock)
    for req in LOCKS[lock]:
        if req.marker is not None and not req.marker.evaluate(LINUX_311):
            continue
        name = canonicalize_name(req.name)
        assert name in locked, f"{req} is missing from requirements/{lock}: run requirements/refresh.sh"
        version = locked[name][0]
        assert req.specifier.contains(version, prereleases=True), (
            f"requirements/{lock} locks {req.name}=={version}, outside pyproject's {req}: "
            "run requirements/refresh.sh")


def test_locks_agree_with_each_other_and_the_pins():
    """build.py installs build.txt into CI's test venv: shared packages must be the same versions."""
    locks = {name: read_lock(name) for name in LOCKS}
    for name, (version, _) in [*locks["app.txt"].items(), *locks["build.txt"].items()]:
        if name in locks["test.txt"]:
            assert locks["test.txt"][name][0] == version, f"{name}: {version} vs test.txt"
    pins = read_pins()
    assert {"pyside6-essentials", "pyinstaller"} <= pins.keys()
    for name, version in pins.items():
        for lock, locked in locks.items():
            if name in locked:
                assert locked[name][0] == version, f"{lock}: {name}=={locked[name][0]}, pins.txt {version}"
    assert locks["build.txt"]["pyinstaller"][0] == pins["pyinstaller"]


def read_pins() -> dict[str, Version]:
    pins = {}
    for line in (ROOT / "requirements" / "pins.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            req = Requirement(line)
            (spec,) = req.specifier
            pins[canonicalize_name(req.name)] = Version(spec.version)
    return pins


@pytest.mark.parametrize(("text", "error"), [
    ("httpx==0.28.1 \\\n  --hash=sha256:" + "0" * 64 + "\nqasync==0.28.0\n", "qasync==0.28.0 has no --hash"),
    ("httpx==0.28.1 --hash=md5:" + "0" * 32 + "\n", "httpx==0.28.1 has no --hash=sha256:"),
    ("httpx>=0.27 --hash=sha256:" + "0" * 64 + "\n", "httpx>=0.27 is not pinned"),
])
def test_parse_lock_rejects(text, error):
    with pytest.raises(AssertionError, match=error):
        parse_lock(text, "x.txt")
