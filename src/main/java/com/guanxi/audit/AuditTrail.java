package com.guanxi.audit;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/** The service's audit trail: records events and answers searches and verification (see {@link AuditLog}). */
@ApplicationScoped
public class AuditTrail {

    private final AuditLog log;

    AuditTrail(AuditConfig config) {
        this.log = new AuditLog(Path.of(config.dir()), ZoneId.of(config.zone()), config.fsync(), Clock.systemUTC());
    }

    public AuditEntry record(AuditEvent event) {
        return log.append(event);
    }

    /**
     * Records a command-line action (an in-process import) under the operating-system account that ran it, since no
     * HTTP request carries it past the filter.
     */
    public AuditEntry recordCommand(String command, String target, String subject, boolean succeeded) {
        return log.append(new AuditEvent("cli:" + System.getProperty("user.name", "unknown"), "CLI", command, target,
                subject, null, succeeded ? 200 : 500, null));
    }

    public List<AuditEntry> search(AuditQuery query) {
        return log.search(query);
    }

    public ChainCheck verify() {
        return log.verify();
    }

    public Path dir() {
        return log.dir();
    }

    void close(@Observes ShutdownEvent event) {
        log.close();
    }
}
