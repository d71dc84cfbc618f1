package sysopen

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"syscall"
	"unsafe"

	"golang.org/x/sys/windows"
)

// Loaded from System32 only, so that no DLL next to the program can stand in for it.
var procShellExecuteW = windows.NewLazySystemDLL("shell32.dll").NewProc("ShellExecuteW")

// sFalse is the S_FALSE result of CoInitializeEx.
const sFalse = syscall.Errno(1)

// verb returns the Explorer verb that carries out the action: the same ones as the
// file's right-click menu.
func verb(a action) string {
	if a == actPrint {
		return "print"
	}
	return "open"
}

// shellErrors are ShellExecute's own failure codes (SE_ERR_*), which it returns instead
// of a handle.
var shellErrors = map[uintptr]string{
	0:  "out of memory or resources",
	2:  "file not found",
	3:  "path not found",
	5:  "access denied",
	8:  "out of memory",
	26: "sharing violation",
	27: "file association incomplete",
	28: "DDE request timed out",
	29: "DDE request failed",
	30: "DDE busy",
	31: "no program is registered for this kind of file and this action",
	32: "DLL not found",
}

func launch(a action, path string) error {
	v, err := windows.UTF16PtrFromString(verb(a))
	if err != nil {
		return err
	}
	file, err := windows.UTF16PtrFromString(path)
	if err != nil {
		return err
	}
	// Shell handlers may be COM objects, so the calling thread needs an apartment.
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	// S_FALSE means COM was already set up on this thread; it still needs its matching
	// CoUninitialize. Any other failure (another apartment model) leaves it as it is.
	err = windows.CoInitializeEx(0, windows.COINIT_APARTMENTTHREADED|windows.COINIT_DISABLE_OLE1DDE)
	if err == nil || errors.Is(err, sFalse) {
		defer windows.CoUninitialize()
	}
	r, _, lastErr := procShellExecuteW.Call(0, uintptr(unsafe.Pointer(v)), uintptr(unsafe.Pointer(file)), 0, 0, windows.SW_SHOWNORMAL)
	if r > 32 {
		return nil
	}
	msg, ok := shellErrors[r]
	if !ok {
		msg = fmt.Sprintf("error code %d", r)
	}
	if r == 27 || r == 31 {
		return fmt.Errorf("ShellExecute %s: %s: %w", verb(a), msg, ErrNoProgram)
	}
	var errno syscall.Errno
	if errors.As(lastErr, &errno) && errno != 0 {
		return fmt.Errorf("ShellExecute %s: %s: %w", verb(a), msg, errno)
	}
	return fmt.Errorf("ShellExecute %s: %s", verb(a), msg)
}

// markDownloaded writes the file's Zone.Identifier stream, its "mark of the web": zone 3, the
// internet. A disk without such streams (FAT) simply keeps no mark.
func markDownloaded(path string) {
	_ = os.WriteFile(path+":Zone.Identifier", []byte("[ZoneTransfer]\r\nZoneId=3\r\n"), 0o600)
}
