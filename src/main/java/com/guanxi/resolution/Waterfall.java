package com.guanxi.resolution;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a score and its explanation at once: the prior, then one step per comparison, in model order.
 * The probability is 2^score / (1 + 2^score).
 */
final class Waterfall {
    private final List<ExplanationStep> steps = new ArrayList<>();
    private double total;

    Waterfall(double priorLog2Odds) {
        total = priorLog2Odds;
        steps.add(new ExplanationStep("prior", "prior", "prior odds of a match", priorLog2Odds, total));
    }

    void add(ResolutionModel.Comparison c, String outcome) {
        ResolutionModel.Level level = c.level(outcome);
        double w = level.bayesFactorLog2();
        total += w;
        steps.add(new ExplanationStep(c.name(), level.when(), level.label(), w, total));
    }

    /** A step that explains without weighing (e.g. why a weaker pair still linked). */
    Waterfall note(String comparison, String level, String label) {
        Waterfall w = new Waterfall(0);
        w.steps.clear();
        w.steps.addAll(steps);
        w.total = total;
        w.steps.add(new ExplanationStep(comparison, level, label, 0.0, total));
        return w;
    }

    double score() {
        return total;
    }

    List<ExplanationStep> steps() {
        return List.copyOf(steps);
    }

    static double probability(double log2Odds) {
        double odds = Math.pow(2, log2Odds);
        return Double.isInfinite(odds) ? 1.0 : odds / (1 + odds);
    }
}
