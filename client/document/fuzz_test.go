package document

import (
	"bytes"
	"errors"
	"os"
	"testing"
)

// fuzzDecoder checks the properties every decoder must have on any input:
// no panic; a refusal is a *Error; an accepted document re-encodes to
// exactly the input bytes (one value, one CID).
func fuzzDecoder[T interface{ Encode() ([]byte, error) }](f *testing.F, golden []string, decode func(string, []byte) (T, error)) {
	for _, g := range golden {
		b, err := os.ReadFile("testdata/golden/" + g)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
		f.Add(b[:len(b)/2])
		f.Add(bytes.Replace(b, []byte(`"version":"kappa/`), []byte(`"version":"kappa-`), 1))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := decode("bafkfuzz", data)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error %v is a %T, not a *Error", err, err)
			}
			return
		}
		out, err := doc.Encode()
		if err != nil {
			t.Fatalf("accepted document does not encode: %v\ninput: %q", err, data)
		}
		if !bytes.Equal(out, data) {
			t.Fatalf("accepted a non-canonical document\ninput:   %q\nencoded: %q", data, out)
		}
	})
}

func FuzzDecodeTask(f *testing.F) {
	fuzzDecoder(f, []string{"task1.json", "task2.json"}, DecodeTask)
}

func FuzzDecodeSchema(f *testing.F) {
	fuzzDecoder(f, []string{"schema.json"}, DecodeSchema)
}

func FuzzDecodeManifest(f *testing.F) {
	fuzzDecoder(f, []string{"manifest.json"}, DecodeManifest)
}

func FuzzDecodeLabels(f *testing.F) {
	fuzzDecoder(f, []string{"labels.json"}, DecodeLabels)
}

// FuzzParseSchemaTOML checks that any TOML either gives a schema that
// encodes and decodes back, or a *Error.
func FuzzParseSchemaTOML(f *testing.F) {
	b, err := os.ReadFile("testdata/schema.toml")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add([]byte(minimalTOML))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := ParseSchemaTOML("fuzz.toml", data)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error %v is a %T, not a *Error", err, err)
			}
			return
		}
		out, err := s.Encode()
		if err != nil {
			t.Fatalf("accepted schema does not encode: %v", err)
		}
		if _, err := DecodeSchema("bafkfuzz", out); err != nil {
			t.Fatalf("encoded schema does not decode: %v", err)
		}
	})
}
