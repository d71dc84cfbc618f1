package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"complaintdesk/data"
	"complaintdesk/data/demo"
	"complaintdesk/letters"
)

func TestSettingsSaveOrExplain(t *testing.T) {
	f := newFixture(t)
	f.desk.show("settings")
	f.settle()
	st := f.desk.settings

	t.Run("an office without a name is refused", func(t *testing.T) {
		st.office.name.SetText("")
		st.office.phone.SetText("021-5555")
		st.office.save()
		f.settle()
		if !strings.Contains(st.office.msg.Text, "请填写单位名称") {
			t.Errorf("message %q", st.office.msg.Text)
		}
		if o, _ := f.store.OfficeProfile(f.ctx); o.Phone != "" {
			t.Errorf("saved %+v", o)
		}
	})
	t.Run("the office profile is saved", func(t *testing.T) {
		st.office.name.SetText("华景物业服务中心")
		st.office.address.SetText("上海市浦东新区世纪大道100号")
		st.office.save()
		f.settle()
		if o, _ := f.store.OfficeProfile(f.ctx); o.Name != "华景物业服务中心" || o.Phone != "021-5555" {
			t.Errorf("saved %+v", o)
		}
	})
	t.Run("working hours typed wrong are explained", func(t *testing.T) {
		st.hours[0].SetText("9-12")
		st.saveHours()
		f.settle()
		if !strings.Contains(st.hoursMsg.Text, "周一") {
			t.Errorf("message %q", st.hoursMsg.Text)
		}
		if got := f.store.Calendar().Week()[time.Monday]; len(got) != 2 {
			t.Errorf("Monday now %v", got)
		}
	})
	t.Run("working hours are saved", func(t *testing.T) {
		st.hours[0].SetText("08:30-12:00, 13:00-17:30")
		st.saveHours()
		f.settle()
		if got := f.store.Calendar().Week()[time.Monday]; len(got) != 2 || got[0].String() != "08:30-12:00" {
			t.Errorf("Monday now %v", got)
		}
	})
	t.Run("a new department", func(t *testing.T) {
		// A department has a name (名称), not a person's name (姓名).
		var labels []string
		walk(st.lists.depts.view, func(o fyne.CanvasObject) {
			if form, ok := o.(*widget.Form); ok {
				for _, it := range form.Items {
					labels = append(labels, it.Text)
				}
			}
		})
		if strings.Join(labels, " ") != "代码 名称 " {
			t.Errorf("labels %q", labels)
		}
		st.lists.depts.code.SetText("greening")
		findButtonIn(t, st.lists.depts.view, "保存").OnTapped()
		f.settle()
		if st.lists.depts.msg.Text != "请填写名称。" {
			t.Errorf("message %q", st.lists.depts.msg.Text)
		}
		st.lists.depts.code.SetText("Bad Code")
		st.lists.depts.name.SetText("绿化部")
		findButtonIn(t, st.lists.depts.view, "保存").OnTapped()
		f.settle()
		if !strings.Contains(st.lists.depts.msg.Text, "Bad Code") {
			t.Errorf("message %q", st.lists.depts.msg.Text)
		}
		st.lists.depts.code.SetText("greening")
		findButtonIn(t, st.lists.depts.view, "保存").OnTapped()
		f.settle()
		deps, _ := f.store.Departments(f.ctx)
		found := false
		for _, d := range deps {
			found = found || (d.Code == "greening" && d.Name == "绿化部" && d.Active)
		}
		if !found {
			t.Errorf("departments %v", deps)
		}
	})
	t.Run("the language is kept for the next start", func(t *testing.T) {
		st.language.SetSelected(languageName["zh-Hant"])
		for i, it := range st.tabs.Items {
			if it.Text == "语言与数据" {
				st.tabs.SelectIndex(i)
			}
		}
		findButtonIn(t, st.view, "保存语言").OnTapped()
		f.settle()
		if v, _ := f.store.Setting(f.ctx, data.SettingLanguage); v != "zh-Hant" {
			t.Errorf("language setting %q", v)
		}
		// What the program shipped is named in it, in the lists at once.
		shown := map[string]string{}
		for _, d := range st.lists.depts.items {
			shown[d.Code] = d.Name
		}
		if shown["service"] != "客戶服務部" || shown["greening"] != "绿化部" {
			t.Errorf("departments listed after the language was saved: %v", shown)
		}
		users, _ := f.store.Users(f.ctx)
		for _, u := range users {
			if u.Name == "admin" && u.DisplayName != "系統管理員" {
				t.Errorf("the built-in account is named %q", u.DisplayName)
			}
		}
	})
}

// closedCase registers a complaint and works it to its close, the complainant satisfied.
func (f *fixture) closedCase(phone string) *data.Complaint {
	f.t.Helper()
	c := f.complaint("李雷", phone, "保安出言不逊", 30)
	for _, p := range []data.ActParams{{Action: data.ActAcknowledge}, {Action: data.ActAssess, Category: "service", Level: 1},
		{Action: data.ActAssign, Department: "security"}, {Action: data.ActResolve, Text: "当面道歉"},
		{Action: data.ActRate, Rating: 1}, {Action: data.ActClose}} {
		if _, err := f.store.Act(f.ctx, c.Ref, p); err != nil {
			f.t.Fatal(err)
		}
	}
	return c
}

func TestFollowUpIsRecorded(t *testing.T) {
	f := newFixture(t)
	c := f.closedCase("13900002222")
	f.desk.show("followups")
	f.settle()
	fu := f.desk.followups
	if len(fu.items) != 1 || fu.items[0].Ref != c.Ref || fu.empty.Visible() {
		t.Fatalf("follow-ups %+v", fu.items)
	}
	form := fu.record(fu.items[0])
	submit(t, f, form)
	if !strings.Contains(form.errMsg.Text, "请记录投诉人的反馈") {
		t.Errorf("message %q", form.errMsg.Text)
	}
	entries(form.body)[0].SetText("客户表示满意")
	submit(t, f, form)
	if len(fu.items) != 0 || !fu.empty.Visible() {
		t.Errorf("still pending: %+v", fu.items)
	}
	done, err := f.store.FollowUps(f.ctx, false, 10)
	if err != nil || len(done) != 1 || done[0].Result != "客户表示满意" || done[0].DoneAt == nil {
		t.Errorf("recorded %+v, %v", done, err)
	}
	f.desk.OpenCase(c.Ref)
	f.settle()
	if got := labelText(f.desk.caseView.dues); !strings.Contains(got, "回访时限") || !strings.Contains(got, "已于 2026-11-23 10:00 完成") {
		t.Errorf("the case says of its follow-up:\n%s", got)
	}
}

// A closed case says how long is left for its follow-up, and when it is overdue.
func TestClosedCaseSaysWhenItsFollowUpIsDue(t *testing.T) {
	f := newFixture(t)
	c := f.closedCase("13900002222")
	f.desk.OpenCase(c.Ref)
	f.settle()
	row := func() (string, widget.Importance) {
		var text string
		imp := widget.MediumImportance
		walk(f.desk.caseView.dues, func(o fyne.CanvasObject) {
			if p, ok := o.(*para); ok && strings.Contains(p.Text, "—") {
				text, imp = p.Text, p.Importance
			}
		})
		return text, imp
	}
	if text, imp := row(); !strings.Contains(text, "剩余") || imp == widget.DangerImportance {
		t.Errorf("a follow-up still to make reads %q (%v)", text, imp)
	}
	f.now = f.now.Add(10 * 24 * time.Hour)
	f.desk.OpenCase(c.Ref)
	f.settle()
	if text, imp := row(); !strings.Contains(text, "已逾期") || imp != widget.DangerImportance {
		t.Errorf("an overdue follow-up reads %q (%v)", text, imp)
	}
}

// The quarterly revisit sample (35% of a quarter's closed complaints) is drawn from the
// follow-up screen, by default for the last quarter that ended; a share typed wrong draws
// nothing.
func TestQuarterlySampleIsDrawnInTheWindow(t *testing.T) {
	f := newFixture(t)
	for i := 0; i < 10; i++ {
		f.closedCase(fmt.Sprintf("1390000%04d", i))
	}
	f.desk.show("followups")
	f.settle()
	fu := f.desk.followups
	test.Tap(findButtonIn(t, fu.view, "抽取季度回访样本……"))
	form := f.desk.forms[f.desk.dialogs[len(f.desk.dialogs)-1]]
	pick := selects(form.body)[0]
	if pick.Selected != "2026-Q3" || pick.Options[0] != "2026-Q4（进行中）" {
		t.Fatalf("quarters offered %q, picked %q", pick.Options, pick.Selected)
	}
	submit(t, f, form)
	if !strings.Contains(f.desk.status.Text, "2026-Q3：没有可抽取的已结案投诉") {
		t.Errorf("status after drawing an empty quarter: %q", f.desk.status.Text)
	}

	test.Tap(findButtonIn(t, fu.view, "抽取季度回访样本……"))
	form = f.desk.forms[f.desk.dialogs[len(f.desk.dialogs)-1]]
	selects(form.body)[0].SetSelectedIndex(0)
	share := entries(form.body)[0]
	share.SetText("百分之三十五")
	submit(t, f, form)
	if !strings.Contains(form.errMsg.Text, "比例须大于 0 且不超过 100") {
		t.Errorf("a share typed wrong: %q", form.errMsg.Text)
	}
	share.SetText("35%")
	submit(t, f, form)
	if !strings.Contains(f.desk.status.Text, "2026-Q4：从 10 件已结案投诉中抽取 4 件回访") {
		t.Errorf("status after drawing: %q", f.desk.status.Text)
	}
	quarterly := 0
	for _, it := range fu.items {
		if it.Kind == "quarterly" {
			quarterly++
		}
	}
	if quarterly != 4 {
		t.Errorf("%d quarterly revisits listed, want 4", quarterly)
	}
}

func findButtonIn(t *testing.T, o fyne.CanvasObject, label string) *widget.Button {
	t.Helper()
	var found *widget.Button
	walk(o, func(c fyne.CanvasObject) {
		if b, ok := c.(*widget.Button); ok && found == nil && b.Text == label {
			found = b
		}
	})
	if found == nil {
		t.Fatalf("no button %q", label)
	}
	return found
}

// An office adds its clerks in the settings: the account is saved with the tier its role
// brings, offered as a handler when a case is assigned, and mistakes are explained.
func TestStaffAreAddedInTheSettings(t *testing.T) {
	f := newFixture(t)
	f.desk.show("settings")
	f.settle()
	sf := f.desk.settings.staff
	if len(sf.items) == 0 || sf.items[0].Name != "admin" {
		t.Fatalf("accounts shown %+v", sf.items)
	}

	sf.clear()
	sf.login.SetText("liuyang")
	sf.name.SetText("刘洋")
	sf.role.SetSelected("主管")
	if sf.tier.Selected != "2 级处理人员" {
		t.Errorf("a supervisor's tier reads %q", sf.tier.Selected)
	}
	sf.dept.SetSelected("工程部")
	sf.save()
	f.settle()
	if sf.msg.Visible() {
		t.Fatalf("message %q", sf.msg.Text)
	}
	users, err := f.store.Users(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	var saved *data.User
	for i := range users {
		if users[i].Name == "liuyang" {
			saved = &users[i]
		}
	}
	if saved == nil || saved.DisplayName != "刘洋" || saved.Role != data.RoleSupervisor || saved.Tier != 2 ||
		saved.Department != "engineering" || !saved.Active {
		t.Fatalf("saved %+v", saved)
	}
	if !sf.login.Disabled() || sf.name.Text != "刘洋" {
		t.Errorf("the saved account is not the one shown: login %q disabled %v", sf.login.Text, sf.login.Disabled())
	}

	// The new account is offered when a case is assigned.
	c := f.complaint("张伟", "13000000001", "停车场收费过高", 2)
	if _, err := f.store.Act(f.ctx, c.Ref, data.ActParams{Action: data.ActAcknowledge}); err != nil {
		t.Fatal(err)
	}
	if _, err := f.store.Act(f.ctx, c.Ref, data.ActParams{Action: data.ActAssess, Category: "fees", Level: 2}); err != nil {
		t.Fatal(err)
	}
	f.desk.OpenCase(c.Ref)
	f.settle()
	form := openForm(t, f, data.ActAssign)
	sel := selects(form.body)
	sel[0].SetSelected("工程部")
	pick(t, sel[1], "刘洋")
	submit(t, f, form)
	if got, _ := f.store.Complaint(f.ctx, c.Ref); got.Handler != "liuyang" {
		t.Errorf("handler %q", got.Handler)
	}

	f.desk.show("settings")
	f.settle()
	for _, c := range []struct {
		login, name, role string
		active            bool
		want              string
	}{
		{"liu2", "刘洋", "客服专员", true, "显示名称“刘洋”已被账户 liuyang 使用。"},
		{"Liu Yang", "刘阳", "客服专员", true, "登录名“Liu Yang”只能含小写字母、数字、- 或 _，最多 32 个字符。"},
		{"admin", "系统管理员", "经理", true, "admin 是最后一个在职的系统管理员，不能停用或改为其他角色。"},
		{"admin", "系统管理员", "系统管理员", false, "admin 是最后一个在职的系统管理员，不能停用或改为其他角色。"},
	} {
		sf.clear()
		sf.login.SetText(c.login)
		sf.name.SetText(c.name)
		sf.role.SetSelected(c.role)
		sf.act.SetChecked(c.active)
		sf.save()
		f.settle()
		if sf.msg.Text != c.want || !sf.msg.Visible() {
			t.Errorf("%s/%s: message %q", c.login, c.name, sf.msg.Text)
		}
	}
	if after, _ := f.store.Users(f.ctx); len(after) != len(users) {
		t.Errorf("%d accounts after the refused ones, %d before", len(after), len(users))
	}
}

// The window names the account it works as by its display name, and warns when changes would
// be recorded for an account that does not exist or is no longer in use.
func TestTheAccountWorkedAsIsShown(t *testing.T) {
	f := newFixture(t)
	if got := f.desk.userLabel.Text; got != "当前用户：系统管理员" || f.desk.userLabel.Importance == widget.DangerImportance {
		t.Errorf("label %q", got)
	}
	for _, c := range []struct{ user, want string }{{"nobody", "当前用户：nobody （没有这个账户）"}, {"wangli", "当前用户：王丽 （已停用）"}} {
		if err := f.store.SaveUser(f.ctx, data.User{Name: "wangli", DisplayName: "王丽", Tier: 1, Role: data.RoleClerk}); err != nil {
			t.Fatal(err)
		}
		d := f.openDesk(Options{User: c.user})
		f.settleDesk(d)
		if d.userLabel.Text != c.want || d.userLabel.Importance != widget.DangerImportance {
			t.Errorf("%s: label %q importance %v", c.user, d.userLabel.Text, d.userLabel.Importance)
		}
	}
}

// The audit trail in the settings says who changed what, in the clerk's language, narrowed to
// one complaint or one account.
func TestAuditTrailIsReadInTheSettings(t *testing.T) {
	f := newFixture(t)
	c := f.complaint("张伟", "13000000001", "停车场收费过高", 2)
	for _, p := range []data.ActParams{{Action: data.ActAcknowledge}, {Action: data.ActAssess, Category: "fees", Level: 1},
		{Action: data.ActAssign, Department: "finance", Handler: "admin", Involved: []string{"security", "service"}}} {
		if _, err := f.store.Act(f.ctx, c.Ref, p); err != nil {
			t.Fatal(err)
		}
	}
	// The complaint's files are its rows too; another complaint's are not.
	receipt, err := f.store.AddEvidence(f.ctx, c.Ref, data.NewEvidence{Filename: "收费单.jpg", Data: []byte("\xff\xd8\xff receipt")})
	if err != nil {
		t.Fatal(err)
	}
	if err := f.store.RemoveEvidence(f.ctx, c.Ref, receipt.ID, "附错了案件"); err != nil {
		t.Fatal(err)
	}
	other := f.complaint("李雷", "13000000002", "保洁不及时", 1)
	if _, err := f.store.AddEvidence(f.ctx, other.Ref, data.NewEvidence{Filename: "照片.jpg", Data: []byte("\xff\xd8\xff photo")}); err != nil {
		t.Fatal(err)
	}
	if err := f.store.SaveUser(f.ctx, data.User{Name: "wangli", DisplayName: "王丽", Tier: 1, Role: data.RoleClerk, Active: true}); err != nil {
		t.Fatal(err)
	}
	f.desk.show("settings")
	f.settle()
	v := f.desk.settings.audit
	v.ref.SetText(strings.TrimLeft(c.Ref[len("TS-2026-"):], "0")) // the number alone, as clerks say it
	v.reload()
	f.settle()
	var got []string
	for _, r := range v.rows {
		head, body := auditTexts(r, v.names, f.store.Calendar().Location())
		got = append(got, head+" | "+body)
	}
	text := strings.Join(got, "\n")
	for _, want := range []string{
		"系统管理员  投诉 " + c.Ref + "  分派 | 部门：— → 财务部；处理人：— → 系统管理员；协办部门：— → 安保部、客户服务部；状态：已受理 → 处理中",
		"投诉 " + c.Ref + "  评估 | ",
		"收费/价格",
		"系统管理员  投诉 " + c.Ref + "  受理确认 | 受理确认时间：— → 2026-11-23 10:00；状态：已登记 → 已受理",
		"投诉 " + c.Ref + "  登记 | ",
		"证据（" + c.Ref + "）  移除 | ",
		"原因：附错了案件",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the trail lacks %q:\n%s", want, text)
		}
	}
	// Mail saved as a file, as early versions recorded it, at UID 0 of no folder.
	if got := auditChanges(`{"identity":"mid:a@example.cn","size":180,"state":"complaint","uid":0,"folder":""}`, v.names, time.UTC); strings.Contains(got, "UID") {
		t.Errorf("file import row %q", got)
	}
	// Account rows of early versions name fields as Go does.
	if got := auditChanges(`{"DisplayName":"王丽","Active":true}`, v.names, time.UTC); got != "启用：是；显示名称：王丽" {
		t.Errorf("early account row %q", got)
	}
	// A value ending a sentence is not followed by a separator.
	if got := auditChanges(`{"result":["","已更换门禁。"],"status":["in_progress","resolved"]}`, v.names, time.UTC); got !=
		"处理结果：— → 已更换门禁。状态：处理中 → 已解决" {
		t.Errorf("changes %q", got)
	}
	if len(v.rows) != 6 || v.count.Text != "6 条修改记录" || strings.Contains(text, other.Ref) {
		t.Errorf("%d rows, count %q", len(v.rows), v.count.Text)
	}
	if v.more.Visible() {
		t.Error("older changes offered when every one is listed")
	}
	// Listed a page at a time, older rows follow those listed, of the selection listed even
	// when the filters were changed since.
	all := v.rows
	v.page = 4
	v.reload()
	f.settle()
	v.ref.SetText("")
	for _, want := range []struct {
		rows int
		more bool
	}{{4, true}, {6, false}} {
		if len(v.rows) != want.rows || v.more.Visible() != want.more || v.count.Text != fmt.Sprintf("%d 条修改记录", want.rows) {
			t.Fatalf("%d rows listed (%q), more offered %v; want %+v", len(v.rows), v.count.Text, v.more.Visible(), want)
		}
		if want.more {
			test.Tap(v.more)
			f.settle()
		}
	}
	for i := range all {
		if v.rows[i].ID != all[i].ID {
			t.Fatalf("page by page, row %d is %d, not %d", i, v.rows[i].ID, all[i].ID)
		}
	}
	v.page = auditPage
	// One account's changes: the account saved, not the complaint's.
	v.ref.SetText("")
	v.kind.SetSelected("账户")
	v.reload()
	f.settle()
	if len(v.rows) != 1 {
		t.Fatalf("account rows %+v", v.rows)
	}
	if head, body := auditTexts(v.rows[0], v.names, f.store.Calendar().Location()); !strings.Contains(body, "显示名称：王丽") ||
		!strings.Contains(head, "账户 王丽  保存") {
		t.Errorf("account row %q | %q", head, body)
	}
	v.kind.SetSelectedIndex(0)
	v.ref.SetText("TS-2026-999999")
	v.reload()
	f.settle()
	if !v.msg.Visible() || !strings.Contains(v.msg.Text, "TS-2026-999999") {
		t.Errorf("an unknown reference says %q", v.msg.Text)
	}
}

// A password is set for an account in the staff tab; from then on the program asks who is
// working, and only the right password lets the clerk in.
func TestPasswordIsSetAndAskedAtStart(t *testing.T) {
	f := newFixture(t)
	if err := f.store.SaveUser(f.ctx, data.User{Name: "wangli", DisplayName: "王丽", Tier: 1, Role: data.RoleClerk, Active: true}); err != nil {
		t.Fatal(err)
	}
	f.desk.show("settings")
	f.settle()
	sf := f.desk.settings.staff
	if !sf.setPw.Disabled() {
		t.Error("a password can be set for an account not yet saved")
	}
	for i, u := range sf.items {
		if u.Name == "wangli" {
			sf.list.Select(i)
		}
	}
	if sf.setPw.Disabled() || !sf.clearPw.Disabled() {
		t.Fatalf("buttons: set %v, remove %v", !sf.setPw.Disabled(), !sf.clearPw.Disabled())
	}
	form := sf.askPassword()
	es := entries(form.body)
	if len(es) != 2 || !es[0].Password || !es[1].Password {
		t.Fatalf("password fields %d", len(es))
	}
	es[0].SetText("王丽的密码2026")
	es[1].SetText("王丽的密码2025")
	submit(t, f, form)
	if !strings.Contains(form.errMsg.Text, "两次输入的密码不一致") {
		t.Errorf("differing passwords: %q", form.errMsg.Text)
	}
	es[1].SetText("王丽的密码2026")
	// The administrator at work has no password yet: once 王丽 had one, they could not sign in.
	submit(t, f, form)
	if !strings.Contains(form.errMsg.Text, "请先设置您自己账户的密码") {
		t.Errorf("another's password before one's own: %q", form.errMsg.Text)
	}
	if req, _ := f.store.SignInRequired(f.ctx); req {
		t.Fatal("a password was saved while the administrator has none")
	}
	form.dlg.Hide()
	if err := f.store.SetPassword(f.ctx, "admin", "管理员的密码2026"); err != nil {
		t.Fatal(err)
	}
	sf.reload()
	f.settle()
	for i, u := range sf.items {
		if u.Name == "wangli" {
			sf.list.Select(i)
		}
	}
	form = sf.askPassword()
	es = entries(form.body)
	es[0].SetText("王丽的密码2026")
	es[1].SetText("王丽的密码2026")
	es[1].OnSubmitted(es[1].Text) // Enter in the second field saves
	f.settle()
	if wl, err := f.store.SignIn(f.ctx, "wangli", "王丽的密码2026"); err != nil || wl.Name != "wangli" {
		t.Fatalf("the password was not saved: %v", err)
	}
	if sf.clearPw.Disabled() {
		t.Error("the password cannot be removed after it was set")
	}

	var signedIn string
	si := NewSignIn(f.store, "wangli", func(user string) { signedIn = user })
	if si.account.Selected != "王丽" || strings.Join(si.account.Options, " ") != "系统管理员 王丽" {
		t.Errorf("accounts offered %v, chosen %q", si.account.Options, si.account.Selected)
	}
	si.password.SetText("wrong password")
	si.submit()
	if signedIn != "" || si.msg.Text != "密码不正确。" || si.password.Text != "" {
		t.Errorf("a wrong password: signed in %q, message %q", signedIn, si.msg.Text)
	}
	si.password.SetText("王丽的密码2026")
	si.submit()
	if signedIn != "wangli" {
		t.Errorf("the right password signed in %q", signedIn)
	}

	// The administrator at work keeps their password while 王丽 has one.
	for i, u := range sf.items {
		if u.Name == "admin" {
			sf.list.Select(i)
		}
	}
	sf.clearPw.OnTapped()
	f.settle()
	if !strings.Contains(sf.msg.Text, "下次将无法登录") {
		t.Errorf("removing one's own password: %q", sf.msg.Text)
	}
	if _, err := f.store.SignIn(f.ctx, "admin", "管理员的密码2026"); err != nil {
		t.Errorf("the administrator's password went: %v", err)
	}
	for i, u := range sf.items {
		if u.Name == "wangli" {
			sf.list.Select(i)
		}
	}
	// Removing the password: 王丽 no longer signs in.
	sf.clearPw.OnTapped()
	f.settle()
	if _, err := f.store.SignIn(f.ctx, "wangli", "王丽的密码2026"); err == nil {
		t.Error("the password was not removed")
	}
}

// A clerk reads the settings and is told that only an administrator changes them.
func TestAClerkReadsTheSettings(t *testing.T) {
	f := newFixture(t)
	if err := f.store.SaveUser(f.ctx, data.User{Name: "wangli", DisplayName: "王丽", Tier: 1, Role: data.RoleClerk, Active: true}); err != nil {
		t.Fatal(err)
	}
	d := f.openDesk(Options{User: "wangli"})
	f.win.SetContent(d)
	f.settleDesk(d)
	d.show("settings")
	f.settleDesk(d)
	if !d.settings.readOnly.Visible() || !strings.Contains(d.settings.readOnly.Text, "只有系统管理员可以修改设置") {
		t.Errorf("the settings say %q (shown %v)", d.settings.readOnly.Text, d.settings.readOnly.Visible())
	}
	d.settings.office.name.SetText("别的单位")
	d.settings.office.save()
	f.settleDesk(d)
	if msg := d.settings.office.msg.Text; msg != "只有系统管理员可以修改设置。" {
		t.Errorf("saving the office as a clerk: %q", msg)
	}
	if f.desk.show("settings"); f.desk.settings.readOnly.Visible() {
		t.Error("the administrator is told the settings are read-only")
	}
}

// A clerk's mailbox password never reaches the credential store: the save is refused first.
func TestAClerkCannotChangeTheMailbox(t *testing.T) {
	f := newFixture(t)
	if err := f.store.SaveUser(f.ctx, data.User{Name: "wangli", DisplayName: "王丽", Tier: 1, Role: data.RoleClerk, Active: true}); err != nil {
		t.Fatal(err)
	}
	d := f.openDesk(Options{User: "wangli"})
	f.settleDesk(d)
	d.show("settings")
	f.settleDesk(d)
	m := d.settings.mail
	m.host.SetText("127.0.0.1")
	m.user.SetText("clerk")
	m.password.SetText("mailbox-password")
	m.save()
	if n := d.pending.Load(); n != 0 {
		t.Errorf("the save went on in the background (%d tasks): the password would be stored", n)
	}
	f.settleDesk(d)
	if m.msg.Text != "只有系统管理员可以修改设置。" {
		t.Errorf("message %q", m.msg.Text)
	}
	if accts, err := f.store.MailAccounts(f.ctx); err != nil || len(accts) != 0 {
		t.Errorf("accounts %+v %v", accts, err)
	}
}

// With sign-in, the menu offers to switch user: the desk closes and the sign-in comes back.
func TestSwitchUser(t *testing.T) {
	f := newFixture(t)
	if hasMenuItem(f.win.MainMenu(), "切换用户") {
		t.Error("switch user is offered without sign-in")
	}
	signedOut := false
	d := f.openDesk(Options{User: "admin", SignOut: func() { signedOut = true }})
	f.settleDesk(d)
	composer := f.desk.app.NewWindow("letter")
	composer.Show()
	closed := false
	composer.SetOnClosed(func() { closed = true })
	menu := f.win.MainMenu()
	for _, m := range menu.Items {
		for _, it := range m.Items {
			if it.Label == "切换用户" {
				it.Action()
			}
		}
	}
	if !signedOut || f.win.MainMenu() != nil || !closed {
		t.Errorf("switch user: signed out %v, menu %v, other window closed %v", signedOut, f.win.MainMenu(), closed)
	}
}

func hasMenuItem(menu *fyne.MainMenu, label string) bool {
	for _, m := range menu.Items {
		for _, it := range m.Items {
			if it.Label == label {
				return true
			}
		}
	}
	return false
}

// Settings changes given up on leaving the settings are gone: back in the settings, the forms
// show what is saved, and nothing is asked again.
func TestDiscardedSettingsAreGone(t *testing.T) {
	f := newFixture(t)
	f.desk.show("settings")
	f.settle()
	f.desk.settings.mail.host.SetText("127.0.0.1")
	f.desk.settings.office.name.SetText("华景物业服务中心")
	f.desk.navList.Select(1)
	f.settle()
	test.Tap(findButtonIn(t, f.win.Canvas().Overlays().Top(), "放弃修改"))
	f.settle()
	if f.desk.current != "register" {
		t.Fatalf("discarded: on %q", f.desk.current)
	}
	f.desk.show("settings")
	f.settle()
	if top := f.win.Canvas().Overlays().Top(); top != nil {
		t.Errorf("back in the settings, asked %q", labelText(top))
	}
	if st := f.desk.settings; st.mail.host.Text != "" || st.office.name.Text == "华景物业服务中心" || len(st.unsaved()) > 0 {
		t.Errorf("back in the settings: host %q, office %q, unsaved %q", st.mail.host.Text, st.office.name.Text, st.unsaved())
	}
}

// Settings changed and not saved are not lost to a click elsewhere: leaving the settings, closing
// the window or switching user names the tabs first. Settings as loaded, or saved, are left
// without a question.
func TestUnsavedSettingsAreAskedAbout(t *testing.T) {
	f := newFixture(t)
	question := func() string {
		if top := f.win.Canvas().Overlays().Top(); top != nil {
			return labelText(top)
		}
		return ""
	}
	if _, err := f.store.SaveMailAccount(f.ctx, data.MailAccount{Name: "office", Host: "mail.example.cn", Port: 993,
		Security: data.SecurityTLS, Username: "clerk", Active: true}); err != nil {
		t.Fatal(err)
	}
	f.desk.show("settings")
	f.settle()
	f.desk.settings.staff.list.Select(0) // an account shown is not a change either
	f.desk.navList.Select(0)
	f.settle()
	if f.desk.current != "dashboard" || question() != "" {
		t.Fatalf("leaving the settings untouched: on %q, asked %q", f.desk.current, question())
	}
	f.desk.show("settings")
	f.settle()
	st := f.desk.settings
	st.office.name.SetText("华景物业服务中心")
	st.office.address.SetText("上海市浦东新区世纪大道100号")
	shown := st.staff.name.Text
	st.staff.name.SetText("管理员")
	hours := st.hours[0].Text
	st.hours[0].SetText("08:30-12:00, 13:30-17:30")
	f.desk.navList.Select(1)
	f.settle()
	if q := question(); !strings.Contains(q, "设置中尚未保存的修改将会丢失：单位信息、人员、工作时间与日历。") {
		t.Fatalf("leaving changed settings asked %q", q)
	}
	test.Tap(findButtonIn(t, f.win.Canvas().Overlays().Top(), "继续编辑"))
	if f.desk.current != "settings" || st.office.address.Text != "上海市浦东新区世纪大道100号" {
		t.Fatalf("kept editing: on %q, address %q", f.desk.current, st.office.address.Text)
	}
	f.desk.closeRequested()
	if q := question(); !strings.Contains(q, "设置中的修改：单位信息") || !strings.Contains(q, "设置中的修改：人员") {
		t.Fatalf("closing the window asked %q", q)
	}
	test.Tap(findButtonIn(t, f.win.Canvas().Overlays().Top(), "返回继续工作"))
	st.office.save()
	st.staff.name.SetText(shown) // back as it was
	st.hours[0].SetText(hours)
	f.settle()
	if st.office.msg.Visible() {
		t.Fatalf("saving the office: %q", st.office.msg.Text)
	}
	f.desk.navList.Select(1)
	f.settle()
	if f.desk.current != "register" || question() != "" {
		t.Errorf("leaving saved settings: on %q, asked %q", f.desk.current, question())
	}

	// Within a tab: another account picked while the one shown has changes.
	if err := f.store.SaveUser(f.ctx, data.User{Name: "wangli", DisplayName: "王丽", Tier: 1, Role: data.RoleClerk, Active: true}); err != nil {
		t.Fatal(err)
	}
	f.desk.show("settings")
	f.settle()
	sf := st.staff
	sf.list.Select(0)
	sf.name.SetText("管理员甲")
	sf.list.Select(1)
	if q := question(); !strings.Contains(q, "当前显示的条目有未保存的修改") {
		t.Fatalf("picking another account asked %q", q)
	}
	test.Tap(findButtonIn(t, f.win.Canvas().Overlays().Top(), "继续编辑"))
	if sf.name.Text != "管理员甲" || sf.shown != 0 {
		t.Errorf("kept editing: name %q, account %d shown", sf.name.Text, sf.shown)
	}
	sf.list.Select(1)
	test.Tap(findButtonIn(t, f.win.Canvas().Overlays().Top(), "放弃修改"))
	if sf.name.Text != "王丽" || sf.shown != 1 {
		t.Errorf("discarded: name %q, account %d shown", sf.name.Text, sf.shown)
	}
	// The same for the mailbox picked.
	m := st.mail
	m.host.SetText("imap.example.cn")
	m.pick.SetSelectedIndex(1) // a new mailbox
	if q := question(); !strings.Contains(q, "当前显示的条目有未保存的修改") {
		t.Fatalf("picking another mailbox asked %q", q)
	}
	test.Tap(findButtonIn(t, f.win.Canvas().Overlays().Top(), "继续编辑"))
	if m.pick.SelectedIndex() != 0 || m.host.Text != "imap.example.cn" {
		t.Errorf("kept editing: mailbox %d picked, host %q", m.pick.SelectedIndex(), m.host.Text)
	}
	// A letter template edited and not saved is named too.
	test.Type(st.templates.text, "（另附）")
	if got := st.unsaved(); !slices.Contains(got, "函件模板") {
		t.Errorf("unsaved tabs %q", got)
	}
}

// The window writes the day's backup when it opens, says where, and the settings tell where the
// daily backups are kept.
func TestDailyBackupWhenTheWindowOpens(t *testing.T) {
	f := newFixture(t)
	f.complaint("李雷", "13900002222", "保安出言不逊", 3)
	dir := filepath.Join(t.TempDir(), "backups")
	d := f.openDesk(Options{User: "admin", BackupDir: dir})
	f.settleDesk(d)
	want := filepath.Join(dir, "complaintdesk-20261123.db")
	if _, err := os.Stat(want); err != nil {
		t.Fatalf("no backup of the day: %v", err)
	}
	if !strings.Contains(d.status.Text, "今日备份已写入 "+want) {
		t.Errorf("status %q", d.status.Text)
	}
	d.show("settings")
	f.settleDesk(d)
	var text string
	for _, tab := range d.settings.tabs.Items {
		text += labelText(tab.Content)
	}
	if !strings.Contains(text, "自动备份到 "+dir) {
		t.Errorf("the settings do not say where the backups go:\n%s", text)
	}
	d.Close()
}

// Every row of the trail an office writes (cases worked, letters issued, mail imported,
// accounts and settings saved) reads in the clerk's language: no field named as the program
// names it, no value as it is stored, no field that did not change.
func TestEveryAuditRowReadsInTheClerksLanguage(t *testing.T) {
	f := newFixture(t)
	if _, err := demo.Fill(f.ctx, f.store, demo.Options{Complaints: 80, Seed: 3, Now: f.now}); err != nil {
		t.Fatal(err)
	}
	o, err := f.store.OfficeProfile(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	o.Address, o.Logo = "上海市徐汇区漕溪北路88号圣爱大厦"+strings.Repeat("十", 40)+"层", pngScan(t)
	if err := f.store.SetOfficeProfile(f.ctx, o); err != nil {
		t.Fatal(err)
	}
	for key, value := range map[string]string{data.SettingLanguage: "zh-Hant",
		letters.TemplateSettingKey(letters.KindApology, "zh-Hans"): strings.Repeat("尊敬的{{.Name}}：", 30)} {
		if err := f.store.SetSetting(f.ctx, key, value); err != nil {
			t.Fatal(err)
		}
	}
	// The rest of what an administrator keeps: departments, categories, deadlines, a mailbox, a
	// password, the quarterly sample, a pairing undone.
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(f.store.SaveDepartment(f.ctx, data.Department{Code: "parking", Name: "停车场管理处", Active: true}))
	must(f.store.SaveCategory(f.ctx, data.Category{Code: "parking", Name: "停车", Active: true}))
	must(f.store.SetPolicy(f.ctx, data.Policy{Category: "parking", Level: 2, Acknowledge: "4wh", Resolve: "5wd", Progress: "7d", FollowUp: "3wd"}))
	must(f.store.DeletePolicy(f.ctx, "parking", 2))
	_, err = f.store.SaveMailAccount(f.ctx, data.MailAccount{Name: "office", Host: "mail.example.cn", Port: 993,
		Security: data.SecurityTLS, Username: "clerk", Folder: "INBOX", Active: true})
	must(err)
	must(f.store.SetPassword(f.ctx, "admin", "correct horse battery"))
	_, err = f.store.SampleQuarter(f.ctx, data.Quarter{Year: 2026, Q: 4}, 0.35, 1)
	must(err)
	archive, err := f.store.Archive(f.ctx, data.ArchiveFilter{})
	must(err)
	i := slices.IndexFunc(archive, func(e data.ArchiveEntry) bool { return len(e.Incoming) > 0 })
	if i < 0 {
		t.Fatal("the demo filed no letter/reply pair")
	}
	pairs, err := f.store.LetterPairs(f.ctx, archive[i].Letter.ComplaintID)
	must(err)
	must(f.store.UnlinkReply(f.ctx, pairs[0].ID))
	c := f.complaint("赵六", "13900000001", "车位被占", 2)
	photo, err := f.store.AddEvidence(f.ctx, c.Ref, data.NewEvidence{Filename: "别家的照片.jpg", Data: pngScan(t)})
	must(err)
	must(f.store.RemoveEvidence(f.ctx, c.Ref, photo.ID, "附错了案件"))
	must(f.store.RestoreEvidence(f.ctx, c.Ref, photo.ID))
	october, err := data.ParsePeriod("2026-10", f.store.Calendar().Location())
	must(err)
	must(f.store.RecordReportExport(f.ctx, october, "pdf"))
	rows, err := f.store.AuditTrail(f.ctx, data.AuditFilter{Limit: 1 << 20})
	if err != nil {
		t.Fatal(err)
	}
	names, err := loadNames(f.ctx, f.store)
	if err != nil {
		t.Fatal(err)
	}
	loc := f.store.Calendar().Location()
	latin := regexp.MustCompile(`[A-Za-z_]{3,}`)
	stored := regexp.MustCompile(`\b(complaint|reply|auto|failed|receipt|apology|zh-Hans|zh-Hant|clerk|supervisor|admin|in_progress|bytes|parking|engineering|facilities)\b|mid:|—\s*→\s*—|\de[+-]\d|^$`)
	seen := map[string]bool{}
	var seenValues []string
	for _, r := range rows {
		head, _ := auditTexts(r, names, loc)
		if action := strings.Fields(head)[len(strings.Fields(head))-1]; latin.MatchString(action) {
			t.Errorf("%s %s: action %q", r.Entity, r.Action, action)
		}
		if strings.Contains(head, data.ActorSystem) {
			t.Errorf("%s %s by %q", r.Entity, r.Action, head)
		}
		for _, part := range auditChangeList(entryChanges(r), names, loc) {
			label, value, _ := strings.Cut(part, "：")
			if latin.MatchString(label) && label != "SHA-256" && label != "UID" {
				t.Errorf("%s %s: field %q (%s)", r.Entity, r.Action, label, r.Changes)
			}
			if stored.MatchString(value) && label != "登录名" && label != "用户名" && label != "代码" {
				t.Errorf("%s %s: %q (%s)", r.Entity, r.Action, part, r.Changes)
			}
			if old, new, ok := strings.Cut(value, " → "); ok && old == new {
				t.Errorf("%s %s: %q did not change", r.Entity, r.Action, part)
			}
			seen[r.Entity+" "+label] = true
			seenValues = append(seenValues, part)
		}
	}
	if text := fmt.Sprint(seenValues); !strings.Contains(text, "等级：— → 3 级（非常严重）") || !strings.Contains(text, "满意度：") {
		t.Errorf("levels and ratings are not named: %.300s", text)
	}
	for _, want := range []string{"mail_message 去向", "letter 类型", "letter_pair 证据", "mail_account 加密方式",
		"department 代码", "sla_policy 回访时限", "user 登录名", "report 期间", "follow_up 回访结果", "setting 单位信息 地址", "setting 单位信息 信头标志",
		"setting 界面语言", "setting 函件模板 致歉信（简体中文）", "user 角色", "evidence 原因"} {
		if !seen[want] {
			t.Errorf("no row says %q", want)
		}
	}
}

// While the last quarter's revisit sample is not drawn, the follow-up screen says so; drawn,
// it says nothing more.
func TestUndrawnQuarterlySampleIsPointedOut(t *testing.T) {
	f := newFixture(t)
	f.now = time.Date(2026, 9, 21, 10, 0, 0, 0, f.store.Calendar().Location())
	f.closedCase("13900002222") // closed in 2026-Q3
	f.now = time.Date(2026, 11, 23, 10, 0, 0, 0, f.store.Calendar().Location())
	f.desk.show("followups")
	f.settle()
	fu := f.desk.followups
	if !fu.undrawn.Visible() || fu.undrawn.Text != "2026-Q3 的季度回访样本尚未抽取：该季度有 1 件投诉已结案。" {
		t.Fatalf("the undrawn sample: shown %v, %q", fu.undrawn.Visible(), fu.undrawn.Text)
	}
	form := fu.sample()
	entries(form.body)[0].SetText("100")
	submit(t, f, form)
	if fu.undrawn.Visible() {
		t.Errorf("drawn, the sample is still pointed out: %q", fu.undrawn.Text)
	}
}
