package dev.retort.schema.naming;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NamingConvention names the keys, constraints and indexes that a schema declaration leaves unnamed, like
 * Alembic's {@code naming_convention}: the same declaration always yields the same names, and every name is
 * fitted into PostgreSQL's 63-byte limit by {@link NameShortener}.
 *
 * <p>Templates may use these tokens: {@code {table}}, {@code {schema}}, {@code {columns}} (the key's columns
 * joined by {@code _}; for an index, its expression parts reduced to words), {@code {column_0}} (the first
 * one), {@code {referred_table}} and {@code {referred_columns}} (foreign keys only). A check constraint's
 * {@code {columns}} are the table's columns its expression mentions, in order of first mention.
 *
 * <pre>{@code
 * NamingConvention.defaults().foreignKeyName("entries", List.of("user_id"), "users", List.of("id"));
 *         // "fk_entries_user_id_users"
 * NamingConvention postgresStyle = NamingConvention.defaults()
 *         .withPrimaryKey("{table}_pkey").withForeignKey("{table}_{columns}_fkey");
 * }</pre>
 *
 * @param primaryKey       template for primary keys, default {@code pk_{table}}
 * @param foreignKey       template for foreign keys, default {@code fk_{table}_{columns}_{referred_table}}
 * @param uniqueConstraint template for unique constraints, default {@code uq_{table}_{columns}}
 * @param checkConstraint  template for check constraints, default {@code ck_{table}_{columns}}
 * @param index            template for indexes (unique or not), default {@code ix_{table}_{columns}}
 */
public record NamingConvention(String primaryKey, String foreignKey, String uniqueConstraint, String checkConstraint,
                               String index) {

    private static final Pattern TOKEN = Pattern.compile("\\{([a-z_0-9]+)}");
    private static final Set<String> TOKENS =
            Set.of("table", "schema", "columns", "column_0", "referred_table", "referred_columns");

    public NamingConvention {
        for (String template : new String[] {primaryKey, foreignKey, uniqueConstraint, checkConstraint, index}) {
            checkTemplate(template);
        }
    }

    /** The default convention: {@code pk_<table>}, {@code fk_<table>_<cols>_<reftable>}, {@code uq_…}, {@code ck_…}, {@code ix_…}. */
    public static NamingConvention defaults() {
        return new NamingConvention("pk_{table}", "fk_{table}_{columns}_{referred_table}", "uq_{table}_{columns}",
                "ck_{table}_{columns}", "ix_{table}_{columns}");
    }

    public NamingConvention withPrimaryKey(String template) {
        return new NamingConvention(template, foreignKey, uniqueConstraint, checkConstraint, index);
    }

    public NamingConvention withForeignKey(String template) {
        return new NamingConvention(primaryKey, template, uniqueConstraint, checkConstraint, index);
    }

    public NamingConvention withUniqueConstraint(String template) {
        return new NamingConvention(primaryKey, foreignKey, template, checkConstraint, index);
    }

    public NamingConvention withCheckConstraint(String template) {
        return new NamingConvention(primaryKey, foreignKey, uniqueConstraint, template, index);
    }

    public NamingConvention withIndex(String template) {
        return new NamingConvention(primaryKey, foreignKey, uniqueConstraint, checkConstraint, template);
    }

    /** The name of {@code table}'s unnamed primary key over {@code columns}. */
    public String primaryKeyName(String schema, String table, List<String> columns) {
        return render(primaryKey, tokens(schema, table, columns, null, List.of()));
    }

    /** The name of an unnamed foreign key from {@code columns} of {@code table} to {@code referredTable}. */
    public String foreignKeyName(String schema, String table, List<String> columns, String referredTable,
                                 List<String> referredColumns) {
        return render(foreignKey, tokens(schema, table, columns, referredTable, referredColumns));
    }

    /** The name of an unnamed unique constraint over {@code columns}. */
    public String uniqueConstraintName(String schema, String table, List<String> columns) {
        return render(uniqueConstraint, tokens(schema, table, columns, null, List.of()));
    }

    /** The name of an unnamed check constraint that mentions {@code columns}. */
    public String checkConstraintName(String schema, String table, List<String> columns) {
        return render(checkConstraint, tokens(schema, table, columns, null, List.of()));
    }

    /** The name of an unnamed index whose parts, as words, are {@code parts}. */
    public String indexName(String schema, String table, List<String> parts) {
        return render(index, tokens(schema, table, parts, null, List.of()));
    }

    /** Reduces an index expression to a name fragment: {@code lower((email)::text)} becomes {@code lower_email_text}. */
    public static String words(String expression) {
        String words = expression.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}_]+", "_");
        words = words.replaceAll("_+", "_").replaceAll("^_|_$", "");
        return words.isEmpty() ? "expr" : words;
    }

    private static Map<String, String> tokens(String schema, String table, List<String> columns, String referredTable,
                                              List<String> referredColumns) {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("schema", schema);
        tokens.put("table", table);
        tokens.put("columns", String.join("_", columns));
        tokens.put("column_0", columns.isEmpty() ? "" : columns.get(0));
        tokens.put("referred_table", referredTable == null ? "" : referredTable);
        tokens.put("referred_columns", String.join("_", referredColumns));
        return tokens;
    }

    private static String render(String template, Map<String, String> tokens) {
        Matcher matcher = TOKEN.matcher(template);
        StringBuilder name = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(name, Matcher.quoteReplacement(tokens.get(matcher.group(1))));
        }
        matcher.appendTail(name);
        String rendered = name.toString().replaceAll("_+$", "");
        return NameShortener.fit(rendered);
    }

    private static void checkTemplate(String template) {
        Objects.requireNonNull(template, "template");
        if (template.isBlank()) {
            throw new IllegalArgumentException("a naming template cannot be blank");
        }
        Matcher matcher = TOKEN.matcher(template);
        while (matcher.find()) {
            if (!TOKENS.contains(matcher.group(1))) {
                throw new IllegalArgumentException("naming template \"" + template + "\" uses unknown token {"
                        + matcher.group(1) + "}; known tokens: " + String.join(", ", List.copyOf(TOKENS)));
            }
        }
    }
}
