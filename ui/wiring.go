package ui

import (
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
)

// lettersTab shows a case's written answers (issued letters, the composer, letter/reply pairs).
func lettersTab(cv *caseView) *container.TabItem {
	return container.NewTabItem(lang.L("Letters"), NewCaseLetters(cv.desk.ctx, cv.desk.win, cv.desk.store, cv.ref, cv.reload))
}
