package devnet

import (
	_ "embed"
	"fmt"
	"math/big"
	"time"

	"github.com/kappa-dev/kappa/client"
	"github.com/kappa-dev/kappa/client/devnet/corpus"
	"github.com/kappa-dev/kappa/client/document"
)

//go:embed sample_schema.toml
var sampleSchemaTOML []byte

// The sample campaign's shape. Windows are judged by block time; a demo
// never waits for them to lapse, since Devnet.AdvanceTime moves block time.
const (
	// SampleTasks texts of the corpus, in file order, make the campaign.
	SampleTasks = 80
	// SampleExpertTasks of them (the last ones) are in the expert tier.
	SampleExpertTasks = 16
	// SampleChunkSize tasks per chunk: 8 standard and 2 expert chunks.
	SampleChunkSize = 8
	// SampleK annotators per chunk, SampleQ of whom must agree.
	SampleK, SampleQ = 3, 2
	// SampleLanes lets every chunk be in flight at once.
	SampleLanes = SampleTasks / SampleChunkSize
	// SampleSeniorReputation is what a reviewer needs: ten below the hub's
	// starting reputation, so the reviewer wallet rita (who never annotates)
	// always qualifies, a newcomer who misses one gold task (-5) still may
	// review in the demo, and a careless annotator (several misses or
	// disagreements) may not.
	SampleSeniorReputation = 90

	// A lapsed seat is taken over within the claim window, so it outlasts
	// the commit window; the dispute window is the hub's minimum.
	SampleClaimWindow   = 15 * time.Minute
	SampleCommitWindow  = 10 * time.Minute
	SampleRevealWindow  = 5 * time.Minute
	SampleGoldWindow    = 2 * time.Minute
	SampleDisputeWindow = time.Hour
	// SampleDuration is how long chunks may be opened after creation.
	SampleDuration = 30 * 24 * time.Hour
)

// Token is 10^18 base units: one KAPPA (18 decimals).
var Token = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// KAPPA returns n whole tokens in base units.
func KAPPA(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), Token) }

// SampleSchema returns the sample campaign's schema: five topic labels
// (computers, science, food, love, sports on keys 1-5), a standard tier
// paying 1 KAPPA per accepted label and an expert tier paying 2 KAPPA to
// annotators with reputation 101 or more (one gold task matched), and a
// 0.5 KAPPA reviewer fee.
func SampleSchema() (*document.Schema, error) {
	s, err := document.ParseSchemaTOML("devnet/sample_schema.toml", sampleSchemaTOML)
	if err != nil {
		return nil, fmt.Errorf("sample schema: %w", err)
	}
	return s, nil
}

// isGold tells whether the i-th task of the sample is a gold task: one per
// chunk, at a position that moves from chunk to chunk.
func isGold(i int) bool {
	chunk := i / SampleChunkSize
	return i%SampleChunkSize == (chunk*5+2)%SampleChunkSize
}

// SampleCampaign returns the spec the devnet creates its campaign from: the
// first SampleTasks texts of the fortune corpus as tasks fortune-001 ...
// fortune-080 (ids that do not give the topic away), with the corpus label
// as the gold answer of one task per chunk. Its Arbiter is left for the
// caller to set (the devnet names its reviewer wallet, rita).
func SampleCampaign() (client.CampaignSpec, error) {
	s, err := SampleSchema()
	if err != nil {
		return client.CampaignSpec{}, err
	}
	items, err := corpus.Fortunes()
	if err != nil {
		return client.CampaignSpec{}, fmt.Errorf("sample campaign: %w", err)
	}
	if len(items) < SampleTasks {
		return client.CampaignSpec{}, fmt.Errorf("sample campaign: corpus has %d texts, need %d", len(items), SampleTasks)
	}
	tasks := make([]client.TaskInput, SampleTasks)
	for i, it := range items[:SampleTasks] {
		if _, ok := s.Label(it.Label); !ok {
			return client.CampaignSpec{}, fmt.Errorf("sample campaign: text %s has label %q, not in the schema", it.ID, it.Label)
		}
		// The corpus ids and sources name the topic; the task must not.
		t := client.TaskInput{ID: fmt.Sprintf("fortune-%03d", i+1), Text: it.Text, Meta: map[string]string{"corpus": "BSD fortune(6)"}}
		if i >= SampleTasks-SampleExpertTasks {
			t.Tier = 1
		}
		if isGold(i) {
			t.Gold = []string{it.Label}
		}
		tasks[i] = t
	}
	return client.CampaignSpec{
		Schema:           s,
		Tasks:            tasks,
		ChunkSize:        SampleChunkSize,
		K:                SampleK,
		Q:                SampleQ,
		Lanes:            SampleLanes,
		ClaimWindow:      SampleClaimWindow,
		CommitWindow:     SampleCommitWindow,
		RevealWindow:     SampleRevealWindow,
		GoldWindow:       SampleGoldWindow,
		DisputeWindow:    SampleDisputeWindow,
		Duration:         SampleDuration,
		SeniorReputation: SampleSeniorReputation,
	}, nil
}
