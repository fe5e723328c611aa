; The Windows installer of Curriculum Planner (课程规划), built by scripts/build-windows.sh with
; makensis (NSIS 3, Debian's nsis). It installs for all users (Program Files, asks for
; administrator rights) or for the current user only, adds a Start-menu and, by choice, a
; desktop shortcut, and registers an uninstaller in Apps & Features that removes what it
; installed and nothing else: plans the user made, and the example plans the app copied to
; their Documents on first run, stay.
; Silent: setup.exe /S [/AllUsers | /CurrentUser] [/D=folder]; uninstall.exe /S.
; Defines from the build script: VERSION, STAGING (the files), OUTFILE.

; A 64-bit installer for a 64-bit program: it installs into the 64-bit Program Files and
; registry view without redirection, and runs under a 64-bit-only Wine as well.
Target amd64-unicode
ManifestDPIAware true
SetCompressor /SOLID lzma

!define APP_KEY "CurriculumPlanner"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_KEY}"

!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_INSTDIR "Curriculum Planner"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "Software\${APP_KEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallLocation"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "Software\${APP_KEY}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallMode"
!include MultiUser.nsh
!include MUI2.nsh
!include LogicLib.nsh

Name "$(AppName)"
OutFile "${OUTFILE}"
BrandingText "$(AppName) ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "Curriculum Planner"
VIAddVersionKey /LANG=0 "FileDescription" "Curriculum Planner ${VERSION} setup"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "MIT OR Apache-2.0"

!define MUI_ICON "${STAGING}\curriculum-planner.ico"
!define MUI_UNICON "${STAGING}\curriculum-planner.ico"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_LANGDLL_REGISTRY_ROOT SHCTX
!define MUI_LANGDLL_REGISTRY_KEY "Software\${APP_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\curriculum-planner.exe"

!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; Chinese first: it is the default when Windows' own language is neither.
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString AppName ${LANG_SIMPCHINESE} "课程规划"
LangString AppName ${LANG_ENGLISH} "Curriculum Planner"
LangString ProgramSection ${LANG_SIMPCHINESE} "课程规划（必需）"
LangString ProgramSection ${LANG_ENGLISH} "Curriculum Planner (required)"
LangString DesktopSection ${LANG_SIMPCHINESE} "桌面快捷方式"
LangString DesktopSection ${LANG_ENGLISH} "Desktop shortcut"
LangString Running ${LANG_SIMPCHINESE} "课程规划正在运行。请先关闭它，再点“确定”。"
LangString Running ${LANG_ENGLISH} "Curriculum Planner is running. Close it, then click OK."

Function .onInit
  SetRegView 64
  !insertmacro MULTIUSER_INIT
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  SetRegView 64
  !insertmacro MULTIUSER_UNINIT
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "$(ProgramSection)" ProgramSection
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; Replacing a running program fails on Windows: say so instead of leaving half an update.
  ClearErrors
  File "${STAGING}\curriculum-planner.exe"
  ${If} ${Errors}
    MessageBox MB_OK|MB_ICONEXCLAMATION "$(Running)" /SD IDOK
    File "${STAGING}\curriculum-planner.exe"
  ${EndIf}
  File "${STAGING}\curriculum-planner.com"
  File "${STAGING}\curriculum-planner.ico"
  SetOutPath "$INSTDIR\examples"
  File "${STAGING}\curricula\*.ron"
  SetOutPath "$INSTDIR\licences"
  File "${STAGING}\licences\*.txt"
  SetOutPath "$INSTDIR"

  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortCut "$SMPROGRAMS\$(AppName).lnk" "$INSTDIR\curriculum-planner.exe" "" \
    "$INSTDIR\curriculum-planner.exe" 0

  WriteRegStr SHCTX "Software\${APP_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "Software\${APP_KEY}" "InstallMode" "$MultiUser.InstallMode"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayName" "$(AppName)"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\curriculum-planner.exe,0"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" \
    '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" \
    '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode /S'
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoRepair" 1
  ; Apps & Features shows the size in KB.
  SectionGetSize ${ProgramSection} $0
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Section "$(DesktopSection)" DesktopSection
  CreateShortCut "$DESKTOP\$(AppName).lnk" "$INSTDIR\curriculum-planner.exe" "" \
    "$INSTDIR\curriculum-planner.exe" 0
SectionEnd

; Removes exactly what the installer put there; a folder the user added files to stays.
Section "Uninstall"
  Delete "$INSTDIR\curriculum-planner.exe"
  Delete "$INSTDIR\curriculum-planner.com"
  Delete "$INSTDIR\curriculum-planner.ico"
  Delete "$INSTDIR\examples\cbec-higher-vocational-3-year.ron"
  Delete "$INSTDIR\examples\pinghu-stroller-bag-staff-short-course.ron"
  Delete "$INSTDIR\examples\farmers-cooperative-agricultural-cbec.ron"
  RMDir "$INSTDIR\examples"
  Delete "$INSTDIR\licences\*.txt"
  RMDir "$INSTDIR\licences"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  ; The shortcuts under either language's name.
  Delete "$SMPROGRAMS\课程规划.lnk"
  Delete "$SMPROGRAMS\Curriculum Planner.lnk"
  Delete "$DESKTOP\课程规划.lnk"
  Delete "$DESKTOP\Curriculum Planner.lnk"
  DeleteRegKey SHCTX "${UNINSTALL_KEY}"
  DeleteRegKey SHCTX "Software\${APP_KEY}"
SectionEnd
