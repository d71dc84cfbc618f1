package mailintake

import "os"

// processAlive says whether a process with this id runs on this computer: on Windows, finding
// it opens it, which fails once it has ended.
func processAlive(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	_ = p.Release()
	return true
}
