package document

import (
	"os"
	"testing"
)

func benchDecode[T any](b *testing.B, file string, decode func(string, []byte) (T, error)) {
	data, err := os.ReadFile("testdata/golden/" + file)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := decode("bafkbench", data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecodeTask measures the strict decode of a task, the step
// between a cache hit and the text on screen.
func BenchmarkDecodeTask(b *testing.B) { benchDecode(b, "task2.json", DecodeTask) }

// BenchmarkDecodeLabels measures a label document decode, signature
// recovery included (reviewers read k of them per disputed chunk).
func BenchmarkDecodeLabels(b *testing.B) { benchDecode(b, "labels.json", DecodeLabels) }

// BenchmarkDecodeSchema measures a schema decode.
func BenchmarkDecodeSchema(b *testing.B) { benchDecode(b, "schema.json", DecodeSchema) }
