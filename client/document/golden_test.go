package document

import (
	"reflect"
	"testing"
)

// TestGolden pins the canonical bytes of every document type (a change
// changes every CID) and checks that decoding gives back the same value.
func TestGolden(t *testing.T) {
	tasks := sampleTasks(t)
	cases := []struct {
		file   string
		encode func() ([]byte, error)
		decode func([]byte) (any, error)
		value  any
	}{
		{"schema.json", sampleSchema(t).Encode, func(b []byte) (any, error) { return DecodeSchema("x", b) }, sampleSchema(t)},
		{"manifest.json", sampleManifest(t).Encode, func(b []byte) (any, error) { return DecodeManifest("x", b) }, sampleManifest(t)},
		{"task1.json", tasks[0].Encode, func(b []byte) (any, error) { return DecodeTask("x", b) }, tasks[0]},
		{"task2.json", tasks[1].Encode, func(b []byte) (any, error) { return DecodeTask("x", b) }, tasks[1]},
		{"labels.json", sampleLabels(t).Encode, func(b []byte) (any, error) { return DecodeLabels("x", b) }, sampleLabels(t)},
	}
	for _, tc := range cases {
		t.Run(tc.file, func(t *testing.T) {
			b, err := tc.encode()
			if err != nil {
				t.Fatalf("encode: %v", err)
			}
			golden(t, tc.file, b)
			again, err := tc.encode()
			if err != nil || string(again) != string(b) {
				t.Fatalf("second encoding differs (err %v)", err)
			}
			got, err := tc.decode(b)
			if err != nil {
				t.Fatalf("decode: %v", err)
			}
			if !reflect.DeepEqual(got, tc.value) {
				t.Errorf("decoded %+v, want %+v", got, tc.value)
			}
		})
	}
}
