"""pyproject.toml is the one list of dependencies; the two locks follow it and the image gets the runtime one."""

import re
import tomllib
from fnmatch import fnmatch

from pipeline.local.paths import PROJECT_ROOT

PYPROJECT = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
RUNTIME_LOCK = PROJECT_ROOT / "requirements.txt"
DEV_LOCK = PROJECT_ROOT / "requirements-dev.txt"
REQUIREMENT_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,100}")


def _normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _declared(requirements: list[str]) -> set[str]:
    names = set()
    for requirement in requirements:
        match = REQUIREMENT_NAME.match(requirement)
        assert match, requirement
        names.add(_normalised(match.group()))
    return names


def _pins(lock) -> dict[str, str]:
    pins = re.findall(r"^([A-Za-z0-9._-]+)==(\S+)$", lock.read_text(encoding="utf-8"), re.M)
    return {_normalised(name): version for name, version in pins}


RUNTIME = _declared(PYPROJECT["project"]["dependencies"])
DEV = _declared(PYPROJECT["dependency-groups"]["dev"])


def test_every_runtime_dependency_is_pinned_in_both_locks():
    assert RUNTIME - set(_pins(RUNTIME_LOCK)) == set()
    assert RUNTIME - set(_pins(DEV_LOCK)) == set()


def test_every_dev_tool_is_pinned_in_the_dev_lock():
    assert DEV - set(_pins(DEV_LOCK)) == set()


def test_the_dev_lock_pins_the_runtime_packages_at_the_versions_the_image_gets():
    dev = _pins(DEV_LOCK)
    different = {name: (version, dev.get(name)) for name, version in _pins(RUNTIME_LOCK).items()
                 if dev.get(name) != version}
    assert different == {}


def test_the_runtime_lock_and_the_image_carry_no_test_or_lint_tool():
    tools = {"pytest", "hypothesis", "ruff", "mypy", "deptry", "pip-audit", "playwright"}
    assert tools & set(_pins(RUNTIME_LOCK)) == set()
    instructions = re.findall(r"^(?:COPY|RUN) .*$", (PROJECT_ROOT / "Dockerfile").read_text(encoding="utf-8"), re.M)
    assert not [line for line in instructions if "requirements-dev" in line]
    assert [line for line in instructions if re.match(r"RUN pip install .*-r requirements\.txt", line)]


def test_every_data_file_the_stages_read_is_in_an_installed_copy():
    """`pip install .` copies a package's other files only where package-data names them: the clean-up's phrases,
    the month names and the tagger's lists must travel with the code."""
    declared = PYPROJECT["tool"]["setuptools"]["package-data"]
    missing = []
    for path in (PROJECT_ROOT / "pipeline").rglob("*"):
        if not path.is_file() or path.suffix in (".py", ".pyc"):
            continue
        package = next(parent for parent in path.parents if (parent / "__init__.py").exists())
        name = ".".join(package.relative_to(PROJECT_ROOT).parts)
        relative = path.relative_to(package).as_posix()
        if not any(fnmatch(relative, pattern) for pattern in declared.get(name, [])):
            missing.append(relative)
    assert missing == []
