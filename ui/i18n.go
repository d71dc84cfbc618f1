package ui

import (
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"complaintdesk/assets"
	"complaintdesk/data"
	"complaintdesk/ui/sysopen"
)

// Languages are the translations shipped in assets/i18n, by file name.
var Languages = []string{"zh-Hans", "zh-Hant", "en"}

// DefaultLanguage is used when the clerk has not chosen one.
const DefaultLanguage = "zh-Hans"

// languageName is how each language names itself in the settings.
var languageName = map[string]string{"zh-Hans": "简体中文", "zh-Hant": "繁體中文", "en": "English"}

// SetupLanguage loads the translations and makes code the language of the window. Fyne picks
// its language once, from the system locale; so the chosen file is also registered under the
// system locale, which then matches it exactly. It takes effect for everything built after
// the call, which is why a change in the settings applies at the next start.
func SetupLanguage(code string) error {
	if err := lang.AddTranslationsFS(assets.FS, "i18n"); err != nil {
		return fmt.Errorf("ui: translations: %w", err)
	}
	if !knownLanguage(code) {
		code = DefaultLanguage
	}
	b, err := assets.FS.ReadFile("i18n/" + code + ".json")
	if err != nil {
		return fmt.Errorf("ui: translations %s: %w", code, err)
	}
	for _, l := range []fyne.Locale{lang.SystemLocale(), fyne.Locale(lang.SystemLocale().LanguageString()), "en"} {
		if err := lang.AddTranslationsForLocale(b, l); err != nil {
			return fmt.Errorf("ui: translations %s as %s: %w", code, l, err)
		}
	}
	return nil
}

func knownLanguage(code string) bool {
	for _, l := range Languages {
		if l == code {
			return true
		}
	}
	return false
}

// errorText turns an error from the packages into one translated sentence for the clerk.
func errorText(err error) string {
	if err == nil {
		return ""
	}
	var in errInput
	if errors.As(err, &in) {
		return in.msg
	}
	if p, ok := data.AsProblem(err); ok {
		args := map[string]any{}
		for k, v := range p.Args {
			args[k] = v
		}
		args["Field"] = fieldName(p.Field)
		return lang.X("err."+p.Code, p.Error(), args)
	}
	msg := err.Error()
	// A database that went away surfaces as driver errors without a Problem; the clerk needs
	// to know that nothing was saved rather than the driver's wording.
	switch {
	case strings.Contains(msg, "database is closed"), strings.Contains(msg, "unable to open database"),
		strings.Contains(msg, "disk I/O error"), strings.Contains(msg, "no such table"):
		return lang.L("The database cannot be reached. Nothing was saved. Check the data folder and restart Complaint Desk.")
	case errors.Is(err, data.ErrDiskFull):
		return lang.L("The disk is full: nothing was saved. Free some space and try again.")
	case errors.Is(err, data.ErrNotFound):
		return lang.L("Not found.")
	case errors.Is(err, sysopen.ErrNoProgram):
		return lang.L("No program on this computer opens this kind of file. Save it, and open it where there is one.")
	case errors.Is(err, sysopen.ErrRuns):
		return lang.L("This file would run as a program, so it is not opened here. Save it and have it checked by antivirus software first.")
	}
	return lang.L("Something went wrong: {{.Error}}", map[string]any{"Error": msg})
}

// fieldName translates the field name of a data.Problem or of the audit trail. Audit rows of
// accounts written by early versions name fields as Go does (DisplayName): they read as the
// store's names (display_name).
func fieldName(f string) string {
	if f == "" {
		return ""
	}
	f = snakeCase(f)
	return lang.X("field."+f, strings.ReplaceAll(f, "_", " "))
}

// snakeCase writes a field named as Go names it (DisplayName, early audit rows and policies) as
// the store names fields (display_name); a name already so is left as it is.
func snakeCase(f string) string {
	if f == "" || f[0] < 'A' || f[0] > 'Z' {
		return f
	}
	var b strings.Builder
	for i, r := range f {
		if r >= 'A' && r <= 'Z' {
			if i > 0 {
				b.WriteByte('_')
			}
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}
