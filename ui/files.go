package ui

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"

	"complaintdesk/data"
	"complaintdesk/mailintake"
	"complaintdesk/ui/sysopen"
)

// choosePath asks the clerk for a file to read, of one of exts (".eml") when given, and hands
// its path to use.
func (d *Desk) choosePath(use func(path string), exts ...string) {
	dlg := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			d.showError(err)
			return
		}
		if r == nil {
			return // cancelled
		}
		path := r.URI().Path()
		r.Close()
		use(path)
	}, d.win)
	if len(exts) > 0 {
		dlg.SetFilter(storage.NewExtensionFileFilter(exts))
	}
	d.showFileDialog(dlg, lang.L("Open a file"))
}

// chooseFolder asks the clerk for a folder and hands its path to use.
func (d *Desk) chooseFolder(use func(path string)) {
	dlg := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err != nil {
			d.showError(err)
			return
		}
		if u != nil {
			use(u.Path())
		}
	}, d.win)
	d.showFileDialog(dlg, lang.L("Choose a folder"))
}

// showFileDialog shows a file dialog at most of the window's size, titled title.
func (d *Desk) showFileDialog(dlg *dialog.FileDialog, title string) {
	fitFileDialog(dlg, d.win, title)
	d.showDialog(dlg)
}

// fitFileDialog sizes a file dialog to most of its window (its own size is too small to see a
// folder of scans by) and gives it its title: Fyne's own joins two words with a space,
// "保存 文件".
func fitFileDialog(dlg *dialog.FileDialog, win fyne.Window, title string) {
	dlg.SetTitleText(title)
	size := win.Canvas().Size()
	dlg.Resize(fyne.NewSize(size.Width*0.8, size.Height*0.8))
}

// openCopy writes what read returns to name in a temporary folder of its own (dir, below the
// desk's temporary folder) and hands it to the system viewer; an Outlook message goes as the
// .eml it stands for, which any mail program opens, not only Outlook. area names the failure.
func (d *Desk) openCopy(area, dir, name string, read func(ctx context.Context) ([]byte, error)) {
	name = safeFileName(name)
	if sysopen.RunsAsProgram(name) {
		// Refused before a byte is read or written: a program mailed in is never run from here.
		d.showError(fmt.Errorf("%s: %q: %w", area, name, sysopen.ErrRuns))
		return
	}
	d.run(func(ctx context.Context) error {
		b, err := read(ctx)
		if err != nil {
			return err
		}
		name, b := mailintake.ReadableCopy(name, b)
		dir := filepath.Join(os.TempDir(), "ComplaintDesk", dir)
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return fmt.Errorf("%s: %w", area, err)
		}
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, b, 0o600); err != nil {
			return fmt.Errorf("%s: %w", area, err)
		}
		return sysopen.OpenReceived(path)
	}, func(err error) {
		if err != nil {
			d.showError(err)
		}
	})
}

// saveFile asks where to save a file named name, starting in the clerk's home folder, and writes
// what read returns there.
func (d *Desk) saveFile(name string, read func(ctx context.Context) ([]byte, error)) {
	dlg := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			d.showError(err)
			return
		}
		if w == nil {
			return
		}
		d.saveTo(w, read)
	}, d.win)
	dlg.SetFileName(safeFileName(name))
	startInHome(dlg)
	d.showFileDialog(dlg, lang.L("Save as"))
}

// saveTo writes what read returns to w, the file the clerk chose, and says so in the status line.
func (d *Desk) saveTo(w fyne.URIWriteCloser, read func(ctx context.Context) ([]byte, error)) {
	d.run(func(ctx context.Context) error {
		defer w.Close()
		b, err := read(ctx)
		if err != nil {
			return err
		}
		_, err = w.Write(b)
		return err
	}, func(err error) {
		if err != nil {
			d.showError(err)
			return
		}
		d.setStatus(lang.L("Saved {{.Name}}", map[string]any{"Name": w.URI().Name()}))
	})
}

// startInHome opens a file dialog in the clerk's home folder, where a saved file is easy to find.
func startInHome(dlg *dialog.FileDialog) {
	if home, err := os.UserHomeDir(); err == nil {
		if l, err := storage.ListerForURI(storage.NewFileURI(home)); err == nil {
			dlg.SetLocation(l)
		}
	}
}

// maxFileName is the most characters of a name a file is written under.
const maxFileName = 80

// safeFileName makes a name (a letter's title, a file from a sender's mail) into one Windows
// can write: the characters it refuses (a colon, a slash, a question mark…) become "_",
// trailing dots and spaces go, and a device name (CON, NUL, COM1…) gets a "_" in front.
func safeFileName(name string) string {
	name = strings.Map(func(r rune) rune {
		if r < 32 || strings.ContainsRune(`<>:"/\|?*`, r) {
			return '_'
		}
		return r
	}, name)
	name = strings.TrimRight(strings.TrimSpace(name), ". ")
	if name == "" {
		return "file"
	}
	// A name of 200 characters fits neither a disk's 255 bytes nor a path of Windows' 260
	// characters under the temporary folder: its beginning and its extension.
	name = data.ShortName(name, maxFileName, 3*maxFileName)
	stem, _, _ := strings.Cut(strings.ToUpper(name), ".")
	switch strings.TrimSpace(stem) {
	case "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
		"LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9":
		name = "_" + name
	}
	return name
}
