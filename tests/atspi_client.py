"""A small AT-SPI client, as a screen reader is one: it reads the app from the accessibility bus.

Run by tests/system/test_atspi.py with the system's Python (Debian's python3-gi and gir1.2-atspi-2.0,
which the project's virtual environment does not have), so it uses nothing but the standard
library and Atspi. It speaks JSON, one object a line:

- on stdout, ``{"ready": true}`` once it listens, then one line per event from the app named on
  the command line (focus, name, description, invalid state, showing, announcement), and one line
  per answer;
- on stdin, commands: ``{"cmd": "tree"}`` answers ``{"tree": ...}``, the application and its
  windows with every object's role, name, id, description, states, attributes (a heading's level)
  and relations (``null`` while the app is not on the bus).
"""

from __future__ import annotations

import json
import sys

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402 - gi needs the version first

EVENTS = (
    "object:state-changed:focused",
    "object:state-changed:invalid-entry",
    "object:state-changed:showing",
    "object:property-change:accessible-name",
    "object:property-change:accessible-description",
    "object:announcement",
)
# The states a person's screen reader tells (or that tell whether it can reach the object).
STATES = {"focusable", "focused", "checked", "invalid-entry", "showing", "enabled", "has-popup"}


def _send(message: dict) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def _node(accessible: Atspi.Accessible, *, details: bool = False) -> dict:
    states = accessible.get_state_set()
    node = {
        "role": accessible.get_role_name(),
        "name": accessible.get_name() or "",
        # Qt's: the path of objectNames to it, the ids docs/FLOW.md lists (make orca-check steers by them).
        "id": accessible.get_accessible_id() or "",
        "description": accessible.get_description() or "",
        "states": sorted(s.value_nick for s in states.get_states() if s.value_nick in STATES),
    }
    if details:
        node["attributes"] = dict(accessible.get_attributes() or {})
        node["relations"] = [
            [relation.get_relation_type().value_nick, [target.get_name() or "" for target in _targets(relation)]]
            for relation in accessible.get_relation_set() or []
        ]
    return node


def _targets(relation: Atspi.Relation) -> list[Atspi.Accessible]:
    return [relation.get_target(i) for i in range(relation.get_n_targets())]


def _tree(accessible: Atspi.Accessible, depth: int = 0) -> dict:
    node = _node(accessible, details=True)
    children = (accessible.get_child_at_index(i) for i in range(accessible.get_child_count()))
    # Deep enough for any page; a cycle (a bug in a toolkit) must not hang the test.
    node["children"] = [_tree(child, depth + 1) for child in children if child is not None] if depth < 40 else []
    return node


def _application(name: str) -> Atspi.Accessible | None:
    desktop = Atspi.get_desktop(0)
    for index in range(desktop.get_child_count()):
        application = desktop.get_child_at_index(index)
        if application is not None and application.get_name() == name and application.get_child_count():
            return application
    return None


def main() -> int:
    app_name = sys.argv[1]
    Atspi.init()

    def on_event(event: Atspi.Event) -> None:
        try:
            if event.source.get_application().get_name() != app_name:
                return
            source = _node(event.source)
            ancestors = []
            parent = event.source.get_parent()
            while parent is not None and parent.get_role_name() != "application":
                ancestors.append(_node(parent))
                parent = parent.get_parent()
        except GLib.Error:
            return  # the object went away before it could be read: nothing a reader would get
        data = event.any_data if isinstance(event.any_data, str) else None
        _send({"event": event.type, "detail1": event.detail1, "text": data, "source": source, "ancestors": ancestors})

    listener = Atspi.EventListener.new(on_event)
    for event_type in EVENTS:
        listener.register(event_type)

    def on_command(channel: GLib.IOChannel, condition: GLib.IOCondition) -> bool:
        line = sys.stdin.readline()
        if not line:
            Atspi.event_quit()
            return False
        command = json.loads(line)
        if command["cmd"] == "tree":
            application = _application(app_name)
            _send({"tree": _tree(application) if application is not None else None})
        return True

    GLib.io_add_watch(GLib.IOChannel.unix_new(sys.stdin.fileno()), GLib.IO_IN | GLib.IO_HUP, on_command)
    _send({"ready": True})
    Atspi.event_main()
    return 0


if __name__ == "__main__":
    sys.exit(main())
