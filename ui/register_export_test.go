package ui

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"complaintdesk/data"
)

// The register exports what its filters select, every page of it, as an Excel workbook that
// says what was selected and holds the contact details and deadlines the screen has no room for.
func TestRegisterExportsTheFilteredComplaints(t *testing.T) {
	f := newFixture(t)
	defer func(n int) { exportPage = n }(exportPage)
	exportPage = 2 // several pages from five complaints
	for i, name := range []string{"张伟", "王芳", "刘洋", "陈静", "李娜"} {
		f.complaint(name, "1300000000"+string(rune('1'+i)), "停车场收费过高", 200+i) // overdue
	}
	f.complaint("赵敏", "13100000001", "电梯故障", 1)
	if _, err := f.store.Act(f.ctx, "TS-2026-000001", data.ActParams{Action: data.ActAcknowledge}); err != nil {
		t.Fatal(err)
	}
	f.desk.show("register")
	f.settle()
	r := f.desk.reg
	r.overdue.SetChecked(true)
	f.settle()
	name, read, err := r.exportFile()
	if err != nil {
		t.Fatal(err)
	}
	if name != "投诉登记簿-20261123-1000.xlsx" {
		t.Errorf("file name %q", name)
	}
	b, err := read(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	x, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	rows, err := x.GetRows("投诉登记簿")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 4+5 {
		t.Fatalf("%d rows, want the title, the header and the 5 overdue complaints: %q", len(rows), rows)
	}
	if !strings.Contains(rows[1][0], "已逾期") || !strings.Contains(rows[1][0], "共 5 件") {
		t.Errorf("the title does not say what was selected: %q", rows[1][0])
	}
	head := strings.Join(rows[3], "|")
	if !strings.HasPrefix(head, "编号|受理时间|渠道|投诉人|公司/单位|电话|邮箱|事由|类别|等级|状态|部门|协办部门|处理人|受理人|受理时限|受理确认时间") {
		t.Errorf("header %q", head)
	}
	var first []string
	for _, row := range rows[4:] {
		if row[0] == "TS-2026-000001" {
			first = row
		}
		if row[len(row)-1] != "是" {
			t.Errorf("%s not marked overdue: %q", row[0], row)
		}
	}
	if first == nil || first[3] != "张伟" || first[5] != "13000000001" || first[10] != "已受理" || first[14] != "系统管理员" ||
		first[16] == "" || !strings.HasPrefix(first[1], "2026-11-") {
		t.Errorf("the first complaint's row %q", first)
	}
}
