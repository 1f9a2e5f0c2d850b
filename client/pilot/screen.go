package pilot

import (
	"math/big"
	"time"
)

// ScreenRow is one annotator's row of the TUI's pilot screen. Its fields
// are, in name, type and order, those of tui/backend.PilotRow, so the TUI
// converts with backend.PilotRow(row) without this package importing it.
type ScreenRow struct {
	Annotator        string
	Items            int
	Median, P90      time.Duration // time per item
	ConsensusErrors  int
	ConsensusChecked int
	GoldErrors       int
	GoldChecked      int
	Earnings         *big.Int
	Hours            time.Duration // labeling time the earnings were made in
}

// ScreenRows returns the report's rows as the TUI pilot screen shows them,
// in the report's order (by annotator). Earnings are copies.
func (r *Report) ScreenRows() []ScreenRow {
	out := make([]ScreenRow, 0, len(r.Rows))
	for _, row := range r.Rows {
		e := new(big.Int)
		if row.Earnings != nil {
			e.Set(row.Earnings)
		}
		out = append(out, ScreenRow{
			Annotator: row.Annotator, Items: row.Items, Median: row.Median, P90: row.P90,
			ConsensusErrors: row.ConsensusErrors, ConsensusChecked: row.ConsensusChecked,
			GoldErrors: row.GoldErrors, GoldChecked: row.GoldChecked,
			Earnings: e, Hours: row.Hours,
		})
	}
	return out
}
