"""The whole map, heard by a screen reader: the real app on a virtual screen, read over the AT-SPI
bus, as a blind user opens it with the keyboard (F1, Tab to "Show the map…", Space) and goes from
box to box (Tab, Left). Each box is an object of its own with its name and description, which
boxes drawn as graphics items would not be.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack
from typing import Any

import pytest
from test_atspi import APP_NAME, CLIENT, SYSTEM_PYTHON, Client, focus_on, walk_tree, xdotool

from oracle import CODES, HEADLINES, PATHS, TITLES
from virtual_desktop import session_bus, x_screen

BOX = "list item"
CURRENT = f"Result: {HEADLINES['en']['corporate_billing_admin']}, walk code B-C-A"


def _window(client: Client, title: str, env: dict[str, str]) -> None:
    """Give the window ``title`` the keyboard, as a window manager would (there is none here),
    once it shows: a window focused before X maps it refuses the focus."""
    client.wait_tree(
        lambda tree: any(node["name"] == title and "showing" in node["states"] for node in tree["children"]),
        f"the window {title!r}",
    )
    xdotool("search", "--sync", "--onlyvisible", "--name", f"^{title}$", "windowfocus", "--sync", env=env)


@pytest.fixture(scope="module")
def heard() -> Iterator[dict[str, Any]]:
    """The app opened on the walk B-C-A, its map opened and walked with the keyboard."""
    for tool in ("Xvfb", "dbus-daemon", "xdotool", SYSTEM_PYTHON):
        assert shutil.which(tool), f"{tool} is missing: `make test` installs it (tools/system-deps test)"
    processes: list[subprocess.Popen[Any]] = []
    runtime = tempfile.mkdtemp(prefix="billing-contact-atspi-map-")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "DBUS_", "AT_SPI"))}
    env["XDG_RUNTIME_DIR"] = runtime
    desktop = ExitStack()
    seen: dict[str, Any] = {}
    try:
        env["DISPLAY"] = desktop.enter_context(x_screen())
        env["DBUS_SESSION_BUS_ADDRESS"] = desktop.enter_context(session_bus(env))
        client_process = subprocess.Popen(
            [SYSTEM_PYTHON, str(CLIENT), APP_NAME], env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        processes.append(client_process)
        client = Client(client_process)
        client.wait_ready()
        app = subprocess.Popen(
            [sys.executable, "-m", "billing_contact", "--lang", "en", "--walk", "B-C-A"],
            env={**env, "QT_QPA_PLATFORM": "xcb", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1"},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        processes.append(app)
        client.wait_tree(lambda tree: any(n["role"] == "frame" for n in tree["children"]), "the app's window")
        _window(client, TITLES["en"], env)
        client.expect(focus_on("heading", None), "the verdict's headline")

        def key(*keys: str) -> None:
            xdotool("key", "--delay", "50", *keys, env=env)

        key("F1")
        _window(client, "Help", env)
        focused = client.expect(focus_on("push button", None), "the Help box's default button")["source"]["name"]
        for _ in range(6):
            if focused == "Show the map…":
                break
            key("Tab")
            focused = client.expect(lambda event: focus_on(event["source"]["role"])(event), "Tab")["source"]["name"]
        assert focused == "Show the map…", "Tab never reached Show the map…"
        key("space")
        _window(client, "Map of every walk", env)
        seen["opened"] = client.expect(focus_on(BOX, CURRENT), "the map, on the result of the walk")
        key("Tab")
        seen["tab"] = client.expect(focus_on(BOX, None), "Tab to the next box")
        key("Left")
        seen["left"] = client.expect(focus_on(BOX, None), "Left to the step it is an answer of")
        seen["tree"] = client.tree()
        yield seen
    finally:
        for process in reversed(processes):
            process.terminate()
        for process in reversed(processes):
            try:
                process.communicate(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
        desktop.close()
        shutil.rmtree(runtime, ignore_errors=True)


def test_the_map_opens_on_the_result_of_the_walk_and_says_how_it_was_reached(heard) -> None:
    source = heard["opened"]["source"]
    assert source["description"] == "Answer A: Yes, I signed in On your walk."
    # Read in the map's list, in its window.
    names = [ancestor["name"] for ancestor in heard["opened"]["ancestors"]]
    assert "Map of every walk" in names


def test_tab_and_left_go_from_box_to_box(heard) -> None:
    assert heard["tab"]["source"]["name"] == "Result: You are not the billing admin, walk code B-C-B"
    assert heard["tab"]["source"]["description"] == "Answer B: No, I cannot sign in"
    assert heard["left"]["source"]["name"] == "Step 3, Sign in to the Corporate Billing Portal, reached by answer C"


def test_every_box_is_an_object_with_its_name(heard) -> None:
    boxes = [node for node in walk_tree(heard["tree"]) if node["role"] == BOX]
    names = {node["name"] for node in boxes}
    assert len(boxes) == 16
    for (_, verdict), code in zip(PATHS, CODES, strict=True):
        assert f"Result: {HEADLINES['en'][verdict]}, walk code {code}" in names
    assert "Step 1, Who is the billing contact for my account?" in names
    assert all("focusable" in node["states"] for node in boxes)
