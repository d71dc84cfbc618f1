package contact

import (
	"fmt"
	"testing"
)

func TestZZX(t *testing.T) {
	text := "Dear Management Office,\n\nI live at Flat 20B, Block 3 and I'm writing to complain about the clubhouse pool.\n\nI'm reachable on 9488 2017 (WhatsApp is fine).\n\nThanks,\nSarah O'Connell"
	fmt.Printf("%q %q %q\n", englishOwnPlace(text), sentenceAddress(text), Read(Mail{Name: "Sarah O'Connell", Text: text}).Address)
	fmt.Println(englishTenantOf.FindStringSubmatch(text))
}
