"""requirements.txt (for hosts that only read it) must agree with uv.lock and pyproject.toml."""

import re
import tomllib

from tests.paths import ROOT


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_pins() -> dict[str, str]:
    text = (ROOT / "requirements.txt").read_text()
    return {
        normalise(m[1]): m[2]
        for m in re.finditer(r"^([A-Za-z0-9_.\-]+)==(\S+?)(?:\s|;|$)", text, re.M)
    }


def lock_versions() -> dict[str, str]:
    lock = tomllib.loads((ROOT / "uv.lock").read_text())
    return {normalise(p["name"]): p["version"] for p in lock["package"] if "version" in p}


def test_every_pin_matches_the_lock():
    pins, locked = requirement_pins(), lock_versions()
    assert pins, "requirements.txt has no pins"
    mismatched = {n: (v, locked.get(n)) for n, v in pins.items() if locked.get(n) != v}
    assert mismatched == {}


def test_every_runtime_dependency_is_pinned_with_hashes():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    pins = requirement_pins()
    for dep in project["dependencies"]:
        name = normalise(re.match(r"[A-Za-z0-9_.\-]+", dep)[0])
        assert name in pins, f"{name} missing from requirements.txt"
    assert "--hash=sha256:" in (ROOT / "requirements.txt").read_text()


def test_dev_tools_stay_out_of_requirements():
    pins = requirement_pins()
    assert "pytest" not in pins and "playwright" not in pins
