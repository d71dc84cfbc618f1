package contact

import "testing"

// CheckPhone takes numbers as people write them, with an extension, and nothing else.
func TestCheckPhone(t *testing.T) {
	for _, ok := range []string{"", "13812345678", "021-5888 6666", "+86 (21) 5888-6666", "5888 6666 转 801", " 138 1234 5678 "} {
		if bad, ok2 := CheckPhone(ok); !ok2 || bad != 0 {
			t.Errorf("CheckPhone(%q) = %q, %v", ok, bad, ok2)
		}
	}
	for p, want := range map[string]rune{"abc": 'a', "1381234567y": 'y', "12": 0, "电话13812345678": '电',
		"1234567890123456789012345678901": 0} {
		if bad, ok := CheckPhone(p); ok || bad != want {
			t.Errorf("CheckPhone(%q) = %q, %v, want %q, false", p, bad, ok, want)
		}
	}
}

// IsEmail takes a plain address, not one with a name or two.
func TestIsEmail(t *testing.T) {
	for e, want := range map[string]bool{"": true, "wang@example.cn": true, " wang@example.cn ": true,
		"王 <wang@example.cn>": false, "wang": false, "a@b.cn, c@d.cn": false} {
		if got := IsEmail(e); got != want {
			t.Errorf("IsEmail(%q) = %v", e, got)
		}
	}
}

// A number is known by its digits however it was written.
func TestPhoneKey(t *testing.T) {
	for key, phones := range map[string][]string{
		"13800000001":      {"13800000001", "138-0000-0001", "+86 138 0000 0001", "86-13800000001", "0086 138 0000 0001", "１３８ ００００ ０００１"},
		"02158886666":      {"021-5888 6666", "+86 (21) 5888-6666", "+86 (0)21 5888 6666", "(021)58886666"},
		"057188886666x801": {"0571-88886666 转 801", "0571 8888 6666 ext. 801", "0571-88886666转801"},
		"91234567":         {"85291234567", "+852 9123 4567", "(852) 9123-4567", "852-91234567", "00852 9123 4567", "9123 4567"},
		"85366123456":      {"+853 6612 3456", "(853) 6612-3456"},
		"66123456":         {"6612 3456"},
		"0912345678":       {"+886 912 345 678", "0912-345-678", "886912345678"},
		"0227123456x123":   {"+886-2-2712-3456#123", "(02)2712-3456 分機 123", "02-2712-3456 轉123"},
		"4001234567":       {"400-123-4567", "+86 400 123 4567"},
		"95555":            {"95555", "+86 95555"},
		"09511234567":      {"0951-1234567", "+86 951 1234567"},
		"":                 {"", "见下文"},
	} {
		for _, p := range phones {
			if got := PhoneKey(p); got != key {
				t.Errorf("PhoneKey(%q) = %q, want %q", p, got, key)
			}
		}
	}
}
