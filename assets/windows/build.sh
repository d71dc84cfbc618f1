#!/usr/bin/env bash
# Cross-builds the Windows programs into dist/ (make windows):
#   dist/complaintdesk.exe  the window program (fyne build: -H windowsgui, app metadata)
#   dist/complaintctl.exe   the console companion
# Both carry the icon, version information and manifest taken from FyneApp.toml, compiled
# into a .syso resource object by go-winres. Usage: build.sh FYNE GO_WINRES
set -euo pipefail
fyne=$(realpath "$1")
winres=$(realpath "$2")
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
. assets/windows/lib.sh

name=$(meta Name)
version=$(meta Version)
build=$(meta Build)
full=$version.$build

gui=cmd/complaintdesk
cli=cmd/complaintctl
res=build/windows
mkdir -p dist "$res"
# Generated next to the main packages for the build only; removed whatever happens.
cleanup() {
	rm -f "$gui/FyneApp.toml" "$gui/fyne_metadata_init.go" "$gui/rsrc_windows_amd64.syso" "$cli/rsrc_windows_amd64.syso"
}
trap cleanup EXIT

# resources PROGRAM DESCRIPTION PACKAGE: the .syso with icon, manifest and version info.
resources() {
	local dir=$res/$1
	mkdir -p "$dir"
	cp assets/icon.png "$dir/icon.png"
	cp "assets/windows/$1.exe.manifest" "$dir/app.manifest"
	cat >"$dir/winres.json" <<JSON
{
  "RT_GROUP_ICON": {"APP": {"0000": "icon.png"}},
  "RT_MANIFEST": {"#1": {"0409": "app.manifest"}},
  "RT_VERSION": {
    "#1": {
      "0000": {
        "fixed": {"file_version": "$full", "product_version": "$full"},
        "info": {
          "0409": {
            "CompanyName": "$name",
            "FileDescription": "$2",
            "FileVersion": "$full",
            "InternalName": "$1",
            "OriginalFilename": "$1.exe",
            "ProductName": "$name",
            "ProductVersion": "$full"
          }
        }
      }
    }
  }
}
JSON
	"$winres" make --in "$dir/winres.json" --arch amd64 --out "$3/rsrc"
}

export GOOS=windows GOARCH=amd64 CC=x86_64-w64-mingw32-gcc CXX=x86_64-w64-mingw32-g++ CGO_ENABLED=1

resources complaintdesk "$name" "$gui"
# fyne reads FyneApp.toml from the package folder; the icon path is made absolute there.
sed "s|^\([[:space:]]*Icon[[:space:]]*=[[:space:]]*\"\)\([^/\"][^\"]*\)\"|\1$root/\2\"|" FyneApp.toml >"$gui/FyneApp.toml"
"$fyne" build --target windows --src "$gui" --release --tags sqlite_fts5 -o "$root/dist/complaintdesk.exe"

resources complaintctl "$name command line" "$cli"
# The same C flags as fyne build --release, so the SQLite object is compiled once for both.
CGO_CFLAGS="-O3 -pipe" go build -trimpath -ldflags "-s -w" -tags sqlite_fts5 -o dist/complaintctl.exe "./$cli"

ls -l dist/complaintdesk.exe dist/complaintctl.exe
