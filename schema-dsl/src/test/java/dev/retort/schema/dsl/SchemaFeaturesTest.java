package dev.retort.schema.dsl;

import dev.retort.schema.model.EnumType;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Sequence;
import dev.retort.schema.model.UserDefinedType;
import dev.retort.schema.naming.NamingConvention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.retort.schema.dsl.Types.*;
import static dev.retort.schema.model.ReferentialAction.CASCADE;
import static dev.retort.schema.model.ReferentialAction.NO_ACTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Schema-level features: namespaces, enums, sequences, forward references, cycles and the naming convention. */
class SchemaFeaturesTest {

    @Test
    void emptyDeclarationManagesPublic() {
        assertEquals(SchemaModel.empty(), Schema.define(s -> { }));
    }

    @Test
    void schemasListEveryNamespaceUsedOrDeclared() {
        SchemaModel model = Schema.define(s -> {
            s.inSchema("reporting");
            s.inSchema("billing").table("invoices", t -> t.column("id", bigint()).primaryKey());
        });
        assertEquals(List.of("billing", "reporting"), model.schemas());
        assertTrue(model.table(QualifiedName.of("billing", "invoices")).isPresent());
    }

    @Test
    void foreignKeyAcrossSchemas() {
        SchemaModel model = Schema.define(s -> {
            TableRef users = s.table("users", t -> t.column("id", uuid()).primaryKey());
            s.inSchema("billing").table("invoices", t -> {
                t.column("id", bigint()).primaryKey();
                t.column("user_id", uuid()).notNull().references(users.column("id"));
            });
        });
        assertEquals(List.of("billing", "public"), model.schemas());
        ForeignKey fk = model.table(QualifiedName.of("billing", "invoices")).orElseThrow().foreignKeys().get(0);
        assertEquals(QualifiedName.of("public", "users"), fk.referencedTable());
        assertEquals("fk_invoices_user_id_users", fk.name());
    }

    @Test
    void foreignKeyCycleThroughADeclaredHandle() {
        SchemaModel model = Schema.define(s -> {
            TableRef departments = s.declareTable("departments");
            TableRef employees = s.table("employees", t -> {
                t.column("id", bigint()).primaryKey();
                t.column("department_id", bigint()).references(departments.column("id")).deferrable();
            });
            s.table(departments, t -> {
                t.column("id", bigint()).primaryKey();
                t.column("manager_id", bigint()).references(employees.column("id"));
            });
        });
        assertEquals(QualifiedName.of("public", "departments"),
                model.table(QualifiedName.of("public", "employees")).orElseThrow().foreignKeys().get(0).referencedTable());
        assertEquals(QualifiedName.of("public", "employees"),
                model.table(QualifiedName.of("public", "departments")).orElseThrow().foreignKeys().get(0).referencedTable());
    }

    @Test
    void foreignKeyCycleClosedAfterBothTablesExist() {
        SchemaModel model = Schema.define(s -> {
            TableRef departments = s.table("departments", t -> {
                t.column("id", bigint()).primaryKey();
                t.column("manager_id", bigint());
            });
            TableRef employees = s.table("employees", t -> {
                t.column("id", bigint()).primaryKey();
                t.column("department_id", bigint()).references(departments.column("id"));
            });
            s.extendTable(departments, t -> t.foreignKey("manager_id").references(employees, "id").initiallyDeferred());
        });
        assertEquals(List.of(new ForeignKey("fk_departments_manager_id_employees", List.of("manager_id"),
                QualifiedName.of("public", "employees"), List.of("id"), NO_ACTION, NO_ACTION, true, true)),
                model.table(QualifiedName.of("public", "departments")).orElseThrow().foreignKeys());
    }

    @Test
    void forwardDeclarationInAnotherSchema() {
        SchemaModel model = Schema.define(s -> {
            TableRef accounts = s.inSchema("ledger").declareTable("accounts");
            s.table("users", t -> {
                t.column("id", bigint()).primaryKey();
                t.column("account_id", bigint()).references(accounts.column("id"));
            });
            s.inSchema("ledger").table(accounts, t -> t.column("id", bigint()).primaryKey());
        });
        assertEquals(List.of("ledger", "public"), model.schemas());
    }

    @Test
    void externalTableIsReferencedButNotManaged() {
        SchemaModel model = Schema.define(s -> s.table("sessions", t -> {
            t.column("id", uuid()).primaryKey();
            t.column("account_id", bigint()).references(s.externalTable("auth", "accounts").column("id"));
        }));
        assertEquals(List.of("public"), model.schemas());
        assertEquals(List.of(new ForeignKey("fk_sessions_account_id_accounts", List.of("account_id"),
                QualifiedName.of("auth", "accounts"), List.of("id"), NO_ACTION, NO_ACTION, false, false)),
                model.tables().get(0).foreignKeys());
    }

    @Test
    void enumTypesAreDeclaredAndUsableAsColumnTypesAndArrays() {
        SchemaModel model = Schema.define(s -> {
            EnumRef mood = s.enumType("mood", "sad", "ok", "happy").comment("how it felt");
            EnumRef status = s.inSchema("billing").enumType("status", "open", "paid");
            s.table("entries", t -> {
                t.column("mood", mood).notNull().defaultValue("ok");
                t.column("moods", mood.array());
                t.column("status", status);
                t.column("status_by_name", enumType("billing", "status"));
            });
        });
        assertEquals(List.of(new EnumType(QualifiedName.of("billing", "status"), List.of("open", "paid"), null),
                new EnumType(QualifiedName.of("public", "mood"), List.of("sad", "ok", "happy"), "how it felt")),
                model.enums());
        var entries = model.tables().get(0);
        assertEquals(new UserDefinedType(QualifiedName.of("public", "mood")), entries.column("mood").orElseThrow().type());
        assertEquals("'ok'::public.mood", entries.column("mood").orElseThrow().defaultExpression());
        assertEquals("public.mood[]", entries.column("moods").orElseThrow().type().sql());
        assertEquals(new UserDefinedType(QualifiedName.of("billing", "status")), entries.column("status").orElseThrow().type());
    }

    @Test
    void sequencesTakePostgresDefaultsForWhatIsLeftOut() {
        SchemaModel model = Schema.define(s -> {
            TableRef invoices = s.table("invoices", t -> t.column("number", integer()));
            s.sequence("plain");
            s.sequence("invoice_numbers").as(integer()).startWith(1000).cache(10).ownedBy(invoices.column("number"))
                    .comment("invoice numbers");
            s.sequence("countdown").as(smallint()).incrementBy(-1).cycle();
            s.sequence("bounded").minValue(10).maxValue(20).incrementBy(2);
        });
        assertEquals(List.of(
                new Sequence(QualifiedName.of("public", "bounded"), "bigint", 10, 2, 10, 20, 1, false, null, null),
                new Sequence(QualifiedName.of("public", "countdown"), "smallint", -1, -1, Short.MIN_VALUE, -1, 1, true, null, null),
                new Sequence(QualifiedName.of("public", "invoice_numbers"), "integer", 1000, 1, 1, Integer.MAX_VALUE, 10,
                        false, "invoices.number", "invoice numbers"),
                Sequence.of(QualifiedName.of("public", "plain"))), model.sequences());
    }

    @Test
    void customNamingConventionNamesUnnamedObjects() {
        NamingConvention postgresStyle = NamingConvention.defaults().withPrimaryKey("{table}_pkey")
                .withForeignKey("{table}_{columns}_fkey").withUniqueConstraint("{table}_{columns}_key")
                .withCheckConstraint("{table}_{column_0}_check").withIndex("{table}_{columns}_idx");
        SchemaModel model = Schema.define(postgresStyle, s -> {
            TableRef users = s.table("users", t -> t.column("id", bigint()).primaryKey());
            s.table("posts", t -> {
                t.column("id", bigint()).primaryKey();
                t.column("author_id", bigint()).references(users.column("id")).onDelete(CASCADE);
                t.column("slug", text()).unique().check("slug <> ''");
                t.index("author_id", "slug");
            });
        });
        var posts = model.table(QualifiedName.of("public", "posts")).orElseThrow();
        assertEquals("posts_pkey", posts.primaryKey().name());
        assertEquals("posts_author_id_fkey", posts.foreignKeys().get(0).name());
        assertEquals("posts_slug_key", posts.uniqueConstraints().get(0).name());
        assertEquals("posts_slug_check", posts.checkConstraints().get(0).name());
        assertEquals("posts_author_id_slug_idx", posts.indexes().get(0).name());
    }

    @Test
    void builderSpreadsADeclarationOverSeveralSteps() {
        SchemaBuilder s = Schema.builder();
        TableRef users = s.table("users", t -> t.column("id", bigint()).primaryKey());
        s.table("posts", t -> t.column("author_id", bigint()).references(users.column("id")));
        SchemaModel model = s.build();
        assertEquals(2, model.tables().size());
        assertEquals(model, s.build());
    }
}
