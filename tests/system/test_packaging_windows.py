"""Windows for IT departments: upgrades, silent deployment, Group Policy templates, signing.

The installer itself is built only on a Windows runner (the release workflow's windows job); these
tests check what it is built from: the Inno Setup script, the templates it ships, the one signing
command (run here with a stand-in SignTool), and what docs/WINDOWS.md promises IT.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from types import ModuleType
from xml.etree import ElementTree

import pytest

from PySide6.QtCore import QSettings

from billing_contact import __version__
from billing_contact.article import ARTICLE
from billing_contact.services import settings
from oracle import POLICY_KEYS
from scripts import load_script

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = ROOT / "packaging" / "windows"
POLICY = WINDOWS / "policy"
ISS = WINDOWS / "billing-contact-assistant.iss"
SIGN = ROOT / "packaging" / "sign-windows"

# Written by hand: what Group Policy, Windows and IT's tools know the app by.
POLICIES_KEY = "Software\\Policies\\BillingContactAssistant"
NAMESPACE = "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"
CULTURES = ("en-US", "it-IT", "de-DE", "fr-FR", "es-ES", "pt-BR", "nl-NL")
APP_ID = "{E4AC6CBD-BB2C-43E7-8EDE-827768365CFD}"
UNINSTALL_KEY = f"HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\{APP_ID}_is1"


def _admx() -> ElementTree.Element:
    return ElementTree.parse(POLICY / "BillingContactAssistant.admx").getroot()


def _adml(culture: str) -> ElementTree.Element:
    return ElementTree.parse(POLICY / culture / "BillingContactAssistant.adml").getroot()


def _q(path: str) -> str:
    """An ElementTree path in the Group Policy namespace: ``policies/policy`` as ``{ns}policies/{ns}policy``."""
    return "/".join(f"{{{NAMESPACE}}}{part}" if part not in (".", "..") else part for part in path.split("/"))


def _reference(value: str | None, kind: str) -> str:
    found = re.fullmatch(rf"\$\({kind}\.(\w+)\)", value or "")
    assert found, f"{value!r} is not a $({kind}.…) reference"
    return found.group(1)


# --- the installer script ------------------------------------------------------------------------


def _iss() -> str:
    return ISS.read_text(encoding="utf-8")


def _section(script: str, name: str) -> list[str]:
    """The entries of ``[name]``, without comments."""
    body = script.split(f"\n[{name}]\n", 1)[1].split("\n[", 1)[0]
    return [line for line in body.splitlines() if line.strip() and not line.startswith(";")]


def test_an_upgrade_first_removes_the_old_bundles_libraries() -> None:
    script = _iss()
    assert script.index("\n[InstallDelete]\n") < script.index("\n[Files]\n")
    assert 'Type: filesandordirs; Name: "{app}\\_internal"' in _section(script, "InstallDelete")
    # The app is known by the same id across versions: an upgrade replaces it in place.
    assert re.search(r"^AppId=\{\{E4AC6CBD-BB2C-43E7-8EDE-827768365CFD\}$", script, re.MULTILINE)


def test_the_uninstall_key_holds_what_detection_rules_read() -> None:
    settings_ = dict(re.findall(r"^(\w+)=(.*)$", _iss(), re.MULTILINE))
    # DisplayVersion is AppVersion; DisplayName, the same in every version; Publisher.
    assert settings_["AppVersion"] == "{#AppVersion}"
    assert settings_["UninstallDisplayName"] == "{#AppName}"
    assert settings_["AppPublisher"] == "Billing Contact Assistant developers"
    # Every install and every uninstall from Settings leaves a log, /LOG= or not.
    assert settings_["SetupLogging"] == settings_["UninstallLogging"] == "yes"
    assert "CreateUninstallRegKey" not in settings_
    assert "UninstallFilesDir" not in settings_, "docs/WINDOWS.md names {app}\\unins000.exe"


def test_the_installer_ships_the_policy_templates() -> None:
    files = _section(_iss(), "Files")
    assert (
        'Source: "policy\\*"; DestDir: "{app}\\policy"; Flags: ignoreversion recursesubdirs createallsubdirs' in files
    )
    assert (POLICY / "BillingContactAssistant.admx").is_file()


def test_the_installer_signs_with_the_one_signing_command() -> None:
    script = _iss()
    signing = script.split("#ifdef Sign\n", 1)[1].split("#endif", 1)[0]
    assert "SignTool=signtool" in signing
    assert "SignedUninstaller=yes" in signing
    build = (ROOT / "packaging" / "build-windows-installer").read_text(encoding="utf-8")
    # ISCC's "signtool" runs packaging/sign-windows through Git Bash, on the file it names ($f).
    definition = re.search(r'"/Ssigntool=(.*)"\)$', build, re.MULTILINE)
    assert definition
    assert "sign-windows" in definition.group(1)
    assert definition.group(1).endswith("\\$f")
    assert "/p " not in definition.group(1), "the keys stay in the environment"
    # ...and so does every other signature of the build: SignTool is called by sign-windows alone.
    assert re.findall(r"packaging/sign-windows\b", build)
    assert " sign /" not in build


# --- silent deployment, as docs/WINDOWS.md tells it ----------------------------------------------


def test_the_it_page_documents_silent_install_detection_and_uninstall() -> None:
    page = (ROOT / "docs" / "WINDOWS.md").read_text(encoding="utf-8")
    assert "setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /LOG=" in page
    assert 'unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /LOG=' in page
    assert UNINSTALL_KEY in page
    assert "`DisplayVersion`" in page
    assert "HKEY_LOCAL_MACHINE\\Software\\Policies\\BillingContactAssistant\\<group>" in page
    assert "HKEY_LOCAL_MACHINE\\Software\\BillingContactAssistant\\billing-contact-assistant\\<group>" in page
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "`docs/WINDOWS.md`" in readme


# --- the Group Policy templates ------------------------------------------------------------------


def _make_admx() -> ModuleType:
    return load_script(ROOT / "packaging" / "make_admx.py")


def test_the_templates_are_generated_from_the_settings_table() -> None:
    stale = [str(path) for path, text in _make_admx().generated().items() if (ROOT / path).read_text("utf-8") != text]
    assert stale == [], "run make settings-docs"
    assert sorted(path.relative_to(POLICY).as_posix() for path in POLICY.rglob("*.adm*")) == sorted(
        ["BillingContactAssistant.admx", *(f"{culture}/BillingContactAssistant.adml" for culture in CULTURES)]
    )


def test_a_stale_template_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    make = _make_admx()
    monkeypatch.setattr(make, "ROOT", tmp_path)
    assert make.main(["--check"]) == 1
    assert (
        "stale, run make settings-docs: packaging/windows/policy/BillingContactAssistant.admx"
        in capsys.readouterr().err
    )
    assert make.main([]) == 0
    assert make.main(["--check"]) == 0
    assert (tmp_path / "packaging/windows/policy/it-IT/BillingContactAssistant.adml").read_bytes() == (
        POLICY / "it-IT" / "BillingContactAssistant.adml"
    ).read_bytes()


def test_every_setting_is_a_machine_policy_under_the_policies_key() -> None:
    policies = _admx().findall(_q("policies/policy"))
    found = {}
    for policy in policies:
        assert policy.get("class") == "Machine"
        (text,) = policy.findall(_q("elements/text"))
        assert text.get("key") is None, "the value is under the policy's key"
        assert text.get("required") == "true"
        found[policy.get("key"), text.get("valueName")] = policy
    # portals/billing_center: the value billing_center of ...\Policies\BillingContactAssistant\portals.
    assert list(found) == [(f"{POLICIES_KEY}\\{key.split('/')[0]}", key.split("/")[1]) for key in POLICY_KEYS]


def test_the_text_boxes_take_what_the_app_accepts() -> None:
    lengths = {
        policy.get("name"): int(policy.find(_q("elements/text")).get("maxLength"))
        for policy in _admx().findall(_q("policies/policy"))
    }
    assert lengths == {
        "portals_billing_center": 2048,
        "portals_admin_center": 2048,
        "portals_corporate_portal": 2048,
        "product_name": 100,
        "contact_name": 100,
        "contact_email": 254,
        "contact_helpdesk_url": 2048,
        "support_url": 2048,
    }


def test_what_group_policy_writes_is_what_the_app_reads(tmp_path: Path) -> None:
    # Each policy's value, where the template writes it, in QSettings' registry layout (a key a
    # group, a value a key) emulated by an INI file: load_policy must find every one.
    values = {
        "portals/billing_center": "https://billing.goto.com",
        "portals/admin_center": "https://admin.goto.com",
        "portals/corporate_portal": "https://link.goto.com/corp-billing",
        "product/name": "GoTo Resolve",
        "contact/name": "IT Help Desk",
        "contact/email": "helpdesk@example.com",
        "contact/helpdesk_url": "https://helpdesk.example.com/billing",
        "support/url": "https://support.goto.com/it/remote-support/help/goto-assist-billing-user-guide",
    }
    assert tuple(values) == POLICY_KEYS
    sections: dict[str, list[str]] = {}
    for policy, key in zip(_admx().findall(_q("policies/policy")), POLICY_KEYS, strict=True):
        group = policy.get("key").removeprefix(POLICIES_KEY + "\\")
        name = policy.find(_q("elements/text")).get("valueName")
        sections.setdefault(group, []).append(f"{name}={values[key]}")
    path = tmp_path / "policies.ini"
    path.write_text("".join(f"[{g}]\n" + "\n".join(lines) + "\n" for g, lines in sections.items()), encoding="utf-8")
    policy = settings.load_policy(ARTICLE, [QSettings(str(path), QSettings.Format.IniFormat)])
    assert policy.urls == {
        "billing_center": "https://billing.goto.com",
        "admin_center": "https://admin.goto.com",
        "corporate_portal": "https://link.goto.com/corp-billing",
    }
    assert policy.product == "GoTo Resolve"
    assert policy.contact == settings.Contact(
        "IT Help Desk", "helpdesk@example.com", "https://helpdesk.example.com/billing"
    )
    assert policy.support_url == "https://support.goto.com/it/remote-support/help/goto-assist-billing-user-guide"


def test_the_app_reads_the_key_the_templates_write() -> None:
    assert settings.GROUP_POLICY_KEY == "HKEY_LOCAL_MACHINE\\" + POLICIES_KEY


@pytest.mark.parametrize("culture", CULTURES)
def test_every_reference_resolves_in_every_language(culture: str) -> None:
    admx = _admx()
    adml = _adml(culture)
    assert adml.tag == f"{{{NAMESPACE}}}policyDefinitionResources"
    strings = {string.get("id"): string.text for string in adml.findall(_q("resources/stringTable/string"))}
    presentations = {p.get("id"): p for p in adml.findall(_q("resources/presentationTable/presentation"))}
    used = set()
    for element in admx.iter():
        for attribute in ("displayName", "explainText"):
            if element.get(attribute) is not None:
                used.add(_reference(element.get(attribute), "string"))
    assert used <= set(strings), f"missing in {culture}: {used - set(strings)}"
    assert set(strings) <= used, f"unused in {culture}: {set(strings) - used}"
    assert all(text and text.strip() for text in strings.values())
    categories = {category.get("name") for category in admx.findall(_q("categories/category"))}
    supported = {definition.get("name") for definition in admx.findall(_q("supportedOn/definitions/definition"))}
    policies = admx.findall(_q("policies/policy"))
    assert len(policies) == len(POLICY_KEYS)
    for policy in policies:
        assert policy.find(_q("parentCategory")).get("ref") in categories
        assert policy.find(_q("supportedOn")).get("ref") in supported
        boxes = presentations[_reference(policy.get("presentation"), "presentation")].findall(_q("textBox"))
        assert [box.get("refId") for box in boxes] == [policy.find(_q("elements/text")).get("id")]
        assert boxes[0].findtext(_q("label"))
    for category in admx.findall(_q("categories/category")):
        parent = category.find(_q("parentCategory"))
        assert parent is None or parent.get("ref") in categories


def _titles(culture: str) -> dict[str, str]:
    strings = {s.get("id"): s.text for s in _adml(culture).findall(_q("resources/stringTable/string"))}
    return {
        key: strings[_reference(policy.get("displayName"), "string")]
        for key, policy in zip(POLICY_KEYS, _admx().findall(_q("policies/policy")), strict=True)
    }


def test_the_policies_speak_each_language_with_the_portals_words() -> None:
    # The portals' names as GoTo's help in each language (and the app's catalogs) say them.
    assert _titles("en-US")["portals/billing_center"] == "Billing Center: address"
    assert _titles("it-IT")["portals/billing_center"] == "Centro fatturazione: indirizzo"
    assert _titles("it-IT")["portals/admin_center"] == "Centro di amministrazione: indirizzo"
    assert _titles("it-IT")["portals/corporate_portal"] == "Portale di fatturazione Corporate: indirizzo"
    assert _titles("de-DE")["portals/billing_center"] == "Abrechnungscenter (Billing Center): Adresse"
    assert _titles("fr-FR")["portals/billing_center"] == "Centre de facturation\u00a0: adresse"
    assert _titles("es-ES")["portals/admin_center"] == "Centro de administración: dirección"
    assert _titles("pt-BR")["portals/billing_center"] == "Centro de faturamento: endereço"
    assert _titles("pt-BR")["portals/corporate_portal"] == "Portal de Cobrança Corporativa: endereço"
    assert _titles("fr-FR")["portals/corporate_portal"] == "Portail de facturation Corporate\u00a0: adresse"
    assert _titles("nl-NL")["portals/billing_center"] == "Factureringscentrum (Billing Center): adres"
    assert _titles("nl-NL")["portals/admin_center"] == "Admin Center: adres"
    assert _titles("nl-NL")["support/url"] == "Ondersteuningspagina van GoTo"
    assert _titles("it-IT")["contact/email"] == "Contatto: indirizzo email"
    # Each language has texts of its own: none is another's copy.
    for key in POLICY_KEYS:
        titles = [_titles(culture)[key] for culture in CULTURES]
        assert len(set(titles)) == len(CULTURES), (key, titles)


@pytest.mark.parametrize("culture", CULTURES)
def test_each_policys_help_gives_its_default_and_what_wins(culture: str) -> None:
    strings = {s.get("id"): s.text for s in _adml(culture).findall(_q("resources/stringTable/string"))}
    explain = strings["portals_billing_center_Explain"]
    assert "https://billing.logmeininc.com" in explain
    assert "https://billing.goto.com" in explain
    assert "HKEY_LOCAL_MACHINE\\Software\\BillingContactAssistant\\billing-contact-assistant" in explain
    assert "2.048" in explain or "2,048" in explain or "2048" in explain or "2\u00a0048" in explain
    if culture == "fr-FR":
        # French puts a no-break space before a colon (an address's own colon aside).
        assert not re.findall(r"(?<!\u00a0):(?!//)", explain)


def test_the_templates_are_well_formed_for_xmllint(tmp_path: Path) -> None:
    xmllint = shutil.which("xmllint")
    assert xmllint, "xmllint is missing: `make test` installs it (tools/system-deps test)"
    files = [POLICY / "BillingContactAssistant.admx", *(POLICY / c / "BillingContactAssistant.adml" for c in CULTURES)]
    result = subprocess.run([xmllint, "--noout", *map(str, files)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    bad = tmp_path / "broken.admx"
    bad.write_text((POLICY / "BillingContactAssistant.admx").read_text("utf-8").replace("</policies>", ""), "utf-8")
    assert subprocess.run([xmllint, "--noout", str(bad)], capture_output=True, check=False).returncode != 0


def test_every_language_of_the_app_has_its_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    make = _make_admx()
    monkeypatch.delitem(make.TEXTS, "pt_BR")
    with pytest.raises(ValueError, match=r"make_admx\.TEXTS has no texts in pt_BR"):
        make.generated()


def test_a_new_setting_needs_its_texts_in_every_language() -> None:
    make = _make_admx()
    new = settings.Setting("contact/phone", "their phone number", "", "+39 02 1234 5678")
    make.KINDS["contact/phone"] = "name"
    with pytest.raises(ValueError, match=r"TEXTS\['en'\]\.titles lacks contact/phone"):
        make.check((*settings.SETTINGS, new))
    del make.KINDS["contact/phone"]
    with pytest.raises(ValueError, match=r"KINDS does not say what contact/phone holds"):
        make.check((*settings.SETTINGS, new))


# --- the signing command -------------------------------------------------------------------------

THUMBPRINT = "0123456789ABCDEF0123456789ABCDEF01234567"


def _sign(tmp_path: Path, *arguments: str, **environment: str) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    """packaging/sign-windows with a stand-in signtool.exe on PATH that records its arguments."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    record = tmp_path / "signtool-arguments"
    fake = bin_dir / "signtool.exe"
    fake.write_text(f'#!/bin/sh\nfor a in "$@"; do printf "%s\\n" "$a"; done >"{record}"\n', encoding="utf-8")
    fake.chmod(0o755)
    env = {k: v for k, v in os.environ.items() if not k.startswith("WINDOWS_SIGN_") and k != "SIGNTOOL"}
    env["PATH"] = f"{bin_dir}{os.pathsep}{env['PATH']}"
    result = subprocess.run(
        ["bash", str(SIGN), *arguments], env={**env, **environment}, capture_output=True, text=True, check=False
    )
    recorded = record.read_text(encoding="utf-8").splitlines() if record.exists() else []
    return result, recorded


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    made = {}
    for name in ("sign.pfx", "Azure.CodeSigning.Dlib.dll", "metadata.json"):
        (tmp_path / name).write_text("stand-in", encoding="utf-8")
        made[name] = str(tmp_path / name)
    return made


def test_a_pfx_file_signs_with_its_password(tmp_path: Path, files: dict[str, str]) -> None:
    result, arguments = _sign(
        tmp_path, "app.exe", "app.com", WINDOWS_SIGN_PFX=files["sign.pfx"], WINDOWS_SIGN_PFX_PASSWORD="s3cret"
    )
    assert result.returncode == 0, result.stderr
    assert arguments == [
        "sign", "/fd", "sha256", "/tr", "http://timestamp.digicert.com", "/td", "sha256",
        "/f", files["sign.pfx"], "/p", "s3cret", "app.exe", "app.com",
    ]  # fmt: skip


def test_a_cloud_signer_signs_through_its_plugin(tmp_path: Path, files: dict[str, str]) -> None:
    result, arguments = _sign(
        tmp_path,
        "C:\\build\\setup.exe",
        WINDOWS_SIGN_DLIB=files["Azure.CodeSigning.Dlib.dll"],
        WINDOWS_SIGN_DMDF=files["metadata.json"],
    )
    assert result.returncode == 0, result.stderr
    # Microsoft's timestamp server by default, as Trusted Signing's documentation uses.
    assert arguments == [
        "sign", "/fd", "sha256", "/tr", "http://timestamp.acs.microsoft.com", "/td", "sha256",
        "/dlib", files["Azure.CodeSigning.Dlib.dll"], "/dmdf", files["metadata.json"], "C:\\build\\setup.exe",
    ]  # fmt: skip


def test_a_certificate_on_a_token_signs_by_its_thumbprint(tmp_path: Path) -> None:
    result, arguments = _sign(
        tmp_path, "app.exe", WINDOWS_SIGN_SHA1=THUMBPRINT, WINDOWS_SIGN_TIMESTAMP_URL="http://ts.example.com"
    )
    assert result.returncode == 0, result.stderr
    assert arguments == [
        "sign", "/fd", "sha256", "/tr", "http://ts.example.com", "/td", "sha256", "/sha1", THUMBPRINT, "app.exe",
    ]  # fmt: skip


def test_the_mode_says_how_signing_is_configured(tmp_path: Path, files: dict[str, str]) -> None:
    assert _sign(tmp_path, "--mode")[0].stdout == "none\n"
    assert _sign(tmp_path, "--mode", WINDOWS_SIGN_PFX=files["sign.pfx"])[0].stdout == "pfx\n"
    assert _sign(tmp_path, "--mode", WINDOWS_SIGN_DLIB="x", WINDOWS_SIGN_DMDF="y")[0].stdout == "dlib\n"
    assert _sign(tmp_path, "--mode", WINDOWS_SIGN_SHA1=THUMBPRINT)[0].stdout == "sha1\n"


@pytest.mark.parametrize(
    ("environment", "message"),
    [
        ({}, "nothing to sign with"),
        ({"WINDOWS_SIGN_PFX": "sign.pfx", "WINDOWS_SIGN_SHA1": THUMBPRINT}, "set one way to sign, not pfx sha1"),
        ({"WINDOWS_SIGN_PFX": "/nowhere/sign.pfx", "WINDOWS_SIGN_PFX_PASSWORD": "x"}, "no file /nowhere/sign.pfx"),
        ({"WINDOWS_SIGN_PFX": "sign.pfx"}, "WINDOWS_SIGN_PFX_PASSWORD is needed with WINDOWS_SIGN_PFX"),
        (
            {"WINDOWS_SIGN_DLIB": "Azure.CodeSigning.Dlib.dll"},
            "WINDOWS_SIGN_DLIB and WINDOWS_SIGN_DMDF are needed together",
        ),
        ({"WINDOWS_SIGN_SHA1": "not-a-thumbprint"}, "40 hexadecimal digits"),
    ],
)
def test_a_signing_mistake_stops_before_signtool(tmp_path: Path, environment: dict[str, str], message: str) -> None:
    result, arguments = _sign(tmp_path, "app.exe", **environment)
    assert result.returncode == 2
    assert message in result.stderr
    assert arguments == [], "SignTool never ran"


# --- the release -----------------------------------------------------------------------------------


def _windows_job() -> str:
    release = (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    return release.split("\n  windows:\n", 1)[1].split("\n  macos:\n", 1)[0]


def test_the_release_carries_the_policy_templates() -> None:
    job = _windows_job()
    upload = job.split("actions/upload-artifact", 1)[1]
    assert "dist/*-policy-templates.zip" in upload
    assert "dist/*-setup.exe" in upload
    build = (ROOT / "packaging" / "build-windows-installer").read_text(encoding="utf-8")
    assert "templates=$PWD/dist/$name-$version-policy-templates.zip" in build


def test_the_release_configures_the_signing_command_for_each_kind_of_certificate() -> None:
    job = _windows_job()
    assert 'echo "WINDOWS_SIGN_PFX=$RUNNER_TEMP/sign.pfx" >>"$GITHUB_ENV"' in job
    assert "WINDOWS_SIGN_DLIB=" in job
    assert "WINDOWS_SIGN_DMDF=" in job
    steps = job.split("\n      - ")
    build = next(step for step in steps if "make windows-installer" in step)
    for secret in ("WINDOWS_SIGN_PFX_PASSWORD", "AZURE_TENANT_ID", "AZURE_CLIENT_ID", "AZURE_CLIENT_SECRET"):
        assert f"{secret}: ${{{{ secrets.{secret} }}}}" in build
    # The secrets go to the step that signs, and to the one that writes the .pfx file it signs with.
    with_secrets = [step.split("\n", 1)[0] for step in steps[1:] if "secrets." in step]
    assert with_secrets == [
        "name: Signing certificate",
        "name: The installer and the policy templates, signed when signing is configured",
    ]


def _git_bash(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A copy of what build-windows-installer reads, and an environment that passes for Git Bash:
    uname says MINGW, cygpath leaves paths as they are, and ISCC and SignTool are stand-ins that
    record their arguments."""
    tree = tmp_path / "tree"
    for name in ("packaging/build-windows-installer", "packaging/sign-windows", "gui/billing_contact/__init__.py"):
        (tree / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, tree / name)
    shutil.copytree(POLICY, tree / "packaging/windows/policy")
    bundle = tree / "dist/billing-contact-assistant"
    bundle.mkdir(parents=True)
    for name in ("billing-contact-assistant.exe", "billing-contact-assistant.com"):
        (bundle / name).write_text("stand-in", encoding="utf-8")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    scripts = {
        "uname": "echo MINGW64_NT-10.0-20348",
        "cygpath": 'eval "last=\\${$#}"; printf "%s\\n" "$last"',
        "iscc": (
            f'for a in "$@"; do printf "%s\\n" "$a"; done >"{tmp_path}/iscc-arguments"\n'
            "version=$(sed -n 's/^__version__ = \"\\(.*\\)\"$/\\1/p' gui/billing_contact/__init__.py)\n"
            'echo setup >"dist/billing-contact-assistant-$version-setup.exe"'
        ),
        "signtool.exe": f'for a in "$@"; do printf "%s\\n" "$a"; done >>"{tmp_path}/signtool-arguments"',
    }
    for name, body in scripts.items():
        (bin_dir / name).write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
        (bin_dir / name).chmod(0o755)
    env = {k: v for k, v in os.environ.items() if not k.startswith("WINDOWS_SIGN_") and k != "SIGNTOOL"}
    env.update(PATH=f"{bin_dir}{os.pathsep}{env['PATH']}", ISCC=str(bin_dir / "iscc"), PYTHON=sys.executable)
    return tree, env


def test_the_build_signs_the_programs_and_has_inno_setup_sign_with_the_same_command(
    tmp_path: Path, files: dict[str, str]
) -> None:
    tree, env = _git_bash(tmp_path)
    env.update(WINDOWS_SIGN_PFX=files["sign.pfx"], WINDOWS_SIGN_PFX_PASSWORD="s3cret")
    result = subprocess.run(
        ["bash", str(tree / "packaging/build-windows-installer")], env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert ", signed (pfx)" in result.stdout
    signed = (tmp_path / "signtool-arguments").read_text(encoding="utf-8").splitlines()
    assert signed[-2:] == ["dist/billing-contact-assistant/billing-contact-assistant.exe",
                           "dist/billing-contact-assistant/billing-contact-assistant.com"]  # fmt: skip
    iscc = (tmp_path / "iscc-arguments").read_text(encoding="utf-8").splitlines()
    assert iscc[:2] == ["/Q", "/DSign"]
    definition = iscc[2].removeprefix("/Ssigntool=")
    assert "s3cret" not in definition
    # What ISCC runs for the installer and its uninstaller: $q a quote, $f the file, quoted.
    command = shlex.split(definition.replace("$q", '"').replace("$f", '"C:\\build\\uninst.e32"'))
    (tmp_path / "signtool-arguments").unlink()
    rerun = subprocess.run(command, env=env, capture_output=True, text=True, check=False, cwd=tmp_path)
    assert rerun.returncode == 0, rerun.stderr
    assert (tmp_path / "signtool-arguments").read_text(encoding="utf-8").splitlines() == [
        "sign", "/fd", "sha256", "/tr", "http://timestamp.digicert.com", "/td", "sha256",
        "/f", files["sign.pfx"], "/p", "s3cret", "C:\\build\\uninst.e32",
    ]  # fmt: skip
    # The templates, laid out as a PolicyDefinitions folder, beside the installer.
    with zipfile.ZipFile(next((tree / "dist").glob("billing-contact-assistant-*-policy-templates.zip"))) as archive:
        names = {name for name in archive.namelist() if not name.endswith("/")}
    assert names == {"BillingContactAssistant.admx", *(f"{c}/BillingContactAssistant.adml" for c in CULTURES)}


def test_an_unsigned_build_names_no_signing_tool(tmp_path: Path) -> None:
    tree, env = _git_bash(tmp_path)
    result = subprocess.run(
        ["bash", str(tree / "packaging/build-windows-installer")], env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "iscc-arguments").read_text(encoding="utf-8").splitlines()[0] == "/Q"
    assert "/DSign" not in (tmp_path / "iscc-arguments").read_text(encoding="utf-8")
    assert not (tmp_path / "signtool-arguments").exists()
    assert [path.name for path in (tree / "dist").glob("*.zip")] == [
        f"billing-contact-assistant-{__version__}-policy-templates.zip"
    ]
