package bots

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/kappa-dev/kappa/client/devnet"
)

// Member is one simulated annotator of a crew.
type Member struct {
	Name     string // a dev wallet (devnet.Bob, ...)
	Accuracy float64
	Speed    time.Duration
}

// CrewOptions configure StartCrew.
type CrewOptions struct {
	// Members are the annotator bots; default DefaultMembers.
	Members []Member
	// PrePlay are chunks the first K members label, commit and reveal and
	// the requester finalizes right away, without the user, so that
	// disputes and results exist before the user's first chunk is done.
	PrePlay []uint64
	// Seed makes every bot's choices reproducible (each bot draws from
	// its own stream of it).
	Seed uint64
	// Poll is how often each bot looks at the chain (default 500ms).
	Poll time.Duration
	// OnError receives the bots' errors; nil drops them.
	OnError func(error)
}

// DefaultMembers are the demo's co-annotators: a careful one, a good one, a
// sloppy one and an average one. They label a chunk of 8 in 8 to 16
// seconds, faster than a person, so a user's submission never waits long
// for them.
var DefaultMembers = []Member{
	{Name: devnet.Bob, Accuracy: 0.9, Speed: 1200 * time.Millisecond},
	{Name: devnet.Carol, Accuracy: 0.8, Speed: 1600 * time.Millisecond},
	{Name: devnet.Dave, Accuracy: 0.6, Speed: 1000 * time.Millisecond},
	{Name: devnet.Erin, Accuracy: 0.75, Speed: 2000 * time.Millisecond},
}

// DemoSeed is the seed kappa demo uses: with DefaultMembers, its pre-play
// of DemoPrePlay leaves disputes to review, each with three reveals
// (TestDemoSeedDisputes).
const DemoSeed = 241

// DemoPrePlay are the chunks kappa demo's bots play before the user starts.
var DemoPrePlay = []uint64{0, 1}

// Crew is a requester bot and annotator bots running on a devnet.
type Crew struct {
	Requester *Bot
	Bots      []*Bot
	opts      CrewOptions
	cancel    context.CancelFunc
	wg        sync.WaitGroup
	prePlayed chan error
}

// StartCrew opens the bots and starts them in the background: first the
// pre-play, then every bot's Run. ctx bounds the opening only; Close stops
// the bots.
func StartCrew(ctx context.Context, d *devnet.Devnet, opts CrewOptions) (_ *Crew, err error) {
	if opts.Members == nil {
		opts.Members = DefaultMembers
	}
	truth, err := SampleTruth()
	if err != nil {
		return nil, err
	}
	cr := &Crew{opts: opts, prePlayed: make(chan error, 1)}
	defer func() {
		if err != nil {
			cr.closeBots()
		}
	}()
	cr.Requester, err = NewRequester(ctx, d, Config{Poll: opts.Poll, OnError: opts.OnError})
	if err != nil {
		return nil, err
	}
	for _, m := range opts.Members {
		b, err := Open(ctx, d, m.Name, truth, Config{
			Accuracy: m.Accuracy, Speed: m.Speed, Seed: opts.Seed, Poll: opts.Poll, OnError: opts.OnError,
		})
		if err != nil {
			return nil, err
		}
		cr.Bots = append(cr.Bots, b)
	}
	run, cancel := context.WithCancel(context.Background())
	cr.cancel = cancel
	cr.wg.Add(1)
	go func() {
		defer cr.wg.Done()
		perr := cr.prePlay(run)
		cr.prePlayed <- perr
		if perr != nil && opts.OnError != nil && run.Err() == nil {
			opts.OnError(perr)
		}
		for _, b := range append([]*Bot{cr.Requester}, cr.Bots...) {
			cr.wg.Add(1)
			go func() {
				defer cr.wg.Done()
				b.Run(run)
			}()
		}
	}()
	return cr, nil
}

// prePlay takes the pre-play chunks through reveal with the first K bots
// and has the requester finalize them. Chunks already played (a resumed
// demo) are left as they are.
func (cr *Crew) prePlay(ctx context.Context) error {
	if len(cr.opts.PrePlay) == 0 {
		return nil
	}
	k := int(cr.Requester.c.Info().K)
	if len(cr.Bots) < k {
		return fmt.Errorf("pre-play needs %d bots, the crew has %d", k, len(cr.Bots))
	}
	var errs []error
	for _, chunk := range cr.opts.PrePlay {
		for _, b := range cr.Bots[:k] {
			errs = append(errs, b.Play(ctx, chunk))
		}
		for _, b := range cr.Bots[:k] {
			errs = append(errs, b.Reveal(ctx, chunk))
		}
		errs = append(errs, cr.Requester.Finalize(ctx, chunk))
		if ch, ok := cr.Requester.c.ChunkState(chunk); ok && !ch.Finalized() {
			errs = append(errs, fmt.Errorf("chunk %d is not finalized after its pre-play", chunk))
		}
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("pre-play: %w", err)
	}
	return nil
}

// PrePlayed waits for the pre-play to end and returns its error.
func (cr *Crew) PrePlayed(ctx context.Context) error {
	select {
	case err := <-cr.prePlayed:
		cr.prePlayed <- err
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Close stops every bot, waits for them, and closes their journals.
func (cr *Crew) Close() error {
	if cr.cancel != nil {
		cr.cancel()
	}
	cr.wg.Wait()
	return cr.closeBots()
}

func (cr *Crew) closeBots() error {
	var errs []error
	for _, b := range append([]*Bot{cr.Requester}, cr.Bots...) {
		if b != nil {
			errs = append(errs, b.Close())
		}
	}
	cr.Bots, cr.Requester = nil, nil
	return errors.Join(errs...)
}
