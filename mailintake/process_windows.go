package mailintake

import (
	"errors"
	"os"

	"golang.org/x/sys/windows"
)

// processAlive says whether a process with this id runs on this computer. Opening it fails with
// ERROR_INVALID_PARAMETER once it has ended; a process of another user, or one run elevated (a
// scheduled job "with highest privileges"), refuses to be opened and runs.
func processAlive(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return !errors.Is(err, windows.ERROR_INVALID_PARAMETER)
	}
	_ = p.Release()
	return true
}
