package dev.retort.postgres;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Redaction removes database secrets from text before it is printed: the password and secret parameters
 * ({@code sslpassword} …) of the URLs a command was given, in every spelling (as written, percent-decoded,
 * percent-encoded), whether or not the URL could be parsed, and anything shaped like a password in a URL or a
 * {@code password=} parameter. Every output path of the CLI (messages, {@code --debug} traces, generated headers,
 * JSON) goes through {@link #redact(String, Collection)}.
 *
 * <pre>{@code
 * Set<String> secrets = Redaction.secretsOf("postgresql://app:p%40ss@db/app");
 * Redaction.redact("cannot log in with p@ss", secrets);   // cannot log in with ***
 * }</pre>
 */
public final class Redaction {

    /** What a secret is replaced by. */
    public static final String MASK = "***";

    // shorter secrets cannot be told apart from ordinary text; the URL patterns below still mask them in URLs
    private static final int SHORTEST = 3;
    private static final Pattern SECRET_PARAM = Pattern.compile(
            "(?i)([?&;\\s]|^)([a-z_]*(?:password|secret|token|factoryarg)[a-z_]*)=([^\\s]*)");
    private static final List<String> SECRET_WORDS = List.of("password", "secret", "token", "factoryarg");
    private static final Pattern URL_LOGIN = Pattern.compile("(?i)([a-z][a-z0-9+.:-]*://[^:/@\\s?#]*:)([^\\s]*)@");

    // how help texts and guides write "a password goes here"
    private static final Set<String> PLACEHOLDERS = Set.of("password", "<password>", "PASSWORD", MASK);

    private Redaction() {
    }

    /** The secrets a URL (or any text holding URLs) carries, as written and decoded; empty when it has none. */
    public static Set<String> secretsOf(String text) {
        Set<String> found = new LinkedHashSet<>();
        if (text == null) {
            return found;
        }
        for (String token : text.split("\\s+")) {
            int scheme = token.indexOf("://");
            if (scheme >= 0) {
                String rest = token.substring(scheme + 3);
                int first = rest.indexOf('@');
                int last = rest.lastIndexOf('@');
                for (int at : new int[] {first, last}) {
                    if (at > 0 && rest.substring(0, at).contains(":")) {
                        String info = rest.substring(0, at);
                        add(found, info.substring(info.indexOf(':') + 1));
                        // the password as libpq would cut it: up to the first '/' or '?'
                        add(found, info.substring(info.indexOf(':') + 1).split("[/?#]", 2)[0]);
                    }
                }
            }
            Matcher m = SECRET_PARAM.matcher(token);
            while (m.find()) {
                String value = m.group(3);
                add(found, value);                        // a password that held an unencoded '&'
                add(found, value.split("&", 2)[0]);       // the value as a parser reads it
            }
        }
        return found;
    }

    /** {@code text} with every secret, in every spelling, and every URL password or secret parameter masked. */
    public static String redact(String text, Collection<String> secrets) {
        if (text == null) {
            return null;
        }
        List<String> spellings = new ArrayList<>();
        for (String s : secrets) {
            spellings.add(s);
            spellings.add(decodeLeniently(s));
            spellings.add(encode(s, false));
            spellings.add(encode(s, true));
        }
        spellings.removeIf(s -> s.length() < SHORTEST);
        spellings.sort(Comparator.comparingInt(String::length).reversed());
        String out = text;
        for (String s : spellings) {
            out = out.replace(s, MASK);
        }
        // every printed line passes here: the patterns run only on text that could match them (a fifth of the
        // CPU of printing a 1,000-table schema went to them)
        if (out.contains("://") && out.indexOf('@') >= 0) {
            out = URL_LOGIN.matcher(out).replaceAll(r -> Matcher.quoteReplacement(r.group(1)
                    + (PLACEHOLDERS.contains(r.group(2)) ? r.group(2) : MASK) + "@"));
        }
        if (out.indexOf('=') < 0 || !mentionsSecretParameter(out)) {
            return out;
        }
        return SECRET_PARAM.matcher(out).replaceAll(r -> Matcher.quoteReplacement(r.group(1) + r.group(2) + "="
                + (r.group(3).startsWith(MASK) ? r.group(3) : MASK + rest(r.group(3)))));
    }

    private static boolean mentionsSecretParameter(String text) {
        for (int i = 0; i < text.length(); i++) {
            for (String word : SECRET_WORDS) {
                if (text.regionMatches(true, i, word, 0, word.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A URL as written with its secrets masked, for messages about URLs that could not be parsed. */
    public static String redactUrl(String url) {
        return redact(url, secretsOf(url));
    }

    // after a masked parameter value, the parameters that follow it stay readable
    private static String rest(String value) {
        int amp = value.indexOf('&');
        return amp < 0 ? "" : value.substring(amp);
    }

    private static void add(Set<String> found, String secret) {
        if (!secret.isEmpty()) {
            found.add(secret);
            found.add(decodeLeniently(secret));
        }
    }

    private static String decodeLeniently(String s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] raw = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '%' && i + 2 < raw.length && Character.digit(raw[i + 1], 16) >= 0
                    && Character.digit(raw[i + 2], 16) >= 0) {
                bytes.write(Character.digit(raw[i + 1], 16) * 16 + Character.digit(raw[i + 2], 16));
                i += 2;
            } else {
                bytes.write(raw[i]);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String encode(String s, boolean lowerHex) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                String hex = String.format("%02X", c);
                out.append('%').append(lowerHex ? hex.toLowerCase(java.util.Locale.ROOT) : hex);
            }
        }
        return out.toString();
    }
}
