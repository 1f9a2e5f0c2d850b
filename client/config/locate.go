package config

import (
	"bufio"
	"bytes"
	"strings"
)

// locate returns the 1-based line where key is defined in the TOML data, or
// the line of its longest defined prefix (a table header, an inline table),
// or 0. The toml package reports lines for syntax and type errors but not
// for undecoded keys or for values that are valid TOML yet invalid for
// kappa, so this small scanner finds them. It understands table headers,
// dotted and quoted keys; it is only used to point at a line, so a file it
// misreads costs a line number, never a wrong decision.
func locate(data []byte, key []string) int {
	var (
		table    []string
		bestLine int
		bestLen  int
		lineNo   int
	)
	consider := func(path []string) {
		n := commonPrefix(path, key)
		if n == len(path) && n > bestLen { // path is a prefix of key
			bestLen, bestLine = n, lineNo
		}
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64<<10), maxFileSize)
	for sc.Scan() {
		lineNo++
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "["):
			inner := strings.TrimLeft(line, "[")
			if i := strings.Index(inner, "]"); i >= 0 {
				inner = inner[:i]
			}
			table = splitKey(inner)
			consider(table)
		default:
			eq := strings.Index(line, "=")
			if eq < 0 {
				continue
			}
			path := append(append([]string{}, table...), splitKey(line[:eq])...)
			consider(path)
		}
		if bestLen == len(key) {
			return bestLine
		}
	}
	return bestLine
}

func commonPrefix(a, b []string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// splitKey splits a TOML key such as `profiles."my net".rpc_url` into parts.
func splitKey(s string) []string {
	var (
		parts []string
		cur   strings.Builder
		quote byte
	)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0 && c == '\\' && quote == '"' && i+1 < len(s):
			i++
			cur.WriteByte(s[i])
		case quote != 0 && c == quote:
			quote = 0
		case quote != 0:
			cur.WriteByte(c)
		case c == '"' || c == '\'':
			quote = c
		case c == '.':
			parts = append(parts, strings.TrimSpace(cur.String()))
			cur.Reset()
		case c == ' ' || c == '\t':
		default:
			cur.WriteByte(c)
		}
	}
	return append(parts, strings.TrimSpace(cur.String()))
}
