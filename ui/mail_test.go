package ui

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"complaintdesk/data"
	"complaintdesk/mailintake"
	"complaintdesk/mailintake/imaptest"
)

// The tray shows what the intake stored in the clerk's language: the sender, the case a message
// opened, and why a message could not be read, with the actions each one allows.
func TestMailTrayShowsMessagesInTheClerksLanguage(t *testing.T) {
	f := newFixture(t)
	received := f.now.Add(-time.Hour)
	complaint := mailintake.Parse([]byte("From: =?UTF-8?B?5byg5YWI55Sf?= <zhang@example.cn>\r\nSubject: =?GB2312?B?tefM3bnK1c8=?=\r\n"+
		"To: =?UTF-8?B?5a6i5pyN?= <service@example.cn>, \"Wang, Li\" <wang@example.cn>\r\nCc: =?UTF-8?B?54mp5Lia57uP55CG?= <manager@example.cn>\r\n"+
		"Date: Mon, 30 Nov 2026 09:00:00 +0800\r\nMessage-ID: <a@example.cn>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n三号楼电梯又停了。\r\n"), received)
	noHeaders := mailintake.Parse([]byte("\r\njust a body\r\n"), received)
	noSender := mailintake.Parse([]byte("Subject: hello\r\nMessage-ID: <b@example.cn>\r\n\r\nbody\r\n"), received)
	big := []byte("From: li@example.cn\r\nSubject: photos\r\nMessage-ID: <c@example.cn>\r\n\r\n" + strings.Repeat("x", 3<<20))
	tooLarge := mailintake.ParseHeader(big[:200], int64(len(big)), 1<<20, received)
	tooLarge.Raw = big
	encrypted := mailintake.Parse([]byte("From: zhou@example.cn\r\nSubject: sealed\r\nMessage-ID: <d@example.cn>\r\n"+
		"Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name=smime.p7m\r\nContent-Transfer-Encoding: base64\r\n\r\nMIAGCSqG\r\n"), received)
	batch := []data.InboundMail{complaint, noHeaders, noSender, tooLarge, encrypted}
	for i := range batch {
		batch[i].UID = uint32(i + 1)
	}
	if _, err := f.store.ImportMail(f.ctx, data.MailBatch{Messages: batch}); err != nil {
		t.Fatal(err)
	}
	f.desk.show("mail")
	f.settle()
	tray := f.desk.mail
	if len(tray.items) != len(batch) {
		t.Fatalf("the tray lists %d messages, want %d", len(tray.items), len(batch))
	}
	want := map[string][]string{
		"电梯故障": {"发件人：张先生 <zhang@example.cn>", "收件人：客服 <service@example.cn>, \"Wang, Li\" <wang@example.cn>\n",
			"抄送：物业经理 <manager@example.cn>\n", "发送时间：2026-11-30 09:00\n", "三号楼电梯又停了。", "→"},
		"":       {"发件人：—", "主题：—", "收件时间：2026-11-23 09:00", "问题：邮件没有邮件头：没有发件人、主题或日期。"},
		"hello":  {"问题：邮件没有发件人地址，因此未登记投诉。"},
		"photos": {"问题：邮件大小为 3.0 MB，超过 1.0 MB 的上限：已按原样保存，未读取内容。"},
		"sealed": {"问题：邮件已加密（S/MIME 或 OpenPGP），只有收件人自己的邮件程序才能读取。请联系发件人以不加密的方式重发，或手工登记。"},
	}
	// A recycled row takes the colour of the message it now shows.
	row := tray.list.CreateItem()
	for i, m := range tray.items {
		tray.list.UpdateItem(i, row)
		want := theme.ColorNameForeground
		if m.State == data.MailFailed {
			want = theme.ColorNameError
		}
		seg := test.WidgetRenderer(row.(*widget.Label)).Objects()[0].(*widget.RichText).Segments[0].(*widget.TextSegment)
		if seg.Style.ColorName != want {
			t.Errorf("row %d (%s) is painted %q, want %q", i, m.State, seg.Style.ColorName, want)
		}
	}
	for i, m := range tray.items {
		tray.list.Select(i)
		f.settle()
		text := readerText(tray.reader)
		if _, ok := want[m.Subject]; !ok {
			t.Errorf("message %d has the subject %q", i, m.Subject)
		}
		for _, w := range want[m.Subject] {
			if w == "→" {
				if !hasButton(tray.actions, "打开投诉") || m.ComplaintRef == "" {
					t.Errorf("%q: no way to open the case it opened", m.Subject)
				}
				continue
			}
			if !strings.Contains(text, w) {
				t.Errorf("%q shows\n%s\nwant it to say %q", m.Subject, text, w)
			}
		}
		if m.Subject == "" && strings.Contains(text, "发送时间") {
			// Not dated by its sender: the time it was received is not given as when it was sent.
			t.Errorf("a message without a date shows a time it was sent:\n%s", text)
		}
		if failed := m.State == data.MailFailed; failed != hasButton(tray.actions, "重新读取") {
			t.Errorf("%q (%s): read-again button shown %v", m.Subject, m.State, !failed)
		}
		if !hasButton(tray.actions, "保存 .eml……") {
			t.Errorf("%q: no save as .eml", m.Subject)
		}
	}
}

// A complainant's emailed reply shows on the case as a new reply until the clerk answers.
func TestEmailReplyIsFlaggedOnTheCase(t *testing.T) {
	f := newFixture(t)
	c := f.complaint("李雷", "13900002222", "保安出言不逊", 30)
	reply := mailintake.Parse([]byte("From: li@example.cn\r\nSubject: Re: ["+c.Ref+"] =?UTF-8?B?6KGl5YWF?=\r\n"+
		"Message-ID: <r@example.cn>\r\n\r\nstill waiting\r\n"), f.now)
	reply.UID = 1
	out, err := f.store.ImportMail(f.ctx, data.MailBatch{Messages: []data.InboundMail{reply}})
	if err != nil || out[0].State != data.MailReply {
		t.Fatalf("import: %+v, %v", out, err)
	}
	f.desk.OpenCase(c.Ref)
	f.settle()
	if badge := f.desk.caseView.badge.Text; !strings.Contains(badge, "有新回复") {
		t.Fatalf("the case says %q, want it to show the new reply", badge)
	}
	// The reply is read on the case: its start on the timeline, all of it a click away.
	if timeline := labelText(f.desk.caseView.timelin); !strings.Contains(timeline, "Re: ["+c.Ref+"] 补充\nstill waiting") {
		t.Errorf("the timeline reads\n%s", timeline)
	}
	test.Tap(findButtonIn(t, f.desk.caseView.timelin, "阅读邮件"))
	f.settle()
	if shown := labelText(f.win.Canvas().Overlays().Top()); !strings.Contains(shown, "发件人：li@example.cn") || !strings.Contains(shown, "still waiting") {
		t.Errorf("the email reads\n%s", shown)
	}
	findButtonIn(t, f.win.Canvas().Overlays().Top(), "保存 .eml……")
	f.win.Canvas().Overlays().Top().Hide()
	f.win.Canvas().Overlays().Remove(f.win.Canvas().Overlays().Top())
	form := openForm(t, f, data.ActCall)
	text := entries(form.body)
	test.Type(text[len(text)-1], "已致电说明处理进展")
	submit(t, f, form)
	if badge := f.desk.caseView.badge.Text; strings.Contains(badge, "有新回复") {
		t.Errorf("after the call the case still says %q", badge)
	}
}

// A bounce or an out-of-office answer on a case is not said to come from the complainant.
func TestAutomaticMailOnACaseIsNotTheComplainants(t *testing.T) {
	f := newFixture(t)
	c := f.complaint("李雷", "13900002222", "保安出言不逊", 30)
	bounce := mailintake.Parse([]byte("From: MAILER-DAEMON@example.cn\r\nSubject: Undelivered Mail: ["+c.Ref+"]\r\n"+
		"Auto-Submitted: auto-replied\r\nMessage-ID: <b@example.cn>\r\n\r\nundeliverable\r\n"), f.now)
	bounce.UID = 1
	reply := mailintake.Parse([]byte("From: li@example.cn\r\nSubject: Re: ["+c.Ref+"]\r\n"+
		"Message-ID: <r@example.cn>\r\n\r\nstill waiting\r\n"), f.now)
	reply.UID = 2
	out, err := f.store.ImportMail(f.ctx, data.MailBatch{Messages: []data.InboundMail{bounce, reply}})
	if err != nil || out[0].State != data.MailAuto || out[1].State != data.MailReply {
		t.Fatalf("import: %+v, %v", out, err)
	}
	f.desk.OpenCase(c.Ref)
	f.settle()
	var heads []string
	for _, entry := range f.desk.caseView.timelin.Objects {
		if box, ok := entry.(*fyne.Container); ok && len(box.Objects) > 0 {
			if h, ok := box.Objects[0].(*para); ok && strings.Contains(h.Text, "example.cn") {
				heads = append(heads, h.Text)
			}
		}
	}
	if len(heads) != 2 {
		t.Fatalf("the timeline's email headings: %q", heads)
	}
	for _, h := range heads {
		fromProgram := strings.Contains(h, "MAILER-DAEMON")
		if fromProgram != strings.Contains(h, "退信（我方邮件未送达）") || fromProgram == strings.Contains(h, "来（投诉人→我方）") {
			t.Errorf("heading %q", h)
		}
	}
}

// A bounce of the office's mail on a case says that the mail was not delivered.
func TestBounceOnACaseSaysTheMailWasNotDelivered(t *testing.T) {
	f := newFixture(t)
	c := f.complaint("李雷", "13900002222", "保安出言不逊", 30)
	bounce := mailintake.Parse([]byte("From: MAILER-DAEMON@example.cn\r\nSubject: Undelivered Mail Returned to Sender\r\n"+
		"Message-ID: <b@example.cn>\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n"+
		"--b\r\nContent-Type: text/plain\r\n\r\nHost not found.\r\n--b\r\nContent-Type: message/delivery-status\r\n\r\n"+
		"Action: failed\r\n\r\n--b\r\nContent-Type: text/rfc822-headers\r\n\r\nFrom: service@office.example\r\n"+
		"Subject: ["+c.Ref+"]\r\n\r\n--b--\r\n"), f.now)
	bounce.UID = 1
	out, err := f.store.ImportMail(f.ctx, data.MailBatch{Messages: []data.InboundMail{bounce}})
	if err != nil || out[0].State != data.MailAuto || out[0].ComplaintRef != c.Ref {
		t.Fatalf("import: %+v, %v", out, err)
	}
	f.desk.OpenCase(c.Ref)
	f.settle()
	if timeline := labelText(f.desk.caseView.timelin); !strings.Contains(timeline, "邮件 · 退信（我方邮件未送达）") {
		t.Errorf("the timeline reads\n%s", timeline)
	}
}

// Mail that names a case from another address than the complainant's says so on the timeline.
func TestMailFromAnotherAddressOnACaseSaysSo(t *testing.T) {
	f := newFixture(t)
	c, err := f.store.CreateComplaint(f.ctx, data.NewComplaint{Channel: data.ChannelEmail, Subject: "电梯故障",
		ReceivedAt: f.now.Add(-time.Hour), Complainant: data.Complainant{Name: "李雷", Email: "Li@example.cn"}})
	if err != nil {
		t.Fatal(err)
	}
	var msgs []data.InboundMail
	for i, from := range []string{"li@example.cn", "zhang@example.cn"} {
		m := mailintake.Parse([]byte("From: "+from+"\r\nSubject: Re: ["+c.Ref+"]\r\nMessage-ID: <r"+fmt.Sprint(i)+
			"@example.cn>\r\n\r\nstill waiting\r\n"), f.now)
		m.UID = uint32(i + 1)
		msgs = append(msgs, m)
	}
	if _, err := f.store.ImportMail(f.ctx, data.MailBatch{Messages: msgs}); err != nil {
		t.Fatal(err)
	}
	f.desk.OpenCase(c.Ref)
	f.settle()
	timeline := labelText(f.desk.caseView.timelin)
	for _, want := range []string{"来（投诉人→我方） · li@example.cn", "来（非投诉人地址→我方） · zhang@example.cn"} {
		if !strings.Contains(timeline, want) {
			t.Errorf("the timeline does not say %q:\n%s", want, timeline)
		}
	}
}

// The mail account form saves every setting of the account, and explains what it cannot take.
func TestMailAccountIsSavedFromSettings(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir()) // where the password key goes on this system
	f := newFixture(t)
	f.desk.show("settings")
	f.settle()
	m := f.desk.settings.mail
	if m.since.Text != f.now.AddDate(0, 0, -30).Format(time.DateOnly) || m.maxSize.Text != "25" {
		t.Errorf("a new account starts from %q with a %q MB limit, want 30 days back and 25", m.since.Text, m.maxSize.Text)
	}
	if m.after.SelectedIndex() != 0 {
		t.Errorf("a new account does %q after import, want to leave mail as it is", m.after.Selected)
	}
	if m.password.PlaceHolder != "" {
		t.Errorf("a new account's password says %q: it has none to keep", m.password.PlaceHolder)
	}
	// The folder to move mail to is asked for only when mail is to be moved.
	if !m.moveTo.Disabled() {
		t.Error("the move-to folder can be typed while mail stays on the server")
	}
	m.after.SetSelectedIndex(2)
	if m.moveTo.Disabled() {
		t.Error("the move-to folder cannot be typed with \"move to folder\" chosen")
	}
	m.after.SetSelectedIndex(1)
	if !m.moveTo.Disabled() {
		t.Error("the move-to folder can be typed while mail is only marked as read")
	}
	m.after.SetSelectedIndex(0)
	// The port follows the security while it is the other choice's usual one, and only the box
	// that weakens the chosen security can be ticked.
	if m.skip.Disabled() || !m.plain.Disabled() {
		t.Errorf("with SSL/TLS: certificate box disabled %v, plain-text box disabled %v", m.skip.Disabled(), m.plain.Disabled())
	}
	m.port.SetText("993")
	for _, step := range []struct {
		security int
		port     string
	}{{1, "143"}, {2, "143"}, {0, "993"}, {2, "143"}} {
		m.security.SetSelectedIndex(step.security)
		if m.port.Text != step.port {
			t.Errorf("security %q: port %q, want %s", m.security.Selected, m.port.Text, step.port)
		}
	}
	if !m.skip.Disabled() || m.plain.Disabled() {
		t.Errorf("without encryption: certificate box disabled %v, plain-text box disabled %v", m.skip.Disabled(), m.plain.Disabled())
	}
	m.port.SetText("10993")
	m.security.SetSelectedIndex(0)
	if m.port.Text != "10993" {
		t.Errorf("a port of the clerk's own became %q", m.port.Text)
	}
	// A port out of range is refused with the range, as a word is; none is the usual one.
	for _, p := range []string{"0", "99999", "imap"} {
		m.port.SetText(p)
		if _, err := m.read(); err == nil || err.Error() != "端口是 1–65535 之间的数字，例如 993。" {
			t.Errorf("port %q: %v", p, err)
		}
	}
	m.port.SetText("")
	// Weakening the security asks first; anything but a confirmation leaves the box clear.
	for i, box := range []*tick{m.skip, m.plain} {
		m.security.SetSelectedIndex(2 * i) // SSL/TLS for the certificate, none for plain text
		test.Tap(box)
		if box.Checked || len(f.desk.dialogs) != 1 {
			t.Fatalf("%q ticked without a warning (%d dialogs)", box.Text, len(f.desk.dialogs))
		}
		f.desk.dialogs[0].Hide()
		if box.Checked || len(f.desk.dialogs) != 0 {
			t.Errorf("%q ticked after the warning was closed", box.Text)
		}
		test.Tap(box)
		if !tapDialogButton(f, "是，我了解风险") || !box.Checked {
			t.Errorf("%q not ticked after confirming", box.Text)
		}
		// Confirmed with Space, the key's typed space then reaches the box: it stays ticked.
		box.TypedRune(' ')
		if !box.Checked {
			t.Errorf("%q cleared by the Space that confirmed it", box.Text)
		}
		box.hold = time.Time{}
		test.Tap(box)
		if box.Checked || len(f.desk.dialogs) != 0 {
			t.Errorf("%q: clearing it asked or failed", box.Text)
		}
	}
	// Encrypted again, the permission to go without is gone: a later 不加密 asks again.
	test.Tap(m.plain)
	tapDialogButton(f, "是，我了解风险")
	m.security.SetSelectedIndex(0)
	if m.plain.Checked {
		t.Error("plain text still allowed after choosing SSL/TLS")
	}
	// What a test said goes once the form says something else.
	m.tested = m.state.read()
	m.result.SetText("连接成功")
	m.host.SetText("192.0.2.2")
	if m.result.Text != "" {
		t.Errorf("a test's result stays after the server changed: %q", m.result.Text)
	}
	m.host.SetText("127.0.0.1")
	m.security.SetSelectedIndex(2)
	m.user.SetText("clerk")
	m.password.SetText("secret")
	// Each refused with one sentence, nothing saved, and no 已保存 of the last save left under it.
	// An interval is up to a day, never another number than the one typed; a server's name has
	// no space.
	for _, bad := range []struct{ since, size, poll, host, want string }{
		{"11/01/2026", "10", "0", "127.0.0.1", "起始日期请按 2026-11-01 的格式填写"},
		{"2026-11-01", "0", "0", "127.0.0.1", "大小上限请填整数 MB"},
		{"2026-11-01", "ten", "0", "127.0.0.1", "大小上限请填整数 MB"},
		{"2026-13-45", "10", "0", "127.0.0.1", "没有 2026-13-45 这一天"},
		{"2026-12-01", "10", "0", "127.0.0.1", "起始日期 2026-12-01 在今天之后"},
		{"2026-11-01", "10", "99999999999", "127.0.0.1", "收取间隔请填 0–1440 之间的整数分钟"},
		{"2026-11-01", "10", "-5", "127.0.0.1", "收取间隔请填 0–1440 之间的整数分钟"},
		{"2026-11-01", "10", "1441", "127.0.0.1", "收取间隔请填 0–1440 之间的整数分钟"},
		{"2026-11-01", "10", "0", "imap example com", "邮件服务器“imap example com”中有空格"},
	} {
		m.since.SetText(bad.since)
		m.maxSize.SetText(bad.size)
		m.poll.SetText(bad.poll)
		m.host.SetText(bad.host)
		f.desk.setStatus("邮箱设置已保存。")
		m.save()
		f.settle()
		if !strings.Contains(m.msg.Text, bad.want) || f.desk.status.Text != "" {
			t.Errorf("%+v: message %q, status %q", bad, m.msg.Text, f.desk.status.Text)
		}
		if accts, _ := f.store.MailAccounts(f.ctx); len(accts) != 0 {
			t.Fatalf("saved %+v", accts[0])
		}
	}
	m.since.SetText("2026-11-01")
	m.maxSize.SetText("10")
	m.poll.SetText("0")
	m.host.SetText("127.0.0.1")
	m.sent.SetText("INBOX")
	m.save()
	f.settle()
	if !strings.Contains(m.msg.Text, "已发送邮件文件夹不能与收取投诉的文件夹相同") {
		t.Errorf("sent folder = inbox: %q", m.msg.Text)
	}
	m.sent.SetText(" 已发送 ")
	m.save()
	f.settle()
	accts, err := f.store.MailAccounts(f.ctx)
	if err != nil || len(accts) != 1 {
		t.Fatalf("accounts %v, %v", accts, err)
	}
	a := accts[0]
	loc := f.store.Calendar().Location()
	if !a.Since.Equal(time.Date(2026, 11, 1, 0, 0, 0, 0, loc)) || a.MaxSize != 10<<20 || a.Security != data.SecurityNone ||
		a.Host != "127.0.0.1" || a.Username != "clerk" || a.Secret == "" || a.PollInterval != 0 || a.SentFolder != "已发送" {
		t.Errorf("saved %+v", a)
	}
	if m.since.Text != "2026-11-01" || m.maxSize.Text != "10" {
		t.Errorf("the form shows %q and %q after saving", m.since.Text, m.maxSize.Text)
	}
	if m.password.Text != "" || m.password.PlaceHolder != "不修改" {
		t.Errorf("after saving, the password field holds %q and says %q; want it empty, keeping the saved one", m.password.Text, m.password.PlaceHolder)
	}
}

// An account saved to be checked that no test passed is tested once saved, and the form goes on
// showing it, the second of two as well; one tested as it is saved is not tested again.
func TestSavedAccountIsTested(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	f := newFixture(t)
	f.desk.show("settings")
	f.settle()
	m := f.desk.settings.mail
	port, err := imaptest.FreePort() // nothing listens there
	if err != nil {
		t.Fatal(err)
	}
	fill := func(name string) {
		m.pick.SetSelectedIndex(len(m.pick.Options) - 1) // 新建邮箱……
		m.name.SetText(name)
		m.host.SetText("127.0.0.1")
		m.security.SetSelectedIndex(2)
		m.port.SetText(strconv.Itoa(port))
		m.user.SetText("clerk")
		m.password.SetText("secret")
	}
	refused := fmt.Sprintf("已保存，但连接测试未通过：邮件服务器 127.0.0.1 拒绝了端口 %d 上的连接", port)
	for _, name := range []string{"客服邮箱", "投诉邮箱"} {
		fill(name)
		m.save()
		f.settleUntil("the saved account tested", func() bool { return strings.Contains(m.result.Text, refused) })
		if m.current == nil || m.current.Name != name || m.pick.Selected != name || m.result.Importance != widget.DangerImportance {
			t.Errorf("after saving %s the form shows %q (%q), result %q", name, m.pick.Selected, m.name.Text, m.result.Text)
		}
	}
	// Tested and passed as it stands (a server that is up), saving does not ask it again; not
	// checked, it is not asked either.
	m.tested, m.passed = m.state.read(), true
	m.poll.SetText("5")
	m.tested = m.state.read()
	m.save()
	f.settle()
	m.active.SetChecked(false)
	m.save()
	f.settle()
	if m.result.Text != "" || m.current.Name != "投诉邮箱" || m.current.Active || m.current.PollInterval != 5*time.Minute {
		t.Errorf("saved again: result %q, the form shows %+v", m.result.Text, m.current)
	}
}

// A long tray lists the newest messages and says how many there are; more come on request.
func TestMailTrayListsMoreOnRequest(t *testing.T) {
	f := newFixture(t)
	batch := f.bounces(trayPage + 20)
	f.desk.show("mail")
	f.settle()
	tray := f.desk.mail
	if len(tray.items) != trayPage || !tray.more.Visible() || tray.more.Text != "已列出最新的 500 封，共 520 封。" {
		t.Fatalf("%d listed, note %q (shown %v)", len(tray.items), tray.more.Text, tray.more.Visible())
	}
	tray.search.SetText("bounce")
	f.settleUntil("a search that finds more than a page", func() bool { return tray.more.Text == "共找到 520 封，已列出最新的 500 封。" })
	if !tray.moreBtn.Visible() {
		t.Error("no button to list more of what the search found")
	}
	tray.search.SetText("")
	f.settleUntil("the search cleared", func() bool { return tray.more.Text == "已列出最新的 500 封，共 520 封。" })
	test.Tap(tray.moreBtn)
	f.settle()
	if len(tray.items) != len(batch) || tray.more.Visible() || tray.moreBtn.Visible() {
		t.Errorf("after show more: %d listed, note shown %v", len(tray.items), tray.more.Visible())
	}
	// The search finds by subject once typing pauses, says how much it found, and says when
	// nothing matches.
	test.Type(tray.search, "bounce 51")
	f.settleUntil("the search", func() bool { return len(tray.items) == 11 })
	if !tray.more.Visible() || tray.more.Text != "找到 11 封。" || tray.moreBtn.Visible() || tray.empty.Visible() {
		t.Errorf("search: note %q shown %v, empty shown %v", tray.more.Text, tray.more.Visible(), tray.empty.Visible())
	}
	test.Type(tray.search, "x")
	f.settleUntil("a search that finds nothing", func() bool { return len(tray.items) == 0 })
	if !tray.empty.Visible() || tray.empty.Text != "没有符合搜索条件的邮件。" || tray.more.Visible() {
		t.Errorf("nothing found: %q shown %v, note shown %v", tray.empty.Text, tray.empty.Visible(), tray.more.Visible())
	}
	tray.search.SetText("")
	f.settleUntil("the search cleared", func() bool { return len(tray.items) == trayPage })
	// New mail arriving while a message is read (a check in the background) lists it first and
	// leaves the message being read selected.
	tray.list.Select(3)
	f.settle()
	reading := tray.selected
	m := mailintake.Parse([]byte("From: li@example.cn\r\nSubject: new one\r\nMessage-ID: <new@example.cn>\r\n\r\nbody\r\n"), f.now.Add(time.Minute))
	m.UID = uint32(len(batch) + 1)
	if _, err := f.store.ImportMail(f.ctx, data.MailBatch{Messages: []data.InboundMail{m}}); err != nil {
		t.Fatal(err)
	}
	tray.reload()
	f.settle()
	if tray.items[0].Subject != "new one" || tray.selected != tray.items[4] || tray.selected.ID != reading.ID ||
		tray.items[4].ID != reading.ID || !strings.Contains(readerText(tray.reader), reading.Subject) {
		t.Errorf("after new mail: first %q, reading %+v, want %q still selected", tray.items[0].Subject, tray.selected, reading.Subject)
	}
	// A check in the background leaves the list where the clerk scrolled it, away from the
	// message being read.
	tray.list.ScrollToOffset(2000)
	f.settle()
	at := tray.list.GetScrollOffset()
	tray.reload()
	f.settle()
	if got := tray.list.GetScrollOffset(); at < 1000 || got != at || tray.selected == nil || tray.selected.ID != reading.ID {
		t.Errorf("after a check the list is at %v, was at %v; reading %+v", got, at, tray.selected)
	}
	// Mail that arrives above the rows in view moves them down: the same rows stay in view.
	step := tray.list.CreateItem().MinSize().Height + tray.list.Theme().Size(theme.SizeNamePadding)
	for i := range 2 {
		m := mailintake.Parse([]byte(fmt.Sprintf("From: li@example.cn\nSubject: newer %d\nMessage-ID: <newer%d@example.cn>\n\nbody\n", i, i)),
			f.now.Add(time.Duration(2+i)*time.Minute))
		m.UID = uint32(len(batch) + 2 + i)
		if _, err := f.store.ImportMail(f.ctx, data.MailBatch{Messages: []data.InboundMail{m}}); err != nil {
			t.Fatal(err)
		}
	}
	tray.reload()
	f.settle()
	if got := tray.list.GetScrollOffset(); got != at+2*step {
		t.Errorf("after two new messages the list is at %v, was at %v; want the rows in view %v lower", got, at, 2*step)
	}
}

// The dashboard says how each mailbox's last check went, above its cards in red while it fails,
// and updates when a check in the background ends, though nothing new came in.
func TestDashboardSaysHowTheMailboxIsChecked(t *testing.T) {
	f := newFixture(t)
	f.desk.show("dashboard")
	f.settle()
	checks := f.desk.dash.checks
	if !checks.Visible() || checks.Text != "尚未设置邮箱：管理员可在“设置 → 邮箱”中添加。" {
		t.Errorf("without a mailbox the dashboard says %q", checks.Text)
	}
	acct, err := f.store.SaveMailAccount(f.ctx, data.MailAccount{Name: "office", Host: "mail.example.cn", Port: 993,
		Security: data.SecurityTLS, Username: "clerk", Active: true})
	if err != nil {
		t.Fatal(err)
	}
	f.desk.dash.reload()
	f.settle()
	if checks.Text != "office：尚未收取。" {
		t.Errorf("before any check: %q", checks.Text)
	}
	refused := &mailintake.ConnError{Step: mailintake.StepConnect, Reason: mailintake.ReasonRefused, Host: acct.Host, Port: 993}
	if err := f.store.FailMailSync(f.ctx, acct.ID, acct.Folder, mailintake.Failure(refused)); err != nil {
		t.Fatal(err)
	}
	f.desk.mailChecked(acct, mailintake.Summary{}, refused)
	f.settle()
	failed := f.desk.dash.failed
	if !f.desk.dash.failedBox.Visible() || !strings.Contains(failed.Text, "收取失败。") || failed.Importance != widget.DangerImportance ||
		checks.Visible() {
		t.Errorf("after a failed check: %q above the cards (shown %v), %q in the card (shown %v)", failed.Text,
			f.desk.dash.failedBox.Visible(), checks.Text, checks.Visible())
	}
	// The mailbox's settings are a click away, where a wrong server or password is put right.
	test.Tap(findButtonIn(t, f.desk.dash.failedBox, "打开邮箱设置"))
	f.settle()
	if st := f.desk.settings; f.desk.current != "settings" || st.tabs.Selected().Content != st.mail.view {
		t.Errorf("the button opened %q", f.desk.current)
	}
	f.desk.show("dashboard")
	f.settle()
	if err := f.store.FinishMailSync(f.ctx, acct.ID, acct.Folder, 7, 10, acct.Since); err != nil {
		t.Fatal(err)
	}
	f.desk.mailChecked(acct, mailintake.Summary{}, nil)
	f.settle()
	if !strings.HasSuffix(checks.Text, "已收取。") || !checks.Visible() || f.desk.dash.failedBox.Visible() {
		t.Errorf("after a good check: %q (failure shown %v)", checks.Text, f.desk.dash.failedBox.Visible())
	}
}

// The tray says how the last check of each mailbox went, in the clerk's language, and a
// failure stays in sight (in red) until a check succeeds: background checks fail silently
// otherwise, say after the mailbox password was changed.
func TestMailTrayShowsHowTheLastCheckWent(t *testing.T) {
	f := newFixture(t)
	acct, err := f.store.SaveMailAccount(f.ctx, data.MailAccount{Name: "office", Host: "mail.example.cn", Port: 993,
		Security: data.SecurityTLS, Username: "clerk", Active: true})
	if err != nil {
		t.Fatal(err)
	}
	status := func() (string, widget.Importance) {
		t.Helper()
		f.desk.show("mail")
		f.settle()
		s := f.desk.mail.status
		if !s.Visible() {
			return "", s.Importance
		}
		return s.Text, s.Importance
	}
	if text, _ := status(); text != "office：尚未收取。" {
		t.Errorf("before any check: %q", text)
	}
	fail := func(err error) {
		t.Helper()
		if err := f.store.FailMailSync(f.ctx, acct.ID, acct.Folder, mailintake.Failure(err)); err != nil {
			t.Fatal(err)
		}
	}
	fail(&mailintake.ConnError{Step: mailintake.StepTLS, Reason: mailintake.ReasonCertName, Host: acct.Host, Port: 993,
		Detail: "*.hosting.example"})
	text, imp := status()
	if !strings.Contains(text, "收取失败。与 mail.example.cn 的加密连接失败：服务器证书签发给 *.hosting.example，而不是 mail.example.cn。") ||
		!strings.HasSuffix(text, "而不是 mail.example.cn。请按证书上的名称填写服务器。请在“设置 → 邮箱”中改正。文件夹“INBOX”尚未成功收取过。") ||
		imp != widget.DangerImportance {
		t.Errorf("after a certificate failure: %q (%v)", text, imp)
	}
	// A server name that is not found: where to check it, said once.
	fail(&mailintake.ConnError{Step: mailintake.StepDNS, Host: acct.Host, Port: 993})
	if text, _ := status(); !strings.Contains(text, "收取失败。找不到邮件服务器“mail.example.cn”：请在“设置 → 邮箱”中检查服务器名称。文件夹") {
		t.Errorf("after an unknown server: %q", text)
	}
	if err := f.store.FinishMailSync(f.ctx, acct.ID, acct.Folder, 7, 10, acct.Since); err != nil {
		t.Fatal(err)
	}
	if text, imp := status(); !strings.HasPrefix(text, "office：") || !strings.HasSuffix(text, "已收取。") || imp == widget.DangerImportance {
		t.Errorf("after a good check: %q (%v)", text, imp)
	}
	fail(mailintake.ErrNoPassword)
	if text, _ := status(); !strings.Contains(text, "此邮箱尚未保存密码，请在设置中填写。上次成功收取：") || !strings.HasSuffix(text, "。") {
		t.Errorf("after a check without a password: %q", text)
	}
	fail(fmt.Errorf("%w (read key file: open mail.key: no such file or directory)", mailintake.ErrPasswordUnreadable))
	if text, _ := status(); !strings.Contains(text, "收取失败。本机无法读取此邮箱保存的密码（数据库可能来自另一台电脑），请在设置中重新输入密码。上次成功收取：") {
		t.Errorf("after a check whose password could not be read: %q", text)
	}
	// An error the window has no words for still ends before the next sentence.
	fail(errors.New("imap: unexpected response"))
	if text, _ := status(); !strings.Contains(text, "收取失败。imap: unexpected response。上次成功收取：") {
		t.Errorf("after an unexpected error: %q", text)
	}
	// Every step and reason reads as Chinese, not as the English sentence.
	for _, step := range mailintake.Steps {
		reasons := append([]mailintake.Reason{""}, mailintake.Reasons[step]...)
		for _, r := range reasons {
			got := mailErrorText(&mailintake.ConnError{Step: step, Reason: r, Host: "mail.example.cn", Port: 993,
				Folder: "INBOX", Detail: "x"})
			if strings.Contains(got, "the ") || strings.Contains(got, "{{") {
				t.Errorf("%s %s reads %q", step, r, got)
			}
		}
	}
}

// Saving the mailbox's settings as they are changes nothing: no change is recorded, so the
// tray does not say a failed check was put right since; the password typed again is no change
// either. A real change is recorded, and said.
func TestSavingTheMailAccountUnchangedChangesNothing(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir()) // where the password key goes on this system
	f := newFixture(t)
	acct, err := f.store.SaveMailAccount(f.ctx, data.MailAccount{Name: "客服邮箱", Host: "127.0.0.1", Port: 1,
		Security: data.SecurityNone, Username: "kefu", Active: true})
	if err != nil {
		t.Fatal(err)
	}
	login := &mailintake.ConnError{Step: mailintake.StepLogin, Host: acct.Host, Port: acct.Port}
	if err := f.store.FailMailSync(f.ctx, acct.ID, acct.Folder, mailintake.Failure(login)); err != nil {
		t.Fatal(err)
	}
	tray := func() string {
		t.Helper()
		f.desk.show("mail")
		f.settle()
		return f.desk.mail.status.Text
	}
	stored := func() (time.Time, int) {
		t.Helper()
		a, err := f.store.MailAccount(f.ctx, acct.ID)
		if err != nil {
			t.Fatal(err)
		}
		trail, err := f.store.Audit(f.ctx, "mail_account", acct.ID, 100)
		if err != nil {
			t.Fatal(err)
		}
		return a.UpdatedAt, len(trail)
	}
	changedSince := func(at time.Time) string {
		return "邮箱设置已于 " + formatTime(at, f.store.Calendar().Location()) + " 修改，下次收取时生效。"
	}
	save := func() *mailSettings {
		t.Helper()
		f.desk.show("settings")
		f.settle()
		f.desk.settings.showMail()
		m := f.desk.settings.mail
		if m.current == nil || m.current.ID != acct.ID {
			t.Fatalf("the settings show %+v", m.current)
		}
		return m
	}
	f.now = f.now.Add(time.Hour)
	m := save()
	m.save()
	f.settle()
	if at, n := stored(); !at.Equal(acct.UpdatedAt) || n != 1 {
		t.Errorf("saved unchanged: changed at %v (was %v), %d audit entries", at, acct.UpdatedAt, n)
	}
	if got := f.desk.status.Text; got != "邮箱设置没有改动，无需保存。" {
		t.Errorf("saved unchanged, the status line says %q", got)
	}
	if text := tray(); strings.Contains(text, "修改，下次收取时生效") || !strings.Contains(text, "拒绝了用户名或密码。请在“设置 → 邮箱”中改正。") {
		t.Errorf("saved unchanged, the tray says %q", text)
	}
	// The store keeps an account saved as it is as it was, whoever saves it.
	if again, err := f.store.SaveMailAccount(f.ctx, *acct); err != nil || !again.UpdatedAt.Equal(acct.UpdatedAt) {
		t.Errorf("saved again as stored: %v %v", again, err)
	}
	// A password is a change; the same one typed again is none.
	m = save()
	m.password.SetText("mailbox-password")
	m.save()
	f.settle()
	if at, n := stored(); !at.Equal(f.now) || n != 2 {
		t.Errorf("a password given: changed at %v, %d audit entries", at, n)
	}
	if text := tray(); !strings.Contains(text, changedSince(f.now)) {
		t.Errorf("a password given, the tray says %q", text)
	}
	given := f.now
	f.now = f.now.Add(time.Hour)
	m = save()
	m.password.SetText("mailbox-password")
	m.save()
	f.settle()
	if at, n := stored(); !at.Equal(given) || n != 2 {
		t.Errorf("the same password again: changed at %v (was %v), %d audit entries", at, given, n)
	}
	if len(m.desk.settings.unsaved()) > 0 {
		t.Errorf("after saving the same password the settings have changes: %q", m.desk.settings.unsaved())
	}
	m = save()
	m.maxSize.SetText("30")
	m.save()
	f.settle()
	if at, n := stored(); !at.Equal(f.now) || n != 3 {
		t.Errorf("a larger size limit: changed at %v, %d audit entries", at, n)
	}
	if text := tray(); !strings.Contains(text, changedSince(f.now)) {
		t.Errorf("a larger size limit, the tray says %q", text)
	}
}

// How the last checks went, one line, several or none, leaves the tray's toolbar where it is
// under the clerk's pointer, and is shown whole.
func TestTrayToolbarStaysPutWhateverTheCheckSays(t *testing.T) {
	f := newFixture(t)
	f.desk.show("mail")
	f.settle()
	tray, drv := f.desk.mail, f.desk.app.Driver()
	look := func(what string) (check, search fyne.Position) {
		t.Helper()
		tray.reload()
		f.settle()
		for range 2 { // the lines are broken at the width the first layout gives, then laid out
			f.relayout()
			f.settle()
		}
		if s := tray.status; s.Visible() {
			if s.Size().Height < s.MinSize().Height || s.Size().Width < s.MinSize().Width {
				t.Errorf("%s: the message is %v, it needs %v", what, s.Size(), s.MinSize())
			}
			if bottom, list := drv.AbsolutePositionForObject(s).Y+s.Size().Height, drv.AbsolutePositionForObject(tray.list).Y; list < bottom {
				t.Errorf("%s: the list starts at %v, inside the message ending at %v", what, list, bottom)
			}
		}
		return drv.AbsolutePositionForObject(tray.check), drv.AbsolutePositionForObject(tray.search)
	}
	check, search := look("no mailbox")
	if tray.status.Visible() {
		t.Errorf("without a mailbox the tray says %q", tray.status.Text)
	}
	var lines []float32
	for _, name := range []string{"客服邮箱", "投诉专用邮箱"} {
		acct, err := f.store.SaveMailAccount(f.ctx, data.MailAccount{Name: name, Host: "mail.example.cn", Port: 993,
			Security: data.SecurityTLS, Username: name, Active: true})
		if err != nil {
			t.Fatal(err)
		}
		if c, s := look(name + " not checked yet"); c != check || s != search {
			t.Errorf("%s not checked yet: the toolbar moved from %v, %v to %v, %v", name, check, search, c, s)
		}
		refused := &mailintake.ConnError{Step: mailintake.StepConnect, Reason: mailintake.ReasonRefused, Host: acct.Host, Port: 993}
		if err := f.store.FailMailSync(f.ctx, acct.ID, acct.Folder, mailintake.Failure(refused)); err != nil {
			t.Fatal(err)
		}
		if c, s := look(name + " failed"); c != check || s != search {
			t.Errorf("%s failed: the toolbar moved from %v, %v to %v, %v", name, check, search, c, s)
		}
		lines = append(lines, tray.status.MinSize().Height)
	}
	if len(lines) != 2 || lines[1] <= lines[0] {
		t.Errorf("two failed checks take no more room than one: %v", lines)
	}
}

// tapDialogButton taps the button with the label in the top dialog; false when there is none.
func tapDialogButton(f *fixture, label string) bool {
	overlay := f.win.Canvas().Overlays().Top()
	if overlay == nil {
		return false
	}
	var button *widget.Button
	walk(overlay, func(c fyne.CanvasObject) {
		if b, ok := c.(*widget.Button); ok && b.Text == label {
			button = b
		}
	})
	if button == nil {
		return false
	}
	test.Tap(button)
	return true
}

// A message with megabytes of text shows as much as a complaint holds and says how to read the
// rest: the whole text in a label would stop the window.
func TestMailTrayShowsTheStartOfAHugeText(t *testing.T) {
	f := newFixture(t)
	body := strings.Repeat("这是一封很长的邮件，内容重复了很多遍。\r\n", 150000) // 3,000,000 characters, 8 MB
	m := mailintake.Parse([]byte("From: li@example.cn\r\nSubject: long\r\nMessage-ID: <long@example.cn>\r\n"+
		"Content-Type: text/plain; charset=utf-8\r\n\r\n"+body), f.now)
	m.UID = 1
	if _, err := f.store.ImportMail(f.ctx, data.MailBatch{Messages: []data.InboundMail{m}}); err != nil {
		t.Fatal(err)
	}
	f.desk.show("mail")
	f.settle()
	tray := f.desk.mail
	whole := strings.TrimSpace(strings.ReplaceAll(body, "\r\n", "\n"))
	if len(tray.items) != 1 || tray.items[0].TextLen != utf8.RuneCountInString(whole) || utf8.RuneCountInString(tray.items[0].Text) != trayTextLimit {
		t.Fatalf("the tray holds %d characters of %d", utf8.RuneCountInString(tray.items[0].Text), tray.items[0].TextLen)
	}
	tray.list.Select(0)
	f.settle()
	if want := fmt.Sprintf("……以下还有 %d 个字符，请打开原始邮件（.eml）阅读全文。", utf8.RuneCountInString(whole)-trayTextLimit); !strings.HasSuffix(readerText(tray.reader), want) {
		t.Errorf("the reading pane ends %q", readerText(tray.reader)[len(readerText(tray.reader))-200:])
	}
	// The whole text stays in the database, for the command line's list and the export.
	all, err := f.store.Messages(f.ctx, data.MessageFilter{})
	if err != nil || len(all) != 1 || all[0].Text != whole {
		t.Errorf("the stored text is %d characters, %v", utf8.RuneCountInString(all[0].Text), err)
	}
}

// Header fields of megabytes (a subject, a sender's name, a file name, an automatic-mail header)
// show shortened, a long subject among the sender's open cases does not widen the reader, and a
// text of one long paragraph is shown broken into lines as wide as the pane.
func TestTrayShortensHugeHeaderFields(t *testing.T) {
	f := newFixture(t)
	huge := strings.Repeat("投诉", 100000)
	for i, raw := range []string{
		"From: li@example.cn\r\nSubject: " + huge + "\r\nMessage-ID: <first@example.cn>\r\n" +
			"Content-Type: text/plain; charset=utf-8\r\n\r\n" + strings.Repeat("电梯故障，物业一直没有处理。", 1000) + "\r\n",
		"From: " + huge + " <li@example.cn>\r\nSubject: " + huge + "\r\nMessage-ID: <second@example.cn>\r\n" +
			"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n又坏了\r\n" +
			"--b\r\nContent-Type: image/png\r\nContent-Disposition: attachment; filename=\"" + huge + ".png\"\r\n\r\npng\r\n--b--\r\n",
		"From: MAILER-DAEMON@example.cn\r\nAuto-Submitted: " + huge + "\r\nSubject: auto\r\nMessage-ID: <auto@example.cn>\r\n\r\nx\r\n",
	} {
		m := mailintake.Parse([]byte(raw), f.now.Add(time.Duration(i)*time.Minute))
		m.UID = uint32(i + 1)
		if _, err := f.store.ImportMail(f.ctx, data.MailBatch{Messages: []data.InboundMail{m}}); err != nil {
			t.Fatal(err)
		}
	}
	f.desk.show("mail")
	f.settle()
	tray := f.desk.mail
	for i := range tray.items {
		tray.list.Select(i)
		f.settle()
		// All but the text itself, which the tray cuts at trayTextLimit.
		if n := utf8.RuneCountInString(readerText(tray.reader)) - utf8.RuneCountInString(tray.reader.body.Text); n > 3000 {
			t.Errorf("message %d: the reading pane holds %d characters besides the text", i, n)
		}
		if w := tray.reader.box.MinSize().Width; w > 400 {
			t.Errorf("message %d: the reading pane is at least %.0f wide", i, w)
		}
		body := tray.reader.body
		tray.reader.box.Refresh() // lays the pane out, as the window does at its next frame
		if body.Size().Width == 0 {
			t.Fatalf("message %d: the text is not laid out", i)
		}
		for _, l := range paraLines(body) {
			if w := fyne.MeasureText(l, theme.TextSize(), fyne.TextStyle{}).Width; w > body.Size().Width {
				t.Errorf("message %d: a line of the text is %.0f wide in a pane %.0f wide", i, w, body.Size().Width)
				break
			}
		}
	}
}

// What a check says names the mail it left on the server before the start date, and how to get it.
func TestCheckSummarySaysWhatWasLeftOnTheServer(t *testing.T) {
	f := newFixture(t)
	sum := mailintake.Summary{Stored: 3, Complaints: 2, Auto: 1}
	got := f.desk.checkSummary("客服邮箱", sum)
	if got != "客服邮箱：新邮件 3 封 — 新投诉 2，回复 0，自动邮件 1，需人工处理 0。" {
		t.Errorf("summary %q", got)
	}
	if got := f.desk.checkSummary("客服邮箱", mailintake.Summary{New: 2, Duplicates: 2}); got != "客服邮箱：没有新邮件。" {
		t.Errorf("summary of a check that stored nothing: %q", got)
	}
	sum.Older, sum.Since = 12, time.Date(2026, 10, 31, 16, 30, 0, 0, time.UTC) // 00:30 on 1 November in Beijing
	got = f.desk.checkSummary("客服邮箱", sum)
	if !strings.HasSuffix(got, "；另有 12 封 2026-11-01 之前收到的邮件留在服务器上，如需导入，请在“设置 → 邮箱”中把起始日期改早。") {
		t.Errorf("summary %q does not say what was left on the server", got)
	}
	sum.Older, sum.Sent = 0, 2
	if got = f.desk.checkSummary("客服邮箱", sum); !strings.HasSuffix(got, "需人工处理 0；2 封本单位发出的邮件已记入相应投诉。") {
		t.Errorf("summary %q does not say what sent mail went on cases", got)
	} // A check cut short: the message it broke on and the mail after it come next time.
	sum.Sent, sum.Interrupted = 0, 1
	if got = f.desk.checkSummary("客服邮箱", sum); !strings.HasSuffix(got, "需人工处理 0；连接中断：正在收取的 1 封及其后的新邮件将在下次收取时收取。") {
		t.Errorf("summary %q of a check cut short", got)
	}
}

// A complaint sent through a mailer that marks its mail automatic is registered by the clerk from
// the tray, after a confirmation, and keeps its photo; a bounce on a case offers no such thing.
func TestAutomaticMailIsRegisteredByHand(t *testing.T) {
	f := newFixture(t)
	raw := "From: =?UTF-8?B?6ZmI5YWI55Sf?= <chen@example.cn>\r\nSubject: =?UTF-8?B?5Zyw5LiL6L2m5bqT5ryP5rC0?=\r\n" +
		"Message-ID: <auto-1@example.cn>\r\nAuto-Submitted: auto-generated\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
		"B2 车库顶棚漏水，车被淋湿。\r\n--b\r\nContent-Type: image/jpeg; name=leak.jpg\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
		"/9j/4AAQSkZJRg==\r\n--b--\r\n"
	in := mailintake.Parse([]byte(raw), f.now.Add(-time.Hour))
	in.UID = 1
	out, err := f.store.ImportMail(f.ctx, data.MailBatch{Messages: []data.InboundMail{in}})
	if err != nil || out[0].State != data.MailAuto {
		t.Fatalf("import: %+v, %v", out, err)
	}
	f.desk.show("mail")
	f.settle()
	tray := f.desk.mail
	tray.list.Select(0)
	f.settle()
	if hasButton(tray.actions, "打开投诉") || !hasButton(tray.actions, "登记为投诉") {
		t.Fatal("an automatic message on no case offers no registration")
	}
	walk(tray.actions, func(c fyne.CanvasObject) {
		if b, ok := c.(*widget.Button); ok && b.Text == "登记为投诉" {
			test.Tap(b)
		}
	})
	f.settle()
	if !tapDialogButton(f, "登记") {
		t.Fatal("no confirmation asked")
	}
	f.settle()
	m, err := f.store.Message(f.ctx, out[0].ID)
	if err != nil || m.State != data.MailComplaint || m.ComplaintRef == "" {
		t.Fatalf("after registering: %+v %v", m, err)
	}
	if !strings.Contains(tray.msg.Text, "已登记为投诉 "+m.ComplaintRef) || !hasButton(tray.actions, "打开投诉") {
		t.Errorf("the tray says %q", tray.msg.Text)
	}
	if text := readerText(tray.reader); !strings.Contains(text, "状态：新投诉\n") || strings.Contains(text, "Auto-Submitted") {
		t.Errorf("the registered message reads\n%s", text)
	}
	c, err := f.store.Complaint(f.ctx, m.ComplaintRef)
	if err != nil || c.Subject != "地下车库漏水" || c.Complainant.Name != "陈先生" || c.Channel != data.ChannelEmail {
		t.Fatalf("complaint %+v %v", c, err)
	}
	ev, err := f.store.Evidence(f.ctx, c.ID)
	if err != nil || len(ev) != 1 || ev[0].Filename != "leak.jpg" {
		t.Errorf("evidence %+v %v, want the photo", ev, err)
	}
	// Registered once: the message is no longer automatic mail.
	if _, err := mailintake.Register(f.ctx, f.store, m.ID); err == nil {
		t.Error("a message registered twice")
	}
}

// The office's copy of its own mail says why it opened no complaint, in the clerk's language.
func TestOwnMailSaysWhyItIsNoComplaint(t *testing.T) {
	f := newFixture(t)
	if err := f.store.SetOfficeProfile(f.ctx, data.Office{Name: "金华物业服务中心", Email: "service@jinhua-pm.example"}); err != nil {
		t.Fatal(err)
	}
	text := f.readInTray("From: service@jinhua-pm.example\r\nTo: owner@example.cn\r\nSubject: test\r\n"+
		"Message-ID: <own@jinhua-pm.example>\r\n\r\nhello\r\n", data.MailAuto)
	if !strings.Contains(text, "状态：本单位发出（作为发出邮件记入所涉投诉）") {
		t.Errorf("the tray reads\n%s", text)
	}
}

func TestAutomaticMailSaysWhatKindItIs(t *testing.T) {
	useLanguage(t, "zh-Hans")
	tests := map[string]string{
		"multipart/report; report-type=delivery-status":           "退信或投递通知",
		"multipart/report; report-type=disposition-notification":  "已读回执",
		"sender MAILER-DAEMON":                                    "退信或投递通知：发件人为 MAILER-DAEMON",
		"Auto-Submitted: auto-replied":                            "自动回复：邮件头标有“Auto-Submitted: auto-replied”",
		"Auto-Submitted: auto-generated":                          "系统自动发出：邮件头标有“Auto-Submitted: auto-generated”",
		"X-Loop: yes":                                             "自动回复：邮件头标有“X-Loop: yes”",
		"winmail.dat: REPORT.IPM.Note.IPNRN":                      "已读回执：Outlook 的 winmail.dat 标为“REPORT.IPM.Note.IPNRN”",
		"winmail.dat: REPORT.IPM.Note.NDR":                        "退信或投递通知：Outlook 的 winmail.dat 标为“REPORT.IPM.Note.NDR”",
		"Subject: Automatic reply: www.tenant.dr":                 "自动回复：主题为“Automatic reply: www.tenant.dr”",
		"X-Spam-Flag: YES":                                        "邮件服务器判为垃圾邮件：邮件头标有“X-Spam-Flag: YES”",
		"Precedence: list":                                        "群发或邮件列表邮件：邮件头标有“Precedence: list”",
		"x-auto-response-suppress":                                "系统自动发出：邮件头标有“x-auto-response-suppress”",
		"Subject: Report Domain: b.example Submitter: google.com": "自动报告：主题为“Report Domain: b.example Submitter: google.com”",
		"Subject: 自动回复: Re: [TS-2026-000123] 电梯":                  "自动回复：主题为“自动回复: Re: [TS-2026-000123] 电梯”",
		"text: 这是一封自动回复":                                          "自动回复：正文写有“这是一封自动回复”",
		"recall: 张伟 希望撤回邮件“楼上漏水”。":                                "撤回请求：正文写有“张伟 希望撤回邮件“楼上漏水”。”",
		"receipt: 已于 2026年12月1日 9:35:12 读取":                       "已读回执：正文写有“已于 2026年12月1日 9:35:12 读取”",
		"text/calendar; method=REPLY":                             "会议邀请的答复",
		"text/calendar; method=CANCEL":                            "会议取消通知",
		"winmail.dat: IPM.Schedule.Meeting.Canceled":              "会议取消通知：Outlook 的 winmail.dat 标为“IPM.Schedule.Meeting.Canceled”",
		"winmail.dat: IPM.Schedule.Meeting.Resp.Pos":              "会议邀请的答复：Outlook 的 winmail.dat 标为“IPM.Schedule.Meeting.Resp.Pos”",
		"List-Unsubscribe-Post: one-click":                        "群发或邮件列表邮件：邮件头标有“List-Unsubscribe-Post: one-click”",
		"bounce subject: 系统退信":                                    "退信或投递通知：主题为“系统退信”",
		"bounce sender postmaster@example.cn":                     "退信或投递通知：发件人为 postmaster@example.cn",
		"multipart/report; report-type=feedback-report":           "自动报告：邮件类型为“multipart/report; report-type=feedback-report”",
	}
	for reason, want := range tests {
		if got := autoReasonText(reason); got != want {
			t.Errorf("autoReasonText(%q) = %q, want %q", reason, got, want)
		}
	}
}

func TestBounceInTheTraySaysWhatItIs(t *testing.T) {
	f := newFixture(t)
	text := f.readInTray("From: MAILER DAEMON <>\r\nTo: office@example.cn\r\nSubject: Undeliverable\r\n"+
		"Message-ID: <b1@mx.example>\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=r\r\n\r\n"+
		"--r\r\nContent-Type: text/plain\r\n\r\nDelivery failed.\r\n--r\r\nContent-Type: message/delivery-status\r\n\r\n"+
		"Final-Recipient: rfc822; nobody@example.cn\r\nAction: failed\r\n--r--\r\n", data.MailAuto)
	for _, want := range []string{"发件人：MAILER DAEMON\n", "状态：自动邮件（退信或投递通知）",
		"📎 投递状态报告 ("} {
		if !strings.Contains(text, want) {
			t.Errorf("the tray reads\n%s\nwithout %q", text, want)
		}
	}
}

func TestTrayListsTheFirstAttachmentsOfAFloodOfThem(t *testing.T) {
	f := newFixture(t)
	var raw strings.Builder
	raw.WriteString("From: owner@example.cn\r\nSubject: photos\r\nMessage-ID: <many@example.cn>\r\n" +
		"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nsee the photos\r\n")
	for i := 1; i <= trayAttachmentLimit+10; i++ {
		fmt.Fprintf(&raw, "--b\r\nContent-Type: image/png; name=p%d.png\r\nContent-Transfer-Encoding: base64\r\n\r\n%s\r\n",
			i, base64.StdEncoding.EncodeToString([]byte(fmt.Sprint("photo ", i))))
	}
	raw.WriteString("--b--\r\n")
	in := mailintake.Parse([]byte(raw.String()), f.now)
	in.UID = 1
	if _, err := f.store.ImportMail(f.ctx, data.MailBatch{Messages: []data.InboundMail{in}}); err != nil {
		t.Fatal(err)
	}
	f.desk.show("mail")
	f.settle()
	f.desk.mail.list.Select(0)
	f.settle()
	text := readerText(f.desk.mail.reader)
	last := fmt.Sprintf("p%d.png", trayAttachmentLimit)
	if !strings.Contains(text, last) || strings.Contains(text, fmt.Sprintf("p%d.png", trayAttachmentLimit+1)) ||
		!strings.Contains(text, "📎 ……还有 10 件") {
		t.Errorf("the tray reads\n%s", text)
	}
}

func TestMissingFolderNamesTheServersFolders(t *testing.T) {
	err := &mailintake.ConnError{Step: mailintake.StepFolder, Host: "imap.example.cn", Folder: "已处理", Detail: "INBOX\n投诉"}
	for lang, want := range map[string]string{
		"zh-Hans": "邮件服务器 imap.example.cn 上没有文件夹“已处理”。服务器上的文件夹：INBOX、投诉。",
		"en":      "The folder \"已处理\" does not exist on the mail server imap.example.cn. The server's folders: INBOX, 投诉.",
	} {
		useLanguage(t, lang)
		if got := mailErrorText(err); got != want {
			t.Errorf("%s: %q, want %q", lang, got, want)
		}
	}
}

func TestMailCheckedInTheBackgroundShowsOnTheDashboard(t *testing.T) {
	f := newFixture(t)
	f.desk.show("dashboard")
	f.settle()
	acct := &data.MailAccount{Name: "office@example.cn"}
	in := mailintake.Parse([]byte("From: 业主 <owner@example.cn>\r\nSubject: 车库漏水\r\nMessage-ID: <bg@example.cn>\r\n\r\n地下车库漏水。\r\n"), f.now)
	in.UID = 1
	out, err := f.store.ImportMail(f.ctx, data.MailBatch{Messages: []data.InboundMail{in}})
	if err != nil || out[0].ComplaintRef == "" {
		t.Fatalf("import: %+v %v", out, err)
	}
	// The system is told too: the window may be behind others. The check stored the mail and
	// then failed (a server that will not move it): the clerk learns both.
	noMove := &mailintake.ConnError{Step: mailintake.StepServer, Reason: mailintake.ReasonNoMove, Host: "mail.example.cn"}
	test.AssertNotificationSent(t, fyne.NewNotification("投诉台", "新邮件：1 件投诉，0 封案件回复"), func() {
		f.desk.mailChecked(acct, mailintake.Summary{New: 1, Stored: 1, Complaints: 1}, noMove)
	})
	f.settle()
	if got := f.desk.status.Text; !strings.HasPrefix(got, "office@example.cn：新邮件 1 封") || !strings.HasSuffix(got, "请为此邮箱选择“标为已读”或“保留在服务器上”。") {
		t.Errorf("status after a check that stored mail and failed: %q", got)
	}
	// A check that could not even read the accounts says so, without an account to name.
	f.desk.mailChecked(nil, mailintake.Summary{}, errors.New("database is locked"))
	if !strings.Contains(f.desk.status.Text, "database is locked") {
		t.Errorf("status %q", f.desk.status.Text)
	}
	found := false
	for _, sec := range f.desk.dash.sections {
		for _, o := range sec.list.Objects {
			if r, ok := o.(*caseRow); ok && strings.Contains(r.text, out[0].ComplaintRef) {
				found = true
			}
		}
	}
	if !found {
		t.Errorf("the dashboard does not show %s after the check", out[0].ComplaintRef)
	}
}

// bounces stores n returned-mail notices ("bounce 1" … "bounce n"), the newest last.
func (f *fixture) bounces(n int) []data.InboundMail {
	f.t.Helper()
	var batch []data.InboundMail
	for i := 1; i <= n; i++ {
		m := mailintake.Parse([]byte(fmt.Sprintf("From: MAILER-DAEMON@example.cn\r\nSubject: bounce %d\r\n"+
			"Message-ID: <bounce-%d@example.cn>\r\nAuto-Submitted: auto-replied\r\n\r\nundeliverable\r\n", i, i)), f.now)
		m.UID = uint32(i)
		batch = append(batch, m)
	}
	if _, err := f.store.ImportMail(f.ctx, data.MailBatch{Messages: batch}); err != nil {
		f.t.Fatal(err)
	}
	return batch
}

// readInTray imports one raw message, checks what it became, and reads it in the tray.
func (f *fixture) readInTray(raw string, want data.MailState) string {
	f.t.Helper()
	in := mailintake.Parse([]byte(raw), f.now)
	in.UID = 1
	if out, err := f.store.ImportMail(f.ctx, data.MailBatch{Messages: []data.InboundMail{in}}); err != nil || out[0].State != want {
		f.t.Fatalf("import: %+v %v, want %s", out, err, want)
	}
	f.desk.show("mail")
	f.settle()
	f.desk.mail.list.Select(0)
	f.settle()
	return readerText(f.desk.mail.reader)
}

// A website's notice marked automatic that names its visitor by name and number says it reads like
// a complaint the clerk may register; an automatic reply naming someone to call does not.
func TestFormNoticeMarkedAutomaticIsPointedOut(t *testing.T) {
	f := newFixture(t)
	text := f.readInTray("From: noreply@site.example\r\nSubject: =?UTF-8?B?5Zyo57q/5oql5L+u?=\r\nMessage-ID: <form-1@site.example>\r\n"+
		"Auto-Submitted: auto-generated\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n您有一条新的在线报修。\r\n姓名：蒋丽\r\n"+
		"手机号码：18301926647\r\n楼栋/房号：15栋1单元1102\r\n问题描述：电梯厅的声控灯坏了。\r\n", data.MailAuto)
	if !strings.Contains(text, "状态：自动邮件（系统自动发出：") || !strings.Contains(text, "这封邮件像是经网站表单提交的投诉（蒋丽，18301926647）") {
		t.Errorf("the tray reads\n%s", text)
	}
	f2 := newFixture(t)
	text = f2.readInTray("From: wang@example.cn\r\nSubject: =?UTF-8?B?6Ieq5Yqo5Zue5aSN?=\r\nMessage-ID: <away-1@example.cn>\r\n"+
		"Auto-Submitted: auto-replied\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n我正在休假。\r\n联系人：张三\r\n电话：13800001111\r\n", data.MailAuto)
	if strings.Contains(text, "表单") {
		t.Errorf("an automatic reply reads\n%s", text)
	}
}

func TestRefusedLoginQuotesTheServer(t *testing.T) {
	useLanguage(t, "zh-Hans")
	err := &mailintake.ConnError{Step: mailintake.StepLogin, Host: "mail.jinhua-pm.example",
		Detail: "Authentication failed."}
	want := "邮件服务器 mail.jinhua-pm.example 拒绝了用户名或密码。服务器的答复：“Authentication failed”。"
	if got := mailErrorText(err); got != want {
		t.Errorf("%q, want %q", got, want)
	}
	// A move the server refused: its words say why.
	err = &mailintake.ConnError{Step: mailintake.StepServer, Host: "localhost", Detail: "Name must not have '/' characters"}
	if got := mailErrorText(err); got != "已导入的邮件无法在 localhost 上标记或移动，下次收取时会再试。服务器的答复：“Name must not have '/' characters”。" {
		t.Errorf("%q", got)
	}
	// A connection lost while marking or moving is no answer of the server's; the check stored
	// the mail, and says that before why the rest failed.
	err = &mailintake.ConnError{Step: mailintake.StepServer, Reason: mailintake.ReasonLost, Host: "localhost"}
	if got := mailErrorText(err); got != "在 localhost 上标记或移动已导入的邮件时连接中断，下次收取时会完成。" {
		t.Errorf("%q", got)
	}
	at := time.Date(2026, 12, 3, 10, 36, 0, 0, time.Local)
	text, out := mailCheckText(&data.MailAccount{Name: "物业办公室邮箱", Active: true, Host: "localhost"},
		&data.MailSyncState{SyncedAt: &at, OKAt: &at, LastError: "lost", ErrorStep: string(mailintake.StepServer),
			ErrorReason: string(mailintake.ReasonLost)}, time.Local)
	if out != checkFailed || text != "物业办公室邮箱："+formatTime(at, time.Local)+" 已收取，新邮件已保存。在 localhost 上标记或移动已导入的邮件时连接中断，下次收取时会完成。" {
		t.Errorf("the check reads %q (%v)", text, out)
	}
	// A refused password said above the tray says where to put it right; a server that is down
	// is nothing to correct there.
	acct := &data.MailAccount{Name: "物业办公室邮箱", Active: true, Host: "localhost", Port: 993}
	text, _ = mailCheckText(acct, &data.MailSyncState{SyncedAt: &at, OKAt: &at, LastError: "login",
		ErrorStep: string(mailintake.StepLogin)}, time.Local)
	if !strings.Contains(text, "拒绝了用户名或密码。请在“设置 → 邮箱”中改正。") {
		t.Errorf("a refused login reads %q", text)
	}
	text, _ = mailCheckText(acct, &data.MailSyncState{SyncedAt: &at, OKAt: &at, LastError: "refused",
		ErrorStep: string(mailintake.StepConnect), ErrorReason: string(mailintake.ReasonRefused)}, time.Local)
	if strings.Contains(text, "设置") {
		t.Errorf("a refused connection reads %q", text)
	}
	// Changed since the check failed: the next check uses it, nothing to correct; a folder that
	// is not there was never checked, which goes without saying.
	changed := at.Add(time.Minute)
	acct.UpdatedAt = changed
	text, _ = mailCheckText(acct, &data.MailSyncState{SyncedAt: &at, OKAt: &at, LastError: "login",
		ErrorStep: string(mailintake.StepLogin)}, time.Local)
	if !strings.Contains(text, "拒绝了用户名或密码。邮箱设置已于 "+formatTime(changed, time.Local)+" 修改，下次收取时生效。") {
		t.Errorf("a refused login, the account changed since: %q", text)
	}
	acct.UpdatedAt, acct.Folder = at.Add(-time.Hour), "INBOX"
	text, _ = mailCheckText(acct, &data.MailSyncState{SyncedAt: &at, LastError: "folder", ErrorStep: string(mailintake.StepFolder)}, time.Local)
	if strings.Contains(text, "尚未成功收取过") || !strings.HasSuffix(text, "上没有文件夹“INBOX”。请在“设置 → 邮箱”中改正。") {
		t.Errorf("a folder that is not there: %q", text)
	}
	// QQ Mail and NetEase want their authorisation code; the server's words follow.
	err = &mailintake.ConnError{Step: mailintake.StepLogin, Reason: mailintake.ReasonAuthCode, Host: "imap.qq.com",
		Detail: "Login fail. Please using authorized code to login."}
	got := mailErrorText(err)
	if !strings.HasPrefix(got, "邮件服务器 imap.qq.com 拒绝了登录。") || !strings.Contains(got, "授权码") ||
		!strings.HasSuffix(got, "服务器的答复：“Login fail. Please using authorized code to login”。") {
		t.Errorf("%q", got)
	}
}

// A reply that raises something new is registered as a complaint of its own from the tray,
// after a confirmation that names the case it leaves.
func TestReplyIsRegisteredAsANewComplaint(t *testing.T) {
	f := newFixture(t)
	c := f.complaint("李雷", "13900002222", "保安出言不逊", 30)
	f.readInTray("From: li@example.cn\r\nSubject: Re: ["+c.Ref+"] parking\r\n"+
		"Message-ID: <new-matter@example.cn>\r\n\r\nThe car park lights are out.\r\n", data.MailReply)
	tray := f.desk.mail
	reply := tray.selected
	f.registerInTray(c.Ref)
	m, err := f.store.Message(f.ctx, reply.ID)
	if err != nil || m.State != data.MailComplaint || m.ComplaintRef == c.Ref || m.MovedFromRef != c.Ref {
		t.Fatalf("after registering: %+v %v", m, err)
	}
	// The tray says where the message came from, not that its subject names a case it is not on.
	if text := readerText(tray.reader); !strings.Contains(text, "另行登记自："+c.Ref) || strings.Contains(text, "未归入") {
		t.Errorf("the registered reply reads\n%s", text)
	}
	f.desk.setStatus("已保存 saved.eml")
	f.desk.OpenCase(c.Ref)
	f.settle()
	if got := f.desk.status.Text; got != "" {
		t.Errorf("the case opens under the last screen's status line %q", got)
	}
	if timeline := labelText(f.desk.caseView.timelin); !strings.Contains(timeline, "邮件“Re: ["+c.Ref+"] parking”已另行登记为投诉 "+m.ComplaintRef) ||
		!strings.Contains(timeline, "已另行登记为 "+m.ComplaintRef) {
		t.Errorf("the old case's timeline reads\n%s", timeline)
	}
	// The email stays readable from the old case's timeline.
	test.Tap(findButtonIn(t, f.desk.caseView.timelin, "阅读邮件"))
	f.settle()
	if overlay := f.win.Canvas().Overlays().Top(); overlay == nil || !strings.Contains(labelText(overlay), "The car park lights are out.") {
		t.Error("the moved email cannot be read from the old case")
	}
}

// Automatic mail on a case is registered as a complaint of its own when the clerk says so (a
// complainant's mailer may mark all its mail automatic); the question names the case it leaves.
// The office's own sent copy offers no such thing.
func TestAutomaticMailOnACaseIsRegistered(t *testing.T) {
	f := newFixture(t)
	c := f.complaint("李雷", "13900002222", "保安出言不逊", 30)
	f.readInTray("From: li@example.cn\r\nSubject: Re: ["+c.Ref+"] parking\r\nAuto-Submitted: auto-generated\r\n"+
		"Message-ID: <crm@example.cn>\r\n\r\nThe car park lights are out.\r\n", data.MailAuto)
	tray := f.desk.mail
	auto := tray.selected
	if auto.ComplaintRef != c.Ref {
		t.Fatalf("the automatic mail is on %q, want %s", auto.ComplaintRef, c.Ref)
	}
	f.registerInTray(c.Ref)
	if m, err := f.store.Message(f.ctx, auto.ID); err != nil || m.State != data.MailComplaint || m.MovedFromRef != c.Ref {
		t.Fatalf("after registering: %+v %v", m, err)
	}
	if err := f.store.SetOfficeProfile(f.ctx, data.Office{Name: "金华物业服务中心", Email: "service@jinhua-pm.example"}); err != nil {
		t.Fatal(err)
	}
	f.readInTray("From: service@jinhua-pm.example\r\nTo: owner@example.cn\r\nSubject: 关于 ["+c.Ref+"] 的处理进度\r\n"+
		"Message-ID: <own2@jinhua-pm.example>\r\n\r\nhello\r\n", data.MailAuto)
	walk(tray.actions, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == "登记为投诉" {
			t.Error("the office's own mail offers 登记为投诉")
		}
	})
}

// registerInTray taps 登记为投诉 on the message the tray shows and confirms, after checking that
// the question names the case the message leaves.
func (f *fixture) registerInTray(leaves string) {
	f.t.Helper()
	test.Tap(findButtonIn(f.t, f.desk.mail.actions, "登记为投诉"))
	f.settle()
	if question := labelText(f.win.Canvas().Overlays().Top()); !strings.Contains(question, "它将不再属于 "+leaves) {
		f.t.Errorf("the confirmation reads %q", question)
	}
	if !tapDialogButton(f, "登记") {
		f.t.Fatal("no confirmation asked")
	}
	f.settle()
}

// labelText is the text of every label under o, a line each.
func labelText(o fyne.CanvasObject) string {
	var b strings.Builder
	walk(o, func(c fyne.CanvasObject) {
		switch l := c.(type) {
		case *widget.Label:
			b.WriteString(l.Text + "\n")
		case *para:
			b.WriteString(l.Text + "\n")
		}
	})
	return b.String()
}

// A message without headers cannot open a complaint by itself: the clerk registers it from the
// tray with the new-complaint form, filled in from its text, adding who sent it; the email goes
// on the new case. Until they do, a form they leave incomplete registers nothing.
func TestFailedMailIsRegisteredWithTheClerksForm(t *testing.T) {
	f := newFixture(t)
	raw := "您好，小区东门的道闸坏了一个星期。\r\n联系人王先生 13800138000\r\n"
	in := mailintake.Parse([]byte(raw), f.now.Add(-time.Hour))
	in.UID = 1
	out, err := f.store.ImportMail(f.ctx, data.MailBatch{Messages: []data.InboundMail{in}})
	if err != nil || out[0].State != data.MailFailed {
		t.Fatalf("import: %+v, %v", out, err)
	}
	f.desk.show("mail")
	f.settle()
	tray := f.desk.mail
	// Without a sender or a subject, its row says so once and shows the start of its text.
	if row := trayRow(tray.items[0], f.store.Calendar().Location(), f.now); !strings.HasSuffix(row, "无邮件头  —  您好，小区东门的道闸坏了一个星期。") {
		t.Errorf("the tray row reads %q", row)
	}
	tray.list.Select(0)
	f.settle()
	walk(tray.actions, func(c fyne.CanvasObject) {
		if b, ok := c.(*widget.Button); ok && b.Text == "登记为投诉……" {
			test.Tap(b)
		}
	})
	f.settle()
	form := f.desk.intake
	if f.desk.current != "new" || form == nil || form.title.Text != "将邮件登记为投诉" {
		t.Fatalf("no form for the message: screen %q", f.desk.current)
	}
	fl := form.fields
	if fl.channel.Selected != "邮件" || !fl.channel.Disabled() || fl.subject.Text != "您好，小区东门的道闸坏了一个星期。" ||
		!strings.Contains(fl.desc.Text, "联系人王先生") || !strings.Contains(form.note.Text, "邮件没有邮件头") {
		t.Errorf("form: channel %q, subject %q, text %q, note %q", fl.channel.Selected, fl.subject.Text, fl.desc.Text, form.note.Text)
	}
	// The mail's "联系人王先生 138…" fills in the name; without it the form is refused.
	if fl.name.Text != "王先生" {
		t.Errorf("name %q, want the mail's 联系人", fl.name.Text)
	}
	fl.name.SetText("")
	test.Tap(form.save)
	f.settle()
	if f.desk.current != "new" || form.msg.Text == "" {
		t.Fatalf("an incomplete form was registered: screen %q, message %q", f.desk.current, form.msg.Text)
	}
	if m, err := f.store.Message(f.ctx, out[0].ID); err != nil || m.State != data.MailFailed {
		t.Fatalf("after the incomplete form: %+v %v", m, err)
	}
	fl.name.SetText("王先生")
	fl.phone.SetText("13800138000")
	test.Tap(form.save)
	f.settle()
	m, err := f.store.Message(f.ctx, out[0].ID)
	if err != nil || m.State != data.MailComplaint || m.ComplaintRef == "" {
		t.Fatalf("after registering: %+v %v", m, err)
	}
	c, err := f.store.Complaint(f.ctx, m.ComplaintRef)
	if err != nil || c.Complainant.Name != "王先生" || c.Complainant.Phone != "13800138000" || c.Channel != data.ChannelEmail {
		t.Fatalf("complaint %+v %v", c, err)
	}
	if f.desk.current != "case" {
		t.Fatalf("screen %q after registering, want the new case", f.desk.current)
	}
	// The email has no subject: its entry on the timeline starts with its text.
	if timeline := labelText(f.desk.caseView.timelin); !strings.Contains(timeline, "来（投诉人→我方）\n您好，小区东门的道闸坏了一个星期。") {
		t.Errorf("the timeline reads\n%q", timeline)
	}
	// In the tray it is from the complainant it was registered for.
	if row := trayRow(m, f.store.Calendar().Location(), f.now); !strings.Contains(row, "新投诉 "+m.ComplaintRef+"  王先生  ") {
		t.Errorf("the tray row reads %q", row)
	}
}

// Typing an address at a known service as the user name fills in its server, with a word on the
// authorisation code QQ Mail wants; a server the clerk typed is left alone.
func TestMailServerIsFilledInFromTheAddress(t *testing.T) {
	f := newFixture(t)
	f.desk.show("settings")
	f.settle()
	m := f.desk.settings.mail
	test.Type(m.user, "12345678@qq.com")
	f.settleUntil("the server filled in", func() bool { return m.host.Text != "" })
	if m.host.Text != "imap.qq.com" || !strings.Contains(m.result.Text, "授权码") {
		t.Errorf("server %q, note %q", m.host.Text, m.result.Text)
	}
	// Corrected to another service, the server follows.
	m.user.SetText("kefu@163.com")
	f.settleUntil("the server changed", func() bool { return m.host.Text != "imap.qq.com" })
	if m.host.Text != "imap.163.com" {
		t.Errorf("server %q after the address changed", m.host.Text)
	}
	m.host.SetText("mail.jinhua-pm.example")
	m.user.SetText("kefu@126.com")
	time.Sleep(2 * searchDelay)
	f.settle()
	if m.host.Text != "mail.jinhua-pm.example" {
		t.Errorf("the server the clerk typed became %q", m.host.Text)
	}
}

// What a test of the connection says, one line or three, does not move the buttons under the
// clerk's pointer.
func TestConnectionTestResultLeavesTheButtonsInPlace(t *testing.T) {
	f := newFixture(t)
	f.desk.show("settings")
	f.settle()
	m := f.desk.settings.mail
	for i, it := range f.desk.settings.tabs.Items {
		if it.Content == m.view {
			f.desk.settings.tabs.SelectIndex(i)
		}
	}
	button := findButtonIn(t, m.view, "测试连接")
	drv := f.desk.app.Driver()
	m.result.SetText("正在连接……")
	m.view.Refresh() // laid out again, as the window's canvas does when a text grows
	f.settle()
	before := drv.AbsolutePositionForObject(button)
	m.result.SetText(strings.Repeat("邮件服务器 mail.example.cn 拒绝了端口 993 上的连接，请检查端口和加密方式。", 6))
	for range 2 { // the lines are broken at the width the first layout gives, then laid out
		m.view.Refresh()
		f.settle()
	}
	if h := m.result.MinSize().Height; h < 2*theme.TextSize() {
		t.Fatalf("the long result is %v high", h)
	}
	if after := drv.AbsolutePositionForObject(button); after != before {
		t.Errorf("the test button moved from %v to %v", before, after)
	}
}

// A test that connects but finds the move-to folder not there yet says both, in amber: the
// first move creates it. A certificate for another name says which name to use.
func TestConnectionTestResults(t *testing.T) {
	useLanguage(t, "zh-Hans")
	text, importance := testResult(&mailintake.ConnError{Step: mailintake.StepFolder, Reason: mailintake.ReasonMoveTo,
		Host: "localhost", Folder: "已导入"})
	if importance != widget.WarningImportance || !strings.HasPrefix(text, "连接成功：服务器接受了登录，文件夹存在。导入后要移入的文件夹") {
		t.Errorf("move-to folder missing: %q (%v)", text, importance)
	}
	text, importance = testResult(&mailintake.ConnError{Step: mailintake.StepTLS, Reason: mailintake.ReasonCertName,
		Host: "127.0.0.1", Detail: "localhost"})
	if importance != widget.DangerImportance || !strings.HasSuffix(text, "而不是 127.0.0.1。请按证书上的名称填写服务器。") {
		t.Errorf("certificate for another name: %q (%v)", text, importance)
	}
	if text, importance = testResult(nil); importance != widget.SuccessImportance || !strings.HasPrefix(text, "连接成功") {
		t.Errorf("connected: %q (%v)", text, importance)
	}
}

// Testing a new account before its password is typed says to type it there, not to go to the
// settings the clerk is already in; with the password the test goes on to the server.
func TestMailTestWithoutPasswordAsksForIt(t *testing.T) {
	f := newFixture(t)
	f.desk.show("settings")
	f.settle()
	m := f.desk.settings.mail
	m.host.SetText("127.0.0.1")
	m.port.SetText("1") // nothing listens there
	m.user.SetText("clerk")
	m.test()
	f.settleUntil("the test ends", func() bool { return m.result.Text != "正在连接……" })
	if m.result.Text != "请在上方填写邮箱密码后再测试连接。" {
		t.Errorf("without a password the test says %q", m.result.Text)
	}
	m.password.SetText("secret")
	m.test()
	f.settleUntil("the test ends", func() bool {
		return m.result.Text != "正在连接……" && !strings.Contains(m.result.Text, "密码")
	})
	if !strings.Contains(m.result.Text, "127.0.0.1") {
		t.Errorf("with a password the test says %q, want the refused connection", m.result.Text)
	}
}

// Evidence or an attachment that would run as a program is not opened: the clerk is told to
// save it and have it checked; nothing is written for the viewer.
func TestMailedProgramIsNotOpened(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir()) // where the viewer's copies go
	f := newFixture(t)
	read := false
	f.desk.openCopy("evidence", "test-program", "发票.exe", func(context.Context) ([]byte, error) {
		read = true
		return []byte("MZ"), nil
	})
	f.settle()
	if read {
		t.Error("the program's bytes were read to be opened")
	}
	if !strings.Contains(f.desk.status.Text, "这个文件会作为程序运行") {
		t.Errorf("status %q", f.desk.status.Text)
	}
	if _, err := os.Stat(filepath.Join(os.TempDir(), "ComplaintDesk", "test-program", "发票.exe")); err == nil {
		t.Error("the program was written out")
	}
	// What was said of one message's file is taken off the status line when another is read.
	for i := 1; i <= 2; i++ {
		f.readInTray(fmt.Sprintf("From: 李雷 <lilei@example.cn>\r\nSubject: 电梯故障 %d\r\nMessage-ID: <lift-%d@example.cn>\r\n\r\n电梯又坏了。\r\n", i, i), data.MailComplaint)
	}
	f.desk.mail.list.Select(1)
	f.settle()
	f.desk.openCopy("evidence", "test-program", "发票.exe", func(context.Context) ([]byte, error) { return []byte("MZ"), nil })
	f.settle()
	f.desk.mail.list.Select(1)
	f.settle()
	if !strings.Contains(f.desk.status.Text, "这个文件会作为程序运行") {
		t.Errorf("the same message read on: status %q", f.desk.status.Text)
	}
	f.desk.mail.list.Select(0)
	f.settle()
	if f.desk.status.Text != "" {
		t.Errorf("another message read: status %q", f.desk.status.Text)
	}
}

// TestTrayOpensAttachments: each file of a message in the tray opens in the system's viewer from
// a copy of its bytes, under its own name made safe for Windows, or, for a message attached
// without a name, its subject; a program is not opened.
func TestTrayOpensAttachments(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the viewer is stood in for by a script named xdg-open")
	}
	t.Setenv("TMPDIR", t.TempDir()) // where the viewer's copies go
	bin, opened := t.TempDir(), filepath.Join(t.TempDir(), "opened")
	script := "#!/bin/sh\necho \"$1\" >> " + opened + "\n"
	if err := os.WriteFile(filepath.Join(bin, "xdg-open"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	f := newFixture(t)
	photo := []byte("\x89PNG photo of the broken gate")
	text := f.readInTray("From: owner@example.cn\r\nSubject: gate\r\nMessage-ID: <files@example.cn>\r\n"+
		"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nsee the photo\r\n"+
		"--b\r\nContent-Type: image/png; name=\"=?UTF-8?B?546w5Zy6OueFp+eJhy5wbmc=?=\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"+
		base64.StdEncoding.EncodeToString(photo)+"\r\n"+
		"--b\r\nContent-Type: message/rfc822\r\n\r\nFrom: a@example.cn\r\nSubject: earlier\r\n\r\nthe earlier mail\r\n"+
		"--b\r\nContent-Type: application/octet-stream; name=\"invoice.exe\"\r\nContent-Transfer-Encoding: base64\r\n\r\nTVo=\r\n--b--\r\n",
		data.MailComplaint)
	if !strings.Contains(text, "📎 现场:照片.png (") || !strings.Contains(text, "📎 附带的邮件：earlier (") {
		t.Fatalf("the tray reads\n%s", text)
	}
	rows := f.desk.mail.reader.files.Objects
	if len(rows) != 3 {
		t.Fatalf("%d file rows, want 3", len(rows))
	}
	want := map[string][]byte{"现场_照片.png": photo}
	want["earlier.eml"] = []byte("From: a@example.cn\r\nSubject: earlier\r\n\r\nthe earlier mail")
	for _, row := range rows[:2] {
		test.Tap(findButtonIn(t, row, "打开"))
		f.settle()
	}
	// The viewer runs on its own; it has written down what it was given within seconds.
	var b []byte
	for deadline := time.Now().Add(10 * time.Second); strings.Count(string(b), "\n") < 2 && time.Now().Before(deadline); {
		time.Sleep(20 * time.Millisecond)
		b, _ = os.ReadFile(opened)
	}
	for _, path := range strings.Fields(string(b)) {
		got, err := os.ReadFile(path)
		if exp, ok := want[filepath.Base(path)]; !ok || err != nil || string(got) != string(exp) {
			t.Errorf("the viewer opened %s: %q, %v", path, got, err)
		}
		delete(want, filepath.Base(path))
	}
	if len(want) > 0 {
		t.Errorf("not opened: %v", want)
	}
	test.Tap(findButtonIn(t, rows[2], "打开"))
	f.settle()
	if b, _ := os.ReadFile(opened); strings.Count(string(b), "\n") != 2 || !strings.Contains(f.desk.status.Text, "这个文件会作为程序运行") {
		t.Errorf("the program: viewer started for %q, status %q", b, f.desk.status.Text)
	}
	findButtonIn(t, rows[0], "另存为……")
}

// A file an email brought that was taken off the case is still listed with the email, and
// said to be no longer the case's.
func TestEmailSaysWhichOfItsFilesLeftTheCase(t *testing.T) {
	f := newFixture(t)
	text := f.readInTray("From: owner@example.cn\r\nSubject: gate\r\nMessage-ID: <left@example.cn>\r\n"+
		"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nsee the photos\r\n"+
		"--b\r\nContent-Type: image/jpeg; name=\"gate.jpg\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"+
		base64.StdEncoding.EncodeToString([]byte("\xff\xd8\xff gate"))+"\r\n"+
		"--b\r\nContent-Type: image/jpeg; name=\"id-card.jpg\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"+
		base64.StdEncoding.EncodeToString([]byte("\xff\xd8\xff someone else's id card"))+"\r\n--b--\r\n",
		data.MailComplaint)
	if strings.Contains(text, "已从本案移除") {
		t.Fatalf("the tray reads\n%s", text)
	}
	m := f.desk.mail.selected
	files, err := f.store.Evidence(f.ctx, *m.ComplaintID)
	if err != nil || len(files) != 2 {
		t.Fatalf("evidence %+v, %v", files, err)
	}
	ref := m.ComplaintRef
	for _, e := range files {
		if e.Filename == "id-card.jpg" {
			if err := f.store.RemoveEvidence(f.ctx, ref, e.ID, "附错了"); err != nil {
				t.Fatal(err)
			}
		}
	}
	f.desk.mail.reload()
	f.settle()
	f.desk.mail.list.Select(0)
	f.settle()
	text = readerText(f.desk.mail.reader)
	if !strings.Contains(text, "📎 id-card.jpg (") || !strings.Contains(text, ") — 已从本案移除") ||
		strings.Count(text, "已从本案移除") != 1 {
		t.Errorf("the tray reads\n%s", text)
	}
}

// readerText is what a mail reader shows, as one text: the headers, a line for each file, the text.
func readerText(r *mailReader) string {
	parts := []string{r.head.Text}
	for _, o := range r.related.Objects {
		walk(o, func(c fyne.CanvasObject) {
			switch w := c.(type) {
			case *widget.Label:
				parts = append(parts, w.Text)
			case *para:
				parts = append(parts, w.Text)
			case *widget.Hyperlink:
				parts = append(parts, "→ "+w.Text)
			}
		})
	}
	for _, o := range r.files.Objects {
		if l, ok := o.(*widget.Label); ok {
			parts = append(parts, l.Text)
		} else if row, ok := o.(*fyne.Container); ok {
			parts = append(parts, row.Objects[0].(*para).Text)
		}
	}
	if r.body.Visible() {
		parts = append(parts, "", r.body.Text)
	}
	return strings.Join(parts, "\n")
}

// TestUnreadableMailIsSetAside: the clerk reads an unreadable message, finds it needs no
// complaint and says so; the dashboard stops calling for it but still counts it, and the clerk
// can take it back.
func TestUnreadableMailIsSetAside(t *testing.T) {
	f := newFixture(t)
	text := f.readInTray("Subject: =?UTF-8?B?5Luj5byA5Y+R56Wo?=\r\nMessage-ID: <junk@example.cn>\r\n\r\n代开各类发票\r\n", data.MailFailed)
	if strings.Contains(text, "无需登记") {
		t.Fatalf("the tray reads\n%s", text)
	}
	dashboard := func() (string, widget.Importance) {
		f.desk.show("dashboard")
		f.settle()
		var lines []string
		for _, st := range data.MailStates {
			lines = append(lines, f.desk.dash.mail[st].Text)
		}
		return strings.Join(lines, "\n"), f.desk.dash.mail[data.MailFailed].Importance
	}
	tap := func(button string) { // in the tray, on the message
		f.desk.show("mail")
		f.settle()
		f.desk.mail.list.Select(0)
		f.settle()
		test.Tap(findButtonIn(t, f.desk.mail.actions, button))
		f.settle()
	}
	if got, imp := dashboard(); !strings.Contains(got, "需人工处理：1") || imp != widget.DangerImportance {
		t.Errorf("dashboard %q, importance %v", got, imp)
	}
	tap("无需登记")
	if text := readerText(f.desk.mail.reader); !strings.Contains(text, "状态：无发件人·无需登记") ||
		!strings.Contains(text, "系统管理员 于 2026-") || !strings.Contains(text, "确认无需登记。") {
		t.Errorf("set aside, the tray reads\n%s", text)
	}
	if m := f.desk.mail.items[0]; m.SetAsideAt == nil || !strings.Contains(trayRow(m, time.UTC, f.now), "无发件人·无需登记") {
		t.Errorf("the row reads %q", trayRow(m, time.UTC, f.now))
	}
	if got, imp := dashboard(); got != "新投诉：0\n案件回复：0\n自动邮件：0\n需人工处理：1（其中 1 封无需登记）" || imp == widget.DangerImportance {
		t.Errorf("set aside, the dashboard reads %q, importance %v", got, imp)
	}
	f.desk.show("mail")
	f.settle()
	if opts := f.desk.mail.state.Options; !slices.Contains(opts, "需人工处理（1，1 封无需登记）") {
		t.Errorf("set aside, the tray's filter offers %q", opts) // counted as the dashboard counts it
	}
	tap("撤销无需登记")
	if got, imp := dashboard(); !strings.HasSuffix(got, "需人工处理：1") || imp != widget.DangerImportance {
		t.Errorf("taken back, the dashboard reads %q, importance %v", got, imp)
	}
}

// TestNewEmailFromAComplainantWithAnOpenCase: a new email complaint from someone whose earlier
// case is still open says so in the tray, the case a click away; closed cases are not listed.
func TestNewEmailFromAComplainantWithAnOpenCase(t *testing.T) {
	f := newFixture(t)
	earlier := func(subject string) *data.Complaint {
		c, err := f.store.CreateComplaint(f.ctx, data.NewComplaint{Channel: data.ChannelPhone, Subject: subject,
			ReceivedAt:  f.now.Add(-48 * time.Hour),
			Complainant: data.Complainant{Name: "王芳", Phone: "13812345678", Email: "wangfang@example.cn"}})
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	open, closed := earlier("停车费重复扣款"), earlier("电梯异响")
	if _, err := f.store.Act(f.ctx, closed.Ref, data.ActParams{Action: data.ActAssess, Category: "other", Level: 1,
		Invalid: true, Reason: "重复登记"}); err != nil {
		t.Fatal(err)
	}
	f.readInTray("From: =?UTF-8?B?546L6Iqz?= <wangfang@example.cn>\r\nSubject: =?UTF-8?B?5aSa5omj55qE6ZKx5ZWl5pe26YCA?=\r\n"+
		"Message-ID: <again@example.cn>\r\n\r\nmoney back?\r\n", data.MailComplaint)
	f.settle()
	text := readerText(f.desk.mail.reader)
	if !strings.Contains(text, "王芳 另有 1 件未结投诉：\n→ "+open.Ref+"（已登记）  停车费重复扣款") || strings.Contains(text, closed.Ref) {
		t.Fatalf("the tray reads\n%s", text)
	}
	// The list, filled in after the message is shown, takes room in the reading pane.
	if r := f.desk.mail.reader.related; r.Size().Height < r.MinSize().Height {
		t.Errorf("the open cases are %.0f high in the pane, want %.0f", r.Size().Height, r.MinSize().Height)
	}
	var link *widget.Hyperlink
	walk(f.desk.mail.reader.related, func(o fyne.CanvasObject) {
		if h, ok := o.(*widget.Hyperlink); ok {
			link = h
		}
	})
	// The email only asks after the open case: filed there, it is the complainant's reply, and
	// the complaint it opened is closed as the same matter.
	opened := f.desk.mail.selected.ComplaintRef
	test.Tap(findButtonIn(t, f.desk.mail.reader.related, "归入此案"))
	f.settle()
	if !tapDialogButton(f, "归入此案") {
		t.Fatal("no confirmation")
	}
	f.settle()
	if m := f.desk.mail.selected; m == nil || m.State != data.MailReply || m.ComplaintRef != open.Ref ||
		!strings.Contains(f.desk.mail.msg.Text, "已归入 "+open.Ref+"；"+opened+" 已结案。") {
		t.Errorf("filed: %+v, the tray says %q", m, f.desk.mail.msg.Text)
	}
	if c, err := f.store.Complaint(f.ctx, opened); err != nil || c.Status != data.StatusInvalid ||
		c.InvalidReason != "与 "+open.Ref+" 为同一事项，邮件已归入该案。" {
		t.Errorf("the complaint the email opened: %+v %v", c, err)
	}
	if c, err := f.store.Complaint(f.ctx, open.Ref); err != nil || !c.HasNewReply {
		t.Errorf("the case: %+v %v", c, err)
	}
	if len(f.desk.mail.reader.related.Objects) != 0 {
		t.Error("a reply lists the sender's other cases")
	}
	size := link.MinSize()
	link.Resize(size)
	test.TapAt(link, fyne.NewPos(size.Width/2, size.Height/2)) // a hyperlink answers taps on its text
	f.settle()
	if f.desk.current != "case" || f.desk.caseView.c.Ref != open.Ref {
		t.Errorf("the link shows %q %v", f.desk.current, f.desk.caseView)
	}
}

// TestTrayShowsTheHeader: the header of a message reads in the window, where it passed and when,
// without a mail program.
func TestTrayShowsTheHeader(t *testing.T) {
	f := newFixture(t)
	f.readInTray("Received: from mx.example.cn by mail.jinhua-pm.example; Mon, 30 Nov 2026 09:00:01 +0800\r\n"+
		"From: owner@example.cn\r\nSubject: gate\r\nMessage-ID: <h@example.cn>\r\nX-Mailer: Foxmail 7.2\r\n\r\nthe gate is broken\r\n",
		data.MailComplaint)
	test.Tap(findButtonIn(t, f.desk.mail.actions, "邮件头……"))
	f.settle()
	shown := labelText(f.win.Canvas().Overlays().Top())
	if !strings.Contains(shown, "Received: from mx.example.cn by mail.jinhua-pm.example; Mon, 30 Nov 2026 09:00:01 +0800\nFrom: owner@example.cn") ||
		!strings.Contains(shown, "X-Mailer: Foxmail 7.2") || strings.Contains(shown, "the gate is broken") {
		t.Errorf("the header reads\n%s", shown)
	}
}

// countingLayout counts how often a box is laid out.
type countingLayout struct {
	inner fyne.Layout
	n     int
}

func (c *countingLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	c.n++
	c.inner.Layout(objs, size)
}

func (c *countingLayout) MinSize(objs []fyne.CanvasObject) fyne.Size { return c.inner.MinSize(objs) }

// An email with hundreds of photos gives its case as many files: the case lists them laid out
// once, not once per row (which held the window for minutes at 3,000), 200 at a time, and its
// timeline has them in one entry.
func TestCaseWithHundredsOfFilesIsLaidOutOnce(t *testing.T) {
	f := newFixture(t)
	var raw strings.Builder
	raw.WriteString("From: li@example.cn\r\nSubject: photos\r\nMessage-ID: <photos@example.cn>\r\n" +
		"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n照片见附件\r\n")
	for i := 0; i < 300; i++ {
		fmt.Fprintf(&raw, "--b\r\nContent-Type: image/jpeg\r\nContent-Disposition: attachment; filename=\"现场%d.jpg\"\r\n\r\nphoto %d\r\n", i, i)
	}
	raw.WriteString("--b--\r\n")
	m := mailintake.Parse([]byte(raw.String()), f.now)
	m.UID = 1
	out, err := f.store.ImportMail(f.ctx, data.MailBatch{Messages: []data.InboundMail{m}})
	if err != nil {
		t.Fatal(err)
	}
	f.desk.OpenCase(out[0].ComplaintRef)
	f.settle()
	cv := f.desk.caseView
	boxes := map[string]*fyne.Container{"files": cv.files, "timeline": cv.timelin}
	counts := map[string]*countingLayout{}
	for name, box := range boxes {
		counts[name] = &countingLayout{inner: box.Layout}
		box.Layout = counts[name]
	}
	cv.fill()
	for name, box := range boxes {
		if counts[name].n > 3 {
			t.Errorf("%s: %d rows laid out %d times", name, len(box.Objects), counts[name].n)
		}
	}
	// The files tab lists them 200 at a time; the timeline has them in one entry, the first ten
	// by name.
	if n := len(cv.files.Objects); n != 1+filesPage+2 || !strings.Contains(labelText(cv.files), "……还有 100 件") {
		t.Errorf("the files tab holds %d rows", n)
	}
	test.Tap(findButtonIn(t, cv.files, "显示更多"))
	f.settle()
	if n := len(cv.files.Objects); n != 1+300 {
		t.Errorf("after 显示更多, the files tab holds %d rows", n)
	}
	timeline := labelText(cv.timelin)
	if len(cv.timelin.Objects) > 5 || !strings.Contains(timeline, "现场0.jpg\n现场1.jpg\n") ||
		!strings.Contains(timeline, "现场9.jpg\n……还有 290 件") || strings.Contains(timeline, "现场10.jpg") {
		t.Errorf("the timeline has %d entries:\n%.600s", len(cv.timelin.Objects), timeline)
	}
}

// Mail without a From that says where to answer opens the complaint of whoever its Reply-To
// names: the tray says so beside the missing sender.
func TestTrayNamesTheReplyToOfMailWithoutAFrom(t *testing.T) {
	f := newFixture(t)
	text := f.readInTray("Reply-To: <vipyimin@126.example>\r\nSubject: =?UTF-8?B?5o+Q6K6u?=\r\n"+
		"Message-ID: <nofrom@126.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n车库的灯坏了。\r\n", data.MailComplaint)
	if !strings.Contains(text, "发件人：—\n") || !strings.Contains(text, "投诉人：vipyimin <vipyimin@126.example>\n") {
		t.Errorf("the tray reads\n%s", text)
	}
}

// A colleague's forward opens the writer's complaint: the tray says whose it is, and finds it by
// their name.
func TestTrayNamesTheComplainantOfAForward(t *testing.T) {
	f := newFixture(t)
	if err := f.store.SetOfficeProfile(f.ctx, data.Office{Name: "金华物业服务中心", Email: "service@jinhua-pm.example"}); err != nil {
		t.Fatal(err)
	}
	text := f.readInTray("From: =?UTF-8?B?5p2O5aic?= <lina@jinhua-pm.example>\r\nSubject: =?UTF-8?B?6L2s5Y+ROiDmu5Hmoq/lvIDoo4I=?=\r\n"+
		"Message-ID: <fwd@jinhua-pm.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n请登记处理。\r\n\r\n"+
		"-----原始邮件-----\r\n发件人: 周晓燕 <zhou@example.cn>\r\n发送时间: 2026年11月30日 19:42\r\n收件人: 李娜 <lina@jinhua-pm.example>\r\n"+
		"主题: 滑梯开裂\r\n\r\n滑梯侧面裂开了一条缝。\r\n", data.MailComplaint)
	if !strings.Contains(text, "发件人：李娜 <lina@jinhua-pm.example>\n") || !strings.Contains(text, "投诉人：周晓燕 <zhou@example.cn>\n") {
		t.Errorf("the tray reads\n%s", text)
	}
	test.Type(f.desk.mail.search, "周晓燕")
	f.settleUntil("the search", func() bool { return len(f.desk.mail.items) == 1 })
	// Mail that is its sender's own complaint names nobody else.
	f.desk.mail.search.SetText("")
	text = f.readInTray("From: =?UTF-8?B?546L6Iqz?= <wangfang@example.cn>\r\nSubject: parking\r\nMessage-ID: <own@example.cn>\r\n\r\nfee\r\n", data.MailComplaint)
	if strings.Contains(text, "投诉人") {
		t.Errorf("the tray reads\n%s", text)
	}
	// Nor does mail whose sender gave no name (the complainant is named after the address).
	text = f.readInTray("From: sender@example.cn\r\nSubject: noise\r\nMessage-ID: <bare@example.cn>\r\n\r\nnoise at night\r\n", data.MailComplaint)
	if strings.Contains(text, "投诉人") {
		t.Errorf("the tray reads\n%s", text)
	}
}

// TestSearchLeavesNoMessageBehindInTheReader: a search that no longer lists the message being
// read empties the reading pane instead of showing it beside a list it is not in.
func TestSearchLeavesNoMessageBehindInTheReader(t *testing.T) {
	f := newFixture(t)
	f.readInTray("From: =?UTF-8?B?546L6Iqz?= <wangfang@example.cn>\r\nSubject: parking\r\nMessage-ID: <a@example.cn>\r\n\r\n停车费多收\r\n", data.MailComplaint)
	text := f.readInTray("From: zhao@example.cn\r\nSubject: lift\r\nMessage-ID: <b@example.cn>\r\n\r\n电梯坏了\r\n", data.MailComplaint)
	if !strings.Contains(text, "电梯坏了") {
		t.Fatalf("the tray reads\n%s", text)
	}
	test.Type(f.desk.mail.search, "wangfang")
	f.settleUntil("the search", func() bool { return len(f.desk.mail.items) == 1 })
	if text := readerText(f.desk.mail.reader); strings.Contains(text, "电梯") || !strings.Contains(text, "选择一封邮件即可阅读") {
		t.Errorf("after the search the reader reads\n%s", text)
	}
	if f.desk.mail.selected != nil || len(f.desk.mail.actions.Objects) != 0 {
		t.Errorf("selected %v, %d buttons left", f.desk.mail.selected, len(f.desk.mail.actions.Objects))
	}
	// Cleared, the message the search still lists is read on a click.
	f.desk.mail.list.Select(0)
	f.settle()
	if text := readerText(f.desk.mail.reader); !strings.Contains(text, "停车费多收") {
		t.Errorf("the reader reads\n%s", text)
	}
}

// What the tray said of an action goes when the clerk turns to another list, another message or
// another screen; reading the same message again keeps it.
func TestTraySaysNoMoreOfWhatWasDoneBefore(t *testing.T) {
	f := newFixture(t)
	corpus := filepath.Join("..", "mailintake", "testdata", "mail")
	f.desk.show("mail")
	f.settle()
	tray := f.desk.mail
	tray.importFiles([]string{filepath.Join(corpus, "050.eml"), filepath.Join(corpus, "033.eml")})
	f.settle()
	if tray.msg.Hidden || len(tray.items) != 2 {
		t.Fatalf("the import said %q, %d messages", tray.msg.Text, len(tray.items))
	}
	tray.list.Select(0)
	f.settle()
	tray.list.Select(1)
	f.settle()
	if !tray.msg.Hidden {
		t.Errorf("another message read: %q still said", tray.msg.Text)
	}
	tray.say("重新读取：无法读取")
	tray.reload()
	f.settle()
	if tray.msg.Hidden {
		t.Errorf("the same message read again: what was said is gone")
	}
	tray.state.SetSelectedIndex(2)
	f.settle()
	if !tray.msg.Hidden {
		t.Errorf("another list: %q still said", tray.msg.Text)
	}
	tray.say("导入：共 2 封邮件")
	f.desk.show("register")
	f.desk.show("mail")
	f.settle()
	if !tray.msg.Hidden {
		t.Errorf("back from another screen: %q still said", tray.msg.Text)
	}
}

// Messages saved as files are imported in the email intake, by button or dropped on it, and
// the tray says what each became; a file that is no message stores nothing.
func TestMailFilesAreImported(t *testing.T) {
	f := newFixture(t)
	corpus := filepath.Join("..", "mailintake", "testdata", "mail")
	complaint, bounce := filepath.Join(corpus, "050.eml"), filepath.Join(corpus, "033.eml")
	photo := filepath.Join(t.TempDir(), "photo.png")
	if err := os.WriteFile(photo, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), 0o600); err != nil {
		t.Fatal(err)
	}
	f.desk.show("mail")
	f.settle()
	tray := f.desk.mail
	tray.importFiles([]string{complaint, photo})
	f.settle()
	if !strings.Contains(tray.msg.Text, "photo.png 不是邮件文件（.eml 或 .msg）") || len(tray.items) != 0 {
		t.Fatalf("a photo among the files: %q, %d messages", tray.msg.Text, len(tray.items))
	}
	// A mailbox file too large to read at once is named, and nothing is read.
	huge := filepath.Join(t.TempDir(), "全部邮件.mbox")
	if err := os.WriteFile(huge, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(huge, mailintake.MaxMailFile+1); err != nil {
		t.Fatal(err)
	}
	tray.importFiles([]string{huge})
	f.settle()
	if !strings.Contains(tray.msg.Text, "全部邮件.mbox 超过 512 MB") || len(tray.items) != 0 {
		t.Fatalf("a file too large: %q, %d messages", tray.msg.Text, len(tray.items))
	}
	// A complaint saved from Outlook, and one cut short in copying.
	outlook := filepath.Join("..", "mailintake", "decode", "testdata", "outlook", "complaint.msg")
	b, err := os.ReadFile(outlook)
	if err != nil {
		t.Fatal(err)
	}
	cut := filepath.Join(t.TempDir(), "投诉.msg")
	if err := os.WriteFile(cut, b[:len(b)/2], 0o600); err != nil {
		t.Fatal(err)
	}
	tray.importFiles([]string{outlook, cut})
	f.settle()
	if !strings.Contains(tray.msg.Text, "投诉.msg 是无法读取的 Outlook 邮件：文件已损坏或未完整复制。") || len(tray.items) != 0 {
		t.Fatalf("a damaged .msg among the files: %q, %d messages", tray.msg.Text, len(tray.items))
	}
	f.desk.dropped(fyne.NewPos(10, 10), []fyne.URI{storage.NewFileURI(complaint), storage.NewFileURI(bounce), storage.NewFileURI(outlook)})
	f.settle()
	if len(tray.items) != 3 || !strings.Contains(tray.msg.Text, "050.eml：新投诉 TS-") ||
		!strings.Contains(tray.msg.Text, "033.eml：自动邮件") || !strings.Contains(tray.msg.Text, "complaint.msg：新投诉 TS-") {
		t.Fatalf("dropped: %q, %d messages", tray.msg.Text, len(tray.items))
	}
	// The Outlook file is kept beside the message it was read as, to be saved again.
	var fromOutlook *data.MailMessage
	for _, m := range tray.items {
		if m.OriginalName == "complaint.msg" {
			fromOutlook = m
		}
	}
	if fromOutlook == nil {
		t.Fatal("the message read from complaint.msg does not name its file")
	}
	tray.show(fromOutlook)
	if !hasButton(tray.actions, "保存原始文件 complaint.msg……") {
		t.Error("the Outlook file cannot be saved again")
	}
	if text := readerText(tray.reader); !strings.Contains(text, "读取自文件：complaint.msg") {
		t.Errorf("the reader does not say where the message was read from:\n%s", text)
	}
	tray.importFiles([]string{complaint})
	f.settle()
	if !strings.Contains(tray.msg.Text, "（此前已导入）") || len(tray.items) != 3 {
		t.Errorf("imported again: %q, %d messages", tray.msg.Text, len(tray.items))
	}
	// A folder exported as a mailbox file: each of its messages, counted.
	mbox := filepath.Join(t.TempDir(), "收件箱.mbox")
	src, err := os.ReadFile(complaint)
	if err != nil {
		t.Fatal(err)
	}
	folder := "From - Mon Nov 16 09:00:00 2026\n" + string(src) + "\nFrom - Mon Nov 16 10:00:00 2026\n" +
		"From: 王芳 <wangfang@example.cn>\nSubject: 电梯故障\nMessage-ID: <mbox-ui@example.cn>\n\n三号楼电梯坏了。\n"
	if err := os.WriteFile(mbox, []byte(folder), 0o600); err != nil {
		t.Fatal(err)
	}
	tray.importFiles([]string{mbox})
	f.settle()
	if want := "收件箱.mbox：共 2 封邮件 — 新投诉 1，回复 0，自动邮件 0，需人工处理 0；1 封此前已导入。"; tray.msg.Text != want || len(tray.items) != 4 {
		t.Errorf("a mailbox file: %q, %d messages; want %q", tray.msg.Text, len(tray.items), want)
	}
	// A folder of mail files, one of them no mail: what its messages became, and the file left
	// out. The import button offers a file or a folder.
	test.Tap(findButtonIn(t, tray.view, "导入邮件文件……"))
	menu := f.win.Canvas().Overlays().Top()
	if menu == nil {
		t.Fatal("the import button opens nothing")
	}
	var items strings.Builder
	walk(menu, func(o fyne.CanvasObject) {
		if t, ok := o.(*canvas.Text); ok {
			items.WriteString(t.Text + "\n")
		}
	})
	if text := items.String(); !strings.Contains(text, "邮件文件（.eml、.msg、.mbox）……") || !strings.Contains(text, "整个文件夹中的邮件文件……") {
		t.Errorf("the import menu offers %q", text)
	}
	menu.Hide()
	dir := filepath.Join(t.TempDir(), "导出")
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	for name, body := range map[string][]byte{"a.eml": []byte("From: b@example.cn\nSubject: two\nMessage-ID: <folder-ui@example.cn>\n\nhi\n"),
		"投诉.msg": b, "便条.eml": []byte("只是一段文字，没有信头。"), "照片.jpg": []byte("\xff\xd8\xff"),
		// A folder inside, as mail programs export a mailbox's folders.
		filepath.Join("十一月", "c.eml"):  []byte("From: c@example.cn\nSubject: three\nMessage-ID: <folder-ui-c@example.cn>\n\nhi\n"),
		filepath.Join("十一月", "草稿.eml"): []byte("没有信头。")} {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), body, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	f.desk.dropped(fyne.NewPos(10, 10), []fyne.URI{storage.NewFileURI(dir)})
	f.settle()
	if want := "导出：共 3 封邮件 — 新投诉 2，回复 0，自动邮件 0，需人工处理 0；1 封此前已导入；2 个文件不是邮件或无法读取，未导入：" +
		"便条.eml、" + filepath.Join("十一月", "草稿.eml") + "。"; tray.msg.Text != want || len(tray.items) != 6 {
		t.Errorf("a folder: %q, %d messages; want %q", tray.msg.Text, len(tray.items), want)
	}
	if tray.progress.Visible() {
		t.Error("the progress bar stays after the import")
	}
	// Many files left out: ten are named.
	notes := t.TempDir()
	for i := range 12 {
		if err := os.WriteFile(filepath.Join(notes, fmt.Sprintf("便条%02d.eml", i)), []byte("没有信头。"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(notes, "a.eml"), []byte("From: b@example.cn\nSubject: two\nMessage-ID: <folder-ui@example.cn>\n\nhi\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tray.importFolder(notes)
	f.settle()
	if text := tray.msg.Text; !strings.Contains(text, "12 个文件不是邮件或无法读取，未导入：便条00.eml、") ||
		!strings.Contains(text, "便条09.eml、……还有 2 件") || strings.Contains(text, "便条10.eml") {
		t.Errorf("many files left out: %q", text)
	}
	empty := t.TempDir()
	tray.importFolder(empty)
	f.settle()
	if !strings.Contains(tray.msg.Text, "中没有可读取的邮件文件（.eml、.msg、.mbox）。") {
		t.Errorf("an empty folder: %q", tray.msg.Text)
	}
	// A folder of mail files none of which is mail names them.
	if err := os.Remove(filepath.Join(notes, "a.eml")); err != nil {
		t.Fatal(err)
	}
	tray.importFolder(notes)
	f.settle()
	if text := tray.msg.Text; !strings.Contains(text, "中的 12 个邮件文件都不是邮件或无法读取，未导入：便条00.eml、") {
		t.Errorf("no file is mail: %q", text)
	}
}

// An Outlook message among a case's files opens as the .eml it stands for, which any mail
// program reads, not only Outlook; saved, it stays the .msg it was.
func TestOutlookEvidenceOpensAsEML(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the viewer is stood in for by a script named xdg-open")
	}
	t.Setenv("TMPDIR", t.TempDir())
	bin, opened := t.TempDir(), filepath.Join(t.TempDir(), "opened")
	if err := os.WriteFile(filepath.Join(bin, "xdg-open"), []byte("#!/bin/sh\necho \"$1\" >> "+opened+"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	f := newFixture(t)
	msg, err := os.ReadFile(filepath.Join("..", "mailintake", "decode", "testdata", "outlook", "complaint.msg"))
	if err != nil {
		t.Fatal(err)
	}
	c := f.complaint("张三", "13812345678", "电梯故障", 2)
	e, err := f.store.AddEvidence(f.ctx, c.Ref, data.NewEvidence{Filename: "业主来信.msg", Data: msg})
	if err != nil {
		t.Fatal(err)
	}
	f.desk.OpenCase(c.Ref)
	f.settle()
	f.desk.caseView.openEvidence(*e)
	f.settle()
	var b []byte
	for deadline := time.Now().Add(10 * time.Second); len(b) == 0 && time.Now().Before(deadline); {
		time.Sleep(20 * time.Millisecond)
		b, _ = os.ReadFile(opened)
	}
	path := strings.TrimSpace(string(b))
	got, err := os.ReadFile(path)
	if filepath.Base(path) != "业主来信.eml" || err != nil || !strings.Contains(string(got), "Subject: =?utf-8?b?") {
		t.Errorf("the viewer opened %q: %.60q, %v", path, got, err)
	}
}

// A message imported from a file is opened for the clerk, whatever list or search they were in:
// mail dated years ago would be listed far below the newest.
func TestImportedFileIsOpened(t *testing.T) {
	f := newFixture(t)
	complaint := filepath.Join("..", "mailintake", "testdata", "mail", "050.eml")
	f.desk.show("mail")
	f.settle()
	tray := f.desk.mail
	tray.state.SetSelectedIndex(1 + slices.Index(data.MailStates, data.MailAuto))
	tray.search.SetText("没有这样的邮件")
	f.settle()
	tray.importFiles([]string{complaint})
	f.settle()
	if tray.selected == nil || tray.selected.Subject == "" || tray.state.SelectedIndex() != 0 || tray.search.Text != "" {
		t.Fatalf("after the import: selected %+v, list %d, search %q", tray.selected, tray.state.SelectedIndex(), tray.search.Text)
	}
	if text := readerText(tray.reader); !strings.Contains(text, tray.selected.Subject) {
		t.Errorf("the reader does not show the imported message %q:\n%s", tray.selected.Subject, text)
	}
	if !strings.Contains(tray.msg.Text, "050.eml") {
		t.Errorf("what the import did is no longer said: %q", tray.msg.Text)
	}
}

// A check the clerk starts puts away what the last one said until it has its own outcome: a
// refused port said while the corrected settings are tried would mislead. The line says the
// check runs meanwhile, keeping its place above the list.
func TestCheckNowPutsAwayTheLastChecksOutcome(t *testing.T) {
	f := newFixture(t)
	if _, err := f.store.SaveMailAccount(f.ctx, data.MailAccount{Name: "客服邮箱", Host: "127.0.0.1", Port: 1,
		Security: data.SecurityNone, Username: "clerk", Active: true}); err != nil {
		t.Fatal(err)
	}
	f.desk.show("mail")
	f.settle()
	tray := f.desk.mail
	tray.checkNow()
	f.settleUntil("the first check ends", func() bool { return !tray.check.Disabled() })
	if !tray.status.Visible() || tray.status.Importance != widget.DangerImportance || !strings.Contains(tray.status.Text, "密码") {
		t.Fatalf("after a check without a password the tray says %q", tray.status.Text)
	}
	tray.checkNow()
	if strings.Contains(tray.status.Text, "密码") || tray.status.Importance == widget.DangerImportance {
		t.Errorf("while the next check runs the tray still says %q", tray.status.Text)
	}
	if !tray.status.Visible() || tray.status.Text != "正在收取邮件……" {
		t.Errorf("while the next check runs the line above the list says %q (shown %v): it keeps its place",
			tray.status.Text, tray.status.Visible())
	}
	f.settleUntil("the second check ends", func() bool { return !tray.check.Disabled() })
	if !tray.status.Visible() || !strings.Contains(tray.status.Text, "密码") {
		t.Errorf("after the second check the tray says %q", tray.status.Text)
	}
}

// checkLeaving is an account whose check ended at UID last leaving waiting on the server, and
// what the tray says of it.
func checkLeaving(t *testing.T, f *fixture, waiting []data.UnfetchedMail, last uint32) (*data.MailAccount, mailCheckTexts) {
	t.Helper()
	acct, err := f.store.SaveMailAccount(f.ctx, data.MailAccount{Name: "客服邮箱", Host: "mail.example.cn", Port: 993,
		Security: data.SecurityTLS, Username: "clerk", Active: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.store.ImportMail(f.ctx, data.MailBatch{AccountID: acct.ID, Folder: acct.Folder, UIDValidity: 3, LastUID: last,
		Unfetched: waiting}); err != nil {
		t.Fatal(err)
	}
	if err := f.store.FinishMailSync(f.ctx, acct.ID, acct.Folder, 3, last, acct.Since); err != nil {
		t.Fatal(err)
	}
	checks, err := mailChecks(f.ctx, f.store, time.UTC)
	if err != nil {
		t.Fatal(err)
	}
	return acct, checks
}

// Messages the server listed but would not deliver are named in the tray until they come.
func TestTraySaysWhichMailTheServerWouldNotDeliver(t *testing.T) {
	f := newFixture(t)
	waiting := []data.UnfetchedMail{{UID: 7, Subject: "电梯困人", Sender: "王秀英 <wang@example.cn>", Error: "the server sent no content for it"}}
	for i := 8; i < 12; i++ {
		waiting = append(waiting, data.UnfetchedMail{UID: uint32(i)})
	}
	acct, checks := checkLeaving(t, f, waiting, 12)
	text := strings.Join(checks.lines, "\n")
	if !checks.failing || !strings.Contains(text, "客服邮箱：邮件服务器列出了 5 封邮件") ||
		!strings.Contains(text, "王秀英 <wang@example.cn> 的“电梯困人”、（无主题）、（无主题）、……另有 2 封") {
		t.Errorf("the tray says:\n%s", text)
	}
	// Once they came, nothing more is said of them.
	if _, err := f.store.ImportMail(f.ctx, data.MailBatch{AccountID: acct.ID, Folder: acct.Folder, UIDValidity: 3, LastUID: 12,
		Gone: []uint32{7, 8, 9, 10, 11}}); err != nil {
		t.Fatal(err)
	}
	if checks, _ := mailChecks(f.ctx, f.store, time.UTC); checks.failing || len(checks.lines) != 1 {
		t.Errorf("after they came: %q", checks.lines)
	}
}

// A check another program is running (a scheduled complaintctl) is waited for: once it ends, the
// tray lists the mail it brought and says so, as the busy message promised.
func TestTrayListsTheMailOfAnotherProgramsCheck(t *testing.T) {
	poll := otherCheckPoll
	otherCheckPoll = 10 * time.Millisecond
	t.Cleanup(func() { otherCheckPoll = poll })
	f := newFixture(t)
	acct, err := f.store.SaveMailAccount(f.ctx, data.MailAccount{Name: "客服邮箱", Host: "mail.example.cn", Port: 993,
		Security: data.SecurityTLS, Username: "clerk", Active: true})
	if err != nil {
		t.Fatal(err)
	}
	const other = "office-pc/4242/scheduled"
	if ok, err := f.store.ClaimMailSync(f.ctx, acct.ID, other, time.Minute, nil); !ok || err != nil {
		t.Fatalf("claim: %v %v", ok, err)
	}
	f.desk.show("mail")
	f.settle()
	tray := f.desk.mail
	tray.checkNow()
	f.settle()
	if !strings.Contains(tray.msg.Text, "正在收取") || len(tray.items) != 0 {
		t.Fatalf("while the other program checks: %q, %d messages", tray.msg.Text, len(tray.items))
	}
	m := mailintake.Parse([]byte("From: 张先生 <zhang@example.cn>\r\nSubject: 电梯故障\r\nMessage-ID: <o@example.cn>\r\n\r\n电梯坏了。\r\n"), f.now)
	m.UID = 1
	if _, err := f.store.ImportMail(f.ctx, data.MailBatch{AccountID: acct.ID, Folder: acct.Folder, UIDValidity: 1, LastUID: 1,
		Messages: []data.InboundMail{m}}); err != nil {
		t.Fatal(err)
	}
	if err := f.store.ReleaseMailSync(f.ctx, acct.ID, other); err != nil {
		t.Fatal(err)
	}
	f.settleUntil("the tray lists what the other check brought", func() bool {
		return len(tray.items) == 1 && strings.Contains(tray.msg.Text, "客服邮箱：另一程序的收取已经结束")
	})
}

// A check whose connection broke after it stored mail says what it stored, in amber above the
// tray and on the dashboard: the mail is in the tray and the next check goes on from there. One
// that stored nothing, or stopped on a full disk, failed, in red.
func TestCutCheckSaysWhatItStored(t *testing.T) {
	f := newFixture(t)
	waiting := []data.UnfetchedMail{{UID: 20, Error: data.UnfetchedConnLost, Attempts: 1}, {UID: 21, Error: data.UnfetchedConnLost, Attempts: 1}}
	acct, _ := checkLeaving(t, f, waiting, 21)
	lost := &mailintake.ConnError{Step: mailintake.StepFetch, Host: "mail.example.cn", Port: 993, Err: errors.New("EOF")}
	fail := mailintake.Failure(lost)
	fail.Stored = 19
	if err := f.store.FailMailSync(f.ctx, acct.ID, acct.Folder, fail); err != nil {
		t.Fatal(err)
	}
	f.desk.show("mail")
	f.settle()
	status := f.desk.mail.status
	// Once: the messages it broke on are not named again.
	if !strings.Contains(status.Text, "的收取中途停止，已保存新邮件 19 封。读取邮件时与 mail.example.cn 的连接中断；下次收取会从中断处继续。") ||
		strings.Count(status.Text, "\n") != 0 || strings.Contains(status.Text, "收取失败") ||
		status.Importance != widget.WarningImportance {
		t.Errorf("above the tray (%v):\n%s", status.Importance, status.Text)
	}
	f.desk.show("dashboard")
	f.settle()
	if db := f.desk.dash; !db.failedBox.Hidden || db.checks.Hidden || db.checks.Importance != widget.WarningImportance ||
		!strings.Contains(db.checks.Text, "已保存新邮件 19 封") {
		t.Errorf("the dashboard: failed shown %v, checks %q (%v)", !db.failedBox.Hidden, db.checks.Text, db.checks.Importance)
	}
	// The same stop with nothing stored, and a full disk after some was, are failures.
	for _, c := range []struct {
		err    error
		stored int
	}{{lost, 0}, {fmt.Errorf("store: %w", data.ErrDiskFull), 5}} {
		fail := mailintake.Failure(c.err)
		fail.Stored = c.stored
		if err := f.store.FailMailSync(f.ctx, acct.ID, acct.Folder, fail); err != nil {
			t.Fatal(err)
		}
		f.desk.show("mail")
		f.settle()
		if status.Importance != widget.DangerImportance {
			t.Errorf("%v after %d stored: above the tray (%v):\n%s", c.err, c.stored, status.Importance, status.Text)
		}
	}
}

// Messages a check was fetching when its connection broke are said to be that, not the server's
// refusal, and without subjects the server never gave; one the connection breaks on again is
// said to be that too, in amber, the line to blame; messages without subject or sender are
// counted, not listed as untitled.
func TestTraySaysWhichMailACutCheckLeft(t *testing.T) {
	f := newFixture(t)
	var waiting []data.UnfetchedMail
	for i := 1; i <= 57; i++ {
		waiting = append(waiting, data.UnfetchedMail{UID: uint32(i), Error: data.UnfetchedConnLost})
	}
	acct, checks := checkLeaving(t, f, waiting, 60)
	text := strings.Join(checks.lines, "\n")
	if !strings.Contains(text, "客服邮箱：收取 57 封邮件时连接中断，下次收取时会再取。") || strings.Contains(text, "无主题") ||
		strings.Contains(text, "没有发送其内容") {
		t.Errorf("after a cut check the tray says:\n%s", text)
	}
	// The connection broke on one again at the next check: not the server's refusal either.
	if _, err := f.store.ImportMail(f.ctx, data.MailBatch{AccountID: acct.ID, Folder: acct.Folder, UIDValidity: 3, LastUID: 60,
		Gone: []uint32{2, 3}, Unfetched: waiting[:1]}); err != nil {
		t.Fatal(err)
	}
	checks, _ = mailChecks(f.ctx, f.store, time.UTC)
	text = strings.Join(checks.lines, "\n")
	if !strings.Contains(text, "收取 54 封邮件时连接中断") || !strings.Contains(text, "客服邮箱：收取 1 封邮件时，连接已不止一次中断。每次收取都会再试；") ||
		strings.Contains(text, "没有发送其内容") || checks.failing || !checks.cutShort {
		t.Errorf("after a second cut on one (failing %v):\n%s", checks.failing, text)
	}
}

// A message that could not be read is registered through the form, filled in from what it says,
// the complainant's number and flat too: an encrypted one says nothing, and its ciphertext is no
// complaint's text.
func TestRegisterUnreadableMailThroughTheForm(t *testing.T) {
	f := newFixture(t)
	sealed := mailintake.Parse([]byte("From: 周 <zhou@example.cn>\r\nMessage-ID: <pgp@example.cn>\r\n\r\n"+
		"-----BEGIN PGP MESSAGE-----\r\n\r\nhF4DFZTA+rN1iHYSAQdA\r\n-----END PGP MESSAGE-----\r\n"), f.now)
	noSender := mailintake.Parse([]byte("Subject: 停车费\r\nMessage-ID: <ns@example.cn>\r\n\r\n停车费多收了。我叫王大壮，住5栋1202，电话13912345678。\r\n"), f.now)
	batch := []data.InboundMail{sealed, noSender}
	for i := range batch {
		batch[i].UID = uint32(i + 1)
	}
	out, err := f.store.ImportMail(f.ctx, data.MailBatch{Messages: batch})
	if err != nil || out[0].State != data.MailFailed || out[1].State != data.MailFailed {
		t.Fatalf("import: %+v %v", out, err)
	}
	for i, want := range []struct{ subject, desc, note, name, phone, address string }{
		{"", "", "该邮件已加密", "周", "", ""},
		{"停车费", "停车费多收了。我叫王大壮，住5栋1202，电话13912345678。", "以下内容取自未能自动登记的邮件。", "王大壮", "13912345678", "5栋1202"},
	} {
		m, err := f.store.Message(f.ctx, out[i].ID)
		if err != nil {
			t.Fatal(err)
		}
		f.desk.registerMail(m)
		f.settle()
		form := f.desk.intake
		if form.fields.subject.Text != want.subject || form.fields.desc.Text != want.desc || !strings.HasPrefix(form.note.Text, want.note) {
			t.Errorf("message %d: subject %q, text %q, note %q", i, form.fields.subject.Text, form.fields.desc.Text, form.note.Text)
		}
		// The complainant as the text gives them, as a complaint the mail opened would have them.
		if fl := form.fields; fl.name.Text != want.name || fl.phone.Text != want.phone || fl.address.Text != want.address {
			t.Errorf("message %d: complainant %q, %q, %q", i, fl.name.Text, fl.phone.Text, fl.address.Text)
		}
	}
}

// A failed check is said of the server it tried, though the account was changed since.
func TestFailedCheckNamesTheServerTried(t *testing.T) {
	f := newFixture(t)
	acct, err := f.store.SaveMailAccount(f.ctx, data.MailAccount{Name: "客服邮箱", Host: "127.0.0.1", Port: 1,
		Security: data.SecurityNone, Username: "clerk", Active: true})
	if err != nil {
		t.Fatal(err)
	}
	refused := &mailintake.ConnError{Step: mailintake.StepConnect, Reason: mailintake.ReasonRefused, Host: acct.Host, Port: acct.Port}
	if err := f.store.FailMailSync(f.ctx, acct.ID, acct.Folder, mailintake.Failure(refused)); err != nil {
		t.Fatal(err)
	}
	acct.Host, acct.Port, acct.Security = "mail.example.cn", 993, data.SecurityTLS
	if _, err := f.store.SaveMailAccount(f.ctx, *acct); err != nil {
		t.Fatal(err)
	}
	checks, err := mailChecks(f.ctx, f.store, time.UTC)
	if err != nil {
		t.Fatal(err)
	}
	if text := strings.Join(checks.lines, "\n"); !strings.Contains(text, "邮件服务器 127.0.0.1 拒绝了端口 1 上的连接") {
		t.Errorf("the tray says:\n%s", text)
	}
}

// A message's row names its case before the sender and the subject, which a narrow tray cuts;
// the reader names the case too.
func TestTrayRowAndReaderNameTheCase(t *testing.T) {
	newFixture(t) // in Chinese
	at := time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)
	m := &data.MailMessage{State: data.MailReply, ComplaintRef: "TS-2026-000301", FromName: "王芳", FromEmail: "wf@example.cn",
		Subject: "回复：关于三号楼电梯多次停运、维修后仍然故障的投诉", ReceivedAt: at}
	// The time is short, to leave room for the subject: the hour today, the day this year.
	for _, tc := range []struct {
		now  time.Time
		want string
	}{
		{at.Add(time.Hour), "09:00  案件回复 TS-2026-000301  王芳  回复："},
		{at.AddDate(0, 0, 1), "11-23 09:00  案件回复 TS-2026-000301  王芳  回复："},
		{at.AddDate(1, 0, 0), "2026-11-23  案件回复 TS-2026-000301  王芳  回复："},
	} {
		if row := trayRow(m, time.UTC, tc.now); !strings.HasPrefix(row, tc.want) {
			t.Errorf("at %s: row %q", tc.now, row)
		}
	}
	if head := mailHeadText(m, time.UTC, nil); !strings.Contains(head, "投诉编号：TS-2026-000301\n状态：案件回复") {
		t.Errorf("reader head %q", head)
	}
}

// The reader names the complainant where the sender is not them: a reply from another address
// than theirs, a failed message registered by hand for someone.
func TestReaderNamesTheComplainantWhoDidNotSend(t *testing.T) {
	newFixture(t) // in Chinese
	at := time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		m    *data.MailMessage
		want string // "" for no complainant line
	}{
		{&data.MailMessage{State: data.MailReply, Direction: data.DirIn, FromName: "李建国", FromEmail: "lijianguo@qq.com",
			Complainant: "周杰", ComplainantEmail: "zhoujie@163.com"}, "投诉人：周杰 <zhoujie@163.com>（不是发件人）"},
		{&data.MailMessage{State: data.MailReply, Direction: data.DirIn, FromName: "周杰", FromEmail: "ZhouJie@163.com",
			Complainant: "周杰", ComplainantEmail: "zhoujie@163.com"}, ""},
		{&data.MailMessage{State: data.MailComplaint, Complainant: "赵生"}, "投诉人：赵生"},
		{&data.MailMessage{State: data.MailComplaint, FromName: "李建国", FromEmail: "lijianguo@qq.com", Complainant: "李建国",
			ComplainantEmail: "lijianguo@qq.com", Subject: "回复：[TS-2026-009999] 处理进展"}, "主题中的编号 TS-2026-009999：未归入该投诉"},
		// A reply on a closed case the clerk registered as its repeat complaint names the case.
		{&data.MailMessage{State: data.MailComplaint, FromName: "李建国", FromEmail: "lijianguo@qq.com", Complainant: "李建国",
			ComplainantEmail: "lijianguo@qq.com", Subject: "回复：[TS-2026-000001] 处理进展", RepeatOfRef: "TS-2026-000001"}, "重复投诉（原编号）：TS-2026-000001"},
	} {
		tc.m.ReceivedAt, tc.m.ComplaintRef = at, "TS-2026-000043"
		head := mailHeadText(tc.m, time.UTC, nil)
		if tc.want == "" && strings.Contains(head, "投诉人：") || tc.want != "" && !strings.Contains(head, tc.want) ||
			tc.m.RepeatOfRef != "" && strings.Contains(head, "未归入") {
			t.Errorf("%s → %s: reader head %q, want %q", tc.m.FromEmail, tc.m.Complainant, head, tc.want)
		}
	}
}

// A message attached without a file name (a forward as attachment) goes by its subject in the
// reader and when saved; a delivery report keeps its type.
func TestAttachedMessageGoesByItsSubject(t *testing.T) {
	f := newFixture(t)
	m := mailintake.Parse([]byte("From: zhao@example.cn\r\nSubject: fw\r\nMessage-ID: <fw@example.cn>\r\n"+
		"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n请处理。\r\n"+
		"--b\r\nContent-Type: message/rfc822\r\n\r\nFrom: zhou@example.cn\r\nSubject: =?UTF-8?B?5bCP5Yy65Z6D5Zy+56uZ6Iet5ZGz5Lil6YeN?=\r\n\r\n臭。\r\n"+
		"--b\r\nContent-Type: message/delivery-status\r\n\r\nStatus: 5.0.0\r\n--b--\r\n"), f.now)
	m.UID = 1
	out, err := f.store.ImportMail(f.ctx, data.MailBatch{Messages: []data.InboundMail{m}})
	if err != nil {
		t.Fatal(err)
	}
	stored, err := f.store.Message(f.ctx, out[0].ID)
	if err != nil || len(stored.Attachments) != 2 {
		t.Fatalf("%+v %v", stored, err)
	}
	r := newMailReader(f.desk)
	if got := r.attachedSubject(stored.Attachments[0]); got != "小区垃圾站臭味严重" {
		t.Errorf("the attached message's subject %q", got)
	}
	if got := r.attachedSubject(stored.Attachments[1]); got != "" {
		t.Errorf("the delivery report's subject %q", got)
	}
	r.show(stored, time.UTC)
	if got := labelText(r.files); !strings.Contains(got, "附带的邮件：小区垃圾站臭味严重") || !strings.Contains(got, "📎 投递状态报告 (") {
		t.Errorf("the reader's files:\n%s", got)
	}
}

// importOwnersMail stores n complaints by mail from n owners, received every so often before now,
// the first the newest.
func importOwnersMail(t *testing.T, f *fixture, n int, every time.Duration) {
	t.Helper()
	var batch []data.InboundMail
	for i := 1; i <= n; i++ {
		m := mailintake.Parse([]byte(fmt.Sprintf("From: owner%d@example.cn\r\nSubject: 电梯%d\r\nMessage-ID: <k%d@example.cn>\r\n\r\n电梯停了。\r\n", i, i, i)),
			f.now.Add(-time.Duration(i)*every))
		m.UID = uint32(i)
		batch = append(batch, m)
	}
	if _, err := f.store.ImportMail(f.ctx, data.MailBatch{Messages: batch}); err != nil {
		t.Fatal(err)
	}
}

// Up and Down in the tray open the message above or below the one open; Enter opens the one in
// focus.
func TestTrayFollowsTheArrowKeys(t *testing.T) {
	f := newFixture(t)
	importOwnersMail(t, f, 3, time.Hour)
	f.desk.show("mail")
	f.settle()
	tray := f.desk.mail
	if len(tray.items) != 3 {
		t.Fatalf("%d messages listed", len(tray.items))
	}
	tray.list.Select(0)
	f.settle()
	for _, step := range []struct {
		key  fyne.KeyName
		want int
	}{{fyne.KeyDown, 1}, {fyne.KeyDown, 2}, {fyne.KeyDown, 2}, {fyne.KeyUp, 1}, {fyne.KeyReturn, 1}} {
		tray.list.TypedKey(&fyne.KeyEvent{Name: step.key})
		f.settle()
		if tray.selected == nil || tray.selected.ID != tray.items[step.want].ID {
			t.Fatalf("after %s: %+v open, want row %d", step.key, tray.selected, step.want)
		}
	}
}

// The reader keeps the clerk's place in a message shown again (the tray read after a check) and
// starts another at its top.
func TestReaderKeepsItsPlaceInTheSameMessage(t *testing.T) {
	f := newFixture(t)
	r := newMailReader(f.desk)
	w := test.NewWindow(r.view)
	defer w.Close()
	w.Resize(fyne.NewSize(400, 200))
	long := &data.MailMessage{ID: 1, State: data.MailComplaint, FromEmail: "a@example.cn", Subject: "长信",
		Text: strings.Repeat("电梯又停了，请尽快修理。\n", 80), ReceivedAt: f.now}
	other := &data.MailMessage{ID: 2, State: data.MailComplaint, FromEmail: "b@example.cn", Subject: "短信", Text: "停水了。",
		ReceivedAt: f.now}
	r.show(long, time.UTC)
	r.view.Offset = fyne.NewPos(0, 300)
	r.view.Refresh()
	r.show(long, time.UTC)
	if r.view.Offset.Y != 300 {
		t.Errorf("the same message again: offset %v, want 300", r.view.Offset.Y)
	}
	r.show(other, time.UTC)
	if r.view.Offset.Y != 0 {
		t.Errorf("another message: offset %v, want 0", r.view.Offset.Y)
	}
}

// A check storing thousands of messages moves the progress bar ten times a second at most, and
// always to its end.
func TestProgressGateLetsFewUpdatesThrough(t *testing.T) {
	var g progressGate
	passed := 0
	for done := int64(1); done <= 5000; done++ {
		if g.pass(done, 5000) {
			passed++
		}
	}
	if passed < 2 || passed > 10 {
		t.Errorf("%d of 5000 updates passed in a moment", passed)
	}
	if !g.pass(5000, 5000) {
		t.Error("the last update did not pass")
	}
}

// The reader lists the sender's other open cases; only those registered before the case the
// email opened offer to file the email on them, so a complaint is never filed on the case its
// own out-of-office answer opened later.
func TestFileOnlyOnEarlierCases(t *testing.T) {
	f := newFixture(t)
	r := newMailReader(f.desk)
	var filed []string
	r.showRelated("王秀英", []*data.Complaint{{ID: 5, Ref: "TS-2026-000005"}, {ID: 9, Ref: "TS-2026-000009"}}, 7,
		func(ref string) { filed = append(filed, ref) })
	var buttons []*widget.Button
	for _, o := range r.related.Objects {
		if row, ok := o.(*fyne.Container); ok {
			for _, c := range row.Objects {
				if b, ok := c.(*widget.Button); ok {
					buttons = append(buttons, b)
				}
			}
		}
	}
	if len(buttons) != 1 {
		t.Fatalf("%d buttons to file the email, want 1 (on the earlier case)", len(buttons))
	}
	test.Tap(buttons[0])
	if len(filed) != 1 || filed[0] != "TS-2026-000005" {
		t.Errorf("filed on %q, want TS-2026-000005", filed)
	}
	var links []string
	walk(r.related, func(c fyne.CanvasObject) {
		if l, ok := c.(*widget.Hyperlink); ok {
			links = append(links, l.Text)
		}
	})
	if len(links) != 2 || !strings.HasPrefix(links[1], "TS-2026-000009") {
		t.Errorf("the cases listed: %q, want both", links)
	}
}

// While a check runs, the bar moves as messages come and as they are stored, and the line under
// it counts them.
func TestCheckSaysHowManyCame(t *testing.T) {
	f := newFixture(t)
	f.desk.show("mail")
	f.settle()
	tray := f.desk.mail
	tray.check.Disable()
	tray.showChecked(mailintake.Progress{Fetched: 2, Stored: 1, Total: 4})
	f.settle()
	if got := tray.progress.Value; got != 3.0/8 {
		t.Errorf("the bar at %v, want 3/8", got)
	}
	if want := "正在收取邮件：4 封新邮件中已收到 2 封，已保存 1 封……"; tray.msg.Text != want {
		t.Errorf("the tray says %q, want %q", tray.msg.Text, want)
	}
	// Messages asked for again count beyond the new ones: the bar stops at its end.
	tray.moved = progressGate{}
	tray.showChecked(mailintake.Progress{Fetched: 6, Stored: 5, Total: 4})
	f.settle()
	if got := tray.progress.Value; got != 1 {
		t.Errorf("the bar at %v past the new messages, want 1", got)
	}
}

// A message without a sender, read again, says why it still opens no complaint, not that it
// cannot be read: its text is shown.
func TestReadAgainSaysWhyNoComplaint(t *testing.T) {
	f := newFixture(t)
	m := mailintake.Parse([]byte("Subject: 匿名举报\r\nMessage-ID: <anon@example.cn>\r\n\r\n保安夜间睡岗。\r\n"), f.now)
	m.UID = 1
	out, err := f.store.ImportMail(f.ctx, data.MailBatch{Messages: []data.InboundMail{m}})
	if err != nil || out[0].State != data.MailFailed {
		t.Fatalf("%+v %v", out, err)
	}
	f.desk.show("mail")
	f.settle()
	stored, err := f.store.Message(f.ctx, out[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	f.desk.mail.retry(stored)
	f.settleUntil("the message is read again", func() bool { return strings.HasPrefix(f.desk.mail.msg.Text, "已重新读取") })
	if got := f.desk.mail.msg.Text; got != "已重新读取，结果不变：邮件没有发件人地址，因此未登记投诉。" {
		t.Errorf("the tray says %q", got)
	}
}

// A message kept unread for its size is read whole only once the clerk confirms: its problem
// says how to read it, and closing the question reads nothing.
func TestLargeMailIsReadAgainOnlyWhenConfirmed(t *testing.T) {
	f := newFixture(t)
	big := []byte("From: li@example.cn\r\nSubject: 外墙渗水视频\r\nMessage-ID: <big@example.cn>\r\n\r\n" + strings.Repeat("x", 3<<20))
	m := mailintake.ParseHeader(big[:200], int64(len(big)), 1<<20, f.now)
	m.Raw, m.UID = big, 1
	out, err := f.store.ImportMail(f.ctx, data.MailBatch{Messages: []data.InboundMail{m}})
	if err != nil || out[0].State != data.MailFailed {
		t.Fatalf("%+v %v", out, err)
	}
	f.desk.show("mail")
	f.settle()
	tray := f.desk.mail
	tray.list.Select(0)
	f.settle()
	if text := readerText(tray.reader); !strings.Contains(text, "已按原样保存，未读取内容。可点“打开 .eml”用邮件程序查看，或点“重新读取”完整读取。") ||
		!strings.Contains(trayRow(tray.items[0], time.UTC, f.now), "过大未读取") {
		t.Errorf("the tray reads\n%s", text)
	}
	test.Tap(findButtonIn(t, tray.actions, "重新读取"))
	f.settle()
	if len(f.desk.dialogs) != 1 || !tapDialogButton(f, "取消") {
		t.Fatalf("read again without a question (%d dialogs)", len(f.desk.dialogs))
	}
	f.settle()
	if stored, _ := f.store.Message(f.ctx, out[0].ID); stored.State != data.MailFailed {
		t.Fatalf("read after the question was cancelled: %s", stored.State)
	}
	test.Tap(findButtonIn(t, tray.actions, "重新读取"))
	f.settle()
	if !tapDialogButton(f, "重新读取") {
		t.Fatal("no confirmation")
	}
	f.settleUntil("the message is read whole", func() bool { return strings.HasPrefix(tray.msg.Text, "重新读取：新投诉") })
}

// Registering an automatic message from a sender with an open case names that case in the
// question first: an out-of-office answer to the office's mail about it is no new complaint.
func TestRegisteringAutomaticMailNamesTheSendersOpenCase(t *testing.T) {
	f := newFixture(t)
	first := mailintake.Parse([]byte("From: wang@example.cn\r\nSubject: 车库漏水\r\nMessage-ID: <c1@example.cn>\r\n\r\n车库漏水。\r\n"),
		f.now.Add(-2*time.Hour))
	first.UID = 1
	away := mailintake.Parse([]byte("From: wang@example.cn\r\nSubject: 自动回复：车库漏水\r\nMessage-ID: <a1@example.cn>\r\n"+
		"Auto-Submitted: auto-replied\r\n\r\n我休假中。\r\n"), f.now.Add(-time.Hour))
	away.UID = 2
	out, err := f.store.ImportMail(f.ctx, data.MailBatch{Messages: []data.InboundMail{first, away}})
	if err != nil || out[0].State != data.MailComplaint || out[1].State != data.MailAuto {
		t.Fatalf("import: %+v, %v", out, err)
	}
	f.desk.show("mail")
	f.settle()
	tray := f.desk.mail
	m, err := f.store.Message(f.ctx, out[1].ID)
	if err != nil {
		t.Fatal(err)
	}
	tray.register(m)
	f.settle()
	overlay := f.win.Canvas().Overlays().Top()
	if overlay == nil {
		t.Fatal("no confirmation asked")
	}
	if got := labelText(overlay); !strings.Contains(got, "wang@example.cn 已有未结投诉："+out[0].ComplaintRef+"。") {
		t.Errorf("the question reads %q", got)
	}
}

// After a check that brought mail, the tray shows the top of its list, where the new mail is,
// and the message being read stays selected below.
func TestCheckShowsTheNewMail(t *testing.T) {
	f := newFixture(t)
	importOwnersMail(t, f, 60, time.Minute)
	f.desk.show("mail")
	f.settle()
	tray := f.desk.mail
	tray.list.Select(59)
	f.settle()
	if tray.list.GetScrollOffset() == 0 {
		t.Fatal("the list did not scroll to the last message")
	}
	selected := tray.selected
	tray.newest = true
	tray.reload()
	f.settle()
	if off := tray.list.GetScrollOffset(); off != 0 {
		t.Errorf("after the check the list is scrolled to %v, not its top", off)
	}
	if tray.selected == nil || tray.selected.ID != selected.ID {
		t.Errorf("the message read is no longer selected: %+v", tray.selected)
	}
	// Read again without a check, the list stays where it was.
	tray.list.ScrollTo(59)
	f.settle()
	tray.reload()
	f.settle()
	if tray.list.GetScrollOffset() == 0 {
		t.Error("read again without a check, the list went back to its top")
	}
}

// Mail another program stores (a scheduled `complaintctl mail sync`) is listed in the open
// window within moments, its new complaint counted in the navigation, without the clerk
// leaving the tray.
func TestMailStoredByAnotherProgramIsShown(t *testing.T) {
	defer func(every time.Duration) { mailMarkEvery = every }(mailMarkEvery)
	mailMarkEvery = 20 * time.Millisecond
	f := newFixture(t)
	f.desk.show("mail")
	f.settle()
	before := len(f.desk.mail.items)
	other, err := data.Open(f.path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	raw := "From: 钱芳 <qf@163.com>\r\nSubject: 地库积水\r\nMessage-ID: <other-1@163.com>\r\n\r\n地库B2积水，请处理。\r\n"
	in := mailintake.Parse([]byte(raw), f.now)
	if _, err := other.ImportMail(f.ctx, data.MailBatch{Messages: []data.InboundMail{in}}); err != nil {
		t.Fatal(err)
	}
	deadline := time.After(5 * time.Second)
	for len(f.desk.mail.items) == before {
		select {
		case fn := <-f.queue:
			fn()
			f.settle()
		case <-deadline:
			t.Fatalf("the tray still lists %d messages after another program stored one", before)
		}
	}
	if got := f.desk.mail.items[0].Subject; got != "地库积水" {
		t.Errorf("the newest row is %q", got)
	}
}

// The dashboard fits a window 1024 pixels wide whatever its cases are called: a row's text
// shortens to its card. A row opens its case when clicked, and with Enter.
func TestDashboardFitsASmallWindow(t *testing.T) {
	f := newFixture(t)
	long := f.complaint("Alexandra Konstantinopoulou-Fitzgerald", "13000000001",
		"地下车库B2层东侧通风系统自十月以来持续异常，噪音扰民且排风不足，多次报修无果，请尽快派人彻底检修", 200)
	f.complaint("欧阳明轩", "13000000002", "Elevator in Tower 3 has been out of service since Monday morning", 1)
	f.desk.show("dashboard")
	f.settle()
	if w := f.win.Content().MinSize().Width; w > 1024 {
		t.Errorf("the window needs %.0f px for the dashboard", w)
	}
	var row *caseRow
	for _, sec := range f.desk.dash.sections {
		for _, o := range sec.list.Objects {
			if r, ok := o.(*caseRow); ok && strings.HasPrefix(r.text, long.Ref) {
				row = r
			}
		}
	}
	if row == nil {
		t.Fatalf("no row for %s", long.Ref)
	}
	test.Tap(row)
	f.settle()
	if f.desk.current != "case" || f.desk.caseView == nil || f.desk.caseView.ref != long.Ref {
		t.Fatalf("a click on the row opened %q", f.desk.current)
	}
	f.desk.show("dashboard")
	f.settle()
	for _, sec := range f.desk.dash.sections {
		for _, o := range sec.list.Objects {
			if r, ok := o.(*caseRow); ok && strings.HasPrefix(r.text, long.Ref) {
				r.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
			}
		}
	}
	f.settle()
	if f.desk.current != "case" {
		t.Errorf("Enter on the row opened %q", f.desk.current)
	}
}

// The tray is worked from the keyboard: Ctrl+6 puts the cursor in its search box, Down or Enter
// goes on to the list, and Page Up, Page Down, Home and End move through it by pages and to its
// ends.
func TestMailTrayKeys(t *testing.T) {
	f := newFixture(t)
	f.bounces(60)
	for _, m := range f.win.MainMenu().Items {
		for _, it := range m.Items {
			if sc, ok := it.Shortcut.(interface{ Key() fyne.KeyName }); ok && sc.Key() == fyne.Key6 {
				it.Action()
			}
		}
	}
	f.settle()
	tray := f.desk.mail
	if f.desk.current != "mail" || f.win.Canvas().Focused() != tray.search {
		t.Fatalf("Ctrl+6: %q, focus on %T", f.desk.current, f.win.Canvas().Focused())
	}
	f.win.Resize(fyne.NewSize(1024, 700))
	f.relayout()
	key := func(k fyne.KeyName) {
		f.win.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: k})
		f.settle()
	}
	at := func() int {
		if tray.selected == nil {
			return -1
		}
		return slices.IndexFunc(tray.items, func(m *data.MailMessage) bool { return m.ID == tray.selected.ID })
	}
	key(fyne.KeyDown)
	if f.win.Canvas().Focused() != tray.list || at() != 0 {
		t.Fatalf("Down from the search: focus on %T, message %d", f.win.Canvas().Focused(), at())
	}
	page := tray.list.page()
	if page < 3 || page > 20 {
		t.Errorf("a page of %d rows", page)
	}
	for _, step := range []struct {
		key  fyne.KeyName
		want int
	}{
		{fyne.KeyDown, 1}, {fyne.KeyPageDown, 1 + page}, {fyne.KeyEnd, 59}, {fyne.KeyPageDown, 59},
		{fyne.KeyPageUp, 59 - page}, {fyne.KeyHome, 0}, {fyne.KeyPageUp, 0},
	} {
		key(step.key)
		if at() != step.want {
			t.Errorf("%s: message %d, want %d", step.key, at(), step.want)
		}
	}
	// From a search, Enter goes on to the first message found: the one read is not among them.
	f.win.Canvas().Focus(tray.search)
	test.Type(tray.search, "bounce 5")
	f.settleUntil("the search", func() bool { return len(tray.items) == 11 })
	tray.search.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	f.settle()
	if f.win.Canvas().Focused() != tray.list || tray.selected == nil || tray.selected.Subject != "bounce 59" {
		t.Errorf("Enter in the search: focus on %T, reading %+v", f.win.Canvas().Focused(), tray.selected)
	}
}

// The header dialog sets a long encoded subject's decoded line with its arrow: the arrow does
// not stand alone on a line above the text.
func TestHeaderShowsALongDecodedSubjectWithItsArrow(t *testing.T) {
	f := newFixture(t)
	subject := strings.Repeat("锦华花园三栋电梯停运", 12)
	f.readInTray("From: 李雷 <lilei@example.cn>\r\nSubject: =?utf-8?b?"+base64.StdEncoding.EncodeToString([]byte(subject))+
		"?=\r\nMessage-ID: <lift@example.cn>\r\n\r\n电梯又坏了。\r\n", data.MailComplaint)
	f.desk.showHeader(f.desk.mail.selected)
	f.settle()
	top := f.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no header dialog")
	}
	var lines []string
	walk(top, func(o fyne.CanvasObject) {
		if tx, ok := o.(*canvas.Text); ok {
			lines = append(lines, tx.Text)
		}
	})
	joined := strings.Join(lines, "\n")
	if !strings.Contains(joined, "→锦华花园三栋") {
		t.Errorf("the dialog reads:\n%s", joined)
	}
	for _, l := range lines {
		if strings.TrimSpace(l) == "→" {
			t.Errorf("the arrow stands alone:\n%s", joined)
		}
	}
	f.desk.closeTopDialog()
}
