package contact

import "testing"

func TestZZDbg(t *testing.T) {
	for _, s := range []string{"物业公司你好我是富春苑10栋3单元502的老杨杨宝山我们这个单元的电梯已经坏了三天了", "物业公司你好我是富春苑10栋3单元502的老杨杨宝山我们这个单元的电梯坏了"} {
		t.Logf("sa=%q", sentenceAddress(s))
		for _, m := range ownAddress.FindAllStringSubmatchIndex(s, 3) {
			for g := 2; g+1 < len(m); g += 2 {
				if m[g] >= 0 {
					t.Logf("  group %d %q", g/2, s[m[g]:m[g+1]])
				}
			}
		}
	}
}
