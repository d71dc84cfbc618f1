// Package demo fills a database with believable Chinese complaints, across every channel,
// category, level and status, with timelines, for trying the program and for load tests.
package demo

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"complaintdesk/data"
)

// Options say how much to make and from which seed.
type Options struct {
	Complaints int
	Seed       uint64
	Now        time.Time             // the present of the demo; zero: time.Now()
	Progress   func(done, total int) // optional
	Span       time.Duration         // how far back complaints are received; zero: by size
	batchSize  int
}

// Summary says what was made.
type Summary struct {
	Complaints int // the email ones included
	ByStatus   map[data.Status]int
	Mail       int // messages in the mail tray
	Letters    int // letters issued
}

var users = []data.User{
	{Name: "wangli", DisplayName: "王丽", Tier: 1, Role: data.RoleClerk, Department: "service", Active: true},
	{Name: "chenjing", DisplayName: "陈静", Tier: 1, Role: data.RoleClerk, Department: "service", Active: true},
	{Name: "zhaomin", DisplayName: "赵敏", Tier: 1, Role: data.RoleClerk, Department: "conference", Active: true},
	{Name: "liqiang", DisplayName: "李强", Tier: 2, Role: data.RoleSupervisor, Department: "service", Active: true},
	{Name: "sunhao", DisplayName: "孙浩", Tier: 2, Role: data.RoleSupervisor, Department: "engineering", Active: true},
	{Name: "zhangwei", DisplayName: "张伟", Tier: 3, Role: data.RoleDirector, Department: "service", Active: true},
}

var (
	surnames  = []string{"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹"}
	given     = []string{"伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建华", "文", "志强", "晓东", "海燕", "婷", "宇"}
	companies = []string{"", "", "", "华信科技有限公司", "蓝海贸易有限公司", "东方律师事务所", "鑫源餐饮管理有限公司",
		"星辰文化传媒", "恒达会计师事务所", "锦程旅行社", "瑞丰投资咨询", "新视界教育科技"}
	places = []string{"A座12层", "B座大堂", "地下停车场B2", "3号会议室", "C座电梯厅", "员工餐厅", "东门岗亭", "7栋2单元", "商业街铺面", "多功能厅"}
)

// matters are believable complaints per category: subject, what happened, what is asked for.
var matters = map[string][][3]string{
	"service": {
		{"前台接待态度冷淡", "上午到前台办理访客登记，接待人员一直低头看手机，询问两次才回应，语气很不耐烦。", "希望对当事员工进行教育并道歉"},
		{"客服电话无人接听", "连续三天拨打客服热线，均无人接听或转入语音信箱，问题一直无法反映。", "尽快安排专人回电处理"},
		{"保安出言不逊", "晚上回小区时因未带门禁卡，保安人员态度粗暴，言语不文明。", "要求保安公开道歉"},
	},
	"quality": {
		{"新装修墙面开裂", "入住不到三个月，客厅和卧室墙面出现多条裂缝，影响居住。", "要求免费修复并说明原因"},
		{"卫生间渗水到楼下", "卫生间地面防水层失效，楼下住户天花板出现水渍。", "尽快维修并赔偿楼下损失"},
		{"会议茶歇食品变质", "会议茶歇提供的蛋糕有异味，多名参会人员反映不适。", "退还茶歇费用并书面说明"},
	},
	"delay": {
		{"报修一周无人上门", "厨房水管漏水，报修后一周仍无维修人员上门，只能自行关闭总阀。", "今天内安排维修"},
		{"会议室布置延误", "预定的会议室在会议开始时仍未布置完成，投影设备未调试，耽误了半小时。", "减免部分场地费用"},
		{"快递代收延迟通知", "物业代收的包裹三天后才通知领取，生鲜已经变质。", "赔偿损失并改进通知流程"},
	},
	"fees": {
		{"物业费收费标准不明", "本年度物业费上涨，但未提前公示收费依据和明细。", "公开收费明细并说明上涨原因"},
		{"停车费重复扣款", "月租车位费本月被重复扣款两次，已提供银行流水。", "退还多扣的费用"},
		{"会议服务额外收费", "结算时出现合同外的设备使用费，事先未告知。", "取消不合理收费"},
	},
	"contract": {
		{"租赁合同条款变更未告知", "续签合同时发现免租期条款被删除，签约前未作说明。", "恢复原条款或重新协商"},
		{"加盟合同返利未兑现", "按合同约定的季度返利至今未到账，多次催问无果。", "按合同兑现返利"},
	},
	"facilities": {
		{"电梯频繁故障", "B座2号电梯本月已停运四次，有一次困人二十分钟。", "彻底检修并公布维保记录"},
		{"空调不制冷", "办公区中央空调温度始终在28度以上，员工无法正常办公。", "尽快维修恢复制冷"},
		{"门禁系统失灵", "单元门禁经常刷卡无反应，老人和小孩进出困难。", "更换门禁设备"},
	},
	"environment": {
		{"垃圾清运不及时", "小区垃圾桶连续两天未清运，气味很大，蚊蝇滋生。", "每天按时清运并消毒"},
		{"夜间施工噪音扰民", "隔壁商铺装修每天施工到晚上十一点，严重影响休息。", "限制施工时间"},
		{"公共区域卫生差", "楼道和电梯厅长期无人打扫，地面有污渍和烟头。", "加强保洁频次"},
	},
	"catering": {
		{"员工餐厅饭菜有异物", "午餐的青菜里发现头发，向窗口反映后未得到处理。", "整改后厨卫生并道歉"},
		{"餐费与菜品不符", "套餐价格上调但分量明显减少。", "恢复原分量或下调价格"},
	},
	"equipment": {
		{"会议音响杂音严重", "大型会议进行中音响持续出现杂音，影响演讲效果。", "赔偿并检修设备"},
		{"投影仪无法连接", "会议开始前投影仪无法连接笔记本电脑，技术人员二十分钟后才到。", "改进设备保障"},
	},
	"other": {
		{"宠物管理问题", "邻居遛狗不牵绳，多次吓到小孩，向物业反映后无人管理。", "加强宠物管理"},
		{"快递柜占用消防通道", "新安装的快递柜放在消防通道上，存在安全隐患。", "移走快递柜"},
	},
}

var departmentFor = map[string]string{"service": "service", "quality": "engineering", "delay": "engineering",
	"fees": "finance", "contract": "service", "facilities": "engineering", "environment": "cleaning",
	"catering": "catering", "equipment": "conference", "other": "security"}

var callTexts = []string{
	"已致电投诉人了解详细情况，投诉人情绪较为激动，已耐心解释处理流程和大致时间。",
	"回电告知处理进度，投诉人表示理解，同意等待维修结果。",
	"与投诉人约定上门查看时间为明天上午十点。",
	"电话告知处理结果，投诉人表示基本满意。",
}

// scannedCases is how many of the latest complaints keep the scan of their letter or fax.
const scannedCases = 200

// Fill adds opts.Complaints complaints. The same seed makes the same cases.
func Fill(ctx context.Context, s *data.Store, opts Options) (Summary, error) {
	sum := Summary{ByStatus: map[data.Status]int{}}
	if opts.Complaints < 0 {
		return sum, fmt.Errorf("demo: complaints must not be negative")
	}
	if opts.Now.IsZero() {
		opts.Now = time.Now()
	}
	if opts.batchSize == 0 {
		opts.batchSize = 1000
	}
	if opts.Span == 0 {
		days := 45 + opts.Complaints/40
		if days > 600 {
			days = 600
		}
		opts.Span = time.Duration(days) * 24 * time.Hour
	}
	// The demo's staff are set up by the program, whoever loads the demo.
	for _, u := range users {
		if err := s.SaveUser(data.WithActor(ctx, data.ActorSystem), u); err != nil {
			return sum, fmt.Errorf("demo: %w", err)
		}
	}
	office, err := s.OfficeProfile(ctx)
	if err != nil {
		return sum, fmt.Errorf("demo: %w", err)
	}
	if office.Name == "" {
		office = data.Office{Name: "锦华物业管理有限公司", Dept: "客户服务中心",
			Address: "上海市浦东新区世纪大道1888号锦华大厦1层", Phone: "021-5888 6666", Email: officeEmail}
		if err := s.SetOfficeProfile(data.WithActor(ctx, data.ActorSystem), office); err != nil {
			return sum, fmt.Errorf("demo: %w", err)
		}
	}
	r := rand.New(rand.NewPCG(opts.Seed, opts.Seed+0x5eed))
	people := makePeople(r, opts.Complaints/3+5)
	// Complaints are made oldest first, so that references run in time order.
	// Of twenty or more, the last few come in by email.
	regular := opts.Complaints
	if regular >= 20 {
		regular -= mailComplaints
	}
	times := make([]time.Time, regular)
	for i := range times {
		// Recent weeks are busier than the distant past.
		f := r.Float64()
		f = f * f
		t := opts.Now.Add(-time.Duration(f * float64(opts.Span)))
		times[i] = workingTime(r, t, opts.Now)
	}
	sortTimes(times)
	var refs []string
	for start := 0; start < len(times); start += opts.batchSize {
		end := min(start+opts.batchSize, len(times))
		err := s.Batch(ctx, func(b *data.Batch) error {
			for i := start; i < end; i++ {
				// The letters and faxes of recent weeks, which are answered in writing, are kept
				// as scans: few enough to keep the demo quick.
				scanTo := ""
				if i >= len(times)-scannedCases {
					scanTo = office.Name + office.Dept
				}
				st, ref, err := makeCase(ctx, b, r, people, times[i], opts.Now, refs, scanTo)
				if err != nil {
					return fmt.Errorf("case %d: %w", i+1, err)
				}
				sum.ByStatus[st]++
				if len(refs) < 5000 {
					refs = append(refs, ref)
				}
			}
			return nil
		})
		if err != nil {
			return sum, fmt.Errorf("demo: %w", err)
		}
		sum.Complaints = end
		if opts.Progress != nil {
			opts.Progress(end, len(times))
		}
	}
	issued, err := issueLetters(ctx, s, opts.Now)
	if err != nil {
		return sum, fmt.Errorf("demo: letters: %w", err)
	}
	sum.Letters = issued
	if regular < opts.Complaints {
		after := opts.Now.Add(-6 * time.Hour)
		if len(times) > 0 && times[len(times)-1].After(after) {
			after = times[len(times)-1]
		}
		n, made, err := fillMailbox(ctx, s, after, opts.Now)
		if err != nil {
			return sum, fmt.Errorf("demo: mail: %w", err)
		}
		if made != mailComplaints {
			return sum, fmt.Errorf("demo: mail: %d of the %d email complaints were opened", made, mailComplaints)
		}
		sum.Mail = n
		sum.Complaints += made
		sum.ByStatus[data.StatusRegistered] += made
	}
	if err := s.Analyze(ctx); err != nil {
		return sum, fmt.Errorf("demo: %w", err)
	}
	return sum, nil
}

func makePeople(r *rand.Rand, n int) []data.Complainant {
	out := make([]data.Complainant, n)
	types := data.ComplainantTypes
	for i := range out {
		name := surnames[r.IntN(len(surnames))] + given[r.IntN(len(given))]
		c := data.Complainant{Name: name, Type: types[r.IntN(len(types))],
			Phone: fmt.Sprintf("1%d%d%04d%04d", 3+r.IntN(7), r.IntN(10), i%10000, r.IntN(10000))}
		if r.IntN(3) == 0 {
			c.Email = fmt.Sprintf("user%d@example.cn", i+1)
		}
		if c.Type == data.TypeTenant || c.Type == data.TypeFranchisee {
			c.Company = companies[3+r.IntN(len(companies)-3)]
		}
		if r.IntN(2) == 0 {
			c.Address = fmt.Sprintf("锦华花园%d栋%d单元%d室", 1+r.IntN(12), 1+r.IntN(4), 101+r.IntN(20)*100+r.IntN(4))
		}
		out[i] = c
	}
	return out
}

// minTime is the earlier of two times.
func minTime(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

// workingTime moves t into office hours, where most complaints are taken.
func workingTime(r *rand.Rand, t, now time.Time) time.Time {
	loc := time.FixedZone("CST", 8*3600)
	t = t.In(loc)
	h := 9 + r.IntN(9)
	if h == 12 {
		h = 14
	}
	w := time.Date(t.Year(), t.Month(), t.Day(), h, r.IntN(60), r.IntN(60), 0, loc)
	// Later today than the present (or before the office opens at night): the same hour of
	// an earlier day.
	for w.After(now) {
		w = w.AddDate(0, 0, -1)
	}
	return w
}

// officeHours moves a time at night to the next morning, when the clerks are in.
func officeHours(t time.Time) time.Time {
	l := t.In(time.FixedZone("CST", 8*3600))
	switch h := l.Hour(); {
	case h < 9:
		return time.Date(l.Year(), l.Month(), l.Day(), 9, l.Minute(), l.Second(), 0, l.Location())
	case h >= 18:
		return time.Date(l.Year(), l.Month(), l.Day()+1, 9, l.Minute(), l.Second(), 0, l.Location())
	}
	return t
}

func sortTimes(ts []time.Time) {
	// Insertion into buckets by day keeps this linear for large fills.
	if len(ts) < 2 {
		return
	}
	minT, maxT := ts[0], ts[0]
	for _, t := range ts {
		if t.Before(minT) {
			minT = t
		}
		if t.After(maxT) {
			maxT = t
		}
	}
	span := maxT.Sub(minT)
	buckets := make([][]time.Time, len(ts))
	for _, t := range ts {
		i := 0
		if span > 0 {
			i = int(float64(t.Sub(minT)) / float64(span) * float64(len(ts)-1))
		}
		buckets[i] = append(buckets[i], t)
	}
	k := 0
	for _, b := range buckets {
		for i := 1; i < len(b); i++ {
			for j := i; j > 0 && b[j].Before(b[j-1]); j-- {
				b[j], b[j-1] = b[j-1], b[j]
			}
		}
		k += copy(ts[k:], b)
	}
}

var categoryCodes = []string{"service", "quality", "delay", "fees", "contract", "facilities", "environment",
	"catering", "equipment", "other"}

// makeCase registers one complaint and works it as far as its age makes believable.
// errPresent stops the work on a demo case whose next step would lie after the demo's present.
var errPresent = errors.New("demo: the next step lies in the future")

func makeCase(ctx context.Context, b *data.Batch, r *rand.Rand, people []data.Complainant, received, now time.Time,
	earlier []string, office string) (data.Status, string, error) {
	cat := categoryCodes[r.IntN(len(categoryCodes))]
	ms := matters[cat]
	m := ms[r.IntN(len(ms))]
	who := r.IntN(len(people))
	channel := data.Channels[r.IntN(len(data.Channels))]
	if r.IntN(3) == 0 {
		channel = data.ChannelPhone
	}
	// Who writes an email has an address, also in their later complaints.
	if channel == data.ChannelEmail && people[who].Email == "" {
		people[who].Email = fmt.Sprintf("user%d@example.cn", who+1)
	}
	p := people[who]
	taker := users[r.IntN(3)]
	at := func(t time.Time) context.Context {
		return data.WithTime(data.WithActor(ctx, taker.Name), t)
	}
	n := data.NewComplaint{Channel: channel, ReceivedAt: received, Complainant: p, Subject: m[0],
		Description: m[1], Remedy: m[2], Place: places[r.IntN(len(places))], TakenBy: taker.Name}
	repeat := len(earlier) > 20 && r.IntN(25) == 0
	if repeat {
		n.RepeatOf = earlier[r.IntN(len(earlier))]
		n.Subject = "再次投诉：" + m[0]
	}
	ref, err := b.Create(at(received), n)
	if err != nil {
		return "", "", err
	}
	// A letter or fax to the office is scanned as it is taken in.
	if name, ok := scanNames[channel]; ok && office != "" {
		scan, err := letterScan(n, office, channel == data.ChannelFax)
		if err != nil {
			return "", "", err
		}
		if err := b.AddEvidence(at(minTime(received.Add(5*time.Minute), now)), ref,
			data.NewEvidence{Filename: name[0], Data: scan, Note: name[1]}); err != nil {
			return "", "", err
		}
	}
	age := now.Sub(received)
	// How far the case has got: older cases are mostly closed, new ones still open.
	stage := 7
	switch {
	case age < 6*time.Hour:
		stage = r.IntN(2)
	case age < 3*24*time.Hour:
		stage = r.IntN(4)
	case age < 10*24*time.Hour:
		stage = 2 + r.IntN(5)
	case r.IntN(20) == 0:
		stage = 3 // a long case still in progress
	}
	// The case is worked step by step from its receipt; it stops where the next step would lie
	// in the future, so that no case has its work crowded into the last minute.
	status := data.StatusRegistered
	t := received
	advance := func(max time.Duration) error {
		next := officeHours(t.Add(time.Duration(r.Int64N(int64(max))) + 10*time.Minute))
		if next.After(now) {
			return errPresent
		}
		t = next
		return nil
	}
	act := func(p data.ActParams, max time.Duration, after data.Status) error {
		if err := advance(max); err != nil {
			return err
		}
		if err := b.Act(at(t), ref, p); err != nil {
			return err
		}
		status = after
		return nil
	}
	err = func() error {
		if stage == 0 {
			return nil
		}
		// Most cases are acknowledged within the working day; some are late.
		late := 20 * time.Hour
		if r.IntN(8) == 0 {
			late = 60 * time.Hour
		}
		if err := act(data.ActParams{Action: data.ActCall, Direction: data.DirOut, Contact: p.Phone,
			Duration: time.Duration(2+r.IntN(10)) * time.Minute, Text: callTexts[0]}, late, status); err != nil {
			return err
		}
		if err := act(data.ActParams{Action: data.ActAcknowledge}, time.Minute, data.StatusAcknowledged); err != nil {
			return err
		}
		level := []int{1, 1, 1, 2, 2, 3}[r.IntN(6)]
		if repeat && level < 2 {
			level = 2
		}
		if r.IntN(30) == 0 {
			return act(data.ActParams{Action: data.ActAssess, Category: cat, Level: level, Invalid: true,
				Reason: "经核实，所反映问题不属于本中心服务范围，已向投诉人解释并告知相关责任单位联系方式。"}, 4*time.Hour,
				data.StatusInvalid)
		}
		if stage == 1 {
			return nil
		}
		if err := act(data.ActParams{Action: data.ActAssess, Category: cat, Level: level}, 4*time.Hour, status); err != nil {
			return err
		}
		handler := users[r.IntN(len(users)-1)]
		if level >= 2 {
			handler = users[3+r.IntN(2)]
		}
		assign := data.ActParams{Action: data.ActAssign, Department: departmentFor[cat], Handler: handler.Name}
		// A very serious complaint involves customer service too, which keeps the complainant told.
		if level == 3 && assign.Department != "service" {
			assign.Involved = []string{"service"}
		}
		if err := act(assign, 4*time.Hour, data.StatusInProgress); err != nil {
			return err
		}
		if stage == 2 {
			return nil
		}
		if err := act(data.ActParams{Action: data.ActHandling, Handling: data.Handling{
			Investigation: "现场核实情况属实，已查看相关记录并与当班人员沟通。",
			RootCause:     []string{"人员培训不到位", "设备老化", "流程衔接不畅", "供应商质量问题", "排班不足"}[r.IntN(5)],
			Solution:      "已安排责任部门整改，并向投诉人说明处理方案。",
			Prevention:    "纳入月度检查项目，加强员工培训。"}}, 24*time.Hour, status); err != nil {
			return err
		}
		if err := act(data.ActParams{Action: data.ActCall, Direction: data.DirOut, Contact: p.Phone,
			Duration: 5 * time.Minute, Text: callTexts[1]}, 48*time.Hour, status); err != nil {
			return err
		}
		if stage == 3 {
			return nil
		}
		if err := act(data.ActParams{Action: data.ActResolve, Text: "问题已处理完毕：" + m[2] + "。已向投诉人说明结果。"},
			72*time.Hour, data.StatusResolved); err != nil {
			return err
		}
		if stage == 4 {
			return nil
		}
		rating := []int{1, 2, 2, 2, 3, 3, 4, 5}[r.IntN(8)]
		if rating >= 4 {
			if err := act(data.ActParams{Action: data.ActRate, Rating: rating}, 24*time.Hour, data.StatusReopened); err != nil {
				return err
			}
			if stage < 7 || r.IntN(2) == 0 {
				return nil
			}
			if err := act(data.ActParams{Action: data.ActResolve, Text: "经上级受理人复核，重新处理并补偿，投诉人接受。"},
				72*time.Hour, data.StatusResolved); err != nil {
				return err
			}
			rating = 3
		}
		if err := act(data.ActParams{Action: data.ActRate, Rating: rating}, 24*time.Hour, status); err != nil {
			return err
		}
		if stage == 5 {
			return nil
		}
		if err := act(data.ActParams{Action: data.ActClose}, time.Hour, data.StatusClosed); err != nil {
			return err
		}
		// Follow-ups of the last three weeks are partly still to do; older ones were made.
		if stage >= 7 && (age > 21*24*time.Hour || r.IntN(3) > 0) {
			if err := advance(48 * time.Hour); err != nil {
				return err
			}
			return b.RecordFollowUps(at(t), ref, "电话回访",
				strings.TrimSuffix(callTexts[3], "。")+"，无新的意见。", 1+r.IntN(3))
		}
		return nil
	}()
	if errors.Is(err, errPresent) {
		err = nil
	}
	return status, ref, err
}
