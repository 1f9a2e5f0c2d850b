package document

import (
	"fmt"
	"strconv"
)

// Error is a refused document. Every decoding and validation error of this
// package is a *Error, so callers can tell a bad document from a failed
// fetch with errors.As.
type Error struct {
	// Doc is the document type: "schema", "manifest", "task" or "labels".
	Doc string
	// CID is where the bytes were read from; empty for a document that is
	// not published yet (or authored as TOML, where it is the file name).
	CID string
	// Field is the JSON path of the offending field, such as "labels[2].hotkey";
	// empty when the fault is the document as a whole (size, syntax).
	Field string
	// Reason says what is wrong, in words.
	Reason string
	// Err is an underlying error, if any.
	Err error
}

// Error formats as `task bafk...: field "text": empty`.
func (e *Error) Error() string {
	s := e.Doc
	if e.CID != "" {
		s += " " + e.CID
	}
	if e.Field != "" {
		s += ": field " + strconv.Quote(e.Field)
	}
	s += ": " + e.Reason
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// errs collects the context shared by all errors of one document, so
// validation code reads as a list of rules.
type errs struct {
	doc, cid string
}

// field returns an error about one field.
func (c errs) field(path, format string, args ...any) *Error {
	return &Error{Doc: c.doc, CID: c.cid, Field: path, Reason: fmt.Sprintf(format, args...)}
}

// whole returns an error about the document as a whole.
func (c errs) whole(format string, args ...any) *Error {
	return &Error{Doc: c.doc, CID: c.cid, Reason: fmt.Sprintf(format, args...)}
}

// at builds the path of an element of an array field: at("labels", 2, "id")
// is "labels[2].id".
func at(array string, i int, field string) string {
	p := array + "[" + strconv.Itoa(i) + "]"
	if field != "" {
		p += "." + field
	}
	return p
}
