package data

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
)

// The trail keeps a setting as it was and as it became; the office profile only by the fields
// that changed, its logo and any long value by size.
func TestSettingChangesAreKeptInTheTrail(t *testing.T) {
	office := func(o Office) string {
		b, err := json.Marshal(o)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	was := Office{Name: "锦华物业", Address: "世纪大道1888号", Phone: "021-5888 6666"}
	now := was
	now.Address, now.Logo = "世纪大道100号"+strings.Repeat("甲", 80), []byte("\x89PNG....")
	long := strings.Repeat("尊敬的客户：", 40)
	for _, c := range []struct {
		key, old, new, want string
	}{
		{SettingOffice, office(was), office(now), `{"address":["世纪大道1888号","世纪大道100号` + strings.Repeat("甲", 80) + `"],"logo":["","(8 bytes)"]}`},
		{SettingOffice, "", office(was), `{"address":["","世纪大道1888号"],"office_name":["","锦华物业"],"phone":["","021-5888 6666"]}`},
		{SettingOffice, office(was), office(was), `{}`},
		{SettingLanguage, "zh-Hans", "en", `["zh-Hans","en"]`},
		{"letter_template.reply.zh-Hans", "", long, `["","(720 bytes)"]`},
		{"letter_template.reply.zh-Hans", long, "短", `["(720 bytes)","(3 bytes)"]`},
	} {
		b, err := json.Marshal(settingChange(c.key, c.old, c.new))
		if err != nil || string(b) != c.want {
			t.Errorf("%s %q → %q kept as %s, want %s (%v)", c.key, c.old, c.new, b, c.want, err)
		}
	}
}

// Saving a language gives what the program shipped its name in it — the categories, the
// departments, the built-in account — except what the office renamed, or a name another row
// already has; and going back restores them. Each rename is in the trail.
func TestLanguageNamesWhatTheProgramShipped(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	if err := s.SaveDepartment(ctx, Department{Code: "finance", Name: "财务结算部", Active: true}); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveDepartment(ctx, Department{Code: "hk-cleaning", Name: "清潔部", Active: true}); err != nil {
		t.Fatal(err)
	}
	names := func() map[string]string {
		t.Helper()
		got := map[string]string{}
		deps, err := s.Departments(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range deps {
			got["d:"+d.Code] = d.Name
		}
		cats, err := s.Categories(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cats {
			got["c:"+c.Code] = c.Name
		}
		users, err := s.Users(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, u := range users {
			got["u:"+u.Name] = u.DisplayName
		}
		return got
	}
	for _, step := range []struct {
		code string
		want map[string]string
	}{
		{"zh-Hant", map[string]string{"d:service": "客戶服務部", "d:security": "保安部", "c:quality": "產品/工程品質",
			"u:admin": "系統管理員", "d:finance": "财务结算部", "d:cleaning": "保洁部", "d:hk-cleaning": "清潔部"}},
		{"en", map[string]string{"d:service": "Customer service", "c:other": "Other", "u:admin": "Administrator",
			"d:finance": "财务结算部", "d:cleaning": "Cleaning"}},
		{"zh-Hans", map[string]string{"d:service": "客户服务部", "c:quality": "产品/工程质量", "u:admin": "系统管理员",
			"d:finance": "财务结算部", "d:cleaning": "保洁部"}},
	} {
		if err := s.SetLanguage(ctx, step.code); err != nil {
			t.Fatal(err)
		}
		if v, _ := s.Setting(ctx, SettingLanguage); v != step.code {
			t.Errorf("%s: the language setting reads %q", step.code, v)
		}
		got := names()
		for k, want := range step.want {
			if got[k] != want {
				t.Errorf("%s: %s is named %q, want %q", step.code, k, got[k], want)
			}
		}
	}
	// A language saved before the names followed it: the next start names them in it, once.
	if err := s.SetSetting(ctx, SettingLanguage, "en"); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if err := s.NameShipped(ctx, "en"); err != nil {
			t.Fatal(err)
		}
	}
	if got := names(); got["u:admin"] != "Administrator" || got["d:finance"] != "财务结算部" || got["c:quality"] != "Product/engineering quality" {
		t.Errorf("after a start in English: %v", got)
	}
	trail, err := s.Audit(ctx, "department", 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	renamed := 0
	for _, a := range trail {
		if strings.Contains(a.Changes, `"客户服务部","客戶服務部"`) {
			renamed++
		}
	}
	if renamed != 1 {
		t.Errorf("the trail keeps the rename of 客户服务部 %d times: %v", renamed, trail)
	}
	users, err := s.Audit(ctx, "user", 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	toEnglish := 0
	for _, a := range users {
		if strings.Contains(a.Changes, `,"Administrator"]`) {
			toEnglish++
		}
	}
	if toEnglish != 2 { // saved in English, and started in it after zh-Hans was saved
		t.Errorf("the built-in account renamed to English %d times", toEnglish)
	}
}
