/**
 * The planner: orders changes by dependency, renders each into statements and labels every statement with its
 * {@link dev.retort.diff.plan.Hazard}s and transaction mode.
 */
package dev.retort.diff.plan;
