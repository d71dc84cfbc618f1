package data

import (
	"errors"
	"testing"
)

func TestCheck(t *testing.T) {
	assessed := func(st Status) *Complaint {
		return &Complaint{Status: st, Category: "service", Level: 1, Department: "service"}
	}
	tests := []struct {
		name    string
		c       *Complaint
		action  Action
		wantErr string // Problem code, "" when allowed
	}{
		{"acknowledge a new complaint", &Complaint{Status: StatusRegistered}, ActAcknowledge, ""},
		{"acknowledge twice", assessed(StatusAcknowledged), ActAcknowledge, "transition"},
		{"assign before assessment", &Complaint{Status: StatusAcknowledged}, ActAssign, "not_assessed"},
		{"assign after assessment", assessed(StatusAcknowledged), ActAssign, ""},
		{"assign before acknowledging", assessed(StatusRegistered), ActAssign, "transition"},
		{"resolve without department", &Complaint{Status: StatusInProgress, Level: 1, Category: "x"}, ActResolve, "not_assigned"},
		{"resolve in progress", assessed(StatusInProgress), ActResolve, ""},
		{"close without result", assessed(StatusResolved), ActClose, "no_result"},
		{"close without rating", &Complaint{Status: StatusResolved, Result: "done"}, ActClose, "no_rating"},
		{"close with rating 3", &Complaint{Status: StatusResolved, Result: "done", Satisfaction: 3}, ActClose, ""},
		{"close with reason for no rating", &Complaint{Status: StatusResolved, Result: "done", NoRatingReason: "unreachable"}, ActClose, ""},
		{"close with rating 4", &Complaint{Status: StatusResolved, Result: "done", Satisfaction: 4}, ActClose, "no_rating"},
		{"close in progress", assessed(StatusInProgress), ActClose, "transition"},
		{"note on a closed case", assessed(StatusClosed), ActNote, "transition"},
		{"reopen a closed case", assessed(StatusClosed), ActReopen, ""},
		{"reopen an invalid case", &Complaint{Status: StatusInvalid}, ActReopen, ""},
		{"rate before resolving", assessed(StatusInProgress), ActRate, "transition"},
		{"escalate unassessed", &Complaint{Status: StatusRegistered}, ActEscalate, "not_assessed"},
		{"work a reopened case", assessed(StatusReopened), ActResolve, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Check(tt.c, tt.action)
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("Check = %v, want allowed", err)
				}
				return
			}
			p, ok := AsProblem(err)
			if !ok || p.Code != tt.wantErr || !errors.Is(err, ErrForbidden) {
				t.Fatalf("Check = %v, want problem %q", err, tt.wantErr)
			}
		})
	}
}

func TestAllowedOffersOnlyLegalActions(t *testing.T) {
	c := &Complaint{Status: StatusClosed}
	got := Allowed(c)
	if len(got) != 1 || got[0] != ActReopen {
		t.Fatalf("closed case offers %v, want only reopen", got)
	}
	for _, a := range Allowed(&Complaint{Status: StatusRegistered}) {
		if a == ActAssign || a == ActClose || a == ActResolve {
			t.Errorf("a new complaint offers %s", a)
		}
	}
}

func TestRate(t *testing.T) {
	tests := []struct {
		name        string
		level       int
		rating      int
		wantStatus  Status
		wantLevel   int
		wantMeeting bool
		wantErr     bool
	}{
		{"very satisfied", 1, 1, StatusResolved, 1, false, false},
		{"acceptable", 2, 3, StatusResolved, 2, false, false},
		{"dissatisfied at level 1", 1, 4, StatusReopened, 2, false, false},
		{"very dissatisfied at level 2", 2, 5, StatusReopened, 3, false, false},
		{"dissatisfied at level 3 goes to the meeting", 3, 4, StatusReopened, 3, true, false},
		{"rating 0", 1, 0, "", 0, false, true},
		{"rating 6", 1, 6, "", 0, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := Rate(&Complaint{Status: StatusResolved, Level: tt.level}, tt.rating)
			if tt.wantErr {
				if !errors.Is(err, ErrInvalid) {
					t.Fatalf("Rate = %v, want invalid", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if out.Status != tt.wantStatus || out.Level != tt.wantLevel || out.ManagementMeeting != tt.wantMeeting {
				t.Fatalf("Rate = %+v, want %s level %d meeting %v", out, tt.wantStatus, tt.wantLevel, tt.wantMeeting)
			}
		})
	}
}

func TestMinLevelForRepeat(t *testing.T) {
	id := int64(1)
	if MinLevel(&Complaint{}) != 1 || MinLevel(&Complaint{RepeatOf: &id}) != 2 {
		t.Fatal("a repeat complaint must be at least level 2")
	}
}

func TestCheckPhone(t *testing.T) {
	for _, ok := range []string{"", "13812345678", "021-5888 6666", "+86 (21) 5888-6666", "5888 6666 转 801"} {
		if err := CheckPhone(ok); err != nil {
			t.Errorf("CheckPhone(%q) = %v", ok, err)
		}
	}
	for _, bad := range []string{"abc", "1381234567x", "12", "电话13812345678"} {
		if err := CheckPhone(bad); err == nil {
			t.Errorf("CheckPhone(%q) accepted", bad)
		}
	}
}

func TestBigrams(t *testing.T) {
	for in, want := range map[string]string{
		"电梯故障":           "电梯 梯故 故障",
		"停车费，重复扣款":       "停车 车费 重复 复扣 扣款",
		"Li Qiang 13800": "li qi ia an ng 13 38 80 00",
		"一":              "",
		"Ärger, ÖL":      "är rg ge er öl",
		"电梯AB坏":          "电梯 梯a ab b坏",
	} {
		if got := Bigrams(in); got != want {
			t.Errorf("Bigrams(%q) = %q, want %q", in, got, want)
		}
	}
}
