package dev.retort.runner.cli;

/** OutputFormat is {@code --format}: text for people, json (one object per run, documented per command) for tools. */
enum OutputFormat {
    text,
    json
}
