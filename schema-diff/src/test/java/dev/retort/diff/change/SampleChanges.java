package dev.retort.diff.change;

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
import dev.retort.schema.model.Sequence;
import dev.retort.schema.model.Table;
import dev.retort.schema.model.UniqueConstraint;

import java.util.List;

import static dev.retort.diff.Fixtures.*;

/** SampleChanges holds one realistic instance of every change type, for laws and renderer tests. */
public final class SampleChanges {

    public static final QualifiedName USERS = name("users");
    public static final QualifiedName PEOPLE = name("people");
    public static final Column EMAIL = column("email", TEXT);
    public static final EnumType MOOD = enumType("mood", "sad", "ok");
    public static final EnumType MOOD_WIDER = enumType("mood", "sad", "meh", "ok");
    public static final Sequence SEQ = sequence("invoice_numbers");
    public static final Table USERS_TABLE = table("users", required("id", BIGINT), EMAIL)
            .withPrimaryKey(new PrimaryKey("pk_users", List.of("id")));
    public static final ForeignKey FK = new ForeignKey("fk_users_manager_id", List.of("manager_id"), USERS,
            List.of("id"), ReferentialAction.SET_NULL, ReferentialAction.NO_ACTION, true, true);
    public static final Index INDEX = new Index("ix_users_email", true, "btree",
            List.of(IndexElement.expression("lower(email)"), IndexElement.column("id").desc()),
            List.of("name"), "(deleted_at IS NULL)", true);

    private SampleChanges() {
    }

    public static List<SchemaChange> all() {
        Column id = required("id", INT);
        return List.of(
                new CreateSchema("app"),
                new DropSchema("app"),
                new CreateEnum(MOOD),
                new DropEnum(MOOD),
                new AlterEnum(MOOD, MOOD_WIDER, List.of(new EnumColumn(USERS, "mood", false, "'ok'::public.mood")),
                        List.of(new EnumColumn(USERS, "mood", false, null))),
                new CreateSequence(SEQ),
                new DropSequence(SEQ.withStart(100)),
                new AlterSequence(SEQ, SEQ.withOwnedBy("users.id")),
                new CreateTable(USERS_TABLE),
                new AttachPartition(name("users_2026"), new dev.retort.schema.model.PartitionOf(USERS,
                        "FOR VALUES IN (2026)"), null),
                new DetachPartition(name("users_2025"), new dev.retort.schema.model.PartitionOf(USERS,
                        "FOR VALUES IN (2025)"), "users_2025_year_check"),
                new AlterTableInheritance(name("admins"), USERS, true),
                new CreatePartitionedIndex(USERS, new dev.retort.schema.model.Index("ix_users_id", false, "btree",
                        List.of(dev.retort.schema.model.IndexElement.column("id")), List.of(), null, false),
                        List.of(new IndexPartition(name("users_2026"), "users_2026_ix_users_id", "ix_users_id", false))),
                new DropPartitionedIndex(USERS, new dev.retort.schema.model.Index("ix_users_id", false, "btree",
                        List.of(dev.retort.schema.model.IndexElement.column("id")), List.of(), null, false), List.of()),
                new DropTable(USERS_TABLE.withComment("people")),
                new RenameTable(PEOPLE, USERS),
                new RepartitionTable(new RepartitionTable.Side(USERS_TABLE, List.of(), List.of(SEQ.withOwnedBy("users.id"))),
                        new RepartitionTable.Side(USERS_TABLE.withHierarchy(dev.retort.schema.model.TableHierarchy.NONE
                                .withPartitionBy(new dev.retort.schema.model.PartitionSpec(
                                        dev.retort.schema.model.PartitionStrategy.HASH, List.of("id")))),
                                List.of(table("users_0").withHierarchy(dev.retort.schema.model.TableHierarchy.NONE
                                        .withPartitionOf(new dev.retort.schema.model.PartitionOf(USERS,
                                                "FOR VALUES WITH (modulus 1, remainder 0)")))),
                                List.of(SEQ.withOwnedBy("users.id"))), true),
                new DetachPartition(name("users_2024"), new dev.retort.schema.model.PartitionOf(USERS,
                        "FOR VALUES IN (2024)"), null, java.util.Set.of(dev.retort.schema.model.ObjectId.index(USERS,
                        "ix_users_id")), java.util.Map.of("ix_users_id", "ix_users_2024_id")),
                new CreateObject(new dev.retort.schema.model.Extension("pg_trgm", "public", null, null)),
                new DropObject(new dev.retort.schema.model.Extension("citext", "ext", "1.6", "emails")),
                new AlterObject(new dev.retort.schema.model.Extension("hstore", "public", "1.7", null),
                        new dev.retort.schema.model.Extension("hstore", "public", "1.8", "pairs")),
                new AlterTableComment(PEOPLE, null, USERS, "who signs in"),
                new AlterTableOptions(PEOPLE, dev.retort.schema.model.TableOptions.DEFAULT, USERS,
                        dev.retort.schema.model.TableOptions.DEFAULT.withUnlogged(true).withReplicaIdentity("FULL")),
                new AddColumn(USERS, EMAIL),
                new DropColumn(USERS, EMAIL.withNullable(false)),
                new RenameColumn(PEOPLE, "mail", USERS, "email"),
                new RenameConstraint(PEOPLE, "pk_people", USERS, "pk_users"),
                new RenameIndex(PEOPLE, "ix_people_email", USERS, "ix_users_email"),
                new RenameIdentitySequence(PEOPLE, "people_id_seq", USERS, "users_id_seq"),
                new RenameIndexCopy(new PartitionIndexCopy(name("users_2026"), USERS, "ix_users_email", "users_2026_email_idx"),
                        new PartitionIndexCopy(name("users_2026"), USERS, "ix_users_email", "ix_users_2026_email")),
                new AttachIndexCopy(new PartitionIndexCopy(name("users_2026"), USERS, "ix_users_email", "ix_users_2026_email"),
                        "users_2026_own_email", null, null),
                new DetachIndexCopy(new PartitionIndexCopy(name("users_2026"), USERS, "users_pkey", "users_2026_pkey"),
                        null, new Index("users_2026_pkey", true, "btree", List.of(IndexElement.column("id")), List.of(),
                        null, false), "PRIMARY KEY"),
                new AlterColumnType(USERS, id, USERS, id.withType(BIGINT)),
                new AlterColumnType(USERS, id.withType(BIGINT), USERS, id.withType(new dev.retort.schema.model.BuiltinType("timestamp with time zone")),
                        "to_timestamp(id)", "extract(epoch FROM id)::bigint"),
                new AlterColumnNullability(USERS, EMAIL, USERS, EMAIL.withNullable(false)),
                new AlterColumnDefault(USERS, EMAIL, USERS, EMAIL.withDefault("'x'::text")),
                new AlterColumnIdentity(USERS, id, USERS, id.withIdentity(IdentityGeneration.ALWAYS)),
                new AlterColumnGenerated(USERS, EMAIL.withGenerated("lower(name)"), USERS, EMAIL),
                new AlterColumnComment(USERS, EMAIL, USERS, EMAIL.withComment("where to write")),
                new AlterColumnStorage(USERS, EMAIL, USERS, EMAIL.withStorage("external").withCompression("pglz")),
                new AddPrimaryKey(USERS, new PrimaryKey("pk_users", List.of("id"))),
                new DropPrimaryKey(USERS, new PrimaryKey("pk_users", List.of("id"))),
                new AddPrimaryKey(USERS, new PrimaryKey("pk_users", List.of("id")), true),
                new AddForeignKey(USERS, FK),
                new DropForeignKey(USERS, FK),
                new AddUniqueConstraint(USERS, new UniqueConstraint("uq_users_email", List.of("email"), true)),
                new DropUniqueConstraint(USERS, new UniqueConstraint("uq_users_email", List.of("email"), false)),
                new DropUniqueConstraint(USERS, new UniqueConstraint("uq_users_email", List.of("email"), false), true),
                new AddCheckConstraint(USERS, new CheckConstraint("ck_users_email", "(email <> ''::text)")),
                new DropCheckConstraint(USERS, new CheckConstraint("ck_users_email", "(email <> ''::text)")),
                new AlterConstraintComment(PEOPLE, "pk_people", null, USERS, "pk_users", "one row per user"),
                new AlterConstraintValidation(USERS, FK.withNotValid(true), USERS, FK),
                new AlterIndexComment(PEOPLE, "ix_people_email", null, USERS, "ix_users_email", "lookups by email"),
                new CreateIndex(USERS, INDEX),
                new DropIndex(USERS, INDEX),
                new DropIndex(USERS, INDEX, false, List.of(dev.retort.schema.model.ObjectId.constraint(name("users_2026"),
                        "users_2026_pkey"))),
                new RenameIndexCopy(new PartitionIndexCopy(name("users_2026"), USERS, "ix_users_email", "users_2026_pkey"),
                        new PartitionIndexCopy(name("users_2026"), USERS, "ix_users_email", null), "PRIMARY KEY"));
    }
}
