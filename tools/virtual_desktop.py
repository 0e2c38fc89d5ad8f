"""A desktop of its own for a check that needs a real screen: a virtual X screen and a D-Bus session.

Used by tests/system/test_command_line.py and tests/system/test_atspi.py (pytest puts tools/ on the path) and by
tools/orca_check.py. Each is a context manager; leaving it stops what it started.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator, Mapping
from contextlib import contextmanager


@contextmanager
def x_screen() -> Iterator[str]:
    """A private virtual X screen (Xvfb), 1366x768 like a small laptop; yields its DISPLAY."""
    read, write = os.pipe()
    server = subprocess.Popen(
        # -noreset: by default the server resets when its last client leaves; a client that only
        # looks (xwininfo, xdotool) before the app has connected is such a last client, and an app
        # that connects during the reset fails to start ("could not connect to display"): 3 starts
        # in 500 without -noreset, none in 500 with it.
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp", "-noreset"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        # Xvfb writes the display number it took once it is ready for clients.
        with os.fdopen(read) as pipe:
            display = ":" + pipe.readline().strip()
        yield display
    finally:
        _stop(server)


@contextmanager
def session_bus(env: Mapping[str, str]) -> Iterator[str]:
    """A D-Bus session bus of its own, started with ``env``; yields its address.

    The accessibility bus starts on it by D-Bus activation (at-spi-bus-launcher), as in a desktop
    session.
    """
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address"],
        env=dict(env),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert bus.stdout is not None
        yield bus.stdout.readline().strip()
    finally:
        _stop(bus)


def _stop(process: subprocess.Popen[str] | subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
