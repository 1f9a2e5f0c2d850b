package document

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// encodeCanonical returns the canonical JSON of v: fields in declaration
// order, map keys sorted (encoding/json sorts them), compact, no HTML
// escaping, no trailing newline.
func encodeCanonical(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// decodeStrict decodes data into v, refusing what a strict reader must:
// more than max bytes, invalid UTF-8, JSON syntax errors, unknown fields,
// wrong types and trailing data. Field-level rules are left to the
// document's validate; canonical form is checked by checkCanonical after
// validation, so the more precise error wins.
func decodeStrict(c errs, data []byte, max int, v any) error {
	if len(data) > max {
		return c.whole("%d bytes, over the %d-byte cap", len(data), max)
	}
	if len(data) == 0 {
		return c.whole("empty document")
	}
	if !utf8.Valid(data) {
		return c.whole("invalid UTF-8 at byte %d", invalidUTF8At(data))
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return jsonError(c, err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return c.whole("trailing data after the document at byte %d", dec.InputOffset())
	}
	return nil
}

// jsonError turns an encoding/json error into a *Error naming the field
// where encoding/json knows it.
func jsonError(c errs, err error) error {
	var (
		syn *json.SyntaxError
		typ *json.UnmarshalTypeError
	)
	switch {
	case errors.As(err, &syn):
		return &Error{Doc: c.doc, CID: c.cid, Reason: fmt.Sprintf("invalid JSON at byte %d: %s", syn.Offset, syn.Error())}
	case errors.As(err, &typ):
		// encoding/json paths have no array indices ("labels.label");
		// the byte offset locates the element.
		reason := fmt.Sprintf("wrong type: %s where %s is expected (byte %d)", typ.Value, typeName(typ.Type.String()), typ.Offset)
		return &Error{Doc: c.doc, CID: c.cid, Field: typ.Field, Reason: reason}
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		return c.whole("truncated JSON")
	}
	// encoding/json reports an unknown field only as text.
	if name, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
		return &Error{Doc: c.doc, CID: c.cid, Field: strings.Trim(name, `"`), Reason: "unknown field"}
	}
	return &Error{Doc: c.doc, CID: c.cid, Reason: "invalid JSON", Err: err}
}

// typeName shortens Go type names in messages to what a JSON author knows.
func typeName(t string) string {
	switch {
	case strings.HasPrefix(t, "[]"):
		return "an array"
	case strings.HasPrefix(t, "map["):
		return "an object"
	case t == "string":
		return "a string"
	case strings.HasPrefix(t, "uint"):
		return "a non-negative integer (" + t + ")"
	case strings.HasPrefix(t, "int"):
		return "an integer (" + t + ")"
	case t == "bool":
		return "a boolean"
	case t == "common.Address":
		return "a 0x-prefixed 20-byte hex address"
	case t == "hexutil.Bytes":
		return "0x-prefixed hex"
	}
	return "an object (" + t + ")"
}

// checkCanonical refuses bytes that decode to a valid document but are not
// the encoder's output (other whitespace, key order, escapes, duplicate
// keys, upper-case hex): one value must have one CID.
func checkCanonical(c errs, data []byte, v any) error {
	want, err := encodeCanonical(v)
	if err != nil {
		return &Error{Doc: c.doc, CID: c.cid, Reason: "re-encode", Err: err}
	}
	if bytes.Equal(want, data) {
		return nil
	}
	i := 0
	for i < len(want) && i < len(data) && want[i] == data[i] {
		i++
	}
	return c.whole("not in canonical form (first difference at byte %d; re-encode it with kappa)", i)
}

// invalidUTF8At returns the offset of the first invalid UTF-8 sequence.
func invalidUTF8At(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// checkVersion checks the version field.
func checkVersion(c errs, got, want string) error {
	if got != want {
		if got == "" {
			return c.field("version", "missing, want %q", want)
		}
		return c.field("version", "%q is not supported, want %q", got, want)
	}
	return nil
}

// checkText checks a free-text field: present (not just white space), at
// most max bytes and free of control characters other than tab and newline
// (a terminal UI renders these fields).
func checkText(c errs, path, s string, max int, required bool) error {
	if strings.TrimSpace(s) == "" {
		if required {
			return c.field(path, "empty")
		}
		if s != "" {
			return c.field(path, "only white space")
		}
		return nil
	}
	if len(s) > max {
		return c.field(path, "%d bytes, over the %d-byte limit", len(s), max)
	}
	for i, r := range s {
		if r == '\t' || r == '\n' {
			continue
		}
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			return c.field(path, "control character %U at byte %d", r, i)
		}
	}
	return nil
}
