"""What Orca has speech-dispatcher say along one walk through the app, for a person to read (make orca-check).

For each language asked, everything of the run's own, so that nothing of the user's desktop is
touched: a virtual screen (Xvfb), a D-Bus session with its accessibility bus, a home folder, the
language's locale, a speech-dispatcher and the screen reader Orca with its default settings, then
the app. One walk with real key presses (xdotool), steered by the widgets' ids (docs/FLOW.md) as an
AT-SPI client (tests/atspi_client.py) sees the focus move: a step's arrival, the result page Tab by
Tab to its walk code, Copy link, the Language menu and a switch to the next language and back, and
the composer with an invalid then a valid address.

Speech-dispatcher's output module writes down every text it is asked to say, with the language and
voice asked for, then says it with espeak-ng into /dev/null: a real voice, and no sound card needed.
That is DIR/speech-<lang>.txt, step by step: what a listener hears, speech-dispatcher's own work
done (punctuation said in words, at its level) and Orca's echo of the keys pressed (its default)
included, so a step heard as only its key ("space") is a step where the app said nothing. Orca's
debug log is kept beside it (DIR/orca-debug-<lang>.log: its "SPEECH OUTPUT" lines are what Orca
sent), and speech-dispatcher's log (DIR/speech-dispatcher-<lang>.log).

Exits 1 when a step of the walk got no speech, the whole transcript is short, a text was asked in
another language than the walk's or the synthesizer could not say it: an empty transcript is a
broken check, never a pass.

Usage: python tools/orca_check.py [--lang CODE]... DIR
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from contextlib import ExitStack, suppress
from pathlib import Path
from typing import Any, NamedTuple

from virtual_desktop import session_bus, x_screen

ROOT = Path(__file__).resolve().parents[1]
# The tests' AT-SPI client, run with the system's Python (its Atspi bindings): where the focus is.
ATSPI_CLIENT = ROOT / "tests" / "atspi_client.py"
SYSTEM_PYTHON = "/usr/bin/python3"
APP_NAME = "billing-contact-assistant"


class Step(NamedTuple):
    """One thing the person does, and what the walk expects of it."""

    what: str
    keys: tuple[str, ...] = ()
    text: str | None = None
    # Tab (Shift+Tab when ``backwards``) until the focus is on the widget with this id, each press
    # a step of its own in the transcript: every stop on the way is heard.
    tab_to: str | None = None
    backwards: bool = False
    # The id the focus must then be on, or the walk has lost its way (the app changed).
    expect: str | None = None


# The walk B-B (the Admin Center's message names the billing admin): it has every control the
# issue asks to hear, a portal's Copy link and the composer.
WALK: tuple[Step, ...] = (
    Step("The window opens on the start page", expect="choice.start.billing_center"),
    Step("Down: the second way to check, the Admin Center", ("Down",), expect="choice.start.admin_center"),
    Step("Return: step 2, the Admin Center", ("Return",), expect="choice.admin_center.subscriptions"),
    Step("Down: the second answer", ("Down",), expect="choice.admin_center.contact_billing_admin"),
    Step("Return: the result page", ("Return",), expect="headline"),
    Step("Tab through the result page to Copy link", tab_to="copy_link.admin_center"),
    Step("Space on Copy link", ("space",), expect="copy_link.admin_center"),
    Step("Tab on through the result page to the Language button", tab_to="language"),
    Step("Space: the Language menu opens", ("space",)),
    Step("Down: the next language in the menu", ("Down",)),
    Step("Return: the page in that language, announced", ("Return",), expect="language"),
    Step("Space, Up, Return: back to the walk's language", ("space", "Up", "Return"), expect="language"),
    Step("Shift+Tab back to 'Write to the billing admin…'", tab_to="action.email_billing_admin", backwards=True),
    Step("Space: the composer opens, on the billing admin's name", ("space",), expect="field.billing_admin_name"),
    Step("Tab to the billing admin's email address", tab_to="field.billing_admin_email"),
    Step("Typing an invalid address: 'someone at example' (nothing said at each key)", text="someone at example"),
    Step("Return with the address invalid: the rule it breaks is said, nothing is sent, the focus stays", ("Return",)),
    Step("Ctrl+A and typing a valid one: 'someone@example.com'", ("ctrl+a",), "someone@example.com"),
)
# A Tab that has not reached its widget after this many presses never will.
MAX_TABS = 15

# Each walk's locale: Orca's own words (roles, states), the language it asks speech-dispatcher
# for, and espeak-ng's voice for it.
LOCALES = {"en": "en_US.UTF-8", "it": "it_IT.UTF-8"}
VOICES = {"en": "en-us", "it": "it"}

# Orca speaks after the event that caused it: quiet this long, it is done.
QUIET = 3.0
TIMEOUT = 30.0
# Fewer characters than this along the whole walk is no walk heard: the start page alone says more.
MIN_CHARACTERS = 500

# The output module's records: fields apart by the ASCII unit separator, records by the record one.
UNIT, RECORD = "\x1f", "\x1e"


class Utterance(NamedTuple):
    """A text speech-dispatcher's output module was asked to say, as asked."""

    language: str
    voice: str
    text: str
    spoken: bool = True  # False: espeak-ng could not say it (no such voice, for one)


def read_utterances(path: Path) -> list[Utterance]:
    """The output module's records so far; a record cut short by a write in progress is left for later."""
    if not path.exists():
        return []
    said: list[Utterance] = []
    *records, _ = path.read_text(encoding="utf-8", errors="replace").split(RECORD)
    for record in records:
        fields = record.split(UNIT)
        if fields == ["failed"] and said:
            said[-1] = said[-1]._replace(spoken=False)
        elif fields[0] == "said" and len(fields) == 4:
            # speech-dispatcher joins a text's lines with spaces already; collapse what is left.
            said.append(Utterance(fields[1], fields[2], " ".join(fields[3].split())))
    return said


Heard = list[tuple[str, list[Utterance]]]


def problems(language: str, heard: Heard) -> list[str]:
    """Why ``heard``, the walk's steps with what was said at each, is not a walk heard in ``language``."""
    found = []
    if not heard:
        return ["nothing was heard: the walk did not start"]
    for what, said in heard:
        if not any(u.text.strip() for u in said):
            found.append(f"no speech at {what!r}")
    total = sum(len(u.text) for _, said in heard for u in said)
    if total < MIN_CHARACTERS:
        found.append(f"{total} characters heard along the whole walk, fewer than {MIN_CHARACTERS}")
    # One line for each wrong language and each voice that failed, with where it first happened.
    others: dict[str, list[tuple[str, Utterance]]] = {}
    unspoken: dict[str, list[tuple[str, Utterance]]] = {}
    for what, said in heard:
        for utterance in said:
            # "it" or a dialect of it ("it-IT"), as speech-dispatcher names languages.
            if utterance.language.split("-")[0].lower() != language.lower():
                others.setdefault(utterance.language, []).append((what, utterance))
            if not utterance.spoken:
                unspoken.setdefault(utterance.voice, []).append((what, utterance))
    for other, where_said in others.items():
        what, first = where_said[0]
        count = f"{len(where_said)} of the texts, the first at {what!r}: {first.text!r}"
        found.append(f"asked in {other!r}, not {language!r}: {count}")
    for voice, where_said in unspoken.items():
        what, first = where_said[0]
        count = f"{len(where_said)} of the texts, the first at {what!r}: {first.text!r}"
        found.append(f"not said by espeak-ng's voice {voice!r}: {count}")
    return found


def transcript(language: str, heard: Heard, found: Sequence[str], versions: str) -> str:
    voices = {(u.language, u.voice) for _, said in heard for u in said}
    lines = [
        f"What speech-dispatcher was asked to say, in {language}, along one walk (tools/orca_check.py)",
        f"{versions}; locale {LOCALES[language]}",
        "Language and voice asked for: "
        + (", ".join(f"{lang} (espeak-ng voice {voice})" for lang, voice in sorted(voices)) or "none"),
        f"What Orca sent, for comparison: orca-debug-{language}.log, its SPEECH OUTPUT lines",
        "",
    ]
    for what, said in heard:
        lines.append(f"## {what}")
        for u in said:
            note = "" if u.spoken else "  [espeak-ng could not say it]"
            lines.append(f"    {u.text}{note}" if len(voices) < 2 else f"    [{u.language}] {u.text}{note}")
        lines.append("")
    if found:
        lines += ["FAILED:", *(f"- {problem}" for problem in found)]
    else:
        lines.append("Passed: every step was heard, in the walk's language.")
    return "\n".join(lines) + "\n"


# -- speech-dispatcher of the run's own ----------------------------------------------------------

# The output module: sd_generic runs this shell command for each text, with $LANGUAGE, $VOICE and
# $DATA filled in ($DATA quoted by the module). The record is written first: a text Orca
# interrupts (the module kills the command) was still begun. (Backslashes doubled: the
# configuration's reader takes one away.)
SYNTHESIZE = (
    r"printf 'said\\037%s\\037%s\\037%s\\036' \'$LANGUAGE\' \'$VOICE\' \'$DATA\' >> RECORD; "
    r"printf %s \'$DATA\' | espeak-ng -v $VOICE --stdin -w /dev/null 2>/dev/null "
    r"|| printf 'failed\\036' >> RECORD"
)
# The voice types a client may ask for: every one is the language's espeak-ng voice.
VOICE_TYPES = ("MALE1", "MALE2", "MALE3", "FEMALE1", "FEMALE2", "FEMALE3", "CHILD_MALE", "CHILD_FEMALE")


def speech_dispatcher_config(folder: Path, language: str, record: Path, log_dir: Path) -> Path:
    """speechd.conf and the output module's configuration in ``folder``; returns ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    module = [
        "# tools/orca_check.py: write down each text, then say it with espeak-ng into /dev/null.",
        'GenericExecuteSynth "{}"'.format(SYNTHESIZE.replace("RECORD", shlex.quote(str(record)))),
        'GenericCmdDependency "espeak-ng"',
        # One text, one record, as Orca sent it: the module would otherwise cut a text at its first
        # full stop and at every few hundred characters. The unit separator never ends a sentence.
        "GenericMaxChunkLength 1000000",
        f'GenericDelimiters "{UNIT}"',
    ]
    for code, voice in VOICES.items():
        module.append(f'GenericLanguage "{code}" "{code}" "utf-8"')
        module += [f'AddVoice "{code}" "{kind}" "{voice}"' for kind in VOICE_TYPES]
    (folder / "transcript.conf").write_text("\n".join(module) + "\n", encoding="utf-8")
    speechd = [
        "# tools/orca_check.py: a speech-dispatcher of one check's own, without a sound card.",
        f'LogDir "{log_dir}"',
        "LogLevel 3",
        # Every module opens the audio output when it starts, even one that never plays: ALSA's
        # null device (alsa-lib's own configuration) takes the sound and needs no card.
        'AudioOutputMethod "alsa"',
        'AudioALSADevice "null"',
        # As Debian's speechd.conf: the punctuation and symbols a user's speech-dispatcher says in words.
        "DefaultVolume 100",
        'SymbolsPreproc "char"',
        *(
            f'SymbolsPreprocFile "{name}"'
            for name in ("gender-neutral.dic", "font-variants.dic", "symbols.dic", "emojis.dic", "orca.dic")
        ),
        'SymbolsPreprocFile "orca-chars.dic"',
        f'DefaultLanguage "{language}"',
        f'AddModule "transcript" "sd_generic" "{folder / "transcript.conf"}"',
        'DefaultModule "transcript"',
        # A client that cannot connect must not start a speech-dispatcher no one stops.
        "DisableAutoSpawn",
    ]
    (folder / "speechd.conf").write_text("\n".join(speechd) + "\n", encoding="utf-8")
    return folder


def speech_dispatcher_command(config: Path, socket: Path, log_dir: Path) -> list[str]:
    return [
        "speech-dispatcher",
        "--run-single",  # in the foreground, a child of the check's
        "--config-dir",
        str(config),
        "--communication-method",
        "unix_socket",
        "--socket-path",
        str(socket),
        "--log-dir",
        str(log_dir),
        "--timeout",
        "0",  # Orca may be quiet a while; the check stops it
    ]


def orca_command(debug_log: Path) -> list[str]:
    # Never --replace: it kills every Orca of the user, the one on their desktop too.
    return ["orca", f"--debug-file={debug_log}"]


# Orca refuses to start while another Orca of the same user runs anywhere (it asks
# `pgrep -u <uid> -x orca`): the check's Orca looks only in its own session, which it leads.
PGREP_SHIM = """#!/bin/sh
# tools/orca_check.py: Orca's search for other Orcas, in its own session only.
exec {pgrep} -s 0 "$@"
"""


# -- processes ------------------------------------------------------------------------------------


class Processes:
    """What the check starts, each in a session of its own, stopped with everything it started."""

    def __init__(self, marker: str) -> None:
        # In every environment the check gives: what a D-Bus activation or a daemon started
        # carries it too, and is found by it at the end.
        self.marker = marker
        self.started: list[subprocess.Popen[Any]] = []

    def start(self, command: list[str], env: dict[str, str], **options: Any) -> subprocess.Popen[Any]:
        options.setdefault("stdout", subprocess.DEVNULL)
        options.setdefault("stderr", subprocess.DEVNULL)
        process = subprocess.Popen(command, env=env, start_new_session=True, **options)
        self.started.append(process)
        return process

    def stop(self) -> None:
        for process in reversed(self.started):
            _signal_group(process.pid, signal.SIGTERM)
        deadline = time.monotonic() + 10
        for process in reversed(self.started):
            with suppress(subprocess.TimeoutExpired):
                process.wait(max(0.1, deadline - time.monotonic()))
            _signal_group(process.pid, signal.SIGKILL)
            process.wait()
        self.started.clear()

    def sweep(self) -> None:
        """Kill what is left with the check's marker: what a D-Bus activation started, or what left its session."""
        deadline = time.monotonic() + 10
        while (left := marked(self.marker)) and time.monotonic() < deadline:
            for pid in left:
                with suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
            # Killed is not yet gone: until it is, its environment still reads.
            time.sleep(0.1)


def _signal_group(pid: int, signum: int) -> None:
    with suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signum)


def marked(marker: str) -> list[int]:
    """The processes whose environment holds ``marker`` (Linux's /proc: Orca is Linux's)."""
    needle = b"\0" + marker.encode() + b"\0"
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            environ = (entry / "environ").read_bytes()
        except OSError:
            continue  # gone, or another user's
        if needle in b"\0" + environ:
            found.append(int(entry.name))
    return found


class Focus:
    """Where the focus is, as the AT-SPI client hears it move."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.moves: list[dict[str, Any]] = []
        self._lines: queue.Queue[dict[str, Any]] = queue.Queue()
        assert process.stdout is not None
        self._stdout = process.stdout
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self._stdout:
            message = json.loads(line)
            if message.get("event") == "object:state-changed:focused" and message["detail1"]:
                self.moves.append(message["source"])
            self._lines.put(message)

    def wait_ready(self) -> None:
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            try:
                if "ready" in self._lines.get(timeout=1):
                    return
            except queue.Empty:
                pass
        raise CheckError("the AT-SPI client did not start")

    def wait_move(self, before: int) -> dict[str, Any] | None:
        deadline = time.monotonic() + 10
        while len(self.moves) <= before and time.monotonic() < deadline:
            time.sleep(0.05)
        return self.moves[-1] if len(self.moves) > before else None

    @property
    def current(self) -> dict[str, Any] | None:
        return self.moves[-1] if self.moves else None


def is_id(node: dict[str, Any] | None, name: str) -> bool:
    """Whether ``node`` is the widget ``name``: Qt's accessible id is the path of objectNames."""
    if node is None:
        return False
    path = node.get("id", "")
    return path == name or path.endswith("." + name)


def where(node: dict[str, Any] | None, *, with_id: bool = True) -> str:
    if node is None:
        return "nowhere"
    said = f"{node['role']} “{node['name']}”"
    return f"{said} ({node.get('id') or 'no id'})" if with_id else said


class CheckError(Exception):
    """The check could not be done: a tool did not start, or the walk lost its way."""


# -- one walk -------------------------------------------------------------------------------------


def private_locale(folder: Path, locale: str) -> Path:
    """``locale`` compiled into ``folder`` (for LOCPATH): no system locale needs to be generated."""
    name, charmap = locale.split(".")
    folder.mkdir(exist_ok=True)
    # localedef exits 1 on a mere warning: what counts is the locale written.
    compiled = subprocess.run(
        ["localedef", "--inputfile", name, "--charmap", charmap, str(folder / locale)],
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if not (folder / locale / "LC_CTYPE").exists():
        raise CheckError(f"localedef could not compile {locale}: {compiled.stderr.strip()}")
    return folder


def versions() -> str:
    def version(command: list[str]) -> str:
        try:
            # In the C locale: what a --version says does not depend on the walk's.
            env = {"PATH": os.environ.get("PATH", os.defpath)}
            run = subprocess.run(command, env=env, capture_output=True, text=True, timeout=30, check=False)
        except OSError:
            return "?"
        found = re.search(r"\d+(\.\d+)+", run.stdout)
        return found.group(0) if found else "?"

    return (
        f"Orca {version(['orca', '--version'])}, speech-dispatcher {version(['speech-dispatcher', '--version'])}, "
        f"espeak-ng {version(['espeak-ng', '--version'])}"
    )


def walk(language: str, out: Path, steps: Sequence[Step] = WALK) -> list[str]:
    """Walk in ``language``, write what was said into ``out``; return what is wrong with it."""
    home = Path(tempfile.mkdtemp(prefix="orca-check-"))
    processes = Processes(f"ORCA_CHECK_RUN={uuid.uuid4().hex}")
    out.mkdir(parents=True, exist_ok=True)
    record = home / "said"
    logs = home / "log"
    heard: Heard = []
    found: list[str] = []
    try:
        with ExitStack() as desktop:
            # Undone last: what the bus started for the run (the accessibility bus) and whatever
            # left the session it was started in.
            desktop.callback(processes.sweep)
            env = _environment(home, language, processes.marker)
            env["DISPLAY"] = desktop.enter_context(x_screen())
            env["DBUS_SESSION_BUS_ADDRESS"] = desktop.enter_context(session_bus(env))
            # Undone first: Orca, the app, speech-dispatcher, while their screen and bus are there.
            desktop.callback(processes.stop)
            socket = home / "run" / "speech-dispatcher" / "speechd.sock"
            socket.parent.mkdir(parents=True)
            env["SPEECHD_ADDRESS"] = f"unix_socket:{socket}"
            logs.mkdir()
            # Where a user's speech-dispatcher looks for its settings, should anything start one.
            config = speech_dispatcher_config(home / ".config" / "speech-dispatcher", language, record, logs)
            speechd = processes.start(speech_dispatcher_command(config, socket, logs), env)
            if not _wait(socket.exists, speechd):
                raise CheckError(f"speech-dispatcher did not start: {_last_error(logs / 'speech-dispatcher.log')}")
            # What Orca prints: why it would not start, for one.
            with (logs / "orca.out").open("w") as printed:
                orca = processes.start(orca_command(logs / "orca-debug.log"), env, stdout=printed, stderr=printed)
            if not _wait_for_speech(record, 0):
                tail = (logs / "orca.out").read_text(errors="replace").strip()[-500:]
                raise CheckError(f"Orca said nothing when it started (its 'Screen reader on.'). {tail}".strip())
            client = processes.start(
                [SYSTEM_PYTHON, str(ATSPI_CLIENT), APP_NAME],
                env,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            )
            focus = Focus(client)
            focus.wait_ready()
            # No accessibility switch: Qt turns it on by itself, as it sees a screen reader running.
            app = processes.start(
                [sys.executable, "-m", "billing_contact", "--lang", language], {**env, "QT_QPA_PLATFORM": "xcb"}
            )
            walker = Walker(record, focus, env, app.pid, heard)
            for number, step in enumerate(steps, 1):
                for process, name in ((speechd, "speech-dispatcher"), (orca, "Orca"), (app, "the app")):
                    if process.poll() is not None:
                        raise CheckError(f"{name} stopped (exit status {process.returncode}) before step {number}")
                walker.take(step, f"{number}. {step.what}")
    except CheckError as error:
        found.append(f"the walk stopped: {error}")
    finally:
        for name in ("orca-debug", "speech-dispatcher"):
            if (logs / f"{name}.log").exists():
                shutil.copyfile(logs / f"{name}.log", out / f"{name}-{language}.log")
        shutil.rmtree(home, ignore_errors=True)
    found = problems(language, heard) + found
    text = transcript(language, heard, found, versions())
    (out / f"speech-{language}.txt").write_text(text, encoding="utf-8")
    return found


def _environment(home: Path, language: str, marker: str) -> dict[str, str]:
    """What the run sets, and PATH: no variable of the user's desktop leads to it (WAYLAND_DISPLAY,
    SESSION_MANAGER, a bus's address, speech-dispatcher's)."""
    runtime = home / "run"
    runtime.mkdir(mode=0o700)
    bin_dir = home / "bin"
    bin_dir.mkdir()
    pgrep = shutil.which("pgrep")
    if pgrep is not None:
        shim = bin_dir / "pgrep"
        shim.write_text(PGREP_SHIM.format(pgrep=shlex.quote(pgrep)), encoding="utf-8")
        shim.chmod(0o755)
    locale = LOCALES[language]
    key, value = marker.split("=")
    return {
        "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', os.defpath)}",
        "HOME": str(home),
        "XDG_RUNTIME_DIR": str(runtime),
        "LOCPATH": str(private_locale(home / "locale", locale)),
        "LANG": locale,
        "LANGUAGE": f"{locale.split('.')[0]}:{language}",
        # Orca is a GTK program: on X, the run's own screen, even from a Wayland session.
        "GDK_BACKEND": "x11",
        key: value,
    }


def _wait(ready: Callable[[], bool], process: subprocess.Popen[Any]) -> bool:
    """Whether ``ready`` came true before ``process`` stopped or the time ran out."""
    deadline = time.monotonic() + TIMEOUT
    while not ready():
        if process.poll() is not None or time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


def _last_error(log: Path) -> str:
    lines = log.read_text(errors="replace").splitlines() if log.exists() else []
    # Its lines begin with the time in brackets.
    errors = [re.sub(r"^\[[^]]*\]\s*", "", line) for line in lines if "error" in line.lower()]
    return errors[-1] if errors else f"nothing in {log.name}"


def _wait_for_speech(record: Path, before: int) -> list[Utterance]:
    """What was said after the ``before`` first, once it has been quiet for a while."""
    deadline = time.monotonic() + TIMEOUT
    said = read_utterances(record)
    while len(said) <= before and time.monotonic() < deadline:
        time.sleep(0.1)
        said = read_utterances(record)
    last_change = time.monotonic()
    while time.monotonic() - last_change < QUIET and time.monotonic() < deadline:
        time.sleep(0.1)
        now = read_utterances(record)
        if len(now) != len(said):
            said, last_change = now, time.monotonic()
    return said[before:]


class Walker:
    """Takes the walk's steps with real key presses, and writes down what was said at each into ``heard``."""

    def __init__(self, record: Path, focus: Focus, env: dict[str, str], app_pid: int, heard: Heard) -> None:
        self.record = record
        self.focus = focus
        self.env = env
        self.app_pid = app_pid
        self.heard = heard

    def _xdotool(self, *args: str) -> None:
        try:
            subprocess.run(["xdotool", *args], env=self.env, check=True, timeout=TIMEOUT, capture_output=True)
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
            raise CheckError(f"xdotool {' '.join(args)} failed: {error}") from None

    def take(self, step: Step, title: str) -> None:
        if step.tab_to is not None:
            self._tab(step, title)
            return
        before = len(read_utterances(self.record))
        if step.keys:
            self._xdotool("key", "--delay", "300", *step.keys)
        if step.text:
            self._xdotool("type", "--delay", "60", step.text)
        if not step.keys and not step.text:
            # The window opens. No window manager here: give it the keyboard as one would.
            window = ("search", "--sync", "--onlyvisible", "--pid", str(self.app_pid), "--name", ".")
            self._xdotool(*window, "windowfocus", "--sync")
        self.heard.append((title, _wait_for_speech(self.record, before)))
        if step.expect is not None and not is_id(self.focus.current, step.expect):
            raise CheckError(f"after {title!r} the focus is on {where(self.focus.current)}, not on {step.expect}")

    def _tab(self, step: Step, title: str) -> None:
        key = "shift+Tab" if step.backwards else "Tab"
        for press in range(1, MAX_TABS + 1):
            before, moves = len(read_utterances(self.record)), len(self.focus.moves)
            self._xdotool("key", key)
            moved = self.focus.wait_move(moves)
            self.heard.append(
                (f"{title}, {key} {press}: {where(moved, with_id=False)}", _wait_for_speech(self.record, before))
            )
            if is_id(self.focus.current, step.tab_to or ""):
                return
        raise CheckError(f"{step.tab_to} never had the focus after {MAX_TABS} presses of {key}")


# -- the command ----------------------------------------------------------------------------------


def _stop_on_signal(signum: int, frame: object) -> None:
    # As Ctrl+C does: the walks' clean-up runs (their `finally`), then the check exits.
    raise KeyboardInterrupt


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--lang", action="append", choices=sorted(LOCALES), help="a language to walk in (default: en and it)"
    )
    parser.add_argument("out", type=Path, help="where to write the transcripts")
    options = parser.parse_args()
    for tool in (
        "Xvfb",
        "dbus-daemon",
        "orca",
        "xdotool",
        "speech-dispatcher",
        "espeak-ng",
        "localedef",
        SYSTEM_PYTHON,
    ):
        if shutil.which(tool) is None:
            print(f"{tool} is missing: run tools/system-deps orca", file=sys.stderr)
            return 1
    signal.signal(signal.SIGTERM, _stop_on_signal)
    signal.signal(signal.SIGHUP, _stop_on_signal)
    failed = False
    try:
        for language in options.lang or ["en", "it"]:
            found = walk(language, options.out)
            print(options.out / f"speech-{language}.txt", flush=True)
            for problem in found:
                print(f"  FAILED ({language}): {problem}", file=sys.stderr, flush=True)
            failed = failed or bool(found)
    except KeyboardInterrupt:
        print("Interrupted: what the check started is stopped.", file=sys.stderr)
        return 130
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
