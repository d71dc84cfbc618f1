package data

import (
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
