package common

import (
	"context"
	"errors"
	"testing"

	"github.com/kappa-dev/kappa/tui/backend"
)

// stub is a Backend for calls that never touch it.
type stub struct{ backend.Backend }

func TestLoaderTakesOnlyItsLatestResult(t *testing.T) {
	c := &Common{Backend: stub{}}
	serve := func(v int, err error) func(context.Context, backend.Backend) (int, error) {
		return func(context.Context, backend.Backend) (int, error) { return v, err }
	}
	a, b := NewLoader[int](), NewLoader[int]()

	first := a.Load(c, "load a", serve(1, nil))
	second := a.Load(c, "load a", serve(2, nil))
	if !a.Loading {
		t.Fatal("a load is running, Loading is false")
	}
	late := first()
	if _, ok := a.Take(late); ok || a.Loaded {
		t.Fatalf("a superseded result was taken: %+v", a)
	}
	if _, ok := b.Take(second()); ok {
		t.Fatal("another loader of the same type took a's result")
	}
	if _, ok := a.Take(second()); !ok || a.Data != 2 || !a.Loaded || a.Loading || a.Err != nil {
		t.Fatalf("latest result not applied: %+v", a)
	}

	boom := errors.New("node down")
	r, ok := a.Take(a.Load(c, "load a", serve(0, boom))())
	if !ok || !errors.Is(a.Err, boom) || a.Data != 2 || !a.Loaded || a.ErrText() != "node down" {
		t.Fatalf("a failed load must keep the data shown and set Err: %+v", a)
	}
	var f Failed = r
	if err := f.Failure(); err == nil || err.Error() != "load a: node down" {
		t.Fatalf("failure for the status line: %v", err)
	}
	if _, ok := a.Take(a.Load(c, "load a", serve(3, nil))()); !ok || a.Err != nil || a.Data != 3 {
		t.Fatalf("a success after a failure clears Err: %+v", a)
	}
}

func TestRunWithoutBackend(t *testing.T) {
	msg := Run(&Common{}, "claim chunk 1", func(context.Context, backend.Backend) (int, error) {
		t.Fatal("called without a backend")
		return 0, nil
	})()
	r, ok := msg.(Result[int])
	if !ok || !errors.Is(r.Err, ErrNoBackend) || r.Failure() == nil {
		t.Fatalf("%#v", msg)
	}
	if (Result[int]{}).Failure() != nil {
		t.Fatal("a result without an error reports a failure")
	}
}
