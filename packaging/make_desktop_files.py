"""Write what a user reads before starting the app from resources/listing.json (make desktop-files).

    python packaging/make_desktop_files.py                  write the generated files into the tree
    python packaging/make_desktop_files.py --check          exit 1, naming them, if any is stale
    python packaging/make_desktop_files.py --control-description
                                                            print the .deb's Description field

One source for every language, so that the desktop entry, the AppStream metainfo, the Windows
installer's texts and the .deb's description cannot say different things. The app id and the
languages come from the package, whose ``__init__`` imports no Qt: packaging/build-deb runs this
with the system's python3, standard library only.
"""

from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from generated_files import write_or_check

# The package, from this checkout: the script runs before any virtual environment exists.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "gui"))

from billing_contact import APP_ID, HOMEPAGE, LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
LISTING = ROOT / "resources" / "listing.json"
PROGRAM = "billing-contact-assistant"
DEVELOPERS = "Billing Contact Assistant developers"

# The files written, relative to the repository root.
DESKTOP = Path("resources") / f"{APP_ID}.desktop"
METAINFO = Path("resources") / f"{APP_ID}.metainfo.xml"
INNO_MESSAGES = Path("packaging") / "windows" / "messages.iss"

# Inno Setup's message file for each language the app speaks (they ship with Inno Setup 6).
INNO_LANGUAGE_FILES = {
    "en": "compiler:Default.isl",
    "it": "compiler:Languages\\Italian.isl",
    "de": "compiler:Languages\\German.isl",
    "fr": "compiler:Languages\\French.isl",
    "es": "compiler:Languages\\Spanish.isl",
    "pt_BR": "compiler:Languages\\BrazilianPortuguese.isl",
    "nl": "compiler:Languages\\Dutch.isl",
}


def load(path: Path = LISTING) -> dict:
    return checked(json.loads(path.read_text(encoding="utf-8")), path.name)


def checked(listing: dict, source: str = LISTING.name) -> dict:
    """``listing``, once each of its texts is known to be in every language the app speaks, in order."""
    languages = list(LANGUAGES)
    for key in ("name", "generic_name", "comment", "keywords", "summary", "description"):
        if list(listing[key]) != languages:
            raise ValueError(f"{source}: {key} has {list(listing[key])}, not every language in {languages} in order")
    return listing


def _localized(key: str, texts: dict[str, str]) -> list[str]:
    """``key`` in every language; a regional one (pt_BR) also under its bare language (pt) when no
    other variant of it ships, as the app itself speaks it to any Portuguese desktop: a desktop in
    pt_PT looks up Name[pt_PT], then Name[pt], then Name."""
    lines = [f"{key}={text}" if language == "en" else f"{key}[{language}]={text}" for language, text in texts.items()]
    bare = [language.partition("_")[0] for language in texts]
    for language, text in texts.items():
        base, _, region = language.partition("_")
        if region and base not in texts and bare.count(base) == 1:
            lines.append(f"{key}[{base}]={text}")
    return lines


def desktop_entry(listing: dict) -> str:
    lines = [
        "# Generated from resources/listing.json by packaging/make_desktop_files.py: edit that file.",
        "[Desktop Entry]",
        "Type=Application",
        *_localized("Name", listing["name"]),
        *_localized("GenericName", listing["generic_name"]),
        *_localized("Comment", listing["comment"]),
        *_localized("Keywords", {lang: ";".join(words) + ";" for lang, words in listing["keywords"].items()}),
        f"Icon={APP_ID}",
        f"Exec={PROGRAM}",
        "Terminal=false",
        "Categories=Office;Finance;",
        "StartupNotify=true",
        "# The window's X11 class (Qt's application name): lets docks without _GTK_APPLICATION_ID support",
        "# match the window to this entry, and so show its icon.",
        f"StartupWMClass={PROGRAM}",
    ]
    return "\n".join(lines) + "\n"


def _lang(language: str) -> str:
    return "" if language == "en" else f" xml:lang={quoteattr(language)}"


def metainfo(listing: dict) -> str:
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<!-- Generated from resources/listing.json by packaging/make_desktop_files.py: edit that file.",
        "     AppStream metainfo, what software centres show; the tests validate it (appstreamcli). -->",
        '<component type="desktop-application">',
        f"  <id>{APP_ID}</id>",
        "  <metadata_license>MIT</metadata_license>",
        "  <project_license>MIT</project_license>",
    ]
    out += [f"  <name{_lang(lang)}>{escape(text)}</name>" for lang, text in listing["name"].items()]
    out += [f"  <summary{_lang(lang)}>{escape(text)}</summary>" for lang, text in listing["summary"].items()]
    out.append("  <description>")
    # AppStream pairs each translated paragraph with the English one before it.
    paragraphs = listing["description"]
    for number in range(len(paragraphs["en"])):
        for lang, texts in paragraphs.items():
            wrapped = textwrap.fill(
                escape(texts[number]), width=96, initial_indent="      ", subsequent_indent="      "
            )
            out += [f"    <p{_lang(lang)}>", wrapped, "    </p>"]
    out.append("  </description>")
    out.append("  <keywords>")
    for lang, words in listing["keywords"].items():
        out += [f"    <keyword{_lang(lang)}>{escape(word)}</keyword>" for word in words]
    out.append("  </keywords>")
    out += [
        f'  <launchable type="desktop-id">{APP_ID}.desktop</launchable>',
        f'  <url type="homepage">{HOMEPAGE}</url>',
        # AppStream 1.0's developer, named by the reverse domain the app id starts with.
        f'  <developer id="{APP_ID.rsplit(".", 1)[0]}">',
        f"    <name>{DEVELOPERS}</name>",
        "  </developer>",
        "  <provides>",
        f"    <binary>{PROGRAM}</binary>",
        "  </provides>",
        '  <content_rating type="oars-1.1"/>',
        "  <releases>",
        *(f'    <release version="{r["version"]}" date="{r["date"]}"/>' for r in listing["releases"]),
        "  </releases>",
        "</component>",
    ]
    return "\n".join(out) + "\n"


def inno_messages(listing: dict) -> str:
    """The installer's languages and the texts it takes from the listing, for #include."""
    out = [
        "; Generated from resources/listing.json by packaging/make_desktop_files.py: edit that file.",
        "; Included by billing-contact-assistant.iss. UTF-8, which Inno Setup 6.3 and later read as such.",
        "",
        "[Languages]",
    ]
    missing = [lang for lang in LANGUAGES if lang not in INNO_LANGUAGE_FILES]
    if missing:
        raise ValueError(f"INNO_LANGUAGE_FILES names no Inno Setup messages file for {', '.join(missing)}")
    out += [f'Name: "{lang}"; MessagesFile: "{INNO_LANGUAGE_FILES[lang]}"' for lang in LANGUAGES]
    out += ["", "[CustomMessages]"]
    for lang in LANGUAGES:
        out.append(f"{lang}.AppComment={listing['comment'][lang]}")
    return "\n".join(out) + "\n"


def control_description(listing: dict) -> str:
    """The .deb's Description field: the English summary, then the description (deb-control(5))."""
    lines = [listing["summary"]["en"]]
    for number, paragraph in enumerate(listing["description"]["en"]):
        if number:
            lines.append(" .")
        lines += textwrap.wrap(paragraph, width=79, initial_indent=" ", subsequent_indent=" ")
    return "\n".join(lines)


def generated(listing: dict) -> dict[Path, str]:
    return {DESKTOP: desktop_entry(listing), METAINFO: metainfo(listing), INNO_MESSAGES: inno_messages(listing)}


def main(arguments: list[str]) -> int:
    if arguments not in ([], ["--check"], ["--control-description"]):
        print(__doc__, file=sys.stderr)
        return 2
    try:
        listing = load()
        if arguments == ["--control-description"]:
            print(control_description(listing))
            return 0
        files = generated(listing)
    except ValueError as error:
        print(f"make_desktop_files: {error}", file=sys.stderr)
        return 1
    return write_or_check(ROOT, files, check=arguments == ["--check"], chore="desktop-files")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
