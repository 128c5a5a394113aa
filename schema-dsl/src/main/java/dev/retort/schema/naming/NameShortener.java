package dev.retort.schema.naming;

import dev.retort.schema.model.Identifiers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * NameShortener fits a generated name into PostgreSQL's 63-byte identifier limit.
 *
 * <p>A name that fits is returned unchanged. A longer one keeps as many leading characters as fit (counting
 * UTF-8 bytes and never cutting inside a character) and ends with {@code _} plus eight hex digits of the
 * SHA-256 of the full name, so the result is stable across runs and machines and two long names that share a
 * prefix still differ.
 *
 * <pre>{@code
 * NameShortener.fit("ix_users_email");                    // "ix_users_email"
 * NameShortener.fit("fk_" + "a".repeat(80));              // 54 leading bytes + "_" + 8 hex digits
 * }</pre>
 */
public final class NameShortener {

    private static final int HASH_HEX_DIGITS = 8;

    private NameShortener() {
    }

    /** {@code name} itself when it fits in 63 UTF-8 bytes, otherwise its shortened, hash-suffixed form. */
    public static String fit(String name) {
        return fit(name, Identifiers.MAX_BYTES);
    }

    /** {@code name} shortened to at most {@code maxBytes} UTF-8 bytes (at least 10). */
    public static String fit(String name, int maxBytes) {
        if (maxBytes < HASH_HEX_DIGITS + 2) {
            throw new IllegalArgumentException("maxBytes must leave room for the hash suffix: " + maxBytes);
        }
        if (Identifiers.byteLength(name) <= maxBytes) {
            return name;
        }
        String suffix = "_" + hash(name);
        String prefix = leadingBytes(name, maxBytes - suffix.length());
        while (prefix.endsWith("_")) {
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        return prefix + suffix;
    }

    /** The longest prefix of {@code text} whose UTF-8 form has at most {@code budget} bytes, whole characters only. */
    static String leadingBytes(String text, int budget) {
        int used = 0;
        int end = 0;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            int bytes = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (used + bytes > budget) {
                break;
            }
            used += bytes;
            end += Character.charCount(codePoint);
        }
        return text.substring(0, end);
    }

    private static String hash(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < HASH_HEX_DIGITS / 2; i++) {
                hex.append(String.format("%02x", digest[i] & 0xff));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 (MessageDigest's contract), so this cannot happen.
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
