//go:build !unix

package mailintake

import "time"

// processCPU is not measured here; the benchmark leaves the metric out.
func processCPU() (time.Duration, bool) { return 0, false }
