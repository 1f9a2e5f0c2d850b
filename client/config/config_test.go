package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestParseFull(t *testing.T) {
	f, err := Load("testdata/full.toml")
	if err != nil {
		t.Fatal(err)
	}
	if f.DefaultProfile != "sepolia" || len(f.Profiles) != 2 {
		t.Fatalf("parsed %+v", f)
	}
	p := f.Profiles["sepolia"]
	if p.ChainID != 11155111 || p.Contracts[ContractRegistry] != "0x00000000000000000000000000000000000000a3" || p.IPFSAPI != "ipfs.example.org:5001" {
		t.Errorf("sepolia = %+v", p)
	}
}

// TestParseErrors: every malformed file names the key and its line.
func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, toml string
		line       int
		key, msg   string
	}{
		{"unknown top-level key", "colour = \"red\"\n", 1, "colour", "unknown key"},
		{"unknown profile key with hint",
			"[profiles.devnet]\nchain_id = 1337\nrpcurl = \"http://x:1\"\n", 3, "profiles.devnet.rpcurl", "did you mean rpc_url"},
		{"wrong type", "[profiles.devnet]\n\nchain_id = \"1337\"\n", 3, "profiles.devnet.chain_id", "incompatible types"},
		{"negative chain id", "[profiles.devnet]\nchain_id = -1\n", 2, "profiles.devnet.chain_id", "positive whole number"},
		{"zero chain id", "[profiles.devnet]\nrpc_url = \"http://a:1\"\nchain_id = 0\n", 3, "profiles.devnet.chain_id", "positive whole number"},
		{"syntax", "[profiles.devnet]\nrpc_url = http://x\n", 2, "profiles.devnet.rpc_url", "expected"},
		{"bad address", "[profiles.a]\naccount = \"0x12\"\n", 2, "profiles.a.account", "not a 20-byte hex address"},
		{"bad contract", "[profiles.a]\n[profiles.a.contracts]\ntoken = \"nope\"\n", 3, "profiles.a.contracts.token", "not a 20-byte hex address"},
		{"inline contract table", "[profiles.a]\ncontracts = { token = \"nope\" }\n", 2, "profiles.a.contracts.token", "not a 20-byte hex address"},
		{"bad rpc url", "[profiles.a]\n# c\nrpc_url = \"ftp://x\"\n", 3, "profiles.a.rpc_url", "want an http"},
		{"bad ipfs api", "[profiles.a]\nipfs_api = \"/ip4/999.0.0.1/tcp/5001\"\n", 2, "profiles.a.ipfs_api", "not a multiaddr"},
		{"bad ipfs port", "[profiles.a]\nipfs_api = \"localhost:99999\"\n", 2, "profiles.a.ipfs_api", "not 1..65535"},
		{"dangling default", "default_profile = \"x\"\n[profiles.a]\n", 1, "default_profile", `names profile "x"`},
		{"bad profile name", "[profiles.\"a b\"]\nchain_id = 1\n", 1, `profiles."a b"`, "a profile name"},
		{"dotted key", "[profiles]\ndevnet.chain_idd = 5\n", 2, "profiles.devnet.chain_idd", "unknown key"},
		{"zero campaign", "[profiles.a]\ncampaign = 0\n", 2, "profiles.a.campaign", "campaign id is a positive whole number"},
		{"negative campaign", "[profiles.a]\ncampaign = -3\n", 2, "profiles.a.campaign", "campaign id is a positive whole number"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.toml), "/x/config.toml")
			var ce *Error
			if !errors.As(err, &ce) {
				t.Fatalf("error %v (%T) is not a *config.Error", err, err)
			}
			if ce.Path != "/x/config.toml" || ce.Line != tt.line || ce.Key != tt.key || !strings.Contains(ce.Msg, tt.msg) {
				t.Fatalf("got %#v\nwant line %d key %q msg containing %q", ce, tt.line, tt.key, tt.msg)
			}
			if want := "/x/config.toml:"; !strings.HasPrefix(err.Error(), want) {
				t.Errorf("message %q does not start with %q", err, want)
			}
		})
	}
}

func TestResolvePrecedence(t *testing.T) {
	f, err := Load("testdata/full.toml")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		flags   Overrides
		env     []string
		check   func(t *testing.T, s *Settings)
		wantErr string
	}{
		{"file default_profile", Overrides{}, nil, func(t *testing.T, s *Settings) {
			want(t, s.Profile, "sepolia")
			want(t, s.RPCURL, "https://rpc.example.org/sepolia")
			want(t, s.ChainID.String(), "11155111")
			want(t, s.Sources["rpc_url"], SourceFile)
			want(t, s.Account.Hex(), "0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826")
			want(t, s.Contracts[ContractToken].Hex(), "0x00000000000000000000000000000000000000A1")
			want(t, s.Keystore, "/home/annotator/.ethereum/keystore")
			want(t, fmt.Sprint(s.Campaign), "7")
			want(t, s.Sources["campaign"], SourceFile)
		}, ""},
		{"campaign from env and flag", Overrides{}, []string{"KAPPA_CAMPAIGN=9"}, func(t *testing.T, s *Settings) {
			want(t, fmt.Sprint(s.Campaign), "9")
			want(t, s.Sources["campaign"], SourceEnv)
		}, ""},
		{"campaign flag beats env", Overrides{Campaign: "11"}, []string{"KAPPA_CAMPAIGN=9"}, func(t *testing.T, s *Settings) {
			want(t, fmt.Sprint(s.Campaign), "11")
			want(t, s.Sources["campaign"], SourceFlag)
		}, ""},
		{"no campaign in devnet", Overrides{Profile: "devnet"}, nil, func(t *testing.T, s *Settings) {
			_, err := s.CampaignID()
			if err == nil || !strings.Contains(err.Error(), "no campaign configured: pass --campaign") || !strings.Contains(err.Error(), "profile devnet") {
				t.Errorf("CampaignID() error = %v", err)
			}
		}, ""},
		{"bad flag campaign", Overrides{Campaign: "0"}, nil, nil, `--campaign: "0" is not a campaign id`},
		{"bad env campaign", Overrides{}, []string{"KAPPA_CAMPAIGN=x1"}, nil, `KAPPA_CAMPAIGN: "x1" is not a campaign id`},
		{"env beats file", Overrides{}, []string{"KAPPA_RPC_URL=http://env:1", "KAPPA_CHAIN_ID=5", "KAPPA_CONTRACT_TOKEN=0x00000000000000000000000000000000000000b1"}, func(t *testing.T, s *Settings) {
			want(t, s.RPCURL, "http://env:1")
			want(t, s.Sources["rpc_url"], SourceEnv)
			want(t, s.ChainID.String(), "5")
			want(t, s.Contracts[ContractToken].Hex(), "0x00000000000000000000000000000000000000B1")
			want(t, s.Sources["contracts.token"], SourceEnv)
			want(t, s.Sources["ipfs_api"], SourceFile)
		}, ""},
		{"flag beats env", Overrides{RPCURL: "http://flag:1", Account: "0x0000000000000000000000000000000000000001"}, []string{"KAPPA_RPC_URL=http://env:1", "KAPPA_ACCOUNT=0x0000000000000000000000000000000000000002"}, func(t *testing.T, s *Settings) {
			want(t, s.RPCURL, "http://flag:1")
			want(t, s.Sources["rpc_url"], SourceFlag)
			want(t, s.Account.Hex(), "0x0000000000000000000000000000000000000001")
		}, ""},
		{"profile from env", Overrides{}, []string{"KAPPA_PROFILE=devnet"}, func(t *testing.T, s *Settings) {
			want(t, s.Profile, "devnet")
			want(t, s.ChainID.String(), "1337")
			want(t, s.Keystore, "/data/kappa/keystore")
			want(t, s.Sources["keystore"], SourceDefault)
			if s.Account != nil {
				t.Errorf("account %v, want none", s.Account)
			}
		}, ""},
		{"profile flag beats env", Overrides{Profile: "sepolia"}, []string{"KAPPA_PROFILE=devnet"}, func(t *testing.T, s *Settings) {
			want(t, s.Profile, "sepolia")
		}, ""},
		{"unknown profile", Overrides{Profile: "mainnet"}, nil, nil, `profile "mainnet" (from --profile) is not in testdata/full.toml (profiles: devnet, sepolia)`},
		{"bad env chain id", Overrides{}, []string{"KAPPA_CHAIN_ID=abc"}, nil, `KAPPA_CHAIN_ID: "abc" is not a chain id`},
		{"bad flag account", Overrides{Account: "bob"}, nil, nil, `--account: "bob" is not a 20-byte hex address`},
		{"bad env contract", Overrides{}, []string{"KAPPA_CONTRACT_KAPPA=0x1"}, nil, "KAPPA_CONTRACT_KAPPA"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := append([]string{"XDG_DATA_HOME=/data", "HOME=/home/me"}, tt.env...)
			s, err := Resolve("testdata/full.toml", f, tt.flags, env)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			tt.check(t, s)
		})
	}
}

func TestKeystoreHomeExpansion(t *testing.T) {
	f := &File{Profiles: map[string]Profile{"devnet": {Keystore: "~/.ethereum/keystore"}}}
	s, err := Resolve("c.toml", f, Overrides{}, []string{"HOME=/home/me"})
	if err != nil {
		t.Fatal(err)
	}
	want(t, s.Keystore, "/home/me/.ethereum/keystore")
	s, err = Resolve("c.toml", &File{}, Overrides{}, []string{"HOME=/home/me", "XDG_DATA_HOME=relative/ignored"})
	if err != nil {
		t.Fatal(err)
	}
	want(t, s.Keystore, "/home/me/.local/share/kappa/keystore")
}

func TestResolveWithoutFile(t *testing.T) {
	s, err := Resolve("/nowhere/config.toml", &File{}, Overrides{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if s.Profile != DefaultProfileName || s.InFile || s.RPCURL != DevnetRPCURL || s.ChainID.Int64() != DevnetChainID || s.IPFSAPI != DevnetIPFSAPI {
		t.Fatalf("defaults = %+v", s)
	}
	if _, err := s.Contract(ContractToken); err == nil || !strings.Contains(err.Error(), "KAPPA_CONTRACT_TOKEN") {
		t.Errorf("missing contract: %v", err)
	}
	if _, err := Resolve("/nowhere/config.toml", &File{}, Overrides{Profile: "sepolia"}, nil); err == nil {
		t.Error("an explicit profile that does not exist was accepted")
	}
}

func TestWriteProfile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kappa", FileName)
	if err := Init(path, false); err != nil {
		t.Fatal(err)
	}
	if err := Init(path, false); !errors.Is(err, ErrExists) {
		t.Fatalf("second Init: %v, want ErrExists", err)
	}
	if _, err := Load(path); err != nil {
		t.Fatalf("the template does not parse: %v", err)
	}
	devnet := Profile{RPCURL: "http://127.0.0.1:18545", ChainID: 1337, IPFSAPI: "/ip4/127.0.0.1/tcp/15001",
		Contracts: map[string]string{ContractToken: "0x00000000000000000000000000000000000000a1"}}
	if err := WriteProfile(path, "devnet", devnet, true); err != nil {
		t.Fatal(err)
	}
	other := Profile{RPCURL: "https://x.example", ChainID: 10}
	if err := WriteProfile(path, "op", other, false); err != nil {
		t.Fatal(err)
	}
	f, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if f.DefaultProfile != "devnet" || f.Profiles["devnet"].RPCURL != devnet.RPCURL ||
		f.Profiles["devnet"].Contracts[ContractToken] != devnet.Contracts[ContractToken] || f.Profiles["op"].ChainID != 10 {
		t.Fatalf("read back %+v", f)
	}
	fi, _ := os.Stat(path)
	if fi.Mode().Perm() != FileMode {
		t.Errorf("mode %v, want %v", fi.Mode().Perm(), FileMode)
	}
	if des, _ := os.ReadDir(filepath.Dir(path)); len(des) != 1 {
		t.Errorf("temporary files left behind: %v", des)
	}
	if err := WriteProfile(path, "bad", Profile{Account: "nope"}, false); err == nil {
		t.Error("an invalid profile was written")
	}
	if err := WriteProfile(path, "a b", Profile{}, false); err == nil {
		t.Error("an invalid profile name was written")
	}
	if f2, _ := Load(path); len(f2.Profiles) != 2 {
		t.Errorf("a refused write changed the file: %v", f2.Names())
	}
	_ = common.Address{}
}

func want(t *testing.T, got, want string) {
	t.Helper()
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestSplitKey(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"profiles.devnet", []string{"profiles", "devnet"}},
		{` profiles . "my net" . rpc_url `, []string{"profiles", "my net", "rpc_url"}},
		{`'a.b'.c`, []string{"a.b", "c"}},
		{`"q\"x"`, []string{`q"x`}},
	}
	for _, tt := range tests {
		got := splitKey(tt.in)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("splitKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
