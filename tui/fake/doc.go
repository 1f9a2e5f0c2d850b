// Package fake is an in-memory backend.Backend with a sample campaign, for
// the UI's tests, benchmarks and preview. It records every call, can add
// latency and inject failures per method, and plays the protocol forward
// deterministically: each Status poll moves a submitted chunk one phase on
// (committing, committed, revealing, revealed, finalized), and finalizing a
// chunk produces feedback and credits earnings.
//
// The sample texts deliberately mix scripts (CJK, Arabic, Hebrew, Hindi),
// emoji (including ZWJ sequences) and a very long text, because those are
// what break terminal layouts.
package fake
