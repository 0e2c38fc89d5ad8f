"""Heard right by a screen reader: the real app on a virtual screen, read over the AT-SPI bus.

One walk, as a blind user would take it with the keyboard: the start page, Down and Return to the
Admin Center step, Down and Return to a verdict, Tab to "Write to the billing admin…" and Space
to open the composer, Tab to the billing admin's address, a wrong address typed and Return
pressed on it twice, then a right one typed. Real key presses (xdotool, through the X server), a real
accessibility bus (at-spi2-core) and a real AT-SPI client (tests/atspi_client.py, run with the
system's Python and its Atspi bindings), so what is checked is what Orca gets. `make orca-check`
runs Orca itself along the same kind of walk, for a person to listen to.
"""

from __future__ import annotations

import json
import os
import queue
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest

from oracle import PROGRAM, START_ANSWERS, TITLES
from virtual_desktop import session_bus, x_screen

CLIENT = Path(__file__).resolve().parents[1] / "atspi_client.py"
SYSTEM_PYTHON = "/usr/bin/python3"
APP_NAME = PROGRAM
WINDOW_TITLE = TITLES["en"]
TIMEOUT = 20.0

Node = dict[str, Any]
Event = dict[str, Any]


class Client:
    """The AT-SPI client's events, as they come, and its answers to questions about the tree."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.process = process
        self.events: list[Event] = []
        self._lines: queue.Queue[dict[str, Any]] = queue.Queue()
        self._seen = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._lines.put(json.loads(line))

    def _next(self, deadline: float) -> dict[str, Any]:
        remaining = deadline - time.monotonic()
        if remaining <= 0 or self.process.poll() is not None:
            raise TimeoutError
        try:
            message = self._lines.get(timeout=remaining)
        except queue.Empty:
            raise TimeoutError from None
        if "event" in message:
            self.events.append(message)
        return message

    def wait_ready(self) -> None:
        deadline = time.monotonic() + TIMEOUT
        while "ready" not in self._next(deadline):
            pass

    def tree(self) -> Node | None:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps({"cmd": "tree"}) + "\n")
        self.process.stdin.flush()
        deadline = time.monotonic() + TIMEOUT
        while True:
            message = self._next(deadline)
            if "tree" in message:
                return message["tree"]

    def wait_tree(self, check: Callable[[Node], bool], what: str) -> Node:
        """The app's tree once ``check`` holds for it (polled: a tree has no event to wait on)."""
        deadline = time.monotonic() + TIMEOUT
        tree = None
        while time.monotonic() < deadline:
            tree = self.tree()
            if tree is not None and check(tree):
                return tree
            time.sleep(0.1)
        raise AssertionError(f"timed out waiting for {what}; last tree: {json.dumps(tree)[:2000]}")

    def expect(self, check: Callable[[Event], bool], what: str) -> Event:
        """The first event from now on (or already come, not yet taken) for which ``check`` holds."""
        deadline = time.monotonic() + TIMEOUT
        while True:
            while self._seen < len(self.events):
                event = self.events[self._seen]
                self._seen += 1
                if check(event):
                    return event
            try:
                self._next(deadline)
            except TimeoutError:
                recent = json.dumps(self.events[-5:])[:3000]
                raise AssertionError(f"timed out waiting for {what}; last events: {recent}") from None


def focus_on(role: str, name: str | None = None) -> Callable[[Event], bool]:
    def check(event: Event) -> bool:
        source = event["source"]
        return (
            event["event"] == "object:state-changed:focused"
            and event["detail1"] == 1
            and source["role"] == role
            and (name is None or source["name"] == name)
        )

    return check


# What Return says of "someone at example": the rule it breaks.
ERROR = "There is a space inside the address: an email address has none."
# Answers are heard with their letter, as the phone's walk codes name them.
START_FIRST, START_SECOND = START_ANSWERS
WRITE = "Write to the billing admin…"


def described(error: bool) -> Callable[[Event], bool]:
    """A change of the email field's description, to the error or away from it."""

    def check(event: Event) -> bool:
        return (
            event["event"] == "object:property-change:accessible-description"
            and event["source"]["name"] == "Billing admin's email address"
            and (event["text"] or "").startswith(ERROR) == error
        )

    return check


def walk_tree(node: Node) -> Iterator[Node]:
    yield node
    for child in node["children"]:
        yield from walk_tree(child)


def find(tree: Node, role: str, name: str) -> Node:
    found = [node for node in walk_tree(tree) if node["role"] == role and node["name"] == name]
    assert found, f"no {role} named {name!r}"
    return found[0]


def reading(node: Node) -> str:
    """What a reader reading ``node`` from top to bottom meets: the names of what is showing."""
    parts = [n["name"] for n in walk_tree(node) if "showing" in n["states"] and n["name"] and n["role"] != "filler"]
    return "\n".join(parts)


def xdotool(*args: str, env: dict[str, str]) -> None:
    subprocess.run(["xdotool", *args], env=env, check=True, timeout=TIMEOUT)


@pytest.fixture(scope="module")
def session() -> Iterator[dict[str, Any]]:
    """A virtual screen, a D-Bus session with its accessibility bus, the client, and the app."""
    for tool in ("Xvfb", "dbus-daemon", "xdotool", SYSTEM_PYTHON):
        assert shutil.which(tool), f"{tool} is missing: `make test` installs it (tools/system-deps test)"
    check = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import gi; gi.require_version('Atspi', '2.0'); from gi.repository import Atspi"],
        capture_output=True,
        check=False,
    )
    assert check.returncode == 0, "the system Python has no Atspi: `make test` installs gir1.2-atspi-2.0 and python3-gi"
    processes: list[subprocess.Popen[Any]] = []
    runtime = tempfile.mkdtemp(prefix="billing-contact-atspi-")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "DBUS_", "AT_SPI"))}
    env["XDG_RUNTIME_DIR"] = runtime
    desktop = ExitStack()
    try:
        env["DISPLAY"] = desktop.enter_context(x_screen())
        env["DBUS_SESSION_BUS_ADDRESS"] = desktop.enter_context(session_bus(env))
        client_process = subprocess.Popen(
            [SYSTEM_PYTHON, str(CLIENT), APP_NAME],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        processes.append(client_process)
        client = Client(client_process)
        client.wait_ready()
        app = subprocess.Popen(
            [sys.executable, "-m", "billing_contact", "--lang", "en"],
            # Qt talks to the accessibility bus only when asked: a screen reader asks through
            # the bus's IsEnabled; here it is asked outright.
            env={**env, "QT_QPA_PLATFORM": "xcb", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1"},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        processes.append(app)
        client.wait_tree(lambda tree: any(n["role"] == "frame" for n in tree["children"]), "the app's window")
        # No window manager here: give the window the keyboard as one would.
        xdotool("search", "--sync", "--name", f"^{WINDOW_TITLE}$", "windowfocus", "--sync", env=env)
        yield {"client": client, "env": env, "app": app}
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


@pytest.fixture(scope="module")
def walk(session: dict[str, Any]) -> dict[str, Any]:
    """The walk, done once; what the reader got at each stop, for the tests below to check."""
    client: Client = session["client"]
    env = session["env"]
    seen: dict[str, Any] = {}

    def key(*keys: str) -> None:
        xdotool("key", "--delay", "50", *keys, env=env)

    seen["start"] = client.expect(focus_on("radio button", START_FIRST), "the focus on the start page's first answer")
    seen["start tree"] = client.tree()
    key("Down")
    seen["down"] = client.expect(focus_on("radio button", START_SECOND), "Down to the second answer")
    # What the reader is told of the answer's state once the key's work is done.
    seen["down tree"] = client.wait_tree(
        lambda tree: "focused" in find(tree, "radio button", START_SECOND)["states"], "the second answer focused"
    )
    key("Return")
    seen["step"] = client.expect(
        focus_on("radio button", "A. You are redirected to your account's Subscriptions page"),
        "the Admin Center step's first answer",
    )
    seen["step tree"] = client.tree()
    key("Down")
    client.expect(focus_on("radio button", None), "Down on the Admin Center step")
    key("Return")
    seen["verdict"] = client.expect(focus_on("heading", None), "the verdict's headline")
    seen["verdict tree"] = client.tree()
    # The composer is a secondary action: Tab to it (past the primary one), Space opens it.
    for _ in range(12):
        key("Tab")
        focused = client.expect(lambda event: focus_on(event["source"]["role"])(event), "Tab")["source"]["name"]
        if focused == WRITE:
            break
    assert focused == WRITE, f"Tab never reached {WRITE!r}"
    key("space")
    client.expect(focus_on("text", "Billing admin's name"), "the composer, on the billing admin's name")
    key("Tab")
    seen["address"] = client.expect(focus_on("text", "Billing admin's email address"), "the address field")
    xdotool("type", "--delay", "20", "someone at example", env=env)
    # Return with the address wrong: nothing is sent, the composer stays, the focus too, and the
    # field says why; not before, at every key typed.
    key("Return")
    seen["invalid"] = client.expect(described(True), "the error told at the field on Return")
    client.tree()  # what else the app sent meanwhile, read
    seen["told once"] = [event for event in client.events if described(True)(event)]
    # ...and again on Return again.
    key("Return")
    seen["again"] = client.expect(described(True), "the error told again on Return")
    seen["invalid tree"] = client.wait_tree(
        lambda tree: "focused" in find(tree, "text", "Billing admin's email address")["states"],
        "the address field still focused after Return",
    )
    key("ctrl+a")
    xdotool("type", "--delay", "20", "someone@example.com", env=env)
    seen["valid"] = client.expect(described(False), "the error gone from the field")
    seen["valid tree"] = client.tree()
    seen["every tree"] = [seen[name] for name in ("start tree", "step tree", "verdict tree", "invalid tree")]
    return seen


WORDS = re.compile(r"\w{2,}")


def test_every_focusable_object_has_a_name_made_of_words(walk) -> None:
    for tree in walk["every tree"]:
        for node in walk_tree(tree):
            if "focusable" in node["states"] and "showing" in node["states"]:
                name = node["name"]
                assert WORDS.search(name), f"{node['role']} named {name!r}"
                assert not re.search(r"[<>]", name), f"{node['role']} named {name!r}: punctuation read aloud"


def test_the_wizard_buttons_are_named_by_their_words(walk) -> None:
    names = {n["name"] for n in walk_tree(walk["step tree"]) if n["role"] == "push button" and "showing" in n["states"]}
    assert {"Back", "Next", "Cancel", "Help"} <= names, names


def test_no_label_repeats_the_name_of_the_object_it_belongs_to(walk) -> None:
    for tree in walk["every tree"]:
        for node in walk_tree(tree):
            for child in node["children"]:
                if child["role"] == "label" and child["name"] and node["role"] != "filler":
                    assert child["name"] != node["name"], f"{node['role']} {node['name']!r} is read twice"


def _context(event: Event) -> str:
    """What a screen reader says before the focused object: its named containers, outermost first."""
    return "\n".join(a["name"] for a in reversed(event["ancestors"]) if a["name"] and a["role"] != "filler")


def test_arriving_on_a_step_its_title_and_instructions_come_before_the_first_answer(walk) -> None:
    event = walk["step"]
    tree = walk["step tree"]
    # The focused answer sits in a region named by the step's title, under its question...
    assert _context(event).split("\n")[-2:] == ["Sign in to the Admin Center", "What happens?"], _context(event)
    # ... and the region reads its instructions, then the question, then the answers.
    region = find(tree, "panel", "Sign in to the Admin Center")
    text = reading(region)
    assert "In the left navigation bar, select “Add Licenses”." in text
    assert text.index("“Add Licenses”") < text.index("What happens?") < text.index("Subscriptions page")


def test_the_start_page_is_read_from_its_title(walk) -> None:
    assert _context(walk["start"]).split("\n")[-2:] == [
        "Who is the billing contact for my account?",
        "How do you want to check?",
    ]


def test_the_first_arrow_key_chooses_and_the_question_is_not_read_again(walk) -> None:
    answer = find(walk["down tree"], "radio button", START_SECOND)
    assert "checked" in answer["states"]

    # Within the same question, nothing is said before the answer but the answer.
    def context(event: Event) -> list[tuple[str, str]]:
        return [(a["role"], a["name"]) for a in event["ancestors"]]

    assert context(walk["down"]) == context(walk["start"])


def test_the_verdict_headline_is_a_heading_followed_by_why_and_what_to_do(walk) -> None:
    headline = walk["verdict"]["source"]
    assert headline["name"] == "You are not the billing admin"
    # Read after the headline: why, then what to do.
    description = headline["description"]
    assert description.startswith("The Admin Center's message names your billing admin"), headline
    assert description.index("names your billing admin") < description.index("What to do next: To ask for product")
    text = reading(walk["verdict tree"])
    assert (
        text.index("You are not the billing admin")
        < text.index("The Admin Center's message")
        < text.index("What to do next:")
    )


def test_an_invalid_address_is_told_at_its_field_and_the_telling_goes_with_it(walk) -> None:
    # Told as it appears, by the field that has the focus (a screen reader speaks a change of the
    # focused object's description), and kept there for whoever comes back to the field.
    assert "focused" in walk["invalid"]["source"]["states"]
    assert "focused" in walk["again"]["source"]["states"]
    # Once for the first Return, not twice.
    assert len(walk["told once"]) == 1
    field = find(walk["invalid tree"], "text", "Billing admin's email address")
    assert field["description"].startswith(ERROR)
    # ... and shown under it, in the composer that Return left open.
    composer = next(n for n in walk_tree(walk["invalid tree"]) if n["name"] == "Write to the billing admin")
    assert any(n["name"].startswith(ERROR) and "showing" in n["states"] for n in walk_tree(composer))
    # Gone with the error. (Qt gives a field without a description its placeholder as one.)
    valid = find(walk["valid tree"], "text", "Billing admin's email address")
    assert ERROR not in valid["description"]


def test_the_accessibility_bus_leaves_no_noise_in_the_users_log(session, walk) -> None:
    del walk
    app = session["app"]
    app.terminate()
    _, stderr = app.communicate(timeout=10)
    assert "GetApplicationBusAddress" not in stderr
    assert "WARNING" not in stderr, stderr
