package io.github.schemadrift.migration;

/**
 * One statement cut out of a migration script by the splitter: its text without the delimiter,
 * and the 1-based line and column in the file where its first token starts.
 */
public record SqlStatementText(String sql, int line, int column) {}
