package com.guanxi.decision;

import com.guanxi.tags.TagCatalogue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.nio.file.Path;
import java.time.Clock;

/** The one {@link DecisionEngine} of the service, its rulesets compiled at start-up (a bad ruleset fails start-up). */
@ApplicationScoped
class DecisionEngineProducer {

    @Produces
    @Singleton
    DecisionEngine engine(DecisionConfig config) {
        TagCatalogue catalogue = TagCatalogue.load();
        RulesetRegistry registry = config.rulesetsDir()
                .map(dir -> RulesetRegistry.fromDirectory(Path.of(dir), catalogue))
                .orElseGet(() -> RulesetRegistry.fromClasspath(catalogue));
        return new DecisionEngine(registry, Clock.systemUTC());
    }

    @Produces
    @Singleton
    RulesetRegistry registry(DecisionEngine engine) {
        return engine.registry();
    }
}
