package com.guanxi.analysis;

/** The group (集团) a company belongs to: its root and the group's size. */
public record GroupRef(String rootId, int size) {
}
