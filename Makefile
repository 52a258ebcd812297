# Developer shortcuts; see scripts/.
.PHONY: fuzz
export FUZZTIME PARALLEL ONLY KEEP MINIMIZETIME

# make fuzz FUZZTIME=1h PARALLEL=2: every fuzz target for FUZZTIME (default 10m).
fuzz:
	scripts/fuzz.sh
