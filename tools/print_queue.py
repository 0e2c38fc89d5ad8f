"""A print queue of its own, to check that the app really prints (tests, make package-check).

    python3 tools/print_queue.py start FOLDER   starts it; prints the CUPS_SERVER value to use
    python3 tools/print_queue.py jobs FOLDER    one line per job: its title, then its pages
    python3 tools/print_queue.py stop FOLDER

It runs a CUPS scheduler (cupsd, from cups-daemon; lpadmin and lpstat from cups-client) in FOLDER,
listening on a socket there, so the machine's own CUPS and its printers are never touched. Clients
reach it through the CUPS_SERVER environment variable, which libcups, and so Qt's print support,
honours. It has one printer, "check", the default, which accepts jobs but is stopped: a job stays in
the queue with its document, where `jobs` reads it, as on an office printer that is out of paper.

As root, cupsd runs its helpers as the lp user, as on any Debian system; as another user, it runs
everything as that user (CUPS's own test suite does the same).
"""

from __future__ import annotations

import argparse
import grp
import os
import pwd
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import NamedTuple

PRINTER = "check"
SCHEDULER = "/usr/sbin/cupsd"

# The schedulers this process started, by folder: stop() waits for them.
_running: dict[Path, subprocess.Popen[bytes]] = {}


class Job(NamedTuple):
    id: int
    title: str
    pages: int


def server(folder: Path) -> str:
    """The CUPS_SERVER value that reaches the queue in ``folder``."""
    return str(folder.resolve() / "cups.sock")


def _client(folder: Path, *command: str) -> str:
    environment = {**os.environ, "CUPS_SERVER": server(folder)}
    return subprocess.run(command, env=environment, capture_output=True, text=True, check=True).stdout


def start(folder: Path) -> str:
    """Start the scheduler and its stopped default printer; return the CUPS_SERVER value."""
    folder = folder.resolve()
    for sub in ("spool", "cache", "state", "tmp", "log"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    files = [
        f"RequestRoot {folder / 'spool'}",
        f"CacheDir {folder / 'cache'}",
        f"StateDir {folder / 'state'}",
        f"TempDir {folder / 'tmp'}",
        f"ErrorLog {folder / 'log' / 'error_log'}",
        f"AccessLog {folder / 'log' / 'access_log'}",
        f"PageLog {folder / 'log' / 'page_log'}",
        f"ServerRoot {folder}",
    ]
    if os.getuid() != 0:
        user = pwd.getpwuid(os.getuid()).pw_name
        group = grp.getgrgid(os.getgid()).gr_name
        files += [f"User {user}", f"Group {group}", f"SystemGroup {group}"]
    (folder / "cups-files.conf").write_text("\n".join(files) + "\n", encoding="utf-8")
    scheduler = [f"Listen {server(folder)}", "Browsing No", "LogLevel warn"]
    scheduler += ["<Location />", "  Order allow,deny", "  Allow all", "</Location>"]
    (folder / "cupsd.conf").write_text("\n".join(scheduler) + "\n", encoding="utf-8")
    with (folder / "log" / "cupsd.out").open("wb") as log:
        process = subprocess.Popen(
            [SCHEDULER, "-f", "-c", str(folder / "cupsd.conf"), "-s", str(folder / "cups-files.conf")],
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    _running[folder] = process
    (folder / "cupsd.pid").write_text(str(process.pid), encoding="utf-8")
    deadline = time.monotonic() + 20
    while not Path(server(folder)).exists():
        if process.poll() is not None or time.monotonic() > deadline:
            stop(folder)
            raise RuntimeError(f"cupsd did not start: {(folder / 'log' / 'cupsd.out').read_text(errors='replace')}")
        time.sleep(0.1)
    # A device that would write the jobs somewhere; the printer is stopped, so none leaves the queue.
    _client(folder, "lpadmin", "-p", PRINTER, "-E", "-v", "file:///dev/null")
    _client(folder, "lpadmin", "-d", PRINTER)
    _client(folder, "cupsdisable", PRINTER)
    return server(folder)


def stop(folder: Path) -> None:
    folder = folder.resolve()
    pid_file = folder / "cupsd.pid"
    process = _running.pop(folder, None)
    if process is not None:
        process.terminate()
        process.wait(timeout=20)
    if not pid_file.exists():
        return
    pid = int(pid_file.read_text(encoding="utf-8"))
    try:
        os.kill(pid, signal.SIGTERM)
        for _ in range(100):
            os.kill(pid, 0)
            time.sleep(0.05)
    except ProcessLookupError:
        pass
    pid_file.unlink()


def _pdf_title(data: bytes) -> str:
    """The /Title of a PDF's document information: a literal string or UTF-16 in hex."""
    match = re.search(rb"/Title\s*(?:\((?P<literal>(?:\\.|[^\\)])*)\)|<(?P<hex>[0-9A-Fa-f\s]*)>)", data)
    if match is None:
        return ""
    if match["hex"] is not None:
        raw = bytes.fromhex(match["hex"].decode("ascii"))
        return raw.decode("utf-16") if raw.startswith((b"\xfe\xff", b"\xff\xfe")) else raw.decode("latin-1")
    literal = re.sub(rb"\\(.)", rb"\1", match["literal"])
    if literal.startswith(b"\xfe\xff"):
        return literal.decode("utf-16")
    return literal.decode("latin-1")


def jobs(folder: Path) -> list[Job]:
    """The jobs waiting in the queue, oldest first, with the title and page count of each document."""
    listed = _client(folder, "lpstat", "-o", PRINTER)
    found = []
    for job_id in (int(number) for number in re.findall(rf"^{PRINTER}-(\d+)\s", listed, re.MULTILINE)):
        document = folder / "spool" / f"d{job_id:05d}-001"
        data = document.read_bytes() if document.exists() else b""
        pages = len(re.findall(rb"/Type\s*/Page\b(?!s)", data)) if data.startswith(b"%PDF") else 0
        found.append(Job(job_id, _pdf_title(data), pages))
    return found


def main(arguments: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("command", choices=("start", "jobs", "stop"))
    parser.add_argument("folder", type=Path)
    options = parser.parse_args(arguments)
    if options.command == "start":
        print(start(options.folder))
    elif options.command == "jobs":
        for job in jobs(options.folder):
            print(f"{job.title}\t{job.pages}")
    else:
        stop(options.folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
