"""make orca-check trusted: its speech-dispatcher speaks without a sound card and writes down what it
is asked, a broken speech fails the check, a user's own Orca is left alone, and nothing it started
is left running, even when it is stopped half-way.

The tests that run Orca itself (a short walk each) need what `make orca-check` installs
(tools/system-deps orca); the others need speech-dispatcher and espeak-ng only.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

import orca_check
from orca_check import Processes, Utterance, read_utterances

TOOLS = Path(orca_check.__file__).resolve().parent
SPEECH_TOOLS = ("speech-dispatcher", "espeak-ng")
ORCA_TOOLS = ("orca", *SPEECH_TOOLS, "Xvfb", "xdotool")


@pytest.fixture
def speech_tools() -> None:
    missing = [tool for tool in SPEECH_TOOLS if shutil.which(tool) is None]
    assert not missing, f"{', '.join(missing)} missing: make test installs them (tools/system-deps test)"


@pytest.fixture
def orca_tools() -> None:
    missing = [tool for tool in ORCA_TOOLS if shutil.which(tool) is None]
    assert not missing, f"{', '.join(missing)} missing: make test installs them (tools/system-deps test)"


needs_speech = pytest.mark.usefixtures("speech_tools")
needs_orca = pytest.mark.usefixtures("orca_tools")


def ssip(path: Path, *commands: str) -> list[str]:
    """Say ``commands`` to the speech-dispatcher at ``path`` (SSIP), as Orca's client does; its answers."""
    answers = []
    with socket.socket(socket.AF_UNIX) as connection:
        connection.connect(str(path))
        stream = connection.makefile("rw", encoding="utf-8", newline="")
        for command in commands:
            stream.write(command + "\r\n")
            stream.flush()
            while True:  # "NNN-..." lines go on, "NNN ..." ends the answer
                line = stream.readline().rstrip("\r\n")
                answers.append(line)
                if len(line) < 4 or line[3] != "-":
                    break
    return answers


@pytest.fixture
def speech_dispatcher(tmp_path: Path) -> Iterator[dict]:
    """The check's own speech-dispatcher, for Italian, and where it writes down what it says."""
    processes = Processes(f"ORCA_CHECK_RUN={uuid.uuid4().hex}")
    home = tmp_path / "home"
    logs = home / "log"
    logs.mkdir(parents=True)
    path = home / "speechd.sock"
    record = home / "said"
    config = orca_check.speech_dispatcher_config(home / "config", "it", record, logs)
    key, value = processes.marker.split("=")
    env = {"PATH": os.environ["PATH"], "HOME": str(home), key: value}
    try:
        process = processes.start(orca_check.speech_dispatcher_command(config, path, logs), env)
        deadline = time.monotonic() + 20
        while not path.exists():
            assert process.poll() is None, (logs / "speech-dispatcher.log").read_text(errors="replace")
            assert time.monotonic() < deadline, "speech-dispatcher's socket never came"
            time.sleep(0.1)
        yield {"socket": path, "record": record, "processes": processes, "process": process}
    finally:
        processes.stop()
        processes.sweep()


def said(record: Path, count: int) -> list[Utterance]:
    """The first ``count`` texts written down, once espeak-ng has said them (or failed to)."""
    deadline = time.monotonic() + 20
    while len(read_utterances(record)) < count and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(1)
    return read_utterances(record)


@needs_speech
def test_its_speech_dispatcher_says_and_writes_down_what_it_is_asked_without_a_sound_card(speech_dispatcher) -> None:
    answers = ssip(
        speech_dispatcher["socket"],
        "SET SELF CLIENT_NAME tester:orca_check:main",
        "SET SELF LANGUAGE it-IT",
        "SPEAK",
        "Copia link pulsante.\r\n.",
        "SPEAK",
        "L'indirizzo è\r\nnome@esempio.it.\r\n.",
        "QUIT",
    )
    assert [a[:3] for a in answers if not a.startswith("225-")] == ["208", "201", "230", "225", "230", "225", "231"]
    # Said with the Italian voice: espeak-ng took it, so the module's audio (ALSA's null device) opened.
    # Written down as speech-dispatcher passes it on: at its default punctuation level, the symbols
    # inside a word are left out.
    assert said(speech_dispatcher["record"], 2) == [
        Utterance("it", "it", "Copia link pulsante."),
        Utterance("it", "it", "L'indirizzo è nome esempio it."),
    ]
    # And speaks on: the third text comes as the first did (a blocked output would stop at two).
    ssip(speech_dispatcher["socket"], "SET SELF LANGUAGE it", "SPEAK", "Lingua: Italiano pulsante.\r\n.", "QUIT")
    assert said(speech_dispatcher["record"], 3)[2:] == [Utterance("it", "it", "Lingua: Italiano pulsante.")]


@needs_speech
def test_stopped_it_leaves_neither_itself_nor_its_output_module(speech_dispatcher) -> None:
    processes: Processes = speech_dispatcher["processes"]
    started = orca_check.marked(processes.marker)
    names = {Path(f"/proc/{pid}/comm").read_text().strip() for pid in started}
    assert {"speech-dispatch", "sd_generic"} <= names
    processes.stop()
    assert speech_dispatcher["process"].poll() is not None
    assert orca_check.marked(processes.marker) == []


@needs_speech
def test_a_voice_espeak_ng_cannot_speak_fails_the_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(orca_check.VOICES, "it", "nonexistent")
    processes = Processes(f"ORCA_CHECK_RUN={uuid.uuid4().hex}")
    logs = tmp_path / "log"
    logs.mkdir()
    config = orca_check.speech_dispatcher_config(tmp_path / "config", "it", tmp_path / "said", logs)
    key, value = processes.marker.split("=")
    try:
        processes.start(
            orca_check.speech_dispatcher_command(config, tmp_path / "sock", logs),
            {"PATH": os.environ["PATH"], "HOME": str(tmp_path), key: value},
        )
        deadline = time.monotonic() + 20
        while not (tmp_path / "sock").exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        ssip(tmp_path / "sock", "SET SELF LANGUAGE it", "SPEAK", "Copia link pulsante.\r\n.", "QUIT")
        heard = [("step 1", said(tmp_path / "said", 1))]
    finally:
        processes.stop()
    assert heard[0][1] == [Utterance("it", "nonexistent", "Copia link pulsante.", spoken=False)]
    assert (
        "not said by espeak-ng's voice 'nonexistent': 1 of the texts, the first at 'step 1': 'Copia link pulsante.'"
        in (orca_check.problems("it", heard))
    )


def test_orcas_search_for_other_orcas_does_not_see_the_users(tmp_path: Path) -> None:
    users_orca = _dummy_orca(tmp_path)
    try:
        look = ["sh", "-c", f"pgrep -u {os.getuid()} -x orca"]
        # What Orca's own start-up check finds without the check's help: the user's Orca, so it would not start.
        plain = subprocess.run(look, capture_output=True, text=True, check=False, start_new_session=True)
        assert str(users_orca.pid) in plain.stdout.split()
        shim = tmp_path / "bin" / "pgrep"
        shim.parent.mkdir()
        shim.write_text(orca_check.PGREP_SHIM.format(pgrep=shutil.which("pgrep")), encoding="utf-8")
        shim.chmod(0o755)
        env = {**os.environ, "PATH": f"{shim.parent}:{os.environ['PATH']}"}
        # Orca runs in a session of its own: there, no other Orca.
        shimmed = subprocess.run(look, capture_output=True, text=True, check=False, env=env, start_new_session=True)
        assert shimmed.stdout.split() == []
    finally:
        users_orca.kill()
        users_orca.wait()


def test_stopping_ends_what_ignores_sigterm_and_what_left_its_session(tmp_path: Path) -> None:
    processes = Processes(f"ORCA_CHECK_RUN={uuid.uuid4().hex}")
    key, value = processes.marker.split("=")
    env = {"PATH": os.environ["PATH"], key: value}
    # A child deaf to SIGTERM, and a daemon that left for a session of its own (as a D-Bus service may).
    processes.start(["sh", "-c", "trap '' TERM; setsid sleep 300 & sleep 300 & wait"], env)
    deadline = time.monotonic() + 10
    while len(orca_check.marked(processes.marker)) < 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(orca_check.marked(processes.marker)) == 3
    processes.stop()
    processes.sweep()
    assert orca_check.marked(processes.marker) == []


def test_the_italian_walk_has_an_italian_locale_without_one_on_the_system(tmp_path: Path) -> None:
    locales = orca_check.private_locale(tmp_path, "it_IT.UTF-8")
    month = subprocess.run(
        [
            sys.executable,
            "-c",
            "import locale; locale.setlocale(locale.LC_ALL, ''); print(locale.nl_langinfo(locale.MON_1))",
        ],
        env={"PATH": os.environ["PATH"], "LOCPATH": str(locales), "LANG": "it_IT.UTF-8"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert month.stdout.strip() == "gennaio"


# -- with Orca ------------------------------------------------------------------------------------

# Run in a process of its own that adopts whatever the check leaves behind (a child subreaper):
# what it still has as children at the end was started by the check and not stopped.
RUN = """
import ctypes, json, signal, os, sys
from pathlib import Path
ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
sys.path.insert(0, {tools!r})
import orca_check
{patch}
out = Path({out!r})
if {short}:
    found = orca_check.walk("it", out, orca_check.WALK[:2])
    code = 1 if found else 0
else:
    sys.argv = ["orca_check.py", "--lang", "it", str(out)]
    code = orca_check.main()
    found = []
import time
time.sleep(1)
left = []
for entry in Path("/proc").iterdir():
    try:
        stat = (entry / "stat").read_text()
    except (OSError, ValueError):
        continue
    state, ppid = stat.rsplit(")", 1)[1].split()[:2]
    if int(ppid) == os.getpid() and state != "Z":
        left.append((entry / "cmdline").read_bytes().replace(b"\\0", b" ").decode())
print(json.dumps({{"code": code, "found": found, "left": left}}))
"""


def _dummy_orca(folder: Path) -> subprocess.Popen[bytes]:
    """A process named orca in the tests' own session, as a user's screen reader on their desktop."""
    program = folder / "orca"
    shutil.copy(shutil.which("sleep") or "/bin/sleep", program)
    return subprocess.Popen([str(program), "600"])


def _run(tmp_path: Path, *, short: bool, patch: str = "", stop_after: float | None = None) -> dict:
    script = RUN.format(tools=str(TOOLS), out=str(tmp_path / "out"), short=short, patch=patch)
    run = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if stop_after is not None:
        time.sleep(stop_after)
        run.send_signal(signal.SIGTERM)
    stdout, stderr = run.communicate(timeout=600)
    assert run.returncode == 0, stderr
    return {**json.loads(stdout.splitlines()[-1]), "stderr": stderr}


@needs_orca
def test_a_short_walk_heard_in_italian_leaves_the_users_orca_running_and_nothing_of_its_own(tmp_path: Path) -> None:
    users_orca = _dummy_orca(tmp_path)
    try:
        result = _run(tmp_path, short=True)
        assert users_orca.poll() is None, "the check stopped the user's Orca"
    finally:
        users_orca.kill()
        users_orca.wait()
    assert result["left"] == []
    assert result["found"] == []
    transcript = (tmp_path / "out" / "speech-it.txt").read_text(encoding="utf-8")
    assert "Language and voice asked for: it (espeak-ng voice it)" in transcript
    # Orca's own words in Italian: the role and state of the answer it lands on.
    assert "non selezionato pulsante radio" in transcript
    # The second answer, with its letter, as Orca sent it: one text, one line, its brackets said
    # as a pause.
    assert (
        "## 2. Down: the second way to check, the Admin Center\n"
        "    B. Dal Centro di amministrazione, solo amministratori dell'account.\n"
    ) in transcript
    assert (tmp_path / "out" / "orca-debug-it.log").stat().st_size > 0


@needs_orca
def test_a_speech_dispatcher_that_cannot_open_its_output_fails_the_check(tmp_path: Path) -> None:
    # As on a machine without a sound card, before the check had ALSA's null device.
    patch = (
        "config = orca_check.speech_dispatcher_config\n"
        "def broken(folder, *args):\n"
        "    done = config(folder, *args)\n"
        "    conf = done / 'speechd.conf'\n"
        "    conf.write_text(conf.read_text().replace('\"null\"', '\"no-such-device\"'))\n"
        "    return done\n"
        "orca_check.speech_dispatcher_config = broken\n"
    )
    result = _run(tmp_path, short=False, patch=patch)
    assert result["code"] == 1
    assert result["left"] == []
    assert "FAILED (it): the walk stopped:" in result["stderr"]
    transcript = (tmp_path / "out" / "speech-it.txt").read_text(encoding="utf-8")
    assert "FAILED:\n- nothing was heard: the walk did not start\n" in transcript


@needs_orca
def test_stopped_half_way_it_stops_everything_it_started(tmp_path: Path) -> None:
    result = _run(tmp_path, short=False, stop_after=25)
    assert result["code"] == 130
    assert result["left"] == []
    assert "Interrupted" in result["stderr"]
