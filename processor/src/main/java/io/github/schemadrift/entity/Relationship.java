package io.github.schemadrift.entity;

/**
 * What a foreign-key column refers to.
 *
 * @param targetEntity the qualified name of the referenced entity
 * @param targetTable the referenced entity's physical primary table
 * @param referencedColumn the referenced column's physical name
 * @param optional whether the association may be absent ({@code optional} of the association)
 */
public record Relationship(String targetEntity, String targetTable, String referencedColumn, boolean optional) {}
