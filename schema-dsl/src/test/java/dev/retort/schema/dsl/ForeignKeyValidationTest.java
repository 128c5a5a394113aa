package dev.retort.schema.dsl;

import dev.retort.schema.model.BuiltinType;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.PrimaryKey;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.ReferentialAction;
import dev.retort.schema.model.SchemaModel;
import dev.retort.schema.model.Table;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Consumer;

import static dev.retort.schema.dsl.IndexPart.col;
import static dev.retort.schema.dsl.Types.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static dev.retort.schema.dsl.ValidationTest.assertProblems;

/** The validation rules of foreign keys: column counts and types, what they may reference. */
class ForeignKeyValidationTest {

    @Test
    void foreignKeyColumnCountMismatch() {
        assertProblems(s -> {
            TableRef pairs = s.table("pairs", t -> {
                t.column("a", integer());
                t.column("b", integer());
                t.primaryKey("a", "b");
            });
            s.table("refs", t -> {
                t.column("a", integer());
                t.foreignKey("a").references(pairs, "a", "b");
            });
        }, "table refs: foreign key fk_refs_a_pairs has 1 column(s) but references 2 column(s) of pairs (list as many "
                + "referenced columns as referencing ones, pairwise)");
    }

    @Test
    void foreignKeyTypeMismatch() {
        assertProblems(s -> {
            TableRef users = s.table("users", t -> t.column("id", uuid()).primaryKey());
            s.table("posts", t -> {
                t.column("author_id", bigint()).references(users.column("id"));
                t.column("editor_id", varchar(36));
            });
        }, "table posts: foreign key fk_posts_author_id_users column \"author_id\" is bigint but references users.id of "
                + "type uuid (make the types match)");
    }

    @Test
    void foreignKeyBetweenIntegerWidthsOrStringTypesIsAccepted() {
        SchemaModel model = Schema.define(s -> {
            TableRef codes = s.table("codes", t -> {
                t.column("id", integer()).primaryKey();
                t.column("code", varchar(10)).unique();
            });
            s.table("uses", t -> {
                t.column("code_id", bigint()).references(codes.column("id"));
                t.column("code", text()).references(codes.column("code"));
            });
        });
        assertEquals(2, model.tables().size());
    }

    @Test
    void foreignKeyToColumnsThatAreNotAKey() {
        assertProblems(s -> {
            TableRef users = s.table("users", t -> {
                t.column("id", uuid()).primaryKey();
                t.column("email", text());
            });
            s.table("invites", t -> t.column("email", text()).references(users.column("email")));
        }, "table invites: foreign key fk_invites_email_users references users(email), which is neither the primary key "
                + "nor unique (reference the primary key, or declare unique(\"email\") on users)");
    }

    @Test
    void foreignKeyToAPlainUniqueIndexIsAccepted() {
        SchemaModel model = Schema.define(s -> {
            TableRef users = s.table("users", t -> {
                t.column("id", uuid()).primaryKey();
                t.column("email", text()).notNull();
                t.index("email").unique().named("ux_users_email");
            });
            s.table("invites", t -> t.column("email", text()).references(users.column("email")));
        });
        assertEquals(2, model.tables().size());
    }

    @Test
    void foreignKeyToAPartialUniqueIndexIsNotAKey() {
        assertProblems(s -> {
            TableRef users = s.table("users", t -> {
                t.column("id", uuid()).primaryKey();
                t.column("email", text());
                t.index("email").unique().where("email IS NOT NULL");
            });
            s.table("invites", t -> t.column("email", text()).references(users.column("email")));
        }, "table invites: foreign key fk_invites_email_users references users(email), which is neither the primary key "
                + "nor unique (reference the primary key, or declare unique(\"email\") on users)");
    }

    @Test
    void foreignKeyToADeferrableKeyIsRefused() {
        assertProblems(s -> {
            TableRef users = s.table("users", t -> {
                t.column("id", uuid());
                t.primaryKey("id").deferrable();
            });
            s.table("invites", t -> t.column("user_id", uuid()).references(users.column("id")));
        }, "table invites: foreign key fk_invites_user_id_users references users(id), whose key pk_users is deferrable"
                + " (PostgreSQL cannot reference a deferrable key; drop deferrable()/initiallyDeferred() from pk_users,"
                + " or reference another key)");
    }
}
