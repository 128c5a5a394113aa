/**
 * Sequences: read in one query ({@code SequenceReader}; an identity sequence's options go to its column), compared by
 * name ({@code SequenceDiffer}) and written as {@code CREATE}, {@code ALTER} and {@code DROP SEQUENCE}
 * ({@code SequenceSql}).
 */
package dev.retort.diff.kind.sequence;
