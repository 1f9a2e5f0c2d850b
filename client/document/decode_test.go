package document

import (
	"errors"
	"os"
	"strings"
	"testing"
)

const testCID = "bafkreitestcidfortestmessages"

// mutate returns the golden document with old replaced by new (once), and
// fails the test if old is not there: a case that mutates nothing could
// never fail.
func mutate(t *testing.T, file, old, new string) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/golden/" + file)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	if !strings.Contains(s, old) {
		t.Fatalf("%s does not contain %q", file, old)
	}
	return []byte(strings.Replace(s, old, new, 1))
}

// decodeErr runs one decoder and returns its *Error.
func decodeErr(t *testing.T, file string, data []byte) *Error {
	t.Helper()
	var err error
	switch {
	case strings.HasPrefix(file, "schema"):
		_, err = DecodeSchema(testCID, data)
	case strings.HasPrefix(file, "manifest"):
		_, err = DecodeManifest(testCID, data)
	case strings.HasPrefix(file, "task"):
		_, err = DecodeTask(testCID, data)
	case strings.HasPrefix(file, "labels"):
		_, err = DecodeLabels(testCID, data)
	}
	if err == nil {
		t.Fatalf("decoding succeeded: %s", data)
	}
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v (%T) is not a *document.Error", err, err)
	}
	if e.CID != testCID || !strings.Contains(err.Error(), testCID) {
		t.Errorf("error %q does not name the CID", err)
	}
	return e
}

// TestDecodeRefuses feeds each decoder one fault at a time and checks the
// error names the field and says what is wrong.
func TestDecodeRefuses(t *testing.T) {
	big := strings.Repeat("x", MaxTaskSize)
	cases := []struct {
		name, file, old, new string
		field, reason        string
	}{
		// Whole-document faults.
		{"oversize task", "task1.json", `"r1"`, `"r1","meta":{"pad":"` + big + `"}`, "", "over the 65536-byte cap"},
		{"invalid UTF-8", "task1.json", "quiet", "qu\xffet", "", "invalid UTF-8 at byte"},
		{"syntax error", "task1.json", `"id":"r1"`, `"id":"r1",,`, "", "invalid JSON at byte"},
		{"trailing data", "task1.json", `it."}`, `it."}{}`, "", "trailing data"},
		{"truncated", "task1.json", `it."}`, `it."`, "", "truncated"},
		{"pretty-printed", "task1.json", `"id":"r1"`, `"id": "r1"`, "", "not in canonical form"},
		{"duplicate key", "task1.json", `"id":"r1"`, `"id":"r0","id":"r1"`, "", "not in canonical form"},
		{"escaped HTML", "task1.json", `<b>`, `\u003cb>`, "", "not in canonical form"},
		{"keys out of order", "task2.json", `"lang":"de","source":"imdb"`, `"source":"imdb","lang":"de"`, "", "not in canonical form"},
		// Version.
		{"wrong version", "task1.json", `kappa/task@1`, `kappa/task@2`, "version", `"kappa/task@2" is not supported`},
		{"schema as task", "task1.json", `kappa/task@1`, `kappa/schema@1`, "version", "not supported"},
		{"missing version", "task1.json", `"version":"kappa/task@1",`, ``, "version", "missing"},
		// Task fields.
		{"unknown field", "task1.json", `"id":"r1"`, `"id":"r1","answer":2`, "answer", "unknown field"},
		{"empty text", "task1.json", `"text":"A quiet, devastating film. <b>Go.</b> & see it."`, `"text":""`, "text", "empty"},
		{"blank text", "task1.json", `"text":"A quiet, devastating film. <b>Go.</b> & see it."`, `"text":" \n "`, "text", "empty"},
		{"text is a number", "task1.json", `"text":"A quiet, devastating film. <b>Go.</b> & see it."`, `"text":42`, "text", "where a string is expected"},
		{"control character", "task1.json", `quiet`, `qu\u001biet`, "text", "control character U+001B"},
		{"empty id", "task1.json", `"id":"r1"`, `"id":""`, "id", "empty"},
		{"meta not strings", "task2.json", `"lang":"de"`, `"lang":1`, "meta", "where a string is expected"},
		// Schema fields.
		{"bad kind", "schema.json", `"kind":"single"`, `"kind":"several"`, "kind", `"several" is not`},
		{"duplicate hotkey", "schema.json", `"hotkey":"2"`, `"hotkey":"1"`, "labels[1].hotkey", `"1" is also the hotkey of labels[0]`},
		{"duplicate label id", "schema.json", `"id":"neutral"`, `"id":"negative"`, "labels[1].id", "also the id of labels[0]"},
		{"two-key hotkey", "schema.json", `"hotkey":"2"`, `"hotkey":"22"`, "labels[1].hotkey", "more than one character"},
		{"space hotkey", "schema.json", `"hotkey":"2"`, `"hotkey":" "`, "labels[1].hotkey", "not a printable key"},
		{"bad label id", "schema.json", `"id":"neutral"`, `"id":"Neutral!"`, "labels[1].id", "use a-z"},
		{"reward not decimal", "schema.json", `"reward":"10000000000000000"`, `"reward":"1e16"`, "tiers[0].reward", "not a decimal integer"},
		{"reward as number", "schema.json", `"reward":"10000000000000000"`, `"reward":10000000000000000`, "tiers.reward", "where a string is expected"},
		{"reward leading zero", "schema.json", `"reward":"10000000000000000"`, `"reward":"010000000000000000"`, "tiers[0].reward", "leading zero"},
		{"reward zero", "schema.json", `"reward":"10000000000000000"`, `"reward":"0"`, "tiers[0].reward", "zero"},
		{"reward over uint256", "schema.json", `"reward":"10000000000000000"`, `"reward":"` + strings.Repeat("9", 78) + `"`, "tiers[0].reward", "larger than 2^256-1"},
		{"reward over uint128", "schema.json", `"reward":"10000000000000000"`, `"reward":"340282366920938463463374607431768211456"`, "tiers[0].reward", "larger than 2^128-1"},
		{"fee over uint128", "schema.json", `"reviewerFee":"20000000000000000"`, `"reviewerFee":"340282366920938463463374607431768211456"`, "reviewerFee", "larger than 2^128-1"},
		{"reputation over uint32", "schema.json", `"minReputation":100`, `"minReputation":4294967296`, "tiers[1].minReputation", "over the contract's limit"},
		{"negative fee", "schema.json", `"reviewerFee":"20000000000000000"`, `"reviewerFee":"-1"`, "reviewerFee", "not a decimal integer"},
		{"no tiers", "schema.json", `"tiers":[{"name":"easy","reward":"10000000000000000","minReputation":0},{"name":"hard","reward":"50000000000000000","minReputation":100}]`, `"tiers":[]`, "tiers", "at least one tier"},
		{"negative reputation", "schema.json", `"minReputation":100`, `"minReputation":-1`, "tiers.minReputation", "non-negative integer"},
		{"one label", "schema.json", `,{"id":"neutral","name":"Neutral or mixed","hotkey":"2"},{"id":"positive","name":"Positive","hotkey":"3","description":"The reviewer likes the film."}`, ``, "labels", "at least 2"},
		// Manifest fields.
		{"bad schema CID", "manifest.json", `"schema":"bafk`, `"schema":"xafk`, "schema", "not a CID"},
		{"bad task CID", "manifest.json", `"tasks":["bafk`, `"tasks":["Bafk`, "chunks[0].tasks[0]", "not"},
		{"ids not increasing", "manifest.json", `"id":1,`, `"id":0,`, "chunks[1].id", "strictly increasing"},
		{"empty chunk", "manifest.json", `"tasks":["bafkreicjtjaeqbqm3judtjnmoom3pig65v77rqbk4yiqtkonxfl2te5qyy"]`, `"tasks":[]`, "chunks[0].tasks", "empty"},
		{"task in two chunks", "manifest.json", `"tasks":["bafkreiddn5nlvkdmbisxoqli5zpzdnqv3t4r35sxzfwe6uzseluns5bpze"]`, `"tasks":["bafkreicjtjaeqbqm3judtjnmoom3pig65v77rqbk4yiqtkonxfl2te5qyy"]`, "chunks[1].tasks[0]", "is also chunks[0].tasks[0]"},
		{"short gold", "manifest.json", `"gold":"0x5ca1ab1e0`, `"gold":"0x5ca1ab1e`, "chunks.gold", "where"},
		// Every chunk commits to its gold, so chunks without gold tasks
		// cannot be told apart (the hub refuses a leaf without one).
		{"chunk without gold", "manifest.json", `,"gold":"0x5ca1ab1e00000000000000000000000000000000000000000000000000000000"`, ``, "chunks[0].gold", "missing"},
		{"upper-case gold", "manifest.json", `"gold":"0x5ca1ab1e`, `"gold":"0x5CA1AB1E`, "", "not in canonical form"},
		{"gold answers", "manifest.json", `"tier":1,`, `"tier":1,"answers":[1],`, "answers", "unknown field"},
		{"tier over 255", "manifest.json", `"tier":1`, `"tier":256`, "chunks.tier", "uint8"},
		// Label document fields.
		{"bad annotator", "labels.json", `"annotator":"0x71562b71999873db5b286df957af199ec94617f7"`, `"annotator":"0x71562b71999873db5b286df957af199ec94617"`, "annotator", "address"},
		{"zero hub", "labels.json", `"hub":"0x00000000000000000000000000000000c0ffee01"`, `"hub":"0x0000000000000000000000000000000000000000"`, "hub", "zero address"},
		{"upper-case hub", "labels.json", `"hub":"0x00000000000000000000000000000000c0ffee01"`, `"hub":"0x00000000000000000000000000000000C0FFEE01"`, "", "not in canonical form"},
		{"campaign as address", "labels.json", `"campaign":3`, `"campaign":"0x01"`, "campaign", "where a non-negative integer"},
		{"tampered campaign", "labels.json", `"campaign":3`, `"campaign":4`, "signature", "not by the annotator"},
		{"label out of range", "labels.json", `"label":2`, `"label":256`, "labels[0].label", "out of range"},
		{"tampered label", "labels.json", `"label":2`, `"label":1`, "signature", "not by the annotator"},
		{"tampered time", "labels.json", `"timeMs":4210`, `"timeMs":4211`, "signature", "not by the annotator"},
		{"missing signature", "labels.json", `,"signature":"{SIG}"`, ``, "signature", "missing"},
		{"bad V", "labels.json", `{SIG}`, `{SIGV29}`, "signature", "recovery byte V is 29"},
		{"zero chain", "labels.json", `"chainId":1337`, `"chainId":0`, "chainId", "zero"},
		{"duplicate task", "labels.json", `"task":"bafkreiddn5nlvkdmbisxoqli5zpzdnqv3t4r35sxzfwe6uzseluns5bpze"`, `"task":"bafkreicjtjaeqbqm3judtjnmoom3pig65v77rqbk4yiqtkonxfl2te5qyy"`, "labels[1].task", "also labels[0]"},
		{"empty client", "labels.json", `"client":"kappa/0.1.0"`, `"client":""`, "client", "empty"},
	}
	// The golden signature, so that cases about it survive a change of the
	// golden document.
	golden, err := os.ReadFile("testdata/golden/labels.json")
	if err != nil {
		t.Fatal(err)
	}
	_, sig, _ := strings.Cut(string(golden), `"signature":"`)
	sig = strings.TrimSuffix(sig, `"}`)
	if len(sig) != 132 {
		t.Fatalf("golden signature %q is not 65 bytes of hex", sig)
	}
	placeholders := strings.NewReplacer("{SIG}", sig, "{SIGV29}", sig[:130]+"1d")
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			old, new := placeholders.Replace(tc.old), placeholders.Replace(tc.new)
			e := decodeErr(t, tc.file, mutate(t, tc.file, old, new))
			if e.Field != tc.field {
				t.Errorf("field = %q, want %q (error: %v)", e.Field, tc.field, e)
			}
			if !strings.Contains(e.Error(), tc.reason) {
				t.Errorf("error %q does not say %q", e, tc.reason)
			}
		})
	}
}

// TestErrorFormat pins the message form callers and users see.
func TestErrorFormat(t *testing.T) {
	e := decodeErr(t, "task1.json", mutate(t, "task1.json", `"text":"A quiet, devastating film. <b>Go.</b> & see it."`, `"text":""`))
	if want := `task ` + testCID + `: field "text": empty`; e.Error() != want {
		t.Errorf("got %q, want %q", e.Error(), want)
	}
}
