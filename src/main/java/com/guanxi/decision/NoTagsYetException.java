package com.guanxi.decision;

/** No analytics run has produced tags yet: deciding would approve blindly (409). */
public class NoTagsYetException extends RuntimeException {
    public NoTagsYetException() {
        super("No analytics run has produced tags yet, so nothing can be decided: start one with POST /api/analytics/runs.",
                null, false, false);
    }
}
