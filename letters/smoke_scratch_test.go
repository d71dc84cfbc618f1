package letters

import (
	"os"
	"testing"
	"time"

	"complaintdesk/data"
)

func TestScratchRender(t *testing.T) {
	now := time.Date(2026, 11, 23, 10, 0, 0, 0, shanghai)
	due := now.Add(7 * 24 * time.Hour)
	c := &data.Complaint{Ref: "TS-2026-000123", Channel: data.ChannelLetter, ReceivedAt: now.Add(-48 * time.Hour),
		Complainant: data.Complainant{Name: "张伟", Company: "3栋1204室", Phone: "13812345678", Address: "深圳市南山区科技园路1号"},
		Subject: "电梯频繁故障", Description: "3栋2号电梯本周内三次停运，其中一次困人二十分钟，物业响应缓慢。", Remedy: "尽快彻底维修并书面说明原因。",
		Level: 2, Department: "engineering", Handler: "liming", RootCause: "电梯控制板老化，维保单位巡检不到位。",
		Solution: "已更换控制板，并对维保单位进行考核扣款。", Prevention: "每月增加一次专项巡检，并在大堂公示维保记录。",
		Result: "电梯已于11月22日修复并通过检测，运行正常。我们已对维保单位进行考核，并增加专项巡检。", DueResolve: &due, AcknowledgedAt: &now}
	office := data.Office{Name: "华庭物业管理有限公司", Dept: "客户服务部", Address: "深圳市南山区科技园路1号", Phone: "0755-88886666", Email: "service@huating.example"}
	for _, k := range Kinds {
		d, err := Compose(k, "zh-Hans", Case{Complaint: c, Office: office, Department: "工程部", Handler: "李明", Date: now})
		if err != nil {
			t.Fatal(err)
		}
		out, err := Render(d, Options{ArchiveCopy: k == KindReply})
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile("/tmp/lt/"+string(k)+".pdf", out.PDF, 0o644)
		t.Log(k, out.Pages, len(out.PDF), d.Missing)
	}
}
