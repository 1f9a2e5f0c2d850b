// Package feedback shows the outcomes of finalized chunks: per task the
// user's label against the accepted one, the agreement rate, the user's most
// frequent confusions, gold results, and every reputation change with the
// contract's reason.
package feedback
