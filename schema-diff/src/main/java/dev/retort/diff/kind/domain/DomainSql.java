package dev.retort.diff.kind.domain;

import dev.retort.diff.plan.Hazard;
import dev.retort.diff.plan.SqlStatement;
import dev.retort.diff.render.SqlNames;
import dev.retort.schema.model.Domain;
import dev.retort.schema.model.DomainCheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * DomainSql writes the statements of a domain: {@code CREATE DOMAIN} with its valid checks inline (a NOT VALID one
 * is added after, as {@code CREATE DOMAIN} cannot mark one), {@code DROP DOMAIN}, and the {@code ALTER DOMAIN}s of an
 * in-place change. A new NOT NULL or check reads the values of every column of the domain, in every table, under a
 * SHARE lock on each of those tables: the hazards say so.
 */
final class DomainSql {

    private DomainSql() {
    }

    static List<SqlStatement> create(Domain domain) {
        StringBuilder sql = new StringBuilder("CREATE DOMAIN " + SqlNames.name(domain.name()) + " AS "
                + domain.baseType().sql() + CatalogTypes.collate(domain.collation()));
        if (domain.defaultExpression() != null) {
            sql.append(" DEFAULT ").append(domain.defaultExpression());
        }
        if (domain.notNull()) {
            sql.append(" NOT NULL");
        }
        for (DomainCheck check : domain.checks()) {
            if (!check.notValid()) {
                sql.append(" CONSTRAINT ").append(SqlNames.name(check.name())).append(" CHECK (")
                        .append(check.expression()).append(')');
            }
        }
        List<SqlStatement> out = new ArrayList<>();
        out.add(SqlStatement.of(sql.toString()));
        domain.checks().stream().filter(DomainCheck::notValid).forEach(c -> out.add(addCheck(domain, c)));
        if (domain.comment() != null) {
            out.add(comment(domain));
        }
        return out;
    }

    static SqlStatement drop(Domain domain) {
        return SqlStatement.of("DROP DOMAIN " + SqlNames.name(domain.name()));
    }

    /** Drops the checks that go or change, sets default and NOT NULL, adds and validates checks, comments. */
    static List<SqlStatement> alter(Domain from, Domain to) {
        List<SqlStatement> out = new ArrayList<>();
        String alter = "ALTER DOMAIN " + SqlNames.name(to.name());
        List<DomainCheck> added = new ArrayList<>();
        List<DomainCheck> validated = new ArrayList<>();
        for (DomainCheck old : from.checks()) {
            DomainCheck now = to.check(old.name()).orElse(null);
            if (now != null && now.expression().equals(old.expression()) && old.notValid() && !now.notValid()) {
                validated.add(now);
            } else if (!old.equals(now)) {
                out.add(SqlStatement.of(alter + " DROP CONSTRAINT " + SqlNames.name(old.name())));
                if (now != null) {
                    added.add(now);
                }
            }
        }
        to.checks().stream().filter(c -> from.check(c.name()).isEmpty()).forEach(added::add);
        if (!Objects.equals(from.defaultExpression(), to.defaultExpression())) {
            out.add(SqlStatement.of(alter + (to.defaultExpression() == null ? " DROP DEFAULT"
                    : " SET DEFAULT " + to.defaultExpression())));
        }
        if (from.notNull() != to.notNull()) {
            out.add(to.notNull() ? scans(SqlStatement.of(alter + " SET NOT NULL"), to, "NOT NULL")
                    : SqlStatement.of(alter + " DROP NOT NULL"));
        }
        added.forEach(c -> out.add(addCheck(to, c)));
        validated.forEach(c -> out.add(scans(SqlStatement.of(alter + " VALIDATE CONSTRAINT " + SqlNames.name(c.name())),
                to, "check " + c.name())));
        if (!Objects.equals(from.comment(), to.comment())) {
            out.add(comment(to));
        }
        return out;
    }

    private static SqlStatement addCheck(Domain domain, DomainCheck check) {
        SqlStatement add = SqlStatement.of("ALTER DOMAIN " + SqlNames.name(domain.name()) + " ADD CONSTRAINT "
                + SqlNames.name(check.name()) + " CHECK (" + check.expression() + ")" + (check.notValid() ? " NOT VALID" : ""));
        return check.notValid() ? add : scans(add, domain, "check " + check.name());
    }

    private static SqlStatement scans(SqlStatement statement, Domain domain, String what) {
        return statement.with(Hazard.FULL_TABLE_SCAN, "checks " + what + " of domain " + domain.name()
                        + " against every value of every column of the domain, in every table")
                .with(Hazard.SHARE_LOCK, "on every table with a column of domain " + domain.name()
                        + ", while its values are checked");
    }

    private static SqlStatement comment(Domain domain) {
        return SqlStatement.of("COMMENT ON DOMAIN " + SqlNames.name(domain.name()) + " IS "
                + (domain.comment() == null ? "NULL" : SqlNames.literal(domain.comment())));
    }
}
