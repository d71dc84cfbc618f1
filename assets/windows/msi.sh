#!/usr/bin/env bash
# Builds the Windows installer from dist/complaintdesk.exe and dist/complaintctl.exe with
# wixl (make msi). Usage: msi.sh OUT.msi
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
out=$(realpath -m "$1")
. assets/windows/lib.sh

name=$(meta Name)
version=$(meta Version)

# wixl finds the files named in the .wxs relative to the folder it runs in.
stage=build/msi
rm -rf "$stage"
mkdir -p "$stage" "$(dirname "$out")"
cp dist/complaintdesk.exe dist/complaintctl.exe "$stage/"
# Start menu and Installed apps show the icon from this file; every size is drawn from
# the one PNG so that none is a blurred stretch.
convert assets/icon.png -define icon:auto-resize=256,64,48,32,24,16 "$stage/ComplaintDesk.ico"
(cd "$stage" && wixl --arch x64 -D Name="$name" -D Version="$version" -o "$out" "$root/assets/windows/complaintdesk.wxs")
ls -l "$out"
