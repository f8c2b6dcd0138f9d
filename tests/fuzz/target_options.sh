# shellcheck shell=sh
# Sourced by run_fuzz.sh and long_run.sh: the libFuzzer options of each
# target (its dictionary and input size limit), so every run of a target
# mutates the same way whatever script starts it.
# Usage: fuzz_target_options TARGET FUZZ_DIR  (prints the options)
fuzz_target_options() {
  case $1 in
    fuzz_v8_log | fuzz_trace_stdout) echo "-dict=$2/v8_log.dict -max_len=65536" ;;
    fuzz_source_map) echo "-dict=$2/source_map.dict -max_len=16384" ;;
    *) echo "-max_len=16384" ;;
  esac
}
