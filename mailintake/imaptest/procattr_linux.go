package imaptest

import "syscall"

// procAttr has Dovecot sent SIGTERM when the thread that started it ends: with that thread
// kept for Dovecot's life, when the test process dies without stopping it (a panic).
func procAttr() *syscall.SysProcAttr { return &syscall.SysProcAttr{Pdeathsig: syscall.SIGTERM} }
