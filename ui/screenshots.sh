#!/usr/bin/env bash
# Runs the real window under Xvfb on a demo database, drives it with xdotool and writes a PNG
# of each screen to build/screenshots/. Used by `make screenshots`.
set -euo pipefail
cd "$(dirname "$0")/.."
out=build/screenshots
mkdir -p "$out"
rm -f "$out"/*.png "$out"/*.db "$out"/*.db-*
display=${SCREENSHOT_DISPLAY:-:57}
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
app=""
cleanup() {
	[ -n "$app" ] && kill "$app" 2>/dev/null || true
	kill "$xvfb" 2>/dev/null || true
}
trap cleanup EXIT
export DISPLAY=$display LC_ALL=C.UTF-8
sleep 1

# start DB: waits for the window and gives it time to paint.
start() {
	./bin/complaintdesk --db "$1" >"$out/app.log" 2>&1 &
	app=$!
	# The size the coordinates below were taken at, whatever size the window was last left at.
	xdotool windowsize "$(xdotool search --sync --name "投诉台" | head -1)" 1280 760
	sleep 3
}
stop() {
	kill "$app" 2>/dev/null || true
	wait "$app" 2>/dev/null || true
	app=""
}
shot() {
	sleep "${2:-1.5}"
	import -window root "$out/$1.png"
	echo "$out/$1.png"
}
key() { xdotool key --clearmodifiers "$@"; }

# First run on an empty database: the demo offer, then the empty screens.
start "$out/empty.db"
shot 00-first-run 0
key Escape
shot 01-empty-dashboard
key ctrl+2
shot 02-empty-register

stop
./bin/complaintctl --db "$out/demo.db" demo --complaints 300 >/dev/null
phone=$(./bin/complaintctl --db "$out/demo.db" list --limit 1 --format jsonl | sed -n 's/.*"phone":"\([^"]*\)".*/\1/p' | head -1)
start "$out/demo.db"
shot 10-dashboard 0
key ctrl+2
shot 11-register
# Sorting by the next deadline puts the overdue cases first.
xdotool mousemove 1153 196 click 1
shot 12-register-by-due
key ctrl+f
sleep 0.5
xdotool type --delay 150 "电梯"
shot 13-register-search 2
key Return
shot 14-case
# The third action button is 记录电话 for every open status; the form shows the standard
# phrases, and a forbidden phrase typed into it is flagged.
xdotool mousemove 510 87 click 1
sleep 1
xdotool type --delay 150 "我不知道"
shot 14b-log-call 2
key Escape
key ctrl+n
sleep 0.5
xdotool type --delay 150 "王芳"
key Tab
xdotool type --delay 100 "$phone"
shot 15-new-complaint 2
key ctrl+3
shot 16-followups
key ctrl+4
shot 17-reports 3
key ctrl+5
shot 18-settings
xdotool mousemove 500 84 click 1
shot 19-settings-calendar
xdotool mousemove 722 84 click 1
shot 20-settings-mail
key ctrl+6
shot 21-email-intake
# The demo mailbox, newest first: unreadable, bounce, out-of-office, reply, the office's answer,
# a colleague's forward, then the four new complaints; the seventh row is the HTML message with a
# photo, the ninth one in GB2312.
xdotool mousemove 480 340 click 1
shot 21b-email-html-photo
xdotool mousemove 480 413 click 1
shot 21c-email-gb2312
xdotool mousemove 480 304 click 1
shot 21e-email-forward
xdotool mousemove 480 122 click 1
shot 21d-email-unreadable
# 登记为投诉… (the second row of buttons) opens the new-complaint form filled in from the
# unreadable message.
xdotool mousemove 855 163 click 1
shot 21f-email-register-unreadable
key Escape
key ctrl+7
shot 22-letter-archive 2
