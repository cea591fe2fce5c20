package io.changeflow.cmdb;

/**
 * "source TYPE target" as the API shows it.
 *
 * @param source the key of the item that depends (runs on, connects to, is part of)
 * @param type how
 * @param target the key of the item it depends on
 */
public record RelationView(String source, RelationType type, String target) {
}
