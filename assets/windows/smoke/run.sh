#!/usr/bin/env bash
# Start-up check of the Windows build (make windows-smoke): fills a demo database with
# dist/complaintctl.exe under Wine, starts dist/complaintdesk.exe under Wine on a virtual
# X screen, waits for its window and saves a screenshot to dist/windows-smoke.png.
# Fails when the window does not appear.
#
# Debian 12's Wine 8.0 lacks ProcessPrng (bcryptprimitives.dll), which Go programs call at
# start-up; processprng.c builds a stand-in for the Wine prefix only. It is never shipped.
set -euo pipefail

root=$(cd "$(dirname "$0")/../../.." && pwd)
dist=$root/dist
work=$root/build/windows-smoke
export WINEPREFIX=$work/prefix WINEARCH=win64 WINEDEBUG=-all
# Native stand-in for bcryptprimitives; no Mono or Gecko install prompts.
export WINEDLLOVERRIDES="bcryptprimitives=n;mscoree=;mshtml="
timeout_s=${SMOKE_TIMEOUT:-120}
complaints=${SMOKE_COMPLAINTS:-80}

if [ -z "${SMOKE_IN_XVFB:-}" ]; then
	# A screen of our own, whatever display the caller has.
	SMOKE_IN_XVFB=1 exec xvfb-run -a -s "-screen 0 1366x768x24 -nolisten tcp" "$0" "$@"
fi

for f in complaintdesk.exe complaintctl.exe; do
	[ -f "$dist/$f" ] || { echo "windows-smoke: $dist/$f is missing (run make windows)" >&2; exit 1; }
done

start=$(date +%s)
mkdir -p "$work"
if [ ! -f "$WINEPREFIX/system.reg" ]; then
	echo "windows-smoke: creating Wine prefix $WINEPREFIX"
	wineboot --init >"$work/wineboot.log" 2>&1
	wineserver -w
fi
x86_64-w64-mingw32-gcc -shared -O2 -s -o "$work/bcryptprimitives.dll" \
	"$root/assets/windows/smoke/processprng.c" -ladvapi32
cp "$work/bcryptprimitives.dll" "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll"

# The programs keep their data in %APPDATA%\ComplaintDesk; start from an empty folder.
appdata_win=$(wine cmd /c 'echo %APPDATA%' 2>/dev/null | tr -d '\r')
appdata=$(winepath -u "$appdata_win" 2>/dev/null)
rm -rf "$appdata/ComplaintDesk"
echo "windows-smoke: demo database in $appdata_win\\ComplaintDesk"
if ! wine "$dist/complaintctl.exe" demo --complaints "$complaints" >"$work/demo.log" 2>&1; then
	echo "windows-smoke: complaintctl.exe demo failed:" >&2
	tail -n 20 "$work/demo.log" >&2
	exit 1
fi
[ -f "$appdata/ComplaintDesk/complaintdesk.db" ] || {
	echo "windows-smoke: complaintctl.exe demo wrote no $appdata_win\\ComplaintDesk\\complaintdesk.db" >&2
	exit 1
}

stop() { wineserver -k 2>/dev/null || true; }
trap stop EXIT
wine "$dist/complaintdesk.exe" >"$work/complaintdesk.log" 2>&1 &
desk=$!

# Wine names the X window class after the program, whatever its title.
window=""
for ((i = 0; i < timeout_s; i++)); do
	window=$(xdotool search --onlyvisible --class 'complaintdesk.exe' 2>/dev/null | head -n 1 || true)
	[ -n "$window" ] && break
	if ! kill -0 "$desk" 2>/dev/null; then
		echo "windows-smoke: complaintdesk.exe exited before showing a window:" >&2
		tail -n 30 "$work/complaintdesk.log" >&2
		exit 1
	fi
	sleep 1
done
if [ -z "$window" ]; then
	echo "windows-smoke: no complaintdesk.exe window within ${timeout_s}s:" >&2
	tail -n 30 "$work/complaintdesk.log" >&2
	exit 1
fi
shown=$(($(date +%s) - start))
# The window maps before its first frame; give the register time to load and draw.
sleep "${SMOKE_SETTLE:-8}"
if ! kill -0 "$desk" 2>/dev/null; then
	echo "windows-smoke: complaintdesk.exe exited after showing its window:" >&2
	tail -n 30 "$work/complaintdesk.log" >&2
	exit 1
fi
title=$(xdotool getwindowname "$window" 2>/dev/null || true)
import -window root "$dist/windows-smoke.png"
echo "windows-smoke: window \"$title\" after ${shown}s; screenshot $dist/windows-smoke.png; total $(($(date +%s) - start))s"
