package dev.retort.schema.dsl;

import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.PrimaryKey;
import dev.retort.schema.model.ReferentialAction;
import dev.retort.schema.model.UniqueConstraint;

/**
 * ConstraintCode spells a table's constraints as DSL statements for {@link JavaSourceWriter}: every option the model
 * holds (INCLUDE, deferrability, MATCH FULL, NOT VALID, NO INHERIT, comment) and an explicit name.
 */
final class ConstraintCode {

    private ConstraintCode() {
    }

    static String primaryKey(PrimaryKey key) {
        StringBuilder code = new StringBuilder("t.primaryKey(" + JavaCode.strings(key.columns()) + ")");
        if (!key.include().isEmpty()) {
            code.append(".include(").append(JavaCode.strings(key.include())).append(")");
        }
        deferral(code, key.deferrable(), key.initiallyDeferred());
        comment(code, key.comment());
        return code.append(".named(").append(JavaCode.string(key.name())).append(");").toString();
    }

    static String unique(UniqueConstraint unique) {
        StringBuilder code = new StringBuilder("t.unique(" + JavaCode.strings(unique.columns()) + ")");
        if (unique.nullsNotDistinct()) {
            code.append(".nullsNotDistinct()");
        }
        if (!unique.include().isEmpty()) {
            code.append(".include(").append(JavaCode.strings(unique.include())).append(")");
        }
        deferral(code, unique.deferrable(), unique.initiallyDeferred());
        comment(code, unique.comment());
        return code.append(".named(").append(JavaCode.string(unique.name())).append(");").toString();
    }

    static String check(CheckConstraint check) {
        StringBuilder code = new StringBuilder("t.check(" + JavaCode.string(check.expression()) + ")");
        if (check.notValid()) {
            code.append(".notValid()");
        }
        if (check.noInherit()) {
            code.append(".noInherit()");
        }
        comment(code, check.comment());
        return code.append(".named(").append(JavaCode.string(check.name())).append(");").toString();
    }

    /** {@code referenced} is the handle expression of the referenced table. */
    static String foreignKey(ForeignKey fk, String referenced) {
        StringBuilder code = new StringBuilder("t.foreignKey(" + JavaCode.strings(fk.columns()) + ").references("
                + referenced + (fk.referencedColumns().isEmpty() ? "" : ", ")
                + JavaCode.strings(fk.referencedColumns()) + ")");
        if (fk.onDelete() != ReferentialAction.NO_ACTION) {
            code.append(".onDelete(").append(fk.onDelete().name()).append(")");
        }
        if (fk.onUpdate() != ReferentialAction.NO_ACTION) {
            code.append(".onUpdate(").append(fk.onUpdate().name()).append(")");
        }
        deferral(code, fk.deferrable(), fk.initiallyDeferred());
        if (fk.matchFull()) {
            code.append(".matchFull()");
        }
        if (fk.notValid()) {
            code.append(".notValid()");
        }
        comment(code, fk.comment());
        return code.append(".named(").append(JavaCode.string(fk.name())).append(");").toString();
    }

    private static void deferral(StringBuilder code, boolean deferrable, boolean initiallyDeferred) {
        if (initiallyDeferred) {
            code.append(".initiallyDeferred()");
        } else if (deferrable) {
            code.append(".deferrable()");
        }
    }

    private static void comment(StringBuilder code, String comment) {
        if (comment != null) {
            code.append(".comment(").append(JavaCode.string(comment)).append(")");
        }
    }
}
