// Imported first by the CLI entry points: operator output is the CLI's own lines, not the server's JSON log.
process.env.LOG_LEVEL ??= "warn";
