#!/usr/bin/env bash
# Start-up check of the Windows build (make windows-smoke), in a Wine prefix of its own
# under build/. Usage: run.sh INSTALLER.msi
#   1. installs the .msi and checks the programs and the Start-menu shortcut;
#   2. fills a demo database with the installed complaintctl.exe in %APPDATA%\ComplaintDesk;
#   3. starts Complaint Desk from its Start-menu shortcut on a virtual X screen, waits for
#      its window and saves a screenshot to dist/windows-smoke.png;
#   4. uninstalls, and checks that programs and shortcut are gone and the data is not.
# It fails at the first step that does not hold.
#
# Debian 12's Wine 8.0 lacks ProcessPrng (bcryptprimitives.dll), which Go programs call at
# start-up; processprng.c builds a stand-in for this prefix only. It is never shipped.
set -euo pipefail

root=$(cd "$(dirname "$0")/../../.." && pwd)
msi=$(realpath "$1")
if [ -z "${SMOKE_IN_XVFB:-}" ]; then
	# A screen of our own, whatever display the caller has.
	SMOKE_IN_XVFB=1 exec xvfb-run -a -s "-screen 0 1440x900x24 -nolisten tcp" "$0" "$msi"
fi
. "$root/assets/windows/lib.sh"
name=$(meta Name)
work=$root/build/windows-smoke
shot=$root/dist/windows-smoke.png
export WINEPREFIX=$work/prefix WINEARCH=win64 WINEDEBUG=-all
# The native stand-in for bcryptprimitives; no Mono or Gecko prompts; no Linux menu entries.
export WINEDLLOVERRIDES="bcryptprimitives=n;mscoree=;mshtml=;winemenubuilder.exe=d"
timeout_s=${SMOKE_TIMEOUT:-120}

fail() {
	echo "windows-smoke: $*" >&2
	exit 1
}
# winpath VAR prints the Linux path of a Windows environment variable's folder.
winpath() { winepath -u "$(wine cmd /c "echo %$1%" 2>/dev/null | tr -d '\r')" 2>/dev/null; }
uninstall_key='HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall'
# products prints the product codes of every installed copy of the program.
products() {
	local key
	wine reg query "$uninstall_key" 2>/dev/null | tr -d '\r' | grep -o '{[0-9A-F-]*}$' | while read -r key; do
		if wine reg query "$uninstall_key\\$key" /v DisplayName 2>/dev/null | grep -q "REG_SZ[[:space:]]*$name"; then
			echo "$key"
		fi
	done
}

start=$(date +%s)
mkdir -p "$work" "$(dirname "$shot")"
if [ ! -f "$WINEPREFIX/system.reg" ]; then
	echo "windows-smoke: creating Wine prefix $WINEPREFIX"
	wineboot --init >"$work/wineboot.log" 2>&1
	wineserver -w
fi
x86_64-w64-mingw32-gcc -shared -O2 -s -o "$work/bcryptprimitives.dll" \
	"$root/assets/windows/smoke/processprng.c" -ladvapi32
cp "$work/bcryptprimitives.dll" "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll"
trap 'wineserver -k 2>/dev/null || true' EXIT

# A copy left by an interrupted run would keep the files installed after the uninstall.
for code in $(products); do
	wine msiexec /x "$code" /qn || fail "could not remove the earlier test install $code"
done

echo "windows-smoke: installing $(basename "$msi")"
wine msiexec /i "$msi" /qn || fail "msiexec /i $(basename "$msi") failed"
installed=$(winpath ProgramFiles)/$name
for f in complaintdesk.exe complaintctl.exe; do
	[ -f "$installed/$f" ] || fail "the installer put no $f in $installed"
done
shortcut=""
for menu in "$(winpath ProgramData)" "$(winpath APPDATA)"; do
	if [ -f "$menu/Microsoft/Windows/Start Menu/Programs/$name.lnk" ]; then
		shortcut="$menu/Microsoft/Windows/Start Menu/Programs/$name.lnk"
	fi
done
[ -n "$shortcut" ] || fail "the installer made no Start-menu shortcut \"$name\""

# The programs keep their data in %APPDATA%\ComplaintDesk; start from an empty folder.
data=$(winpath APPDATA)/ComplaintDesk
rm -rf "$data"
if ! wine "$installed/complaintctl.exe" demo --complaints "${SMOKE_COMPLAINTS:-80}" >"$work/demo.log" 2>&1; then
	tail -n 20 "$work/demo.log" >&2
	fail "complaintctl.exe demo failed"
fi
[ -f "$data/complaintdesk.db" ] || fail "complaintctl.exe demo wrote no complaintdesk.db in $data"
echo "windows-smoke: $(tail -n 1 "$work/demo.log" | tr -d '\r')"

launched=$(date +%s)
wine start /unix "$shortcut" >"$work/complaintdesk.log" 2>&1 || fail "starting $shortcut failed"
# Wine names the X window class after the program, whatever its title.
window=""
for ((i = 0; i < timeout_s; i++)); do
	window=$(xdotool search --onlyvisible --class 'complaintdesk.exe' 2>/dev/null | head -n 1 || true)
	[ -n "$window" ] && break
	sleep 1
done
[ -n "$window" ] || fail "no complaintdesk.exe window within ${timeout_s}s"
shown=$(($(date +%s) - launched))
# The window maps before its first frame; give the dashboard time to load and draw.
sleep "${SMOKE_SETTLE:-8}"
xdotool search --onlyvisible --class 'complaintdesk.exe' >/dev/null 2>&1 ||
	fail "the complaintdesk.exe window closed again"
title=$(xdotool getwindowname "$window" 2>/dev/null || true)
import -window root "$shot"
wineserver -k
wineserver -w

before=$(md5sum <"$data/complaintdesk.db")
for code in $(products); do
	wine msiexec /x "$code" /qn || fail "msiexec /x $code failed"
done
[ ! -e "$installed" ] || fail "uninstalling left $installed"
[ ! -e "$shortcut" ] || fail "uninstalling left the Start-menu shortcut"
[ -z "$(products)" ] || fail "uninstalling left the program in Installed apps"
[ "$(md5sum <"$data/complaintdesk.db")" = "$before" ] || fail "uninstalling changed or removed the data"

echo "windows-smoke: window \"$title\" ${shown}s after launch; screenshot $shot;" \
	"uninstalled cleanly, data kept; $(($(date +%s) - start))s in all"
