package sysopen

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

func TestTarget(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "letter.pdf")
	if err := os.WriteFile(file, []byte("%PDF-1.4\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		action  action
		path    string
		want    string
		wantErr error
	}{
		{name: "open file", action: actOpen, path: file, want: file},
		{name: "print file", action: actPrint, path: file, want: file},
		{name: "reveal folder", action: actReveal, path: dir, want: dir},
		{name: "open missing file", action: actOpen, path: filepath.Join(dir, "missing.pdf"), wantErr: fs.ErrNotExist},
		{name: "print missing file", action: actPrint, path: filepath.Join(dir, "missing.pdf"), wantErr: fs.ErrNotExist},
		{name: "reveal missing folder", action: actReveal, path: filepath.Join(dir, "missing"), wantErr: fs.ErrNotExist},
		{name: "open folder", action: actOpen, path: dir, wantErr: ErrNotFile},
		{name: "print folder", action: actPrint, path: dir, wantErr: ErrNotFile},
		{name: "reveal file", action: actReveal, path: file, wantErr: ErrNotFolder},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := target(tt.action, tt.path)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("target(%v, %q) error = %v, want %v", tt.action, tt.path, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("target(%v, %q): %v", tt.action, tt.path, err)
			}
			if got != tt.want {
				t.Errorf("target(%v, %q) = %q, want %q", tt.action, tt.path, got, tt.want)
			}
		})
	}
}

func TestTargetMakesRelativePathsAbsolute(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "photo.jpg"), []byte{0xff, 0xd8}, 0o600); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	got, err := target(actOpen, "photo.jpg")
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(dir, "photo.jpg"); got != want {
		t.Errorf("target(open, photo.jpg) = %q, want %q", got, want)
	}
}

func TestPublicFunctionsRejectMissingPaths(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "gone.eml")
	for name, call := range map[string]func(string) error{"Open": Open, "Print": Print, "Reveal": Reveal} {
		t.Run(name, func(t *testing.T) {
			err := call(missing)
			if !errors.Is(err, fs.ErrNotExist) {
				t.Fatalf("%s(%q) error = %v, want fs.ErrNotExist", name, missing, err)
			}
		})
	}
}

// A file mailed in that Windows would run, not show, is refused before anything starts.
func TestReceivedProgramIsNotOpened(t *testing.T) {
	for name, runs := range map[string]bool{
		"发票.exe": true, "照片.JPG.scr": true, "readme.JS": true, "update.bat.": true, "link.lnk": true, "setup.msi": true,
		"投诉照片.jpg": false, "回复函.pdf": false, "清单.xlsx": false, "原邮件.eml": false, "noext": false, "exe": false,
	} {
		if got := RunsAsProgram(name); got != runs {
			t.Errorf("RunsAsProgram(%q) = %v, want %v", name, got, runs)
		}
	}
	path := filepath.Join(t.TempDir(), "发票.exe")
	if err := os.WriteFile(path, []byte("MZ"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := OpenReceived(path); !errors.Is(err, ErrRuns) {
		t.Errorf("OpenReceived of a program: %v, want ErrRuns", err)
	}
}
