//go:build !windows

package sysopen

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestCommand(t *testing.T) {
	if runtime.GOOS == "darwin" {
		t.Skip("macOS opens with open(1)")
	}
	tests := []struct {
		name     string
		action   action
		wantName string
	}{
		{name: "open", action: actOpen, wantName: "xdg-open"},
		{name: "print", action: actPrint, wantName: "lp"},
		{name: "reveal", action: actReveal, wantName: "xdg-open"},
	}
	const path = "/home/clerk/档案/回复函 TS-2026-000123.pdf"
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name, args := command(tt.action, path)
			if name != tt.wantName || !slices.Equal(args, []string{path}) {
				t.Errorf("command(%v) = %s %q, want %s %q", tt.action, name, args, tt.wantName, []string{path})
			}
		})
	}
}

// fakeProgram puts an executable shell script named name first on PATH for the test.
func fakeProgram(t *testing.T, name, script string) {
	t.Helper()
	bin := t.TempDir()
	if err := os.WriteFile(filepath.Join(bin, name), []byte("#!/bin/sh\n"+script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin)
}

// waitForFile polls for a file that another process writes, for at most five seconds.
func waitForFile(t *testing.T, path string) string {
	t.Helper()
	for range 100 {
		if b, err := os.ReadFile(path); err == nil && strings.HasSuffix(string(b), "\n") {
			return string(b)
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("%s was not written", path)
	return ""
}

func TestOpenDoesNotWaitForTheViewer(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("uses xdg-open")
	}
	work := t.TempDir()
	doc := filepath.Join(work, "致歉信.pdf")
	if err := os.WriteFile(doc, []byte("%PDF-1.4\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	release := filepath.Join(work, "release")
	record := filepath.Join(work, "record")
	// The stand-in viewer stays open until the test releases it after Open has returned;
	// if Open waited for it, it would give up after five seconds and record that.
	fakeProgram(t, "xdg-open", `i=0
while [ ! -e "`+release+`" ] && [ $i -lt 100 ]; do i=$((i+1)); /bin/sleep 0.05; done
if [ -e "`+release+`" ]; then state=released; else state=waited; fi
printf '%s %s\n' "$state" "$1" > "`+record+`"
`)
	if err := Open(doc); err != nil {
		t.Fatalf("Open: %v", err)
	}
	if err := os.WriteFile(release, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if got, want := waitForFile(t, record), "released "+doc+"\n"; got != want {
		t.Errorf("viewer recorded %q, want %q", got, want)
	}
}

func TestLaunchErrors(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("uses xdg-open and lp")
	}
	doc := filepath.Join(t.TempDir(), "受理回执.pdf")
	if err := os.WriteFile(doc, []byte("%PDF-1.4\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		program string
		script  string
		call    func(string) error
		want    []string
	}{
		{
			name: "no viewer installed", call: Open,
			want: []string{"sysopen: open", "start xdg-open", "executable file not found"},
		},
		{
			name: "printer refuses", program: "lp", call: Print,
			script: "echo 'lp: Error - no default destination available.' >&2\nexit 1\n",
			want:   []string{"sysopen: print", "lp: exit status 1", "no default destination available"},
		},
		{
			name: "no spooler installed", call: Print,
			want: []string{"sysopen: print", "executable file not found"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.program != "" {
				fakeProgram(t, tt.program, tt.script)
			} else {
				t.Setenv("PATH", t.TempDir())
			}
			err := tt.call(doc)
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
		})
	}
}

func TestPrintHandsTheFileToTheSpooler(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("uses lp")
	}
	work := t.TempDir()
	doc := filepath.Join(work, "投诉处理单.pdf")
	if err := os.WriteFile(doc, []byte("%PDF-1.4\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	record := filepath.Join(work, "record")
	fakeProgram(t, "lp", `printf '%s\n' "$1" > "`+record+`"
echo "request id is office-7 (1 file(s))"
`)
	if err := Print(doc); err != nil {
		t.Fatalf("Print: %v", err)
	}
	if got := waitForFile(t, record); got != doc+"\n" {
		t.Errorf("lp got %q, want %q", got, doc+"\n")
	}
}

// Without a viewer on the computer, opening says so in a way the window can tell the clerk.
func TestNoViewerIsErrNoProgram(t *testing.T) {
	if runtime.GOOS == "darwin" {
		t.Skip("macOS always has open(1)")
	}
	t.Setenv("PATH", t.TempDir())
	path := filepath.Join(t.TempDir(), "照片.png")
	if err := os.WriteFile(path, []byte("png"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := OpenReceived(path); !errors.Is(err, ErrNoProgram) {
		t.Errorf("OpenReceived without xdg-open: %v, want ErrNoProgram", err)
	}
}
