package dev.retort.schema.dsl;

import dev.retort.schema.model.Column;
import dev.retort.schema.model.IdentityGeneration;
import dev.retort.schema.model.IdentityOptions;
import dev.retort.schema.model.Index;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * ColumnSources writes the DSL statements of a table's columns and indexes for {@link JavaSourceWriter}: every
 * option the model holds is spelled out, so that the generated declaration builds the same model.
 */
final class ColumnSources {

    private ColumnSources() {
    }

    /** The {@code t.column(...)} statement of {@code column}; enum types by the handles of {@code enumHandles}. */
    static String column(Column column, Map<String, String> enumHandles) {
        StringBuilder code = new StringBuilder("t.column(" + JavaCode.string(column.name()) + ", "
                + JavaCode.type(column.type(), enumHandles) + ")");
        if (!column.nullable()) {
            code.append(".notNull()");
        }
        if (column.defaultExpression() != null) {
            code.append(".defaultSql(").append(JavaCode.string(column.defaultExpression())).append(")");
        }
        if (column.identity() != null) {
            code.append(column.identity() == IdentityGeneration.ALWAYS
                    ? ".generatedAlwaysAsIdentity(" : ".generatedByDefaultAsIdentity(")
                    .append(identityOptions(column.identityOptions(), column.identitySequence())).append(")");
        }
        if (column.collation() != null) {
            code.append(".collate(").append(column.collation().schema().equals("pg_catalog") ? ""
                    : JavaCode.string(column.collation().schema()) + ", ")
                    .append(JavaCode.string(column.collation().name())).append(")");
        }
        if (column.storage() != null) {
            code.append(".storage(").append(JavaCode.string(column.storage())).append(")");
        }
        if (column.compression() != null) {
            code.append(".compression(").append(JavaCode.string(column.compression())).append(")");
        }
        if (column.generatedExpression() != null) {
            code.append(".generatedAlwaysAs(").append(JavaCode.string(column.generatedExpression())).append(")");
        }
        if (column.comment() != null) {
            code.append(".comment(").append(JavaCode.string(column.comment())).append(")");
        }
        if (column.renamedFrom() != null) {
            code.append(".renamedFrom(").append(JavaCode.string(column.renamedFrom())).append(")");
        }
        return code.append(";").toString();
    }

    /** The {@code t.index(...)} statement of {@code index}, named as it is. */
    static String index(Index index) {
        String parts = index.elements().stream().map(JavaCode::indexPart).collect(Collectors.joining(", "));
        StringBuilder code = new StringBuilder("t.index(" + parts + ")");
        if (index.unique()) {
            code.append(".unique()");
        }
        if (!index.method().equals("btree")) {
            code.append(".using(").append(JavaCode.string(index.method())).append(")");
        }
        if (!index.include().isEmpty()) {
            code.append(".include(").append(JavaCode.strings(index.include())).append(")");
        }
        if (index.predicate() != null) {
            code.append(".where(").append(JavaCode.string(index.predicate())).append(")");
        }
        if (index.nullsNotDistinct()) {
            code.append(".nullsNotDistinct()");
        }
        for (String parameter : index.storageParameters()) {
            int eq = parameter.indexOf('=');
            code.append(".with(").append(JavaCode.string(parameter.substring(0, eq))).append(", ")
                    .append(JavaCode.string(parameter.substring(eq + 1))).append(")");
        }
        if (index.comment() != null) {
            code.append(".comment(").append(JavaCode.string(index.comment())).append(")");
        }
        return code.append(".named(").append(JavaCode.string(index.name())).append(");").toString();
    }

    /** The options lambda of an identity column, every option spelled out; empty for the defaults. */
    private static String identityOptions(IdentityOptions options, String sequence) {
        if (options == null && sequence == null) {
            return "";
        }
        String named = sequence == null ? "" : ".named(" + JavaCode.string(sequence) + ")";
        if (options == null) {
            return "seq -> seq" + named;
        }
        return "seq -> seq.startWith(" + JavaCode.number(options.start()) + ").incrementBy("
                + JavaCode.number(options.increment()) + ").minValue(" + JavaCode.number(options.minValue())
                + ").maxValue(" + JavaCode.number(options.maxValue()) + ").cache(" + JavaCode.number(options.cache()) + ")"
                + (options.cycle() ? ".cycle()" : "") + named;
    }
}
