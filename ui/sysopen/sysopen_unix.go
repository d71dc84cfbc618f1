//go:build !windows

package sysopen

import (
	"errors"
	"fmt"
	"os/exec"
	"runtime"
	"strings"
)

// command returns the program and arguments that carry out the action on an absolute path.
func command(a action, path string) (string, []string) {
	opener := "xdg-open"
	if runtime.GOOS == "darwin" {
		opener = "open"
	}
	if a == actPrint {
		return "lp", []string{path}
	}
	return opener, []string{path}
}

func launch(a action, path string) error {
	name, args := command(a, path)
	cmd := exec.Command(name, args...)
	if a == actPrint {
		// lp only queues the job and exits; its message is the one that says why a job
		// was refused (no printer, no spooler).
		out, err := cmd.CombinedOutput()
		if err != nil {
			if msg := strings.TrimSpace(string(out)); msg != "" {
				return fmt.Errorf("%s: %w: %s", name, err, msg)
			}
			return fmt.Errorf("%s: %w", name, err)
		}
		return nil
	}
	if err := cmd.Start(); errors.Is(err, exec.ErrNotFound) {
		return fmt.Errorf("start %s: %w: %w", name, ErrNoProgram, err)
	} else if err != nil {
		return fmt.Errorf("start %s: %w", name, err)
	}
	// The viewer lives as long as the user keeps it open; reap it without making the
	// caller wait.
	go func() { _ = cmd.Wait() }()
	return nil
}

// markDownloaded does nothing here: only Windows keeps where a file came from.
func markDownloaded(string) {}
