package contact

import "strings"

// EitherScript is a pattern of words written in Simplified Chinese that matches them written in
// Traditional characters too, as offices in Hong Kong, Macau and Taiwan and their residents
// write: each character of traditional becomes a class of its forms ("维修" → "[维維]修"). A
// character inside a class of the pattern, or after a backslash, stays as it is.
func EitherScript(pattern string) string {
	var b strings.Builder
	inClass, escaped := false, false
	for _, r := range pattern {
		switch {
		case escaped:
			escaped = false
			b.WriteRune(r)
			continue
		case r == '\\':
			escaped = true
		case r == '[':
			inClass = true
		case r == ']':
			inClass = false
		}
		if t, ok := traditional[r]; ok && !inClass {
			b.WriteString("[" + string(r) + t + "]")
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// traditional are the Traditional forms of the Simplified characters of the words the contact
// rules look for.
var traditional = map[rune]string{
	'业': "業", '东': "東", '个': "個", '为': "為爲", '亲': "親", '会': "會", '传': "傳", '写': "寫",
	'况': "況", '务': "務", '单': "單", '厅': "廳", '发': "發", '台': "臺檯", '号': "號", '员': "員",
	'复': "覆復", '学': "學", '宾': "賓", '对': "對", '导': "導", '师': "師", '废': "廢", '开': "開",
	'户': "戶", '拨': "撥", '机': "機", '条': "條", '来': "來", '构': "構", '楼': "樓", '洁': "潔",
	'点': "點", '爱': "愛", '电': "電", '着': "著", '码': "碼", '纸': "紙", '练': "練", '经': "經",
	'维': "維", '联': "聯", '讲': "講", '诉': "訴", '话': "話", '说': "說", '请': "請", '资': "資",
	'负': "負", '责': "責", '购': "購", '费': "費", '车': "車", '这': "這", '递': "遞", '邻': "鄰",
	'铺': "鋪舖", '销': "銷", '错': "錯", '长': "長", '门': "門", '问': "問", '饭': "飯", '馆': "館",
	'系': "係繫", '简': "簡", '讯': "訊", '处': "處", '团': "團", '卫': "衛", '厦': "廈", '护': "護",
	'动': "動", '区': "區", '层': "層", '栋': "棟", '间': "間", '乐': "樂", '场': "場", '厂': "廠", '园': "園",
	'现': "現", '独': "獨", '设': "設", '办': "辦", '换': "換", '儿': "兒", '妈': "媽", '妇': "婦", '属': "屬", '爷': "爺", '给': "給", '络': "絡", '谢': "謝", '阁': "閣", '湾': "灣", '险': "險", '证': "證", '贸': "貿", '营': "營",
	'档': "檔", '摊': "攤", '库': "庫", '参': "參", '届': "屆", '编': "編", '总': "總", '专': "專", '线': "線",
	'内': "內", '陆': "陸", '进': "進", '岁': "歲", '访': "訪", '欢': "歡", '尽': "盡儘", '马': "馬", '赶': "趕", '时': "時", '烦': "煩", '柜': "櫃", '广': "廣", '转': "轉",
	'贵': "貴", '仓': "倉", '训': "訓", '举': "舉", '调': "調", '临': "臨", '较': "較",
	'备': "備", '仅': "僅", '领': "領", '组': "組", '监': "監", '叠': "疊", '别': "別", '托': "託", '结': "結",
	'队': "隊", '与': "與", '买': "買",
}
