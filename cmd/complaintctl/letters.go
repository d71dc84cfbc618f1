package main

import (
	"bufio"
	"fmt"
	"strings"
	"time"

	"complaintdesk/data"
	"complaintdesk/data/phrases"
	"complaintdesk/letters"
)

func init() {
	register("letter", "issue a letter or form of a complaint as PDF (apology|reply|receipt|form|followup)", runLetter)
	register("dossier", "the case file of a complaint as PDF, for the paper archive", runDossier)
}

// runLetter: letter --ref REF --kind apology|reply|receipt|form|followup [--archive-copy] --out FILE.pdf.
// It composes the document from the template in force, issues it (filed with the case, on the
// timeline) and writes it. With --archive-copy it writes the archive copy (存档副本 on every
// page) of the latest issued letter of that kind, issuing one first when there is none.
func runLetter(e *env, args []string) error {
	fs := flags("letter")
	ref := fs.String("ref", "", "reference number of the complaint")
	kindName := fs.String("kind", "", "apology|reply|receipt|form|followup")
	archive := fs.Bool("archive-copy", false, "write the archive copy")
	out := fs.String("out", "", "PDF file to write (- for stdout)")
	lang := fs.String("lang", "", "zh-Hans|zh-Hant|en (default: the language setting)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *ref == "" || *kindName == "" || *out == "" {
		return usagef("letter: --ref REF, --kind KIND and --out FILE.pdf are required")
	}
	kind, err := letters.ParseKind(*kindName)
	if err != nil {
		return usagef("letter: --kind must be apology, reply, receipt, form or followup, not %q", *kindName)
	}
	if err := checkLang(*lang); err != nil {
		return err
	}
	s, err := e.openExisting("letter")
	if err != nil {
		return err
	}
	c, err := s.Complaint(e.ctx, *ref)
	if err != nil {
		return err
	}
	language, err := letterLang(e, s, *lang)
	if err != nil {
		return err
	}

	var previous *data.Letter
	if *archive {
		issued, err := s.Letters(e.ctx, c.ID)
		if err != nil {
			return err
		}
		for i := range issued {
			if issued[i].Kind == string(kind) {
				previous = &issued[i]
			}
		}
	}
	var summary []string
	err = writeAtomically(e, *out, func(w *bufio.Writer) error {
		l := previous
		var pdf []byte
		var warnings []letters.Warning
		if l == nil {
			draft, err := letters.Prepare(e.ctx, s, c.Ref, kind, language, s.Now())
			if err != nil {
				return err
			}
			if err := refuseForbidden(e, s, draft); err != nil {
				return err
			}
			issued, err := letters.Issue(e.ctx, s, draft, s.Now())
			if err != nil {
				return err
			}
			l, pdf, warnings = issued.Letter, issued.PDF, issued.Warnings
			summary = append(summary, fmt.Sprintf("issued letter %d: %s (%s) for %s, %d page(s), sha256 %s",
				l.ID, l.Title, l.Kind, l.Ref, l.Pages, l.SHA256))
			if len(draft.Missing) > 0 {
				summary = append(summary, "note: left blank to fill in by hand: "+strings.Join(draft.Missing, ", "))
			}
			if chars := draft.Unprintable(); len(chars) > 0 {
				summary = append(summary, "note: no font on this computer has "+strings.Join(chars, " ")+"; the letter prints them as □")
			}
			if len(draft.Unchecked) > 0 && c.DueResolve != nil {
				summary = append(summary, fmt.Sprintf("note: %s (%s) counts Monday to Friday only: the holiday calendar "+
					"does not cover its year; check the date before the letter goes out", strings.Join(draft.Unchecked, ", "),
					c.DueResolve.In(s.Calendar().Location()).Format(time.DateOnly)))
			}
		}
		if *archive {
			ac, err := letters.ArchiveCopy(*l, letters.Options{})
			if err != nil {
				return err
			}
			pdf, warnings = ac.PDF, ac.Warnings
			summary = append(summary, fmt.Sprintf("archive copy of letter %d: %s (%s) for %s, %d page(s)",
				l.ID, l.Title, l.Kind, l.Ref, ac.Pages))
		}
		for _, wn := range warnings {
			summary = append(summary, "note: "+wn.Detail)
		}
		_, err := w.Write(pdf)
		return err
	})
	if err != nil {
		return err
	}
	if *out != "-" {
		for _, line := range summary {
			fmt.Fprintln(e.stdout, line)
		}
	}
	return nil
}

// runDossier: dossier --ref REF --out FILE.pdf.
func runDossier(e *env, args []string) error {
	fs := flags("dossier")
	ref := fs.String("ref", "", "reference number of the complaint")
	out := fs.String("out", "", "PDF file to write (- for stdout)")
	lang := fs.String("lang", "", "zh-Hans|zh-Hant|en (default: the language setting)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *ref == "" || *out == "" {
		return usagef("dossier: --ref REF and --out FILE.pdf are required")
	}
	if err := checkLang(*lang); err != nil {
		return err
	}
	s, err := e.openExisting("dossier")
	if err != nil {
		return err
	}
	language, err := letterLang(e, s, *lang)
	if err != nil {
		return err
	}
	c, err := s.Complaint(e.ctx, *ref) // the number alone (301) names it too
	if err != nil {
		return err
	}
	doc, err := letters.BuildDossier(e.ctx, s, c.Ref, language, s.Now(), letters.Options{ArchiveCopy: true})
	if err != nil {
		return err
	}
	if err := writeAtomically(e, *out, func(w *bufio.Writer) error {
		_, err := w.Write(doc.PDF)
		return err
	}); err != nil {
		return err
	}
	if *out != "-" {
		fmt.Fprintf(e.stdout, "dossier of %s: %d page(s)\n", c.Ref, doc.Pages)
		for _, wn := range doc.Warnings {
			fmt.Fprintln(e.stdout, "note: "+wn.Code+": "+wn.Detail)
		}
	}
	return nil
}

func checkLang(lang string) error {
	switch lang {
	case "", "zh-Hans", "zh-Hant", "en":
		return nil
	}
	return usagef("--lang must be zh-Hans, zh-Hant or en, not %q", lang)
}

// letterLang is the language asked for, else the window's language setting, else zh-Hans.
func letterLang(e *env, s *data.Store, lang string) (string, error) {
	if lang != "" {
		return lang, nil
	}
	v, err := s.Setting(e.ctx, data.SettingLanguage)
	if err != nil {
		return "", err
	}
	switch v {
	case "zh-Hant", "en":
		return v, nil
	}
	return "zh-Hans", nil
}

// refuseForbidden stops a letter that contains a forbidden phrase: on the command line there
// is no one to warn before it goes out.
func refuseForbidden(e *env, s *data.Store, d letters.Draft) error {
	v, err := s.Setting(e.ctx, data.SettingPhrases)
	if err != nil {
		return err
	}
	lists, err := phrases.Parse([]byte(v))
	if err != nil {
		return err
	}
	if hits := letters.ForbiddenIn(d, lists.Phrases()); len(hits) > 0 {
		h := hits[0]
		snippet := []rune(d.Text())[h.Pos : h.Pos+h.Len]
		return fmt.Errorf("letter: the text contains the forbidden phrase %q (%q); correct the case record first: %w",
			h.Phrase, string(snippet), data.ErrInvalid)
	}
	return nil
}
