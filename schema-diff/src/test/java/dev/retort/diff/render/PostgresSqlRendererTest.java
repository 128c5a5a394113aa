package dev.retort.diff.render;

import dev.retort.diff.change.*;
import dev.retort.schema.model.ArrayType;
import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.EnumType;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.IdentityGeneration;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.IndexElement;
import dev.retort.schema.model.PrimaryKey;
import dev.retort.schema.model.QualifiedName;
import dev.retort.schema.model.ReferentialAction;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.UniqueConstraint;
import dev.retort.schema.model.BuiltinType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static dev.retort.diff.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Each case: a change, the SQL it renders to, and the SQL its inverse renders to. */
class PostgresSqlRendererTest {

    private static final QualifiedName USERS = name("users");
    private static final QualifiedName APP_ORDERS = QualifiedName.of("App", "order");
    private static final Column EMAIL = column("email", TEXT);
    private static final EnumType MOOD = enumType("mood", "sad", "ok");
    private final PostgresSqlRenderer renderer = new PostgresSqlRenderer();

    static Stream<Arguments> cases() {
        Column id = required("id", INT);
        Column mood = column("mood", type(MOOD)).withDefault("'ok'::public.mood");
        Table users = table("users", required("id", BIGINT).withIdentity(IdentityGeneration.ALWAYS),
                EMAIL.withDefault("'x'::text").withNullable(false).withComment("it's mail"),
                column("total", INT).withGenerated("(id * 2)"))
                .withPrimaryKey(new PrimaryKey("pk_users", List.of("id")))
                .withUniqueConstraints(List.of(new UniqueConstraint("uq_users_email", List.of("email"), true)))
                .withCheckConstraints(List.of(new CheckConstraint("ck_users_email", "(email <> ''::text)")))
                .withComment("people");
        ForeignKey fk = new ForeignKey("fk_order_user", List.of("user_id"), USERS, List.of("id"),
                ReferentialAction.CASCADE, ReferentialAction.SET_NULL, true, true);
        Index index = new Index("ix_users_email", true, "btree", List.of(IndexElement.expression("lower(email)"),
                IndexElement.column("id").desc().nullsFirst(false), IndexElement.column("name").withOperatorClass("text_pattern_ops")),
                List.of("total"), "(deleted_at IS NULL)", true);
        return Stream.of(
                arguments(new CreateSchema("App"), List.of("CREATE SCHEMA \"App\""), List.of("DROP SCHEMA \"App\"")),
                arguments(new CreateEnum(new EnumType(name("mood"), List.of("sad", "it's ok"), "feel")),
                        List.of("CREATE TYPE public.mood AS ENUM ('sad', 'it''s ok')", "COMMENT ON TYPE public.mood IS 'feel'"),
                        List.of("DROP TYPE public.mood")),
                arguments(new AlterEnum(MOOD, enumType("mood", "bad", "sad", "meh", "ok", "great"),
                                List.of(new EnumColumn(USERS, "mood", false, "'ok'::public.mood")),
                                List.of(new EnumColumn(USERS, "moods", true, null))),
                        List.of("ALTER TYPE public.mood ADD VALUE IF NOT EXISTS 'bad' BEFORE 'sad'",
                                "ALTER TYPE public.mood ADD VALUE IF NOT EXISTS 'meh' AFTER 'sad'",
                                "ALTER TYPE public.mood ADD VALUE IF NOT EXISTS 'great' AFTER 'ok'"),
                        List.of("ALTER TYPE public.mood RENAME TO mood__retort_old",
                                "CREATE TYPE public.mood AS ENUM ('sad', 'ok')",
                                "ALTER TABLE public.users ALTER COLUMN moods DROP DEFAULT",
                                "ALTER TABLE public.users ALTER COLUMN moods TYPE public.mood[] USING moods::text[]::public.mood[]",
                                "DROP TYPE public.mood__retort_old")),
                arguments(new CreateSequence(sequence("seq").withStart(10)),
                        List.of("CREATE SEQUENCE public.seq AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807"
                                + " START WITH 10 CACHE 1 NO CYCLE"),
                        List.of("DROP SEQUENCE public.seq")),
                arguments(new AlterSequence(sequence("seq"), sequence("seq").withStart(5).withOwnedBy("users.id").withComment("n")),
                        List.of("ALTER SEQUENCE public.seq START WITH 5", "ALTER SEQUENCE public.seq OWNED BY public.users.id",
                                "COMMENT ON SEQUENCE public.seq IS 'n'"),
                        List.of("ALTER SEQUENCE public.seq START WITH 1", "ALTER SEQUENCE public.seq OWNED BY NONE",
                                "COMMENT ON SEQUENCE public.seq IS NULL")),
                arguments(new CreateTable(users),
                        List.of("CREATE TABLE public.users (\n"
                                        + "    id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,\n"
                                        + "    email text DEFAULT 'x'::text NOT NULL,\n"
                                        + "    total integer GENERATED ALWAYS AS ((id * 2)) STORED,\n"
                                        + "    CONSTRAINT pk_users PRIMARY KEY (id),\n"
                                        + "    CONSTRAINT uq_users_email UNIQUE NULLS NOT DISTINCT (email),\n"
                                        + "    CONSTRAINT ck_users_email CHECK ((email <> ''::text))\n)",
                                "COMMENT ON TABLE public.users IS 'people'",
                                "COMMENT ON COLUMN public.users.email IS 'it''s mail'"),
                        List.of("DROP TABLE public.users")),
                arguments(new RenameTable(QualifiedName.of("App", "Order"), APP_ORDERS),
                        List.of("ALTER TABLE \"App\".\"Order\" RENAME TO \"order\""),
                        List.of("ALTER TABLE \"App\".\"order\" RENAME TO \"Order\"")),
                arguments(new AlterTableComment(USERS, null, USERS, "people"),
                        List.of("COMMENT ON TABLE public.users IS 'people'"), List.of("COMMENT ON TABLE public.users IS NULL")),
                arguments(new AddColumn(USERS, column("mood", type(MOOD)).withDefault("'ok'::public.mood").withComment("c")),
                        List.of("ALTER TABLE public.users ADD COLUMN mood public.mood DEFAULT 'ok'::public.mood",
                                "COMMENT ON COLUMN public.users.mood IS 'c'"),
                        List.of("ALTER TABLE public.users DROP COLUMN mood")),
                arguments(new RenameColumn(USERS, "mail", USERS, "select"),
                        List.of("ALTER TABLE public.users RENAME COLUMN mail TO \"select\""),
                        List.of("ALTER TABLE public.users RENAME COLUMN \"select\" TO mail")),
                arguments(new AlterColumnType(USERS, id, USERS, id.withType(BIGINT)),
                        List.of("ALTER TABLE public.users ALTER COLUMN id TYPE bigint USING id::bigint"),
                        List.of("ALTER TABLE public.users ALTER COLUMN id TYPE integer USING id::integer")),
                arguments(new AlterColumnType(USERS, column("mood", TEXT).withDefault("'ok'::text"), USERS, mood),
                        List.of("ALTER TABLE public.users ALTER COLUMN mood DROP DEFAULT",
                                "ALTER TABLE public.users ALTER COLUMN mood TYPE public.mood USING mood::public.mood",
                                "ALTER TABLE public.users ALTER COLUMN mood SET DEFAULT 'ok'::public.mood"),
                        List.of("ALTER TABLE public.users ALTER COLUMN mood DROP DEFAULT",
                                "ALTER TABLE public.users ALTER COLUMN mood TYPE text USING mood::text",
                                "ALTER TABLE public.users ALTER COLUMN mood SET DEFAULT 'ok'::text")),
                arguments(new AlterColumnType(USERS, column("moods", new ArrayType(type(MOOD))), USERS,
                                column("moods", new ArrayType(type(enumType("feeling", "x"))))),
                        List.of("ALTER TABLE public.users ALTER COLUMN moods TYPE public.feeling[] USING moods::text[]::public.feeling[]"),
                        List.of("ALTER TABLE public.users ALTER COLUMN moods TYPE public.mood[] USING moods::text[]::public.mood[]")),
                arguments(new AlterColumnNullability(USERS, EMAIL, USERS, EMAIL.withNullable(false)),
                        List.of("ALTER TABLE public.users ALTER COLUMN email SET NOT NULL"),
                        List.of("ALTER TABLE public.users ALTER COLUMN email DROP NOT NULL")),
                arguments(new AlterColumnDefault(USERS, EMAIL, USERS, EMAIL.withDefault("'x'::text")),
                        List.of("ALTER TABLE public.users ALTER COLUMN email SET DEFAULT 'x'::text"),
                        List.of("ALTER TABLE public.users ALTER COLUMN email DROP DEFAULT")),
                arguments(new AlterColumnIdentity(USERS, id, USERS, id.withIdentity(IdentityGeneration.BY_DEFAULT)),
                        List.of("ALTER TABLE public.users ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY",
                                "SELECT setval(pg_get_serial_sequence('public.users', 'id'), COALESCE(MAX(id), 0) + 1, false)"
                                        + " FROM public.users"),
                        List.of("ALTER TABLE public.users ALTER COLUMN id DROP IDENTITY")),
                arguments(new AlterColumnIdentity(USERS, id.withIdentity(IdentityGeneration.ALWAYS), USERS,
                                id.withIdentity(IdentityGeneration.BY_DEFAULT)),
                        List.of("ALTER TABLE public.users ALTER COLUMN id SET GENERATED BY DEFAULT"),
                        List.of("ALTER TABLE public.users ALTER COLUMN id SET GENERATED ALWAYS")),
                arguments(new AlterColumnGenerated(USERS, column("total", INT).withGenerated("(id * 2)"), USERS, column("total", INT)),
                        List.of("ALTER TABLE public.users ALTER COLUMN total DROP EXPRESSION"),
                        List.of("ALTER TABLE public.users DROP COLUMN total",
                                "ALTER TABLE public.users ADD COLUMN total integer GENERATED ALWAYS AS ((id * 2)) STORED")),
                arguments(new AlterColumnComment(USERS, EMAIL, USERS, EMAIL.withComment("--;'")),
                        List.of("COMMENT ON COLUMN public.users.email IS '--;'''"),
                        List.of("COMMENT ON COLUMN public.users.email IS NULL")),
                arguments(new AddPrimaryKey(USERS, new PrimaryKey("pk_users", List.of("id", "Tenant"))),
                        List.of("ALTER TABLE public.users ADD CONSTRAINT pk_users PRIMARY KEY (id, \"Tenant\")"),
                        List.of("ALTER TABLE public.users DROP CONSTRAINT pk_users")),
                arguments(new AddForeignKey(APP_ORDERS, fk),
                        List.of("ALTER TABLE \"App\".\"order\" ADD CONSTRAINT fk_order_user FOREIGN KEY (user_id)"
                                + " REFERENCES public.users (id) ON DELETE CASCADE ON UPDATE SET NULL DEFERRABLE INITIALLY DEFERRED"),
                        List.of("ALTER TABLE \"App\".\"order\" DROP CONSTRAINT fk_order_user")),
                arguments(new AddUniqueConstraint(USERS, new UniqueConstraint("uq", List.of("a", "b"), false)),
                        List.of("ALTER TABLE public.users ADD CONSTRAINT uq UNIQUE (a, b)"),
                        List.of("ALTER TABLE public.users DROP CONSTRAINT uq")),
                arguments(new AddUniqueConstraint(USERS, new UniqueConstraint("uq", List.of("a", "b"), true)
                                .withDeferrable(true, true), true),
                        List.of("ALTER TABLE public.users ADD CONSTRAINT uq UNIQUE USING INDEX uq DEFERRABLE INITIALLY DEFERRED"),
                        List.of("ALTER TABLE public.users DROP CONSTRAINT uq")),
                arguments(new AddPrimaryKey(USERS, new PrimaryKey("Pk", List.of("id")), true),
                        List.of("ALTER TABLE public.users ADD CONSTRAINT \"Pk\" PRIMARY KEY USING INDEX \"Pk\""),
                        List.of("ALTER TABLE public.users DROP CONSTRAINT \"Pk\"")),
                arguments(new AddCheckConstraint(USERS, new CheckConstraint("ck", "(a > 0)")),
                        List.of("ALTER TABLE public.users ADD CONSTRAINT ck CHECK ((a > 0))"),
                        List.of("ALTER TABLE public.users DROP CONSTRAINT ck")),
                arguments(new CreateIndex(APP_ORDERS, index),
                        List.of("CREATE UNIQUE INDEX ix_users_email ON \"App\".\"order\" USING btree ((lower(email)),"
                                + " id DESC NULLS LAST, name text_pattern_ops) INCLUDE (total) NULLS NOT DISTINCT"
                                + " WHERE (deleted_at IS NULL)"),
                        List.of("DROP INDEX \"App\".ix_users_email")),
                arguments(new CreateIndex(USERS, new Index("ix_gin", false, "gin", List.of(IndexElement.column("tags")),
                                List.of(), null, false)),
                        List.of("CREATE INDEX ix_gin ON public.users USING gin (tags)"),
                        List.of("DROP INDEX public.ix_gin")),
                arguments(new AddColumn(USERS, column("n", new BuiltinType("numeric(10,2)")).withNullable(false).withDefault("0")),
                        List.of("ALTER TABLE public.users ADD COLUMN n numeric(10,2) DEFAULT 0 NOT NULL"),
                        List.of("ALTER TABLE public.users DROP COLUMN n")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersForwardAndInverse(SchemaChange change, List<String> forward, List<String> inverse) {
        assertEquals(forward, renderer.sql(change));
        assertEquals(inverse, renderer.sql(change.inverse()));
    }
}
