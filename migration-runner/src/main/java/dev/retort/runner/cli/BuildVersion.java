package dev.retort.runner.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/** BuildVersion is what {@code retort --version} prints: the version Maven filtered into retort-version.properties. */
final class BuildVersion implements IVersionProvider {

    /** The build's version, e.g. {@code 0.1.0-SNAPSHOT}. */
    static String get() {
        Properties p = new Properties();
        try (InputStream in = BuildVersion.class.getResourceAsStream("retort-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"retort " + get()};
    }
}
