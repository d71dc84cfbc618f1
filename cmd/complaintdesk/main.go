// Command complaintdesk is the clerk's window of Complaint Desk.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2/app"

	"complaintdesk/data"
	"complaintdesk/data/demo"
	"complaintdesk/ui"
)

func main() {
	def, err := data.DefaultPath()
	if err != nil {
		fmt.Fprintln(os.Stderr, "complaintdesk:", err)
		os.Exit(2)
	}
	dbPath := flag.String("db", def, "database file")
	user := flag.String("user", "admin", "the account to work as")
	flag.Parse()

	_, statErr := os.Stat(*dbPath)
	firstRun := errors.Is(statErr, os.ErrNotExist)
	start := time.Now()

	a := app.NewWithID("cn.complaintdesk.app")
	a.Settings().SetTheme(ui.NewTheme())
	store, err := data.Open(*dbPath)
	if err != nil {
		fmt.Fprintln(os.Stderr, "complaintdesk:", err)
		if lerr := ui.SetupLanguage(ui.DefaultLanguage); lerr != nil {
			fmt.Fprintln(os.Stderr, "complaintdesk:", lerr)
		}
		ui.ShowStartupError(a, *dbPath, err)
		os.Exit(2)
	}
	defer store.Close()
	language, err := store.Setting(context.Background(), data.SettingLanguage)
	if err != nil {
		fmt.Fprintln(os.Stderr, "complaintdesk:", err)
		os.Exit(2)
	}
	if err := ui.SetupLanguage(language); err != nil {
		fmt.Fprintln(os.Stderr, "complaintdesk:", err)
	}
	if language != "" {
		// A language chosen before the shipped names followed it: they do from this start.
		if err := store.NameShipped(context.Background(), language); err != nil {
			fmt.Fprintln(os.Stderr, "complaintdesk:", err)
		}
	}

	w := a.NewWindow("")
	// Closing it ends the program, letter windows included; the desk asks first about work
	// not saved in any of them.
	w.SetMaster()
	w.Resize(ui.WindowSize(a.Preferences()))
	ui.RememberWindowSize(w, a.Preferences())
	// Once accounts have passwords, the window asks who is working first, and again after
	// "switch user".
	signIn, err := store.SignInRequired(context.Background())
	if err != nil {
		fmt.Fprintln(os.Stderr, "complaintdesk:", err)
		os.Exit(2)
	}
	var desk *ui.Desk
	var open func(user string)
	open = func(user string) {
		o := ui.Options{
			User:      user,
			FirstRun:  firstRun,
			BackupDir: filepath.Join(filepath.Dir(*dbPath), "backups"),
			LoadDemo: func(ctx context.Context) error {
				_, err := demo.Fill(ctx, store, demo.Options{Complaints: 300, Seed: 1})
				return err
			},
		}
		if signIn {
			o.SignOut = func() {
				desk = nil
				ui.NewSignIn(store, "", open).Show(w)
			}
		}
		desk = ui.New(a, w, store, o)
		w.SetContent(desk)
	}
	if signIn {
		ui.NewSignIn(store, *user, open).Show(w)
	} else {
		open(*user)
	}
	if os.Getenv("COMPLAINTDESK_TIMING") != "" {
		// Reports how long the window took to come up, for the start-up measurement.
		a.Lifecycle().SetOnStarted(func() {
			fmt.Fprintf(os.Stderr, "complaintdesk: window shown %d ms after start\n", time.Since(start).Milliseconds())
		})
	}
	w.ShowAndRun()
	if desk != nil {
		desk.Close()
	}
}
