package com.guanxi.resolution;

/** A judgment party linked to its entity, with its role (原告, 被告, 被执行人 …) and the name as written. */
public record PartyLink(String role, String raw, Link link) {
}
