package com.guanxi.tags;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;
import java.util.Set;

/** How risk tags are derived and kept ({@code guanxi.tags.*}). */
@ConfigMapping(prefix = "guanxi.tags")
public interface TagConfig {

    /** Runs whose tags are kept (the latest and the ones before it); older runs' tags are deleted, their changes stay. */
    @WithDefault("12")
    int keepRuns();

    /** Longest member / party / contract list in one tag's evidence (the full size is given beside it). */
    @WithDefault("20")
    int evidenceListLimit();

    /** Case roles that make a party a debtor (defendant) for CONTAGION_EXPOSED and RELATED_PARTY_LITIGATION. */
    @WithDefault("被告,被执行人")
    Set<String> debtorRoles();

    /** A cause of action containing one of these is a loan or guarantee dispute. */
    @WithDefault("借款,借贷,保证,担保")
    List<String> loanDisputeMarkers();

    /** Period of the keep-alive comment on {@code GET /api/tags/stream}. */
    @WithDefault("20s")
    java.time.Duration sseHeartbeat();

    /**
     * Tag changes older than this are deleted from the change log, except those a webhook has not received yet
     * (a failing receiver never loses a change).
     */
    @WithDefault("400d")
    java.time.Duration changeLogRetention();

    /** Largest page of {@code GET /api/tags/changes}. */
    @WithDefault("5000")
    int maxChangesPage();
}
