package data

import (
	"errors"
	"fmt"
)

// Problem is an error a clerk can act on: a stable code the window translates, the field it
// concerns, and the values to fill into the message. It wraps one of the Err* kinds.
type Problem struct {
	Kind  error  // ErrInvalid, ErrForbidden, ErrNotFound or ErrConflict
	Code  string // e.g. "required", "too_long", "transition"
	Field string // the input or action concerned
	Args  map[string]any
	msg   string
}

func (p *Problem) Error() string { return p.msg }

// Unwrap lets errors.Is(err, ErrInvalid) and friends work.
func (p *Problem) Unwrap() error { return p.Kind }

func problem(kind error, code, field string, args map[string]any, format string, a ...any) *Problem {
	return &Problem{Kind: kind, Code: code, Field: field, Args: args, msg: fmt.Sprintf(format, a...)}
}

func invalid(code, field string, args map[string]any, format string, a ...any) *Problem {
	return problem(ErrInvalid, code, field, args, format, a...)
}

func forbidden(code, field string, args map[string]any, format string, a ...any) *Problem {
	return problem(ErrForbidden, code, field, args, format, a...)
}

func notFound(field, value string) *Problem {
	return problem(ErrNotFound, "not_found", field, map[string]any{"Value": value},
		"%s %q not found", field, value)
}

// AsProblem returns the Problem inside err, if any.
func AsProblem(err error) (*Problem, bool) {
	var p *Problem
	ok := errors.As(err, &p)
	return p, ok
}
