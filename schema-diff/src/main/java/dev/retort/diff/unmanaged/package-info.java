/**
 * Honesty: what two databases differ in outside the model.
 *
 * <p>{@link dev.retort.diff.unmanaged.UnmanagedComparison} compares the unmanaged objects and the unmodeled
 * details of two {@link dev.retort.diff.inspect.Inspection}s into
 * {@link dev.retort.diff.unmanaged.UnmanagedDifference}s, which a {@link dev.retort.diff.DiffResult} carries next
 * to its changes: a result is empty ("the schemas are equal") only when both are.
 * {@link dev.retort.diff.unmanaged.BlockedChanges} finds the changes that would drop or retype a managed object
 * that an unmanaged one depends on.
 */
package dev.retort.diff.unmanaged;
