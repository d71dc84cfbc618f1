package ui

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

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
	localiseFileDialog(d.win)
}

// fitFileDialog sizes a file dialog to most of its window (its own size is too small to see a
// folder of scans by) and gives it its title: Fyne's own joins two words with a space,
// "保存 文件".
func fitFileDialog(dlg *dialog.FileDialog, win fyne.Window, title string) {
	dlg.SetTitleText(title)
	size := win.Canvas().Size()
	dlg.Resize(fyne.NewSize(size.Width*0.8, size.Height*0.8))
}

// fyneFileWords are the words Fyne's file dialog writes in English whatever the language: its
// places and its questions before a file is replaced.
var fyneFileWords = map[string]string{
	"Home":             "Home folder",
	"Computer":         "Computer",
	"App Files":        "App Files",
	"Desktop":          "Desktop",
	"Documents":        "Documents",
	"Downloads":        "Downloads",
	"Music":            "Music",
	"Pictures":         "Pictures",
	"Videos":           "Videos",
	"Movies":           "Videos",
	"Overwrite?":       "Replace the file?",
	"Cannot overwrite": "Cannot replace",
	"Files cannot replace a directory,\ncheck the file name and try again": "A file cannot replace a folder. Check the file name and try again.",
}

// fyneOverwrite is the start of Fyne's question before a file is replaced; the file's name
// follows it, then "?".
const fyneOverwrite = "Are you sure you want to overwrite the file\n"

// fyneFileText is text of Fyne's file dialog in the clerk's words, or text itself when it is
// none of Fyne's (a folder's or a file's own name).
func fyneFileText(text string) string {
	if key, ok := fyneFileWords[text]; ok {
		return lang.L(key)
	}
	if name, ok := strings.CutPrefix(text, fyneOverwrite); ok && strings.HasSuffix(name, "?") {
		return lang.L("{{.Name}} already exists. Replace it?", map[string]any{"Name": strings.TrimSuffix(name, "?")})
	}
	return text
}

// localiseFileDialog puts the file dialog shown on top of win into the clerk's words where Fyne
// writes English whatever the language: the places on its left (Home, Desktop, Documents…) and,
// when a button of it asks a question (Overwrite?) or says why it cannot (Cannot overwrite), that
// question. Fyne's own translated words (保存, 取消, 新文件夹) are left as they are.
func localiseFileDialog(win fyne.Window) {
	top, ok := win.Canvas().Overlays().Top().(*widget.PopUp)
	if !ok {
		return
	}
	eachPart(top.Content, func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *container.Split:
			// The places are the list on the split's left; the files on its right keep their names.
			places, ok := x.Leading.(*widget.List)
			if !ok || places.UpdateItem == nil {
				return
			}
			update := places.UpdateItem
			places.UpdateItem = func(id widget.ListItemID, item fyne.CanvasObject) {
				update(id, item)
				localiseLabels(item)
			}
			places.Refresh()
		case *widget.Button:
			tapped := x.OnTapped
			if tapped == nil {
				return
			}
			x.OnTapped = func() {
				before := win.Canvas().Overlays().Top()
				tapped()
				if asked := win.Canvas().Overlays().Top(); asked != nil && asked != before {
					localiseLabels(asked)
				}
			}
		}
	})
}

// localiseLabels puts the labels in o that are Fyne's file dialog's English into the clerk's
// words.
func localiseLabels(o fyne.CanvasObject) {
	eachPart(o, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok {
			if text := fyneFileText(l.Text); text != l.Text {
				l.SetText(text)
			}
		}
	})
}

// eachPart visits o and the parts of it that Fyne's containers show: a container's objects, a
// split's two sides, a scroll's content, a pop-up's content. A widget's own rendering is not
// entered.
func eachPart(o fyne.CanvasObject, visit func(fyne.CanvasObject)) {
	if o == nil {
		return
	}
	visit(o)
	switch x := o.(type) {
	case *fyne.Container:
		for _, c := range x.Objects {
			eachPart(c, visit)
		}
	case *container.Split:
		eachPart(x.Leading, visit)
		eachPart(x.Trailing, visit)
	case *container.Scroll:
		eachPart(x.Content, visit)
	case *widget.PopUp:
		eachPart(x.Content, visit)
	}
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
