package dev.retort.diff.plan;

import dev.retort.diff.change.AddColumn;
import dev.retort.diff.change.AlterColumnGenerated;
import dev.retort.diff.change.AlterColumnType;
import dev.retort.diff.change.AlterConstraintValidation;
import dev.retort.diff.change.AlterEnum;
import dev.retort.diff.change.SchemaChange;
import dev.retort.schema.model.Column;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * HazardClassifier labels one rendered statement with its hazards, from the statement's kind and the change it
 * performs.
 */
final class HazardClassifier {

    // defaults PostgreSQL evaluates once when a column is added (no rewrite): constants and stable now()-likes
    private static final Pattern STABLE_DEFAULT = Pattern.compile(
            "(?i)^\\s*(now\\(\\)|current_timestamp|current_date|localtimestamp|transaction_timestamp\\(\\)|[^()]*)\\s*$");

    private HazardClassifier() {
    }

    static Set<Hazard> classify(SchemaChange change, String sql) {
        EnumSet<Hazard> hazards = EnumSet.noneOf(Hazard.class);
        String head = skeleton(sql);
        if (isEnumValueAddition(head)) {
            hazards.add(Hazard.NOT_TRANSACTIONAL);
        } else if (head.startsWith("CREATE INDEX") || head.startsWith("CREATE UNIQUE INDEX")) {
            hazards.add(Hazard.INDEX_BUILD);
        } else if (head.startsWith("DROP INDEX")) {
            hazards.add(Hazard.ACCESS_EXCLUSIVE_LOCK);
        } else if (head.startsWith("DROP TABLE")) {
            hazards.add(Hazard.DELETES_DATA);
            hazards.add(Hazard.ACCESS_EXCLUSIVE_LOCK);
        } else if (head.startsWith("DROP SEQUENCE")) {
            hazards.add(Hazard.DELETES_DATA);
        } else if (head.startsWith("ALTER TABLE")) {
            // VALIDATE CONSTRAINT takes SHARE UPDATE EXCLUSIVE: reads and writes go on while the rows are checked
            if (!(change instanceof AlterConstraintValidation validation && validation.validates())) {
                hazards.add(Hazard.ACCESS_EXCLUSIVE_LOCK);
            }
            alterTable(change, head, hazards);
        }
        if (change instanceof AlterEnum alter && alter.changesValues() && !alter.onlyAddsValues()
                && !alter.removedValues().isEmpty() && !head.startsWith("COMMENT")) {
            hazards.add(Hazard.IRREVERSIBLE);
        }
        return hazards;
    }

    static boolean isTransactional(String sql) {
        return !isEnumValueAddition(skeleton(sql));
    }

    /**
     * The statement in upper case with quoted identifiers and string literals blanked out, so that a name such as
     * {@code "x DROP COLUMN y"} or a comment text cannot make a statement look like another kind.
     */
    static String skeleton(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        char quote = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                        i++;
                    } else {
                        quote = 0;
                        out.append(c);
                    }
                }
            } else {
                if (c == '"' || c == '\'') {
                    quote = c;
                }
                out.append(c);
            }
        }
        return out.toString().stripLeading().toUpperCase(Locale.ROOT);
    }

    private static boolean isEnumValueAddition(String head) {
        // ALTER TYPE ... ADD VALUE cannot run in a transaction block before PostgreSQL 12, and the new label cannot be
        // used in the transaction that adds it on any version
        return head.startsWith("ALTER TYPE") && head.contains(" ADD VALUE ");
    }

    private static void alterTable(SchemaChange change, String head, Set<Hazard> hazards) {
        if (head.contains(" DROP COLUMN ")) {
            hazards.add(Hazard.DELETES_DATA);
        }
        if (head.contains(" ADD CONSTRAINT ") && (head.contains(" PRIMARY KEY (") || head.matches("(?s).* UNIQUE( NULLS NOT DISTINCT)? \\(.*"))) {
            hazards.add(Hazard.INDEX_BUILD);
        }
        if (head.contains(" ADD COLUMN ")) {
            Column added = change instanceof AddColumn add ? add.column()
                    : change instanceof AlterColumnGenerated generated ? generated.to() : null;
            if (added != null && rewritesOnAdd(added)) {
                hazards.add(Hazard.TABLE_REWRITE);
            }
        }
        boolean typeChange = head.contains(" TYPE ") && head.contains(" ALTER COLUMN ");
        if (typeChange && change instanceof AlterColumnType alter) {
            if (!TypeConversions.isBinaryCoercible(alter.from().type(), alter.to().type())) {
                hazards.add(Hazard.TABLE_REWRITE);
            }
            if (!TypeConversions.isWidening(alter.from().type(), alter.to().type())) {
                hazards.add(Hazard.DELETES_DATA);
            }
        } else if (typeChange && change instanceof AlterEnum) {
            hazards.add(Hazard.TABLE_REWRITE);
        }
    }

    private static boolean rewritesOnAdd(Column column) {
        if (column.generatedExpression() != null || column.identity() != null) {
            return true;
        }
        String def = column.defaultExpression();
        return def != null && !STABLE_DEFAULT.matcher(def).matches();
    }
}
