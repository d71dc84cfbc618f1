package ui

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"complaintdesk/assets"
	"complaintdesk/data"
	"complaintdesk/letters"
	"complaintdesk/mailintake"
	"complaintdesk/ui/sysopen"
)

// keysInSource lists the literal translation keys of the window's source files.
func keysInSource(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`lang\.(?:L|X)\(\s*"((?:[^"\\]|\\.)*)"\s*[,)]`)
	seen := map[string]bool{}
	var keys []string
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllStringSubmatch(string(b), -1) {
			if !seen[m[1]] {
				seen[m[1]] = true
				keys = append(keys, m[1])
			}
		}
	}
	return keys
}

// Every drop-down is made by newSelect, whose prompt is translated; Fyne's own says
// "(Select one)" in English.
func TestDropDownsPromptInTheClerksLanguage(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") || f == "forms.go" {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if n := strings.Count(string(b), "widget.NewSelect("); n > 0 {
			t.Errorf("%s makes %d drop-down(s) with widget.NewSelect; use newSelect", f, n)
		}
	}
}

// keysBuiltAtRunTime are the keys the window puts together from a value.
func keysBuiltAtRunTime() []string {
	var keys []string
	for _, s := range data.Statuses {
		keys = append(keys, "status."+string(s))
	}
	for _, c := range data.Channels {
		keys = append(keys, "channel."+string(c))
	}
	for _, c := range data.ComplainantTypes {
		keys = append(keys, "type."+string(c))
	}
	for _, a := range data.Actions {
		keys = append(keys, "action."+string(a))
	}
	for k := range eventEnglish {
		keys = append(keys, "event."+string(k))
	}
	for _, k := range letters.Kinds {
		keys = append(keys, "letters.kind."+string(k))
	}
	for _, k := range fyneFileWords {
		keys = append(keys, k)
	}
	for _, s := range data.MailStates {
		keys = append(keys, "mailstate."+string(s))
	}
	for _, step := range mailintake.Steps {
		keys = append(keys, "mailerr."+string(step))
		for _, r := range mailintake.Reasons[step] {
			keys = append(keys, "mailerr."+string(step)+"."+string(r))
		}
	}
	for i := 0; i <= 3; i++ {
		keys = append(keys, fmt.Sprintf("level.%d", i))
	}
	for i := 1; i <= 5; i++ {
		keys = append(keys, fmt.Sprintf("rating.%d", i))
	}
	for i := 1; i <= 12; i++ {
		keys = append(keys, fmt.Sprintf("month.%d", i))
	}
	for _, d := range weekdayOrder {
		keys = append(keys, "weekday."+strings.ToLower(d.String()), "weekday.short."+strings.ToLower(d.String()))
	}
	for _, n := range navItems {
		keys = append(keys, n.label)
	}
	for _, c := range registerColumns {
		keys = append(keys, c.title)
	}
	return keys
}

// translations reads the shipped translation of one language.
func translations(t *testing.T, code string) map[string]string {
	t.Helper()
	b, err := assets.FS.ReadFile("i18n/" + code + ".json")
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]string
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

func TestEveryStringIsTranslated(t *testing.T) {
	keys := append(keysInSource(t), keysBuiltAtRunTime()...)
	if len(keys) < 300 {
		t.Fatalf("only %d keys found: the source scan is broken", len(keys))
	}
	for _, l := range Languages {
		t.Run(l, func(t *testing.T) {
			m := translations(t, l)
			for _, k := range keys {
				if strings.TrimSpace(m[k]) == "" {
					t.Errorf("%s has no translation of %q", l, k)
				}
			}
		})
	}
}

// TestTraditionalChineseUsesItsOwnTerms keeps mainland computer terms and quotation marks out of
// the Traditional Chinese text (服務器 for 伺服器, 文件夾 for 資料夾, “” for 「」…), which a clerk in
// Taipei or Hong Kong reads as foreign. Product names such as QQ 郵箱 are allowed, and 文件 alone,
// Windows' own name of the Documents folder there.
func TestTraditionalChineseUsesItsOwnTerms(t *testing.T) {
	mainland := map[string]string{"服務器": "伺服器", "文件夾": "資料夾", "數據": "資料", "端口": "連接埠",
		"默認": "預設", "用戶": "使用者", "登錄": "登入", "保存": "儲存", "設置": "設定", "導入": "匯入",
		"導出": "匯出", "打印": "列印", "打開": "開啟", "模板": "範本", "搜索": "搜尋", "軟件": "軟體",
		"網絡": "網路", "證書": "憑證", "字符": "字元", "渠道": "管道", "聯繫": "聯絡", "當前": "目前",
		"信息": "資料", "文件": "檔案", "程序": "程式", "社交媒體": "社群媒體", "“": "「", "”": "」"}
	allowed := regexp.MustCompile(`QQ 郵箱|騰訊企業郵箱|網易郵箱|^文件$`)
	texts := map[string]string{}
	for k, v := range translations(t, "zh-Hant") {
		texts["i18n "+k] = v
	}
	letterFiles, err := assets.FS.ReadDir("letters/zh-Hant")
	if err != nil || len(letterFiles) == 0 {
		t.Fatalf("no zh-Hant letter templates: %v", err)
	}
	for _, f := range letterFiles {
		b, err := assets.FS.ReadFile("letters/zh-Hant/" + f.Name())
		if err != nil {
			t.Fatal(err)
		}
		texts["letter "+f.Name()] = string(b)
	}
	for where, text := range texts {
		text = allowed.ReplaceAllString(text, "")
		if strings.Contains(text, "郵箱") {
			t.Errorf("%s: %q says 郵箱; write 電子郵件 (an address), 信箱 (a mailbox) or 郵件帳號 (an account)", where, text)
		}
		for term, own := range mainland {
			if strings.Contains(text, term) {
				t.Errorf("%s: %q says %s; write %s", where, text, term, own)
			}
		}
	}
}

// TestEnglishCountsReadForOne keeps "1 complaints" out of the English window: a count stands
// after a label ("complaints: 1"), since the translations carry no plural forms (each file is
// registered under the system's locale, whose plural rules may not be English). Counts that are
// never one (an average of days, the characters cut off a long text) may stand before a noun.
func TestEnglishCountsReadForOne(t *testing.T) {
	never := map[string]bool{"report.handling_days": true, "{{.N}} bytes": true,
		"… and {{.N}} more characters: open the original message (.eml) to read all of it.": true}
	count := regexp.MustCompile(`\{\{\.(N|Total|Stored|Fetched|Drawn|Pool|Pages|New|Complaints|Replies|Auto|Failed|Sent|Older|Days)\}\}`)
	plural := regexp.MustCompile(`\b1 (?:[a-z]+ ){0,2}?(complaints|messages|cases|changes|pages|escalations|ratings|` +
		`answers|blanks|emails|files|letters|characters|days|replies|folders|accounts|users|calls|visits|departments|attachments)\b`)
	for k, v := range translations(t, "en") {
		if never[k] {
			continue
		}
		if one := count.ReplaceAllString(v, "1"); plural.MatchString(one) {
			t.Errorf("%q reads %q for one", k, one)
		}
	}
}

func TestLanguageChoice(t *testing.T) {
	tests := []struct{ code, want string }{
		{"zh-Hans", "投诉登记簿"},
		{"zh-Hant", "投訴登記簿"},
		{"en", "Complaint register"},
		{"", "投诉登记簿"},
		{"klingon", "投诉登记簿"},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			useLanguage(t, tt.code)
			if got := lang.L("Complaint register"); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestErrorText(t *testing.T) {
	useLanguage(t, "zh-Hans")
	n := data.NewComplaint{Channel: data.ChannelPhone, Subject: "电梯故障"}
	required := n.Validate()
	n.Complainant.Name, n.Complainant.Phone = "王芳", "12ab"
	phone := n.Validate()
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"a required field", required, "请填写姓名。"},
		{"a problem with its value", phone, "电话号码“12ab”无效：只能有数字、空格、+、-、括号和“转”。"},
		{"a form check", errInput{"请选择投诉类别。"}, "请选择投诉类别。"},
		{"a closed database", fmt.Errorf("store: list: %w", errors.New("sql: database is closed")), "无法访问数据库，未保存任何内容。请检查数据文件夹并重新启动投诉台。"},
		{"a full disk", fmt.Errorf("store: import mail: %w", fmt.Errorf("%w: %w", data.ErrDiskFull, errors.New("database or disk is full"))),
			"磁盘已满，未保存任何内容。请腾出空间后重试。"},
		{"no viewer", fmt.Errorf("attachment: %w", fmt.Errorf("ShellExecute open: no program is registered: %w", sysopen.ErrNoProgram)),
			"这台电脑上没有能打开这种文件的程序。请先把它保存下来，再在装有相应程序的电脑上打开。"},
		{"anything else", errors.New("boom"), "出错了：boom"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := errorText(tt.err); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// Fyne's own dialogs, menus and file pickers speak the clerk's language, not the system's.
func TestFyneOwnStringsFollowTheLanguage(t *testing.T) {
	f := newFixture(t)
	d := dialog.NewConfirm("t", "m", func(bool) {}, f.win)
	d.Show()
	defer d.Hide()
	f.settle()
	for _, label := range []string{"是", "否"} {
		if !dialogHasButton(f, label) {
			t.Errorf("the confirmation has no %q button", label)
		}
	}
	for _, tc := range []struct{ key, want string }{{"OK", "确定"}, {"Error", "错误"}, {"Copy", "复制"}, {"monday.short", "周一"}} {
		if got := lang.L(tc.key); got != tc.want {
			t.Errorf("%q reads %q, want %q", tc.key, got, tc.want)
		}
	}
}

func dialogHasButton(f *fixture, label string) bool {
	found := false
	walk(f.win.Canvas().Overlays().Top(), func(c fyne.CanvasObject) {
		if b, ok := c.(*widget.Button); ok && b.Text == label {
			found = true
		}
	})
	return found
}
