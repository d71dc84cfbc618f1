//go:build !linux

package imaptest

import "syscall"

func procAttr() *syscall.SysProcAttr { return nil }
