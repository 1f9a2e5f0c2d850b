package document

import "fmt"

// VersionTask is the version of the task documents this package reads and
// writes.
const VersionTask = "kappa/task@1"

// MaxTaskSize caps a task document: one text to label, not a corpus.
const MaxTaskSize = 64 << 10

// Limits of a task's parts.
const (
	// MaxTaskIDLength caps a task id in bytes.
	MaxTaskIDLength = 128
	// MaxMetaEntries caps the metadata entries of a task.
	MaxMetaEntries = 32
	// MaxMetaKeyLength caps a metadata key in bytes.
	MaxMetaKeyLength = 64
	// MaxMetaValueLength caps a metadata value in bytes.
	MaxMetaValueLength = 1024
)

// Task is one text to label. Gold answers are never in it: they are
// committed in the manifest and revealed on-chain at finalization.
type Task struct {
	// Version is VersionTask.
	Version string `json:"version"`
	// ID is the requester's identifier of the item (a row id in the
	// source data), unique within the campaign.
	ID string `json:"id"`
	// Text is what annotators label: any Unicode text, tabs and newlines
	// allowed, other control characters not.
	Text string `json:"text"`
	// Meta is optional context shown with the text (source, language).
	Meta map[string]string `json:"meta,omitempty"`
}

// Validate checks every rule of a task.
func (t *Task) Validate() error { return t.validate(errs{doc: "task"}) }

func (t *Task) validate(c errs) error {
	if err := checkVersion(c, t.Version, VersionTask); err != nil {
		return err
	}
	if err := checkText(c, "id", t.ID, MaxTaskIDLength, true); err != nil {
		return err
	}
	if err := checkText(c, "text", t.Text, MaxTaskSize, true); err != nil {
		return err
	}
	if len(t.Meta) > MaxMetaEntries {
		return c.field("meta", "%d entries, at most %d allowed", len(t.Meta), MaxMetaEntries)
	}
	for k, v := range t.Meta {
		if err := checkText(c, "meta", k, MaxMetaKeyLength, true); err != nil {
			err.(*Error).Reason = fmt.Sprintf("key %q: %s", k, err.(*Error).Reason)
			return err
		}
		if err := checkText(c, "meta."+k, v, MaxMetaValueLength, false); err != nil {
			return err
		}
	}
	return nil
}

// Encode validates the task and returns its canonical JSON.
func (t *Task) Encode() ([]byte, error) {
	if err := t.Validate(); err != nil {
		return nil, err
	}
	b, err := encodeCanonical(t)
	if err != nil {
		return nil, fmt.Errorf("encode task %s: %w", t.ID, err)
	}
	if len(b) > MaxTaskSize {
		return nil, (errs{doc: "task"}).whole("task %s: %d bytes, over the %d-byte cap", t.ID, len(b), MaxTaskSize)
	}
	return b, nil
}

// DecodeTask reads a task document. cid is where data was read from; it
// is only used in error messages.
func DecodeTask(cid string, data []byte) (*Task, error) {
	c := errs{doc: "task", cid: cid}
	var t Task
	if err := decodeStrict(c, data, MaxTaskSize, &t); err != nil {
		return nil, err
	}
	if err := t.validate(c); err != nil {
		return nil, err
	}
	if err := checkCanonical(c, data, &t); err != nil {
		return nil, err
	}
	return &t, nil
}
