#!/usr/bin/env bash
# Checks the Windows installer under Wine, as a Chinese Windows PC would run it:
#  1. installs it silently (/S /AllUsers) into a new Wine prefix with LANG=zh_CN.UTF-8;
#  2. compares `check` and `report --json` of the installed program (through its console front,
#     curriculum-planner.com) with the native Linux build on every example plan: output and exit
#     code must be identical;
#  3. a plan with CRLF line ends in a folder with Chinese characters and spaces is checked and
#     saved (`fmt`) under Wine, then checked on Linux and under Wine again;
#  4. opens the installed app on the 3-year example and screenshots it (OUT, default
#     target/windows/installed-zh.png): the interface must be Chinese (look at it), and the
#     example plans must have been copied to Documents\课程规划示例 on this first run;
#  5. uninstalls silently and checks that the program, its shortcuts and its registry entries
#     are gone while the user's plans stay.
# usage: scripts/check-windows.sh [OUT.png]   (builds what is missing: build-windows.sh, release)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out=${1:-target/windows/installed-zh.png}
tools=$root/../shared/tools

need=()
command -v wine >/dev/null || need+=(wine wine64)
command -v x86_64-w64-mingw32-gcc >/dev/null || need+=(gcc-mingw-w64-x86-64)
command -v xvfb-run >/dev/null || need+=(xvfb xauth)
# Wine takes Windows' language from the Unix locale, which must exist for it to be used.
locale -a 2>/dev/null | grep -qi '^zh_CN\.utf-\?8$' || need+=(locales)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
if ! locale -a 2>/dev/null | grep -qi '^zh_CN\.utf-\?8$'; then
  grep -q '^zh_CN.UTF-8 UTF-8' /etc/locale.gen 2>/dev/null || echo 'zh_CN.UTF-8 UTF-8' >>/etc/locale.gen
  locale-gen >/dev/null
fi

version=$(cargo metadata --no-deps --format-version 1 --locked |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["packages"][0]["version"])')
setup=target/windows/curriculum-planner-$version-setup.exe
[ -f "$setup" ] || scripts/build-windows.sh
native=target/release/curriculum-planner
[ -x "$native" ] || cargo build --release --locked

export WINEPREFIX=/tmp/curriculum-planner-wine-check WINEDEBUG=-all LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8
rm -rf "$WINEPREFIX"
wineboot -i >/dev/null 2>&1
# Debian's Wine 8 lacks bcryptprimitives.dll, which every Windows 10/11 has and Rust's standard
# library needs: a stand-in goes into the prefix's system folder, never into the installation.
x86_64-w64-mingw32-gcc -shared -O2 -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
  "$tools/wine/bcryptprimitives-stub.c" -ladvapi32

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

# 1. Silent install for all users.
wine "$setup" /S /AllUsers
installed="$WINEPREFIX/drive_c/Program Files/Curriculum Planner"
program='C:\Program Files\Curriculum Planner\curriculum-planner.com'
for file in curriculum-planner.exe curriculum-planner.com uninstall.exe \
  examples/cbec-higher-vocational-3-year.ron licences/fonts-OFL.txt; do
  [ -f "$installed/$file" ] || fail "installed file missing: $file"
done
uninstall_key='HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\CurriculumPlanner'
if wine reg query "$uninstall_key" /v DisplayName 2>/dev/null | grep -q DisplayName; then
  pass "uninstaller registered in Apps & Features"
else
  fail "no uninstall entry under $uninstall_key"
fi
start_menu="$WINEPREFIX/drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs"
ls "$start_menu"/*.lnk 2>/dev/null | grep -q . && pass "Start-menu shortcut: $(cd "$start_menu" && ls ./*.lnk)" ||
  fail "no Start-menu shortcut in $start_menu"

# 2. The same answers as the native build, on every example plan.
scratch=$(mktemp -d)
compare() { # label, arguments...
  local label=$1; shift
  local native_code=0 wine_code=0
  "$native" "$@" >"$scratch/native.out" 2>/dev/null || native_code=$?
  wine "$program" "$@" >"$scratch/wine.out" 2>/dev/null || wine_code=$?
  if [ "$native_code" = "$wine_code" ] && cmp -s "$scratch/native.out" "$scratch/wine.out"; then
    pass "$label: identical ($(wc -c <"$scratch/native.out") bytes, exit $native_code)"
  else
    fail "$label: native exit $native_code, Wine exit $wine_code"
    diff "$scratch/native.out" "$scratch/wine.out" | head -20 || true
  fi
}
for plan in curricula/*.ron; do
  compare "check $plan" check "$plan"
  compare "report --json $plan" report --json "$plan"
done

# 3. A plan mailed from Windows: CRLF, a folder and a name with Chinese characters and spaces.
user=$(id -un)
documents="$WINEPREFIX/drive_c/users/$user/Documents"
mailed="$documents/培养 方案/三年制 计划.ron"
mkdir -p "$(dirname "$mailed")"
sed 's/$/\r/' curricula/cbec-higher-vocational-3-year.ron >"$mailed"
windows_path="C:\\users\\$user\\Documents\\培养 方案\\三年制 计划.ron"
"$native" check curricula/cbec-higher-vocational-3-year.ron >"$scratch/original.out" 2>&1 || true
if wine "$program" check "$windows_path" >"$scratch/crlf.out" 2>&1; then
  pass "a CRLF plan in a Chinese path with spaces checks under Wine"
else
  fail "check of the CRLF plan under Wine: $(head -3 "$scratch/crlf.out")"
fi
if wine "$program" fmt "$windows_path" >"$scratch/fmt.out" 2>&1 && [ -f "$mailed.bak" ]; then
  pass "saved under Wine (fmt), the previous version kept as .bak"
else
  fail "fmt under Wine: $(head -3 "$scratch/fmt.out")"
fi
if "$native" check "$mailed" >/dev/null 2>&1 && "$native" report --json "$mailed" >"$scratch/linux.json" &&
  "$native" report --json curricula/cbec-higher-vocational-3-year.ron >"$scratch/original.json" &&
  cmp -s "$scratch/linux.json" "$scratch/original.json"; then
  pass "the plan saved under Wine opens on Linux with the same report"
else
  fail "the plan saved under Wine does not check or report the same on Linux"
fi
if wine "$program" check "$windows_path" >/dev/null 2>&1; then
  pass "and back under Wine"
else
  fail "the saved plan no longer checks under Wine"
fi

# 4. The installed window, in Chinese, on the 3-year example.
mkdir -p "$(dirname "$out")"
"$tools/screenshot.sh" "$out" --wait "${WAIT:-30}" --size 1366x768 --fill --do "mousemove 1000 90" -- \
  wine 'C:\Program Files\Curriculum Planner\curriculum-planner.exe' \
  'C:\Program Files\Curriculum Planner\examples\cbec-higher-vocational-3-year.ron' >/dev/null 2>&1 || true
[ -s "$out" ] && pass "screenshot: $out (look at it: Chinese interface, the 3-year plan)" || fail "no screenshot"
copied=$(ls "$documents/课程规划示例"/*.ron 2>/dev/null | wc -l)
[ "$copied" -ge 3 ] && pass "first run copied $copied example plans to Documents\\课程规划示例" ||
  fail "the example plans were not copied to Documents\\课程规划示例 ($copied found)"

# 5. Silent uninstall: the NSIS uninstaller runs from a copy in TEMP and returns at once.
wine "$installed/uninstall.exe" /S /AllUsers
for _ in $(seq 60); do
  [ -e "$installed" ] || break
  sleep 1
done
wineserver -w
[ -e "$installed" ] && fail "left behind: $(find "$installed" | head -5)" || pass "program folder removed"
ls "$start_menu"/*.lnk >/dev/null 2>&1 && fail "Start-menu shortcut left" || pass "shortcuts removed"
wine reg query "$uninstall_key" >/dev/null 2>&1 && fail "uninstall entry left" || pass "uninstall entry removed"
[ -f "$mailed" ] && [ "$(ls "$documents/课程规划示例"/*.ron 2>/dev/null | wc -l)" -ge 3 ] &&
  pass "the user's plans and the copied examples stay" || fail "the uninstaller removed the user's plans"

rm -rf "$scratch"
if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all Windows checks passed"
