package ui

import (
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
)

// letterEnv lets the letter screens run their work the way the desk does: results applied by
// the desk's apply, counted with its background tasks, on its clock.
func (d *Desk) letterEnv() *letterEnv {
	env := newLetterEnv(d.ctx, d.win)
	env.runner, env.now, env.letters = d.runner(), d.now, d.letters
	return env
}

// lettersTab shows a case's written answers (issued letters, the composer, letter/reply pairs).
func lettersTab(cv *caseView) *container.TabItem {
	return container.NewTabItem(lang.L("Letters"), newCaseLetters(cv.desk.letterEnv(), cv.desk.store, cv.ref, cv.reload))
}
