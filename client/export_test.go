package client

import "context"

// VerifyIndex checks the event index against the lanes on-chain
// (index.Index.Verify), for the end-to-end tests.
func (c *Client) VerifyIndex(ctx context.Context) error { return c.index.Verify(ctx) }
