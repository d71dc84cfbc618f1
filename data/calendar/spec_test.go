package calendar

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

func TestParseSpec(t *testing.T) {
	tests := []struct {
		in   string
		want Spec
		err  string // part of the error message; "" when the spec is valid
	}{
		{"24h", Spec{24, Hours}, ""},
		{"8wh", Spec{8, WorkingHours}, ""},
		{"7wd", Spec{7, WorkingDays}, ""},
		{"3d", Spec{3, Days}, ""},
		{" 1WD ", Spec{1, WorkingDays}, ""},
		{"2 wh", Spec{2, WorkingHours}, ""},
		{"250wd", Spec{250, WorkingDays}, ""},
		{"", Spec{}, "empty"},
		{"   ", Spec{}, "empty"},
		{"0wd", Spec{}, "greater than 0"},
		{"-3h", Spec{}, "greater than 0"},
		{"+3h", Spec{}, "not a whole number"},
		{"1.5h", Spec{}, "not a whole number"},
		{"7xx", Spec{}, `unknown unit "xx"`},
		{"7m", Spec{}, `unknown unit "m"`},
		{"abc", Spec{}, "no number"},
		{"wd", Spec{}, "no number"},
		{"7", Spec{}, "no unit"},
		{"251wd", Spec{}, "at most 250wd"},
		{"99999999999999999999h", Spec{}, "not a whole number"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseSpec(tt.in)
			if tt.err == "" {
				if err != nil || got != tt.want {
					t.Fatalf("ParseSpec(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
				}
				if back, err := ParseSpec(got.String()); err != nil || back != got {
					t.Errorf("String %q does not parse back: %v", got.String(), err)
				}
				return
			}
			if !errors.Is(err, ErrInvalidSpec) || !strings.Contains(err.Error(), tt.err) {
				t.Fatalf("ParseSpec(%q) error = %v, want ErrInvalidSpec mentioning %q", tt.in, err, tt.err)
			}
		})
	}
}

func TestSpecText(t *testing.T) {
	type policy struct {
		Acknowledge Spec `json:"acknowledge"`
		Resolve     Spec `json:"resolve"`
	}
	tests := []struct {
		name string
		in   string
		want policy
		ok   bool
	}{
		{"valid", `{"acknowledge": "1wd", "resolve": "7wd"}`, policy{Spec{1, WorkingDays}, Spec{7, WorkingDays}}, true},
		{"invalid", `{"acknowledge": "0wd", "resolve": "7wd"}`, policy{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var p policy
			err := json.Unmarshal([]byte(tt.in), &p)
			if (err == nil) != tt.ok {
				t.Fatalf("Unmarshal = %v, want ok=%v", err, tt.ok)
			}
			if !tt.ok {
				return
			}
			if p != tt.want {
				t.Fatalf("Unmarshal = %+v, want %+v", p, tt.want)
			}
			b, err := json.Marshal(p)
			if err != nil || string(b) != `{"acknowledge":"1wd","resolve":"7wd"}` {
				t.Errorf("Marshal = %s, %v", b, err)
			}
		})
	}
	if _, err := json.Marshal(Spec{0, WorkingDays}); err == nil {
		t.Error("marshalling an invalid spec succeeded")
	}
}
