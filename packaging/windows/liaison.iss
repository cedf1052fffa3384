; Inno Setup recipe of Liaison's Windows installer (Liaison-VERSION-setup.exe). Made by
; `python packaging/build.py` on Windows when iscc is on PATH, after PyInstaller has frozen the
; folder app into dist\liaison; by hand: iscc /DAppVersion=0.1.0 /DSourceDir=dist\liaison /Odist packaging\windows\liaison.iss
; Installs per user by default (no administrator needed; an officer's laptop may be locked down),
; or for all users when run elevated. The data folder (%LOCALAPPDATA%\Liaison) is never written or
; removed by the installer or the uninstaller: an upgrade or a removal keeps the record.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\liaison"
#endif

[Setup]
AppId={{6B0E4A55-3C1E-4B8E-9E4B-0A7C2D1F0B5E}
AppName=Liaison
AppVersion={#AppVersion}
AppPublisher=Organization of Turkic States
AppPublisherURL=https://www.turkicstates.org/
DefaultDirName={autopf}\Liaison
DefaultGroupName=Liaison
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename=Liaison-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\liaison.exe
; An upgrade replaces the program folder: files of the older version that the newer one no
; longer ships are removed with it (see [InstallDelete]).
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "turkish"; MessagesFile: "compiler:Languages\Turkish.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "hungarian"; MessagesFile: "compiler:Languages\Hungarian.isl"

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Liaison"; Filename: "{app}\liaison.exe"
Name: "{autodesktop}\Liaison"; Filename: "{app}\liaison.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Run]
Filename: "{app}\liaison.exe"; Description: "{cm:LaunchProgram,Liaison}"; Flags: nowait postinstall skipifsilent
