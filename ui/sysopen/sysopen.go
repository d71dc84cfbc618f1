// Package sysopen hands files and folders to the operating system's own programs: the
// default viewer for a PDF, an .eml or an image, the default print handler, and the file
// manager. Every call starts the program and returns without waiting for it to close.
package sysopen

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// action is what the system is asked to do with a path.
type action int

const (
	actOpen action = iota
	actPrint
	actReveal
)

func (a action) String() string {
	switch a {
	case actOpen:
		return "open"
	case actPrint:
		return "print"
	case actReveal:
		return "reveal"
	}
	return fmt.Sprintf("action(%d)", int(a))
}

// ErrNotFile is returned when Open or Print is given a folder.
var ErrNotFile = errors.New("is a folder, not a file")

// ErrNotFolder is returned when Reveal is given a file.
var ErrNotFolder = errors.New("is a file, not a folder")

// ErrRuns is returned when OpenReceived is given a file that would run as a program (an .exe,
// a script, a shortcut) instead of opening in a viewer.
var ErrRuns = errors.New("opening it would run it as a program")

// ErrNoProgram is returned when no program on this computer opens (or prints) files of the
// file's type.
var ErrNoProgram = errors.New("no program on this computer opens this kind of file")

// Open shows the file in the program the system uses for its type.
func Open(path string) error { return run(actOpen, path) }

// OpenReceived shows a file that came from outside, such as an email's attachment. A file that
// would run as a program is refused with ErrRuns. On Windows the file is first marked as coming
// from the internet, as a browser marks what it downloads, so that SmartScreen checks it and
// Office opens it in Protected View.
func OpenReceived(path string) error {
	if RunsAsProgram(path) {
		return fmt.Errorf("sysopen: open %q: %w", path, ErrRuns)
	}
	markDownloaded(path)
	return run(actOpen, path)
}

// RunsAsProgram tells a file that Windows would run, not show, by its extension: programs,
// installers, scripts, shortcuts, control-panel items, compiled help, disk images.
func RunsAsProgram(name string) bool {
	ext := strings.ToLower(filepath.Ext(strings.TrimRight(name, ". ")))
	switch ext {
	case ".exe", ".com", ".scr", ".pif", ".bat", ".cmd", ".vb", ".vbs", ".vbe", ".js", ".jse", ".wsf", ".wsh", ".ws",
		".msi", ".msp", ".mst", ".hta", ".cpl", ".jar", ".ps1", ".psm1", ".psd1", ".reg", ".lnk", ".url", ".scf",
		".inf", ".dll", ".sys", ".gadget", ".application", ".appref-ms", ".msc", ".chm", ".hlp", ".iso", ".img",
		".vhd", ".vhdx", ".xll", ".appx", ".appxbundle", ".msix", ".msixbundle", ".settingcontent-ms", ".diagcab":
		return true
	}
	return false
}

// Print sends the file to the printer through the program the system uses to print its
// type. It returns once the job has been handed over, not when it has been printed.
func Print(path string) error { return run(actPrint, path) }

// Reveal opens the folder in the system's file manager.
func Reveal(dir string) error { return run(actReveal, dir) }

func run(a action, path string) error {
	abs, err := target(a, path)
	if err != nil {
		return fmt.Errorf("sysopen: %s %q: %w", a, path, err)
	}
	if err := launch(a, abs); err != nil {
		return fmt.Errorf("sysopen: %s %q: %w", a, abs, err)
	}
	return nil
}

// target checks that path names what the action needs and makes it absolute, because the
// program that receives it runs with its own working directory.
func target(a action, path string) (string, error) {
	if path == "" {
		return "", errors.New("empty path")
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	info, err := os.Stat(abs)
	if err != nil {
		return "", err
	}
	switch {
	case a == actReveal && !info.IsDir():
		return "", ErrNotFolder
	case a != actReveal && info.IsDir():
		return "", ErrNotFile
	}
	return abs, nil
}
