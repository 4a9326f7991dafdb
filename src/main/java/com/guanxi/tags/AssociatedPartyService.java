package com.guanxi.tags;

import com.guanxi.analysis.AssociatedParties;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * The associated parties (关联方) of the latest tagged run, kept in memory for approvers: the index is rebuilt by the
 * tag job with every run (after a restart it is there again once the start-up run is tagged).
 */
@ApplicationScoped
public class AssociatedPartyService {

    /** The index of one run, with the run's registry (to know a company id without asking the graph). */
    public record Latest(String runId, java.time.LocalDate asOf, AssociatedParties parties,
                         com.guanxi.analysis.CompanyRegistry registry) {
    }

    private volatile Latest latest;

    public Optional<Latest> latest() {
        return Optional.ofNullable(latest);
    }

    void publish(Latest index) {
        latest = index;
    }
}
