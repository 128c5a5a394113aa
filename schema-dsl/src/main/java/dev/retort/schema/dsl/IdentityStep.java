package dev.retort.schema.dsl;

/**
 * IdentityStep sets the options of an identity column's sequence; what is not set keeps PostgreSQL's default for
 * the column's type.
 *
 * <pre>{@code
 * t.column("id", bigint()).generatedAlwaysAsIdentity(seq -> seq.startWith(1000).incrementBy(10).cache(20));
 * t.column("id", bigint()).generatedAlwaysAsIdentity(seq -> seq.named("order_numbers"));
 * }</pre>
 */
public interface IdentityStep {

    /** START WITH: the first value. */
    IdentityStep startWith(long value);

    /** INCREMENT BY: negative counts down. */
    IdentityStep incrementBy(long value);

    /** MINVALUE. */
    IdentityStep minValue(long value);

    /** MAXVALUE. */
    IdentityStep maxValue(long value);

    /** CACHE: values preallocated per session. */
    IdentityStep cache(long value);

    /** CYCLE: wrap around at the bound instead of failing. */
    IdentityStep cycle();

    /**
     * SEQUENCE NAME: the sequence's name in the table's schema, where it is not the one PostgreSQL makes
     * ({@code table_column_seq}), e.g. a table renamed by hand kept its old sequence name.
     */
    IdentityStep named(String sequence);
}
