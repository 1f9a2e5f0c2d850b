// Package chunks is the chunk list: the user's assigned chunks and the
// claimable ones, by tier, with reward, reputation requirement, state and
// next deadline; claim a chunk or open an assigned one for labeling.
package chunks
