package pipeline

import (
	"syscall"
	"testing"
	"time"
)

// cpuTime is the CPU time (user and system, all threads, the garbage
// collector's included) the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU reports the CPU milliseconds per document used since start: on
// a shared machine a steadier figure than the wall time (docs/s), which
// moves with the other jobs' load.
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(cpuTime()-start)/float64(time.Millisecond)/float64(b.N), "cpu-ms/doc")
}
