; Inno Setup script: the Windows installer around the one-folder bundle.
; Built by .github/workflows/bundles.yml:
;   iscc /DAppVersion=0.1.0 /DSourceDir=..\..\dist\groundgame /DOutputDir=..\..\dist groundgame.iss
; Installs per user (no administrator needed), adds a Start menu entry that starts the windowed
; launcher, puts the console `groundgame.exe` on no PATH (reps use the app; scripts can call it by
; its full path), and leaves the rep's data folder alone on uninstall.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\groundgame"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
AppId={{6F0C8B57-3C1E-4D1B-9F55-9D3C2B7E0A11}
AppName=Groundgame
AppVersion={#AppVersion}
AppPublisher=Groundgame
DefaultDirName={localappdata}\Programs\Groundgame
DefaultGroupName=Groundgame
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
OutputDir={#OutputDir}
OutputBaseFilename=Groundgame-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\groundgame.ico
UninstallDisplayIcon={app}\groundgame-gui.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Groundgame"; Filename: "{app}\groundgame-gui.exe"
Name: "{autodesktop}\Groundgame"; Filename: "{app}\groundgame-gui.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Run]
Filename: "{app}\groundgame-gui.exe"; Description: "{cm:LaunchProgram,Groundgame}"; Flags: nowait postinstall skipifsilent
