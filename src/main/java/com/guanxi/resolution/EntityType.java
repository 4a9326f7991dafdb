package com.guanxi.resolution;

/** What a mention names. */
public enum EntityType { COMPANY, PERSON }
