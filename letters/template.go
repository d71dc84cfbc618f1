// Package letters makes everything printable about a complaint: the written answers (apology,
// reply, acknowledgement receipt), the handling form and the follow-up record from editable
// templates, their PDF rendering on the office letterhead with Chinese line breaking, archive
// copies and the case dossier. It takes plain values and returns bytes; the only store access is
// through the small Store interface of Issue and BuildDossier.
package letters

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"complaintdesk/assets"
)

// Kind is a kind of written document.
type Kind string

const (
	KindApology  Kind = "apology"  // 致歉信
	KindReply    Kind = "reply"    // 回复函
	KindReceipt  Kind = "receipt"  // 受理回执
	KindForm     Kind = "form"     // 投诉处理单
	KindFollowUp Kind = "followup" // 回访记录
)

// Kinds lists every kind in the order the window offers them.
var Kinds = []Kind{KindApology, KindReply, KindReceipt, KindForm, KindFollowUp}

// Langs lists the template languages; the first is the default.
var Langs = []string{"zh-Hans", "zh-Hant", "en"}

// ParseKind accepts a kind name.
func ParseKind(s string) (Kind, error) {
	for _, k := range Kinds {
		if string(k) == strings.ToLower(strings.TrimSpace(s)) {
			return k, nil
		}
	}
	return "", fmt.Errorf("letters: unknown kind %q (apology, reply, receipt, form, followup)", s)
}

// IsLetter reports whether the kind is a letter to the complainant (salutation, closing, seal)
// rather than a form with signature lines.
func (k Kind) IsLetter() bool { return k == KindApology || k == KindReply || k == KindReceipt }

// normLang maps a language tag to one of Langs (zh-CN → zh-Hans, zh-TW/HK → zh-Hant, else en).
func normLang(lang string) string {
	l := strings.ToLower(strings.ReplaceAll(lang, "_", "-"))
	switch {
	case l == "" || l == "zh" || strings.HasPrefix(l, "zh-hans") || l == "zh-cn" || l == "zh-sg":
		return "zh-Hans"
	case strings.HasPrefix(l, "zh"):
		return "zh-Hant"
	default:
		return "en"
	}
}

// Template is a parsed letter template. Its text has sections in square brackets:
//
//	[title]       one line
//	[salutation]  one line, e.g. 尊敬的{complainant}先生/女士：
//	[body]        one paragraph per line; indented two characters when printed
//	[fields]      "label | value" or "label | value | lines" rows of a table; two fields
//	              joined by "||" share a row
//	[closing]     lines as printed, e.g. "　　此致" and "敬礼！"
//	[signatures]  one signature line per label (forms)
//
// Placeholders in braces, e.g. {ref}, are filled from Values; Placeholders lists them.
type Template struct {
	Title      string
	Salutation string
	Body       []string
	Fields     []TemplateField
	Closing    []string
	Signatures []string
}

// TemplateField is one row of a form table.
type TemplateField struct {
	Label string
	Value string
	Lines int  // the least number of text lines the row is tall (room to write by hand)
	Pair  bool // shares its row with the next field
}

var sections = []string{"title", "salutation", "body", "fields", "closing", "signatures"}

// TemplateSettingKey is the setting under which the administrator's edited template of a
// kind and language is saved; empty or unset means the shipped one.
func TemplateSettingKey(kind Kind, lang string) string {
	return "letter_template." + string(kind) + "." + normLang(lang)
}

// DefaultTemplate is the shipped template text of a kind in a language.
func DefaultTemplate(kind Kind, lang string) (string, error) {
	if _, err := ParseKind(string(kind)); err != nil {
		return "", err
	}
	b, err := assets.LetterTemplate(normLang(lang), string(kind))
	if err != nil {
		return "", fmt.Errorf("letters: template %s/%s: %w", lang, kind, err)
	}
	return string(b), nil
}

var placeholderPattern = regexp.MustCompile(`\{([^{}]*)\}`)

// ParseTemplate reads a template text and checks its sections and placeholders.
func ParseTemplate(text string) (*Template, error) {
	t := &Template{}
	section := ""
	seen := map[string]bool{}
	for i, raw := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		line := strings.TrimRight(raw, " \t")
		if s, ok := sectionName(line); ok {
			if seen[s] {
				return nil, fmt.Errorf("letters: template line %d: section [%s] appears twice", i+1, s)
			}
			seen[s], section = true, s
			continue
		}
		for _, m := range placeholderPattern.FindAllStringSubmatch(line, -1) {
			if !knownPlaceholder(m[1]) {
				return nil, fmt.Errorf("letters: template line %d: unknown placeholder {%s}", i+1, m[1])
			}
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		switch section {
		case "":
			return nil, fmt.Errorf("letters: template line %d: text before the first section such as [title]", i+1)
		case "title":
			if t.Title != "" {
				return nil, fmt.Errorf("letters: template line %d: the title is one line", i+1)
			}
			t.Title = strings.TrimSpace(line)
		case "salutation":
			if t.Salutation != "" {
				return nil, fmt.Errorf("letters: template line %d: the salutation is one line", i+1)
			}
			t.Salutation = strings.TrimSpace(line)
		case "body":
			t.Body = append(t.Body, line)
		case "fields":
			halves := strings.Split(line, "||")
			if len(halves) > 2 {
				return nil, fmt.Errorf("letters: template line %d: at most two fields share a row", i+1)
			}
			for j, h := range halves {
				f, err := parseField(h)
				if err != nil {
					return nil, fmt.Errorf("letters: template line %d: %w", i+1, err)
				}
				f.Pair = j == 0 && len(halves) == 2
				t.Fields = append(t.Fields, f)
			}
		case "closing":
			t.Closing = append(t.Closing, line)
		case "signatures":
			t.Signatures = append(t.Signatures, strings.TrimSpace(line))
		}
	}
	if t.Title == "" {
		return nil, fmt.Errorf("letters: template has no [title]")
	}
	return t, nil
}

func sectionName(line string) (string, bool) {
	s := strings.TrimSpace(line)
	if !strings.HasPrefix(s, "[") || !strings.HasSuffix(s, "]") {
		return "", false
	}
	name := strings.ToLower(strings.TrimSpace(s[1 : len(s)-1]))
	for _, x := range sections {
		if x == name {
			return name, true
		}
	}
	return "", false
}

func parseField(line string) (TemplateField, error) {
	parts := strings.Split(line, "|")
	if len(parts) < 2 || len(parts) > 3 {
		return TemplateField{}, fmt.Errorf("a field is \"label | value\" or \"label | value | lines\", got %q", line)
	}
	f := TemplateField{Label: strings.TrimSpace(parts[0]), Value: strings.TrimSpace(parts[1]), Lines: 1}
	if f.Label == "" {
		return f, fmt.Errorf("a field needs a label: %q", line)
	}
	if len(parts) == 3 {
		n, err := strconv.Atoi(strings.TrimSpace(parts[2]))
		if err != nil || n < 1 || n > 20 {
			return f, fmt.Errorf("the number of lines must be 1 to 20, got %q", strings.TrimSpace(parts[2]))
		}
		f.Lines = n
	}
	return f, nil
}

func knownPlaceholder(name string) bool {
	_, ok := placeholderNames[name]
	return ok
}

// Placeholders lists the names usable in braces in a template, sorted.
func Placeholders() []string {
	out := make([]string, 0, len(placeholderNames))
	for k := range placeholderNames {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
