package decode

import "testing"

func TestSpamMark(t *testing.T) {
	tests := map[string]string{
		"X-Spam-Flag: YES\r\n": "X-Spam-Flag: YES",
		"X-Spam-Flag: NO\r\n":  "",
		"X-Spam-Status: Yes, score=9.1 required=5.0 tests=A\r\n":                                    "X-Spam-Status: Yes",
		"X-Spam-Status: No, score=-2.9 required=6.6 tests=[ALL_TRUSTED=-1,\r\n\tBAYES_00=-1.9]\r\n": "",
		"X-Spam: yes\r\n":                           "X-Spam: yes",
		"X-Spam-Level: ****\r\n":                    "",
		"Subject: yes\r\n":                          "",
		"X-Spam-Flag: NO\r\nX-Spam-Status: Yes\r\n": "X-Spam-Status: Yes",
	}
	for fields, want := range tests {
		m := Parse([]byte("From: a@b.example\r\n"+fields+"\r\nbody\r\n"), fixedTime)
		if m.Spam != want {
			t.Errorf("%q: spam mark %q, want %q", fields, m.Spam, want)
		}
		if m.Auto {
			t.Errorf("%q: automatic; spam is told apart", fields)
		}
	}
}
