; Inno Setup script: the Windows installer of the PyInstaller bundle, for every user of the machine.
;
; On Windows, from the repository root, after building the bundle there
; (pyinstaller --distpath dist packaging\billing-contact-assistant.spec):
;   iscc packaging\windows\billing-contact-assistant.iss
; writes dist\billing-contact-assistant-<version>-setup.exe. Paths below are relative to this file.
; tests/test_packaging.py checks the name and version here against pyproject.toml and __version__.

#define AppName "Billing Contact Assistant"
#define AppVersion "0.1.0"
#define AppExe "billing-contact-assistant.exe"

[Setup]
; Windows knows the installed app by this id, across versions: upgrades replace it in place and
; the uninstaller finds it. Never change it. (The doubled brace escapes Inno's constant syntax.)
AppId={{E4AC6CBD-BB2C-43E7-8EDE-827768365CFD}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Billing Contact Assistant developers
VersionInfoVersion={#AppVersion}
; Per machine: IT installs it once for every user, in Program Files.
PrivilegesRequired=admin
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
; The Qt in the bundle is 64-bit only.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\..\LICENSE
SetupIconFile=..\..\resources\icons\org.billingcontact.Assistant.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=billing-contact-assistant-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
; The languages the app speaks (billing_contact.i18n.LANGUAGES).
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "it"; MessagesFile: "compiler:Languages\Italian.isl"

[Files]
Source: "..\..\dist\billing-contact-assistant\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; A Start-menu entry for every user; the uninstaller is listed in Settings > Apps.
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
