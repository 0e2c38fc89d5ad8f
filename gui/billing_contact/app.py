"""Start-up: command line, logging, the application object and the wizard."""

from __future__ import annotations

import difflib
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QCommandLineOption, QCommandLineParser, QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from . import APP_ID, __version__
from .article import ARTICLE
from .logic import maplayout, walkcode
from .logic.flow import QT_TRANSLATE_NOOP, Flow
from .services import errors, i18n, settings
from .services.icons import APP_ICON, png_icon
from .ui.wizard import BillingContactWizard

_log = logging.getLogger(__name__)


def create_wizard(language: str | None = None, parent: QWidget | None = None) -> QWizard:
    """See ``billing_contact.create_wizard``."""
    if not isinstance(QApplication.instance(), QApplication):
        raise RuntimeError("create_wizard needs a QApplication: create one first")
    return _create(_choose_language(language), parent)


def _choose_language(requested: str | None) -> i18n.LanguageChoice:
    remembered = settings.remembered_language() if not requested else None
    return i18n.choose(requested, remembered, i18n.system_ui_languages())


def _create(choice: i18n.LanguageChoice, parent: QWidget | None) -> BillingContactWizard:
    i18n.catalogs.install(choice.language)
    return BillingContactWizard(policy=settings.load_policy(), parent=parent)


def start_paths(flow: Flow = ARTICLE) -> dict[str, str]:
    """``--start`` values (``billing-center``, ``admin-center``) and the start choices they make."""
    prefix = "choice." + flow.start.removeprefix("page.") + "."
    return {c.id.removeprefix(prefix).replace("_", "-"): c.id for c in flow.step(flow.start).choices}


def _print(line: str) -> None:
    # A windowed build may have no stdout (sys.stdout is None): the exit code still tells.
    if sys.stdout is not None:
        print(line, flush=True)


PROGRAM = "billing-contact-assistant"


class Options(NamedTuple):
    lang: str | None = None
    start: str | None = None
    self_check: bool = False
    # The answers of --walk's code, page by page.
    walk: tuple[str, ...] = ()
    # Where --export-map writes the map; None to start the app.
    export_map: str | None = None


class Exit(NamedTuple):
    """What to print, and the exit code, instead of starting: help, the version, a usage error."""

    code: int
    text: str


# Qt's own options, which QApplication takes out of the arguments it is given (QApplication's and
# QGuiApplication's documentation, X11's older names included): they pass; any other is a typo.
QT_OPTIONS = frozenset(
    {
        "style", "stylesheet", "widgetcount", "reverse", "qmljsdebugger", "platform", "platformpluginpath",
        "platformtheme", "plugin", "qwindowgeometry", "qwindowicon", "qwindowtitle", "session", "display",
        "geometry", "title", "icon", "name", "dialogs", "fontengine", "nograb", "dograb", "sync", "testability",
    }
)  # fmt: skip

# The command line's messages: marked here for lupdate, translated when printed.
CONTEXT = "CommandLine"
_TRY_HELP = QT_TRANSLATE_NOOP("CommandLine", "Try '{program} --help'.")
_UNKNOWN_OPTION = QT_TRANSLATE_NOOP("CommandLine", "Unknown option {option}. The options are {options}.")
_DID_YOU_MEAN = QT_TRANSLATE_NOOP("CommandLine", "Did you mean {option}?")
_NEEDS_VALUE = QT_TRANSLATE_NOOP("CommandLine", "{option} needs a value.")
_WALK_AND_START = QT_TRANSLATE_NOOP("CommandLine", "--walk and --start each choose where to open: give one.")
_OPENS_NOTHING = QT_TRANSLATE_NOOP("CommandLine", "The walk code {code} opens nothing.")
_MAP_FORMAT = QT_TRANSLATE_NOOP(
    "CommandLine", "{file}: the map is written as SVG, PDF or PNG, by the file's extension: {extensions}."
)
_MAP_ALONE = QT_TRANSLATE_NOOP(
    "CommandLine", "--export-map writes a file and opens no window: {option} does not apply."
)
_MAP_NOT_WRITTEN = QT_TRANSLATE_NOOP("CommandLine", "Cannot write the map to {file}: {reason}")
# Said as the app says it over its window, here before the map is written in it.
_LANGUAGE_CONTEXT = "Language"
_UNKNOWN_LANGUAGE = QT_TRANSLATE_NOOP("Language", "Unknown language {code}: the available languages are {languages}.")


def _console_language(requested: str | None) -> str:
    """The language the app would speak, for the messages it prints before it has a window."""
    for candidate in (requested, settings.remembered_language(), *i18n.system_ui_languages()):
        found = i18n.normalize(candidate) if candidate else None
        if found is not None:
            return found
    return i18n.FALLBACK


def parse_command_line(arguments: list[str]) -> Options | Exit:
    """The app's options in ``arguments`` (the first is the program); Qt's own are left to Qt.

    Qt's parser, which passes Qt's own options through to QApplication. What is wrong is said in
    the language the app would speak (--lang, else the one chosen last time, else the system's).
    """
    parser = QCommandLineParser()
    parser.setApplicationDescription(
        "Find out who the billing contact (billing admin) of your GoToAssist Remote Support v5\n"
        "account is, or whether it is you. Qt's own options (such as -platform or -style) are\n"
        "passed on to Qt."
    )
    # Qt's options are words after one dash: read whole, they are unknown here, and QApplication
    # takes them out of the arguments it is given.
    parser.setSingleDashWordOptionMode(QCommandLineParser.SingleDashWordOptionMode.ParseAsLongOptions)
    help_option = parser.addHelpOption()
    version_option = parser.addVersionOption()
    lang = QCommandLineOption(
        ["lang"],
        f"The language to speak: {', '.join(i18n.LANGUAGES)} (default: the system's, else English).",
        "CODE",
    )
    start = QCommandLineOption(
        ["start"], f"Open straight on one path's first page: {', '.join(start_paths())}.", "PATH"
    )
    self_check = QCommandLineOption(
        ["self-check"],
        "Build every page in every language without showing a window, check that catalogs and icons "
        "load, print one line per check, and exit 0 if all pass, 1 otherwise.",
    )
    walk = QCommandLineOption(
        ["walk"],
        "Open the result of a walk code, such as B-A-B: the letters of the answers, as the result page "
        "shows them, in any case, with dashes (as mail programs turn them), spaces, dots or nothing between "
        "them. Back goes through its pages.",
        "CODE",
    )
    export_map = QCommandLineOption(
        ["export-map"],
        "Write the whole decision map (every step, answer and result, with the walk codes) to FILE and exit "
        "without opening a window: SVG, PDF or PNG by the file's extension, in the language of --lang, the "
        "walk of --walk highlighted. Exits 0 when written, 1 when the file cannot be written, 2 for an "
        "extension or a language it does not know.",
        "FILE",
    )
    ours = (lang, start, walk, self_check, export_map)
    for option in ours:
        parser.addOption(option)
    parsed = parser.parse(arguments)
    tr = i18n.console_translator(_console_language(parser.value(lang) or None))

    def usage_error(problem: str) -> Exit:
        hint = tr(CONTEXT, _TRY_HELP).format(program=PROGRAM)
        return Exit(2, f"{PROGRAM}: {problem}\n{hint}")

    problem = _usage_problem(parser, parsed, arguments, ours, tr)
    if problem is not None:
        return usage_error(problem)
    if parser.isSet(help_option) or parser.isSet("help-all"):
        # Without an application object Qt cannot name the program in its usage line.
        usage = parser.helpText().replace("<executable_name>", PROGRAM, 1)
        table = walkcode.help_table(ARTICLE)
        return Exit(0, f"{usage}\nWalk codes (--walk), with the answers they give and the result:\n{table}")
    if parser.isSet(version_option):
        return Exit(0, f"{PROGRAM} {__version__}")
    map_file = parser.value(export_map) if parser.isSet(export_map) else None
    if map_file is not None:
        extensions = ", ".join(f".{kind}" for kind in maplayout.FORMATS)
        if Path(map_file).suffix.lower().lstrip(".") not in maplayout.FORMATS:
            return usage_error(tr(CONTEXT, _MAP_FORMAT).format(file=map_file, extensions=extensions))
        for option in (start, self_check):
            if parser.isSet(option):
                return usage_error(tr(CONTEXT, _MAP_ALONE).format(option=f"--{option.names()[0]}"))
        requested = parser.value(lang)
        # A picture to print in the wrong language is worse than none: the window would start in
        # English and say why, a file cannot.
        if requested and i18n.normalize(requested) is None:
            return usage_error(
                tr(_LANGUAGE_CONTEXT, _UNKNOWN_LANGUAGE).format(
                    code=repr(requested), languages=", ".join(i18n.LANGUAGES)
                )
            )
    answers: tuple[str, ...] = ()
    if parser.isSet(walk):
        if parser.isSet(start):
            return Exit(2, f"{PROGRAM}: " + tr(CONTEXT, _WALK_AND_START))
        found = walkcode.decode(ARTICLE, parser.value(walk))
        if isinstance(found, walkcode.Problem):
            problem = walkcode.describe(ARTICLE, found, tr)
            typed = walkcode.shorten(parser.value(walk), walkcode.MAX_LENGTH)
            opens_nothing = tr(CONTEXT, _OPENS_NOTHING).format(code=repr(typed))
            return Exit(2, f"{PROGRAM}: {opens_nothing} {problem}")
        answers = found.choices
    return Options(
        lang=parser.value(lang) or None,
        start=parser.value(start) or None,
        self_check=parser.isSet(self_check),
        walk=answers,
        export_map=map_file,
    )


def _usage_problem(
    parser: QCommandLineParser,
    parsed: bool,
    arguments: list[str],
    ours: tuple[QCommandLineOption, ...],
    tr: Callable[[str, str], str],
) -> str | None:
    """What is wrong with how the options were given, in the user's language; None when nothing."""
    unknown = [name for name in parser.unknownOptionNames() if name not in QT_OPTIONS]
    if unknown:
        known = [option.names()[0] for option in ours] + ["help", "version"]
        problem = tr(CONTEXT, _UNKNOWN_OPTION).format(
            option=f"--{unknown[0]}", options=", ".join(f"--{name}" for name in known)
        )
        close = difflib.get_close_matches(unknown[0], known, n=1)
        if close:
            problem += " " + tr(CONTEXT, _DID_YOU_MEAN).format(option=f"--{close[0]}")
        return problem
    for option in ours:
        name = option.names()[0]
        # Given last without its value, or as --name= with none: Qt would say it in English.
        if option.valueName() and (
            arguments[-1:] in ([f"--{name}"], [f"-{name}"]) or (parser.isSet(option) and not parser.value(option))
        ):
            return tr(CONTEXT, _NEEDS_VALUE).format(option=f"--{name}")
    if not parsed and not parser.unknownOptionNames():
        return parser.errorText()
    return None


def main(argv: list[str] | None = None) -> int:
    """Run the app; return its exit code."""
    argv = list(sys.argv if argv is None else argv)
    options = parse_command_line(argv)
    if isinstance(options, Exit):
        stream = sys.stdout if options.code == 0 else sys.stderr
        # A windowed build may have neither stream: the exit code still tells.
        if stream is not None:
            print(options.text, file=stream, flush=True)
        return options.code
    if options.self_check or options.export_map:
        # Nothing is shown, so no screen is needed: IT may run this over SSH.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    identify()
    # A rotating log file in the app's data folder, and stderr when there is one (a windowed
    # build may have none); a native crash's trace beside it, the last run's kept to be told;
    # then whatever nobody catches is logged and told, not fatal.
    log_file = errors.configure_logging()
    previous_crash = None
    if options.self_check or options.export_map:
        # It shows nothing: a crash's trace is for whoever runs it, and the crash log is left to
        # the next start, which can tell what is in it.
        errors.record_native_crashes_on_console()
    elif log_file is not None:
        previous_crash = errors.keep_previous_crash(log_file.parent)
        errors.record_native_crashes(log_file.parent)
    reporter = errors.ErrorReporter(log_file)
    reporter.install()
    try:
        return _run(options, argv, previous_crash)
    finally:
        reporter.uninstall()
        errors.end_crash_log()


def identify() -> None:
    """The names Qt files the app's log, settings and desktop entry under.

    The organization's Internet domain names the settings on macOS (``settings.names()`` says
    how); its name names them everywhere else, and the log folder everywhere."""
    QApplication.setOrganizationName(settings.ORGANIZATION)
    QApplication.setOrganizationDomain(settings.ORGANIZATION_DOMAIN)
    QApplication.setApplicationName(settings.APPLICATION)
    QApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName(APP_ID)


def _run(options: Options, argv: list[str], previous_crash: Path | None = None) -> int:
    existing = QApplication.instance()
    # QApplication takes Qt's own options (-platform, -style) from the arguments.
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setWindowIcon(png_icon(APP_ICON.stem))
    if options.self_check:
        # Loaded when first used: the first page does without it (docs/ARCHITECTURE.md).
        from . import selfcheck

        return selfcheck.run(_print)
    if options.export_map:
        return _export_map(options, options.export_map)
    choice = _choose_language(options.lang)
    wizard = _create(choice, None)
    paths = start_paths()
    if options.walk:
        wizard.open_walk(options.walk)
    elif options.start in paths:
        wizard.take_path(paths[options.start])
    wizard.show()
    if previous_crash is not None:
        errors.tell_previous_crash(wizard, previous_crash)
    # Bad options are said on stderr (logged) and over the wizard, which starts all the same.
    if choice.problem is not None and options.lang:
        code = options.lang
        _notify(wizard, "dialog.unknown_language", lambda: i18n.unknown_language_message(code))
    if options.start and options.start not in paths:
        start = options.start
        _log.warning("%s", unknown_start_message(start))
        _notify(wizard, "dialog.unknown_start", lambda: unknown_start_message(start))
    return app.exec()


def _export_map(options: Options, file_name: str) -> int:
    """Write the map to ``file_name`` in the language asked for; 1, said on stderr, if it cannot."""
    # Loaded when first used: the first page does without it (docs/ARCHITECTURE.md).
    from .ui import mapview

    choice = _choose_language(options.lang)
    i18n.catalogs.install(choice.language)
    walk = maplayout.follow(ARTICLE, options.walk) if options.walk else None
    try:
        mapview.export(Path(file_name), ARTICLE, settings.load_policy(), walk)
    except OSError as error:
        message = QCoreApplication.translate(CONTEXT, _MAP_NOT_WRITTEN).format(
            file=file_name, reason=error.strerror or error
        )
        # As a usage error is said: on stderr, when there is one (a windowed build may have none).
        if sys.stderr is not None:
            print(f"{PROGRAM}: {message}", file=sys.stderr, flush=True)
        return 1
    return 0


def unknown_start_message(value: str) -> str:
    return QCoreApplication.translate(
        "App", "Unknown start {value}: use one of {paths}. The assistant starts on its first page."
    ).format(value=repr(value), paths=", ".join(start_paths()))


def _notify(parent: QWidget, name: str, text: Callable[[], str]) -> None:
    # Loaded when first used: the first page does without it (docs/ARCHITECTURE.md).
    from .services import dialogs

    dialogs.show_notice(parent, name, lambda: dialogs.Texts(parent.windowTitle(), text()))
