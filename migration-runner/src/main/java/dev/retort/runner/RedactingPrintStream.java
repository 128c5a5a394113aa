package dev.retort.runner;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Set;

import dev.retort.postgres.Redaction;

/**
 * RedactingPrintStream is the one way the CLI prints: every line (messages, tables, {@code --debug} stack traces,
 * JSON) passes {@link Redaction#redact} with the secrets of the URLs the command was given, so no code path can
 * print a password by mistake.
 *
 * <pre>{@code
 * PrintStream out = new RedactingPrintStream(System.out, Redaction.secretsOf(System.getenv("DATABASE_URL")));
 * }</pre>
 */
public final class RedactingPrintStream extends PrintStream {

    public RedactingPrintStream(PrintStream target, Collection<String> secrets) {
        super(new LineFilter(target, Set.copyOf(secrets)), true, StandardCharsets.UTF_8);
    }

    /** Buffers a line, then writes it redacted. */
    private static final class LineFilter extends OutputStream {
        private final PrintStream target;
        private final Set<String> secrets;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        LineFilter(PrintStream target, Set<String> secrets) {
            this.target = target;
            this.secrets = secrets;
        }

        @Override
        public synchronized void write(int b) {
            line.write(b);
            if (b == '\n') {
                emit();
            }
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) {
                write(b[i]);
            }
        }

        @Override
        public synchronized void flush() {
            // a partial line waits for its end, so a secret is never split across two writes
            target.flush();
        }

        @Override
        public synchronized void close() throws IOException {
            emit();
            target.flush();
        }

        private void emit() {
            if (line.size() == 0) {
                return;
            }
            String text = line.toString(StandardCharsets.UTF_8);
            line.reset();
            target.print(Redaction.redact(text, secrets));
            target.flush();
        }
    }
}
