package io.github.schemadrift.migration;

/** What every statement family's handler works with: the dialect, the state, name resolution, constraints. */
record ReplayContext(Dialect dialect, ReplayState state, SchemaNames names, ConstraintReader constraints) {}
