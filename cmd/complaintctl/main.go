// Command complaintctl is the command-line companion of Complaint Desk: scheduled mail import,
// backup, export, reports and demo data on the same database as the window.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sort"
	"strings"

	"complaintdesk/data"
)

// command is one subcommand: it gets the global options and its own arguments.
type command struct {
	summary string
	run     func(env *env, args []string) error
}

var commands = map[string]command{}

func register(name, summary string, run func(env *env, args []string) error) {
	commands[name] = command{summary: summary, run: run}
}

// env is what every subcommand shares.
type env struct {
	ctx    context.Context
	dbPath string
	stdout io.Writer
	stderr io.Writer
	store  *data.Store
}

// open opens the database once, on first use.
func (e *env) open() (*data.Store, error) {
	if e.store != nil {
		return e.store, nil
	}
	s, err := data.Open(e.dbPath)
	if err != nil {
		return nil, err
	}
	e.store = s
	return s, nil
}

// openExisting opens the database of a command that works on what is stored (a list, an
// export, a case's letter), refusing when it is not there: a mistyped --db would otherwise make
// a new, empty one and report nothing stored.
func (e *env) openExisting(cmd string) (*data.Store, error) {
	if !e.exists() {
		return nil, usagef("%s: no database at %s", cmd, e.dbPath)
	}
	return e.open()
}

// exists tells whether the database is there (or open): opening one that is not makes it.
func (e *env) exists() bool {
	if e.store != nil {
		return true
	}
	_, err := os.Stat(e.dbPath)
	return !errors.Is(err, fs.ErrNotExist)
}

// usageError is bad input found before the database is touched.
type usageError struct{ msg string }

func (u usageError) Error() string { return u.msg }

func usagef(format string, a ...any) error { return usageError{fmt.Sprintf(format, a...)} }

// helpShown is -h or --help given to a command: its flags, for standard output.
type helpShown struct{ text string }

func (h helpShown) Error() string { return h.text }

// flagHelp lists the flags of fs with what each is for and its default.
func flagHelp(fs *flag.FlagSet) string {
	var b strings.Builder
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	if n == 0 {
		return "usage: complaintctl " + fs.Name() + " (no flags)\n"
	}
	fmt.Fprintf(&b, "usage: complaintctl %s [flags]\n", fs.Name())
	fs.SetOutput(&b)
	fs.PrintDefaults()
	fs.SetOutput(io.Discard)
	return b.String()
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	global := flag.NewFlagSet("complaintctl", flag.ContinueOnError)
	global.SetOutput(io.Discard)
	def, _ := data.DefaultPath()
	dbPath := global.String("db", def, "database file")
	user := global.String("user", "admin", "the user the changes are recorded for")
	err := global.Parse(args)
	if errors.Is(err, flag.ErrHelp) || err == nil && global.Arg(0) == "help" {
		printUsage(stdout)
		return 0
	}
	if err != nil || global.NArg() == 0 {
		if err == nil {
			printUsage(stderr)
			return 2
		}
		fmt.Fprintln(stderr, "complaintctl:", err)
		return 2
	}
	name := global.Arg(0)
	cmd, ok := commands[name]
	if !ok {
		fmt.Fprintf(stderr, "complaintctl: unknown command %q (run without arguments for the list)\n", name)
		return 2
	}
	e := &env{ctx: data.WithActor(context.Background(), *user), dbPath: *dbPath, stdout: stdout, stderr: stderr}
	err = cmd.run(e, global.Args()[1:])
	if e.store != nil {
		if cerr := e.store.Close(); err == nil && cerr != nil {
			err = cerr
		}
	}
	var help helpShown
	if errors.As(err, &help) {
		fmt.Fprint(stdout, help.text)
		return 0
	}
	if err != nil {
		msg := oneLine(err.Error())
		if !strings.HasPrefix(msg, name+" ") && !strings.HasPrefix(msg, name+":") {
			msg = name + ": " + msg // "mail sync: …" names its subcommand itself
		}
		fmt.Fprintln(stderr, "complaintctl "+msg)
		return 2
	}
	return 0
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func printUsage(w io.Writer) {
	fmt.Fprintln(w, "usage: complaintctl [--db PATH] [--user NAME] COMMAND ...")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-8s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "complaintctl COMMAND -h lists the flags of a command, e.g. complaintctl mail sync -h")
}

// flags makes a subcommand flag set whose errors come back as usage errors.
func flags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

// parse parses args, allowing flags after positional arguments, and reports bad flags as usage
// errors; -h or --help asks for the command's flags instead.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); errors.Is(err, flag.ErrHelp) {
			return nil, helpShown{flagHelp(fs)}
		} else if err != nil {
			return nil, usagef("%v (complaintctl %s -h lists its flags)", err, fs.Name())
		}
		if fs.NArg() == 0 {
			return pos, nil
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

// parseFlags parses args as parse does, for a command that takes flags only.
func parseFlags(fs *flag.FlagSet, args []string) error {
	pos, err := parse(fs, args)
	if err == nil && len(pos) > 0 {
		err = usagef("%s: unexpected argument %q", fs.Name(), pos[0])
	}
	return err
}

// jsonLines writes one JSON object per line to standard output, Chinese and <> as they are.
func (e *env) jsonLines() *json.Encoder {
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	return enc
}
