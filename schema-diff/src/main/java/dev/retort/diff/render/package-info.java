/**
 * PostgreSQL SQL for changes ({@link dev.retort.diff.render.PostgresSqlRenderer}), identifier and literal quoting
 * ({@link dev.retort.diff.render.SqlNames}) and migration scripts with hazard comments
 * ({@link dev.retort.diff.render.ScriptWriter}).
 */
package dev.retort.diff.render;
