package com.guanxi.resolution;

/**
 * One bar of a match's waterfall: the comparison (or "prior"), the level that applied with its label,
 * the level's weight in bits (log2 Bayes factor) and the running total after it.
 */
public record ExplanationStep(String comparison, String level, String label, double weight, double cumulative) {
}
