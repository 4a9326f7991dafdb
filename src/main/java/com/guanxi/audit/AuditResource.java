package com.guanxi.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The audit trail for administrators: search it, and verify its hash chain. */
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class AuditResource {

    private final AuditTrail trail;
    private final ZoneId zone;

    AuditResource(AuditTrail trail, AuditConfig config) {
        this.trail = trail;
        this.zone = ZoneId.of(config.zone());
    }

    @GET
    @Operation(summary = "Audit entries, newest first, by user, subject (company/person id, case number, batch id) and time")
    public List<AuditEntry> search(@QueryParam("user") String user, @QueryParam("subject") String subject,
                                   @QueryParam("from") String from, @QueryParam("to") String to,
                                   @QueryParam("limit") @DefaultValue("100") int limit) {
        return trail.search(new AuditQuery(blankToNull(user), blankToNull(subject), time(from, "from", false),
                time(to, "to", true), limit));
    }

    @GET
    @Path("/verify")
    @Operation(summary = "Recompute the hash chain over the whole trail and name the first line that does not verify")
    public ChainCheck verify() {
        return trail.verify();
    }

    /** A date (the whole day in the trail's zone) or an ISO instant. */
    Instant time(String value, String name, boolean endOfDay) {
        if (value == null || value.isBlank()) return null;
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return endOfDay ? day.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1) : day.atStartOfDay(zone).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a date (YYYY-MM-DD) or an instant (2024-06-30T08:00:00Z), got " + value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
