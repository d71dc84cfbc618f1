//go:build !windows

package mailintake

import (
	"errors"
	"os"
	"syscall"
)

// processAlive says whether a process with this id runs on this computer.
func processAlive(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	err = p.Signal(syscall.Signal(0))
	return err == nil || errors.Is(err, syscall.EPERM)
}
