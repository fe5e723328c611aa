#!/usr/bin/env bash
# Builds the Windows program and its installer from a clean clone, on Debian/Ubuntu (as root or
# with sudo for the packages):
#   target/x86_64-pc-windows-gnu/release/curriculum-planner.exe   the window (and the CLI)
#   target/windows/curriculum-planner-VERSION-setup.exe            the NSIS installer
# A cold build takes about 20 minutes on 2 cores. Not part of .ci/run: people and release jobs
# run it (README, "Windows").
set -euo pipefail
cd "$(dirname "$0")/.."

target=x86_64-pc-windows-gnu
# The cross linker and resource compiler (mingw) and the installer compiler (makensis).
need=()
command -v x86_64-w64-mingw32-gcc >/dev/null || need+=(gcc-mingw-w64-x86-64)
command -v makensis >/dev/null || need+=(nsis)
if [ ${#need[@]} -gt 0 ]; then
  sudo=$([ "$(id -u)" -eq 0 ] || echo sudo)
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
rustup target list --installed | grep -qx "$target" || rustup target add "$target"

cargo build --release --locked --target "$target" --bins
built=${CARGO_TARGET_DIR:-target}/$target/release
version=$(cargo metadata --no-deps --format-version 1 --locked |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["packages"][0]["version"])')

# What the installer takes: the program, its console front under the name a terminal finds
# first, the example plans and the licences.
staging=${CARGO_TARGET_DIR:-target}/windows/staging
rm -rf "$staging"
mkdir -p "$staging/curricula" "$staging/licences" "$(dirname "$staging")"
cp "$built/curriculum-planner.exe" "$staging/"
cp "$built/curriculum-planner-console.exe" "$staging/curriculum-planner.com"
cp curricula/*.ron "$staging/curricula/"
cp assets/icon/curriculum-planner.ico "$staging/"
cp assets/fonts/OFL.txt "$staging/licences/fonts-OFL.txt"
cp LICENSE-MIT "$staging/licences/LICENSE-MIT.txt"
cp LICENSE-APACHE "$staging/licences/LICENSE-APACHE.txt"

makensis -V2 -INPUTCHARSET UTF8 \
  -DVERSION="$version" -DSTAGING="$(readlink -f "$staging")" \
  -DOUTFILE="$(readlink -f "${CARGO_TARGET_DIR:-target}/windows")/curriculum-planner-$version-setup.exe" \
  packaging/windows/installer.nsi
echo "installer: ${CARGO_TARGET_DIR:-target}/windows/curriculum-planner-$version-setup.exe"
