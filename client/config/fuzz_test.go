package config

import (
	"os"
	"reflect"
	"testing"
)

// FuzzParse feeds arbitrary text to the configuration parser. It must not
// panic, every rejection must be an *Error naming the file, and whatever it
// accepts must survive Encode and Parse unchanged.
func FuzzParse(f *testing.F) {
	if data, err := os.ReadFile("testdata/full.toml"); err == nil {
		f.Add(data)
	}
	f.Add([]byte(Template))
	f.Add([]byte("[profiles.devnet]\nchain_id = 1337\nrpcurl = \"x\"\n"))
	f.Add([]byte("[profiles.a]\ncontracts = { token = \"0x00000000000000000000000000000000000000a1\" }\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg, err := Parse(data, "fuzz.toml")
		if err != nil {
			ce, ok := err.(*Error)
			if !ok || ce.Path != "fuzz.toml" {
				t.Fatalf("error %v (%T) is not a *config.Error for the file", err, err)
			}
			return
		}
		out, err := cfg.Encode()
		if err != nil {
			t.Fatalf("accepted config does not encode: %v", err)
		}
		again, err := Parse(out, "fuzz.toml")
		if err != nil {
			t.Fatalf("re-encoded config does not parse: %v\n%s", err, out)
		}
		if !reflect.DeepEqual(normalize(cfg), normalize(again)) {
			t.Fatalf("round trip changed the config:\n%+v\n%+v", cfg, again)
		}
	})
}

// normalize maps empty tables to nil: TOML cannot tell them apart.
func normalize(f *File) *File {
	g := *f
	if len(g.Profiles) == 0 {
		g.Profiles = nil
	}
	ps := map[string]Profile{}
	for k, p := range g.Profiles {
		if len(p.Contracts) == 0 {
			p.Contracts = nil
		}
		ps[k] = p
	}
	if g.Profiles != nil {
		g.Profiles = ps
	}
	return &g
}
