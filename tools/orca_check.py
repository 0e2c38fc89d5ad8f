"""What Orca says along one walk through the app, written down for a person to read (make orca-check).

For each language asked: a virtual screen (Xvfb), a D-Bus session of its own with its accessibility
bus, the screen reader Orca with its default settings, and the app. Then one walk with real key
presses (xdotool): the start page, Down and Return to the Admin Center step, Down and Return to a
result, Tab to "Write to the billing admin…" and Space to open the composer, Tab to the billing
admin's address, a wrong address typed and Return pressed on it, then a right one typed. What Orca sends to its speech
synthesizer (its debug log's "SPEECH OUTPUT" lines) is written to DIR/speech-<lang>.txt, step by
step; the whole debug log is kept beside it as DIR/orca-debug-<lang>.log.

Usage: python tools/orca_check.py [--lang CODE]... DIR
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

from virtual_desktop import session_bus, x_screen

# (what the person did, the keys, or text to type); None: nothing, just listen.
WALK: tuple[tuple[str, tuple[str, ...] | None, str | None], ...] = (
    ("The window opens on the start page", None, None),
    ("Down: the second way to check", ("Down",), None),
    ("Return: the Admin Center step", ("Return",), None),
    ("Down: the second answer", ("Down",), None),
    ("Return: the result", ("Return",), None),
    ("Tab, Tab, Tab: past the primary action and Copy link to 'Write to the billing admin…'", ("Tab",) * 3, None),
    ("Space: the composer opens, on the billing admin's name", ("space",), None),
    ("Tab: the billing admin's email address", ("Tab",), None),
    ("Typing an invalid address: 'someone at example' (nothing said at each key)", None, "someone at example"),
    (
        "Return with the address invalid: the rule it breaks is said, nothing is sent, the focus stays",
        ("Return",),
        None,
    ),
    ("Ctrl+A and typing a valid one: 'someone@example.com'", ("ctrl+a",), "someone@example.com"),
)
SPEECH = re.compile(r"SPEECH OUTPUT: '(.*?)'\s*(\{.*\})?$")
# Orca speaks after the event that caused it: quiet this long, it is done.
QUIET = 3.0
TIMEOUT = 30.0


def speech(log: Path) -> list[str]:
    if not log.exists():
        return []
    lines = []
    # A spoken text may span lines; its record ends with the quote before Orca's voice settings.
    for record in re.split(r"\n(?=\d\d:\d\d:\d\d\.\d+ - )", log.read_text(encoding="utf-8", errors="replace")):
        match = SPEECH.search(record.replace("\n", " "))
        if match:
            # The log indents a text's further lines: one space stands for each line break.
            lines.append(" ".join(match.group(1).split()))
    return lines


def wait_for_speech(log: Path, before: int, *, need_new: bool = True) -> list[str]:
    """The lines Orca says after the ``before`` first, once it has been quiet for a while."""
    deadline = time.monotonic() + TIMEOUT
    said = speech(log)
    while need_new and len(said) <= before and time.monotonic() < deadline:
        time.sleep(0.1)
        said = speech(log)
    last_change = time.monotonic()
    while time.monotonic() - last_change < QUIET and time.monotonic() < deadline:
        time.sleep(0.1)
        now = speech(log)
        if len(now) != len(said):
            said, last_change = now, time.monotonic()
    return said[before:]


def walk(language: str, out: Path) -> Path:
    with tempfile.TemporaryDirectory(prefix="orca-check-") as home_name:
        home = Path(home_name)
        runtime = home / "run"
        runtime.mkdir(mode=0o700)
        log = home / "orca-debug.log"
        env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "DBUS_", "AT_SPI", "XDG_"))}
        # Orca's and the app's settings of their own, the defaults a new user has.
        env.update(HOME=str(home), XDG_RUNTIME_DIR=str(runtime), LANG="C.UTF-8")
        processes: list[subprocess.Popen[str]] = []
        desktop = ExitStack()
        try:
            env["DISPLAY"] = desktop.enter_context(x_screen())
            env["DBUS_SESSION_BUS_ADDRESS"] = desktop.enter_context(session_bus(env))
            processes.append(
                subprocess.Popen(
                    ["orca", "--replace", f"--debug-file={log}"],
                    # Orca in the walk's language too (its role and state words), as a user has it.
                    env={**env, "LANGUAGE": language},
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                    text=True,
                )
            )
            wait_for_speech(log, 0)  # "Screen reader on."
            # No accessibility switch: Qt turns it on by itself, as it sees a screen reader running.
            app = subprocess.Popen(
                [sys.executable, "-m", "billing_contact", "--lang", language],
                env={**env, "QT_QPA_PLATFORM": "xcb"},
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                text=True,
            )
            processes.append(app)
            transcript = [f"What Orca said, in {language}, along one walk (tools/orca_check.py)", ""]
            for what, keys, text in WALK:
                before = len(speech(log))
                if what == WALK[0][0]:
                    # No window manager here: give the window the keyboard as one would.
                    window = ["search", "--sync", "--onlyvisible", "--pid", str(app.pid), "--name", "."]
                    subprocess.run(
                        ["xdotool", *window, "windowfocus", "--sync"],
                        env=env,
                        check=True,
                        timeout=TIMEOUT,
                    )
                if keys:
                    subprocess.run(["xdotool", "key", "--delay", "300", *keys], env=env, check=True)
                if text:
                    subprocess.run(["xdotool", "type", "--delay", "60", text], env=env, check=True)
                said = wait_for_speech(log, before)
                transcript += [f"## {what}", *(f"    {line}" for line in said), ""]
            out.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(log, out / f"orca-debug-{language}.log")
            result = out / f"speech-{language}.txt"
            result.write_text("\n".join(transcript), encoding="utf-8")
            return result
        finally:
            for process in reversed(processes):
                process.terminate()
            for process in reversed(processes):
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
            desktop.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", action="append", help="a language to walk in (default: en and it)")
    parser.add_argument("out", type=Path, help="where to write the transcripts")
    options = parser.parse_args()
    for tool in ("Xvfb", "dbus-daemon", "orca", "xdotool"):
        if shutil.which(tool) is None:
            print(f"{tool} is missing: run tools/system-deps orca", file=sys.stderr)
            return 1
    for language in options.lang or ["en", "it"]:
        print(walk(language, options.out), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
