// Preloaded (node --require) into a command-line process by the bench and the fuzzer: on exit it
// writes the process's peak resident memory (KiB) to the file VO_PEAK_RSS_FILE names.
const file = process.env.VO_PEAK_RSS_FILE;
if (file) process.on('exit', () => require('fs').writeFileSync(file, String(process.resourceUsage().maxRSS)));
